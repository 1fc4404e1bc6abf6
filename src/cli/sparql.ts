/**
 * `techgraph sparql '<query>'` (also `techgraph query sparql '<query>'`):
 * checks and builds the graph from the data folder, loads its RDF export
 * into the embedded SPARQL store (src/sparql.ts) and prints the answer.
 * Self-contained: args.ts and main.ts only hand the command line over.
 */
import { readFile } from 'node:fs/promises';
import { LINEAGE_PATH, resultTable, SparqlStore, sparqlPrologue } from '../sparql/index.js';
import type { Io } from './io.js';
import { loadGraph } from './load-graph.js';
import { scanArgs } from './scan.js';

/** Output formats of `sparql`. */
export const SPARQL_FORMATS = ['text', 'json', 'csv', 'tsv', 'xml'] as const;

/** A parsed `sparql` command line. */
export interface SparqlCommand {
  command: 'sparql';
  /** The query text, or undefined for help. */
  query?: string;
  /** Read the query from this file (`-` = standard input) instead. */
  file?: string;
  data: string;
  format: (typeof SPARQL_FORMATS)[number];
}

/** The line of the main usage text. */
export const SPARQL_USAGE_LINE = "  sparql '<query>'      SPARQL 1.1 over the graph's RDF (techgraph sparql --help)\n";

export const SPARQL_USAGE = `Usage: techgraph sparql '<query>' [options]
       techgraph query sparql '<query>' [options]

Runs a SPARQL 1.1 query over the graph built from the data folder: the triples
of graph.ttl / graph.nt, in an embedded store (Oxigraph), no server needed.
Predeclared prefixes: : (nodes, :yarn), tg: (classes, relations, attributes:
tg:Technique, tg:extends, tg:released), rdf:, rdfs:, xsd:, skos:, prov:.

Examples:
  techgraph sparql 'SELECT ?ancestor WHERE { :yarn tg:extends+ ?ancestor }'
  techgraph sparql 'SELECT ?ancestor WHERE { :yarn ${LINEAGE_PATH}+ ?ancestor }'
      (every lineage relation: what techgraph query lineage yarn --up lists)

Predeclared, for use with other stores:
${sparqlPrologue().trimEnd().replace(/^/gm, '  ')}

Options:
  --data DIR      data folder (default: graph-data)
  --file FILE     read the query from FILE (- for standard input)
  --format F      ${SPARQL_FORMATS.join(' | ')} (default: text; json is SPARQL 1.1 JSON results)

Exit codes: 0 ok, 1 invalid data or query, 2 bad usage, 70 internal error (a bug).`;

/** Parses a `sparql` command line (argv includes `sparql`, and `query` before it if given so). */
export function parseSparqlArgs(argv: readonly string[]): SparqlCommand | { usage: string; help: string } {
  const usage = (message: string) => ({ usage: message, help: SPARQL_USAGE });
  const scanned = scanArgs(argv, { value: new Set(['--data', '--format', '--file']), bool: new Set(['--help']) }, { where: 'sparql' });
  if ('usage' in scanned) return usage(scanned.usage);
  const { flags, positional } = scanned;
  const rest = positional.slice(positional[0] === 'query' ? 2 : 1);
  const data = flags.get('--data') ?? 'graph-data';
  const format = flags.get('--format') ?? 'text';
  if (!(SPARQL_FORMATS as readonly string[]).includes(format))
    return usage(`--format for sparql is ${SPARQL_FORMATS.join(', ')}, not "${format}"`);
  const base = { command: 'sparql' as const, data, format: format as SparqlCommand['format'] };
  if (flags.has('--help')) return base;
  const file = flags.get('--file');
  if (file !== undefined) return rest.length ? usage('give the query as an argument or with --file, not both') : { ...base, file };
  if (rest.length === 0) return base;
  if (rest.length > 1) return usage('sparql takes one query: quote it');
  return { ...base, query: rest[0]! };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The whole `sparql` command from argv: parse, print usage errors (exit 2), run. */
export async function sparqlCli(argv: readonly string[], io: Io): Promise<number> {
  const cmd = parseSparqlArgs(argv);
  if ('usage' in cmd) {
    io.stderr(`techgraph: ${cmd.usage}\n\n${cmd.help}\n`);
    return 2;
  }
  return runSparql(cmd, io);
}

/** Runs a parsed `sparql` command; resolves to the exit code. */
export async function runSparql(cmd: SparqlCommand, io: Io): Promise<number> {
  let text = cmd.query;
  if (cmd.file !== undefined) {
    try {
      text = cmd.file === '-' ? await readStdin() : await readFile(cmd.file, 'utf8');
    } catch (e) {
      io.stderr(`techgraph sparql: cannot read ${cmd.file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  if (text === undefined) {
    io.stdout(`${SPARQL_USAGE}\n`);
    return 0;
  }
  const graph = await loadGraph(cmd.data, io, 'sparql');
  if (!graph) return 1;
  const store = new SparqlStore(graph);
  try {
    if (cmd.format !== 'text') {
      const out = store.raw(text, cmd.format);
      io.stdout(out.endsWith('\n') ? out : `${out}\n`);
      return 0;
    }
    const r = store.query(text);
    io.stdout(r.form === 'select' ? resultTable(r) : r.form === 'ask' ? `${r.boolean}\n` : r.ntriples);
    return 0;
  } catch (e) {
    io.stderr(`techgraph sparql: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
