/**
 * Neo4j writers: CSV files for `neo4j-admin database import full` (an offline
 * bulk load into a new database) and `graph.cypher`, idempotent MERGE
 * statements for a running server.
 *
 * CSV (`neo4j/`), in the header format the import tool expects:
 * - `nodes-<kind>.csv`, one per kind present: `id:ID`, `:LABEL` (the kind's
 *   class name: `Technique`), then the columns that kind uses, typed in the
 *   header: `released:date`, `vocabulary:long`, `aliases:string[]`; untyped
 *   columns are strings. Ids are one global id space (ids are unique across
 *   kinds).
 * - `relationships.csv`: `:START_ID`, `:END_ID`, `:TYPE` (the relation in
 *   upper case: `EXTENDS`, `IN_FAMILY`), `key` (the edge key), then the edge's
 *   provenance (`sources:string[]`, `status`, `inferred:boolean`, …).
 * - `import.sh`: the import command with the matching options.
 * Fields are quoted when they are strings or lists, with `"` doubled; newlines
 * stay inside quoted fields (`--multiline-fields=true`); backslashes are
 * literal (the tool's default quoting). A missing value is an empty unquoted
 * field, which the tool skips. List items are joined with `;`; should any
 * item contain `;`, the delimiter becomes U+001F for the whole export and
 * `import.sh` says so (`ARRAY_DELIMITER`). Dates keep the precision written
 * (`2024-06`); Neo4j reads a partial date as its first day.
 *
 * Cypher: `CREATE CONSTRAINT … IF NOT EXISTS` on `id` per label, then
 * `MERGE (n:Label {id: …}) SET n = {…}` per node and
 * `MATCH (a:…{id}) MATCH (b:…{id}) MERGE (a)-[r:TYPE]->(b) SET r = {…}` per
 * edge: running the file twice gives the same database. Strings are
 * single-quoted with `\\`, `\'` and control characters escaped.
 */
import type { EdgeAttributes, NodeAttributes, TechGraph } from '../graph/index.js';
import { KIND_NAMES, type Kind, type Relation } from '../vocabulary/index.js';
import { ByteSink, type Chunk } from './bytes.js';
import { type Column, type ColumnType, EDGE_COLUMNS, nodeColumns } from './columns.js';
import { type ExportOptions, resolveExportOptions } from './options.js';
import { oneLine, REPLACEMENT, wellFormed } from './text.js';
import type { OutputFile } from './write.js';

/** The Neo4j label of a kind: `Technique`. */
export const neo4jLabel = (kind: Kind) => kind[0]!.toUpperCase() + kind.slice(1);

/** The relationship type of a relation: `IN_FAMILY`. */
export const relType = (relation: Relation) => relation.toUpperCase();

/** Header type suffix per column type; strings are the default and go untyped. */
const HEADER_TYPE: Record<ColumnType, string> = {
  string: '',
  date: ':date',
  long: ':long',
  double: ':double',
  boolean: ':boolean',
  'string[]': ':string[]',
};

/** The header name of a column: `released:date`. */
export const headerName = (c: Column<never>) => `${c.id}${HEADER_TYPE[c.type]}`;

/** The delimiter of list items: `;`, or U+001F when some list item contains `;`. `columns`: the graph's node columns, when known. */
export function arrayDelimiter(
  graph: TechGraph,
  columns: readonly Column<NodeAttributes>[] = nodeColumns(graph, { display: false }),
): string {
  let semicolon = false;
  const scan = (v: unknown) => {
    if (Array.isArray(v) && v.some((x) => String(x).includes(';'))) semicolon = true;
  };
  const nodeCols = columns.filter((c) => c.type === 'string[]');
  graph.forEachNode((_, a) => {
    for (const c of nodeCols) scan(c.get(a));
  });
  graph.forEachEdge((_, a) => {
    for (const c of EDGE_COLUMNS) if (c.type === 'string[]') scan(c.get(a));
  });
  return semicolon ? '\u001f' : ';';
}

/** One CSV field: strings and lists quoted (`"` doubled), numbers, booleans and dates bare, missing values empty. */
export function csvField(type: ColumnType, v: ReturnType<Column<never>['get']>, delimiter = ';'): string {
  if (v === undefined) return '';
  const quote = (s: string) => `"${wellFormed(s).replace(/"/g, '""')}"`;
  if (Array.isArray(v)) return quote(v.map((x) => (delimiter === ';' ? x : x.replaceAll(delimiter, REPLACEMENT))).join(delimiter));
  if (type === 'long') return typeof v === 'number' ? BigInt(Math.round(v)).toString() : '';
  if (type === 'double' || type === 'boolean') return String(v);
  if (type === 'date') return quote(String(v));
  return quote(String(v));
}

const csvLine = (fields: string[]) => `${fields.join(',')}\n`;

/** Columns of one kind's node file: those some node of the kind has a value in. */
function kindColumns(graph: TechGraph, kind: Kind, cols: readonly Column<NodeAttributes>[]): Column<NodeAttributes>[] {
  const used = new Set<string>();
  graph.forEachNode((_, a) => {
    if (a.kind !== kind) return;
    for (const c of cols) if (c.get(a) !== undefined) used.add(c.id);
  });
  return cols.filter((c) => used.has(c.id));
}

/** Relationship columns: the edge columns but `relation`, which is `:TYPE`. */
const REL_COLUMNS = EDGE_COLUMNS.filter((c) => c.id !== 'relation');

function* nodesCsv(
  graph: TechGraph,
  kind: Kind,
  all: readonly Column<NodeAttributes>[],
  delimiter: string,
  chunk: number,
): Generator<Chunk> {
  const cols = kindColumns(graph, kind, all);
  const out = new ByteSink(chunk);
  out.text(csvLine(['id:ID', ':LABEL', ...cols.map((c) => headerName(c as Column<never>))]));
  for (const { node, attributes: a } of graph.nodeEntries()) {
    if (a.kind !== kind) continue;
    out.text(csvLine([csvField('string', node), neo4jLabel(kind), ...cols.map((col) => csvField(col.type, col.get(a), delimiter))]));
    if (out.ready) yield* out.drain();
  }
  yield* out.end();
}

function* relationshipsCsv(graph: TechGraph, delimiter: string, chunk: number): Generator<Chunk> {
  const out = new ByteSink(chunk);
  out.text(csvLine([':START_ID', ':END_ID', ':TYPE', 'key', ...REL_COLUMNS.map((c) => headerName(c as Column<never>))]));
  for (const { edge, source, target, attributes: a } of graph.edgeEntries()) {
    out.text(
      csvLine([
        csvField('string', source),
        csvField('string', target),
        relType(a.relation),
        csvField('string', edge),
        ...REL_COLUMNS.map((col) => csvField(col.type, col.get(a), delimiter)),
      ]),
    );
    if (out.ready) yield* out.drain();
  }
  yield* out.end();
}

/** Kinds that have at least one node, in vocabulary order. */
function kindsPresent(graph: TechGraph): Kind[] {
  const present = new Set<Kind>();
  graph.forEachNode((_, a) => present.add(a.kind));
  return KIND_NAMES.filter((k) => present.has(k));
}

/** The shell script that runs the import with options matching the files. */
export function importScript(kinds: readonly Kind[], delimiter: string): string {
  const arg = delimiter === ';' ? "';'" : 'U+001F';
  return `#!/bin/sh
# Bulk-loads this folder into a new Neo4j 5 database with neo4j-admin. The
# database must be stopped (or not exist yet); its content is replaced.
#   sh import.sh [DATABASE]      default: neo4j
# NEO4J_ADMIN names the neo4j-admin command (default: neo4j-admin on PATH).
# Written by techgraph; list items are joined with ARRAY_DELIMITER below.
set -eu
ARRAY_DELIMITER=${arg}
cd "$(dirname "$0")"
exec "\${NEO4J_ADMIN:-neo4j-admin}" database import full \\
  --overwrite-destination=true \\
  --id-type=string \\
  --array-delimiter="$ARRAY_DELIMITER" \\
  --multiline-fields=true \\
${kinds.map((k) => `  --nodes=nodes-${k}.csv \\\n`).join('')}  --relationships=relationships.csv \\
  "\${1:-neo4j}"
`;
}

/** Options of the Neo4j writers: the chunk size and the CSV files' folder. */
export type Neo4jOptions = Pick<ExportOptions, 'chunk' | 'folder'>;

/** The names of the CSV export's files for these kinds, in the order they are written. */
export function neo4jNames(
  kinds: readonly Kind[] = KIND_NAMES,
  folder = 'neo4j',
): { nodes: string[]; relationships: string; script: string } {
  return {
    nodes: kinds.map((k) => `${folder}/nodes-${k}.csv`),
    relationships: `${folder}/relationships.csv`,
    script: `${folder}/import.sh`,
  };
}

/** The CSV export as output files: `neo4j/nodes-<kind>.csv` per kind present, `neo4j/relationships.csv`, `neo4j/import.sh`. */
export function neo4jFiles(graph: TechGraph, options: Neo4jOptions = {}): OutputFile[] {
  const { folder: dir, chunk } = resolveExportOptions(options);
  const kinds = kindsPresent(graph);
  const names = neo4jNames(kinds, dir);
  // The node columns and the delimiter, worked out once for all the files, when the first is written.
  let cols: Column<NodeAttributes>[] | undefined;
  let delimiter: string | undefined;
  const columns = () => (cols ??= nodeColumns(graph, { display: false }));
  const delim = () => (delimiter ??= arrayDelimiter(graph, columns()));
  return [
    ...kinds.map((k, i): OutputFile => ({ name: names.nodes[i]!, chunks: () => nodesCsv(graph, k, columns(), delim(), chunk) })),
    { name: names.relationships, chunks: () => relationshipsCsv(graph, delim(), chunk) },
    { name: names.script, chunks: () => [importScript(kinds, delim())] },
  ];
}

// ---------------------------------------------------------------- Cypher

const CYPHER_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A Cypher string literal: single quotes, backslash escapes, control characters as `\uXXXX`. */
export function cypherString(s: string): string {
  return `'${wellFormed(s).replace(/[\\'\u0000-\u001f\u007f]/g, (c) => CYPHER_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

/** A property key, backquoted unless it is a plain identifier. */
export const cypherKey = (k: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``);

/** A typed value as a Cypher expression: `date('2024-06')`, `151646`, `['a', 'b']`. */
export function cypherValue(type: ColumnType, v: NonNullable<ReturnType<Column<never>['get']>>): string {
  if (Array.isArray(v)) return `[${v.map(cypherString).join(', ')}]`;
  if (type === 'long') return BigInt(Math.round(Number(v))).toString();
  if (type === 'double') return Number.isFinite(v) ? String(v).replace(/e\+?/, 'e') : '0.0';
  if (type === 'boolean') return String(v);
  if (type === 'date') return `date(${cypherString(String(v))})`;
  return cypherString(String(v));
}

function cypherMap<A>(cols: readonly Column<A>[], a: A, first: [string, string][] = []): string {
  const entries = [...first];
  for (const c of cols) {
    const v = c.get(a);
    if (v !== undefined) entries.push([c.id, cypherValue(c.type, v)]);
  }
  return `{${entries.map(([k, v]) => `${cypherKey(k)}: ${v}`).join(', ')}}`;
}

/** Writes `graph.cypher`: constraints, one MERGE per node, one per edge, as chunks of UTF-8 bytes (`chunk` bytes each). Idempotent. */
export function* cypher(graph: TechGraph, options: Pick<ExportOptions, 'chunk'> = {}): Generator<Chunk> {
  const cols = nodeColumns(graph, { display: false });
  const out = new ByteSink(resolveExportOptions(options).chunk);
  const name = oneLine(String(graph.getAttribute('name')));
  out.text(
    `// ${name}: the graph as Cypher for a running Neo4j 5 server, written by techgraph. Idempotent: MERGE on id.\n` +
      '// cypher-shell -u neo4j -p PASSWORD -f graph.cypher\n' +
      KIND_NAMES.map((k) => `CREATE CONSTRAINT techgraph_${k}_id IF NOT EXISTS FOR (n:${neo4jLabel(k)}) REQUIRE n.id IS UNIQUE;\n`).join(
        '',
      ),
  );
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const id = cypherString(node);
    out.text(`MERGE (n:${neo4jLabel(a.kind)} {id: ${id}}) SET n = ${cypherMap(cols, a, [['id', id]])};\n`);
    if (out.ready) yield* out.drain();
  }
  for (const { edge, source, target, attributes: a } of graph.edgeEntries()) {
    const s = neo4jLabel(graph.getNodeAttribute(source, 'kind'));
    const t = neo4jLabel(graph.getNodeAttribute(target, 'kind'));
    out.text(
      `MATCH (a:${s} {id: ${cypherString(source)}}) MATCH (b:${t} {id: ${cypherString(target)}}) ` +
        `MERGE (a)-[r:${relType(a.relation)}]->(b) SET r = ${cypherMap<EdgeAttributes>(REL_COLUMNS, a, [['key', cypherString(edge)]])};\n`,
    );
    if (out.ready) yield* out.drain();
  }
  yield* out.end();
}
