// The graph cache: a snapshot restores to a graph that answers every read the same as the graph it was taken from;
// queries read it when the data is unchanged, and any changed byte makes the next query answer from the new data.
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { ntriples } from '../../src/export/index.js';
import { build, type GraphReader, restore, SnapshotError, snapshot, type TechGraph } from '../../src/graph/index.js';
import { fingerprint, load } from '../../src/load/index.js';
import { check } from '../../src/pipeline/index.js';
import { graphOf } from '../../src/project/index.js';
import {
  adjacency,
  adopters,
  basesOf,
  compareArchitecture,
  compareNumbers,
  diff,
  lineage,
  motivation,
  namesOf,
  nodeRef,
  numberFacts,
  paths,
  releasesInOrder,
  resolve,
  select,
  statusOf,
  statusReader,
  techniqueStatus,
  timeline,
  version,
} from '../../src/query/index.js';

const sorted = (xs: Iterable<string>) => [...xs].sort();

async function built(data: string): Promise<TechGraph> {
  const r = await check({ data });
  expect(r.ok).toBe(true);
  return build(r.facts);
}

describe('graph snapshots', () => {
  let graph: TechGraph;
  let frozen: GraphReader;
  beforeAll(async () => {
    graph = await built('graph-data');
    frozen = restore(snapshot(graph)).asReader();
  });

  it('answers every read of the graph API queries use as the graph does', () => {
    expect([frozen.order, frozen.size]).toEqual([graph.order, graph.size]);
    expect(frozen.nodes()).toEqual(graph.nodes());
    expect(frozen.edges()).toEqual(graph.edges());
    expect(frozen.getAttributes()).toEqual(graph.getAttributes());
    expect(frozen.getAttribute('name')).toBe(graph.getAttribute('name'));
    for (const n of graph.nodes()) {
      expect(frozen.getNodeAttributes(n), n).toEqual(graph.getNodeAttributes(n));
      for (const k of ['kind', 'label', 'claims', 'released', 'nope'])
        expect(frozen.getNodeAttribute(n, k)).toEqual(graph.getNodeAttribute(n, k));
      expect(sorted(frozen.outEdges(n)), n).toEqual(sorted(graph.outEdges(n)));
      expect(sorted(frozen.inEdges(n)), n).toEqual(sorted(graph.inEdges(n)));
    }
    for (const e of graph.edges()) {
      expect(frozen.hasEdge(e)).toBe(true);
      expect([frozen.source(e), frozen.target(e)]).toEqual([graph.source(e), graph.target(e)]);
      expect(frozen.getEdgeAttributes(e), e).toEqual(graph.getEdgeAttributes(e));
      expect(frozen.getEdgeAttribute(e, 'relation')).toBe(graph.getEdgeAttribute(e, 'relation'));
    }
    expect(frozen.hasNode('yarn')).toBe(true);
    expect(frozen.hasNode('no-such-node')).toBe(false);
    expect(frozen.hasEdge('yarn->extends->no-such-node')).toBe(false);
    expect(() => frozen.getNodeAttributes('no-such-node')).toThrow();
    // Callbacks see the same attributes (the lazy view reads the header's and the full set alike).
    const seen: Record<string, unknown> = {};
    frozen.forEachNode((n, a) => {
      seen[n] = { ...a };
    });
    expect(seen).toEqual(Object.fromEntries(graph.mapNodes((n, a) => [n, a])));
    expect(frozen.filterNodes((_, a) => a.kind === 'version')).toEqual(graph.filterNodes((_, a) => a.kind === 'version'));
    const edges: unknown[] = [];
    frozen.forEachEdge((e, a, s, t) => edges.push([e, a, s, t]));
    const want: unknown[] = [];
    graph.forEachEdge((e, a, s, t) => want.push([e, a, s, t]));
    expect(edges).toEqual(want);
  });

  it('is taken from the three-family data in format v2 (sub-models, architecture, scope, not reported, display names)', () => {
    const attrs = graph.nodes().map((n) => graph.getNodeAttributes(n));
    expect(attrs.some((a) => a.kind === 'model')).toBe(true);
    expect(attrs.some((a) => a.architecture?.length)).toBe(true);
    expect(attrs.some((a) => typeof a.display === 'string')).toBe(true);
    const claims = attrs.flatMap((a) => Object.values(a.claims).flat());
    expect(claims.some((c) => c?.scope?.length)).toBe(true);
    expect(claims.some((c) => c?.unreported && c.value === null)).toBe(true);
    expect(graph.edges().some((e) => graph.getEdgeAttribute(e, 'scope')?.length)).toBe(true);
    expect(new Set(attrs.filter((a) => a.kind === 'family').map((a) => a.label)).size).toBeGreaterThanOrEqual(3);
  });

  it('gives every query of the query library and the RDF the same answers as the built graph', () => {
    const ofKind = (...kinds: string[]) => graph.filterNodes((_, a) => kinds.includes(a.kind));
    const techniques = ofKind('technique');
    const releases = releasesInOrder(graph);
    const families = ofKind('family');
    const motivations = ofKind('motivation');
    expect(releases.length).toBeGreaterThan(30);
    expect(releases.some((r) => graph.getNodeAttribute(r, 'kind') === 'model')).toBe(true);
    const asked: [string, (g: GraphReader) => unknown][] = [
      ['timeline', (g) => timeline(g)],
      ['releasesInOrder', (g) => releasesInOrder(g)],
      ['adjacency', (g) => [...adjacency(g).entries()]],
      ['adjacency inferred', (g) => [...adjacency(g, { inferred: true }).entries()]],
      ['select', (g) => select(g, '+yarn,gqa+')],
      ['select 2+', (g) => select(g, '2+deepseek-r1,qwen2.5+1')],
      ['unknown name', (g) => resolve(g, 'yarnn')],
      ['wrong kind', (g) => version(g, 'yarn')],
      ['bad option', (g) => lineage(g, 'yarn', { depth: -1 })],
      ['rdf', (g) => [...ntriples(g)].join('')],
    ];
    for (const f of families)
      asked.push([`timeline ${f}`, (g) => timeline(g, { family: f })], [`releasesInOrder ${f}`, (g) => releasesInOrder(g, f)]);
    for (const m of motivations) {
      asked.push([`motivation ${m}`, (g) => motivation(g, m)]);
      for (const f of families) asked.push([`motivation ${m} ${f}`, (g) => motivation(g, m, { family: f })]);
    }
    for (const t of techniques)
      asked.push(
        [`lineage ${t}`, (g) => lineage(g, t)],
        [`lineage up 1 ${t}`, (g) => lineage(g, t, { directions: ['up'], depth: 1 })],
        [`adopters ${t}`, (g) => adopters(g, t)],
      );
    const read = (g: GraphReader) => statusReader(g);
    releases.forEach((r, i) => {
      const next = releases[i + 1];
      asked.push(
        [`version ${r}`, (g) => version(g, r)],
        [`lineage ${r}`, (g) => lineage(g, r)],
        [`numberFacts ${r}`, (g) => numberFacts(g, r)],
        [`techniqueStatus ${r}`, (g) => techniqueStatus(g, r, read(g))],
        [`basesOf ${r}`, (g) => basesOf(g, r)],
        [`paths ${r} long-context`, (g) => paths(g, r, 'long-context')],
        [`paths ${r} gqa k 3 inferred`, (g) => paths(g, r, 'gqa', { k: 3, inferred: true })],
        [`paths ${r} qwen2.5 through version`, (g) => paths(g, r, 'qwen2.5', { through: ['version'] })],
      );
      if (next)
        asked.push(
          [`diff ${r} ${next}`, (g) => diff(g, r, next)],
          [`compareNumbers ${r} ${next}`, (g) => compareNumbers(g, r, next)],
          [`compareArchitecture ${r} ${next}`, (g) => compareArchitecture(g, r, next)],
        );
      for (const t of ['gqa', 'yarn', 'dpo', 'grpo', 'mla'])
        if (graph.hasNode(t)) asked.push([`statusOf ${r} ${t}`, (g) => statusOf(g, r, t)]);
    });
    for (const n of graph.nodes()) {
      asked.push([`namesOf ${n}`, (g) => namesOf(g, n)], [`nodeRef ${n}`, (g) => nodeRef(g, n)]);
      for (const name of namesOf(graph, n)) asked.push([`resolve ${name}`, (g) => resolve(g, name)]);
    }
    let answered = 0;
    for (const [what, ask] of asked) {
      const want = ask(graph);
      expect(ask(frozen), what).toEqual(want);
      if (typeof want === 'object' && want !== null && 'ok' in want && want.ok) answered++;
    }
    // Most questions have an answer (not only the same error twice).
    expect(answered).toBeGreaterThan(asked.length / 2);
  }, 180_000);

  it('hands out frozen values', () => {
    const a = frozen.getNodeAttributes('yarn');
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.aliases)).toBe(true);
    expect(() => (a.aliases as string[]).push('x')).toThrow();
  });

  it('refuses bytes it did not write', () => {
    expect(() => restore(new TextEncoder().encode('not a snapshot'))).toThrow(SnapshotError);
    const bytes = snapshot(graph);
    expect(() => restore(bytes.subarray(0, 100))).toThrow(SnapshotError);
  });
});

describe('the content key', () => {
  it('is what load computes over the bytes it read, and changes with any byte, added or renamed file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-fp-'));
    await cp('test/fixtures/query', dir, { recursive: true });
    const key = await fingerprint(dir);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect((await load(dir)).fingerprint).toBe(key);
    const file = join(dir, 'facts.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('a', 'b'));
    const changed = await fingerprint(dir);
    expect(changed).not.toBe(key);
    await writeFile(file, text);
    expect(await fingerprint(dir)).toBe(key);
    await writeFile(join(dir, 'more.yaml'), '');
    expect(await fingerprint(dir)).not.toBe(key);
  });
});

describe('queries through the cache', () => {
  it('answer from the snapshot while the data is unchanged, and from the new data after one changed byte', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-cache-'));
    const cacheDir = join(dir, 'cache');
    const data = join(dir, 'data');
    await cp('test/fixtures/query', data, { recursive: true });
    const first = await graphOf(data, { cacheDir });
    expect(first).toMatchObject({ ok: true, cached: false });
    expect(await readdir(cacheDir)).toHaveLength(1);
    const second = await graphOf(data, { cacheDir });
    expect(second).toMatchObject({ ok: true, cached: true });
    const label = (r: typeof second, id: string) => (r.ok ? r.graph.getNodeAttribute(id, 'label') : undefined);
    const file = join(data, 'facts.yaml');
    const text = await readFile(file, 'utf8');
    const m = /\n {4}label: (\S)/.exec(text)!;
    const id = /- id: (\S+)\n {4}label:/.exec(text.slice(0, m.index + 20))![1]!;
    expect(label(second, id)).toBe(label(first, id));
    // One byte: the first letter of a label.
    const at = m.index + m[0].length - 1;
    const other = m[1] === 'Z' ? 'Y' : 'Z';
    await writeFile(file, text.slice(0, at) + other + text.slice(at + 1));
    const third = await graphOf(data, { cacheDir });
    expect(third).toMatchObject({ ok: true, cached: false });
    expect(String(label(third, id))[0]).toBe(other);
    // Back to the old bytes: the old snapshot answers again, with the old label.
    await writeFile(file, text);
    const fourth = await graphOf(data, { cacheDir });
    expect(fourth).toMatchObject({ ok: true, cached: true });
    expect(label(fourth, id)).toBe(label(first, id));
  });

  it('never caches invalid data, and a damaged snapshot is rebuilt', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-cache-'));
    const cacheDir = join(dir, 'cache');
    const data = join(dir, 'data');
    await cp('test/fixtures/query', data, { recursive: true });
    await writeFile(join(data, 'bad.yaml'), 'techniques:\n  - id: x\n    extends: nowhere\n');
    expect(await graphOf(data, { cacheDir })).toMatchObject({ ok: false });
    await writeFile(join(data, 'bad.yaml'), '');
    expect(await graphOf(data, { cacheDir })).toMatchObject({ ok: true, cached: false });
    const [entry] = await readdir(cacheDir);
    await writeFile(join(cacheDir, entry!), 'damaged');
    expect(await graphOf(data, { cacheDir })).toMatchObject({ ok: true, cached: false });
    expect(await graphOf(data, { cacheDir })).toMatchObject({ ok: true, cached: true });
  });

  it('gives the CLI queries the same output cached and not, as text and as JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-cache-cli-'));
    const out = async (argv: string[]) => {
      let stdout = '';
      const code = await run(argv, { stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false, cwd: process.cwd() });
      return { code, stdout };
    };
    const lines = [
      ['query', 'lineage', 'yarn'],
      ['query', 'version', 'qwen2'],
      ['query', 'version', 'deepseek-r1-distill-qwen', '--format', 'json'],
      ['query', 'diff', 'qwen2.5', 'qwen3'],
      ['query', 'diff', 'llama-3', 'llama-3.1', '--format', 'json'],
      ['query', 'adopters', 'gqa'],
      ['query', 'path', 'deepseek-r1', 'qwen2.5', '--through', 'version'],
      ['query', 'motivation', 'long-context', '--family', 'llama'],
      ['query', 'timeline', '--format', 'json'],
      ['sparql', 'SELECT ?a WHERE { :yarn tg:extends+ ?a } ORDER BY ?a'],
    ];
    const previous = process.env.TECHGRAPH_CACHE_DIR;
    try {
      process.env.TECHGRAPH_CACHE_DIR = 'off';
      const fresh = await Promise.all(lines.map(out));
      process.env.TECHGRAPH_CACHE_DIR = dir;
      await out(['query', 'lineage', 'yarn']);
      expect(await readdir(dir)).toHaveLength(1);
      for (const [i, argv] of lines.entries()) {
        expect(fresh[i]!.code, argv.join(' ')).toBe(0);
        expect(await out(argv), argv.join(' ')).toEqual(fresh[i]);
      }
    } finally {
      process.env.TECHGRAPH_CACHE_DIR = previous;
    }
  });
});
