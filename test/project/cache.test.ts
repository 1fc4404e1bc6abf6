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
import { adopters, diff, lineage, motivation, paths, resolve, select, timeline, version } from '../../src/query/index.js';

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

  it('gives every query and the RDF the same answers as the built graph', () => {
    const pairs: [string, (g: GraphReader) => unknown][] = [
      ['lineage', (g) => lineage(g, 'yarn')],
      ['adopters', (g) => adopters(g, 'gqa')],
      ['version', (g) => version(g, 'qwen2')],
      ['diff', (g) => diff(g, 'qwen1', 'qwen3')],
      ['paths', (g) => paths(g, 'qwen2', 'long-context')],
      ['motivation', (g) => motivation(g, 'long-context')],
      ['timeline', (g) => timeline(g)],
      ['select', (g) => select(g, '+yarn,gqa+')],
      ['resolve by label', (g) => resolve(g, 'Yet another RoPE extensioN')],
      ['unknown name', (g) => resolve(g, 'yarnn')],
      ['rdf', (g) => [...ntriples(g)].join('')],
    ];
    for (const [what, ask] of pairs) expect(ask(frozen), what).toEqual(ask(graph));
  });

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

  it('gives the CLI query the same output cached and not', async () => {
    const out = async () => {
      let stdout = '';
      const code = await run(['query', 'lineage', 'yarn'], {
        stdout: (s) => (stdout += s),
        stderr: () => undefined,
        isTTY: false,
        cwd: process.cwd(),
      });
      return { code, stdout };
    };
    const a = await out();
    const b = await out();
    expect(a.code).toBe(0);
    expect(b).toEqual(a);
  });
});
