// Format v2 in every export, on a fixture written for it (test/fixtures/exports-v2): the scope of each shown value
// and relation, `relative_to` on drops, "not reported" never a value, the architecture of the shown rows per size
// (nothing from a disputed row), and the name shown where labels clash. Each format is read by its own reader:
// xmllint + networkx + graphology-gexf (GEXF), networkx (GraphML), cytoscape, csv-parse and Neo4j's Cypher linter,
// Oxigraph (RDF), mermaid's parser.
import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import oxigraph from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, type Format, RDF_BASE, writeAtomic } from '../../src/export/index.js';
import { shownRows, type TechGraph } from '../../src/graph/index.js';
import { graphOf, networkx, sh, xmllint } from '../helpers.js';

const FIXTURE = 'test/fixtures/exports-v2';
const ID = `${RDF_BASE}id/`;
const PREFIXES = `PREFIX : <${ID}> PREFIX tg: <${RDF_BASE}vocab#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX prov: <http://www.w3.org/ns/prov#>\n`;

/** What v2's shown architecture rows give, field by field: the 7B row of r2 (not the seed's disputed one), the 57B row of r2 (not the alternative). */
const V2_ARCHITECTURE = {
  architecture_sizes: ['0.5B', '7B', '57B-A14B'],
  architecture_layers: ['0.5B: 24', '7B: 28', '57B-A14B: 28'],
  architecture_hidden_size: ['0.5B: 896', '7B: 3584'],
  architecture_heads: ['0.5B: 14', '7B: 28'],
  architecture_kv_heads: ['0.5B: 2', '7B: 4'],
  architecture_experts: ['57B-A14B: 64'],
  architecture_active_experts: ['57B-A14B: 8'],
  architecture_shared_experts: ['57B-A14B: 8'],
  architecture_context: ['7B: 131072'],
  architecture_tied_embeddings: ['0.5B: true', '7B: false'],
  architecture_sources: ['0.5B: r2', '7B: r2', '57B-A14B: r2'],
};

/** Every value v2 shows per size: 7T for two sizes, 12T for 0.5B (no conflict: the scopes do not overlap). */
const V2_PER_SCOPE = {
  training_tokens_per_scope: ['7B: 7000000000000', '57B-A14B: 7000000000000', '0.5B: 12000000000000'],
  license_per_scope: ['7B: Apache-2.0 (weights)', '57B-A14B: Apache-2.0 (weights)', '0.5B: Research (non-commercial)'],
};
const V2_ALIASES = ['V2 Chat (RL)', 'V2 "Base"'];

/** The items of a Gephi list's text: `["a", "b \\"c\\""]`. */
const gephiItems = (text: string) => [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));

/**
 * What Gephi 0.10.1 needs of a GEXF file: <attributes> before <nodes>, no column typed date or anyURI, list
 * items written `["a", "b"]` with no `)` in an item (Gephi strips it), and no dynamic attribute values (so
 * none whose intervals overlap): each node and edge has one [start, end].
 */
function gephiProblems(text: string): string[] {
  const problems: string[] = [];
  if (!(text.indexOf('<attributes') < text.indexOf('<nodes'))) problems.push('<attributes> after <nodes>');
  const types = new Map([...text.matchAll(/<attribute id="([^"]+)" title="[^"]*" type="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  for (const [id, type] of types) if (type === 'date' || type === 'anyURI') problems.push(`${id} typed ${type}`);
  for (const m of text.matchAll(/<attvalue for="([^"]+)" value="([^"]*)"/g)) {
    if (types.get(m[1]!) !== 'liststring') continue;
    const value = m[2]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    if (!/^\[".*"\]$/s.test(value)) problems.push(`${m[1]} not a list: ${value}`);
    for (const item of gephiItems(value)) if (item.includes(')')) problems.push(`${m[1]} item with ')': ${item}`);
  }
  if (/<attvalue [^>]*\b(start|end)=/.test(text) || text.includes('<spells')) problems.push('dynamic attribute values');
  return problems;
}

let graph: TechGraph;
let dir: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  graph = await graphOf(FIXTURE);
  dir = await mkdtemp(join(tmpdir(), 'tg-v2-'));
  const outputs = (Object.keys(FORMATS) as Format[]).flatMap((f) => FORMATS[f].files(graph));
  await writeAtomic(dir, outputs);
  for (const o of outputs) files[o.name] = await readFile(join(dir, o.name), 'utf8');
});

describe('GEXF', () => {
  it('validates against both schemas; graphology-gexf reads scopes, architecture per size and display names as lists and text', () => {
    expect(xmllint(join(dir, 'graph.gexf'))).toEqual({ rng: 'valid', xsd: 'valid' });
    const g = parseGexf(Graph, files['graph.gexf']!, { allowUndeclaredAttributes: true });
    expect(g.getNodeAttributes('v2')).toMatchObject({
      display: 'V2 (version)',
      training_tokens: 7e12,
      training_tokens_scope: ['7B', '57B-A14B'],
      training_tokens_per_scope: V2_PER_SCOPE.training_tokens_per_scope,
      training_tokens_claims: '7T for 7B, 57B-A14B [r2] alternative: every size but 0.5B | 12T for 0.5B [r2] alternative',
      context_extended_scope: ['7B', '57B-A14B'],
      context_native_claims: 'not reported [r2] preferred: the report gives no figure',
      ...V2_ARCHITECTURE,
    });
    // Not reported, all disputed: no value. The disputed 7B row (30 layers) and the alternative 57B row (60 experts) show nowhere but in the summary.
    for (const hidden of ['context_native', 'context_native_sources', 'flagship_params', 'architecture_rope_base'])
      expect(g.getNodeAttribute('v2', hidden), hidden).toBeUndefined();
    expect(g.getNodeAttribute('v2', 'architecture_claims')).toContain('7B: layers 30 [seed] disputed: misread');
    // A list of free text is a string holding the list (Gephi strips `)` from list items).
    expect(gephiItems(g.getNodeAttribute('v2', 'license_per_scope'))).toEqual(V2_PER_SCOPE.license_per_scope);
    expect(gephiItems(g.getNodeAttribute('v2', 'aliases'))).toEqual(V2_ALIASES);
    expect(g.getNodeAttribute('r2', 'display')).toBe('V2 (report)');
    expect(g.getNodeAttribute('v1', 'display')).toBe('V1');
    expect(g.getEdgeAttributes('v2->adopts->gqa')).toMatchObject({ scope: ['7B', '57B-A14B'] });
    expect(g.getEdgeAttributes('v2->introduces->moe')).toMatchObject({ scope: ['57B-A14B'], inferred: true });
    expect(g.getEdgeAttributes('v2->drops->mha')).toMatchObject({ relative_to: 'v1' });
    expect(g.getEdgeAttributes('v2-turbo->drops->gqa')).toMatchObject({ relative_to: 'v2' });
  });

  it('is read by networkx, columns titled; lists of free text whole', () => {
    const nx = networkx(join(dir, 'graph.gexf'));
    expect(nx.nodes.v2).toMatchObject({
      'Display name': 'V2 (version)',
      'Training tokens (scope)': '["7B", "57B-A14B"]',
      'Architecture: layers per size': '["0.5B: 24", "7B: 28", "57B-A14B: 28"]',
    });
    // Lists of free text, whose items may hold `)`, are strings holding the list: read back whole.
    expect(gephiItems(String(nx.nodes.v2!.Aliases))).toEqual(V2_ALIASES);
    expect(gephiItems(String(nx.nodes.v2!['License per size or sub-model']))).toEqual(V2_PER_SCOPE.license_per_scope);
  });

  it('meets what Gephi 0.10.1 needs, here and in exports/graph.gexf (built from graph-data)', async () => {
    expect(gephiProblems(files['graph.gexf']!)).toEqual([]);
    expect(files['graph.gexf']!.match(/type="liststring"/g)!.length).toBeGreaterThan(10);
    expect(gephiProblems(await readFile('exports/graph.gexf', 'utf8'))).toEqual([]);
    // The check finds what it looks for.
    expect(
      gephiProblems(
        '<nodes/><attributes><attribute id="a" title="A" type="liststring"/><attribute id="d" title="D" type="date"/></attributes><attvalue for="a" value="[&quot;x (y)&quot;]" start="2020"/>',
      ),
    ).toEqual(['<attributes> after <nodes>', 'd typed date', "a item with ')': x (y)", 'dynamic attribute values']);
  });
});

describe('GraphML', () => {
  it('is read by networkx with lists as JSON array text', () => {
    const py = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"v2": g.nodes["v2"], "drop": [d for u, v, k, d in g.edges(keys=True, data=True) if k == "v2->drops->mha"][0],
  "gqa": [d for u, v, k, d in g.edges(keys=True, data=True) if k == "v2->adopts->gqa"][0]}))
`;
    const r = sh('python3', ['-c', py, join(dir, 'graph.graphml')]);
    expect(r.stderr).toBe('');
    const { v2, drop, gqa } = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    const decoded = Object.fromEntries(Object.keys(V2_ARCHITECTURE).map((k) => [k, JSON.parse(String(v2![k]))]));
    expect(decoded).toEqual(V2_ARCHITECTURE);
    expect(JSON.parse(String(v2!.training_tokens_scope))).toEqual(['7B', '57B-A14B']);
    for (const [k, items] of Object.entries(V2_PER_SCOPE)) expect(JSON.parse(String(v2![k])), k).toEqual(items);
    expect(JSON.parse(String(v2!.aliases))).toEqual(V2_ALIASES);
    expect(v2).toMatchObject({ display: 'V2 (version)', training_tokens: 7e12 });
    expect(v2).not.toHaveProperty('context_native');
    expect(drop).toMatchObject({ relative_to: 'v1' });
    expect(JSON.parse(String(gqa!.scope))).toEqual(['7B', '57B-A14B']);
  });
});

describe('Cytoscape', () => {
  it('loads headless; scopes and architecture are lists a selector can test', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    cy.json(JSON.parse(files['graph.cyjs']!));
    expect(cy.$id('v2').data()).toMatchObject({
      ...V2_ARCHITECTURE,
      ...V2_PER_SCOPE,
      training_tokens_scope: ['7B', '57B-A14B'],
      display: 'V2 (version)',
    });
    expect(
      cy
        .edges('[relative_to]')
        .map((e) => `${e.id()} ${e.data('relative_to')}`)
        .sort(),
    ).toEqual(['v2->drops->mha v1', 'v2-turbo->drops->gqa v2', 'v2-turbo->drops->mla v2']);
    // A disputed relation is an element that says so.
    expect(cy.$id('v2-turbo->drops->mla').data('status')).toBe('disputed');
    expect(cy.edges('[scope]').length).toBe(graph.filterEdges((_, a) => a.scope !== undefined).length);
  });
});

describe('Neo4j', () => {
  it('types the new columns in the CSV headers; arrays split on the delimiter', () => {
    const [header, ...rows] = parseCsv(files['neo4j/nodes-version.csv']!) as string[][];
    const v2 = Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r[0] === 'v2')![i]!]));
    expect(v2).toMatchObject({
      display: 'V2 (version)',
      'training_tokens_scope:string[]': '7B;57B-A14B',
      'training_tokens_per_scope:string[]': V2_PER_SCOPE.training_tokens_per_scope.join(';'),
      'license_per_scope:string[]': V2_PER_SCOPE.license_per_scope.join(';'),
      'architecture_layers:string[]': '0.5B: 24;7B: 28;57B-A14B: 28',
      'architecture_tied_embeddings:string[]': '0.5B: true;7B: false',
      context_native_claims: 'not reported [r2] preferred: the report gives no figure',
    });
    expect(header).not.toContain('context_native:long');
    const [rh, ...rels] = parseCsv(files['neo4j/relationships.csv']!) as string[][];
    const at = (name: string) => rh!.indexOf(name);
    const gqa = rels.find((r) => r[at('key')] === 'v2->adopts->gqa')!;
    expect(gqa[at('scope:string[]')]).toBe('7B;57B-A14B');
    expect(rels.find((r) => r[at('key')] === 'v2->drops->mha')![at('relative_to')]).toBe('v1');
  });

  it('graph.cypher passes Neo4j’s Cypher linter, with lists as list literals', () => {
    const text = files['graph.cypher']!;
    const cypherLs = createRequire(import.meta.url)('@neo4j-cypher/language-support') as {
      lintCypherQuery(q: string, schema: object): unknown[];
    };
    expect(cypherLs.lintCypherQuery(text, {})).toEqual([]);
    expect(text).toContain("training_tokens_scope: ['7B', '57B-A14B']");
    expect(text).toContain(`training_tokens_per_scope: [${V2_PER_SCOPE.training_tokens_per_scope.map((x) => `'${x}'`).join(', ')}]`);
    expect(text).toContain("architecture_layers: ['0.5B: 24', '7B: 28', '57B-A14B: 28']");
    expect(text).toMatch(/MERGE \(a\)-\[r:DROPS\]->\(b\) SET r = \{key: 'v2->drops->mha', [^}]*relative_to: 'v1'/);
  });
});

describe('RDF', () => {
  let store: InstanceType<typeof oxigraph.Store>;
  const select = (q: string) =>
    (store.query(PREFIXES + q) as Map<string, { value: string }>[]).map((row) =>
      Object.fromEntries([...row].map(([k, v]) => [k, v.value.startsWith(ID) ? v.value.slice(ID.length) : v.value])),
    );
  const ask = (q: string) => store.query(PREFIXES + q) as boolean;
  beforeAll(() => {
    store = new oxigraph.Store();
    store.load(files['graph.nt']!, { format: 'application/n-triples' });
    const ttl = new oxigraph.Store();
    ttl.load(files['graph.ttl']!, { format: 'text/turtle' });
    expect(ttl.size).toBe(store.size);
  });

  it('asserts the shown rows only; every row is a statement with its sources and status', () => {
    const rows = select(
      'SELECT ?size ?layers WHERE { :v2 tg:architecture ?row . ?row a tg:ArchitectureRow ; tg:size ?size ; tg:layers ?layers } ORDER BY ?layers ?size',
    );
    expect(rows).toEqual([
      { size: '0.5B', layers: '24' },
      { size: '57B-A14B', layers: '28' },
      { size: '7B', layers: '28' },
    ]);
    expect(ask('ASK { :v2 tg:architecture ?row . ?row tg:layers 30 }')).toBe(false);
    expect(ask('ASK { :v2 tg:architecture ?row . ?row tg:experts 60 }')).toBe(false);
    const statements = select(
      'SELECT ?size ?status ?src WHERE { ?st rdf:subject :v2 ; rdf:predicate tg:architecture ; rdf:object ?row ; tg:status ?status ; prov:wasDerivedFrom ?src . ?row tg:size ?size } ORDER BY ?size ?status',
    );
    expect(statements).toEqual([
      { size: '0.5B', status: 'preferred', src: 'r2' },
      { size: '57B-A14B', status: 'alternative', src: 'seed' },
      { size: '57B-A14B', status: 'preferred', src: 'r2' },
      { size: '7B', status: 'disputed', src: 'seed' },
      { size: '7B', status: 'preferred', src: 'r2' },
    ]);
    expect(select('SELECT ?f WHERE { :v2 tg:architecture ?row . ?row tg:not_reported ?f }')).toEqual([{ f: `${RDF_BASE}vocab#rope_base` }]);
    expect(select('SELECT ?v WHERE { :v2 tg:architecture ?row . ?row tg:size "0.5B" ; tg:tied_embeddings ?v }')).toEqual([{ v: 'true' }]);
  });

  it('never asserts "not reported"; carries scopes on values and statements, relative_to on drops', () => {
    expect(ask('ASK { :v2 tg:context_native ?v }')).toBe(false);
    expect(
      select(
        'SELECT ?text ?src WHERE { ?st rdf:subject :v2 ; rdf:predicate tg:context_native ; tg:not_reported tg:context_native ; tg:text ?text ; prov:wasDerivedFrom ?src FILTER NOT EXISTS { ?st rdf:object ?o } }',
      ),
    ).toEqual([{ text: 'not reported', src: 'r2' }]);
    expect(select('SELECT ?s WHERE { :v2 tg:training_tokens_scope ?s } ORDER BY ?s')).toEqual([{ s: '57B-A14B' }, { s: '7B' }]);
    // Every value per size, as the tabular formats' column; the lead value alone is tg:training_tokens.
    for (const [k, items] of Object.entries(V2_PER_SCOPE))
      expect(select(`SELECT ?x WHERE { :v2 tg:${k} ?x } ORDER BY ?x`), k).toEqual([...items].sort().map((x) => ({ x })));
    expect(select('SELECT ?v WHERE { :v2 tg:training_tokens ?v }')).toEqual([{ v: '7000000000000' }]);
    expect(
      select('SELECT ?v ?s WHERE { ?st rdf:subject :v2 ; rdf:predicate tg:training_tokens ; rdf:object ?v ; tg:scope ?s } ORDER BY ?v ?s'),
    ).toEqual([
      { v: '7000000000000', s: '57B-A14B' },
      { v: '7000000000000', s: '7B' },
      { v: '12000000000000', s: '0.5B' },
    ]);
    expect(select('SELECT ?s WHERE { ?st rdf:subject :v2 ; rdf:predicate tg:adopts ; rdf:object :gqa ; tg:scope ?s } ORDER BY ?s')).toEqual(
      [{ s: '57B-A14B' }, { s: '7B' }],
    );
    expect(
      select('SELECT ?x ?t ?r WHERE { ?st rdf:subject ?x ; rdf:predicate tg:drops ; rdf:object ?t ; tg:relative_to ?r } ORDER BY ?x ?t'),
    ).toEqual([
      { x: 'v2', t: 'mha', r: 'v1' },
      { x: 'v2-turbo', t: 'gqa', r: 'v2' },
      { x: 'v2-turbo', t: 'mla', r: 'v2' },
    ]);
    // The disputed drop is a statement only, never asserted.
    expect(ask('ASK { :v2-turbo tg:drops :gqa }')).toBe(true);
    expect(ask('ASK { :v2-turbo tg:drops :mla }')).toBe(false);
    expect(select('SELECT ?d WHERE { :r2 tg:display ?d }')).toEqual([{ d: 'V2 (report)' }]);
    // Every tg: term the data uses is declared.
    expect(
      select('SELECT DISTINCT ?p WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?p), STR(tg:))) FILTER NOT EXISTS { ?p a ?type } } ORDER BY ?p'),
    ).toEqual([]);
  });
});

describe('Mermaid', () => {
  it('follows each technique brought in or dropped for some sizes with them, names a drop’s other release, draws no disputed relation', () => {
    const text = files['graph.mmd']!;
    expect(text).toContain('v_v2 --> i_v2["GQA [7B, 57B-A14B]<br/>MoE [57B-A14B]"]');
    expect(text).toContain('m_v2_turbo -. drops .-> d_v2_turbo["GQA (relative to V2 (version))"]');
    expect(text).toContain('v_v2 -. drops .-> d_v2["MHA"]');
    // v2-turbo's disputed drop of MLA is drawn nowhere.
    expect(graph.getEdgeAttribute('v2-turbo->drops->mla', 'status')).toBe('disputed');
    expect(text).not.toContain('MLA');
  });
});

describe('shownRows, the rule every export and query shows architecture rows by', () => {
  it('shows per size the row marked preferred, else the first not disputed; 7B and 7.0B are one size; all disputed: nothing', () => {
    const row = (size: string, status: 'preferred' | 'alternative' | 'disputed') => ({ size, status });
    const rows = [
      row('7B', 'alternative'),
      row('70B', 'disputed'),
      row('7.0B', 'preferred'),
      row('1B', 'disputed'),
      row('1B', 'alternative'),
    ];
    expect(shownRows(rows)).toEqual([row('7.0B', 'preferred'), row('1B', 'alternative')]);
    expect(shownRows(undefined)).toEqual([]);
  });
});
