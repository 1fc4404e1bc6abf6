// RDF export (Turtle, N-Triples), loaded into Oxigraph; lineage as SPARQL property paths equals the lineage query.

import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import oxigraph from 'oxigraph';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSparql } from '../../src/cli/args.js';
import { parseSparqlArgs } from '../../src/cli/sparql.js';
import { chunksToText, ntriples, RDF_BASE, turtle } from '../../src/export/index.js';
import type { TechGraph } from '../../src/graph/index.js';
import { check } from '../../src/pipeline/index.js';
import { lineage } from '../../src/query/index.js';
import { LINEAGE_PATH, resultTable, SparqlStore } from '../../src/sparql/index.js';
import { ANCESTRY_RELATIONS } from '../../src/vocabulary/index.js';
import { cli, graphOf } from '../helpers.js';

const ID = `${RDF_BASE}id/`;
const PREFIXES = `PREFIX : <${ID}> PREFIX tg: <${RDF_BASE}vocab#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n`;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

type Store = InstanceType<typeof oxigraph.Store>;

/** Loads text into a fresh Oxigraph store. */
function storeOf(text: string, format: 'text/turtle' | 'application/n-triples'): Store {
  const store = new oxigraph.Store();
  store.load(text, { format });
  return store;
}

/** Runs a SELECT; returns rows as { var: term }. */
function select(
  store: Store,
  q: string,
): Map<string, { termType: string; value: string; language?: string; datatype?: { value: string } }>[] {
  return store.query(PREFIXES + q) as never;
}

const ask = (store: Store, q: string) => store.query(PREFIXES + q) as boolean;
const ids = (rows: Map<string, { value: string }>[], v: string) => rows.map((r) => r.get(v)!.value.slice(ID.length)).sort();

describe('RDF export of the mini fixture', () => {
  let graph: TechGraph;
  let ttl: string;
  let nt: string;
  let store: Store;
  beforeAll(async () => {
    graph = await graphOf('test/fixtures/mini');
    ttl = chunksToText(turtle(graph, { chunk: 200 }));
    nt = chunksToText(ntriples(graph, { chunk: 200 }));
    store = storeOf(ttl, 'text/turtle');
  });

  it('Turtle and N-Triples load into Oxigraph as the same set of triples', () => {
    const fromNt = storeOf(nt, 'application/n-triples');
    expect(store.size).toBe(fromNt.size);
    const canon = (s: Store) =>
      (s.dump({ format: 'application/n-triples', from_graph_name: oxigraph.defaultGraph() }) as string).trim().split('\n').sort();
    expect(canon(store)).toEqual(canon(fromNt));
    expect(nt.trim().split('\n')).toHaveLength(store.size); // one triple per line, none repeated
    // n3's own parser reads the Turtle too.
    expect(new Parser().parse(ttl)).toHaveLength(store.size);
  });

  it('gives each node an IRI, a class per kind and language-tagged labels (Chinese as @zh)', () => {
    expect(
      ask(store, 'ASK { :v1 a tg:Version . :yarn a tg:Technique . :long-context a tg:Motivation . :fam a tg:Family . :blog a tg:Source }'),
    ).toBe(true);
    const labels = select(store, 'SELECT ?l WHERE { :long-context rdfs:label ?l }')
      .map((r) => `${r.get('l')!.value}@${r.get('l')!.language}`)
      .sort();
    expect(labels).toEqual(['Long context@en', '长上下文@zh']);
    expect(select(store, 'SELECT ?l WHERE { tg:Technique rdfs:label ?l FILTER(lang(?l) = "zh") }')[0]!.get('l')!.value).toBe('技术');
    expect(select(store, 'SELECT ?l WHERE { tg:extends rdfs:label ?l FILTER(lang(?l) = "zh") }')[0]!.get('l')!.value).toBe('扩展');
    expect(select(store, 'SELECT ?a WHERE { :yarn skos:altLabel ?a }')[0]!.get('a')!.value).toBe('Yet another RoPE extensioN');
  });

  it('types values: integers, dates by precision, URLs', () => {
    const one = (q: string) => select(store, q)[0]!.get('v')!;
    expect(one('SELECT ?v WHERE { :v1 tg:vocabulary ?v }')).toMatchObject({ value: '151646', datatype: { value: `${XSD}integer` } });
    expect(one('SELECT ?v WHERE { :v1 tg:training_tokens ?v }')).toMatchObject({
      value: '3000000000000',
      datatype: { value: `${XSD}integer` },
    });
    expect(one('SELECT ?v WHERE { :v1 tg:flagship_params_active ?v }').value).toBe('14000000000');
    expect(one('SELECT ?v WHERE { :v1 tg:released ?v }')).toMatchObject({ value: '2024-01-15', datatype: { value: `${XSD}date` } });
    expect(one('SELECT ?v WHERE { :v2 tg:released ?v }')).toMatchObject({ value: '2024-06', datatype: { value: `${XSD}gYearMonth` } });
    expect(one('SELECT ?v WHERE { :report-a tg:url ?v }')).toMatchObject({
      value: 'https://example.org/a',
      datatype: { value: `${XSD}anyURI` },
    });
    expect(
      select(store, 'SELECT ?v WHERE { :v1 tg:sizes ?v }')
        .map((r) => r.get('v')!.value)
        .sort(),
    ).toEqual(['57B-A14B', '7B']);
    // Numbers compare as numbers.
    expect(ids(select(store, 'SELECT ?x WHERE { ?x tg:vocabulary ?v FILTER(?v > 150000) }'), 'x')).toEqual(['v1']);
  });

  it('asserts every edge and keeps its provenance on a reified statement', () => {
    expect(ask(store, 'ASK { :v1 tg:adopts :yarn . :yarn tg:extends :rope . :v1 tg:pursues :long-context }')).toBe(true);
    const st = select(
      store,
      'SELECT ?st ?src ?status ?inferred WHERE { ?st a rdf:Statement ; rdf:subject :v1 ; rdf:predicate tg:adopts ; rdf:object :yarn ; prov:wasDerivedFrom ?src ; tg:status ?status ; tg:inferred ?inferred }',
    );
    expect(st).toHaveLength(1);
    expect(st[0]!.get('st')!.value).toBe(`${RDF_BASE}statement/v1/adopts/yarn`);
    expect(st[0]!.get('src')!.value).toBe(`${ID}blog`);
    expect(st[0]!.get('status')!.value).toBe('preferred');
    expect(st[0]!.get('inferred')!.value).toBe('false');
    const via = select(
      store,
      'SELECT ?t WHERE { ?st rdf:subject :v1 ; rdf:predicate tg:pursues ; rdf:object :long-context ; tg:inferred true ; tg:via ?t }',
    );
    expect(ids(via, 't')).toEqual(['rope', 'yarn']);
    // As many edge statements as edges.
    const edges = select(
      store,
      'SELECT (COUNT(?st) AS ?n) WHERE { ?st rdf:subject ?s ; rdf:object ?o . ?s ?p ?o . ?st rdf:predicate ?p . ?o a ?cls }',
    );
    expect(Number(edges[0]!.get('n')!.value)).toBe(graph.size);
  });

  it('keeps every claim of an attribute, asserting only the preferred one', () => {
    expect(ask(store, 'ASK { :v1 tg:vocabulary 151646 }')).toBe(true);
    expect(ask(store, 'ASK { :v1 tg:vocabulary 148000 }')).toBe(false);
    const claims = select(
      store,
      'SELECT ?v ?status ?text ?src ?note WHERE { ?st rdf:subject :v1 ; rdf:predicate tg:vocabulary ; rdf:object ?v ; tg:status ?status ; tg:text ?text ; prov:wasDerivedFrom ?src OPTIONAL { ?st tg:note ?note } } ORDER BY ?v',
    );
    expect(
      claims.map((r) => [
        r.get('v')!.value,
        r.get('status')!.value,
        r.get('text')!.value,
        r.get('src')!.value.slice(ID.length),
        r.get('note')?.value,
      ]),
    ).toEqual([
      ['148000', 'disputed', '148K', 'blog', 'rounding'],
      ['151646', 'preferred', '151,646', 'report-a', undefined],
    ]);
  });

  it('is deterministic', async () => {
    const again = await graphOf('test/fixtures/mini');
    expect(chunksToText(turtle(again))).toBe(ttl);
    expect(chunksToText(ntriples(again))).toBe(nt);
  });
});

describe('RDF export of hostile strings', () => {
  it('escapes quotes, backslashes, newlines and control characters in both syntaxes', async () => {
    const graph = await graphOf('test/fixtures/exports-hostile');
    for (const [text, format] of [
      [chunksToText(turtle(graph)), 'text/turtle'],
      [chunksToText(ntriples(graph)), 'application/n-triples'],
    ] as const) {
      const store = storeOf(text, format);
      const label = (id: string, lang = 'en') =>
        select(store, `SELECT ?l WHERE { :${id} rdfs:label ?l FILTER(lang(?l) = "${lang}") }`)[0]?.get('l')?.value;
      graph.forEachNode((n, a) => {
        if (/^[A-Za-z0-9_-]+$/.test(n)) expect(label(n), n).toBe(a.labels.en ?? a.label);
      });
      expect(label('end')).toBe('End <family> & "co"');
      expect(label('end', 'zh')).toBe('终');
      expect(label('ctl')).toBe('Control \x01\x02\x1f\x7f chars \u2028 sep');
      const title = select(store, 'SELECT ?t WHERE { :src tg:title ?t }')[0]!.get('t')!.value;
      expect(title).toBe('Line one\nline two\r\nline three\ttabbed');
      const aliases = select(store, 'SELECT ?a WHERE { :a skos:altLabel ?a }')
        .map((r) => r.get('a')!.value)
        .sort();
      expect(aliases).toEqual(['back\\slash', 'quote " alias', 'semi;colon alias']);
      const org = select(store, 'SELECT ?o WHERE { :end tg:organisation ?o }')[0]!.get('o')!.value;
      expect(org).toBe("Lab; with \\backslash\\ and 'single' quotes");
      // An id with a dot is still one IRI.
      expect(ask(store, `ASK { <${ID}v-1.0> tg:in_family :end . :w tg:in_family <${ID}other.fam> }`)).toBe(true);
      expect(select(store, `SELECT ?v WHERE { <${ID}v-1.0> tg:vocabulary ?v }`)[0]!.get('v')!.value).toBe('1000000');
      expect(
        select(store, `SELECT ?q WHERE { ?st rdf:subject <${ID}v-1.0> ; rdf:predicate tg:vocabulary ; tg:qualifier ?q }`)[0]!.get('q')!
          .value,
      ).toBe('>');
    }
  });
});

/** SPARQL ancestors and descendants of a node, as id lists, through the store behind `techgraph sparql`. */
function sparqlLineage(store: SparqlStore, id: string): { up: string[]; down: string[] } {
  const list = (q: string) => {
    const r = store.query(q);
    if (r.form !== 'select') throw new Error('not a SELECT');
    return r.rows.map((row) => String(row.x!.value).slice(ID.length)).sort();
  };
  const node = `<${ID}${id}>`;
  return {
    up: list(`SELECT DISTINCT ?x WHERE { ${node} ${LINEAGE_PATH}+ ?x FILTER(?x != ${node}) }`),
    down: list(`SELECT DISTINCT ?x WHERE { ?x ${LINEAGE_PATH}+ ${node} FILTER(?x != ${node}) }`),
  };
}

function queryLineage(graph: TechGraph, id: string): { up: string[]; down: string[] } {
  const r = lineage(graph, id);
  if (!r.ok) throw new Error(r.error.message);
  return { up: r.value.ancestors.map((a) => a.id).sort(), down: r.value.descendants.map((a) => a.id).sort() };
}

describe('lineage as SPARQL property paths', () => {
  it('walks the same relations as the lineage query', () => {
    expect(LINEAGE_PATH).toBe(`(${ANCESTRY_RELATIONS.map((r) => `tg:${r}`).join('|')})`);
    expect([...ANCESTRY_RELATIONS].sort()).toEqual([
      'based_on',
      'derived_from',
      'distilled_from',
      'extends',
      'generalizes',
      'modelled_on',
      'replaces',
      'succeeds',
      'variant_of',
    ]);
  });

  it('equals the lineage query for every node of the hostile fixture (diamond, replaces cycle, cross-family base)', async () => {
    const graph = await graphOf('test/fixtures/exports-hostile');
    const store = new SparqlStore(graph);
    expect(sparqlLineage(store, 'a')).toEqual({ up: ['b', 'c', 'd'], down: [] });
    expect(sparqlLineage(store, 'c')).toEqual({ up: ['d'], down: ['a', 'b', 'd'] });
    expect(sparqlLineage(store, 'w').up).toEqual(['v-1.0', 'v_2']);
    const nodes = graph.filterNodes((_, a) => a.kind === 'technique' || a.kind === 'version');
    expect(nodes).toHaveLength(7);
    for (const n of nodes) expect(sparqlLineage(store, n), n).toEqual(queryLineage(graph, n));
  });

  it('equals the lineage query for every technique and version of the Qwen data', async () => {
    const checked = await check({ data: 'graph-data' });
    expect(checked.ok).toBe(true);
    const { build } = await import('../../src/graph/build.js');
    const graph = build(checked.facts);
    const store = new SparqlStore(graph);
    const nodes = graph.filterNodes((_, a) => a.kind === 'technique' || a.kind === 'version');
    expect(nodes.length).toBeGreaterThan(50);
    let nonTrivial = 0;
    for (const n of nodes) {
      const expected = queryLineage(graph, n);
      expect(sparqlLineage(store, n), n).toEqual(expected);
      if (expected.up.length > 1) nonTrivial++;
    }
    expect(nonTrivial).toBeGreaterThan(10);
    expect(sparqlLineage(store, 'yarn').up).toEqual(queryLineage(graph, 'yarn').up);
    expect(sparqlLineage(store, 'yarn').up).toContain('rope');
  });
});

describe('techgraph sparql', () => {
  it('recognises both spellings and parses its options', () => {
    expect(isSparql(['sparql', 'ASK {}'])).toBe(true);
    expect(isSparql(['query', 'sparql', 'ASK {}'])).toBe(true);
    expect(isSparql(['--data', 'sparql', 'build'])).toBe(false);
    expect(isSparql(['query', 'lineage', 'sparql'])).toBe(false);
    expect(parseSparqlArgs(['query', 'sparql', 'ASK {}', '--format=json', '--data', 'd'])).toEqual({
      command: 'sparql',
      query: 'ASK {}',
      data: 'd',
      limits: {},
      format: 'json',
    });
    expect(parseSparqlArgs(['sparql', 'a', 'b'])).toMatchObject({ usage: 'sparql takes one query: quote it' });
    expect(parseSparqlArgs(['sparql', 'a', '--format', 'yaml'])).toMatchObject({ usage: expect.stringMatching(/--format for sparql/) });
  });

  it('`query sparql` answers lineage as `query lineage` does, on the mini fixture', async () => {
    const r = await cli('query', 'sparql', 'SELECT ?ancestor WHERE { :yarn tg:extends+ ?ancestor }', '--data', 'test/fixtures/mini');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('?ancestor\n:rope\n(1 row)\n');
  });

  it('prints labels with language tags, JSON results, ASK and CONSTRUCT', async () => {
    const text = await cli('sparql', 'SELECT ?l WHERE { :long-context rdfs:label ?l } ORDER BY ?l', '--data', 'test/fixtures/mini');
    expect(text.stdout).toBe('?l\nLong context@en\n长上下文@zh\n(2 rows)\n');
    const json = await cli('sparql', 'SELECT ?v WHERE { :v1 tg:vocabulary ?v }', '--data', 'test/fixtures/mini', '--format', 'json');
    expect(JSON.parse(json.stdout)).toEqual({
      head: { vars: ['v'] },
      results: { bindings: [{ v: { type: 'literal', value: '151646', datatype: `${XSD}integer` } }] },
    });
    expect((await cli('sparql', 'ASK { :yarn tg:extends :rope }', '--data', 'test/fixtures/mini')).stdout).toBe('true\n');
    const graph = await cli(
      'sparql',
      'CONSTRUCT { ?a tg:ancestor_of :yarn } WHERE { :yarn tg:extends+ ?a }',
      '--data',
      'test/fixtures/mini',
    );
    expect(graph.stdout).toBe(`<${ID}rope> <${RDF_BASE}vocab#ancestor_of> <${ID}yarn> .\n`);
  });

  it('reports a bad query with its position in the text as typed, and bad usage with exit 2', async () => {
    const bad = await cli('sparql', 'SELECT * WHERE { ?x ?y }', '--data', 'test/fixtures/mini');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^techgraph sparql: error at 1:\d+/);
    const usage = await cli('sparql', 'a', 'b');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: techgraph sparql');
    const help = await cli('sparql', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(LINEAGE_PATH);
    expect((await cli('query', 'sparql', '--help')).stdout).toBe(help.stdout);
    expect((await cli('query', '--help')).stdout).toContain("sparql '<query>'");
  });
});

describe('docs/exports.md', () => {
  // Every `$ techgraph sparql '…'` of the page, with the output it shows (none: the query runs and selects rows).
  const examples = [
    ...readFileSync('docs/exports.md', 'utf8').matchAll(/^\$ techgraph sparql '([^']*)'\n((?:(?!\$ |```)[^\n]*\n)*)/gm),
  ].map((m) => ({ query: m[1]!, output: m[2]!.replace(/\n+$/, '\n') }));

  it('prints what the page shows for each SPARQL example, on graph-data', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const checked = await check({ data: 'graph-data' });
    const { build } = await import('../../src/graph/build.js');
    const store = new SparqlStore(build(checked.facts));
    for (const { query, output } of examples) {
      const r = store.query(query);
      if (r.form !== 'select') throw new Error(`not a SELECT: ${query}`);
      if (output.trim()) expect(resultTable(r), query).toBe(output);
      else expect(r.rows.length, query).toBeGreaterThan(0);
    }
  });
});
