// Neo4j export: the bulk-import CSV read by csv-parse against the neo4j-admin header format, import.sh run
// against a stand-in neo4j-admin, and graph.cypher through Neo4j's own Cypher grammar.
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunksToText, cypher, cypherString, neo4jFiles, writeAtomic } from '../../src/export/index.js';
import type { TechGraph } from '../../src/graph/index.js';
import { KIND_NAMES } from '../../src/vocabulary/index.js';
import { graphOf, sh } from '../helpers.js';

// The package's ESM build has extensionless imports Node cannot resolve; its CommonJS build works.
const cypherLs = createRequire(import.meta.url)('@neo4j-cypher/language-support') as {
  lintCypherQuery(q: string, schema: object): { severity: number; message: string }[];
  parserWrapper: {
    parse(q: string): {
      statementsParsing: {
        tokens: { type: number; text: string }[];
        syntaxErrors: unknown[];
        collectedLabelOrRelTypes: { labelText: string }[];
      }[];
    };
  };
  CypherLexer: { STRING_LITERAL1: number; symbolicNames: (string | null)[] };
};

/** The header grammar of neo4j-admin import: `name[:type]`, the special `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`. */
const HEADER = /^(?:id:ID|:LABEL|:START_ID|:END_ID|:TYPE|[A-Za-z_][A-Za-z0-9_-]*(?::(?:date|long|double|boolean|string\[\]))?)$/;

interface Table {
  header: string[];
  rows: Record<string, string>[];
}

/** Reads a CSV file with csv-parse (RFC 4180, quoted multi-line fields). */
function table(text: string): Table {
  const [header, ...rows] = parseCsv(text, { relax_column_count: false, bom: false }) as string[][];
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
}

/** Checks every field against its header type, as neo4j-admin would parse it; returns typed rows. */
function typed(t: Table, delimiter = ';'): Record<string, unknown>[] {
  for (const h of t.header) expect(h).toMatch(HEADER);
  return t.rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [h, v] of Object.entries(row)) {
      if (v === '') continue; // missing value: no property
      const [name, type] = h.startsWith(':') ? [h, ''] : (h.split(':') as [string, string?]);
      if (type === 'long') {
        expect(v, h).toMatch(/^-?\d+$/);
        out[name] = Number(v);
      } else if (type === 'date') {
        expect(v, h).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
        out[name] = v;
      } else if (type === 'boolean') {
        expect(v, h).toMatch(/^(?:true|false)$/);
        out[name] = v === 'true';
      } else if (type === 'string[]') out[name] = v.split(delimiter);
      else out[h === 'id:ID' ? 'id' : name] = v;
    }
    return out;
  });
}

async function exported(graph: TechGraph): Promise<{ dir: string; files: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tg-neo4j-'));
  await writeAtomic(dir, [...neo4jFiles(graph, { chunk: 100 }), { name: 'graph.cypher', chunks: () => cypher(graph, { chunk: 100 }) }]);
  const files: Record<string, string> = {};
  for (const f of [...neo4jFiles(graph).map((f) => f.name), 'graph.cypher']) files[f] = await readFile(join(dir, f), 'utf8');
  return { dir, files };
}

/** Cypher's string escapes, read back (the test's own reading of the Cypher manual). */
function unescapeCypher(literal: string): string {
  const map: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  return literal
    .slice(1, -1)
    .replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) =>
      e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (map[e] ?? `\\${e}`),
    );
}

describe('neo4j-admin CSV of the mini fixture', () => {
  let graph: TechGraph;
  let files: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    graph = await graphOf('test/fixtures/mini');
    ({ dir, files } = await exported(graph));
  });

  it('writes one node file per kind present, the relationships and the import script into neo4j/', () => {
    expect(Object.keys(files)).toEqual([
      'neo4j/nodes-family.csv',
      'neo4j/nodes-version.csv',
      'neo4j/nodes-technique.csv',
      'neo4j/nodes-motivation.csv',
      'neo4j/nodes-source.csv',
      'neo4j/relationships.csv',
      'neo4j/import.sh',
      'graph.cypher',
    ]);
  });

  it('gives node files the documented headers and typed rows', () => {
    const versions = table(files['neo4j/nodes-version.csv']!);
    expect(versions.header.slice(0, 3)).toEqual(['id:ID', ':LABEL', 'label']);
    expect(versions.header).toEqual(
      expect.arrayContaining([
        'label_zh',
        'since:date',
        'released:date',
        'vocabulary:long',
        'flagship_params_active:long',
        'sizes:string[]',
        'sources:string[]',
        'conflicts:string[]',
        'vocabulary_claims',
      ]),
    );
    expect(versions.header).not.toContain('category'); // a technique column
    const rows = typed(versions);
    expect(rows.map((r) => r.id)).toEqual(['v1', 'v2']);
    expect(rows[0]).toMatchObject({
      id: 'v1',
      ':LABEL': 'Version',
      label: 'Model 1',
      label_zh: '模型1',
      released: '2024-01-15',
      vocabulary: 151646,
      training_tokens: 3e12,
      flagship_params: 57e9,
      flagship_params_active: 14e9,
      sizes: ['7B', '57B-A14B'],
      vocabulary_claims: '151,646 [report-a] preferred | 148K [blog] disputed: rounding',
    });
    expect(rows[1]).toMatchObject({ id: 'v2', released: '2024-06' });
    expect(rows[1]).not.toHaveProperty('label_zh');
    const techniques = typed(table(files['neo4j/nodes-technique.csv']!));
    expect(techniques.find((r) => r.id === 'yarn')).toMatchObject({ ':LABEL': 'Technique', aliases: ['Yet another RoPE extensioN'] });
    const motivations = typed(table(files['neo4j/nodes-motivation.csv']!));
    expect(motivations.find((r) => r.id === 'long-context')).toMatchObject({ label_zh: '长上下文' });
    const all = Object.entries(files)
      .filter(([f]) => f.includes('nodes-'))
      .flatMap(([, t]) => typed(table(t)).map((r) => r.id));
    expect(all.sort()).toEqual(graph.nodes().sort());
  });

  it('gives relationships :START_ID, :END_ID, :TYPE and typed provenance, one row per edge', () => {
    const t = table(files['neo4j/relationships.csv']!);
    expect(t.header.slice(0, 4)).toEqual([':START_ID', ':END_ID', ':TYPE', 'key']);
    expect(t.header).toEqual(expect.arrayContaining(['sources:string[]', 'status', 'inferred:boolean', 'since:date', 'via:string[]']));
    const rows = typed(t);
    expect(rows).toHaveLength(graph.size);
    for (const r of rows) {
      expect(graph.hasNode(r[':START_ID'] as string) && graph.hasNode(r[':END_ID'] as string)).toBe(true);
      expect(r[':TYPE']).toMatch(/^[A-Z_]+$/);
    }
    expect(rows.find((r) => r.key === 'yarn->extends->rope')).toMatchObject({
      ':START_ID': 'yarn',
      ':END_ID': 'rope',
      ':TYPE': 'EXTENDS',
      inferred: false,
      sources: ['report-a'],
    });
    expect(rows.find((r) => r.key === 'v1->pursues->long-context')).toMatchObject({
      ':TYPE': 'PURSUES',
      inferred: true,
      via: ['rope', 'yarn'],
    });
    expect(rows.find((r) => r.key === 'v2->in_family->fam')).toMatchObject({ ':TYPE': 'IN_FAMILY' });
  });

  it('import.sh is valid sh and calls neo4j-admin database import full with every file', async () => {
    const script = join(dir, 'neo4j/import.sh');
    expect(sh('sh', ['-n', script]).status).toBe(0);
    const fake = join(dir, 'fake-neo4j-admin');
    await writeFile(fake, '#!/bin/sh\nprintf "%s\\n" "$PWD" "$@"\n');
    await chmod(fake, 0o755);
    const r = sh('env', [`NEO4J_ADMIN=${fake}`, 'sh', script, 'techgraph']);
    expect(r.status).toBe(0);
    const [cwd, ...args] = r.stdout.trim().split('\n');
    expect(cwd).toBe(join(dir, 'neo4j'));
    expect(args).toEqual([
      'database',
      'import',
      'full',
      '--overwrite-destination=true',
      '--id-type=string',
      '--array-delimiter=;',
      '--multiline-fields=true',
      '--nodes=nodes-family.csv',
      '--nodes=nodes-version.csv',
      '--nodes=nodes-technique.csv',
      '--nodes=nodes-motivation.csv',
      '--nodes=nodes-source.csv',
      '--relationships=relationships.csv',
      'techgraph',
    ]);
    expect(
      sh('env', [`NEO4J_ADMIN=${fake}`, 'sh', script])
        .stdout.trim()
        .split('\n')
        .at(-1),
    ).toBe('neo4j');
  });

  it('is deterministic', async () => {
    const again = await exported(await graphOf('test/fixtures/mini'));
    expect(again.files).toEqual(files);
  });
});

describe('graph.cypher', () => {
  // lintCypherQuery adds Neo4j's semantic analysis to the grammar; it takes seconds, so it runs on the mini graph only.
  it('passes Neo4j’s Cypher linter: constraints, one MERGE per node and per edge', async () => {
    const graph = await graphOf('test/fixtures/mini');
    const text = chunksToText(cypher(graph));
    expect(cypherLs.lintCypherQuery(text, {})).toEqual([]);
    const statements = cypherLs.parserWrapper
      .parse(text)
      .statementsParsing.filter((s) => s.tokens.some((t) => t.text.trim() && t.type !== -1));
    for (const s of statements) expect(s.syntaxErrors).toEqual([]);
    const lines = text
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('//'));
    expect(lines.filter((l) => l.startsWith('CREATE CONSTRAINT'))).toHaveLength(KIND_NAMES.length);
    expect(lines.filter((l) => l.startsWith('MERGE (n:'))).toHaveLength(graph.order);
    expect(lines.filter((l) => l.startsWith('MATCH (a:'))).toHaveLength(graph.size);
    expect(text).toContain("MERGE (n:Version {id: 'v1'}) SET n = {id: 'v1', label: 'Model 1', kind: 'version', label_zh: '模型1',");
    expect(text).toContain("released: date('2024-01-15')");
    expect(text).toContain("vocabulary: 151646, vocabulary_text: '151,646'");
    expect(text).toContain("sizes: ['7B', '57B-A14B']");
    expect(text).toContain(
      "MATCH (a:Technique {id: 'yarn'}) MATCH (b:Technique {id: 'rope'}) MERGE (a)-[r:EXTENDS]->(b) SET r = {key: 'yarn->extends->rope'",
    );
    const types = new Set(
      cypherLs.parserWrapper.parse(text).statementsParsing.flatMap((s) => s.collectedLabelOrRelTypes.map((l) => l.labelText)),
    );
    for (const t of ['Version', 'Technique', 'Family', 'EXTENDS', 'ADOPTS', 'PURSUES', 'IN_FAMILY']) expect(types.has(t), t).toBe(true);
  });

  it('escapes hostile strings so the grammar reads each as one literal holding exactly the original', async () => {
    const graph = await graphOf('test/fixtures/exports-hostile');
    const text = chunksToText(cypher(graph));
    const parsed = cypherLs.parserWrapper.parse(text).statementsParsing;
    for (const s of parsed) expect(s.syntaxErrors).toEqual([]);
    const literals = new Set(
      parsed.flatMap((s) => s.tokens.filter((t) => t.type === cypherLs.CypherLexer.STRING_LITERAL1).map((t) => unescapeCypher(t.text))),
    );
    graph.forEachNode((n, a) => {
      expect(literals.has(n), n).toBe(true);
      expect(literals.has(a.label), a.label).toBe(true);
    });
    for (const s of [
      'Line one\nline two\r\nline three\ttabbed',
      "Lab; with \\backslash\\ and 'single' quotes",
      'quote " alias',
      'back\\slash',
      'dropped; "why"\n',
      'Control \x01\x02\x1f\x7f chars \u2028 sep',
    ])
      expect(literals.has(s), JSON.stringify(s)).toBe(true);
    expect(cypherString("it's \\ \n\u0000")).toBe("'it\\'s \\\\ \\n\\u0000'");
  });
});

describe('neo4j-admin CSV of hostile strings', () => {
  it('quotes commas, quotes and newlines; switches the list delimiter when an item holds ";"', async () => {
    const graph = await graphOf('test/fixtures/exports-hostile');
    const { dir, files } = await exported(graph);
    const script = files['neo4j/import.sh']!;
    expect(script).toContain('ARRAY_DELIMITER=U+001F');
    expect(sh('sh', ['-n', join(dir, 'neo4j/import.sh')]).status).toBe(0);
    const techniques = typed(table(files['neo4j/nodes-technique.csv']!), '\u001f');
    expect(techniques.find((r) => r.id === 'a')).toMatchObject({
      label: 'A <b>bold</b>',
      aliases: ['semi;colon alias', 'quote " alias', 'back\\slash'],
      description: 'Desc with, comma',
      description_zh: '描述',
    });
    const sources = typed(table(files['neo4j/nodes-source.csv']!), '\u001f');
    expect(sources.find((r) => r.id === 'src')).toMatchObject({
      title: 'Line one\nline two\r\nline three\ttabbed',
      date: '2023',
      url: 'https://example.org/a?b=1&c=<2>',
    });
    expect(sources.find((r) => r.id === 'ctl')).toMatchObject({ label: 'Control \x01\x02\x1f\x7f chars \u2028 sep', date: '2023-05' });
    const families = typed(table(files['neo4j/nodes-family.csv']!), '\u001f');
    expect(families.find((r) => r.id === 'end')).toMatchObject({
      label: 'End <family> & "co"',
      label_zh: '终',
      organisation: "Lab; with \\backslash\\ and 'single' quotes",
    });
    const rels = typed(table(files['neo4j/relationships.csv']!), '\u001f');
    expect(rels.find((r) => r.key === 'v_2->drops->b')).toMatchObject({ ':TYPE': 'DROPS', note: 'dropped; "why"\n', sources: ['ctl'] });
    expect(rels.find((r) => r.key === 'w->based_on->v_2')).toMatchObject({ ':START_ID': 'w', ':END_ID': 'v_2' });
  });
});

describe('docs/exports.md', () => {
  it('writes Cypher examples that Neo4j’s grammar reads without an error', () => {
    const blocks = [...readFileSync('docs/exports.md', 'utf8').matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) {
      const statements = cypherLs.parserWrapper
        .parse(b)
        .statementsParsing.filter((st) => st.tokens.some((t) => t.text.trim() && t.type !== -1));
      expect(statements).toHaveLength(b.split(';').length - 1);
      for (const st of statements) expect(st.syntaxErrors, b).toEqual([]);
    }
  });
});
