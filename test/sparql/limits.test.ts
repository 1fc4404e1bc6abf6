// SPARQL within limits (issue 15, class 5): a query runs on a worker thread that is stopped after the time
// limit, whose answer is refused above the row limit, and whose memory is capped; answers cross as TSV text
// and are read back into the same terms as the engine's JSON results.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TechGraph } from '../../src/graph/index.js';
import { limitedQuery, parseTsv, resultLines, SparqlStore } from '../../src/sparql/index.js';
import { graphOf } from '../query/graphs.js';

let graph: TechGraph;
beforeAll(async () => {
  graph = await graphOf('graph-data');
});

const CROSS = 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }'; // 12,500² rows on the Qwen data

describe('limitedQuery', () => {
  it('answers a small query as the store does', async () => {
    const q = 'SELECT ?x ?l WHERE { ?x a tg:Technique ; rdfs:label ?l } ORDER BY ?x ?l LIMIT 20';
    const r = await limitedQuery(graph, q);
    expect(r).toEqual({ ok: true, result: new SparqlStore(graph).query(q) });
  });

  it('stops a query that runs past the time limit, with one line saying so', async () => {
    const t = Date.now();
    const r = await limitedQuery(graph, CROSS, { timeoutSeconds: 1 });
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(r.ok ? null : r.error.code).toBe('TIMEOUT');
    expect(r.ok ? '' : r.error.message).toMatch(/^the query ran for more than 1 s, the time limit \(--timeout SECONDS raises it\)[^\n]*$/);
  });

  it('refuses an answer over the row limit, and gives it when the limit is raised', async () => {
    const q = 'SELECT ?s WHERE { ?s ?p ?o } LIMIT 500';
    const r = await limitedQuery(graph, q, { maxRows: 499 });
    expect(r.ok ? null : [r.error.code, r.error.message]).toEqual([
      'TOO_MANY_ROWS',
      'the answer has 500 rows, more than the limit of 499: add LIMIT to the query, or raise the limit with --max-rows N',
    ]);
    const all = await limitedQuery(graph, q, { maxRows: 500 });
    expect(all.ok && 'result' in all && all.result.form === 'select' ? all.result.rows.length : null).toBe(500);
    const triples = await limitedQuery(graph, 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 50', { maxRows: 49 });
    expect(triples.ok ? null : triples.error.code).toBe('TOO_MANY_ROWS');
  });

  it('a bad query is one line with its position in the text as typed', async () => {
    const r = await limitedQuery(graph, 'SELECT * WHERE { ?x ?y }');
    expect(r.ok ? null : r.error.code).toBe('QUERY_ERROR');
    expect(r.ok ? '' : r.error.message).toMatch(/^error at 1:\d+[^\n]*$/);
  });
});

describe('answers as TSV', () => {
  it('read back into the terms of the JSON results: IRIs, blank nodes, literals with language, datatype and escapes, short numbers', () => {
    const store = new SparqlStore(graph);
    const q =
      'SELECT ?x ?y WHERE { VALUES (?x ?y) { ("a\\tb\\nc\\u0001\\"\\\\" 1) (1.5 true) ("1e3"^^xsd:double "x"@en-GB) (<http://e/x> UNDEF) ("2024"^^xsd:gYear -7) } }';
    const json = JSON.parse(store.raw(q, 'json')) as { head: { vars: string[] }; results: { bindings: unknown[] } };
    expect(store.query(q)).toEqual({ form: 'select', vars: json.head.vars, rows: json.results.bindings });
    expect(parseTsv('?a\t?b\n_:b0\t\n')).toEqual({ vars: ['a', 'b'], rows: [{ a: { type: 'bnode', value: 'b0' } }] });
  });

  it('print as an aligned table, every value printable, for a hundred thousand rows', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ x: { type: 'literal' as const, value: `v${i}\n:1:2: error X: y` } }));
    const lines = [...resultLines({ form: 'select', vars: ['x'], rows })];
    expect(lines).toHaveLength(100_002);
    expect(lines[1]).toBe('v0\\n\\u003a1:2: error X: y\n');
    expect(lines.at(-1)).toBe('(100000 rows)\n');
  });
});

describe('memory', () => {
  // Last: V8's WebAssembly page limit, which the worker sets, holds for the whole process afterwards.
  it('an answer that outgrows the memory limit stops the engine, not the process', async () => {
    const r = await limitedQuery(graph, CROSS, { memoryMiB: 96, timeoutSeconds: 60 });
    expect(r.ok ? null : r.error.code).toMatch(/^(ENGINE_FAILED|OUT_OF_MEMORY)$/);
    expect(r.ok ? '' : r.error.message).not.toContain('\n');
  });
});
