// Layout: the seeded start, ForceAtlas2 on its worker (budget, progress, Barnes-Hut), the timeline lanes and the seeded generator.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes, TechGraph } from '../src/graph/index.js';
import { autoIterations, hash, LAYOUTS, type LayoutName, type LayoutOptions, layout, mulberry32 } from '../src/layout/index.js';
import { KIND_NAMES, type Kind } from '../src/vocabulary/index.js';
import { graphOf } from './helpers.js';

const MINI = 'test/fixtures/mini';

type Node = [id: string, kind: Kind, since: string];

/** A graph with only what the layout reads: kind, since, x, y on nodes; start on the graph. */
function synthetic(nodes: readonly Node[], edges: readonly [string, string][] = [], start = '2020-01-01'): TechGraph {
  const g: TechGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  for (const [id, kind, since] of nodes) g.addNode(id, { kind, since, label: id, x: 0, y: 0 } as NodeAttributes);
  for (const [s, t] of edges) g.addDirectedEdge(s, t, { relation: 'adopts', inferred: false, since: start } as EdgeAttributes);
  g.replaceAttributes({ name: 'synthetic', start, end: '2030-01-01', languages: ['en'] });
  return g;
}

/** `k` cliques of `size` techniques, clique i joined to clique i+1 by one edge. */
function cliques(k: number, size: number): TechGraph {
  const id = (c: number, n: number) => `c${c}n${n}`;
  const nodes: Node[] = [];
  const edges: [string, string][] = [];
  for (let c = 0; c < k; c++) {
    for (let n = 0; n < size; n++) {
      nodes.push([id(c, n), 'technique', '2024-01-01']);
      for (let m = 0; m < n; m++) edges.push([id(c, n), id(c, m)]);
    }
    if (c + 1 < k) edges.push([id(c, 0), id(c + 1, 0)]);
  }
  return synthetic(nodes, edges);
}

/** A chain of `n` techniques (a path graph). */
function chain(n: number): TechGraph {
  const ids = Array.from({ length: n }, (_, i) => `t${i}`);
  return synthetic(
    ids.map((id) => [id, 'technique', '2024-01-01']),
    ids.slice(1).map((id, i) => [id, ids[i]!]),
  );
}

type Positions = Record<string, [number, number]>;
const positions = (g: TechGraph): Positions => Object.fromEntries(g.mapNodes((n, a) => [n, [a.x, a.y]]));

async function laidOut(g: TechGraph, options: Partial<LayoutOptions>): Promise<Positions> {
  await layout(g, options);
  return positions(g);
}

const dist = (p: [number, number], q: [number, number]) => Math.hypot(p[0] - q[0], p[1] - q[1]);

/** Mean edge length over mean distance between all pairs: below 1 when connected nodes sit closer than nodes at random. */
function edgeToPairRatio(g: TechGraph, p: Positions): number {
  const edges = g.mapEdges((_, __, s, t) => dist(p[s]!, p[t]!));
  const ids = g.nodes();
  let sum = 0;
  let count = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      sum += dist(p[ids[i]!]!, p[ids[j]!]!);
      count++;
    }
  return edges.reduce((a, b) => a + b, 0) / edges.length / (sum / count);
}

/** Nodes whose position differs between two layouts. */
const moved = (a: Positions, b: Positions) => Object.keys(a).filter((n) => a[n]![0] !== b[n]![0] || a[n]![1] !== b[n]![1]);

const FAST: Partial<LayoutOptions> = { iterations: 30 };

describe('layout: determinism and the seeded start', () => {
  it.each(LAYOUTS)('%s: same graph and seed give the same coordinates, whatever the positions before', async (name) => {
    const a = await laidOut(await graphOf(MINI), { ...FAST, layout: name, seed: 7 });
    const g = await graphOf(MINI);
    g.updateEachNodeAttributes((_, attrs) => ({ ...attrs, x: 1e6, y: Number.NaN }));
    const b = await laidOut(g, { ...FAST, layout: name, seed: 7 });
    const c = await laidOut(g, { ...FAST, layout: name, seed: 7 }); // again, on the laid-out graph
    expect(Object.keys(a)).toHaveLength(g.order);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it.each([
    ['fa2', cliques(3, 5)],
    ['none', cliques(3, 5)],
    ['fa2', chain(12)],
    ['none', chain(12)],
  ] as [LayoutName, TechGraph][])('%s: another seed gives other positions', async (name, g) => {
    const a = await laidOut(g, { ...FAST, layout: name, seed: 1 });
    const b = await laidOut(g, { ...FAST, layout: name, seed: 2 });
    // Every node starts elsewhere, and (for fa2) ends elsewhere.
    expect(moved(a, b)).toEqual(g.nodes());
  });

  it('timeline: the seed does not matter', async () => {
    const g = await graphOf(MINI);
    expect(await laidOut(g, { layout: 'timeline', seed: 1 })).toEqual(await laidOut(g, { layout: 'timeline', seed: 2 }));
  });

  it.each(LAYOUTS)('%s: every coordinate is finite and rounded to 2 decimals', async (name) => {
    for (const g of [await graphOf(MINI), cliques(4, 6)]) {
      const p = await laidOut(g, { ...FAST, layout: name, seed: 3 });
      for (const [x, y] of Object.values(p)) {
        for (const v of [x, y]) {
          expect(Number.isFinite(v)).toBe(true);
          expect(Math.abs(v * 100 - Math.round(v * 100))).toBeLessThan(1e-6);
        }
      }
    }
  });

  it('none keeps the seeded start: what fa2 starts from, inside a disc that grows with the graph', async () => {
    for (const g of [await graphOf(MINI), cliques(5, 8)]) {
      const none = await laidOut(g, { layout: 'none', seed: 11 });
      // fa2 with no iterations hands back its start (through 32-bit floats).
      const start = await laidOut(g, { layout: 'fa2', iterations: 0, seed: 11 });
      for (const n of g.nodes()) {
        expect(start[n]![0]).toBeCloseTo(none[n]![0], 1);
        expect(start[n]![1]).toBeCloseTo(none[n]![1], 1);
        expect(Math.hypot(...none[n]!)).toBeLessThanOrEqual(Math.sqrt(g.order) * 10 + 0.02);
      }
      // Spread over the disc, not piled up: no two nodes share a start.
      expect(new Set(Object.values(none).map(String)).size).toBe(g.order);
    }
  });

  it('lays out an empty graph and a single node without a worker', async () => {
    const empty = synthetic([]);
    const progress: number[] = [];
    await layout(empty, { onProgress: (d) => progress.push(d) });
    expect(empty.order).toBe(0);
    const one = synthetic([['solo', 'version', '2024-01-01']]);
    await layout(one, { onProgress: (d) => progress.push(d) });
    expect(progress).toEqual([]);
    expect(Object.values(positions(one)).flat().every(Number.isFinite)).toBe(true);
  });
});

describe('layout: ForceAtlas2', () => {
  it.each([
    ['the mini fixture', () => graphOf(MINI)],
    ['four cliques', async () => cliques(4, 6)],
    ['a chain', async () => chain(20)],
  ] as [string, () => Promise<TechGraph>][])(
    'moves every node of %s, and brings connected nodes closer than at the start',
    async (_, make) => {
      const g = await make();
      const start = await laidOut(g, { layout: 'none', seed: 5 });
      const end = await laidOut(g, { layout: 'fa2', iterations: 100, seed: 5 });
      expect(moved(start, end)).toEqual(g.nodes());
      // Scale-free: fa2 may grow or shrink the picture; relative to all pairs, edges get shorter.
      expect(edgeToPairRatio(g, end)).toBeLessThan(0.6 * edgeToPairRatio(g, start));
    },
  );

  it('separates cliques: nodes end nearer their own clique than any other', async () => {
    const g = cliques(4, 6);
    const p = await laidOut(g, { layout: 'fa2', iterations: 200, seed: 9 });
    const clique = (n: string) => n.split('n')[0];
    const nodes = g.nodes();
    const centroid = (c: string) => {
      const members = nodes.filter((n) => clique(n) === c);
      return [0, 1].map((i) => members.reduce((s, n) => s + p[n]![i]!, 0) / members.length) as [number, number];
    };
    const centroids = Object.fromEntries(['c0', 'c1', 'c2', 'c3'].map((c) => [c, centroid(c)]));
    for (const n of nodes) {
      const nearest = Object.entries(centroids).sort((a, b) => dist(p[n]!, a[1]) - dist(p[n]!, b[1]))[0]![0];
      expect(nearest, n).toBe(clique(n));
    }
  });

  it.each([1, 5, 30])('iterations: %i reports (0, N), then every iteration 1..N in order, before it resolves', async (n) => {
    const calls: [number, number][] = [];
    await layout(await graphOf(MINI), { iterations: n, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual(Array.from({ length: n + 1 }, (_, i) => [i, n]));
  });

  it.each([
    ['the mini fixture', () => graphOf(MINI)],
    ['600 nodes', async () => chain(600)],
  ] as [string, () => Promise<TechGraph>][])('auto runs autoIterations(order) iterations on %s', async (_, make) => {
    const g = await make();
    const calls: [number, number][] = [];
    await layout(g, { iterations: 'auto', onProgress: (d, t) => calls.push([d, t]) });
    const total = autoIterations(g.order);
    expect(calls).toHaveLength(total + 1);
    expect(calls.every(([, t]) => t === total)).toBe(true);
    expect(calls.at(-1)).toEqual([total, total]);
  });

  it('switches to Barnes-Hut only above barnesHutAbove nodes', async () => {
    const g = cliques(6, 8);
    const run = (barnesHutAbove: number) => laidOut(g, { layout: 'fa2', iterations: 50, seed: 4, barnesHutAbove });
    const exact = await run(Number.POSITIVE_INFINITY);
    const barnesHut = await run(0);
    // The approximation changes the forces, so the positions: that is how the switch shows.
    expect(moved(exact, barnesHut).length).toBeGreaterThan(g.order / 2);
    expect(await run(g.order)).toEqual(exact); // at the threshold: still exact
    expect(await run(g.order - 1)).toEqual(barnesHut); // one above: Barnes-Hut
    expect(await run(0)).toEqual(barnesHut); // and deterministic
  });
});

describe('autoIterations', () => {
  it.each([
    [1, 500],
    [100, 500],
    [500, 500],
    [2_000, 250],
    [8_000, 125],
    [50_000, 50],
    [312_500, 20],
    [1_000_000, 20],
    [100_000_000, 20],
  ])('%i nodes → %i iterations', (order, iterations) => {
    expect(autoIterations(order)).toBe(iterations);
  });

  it('never grows with the graph, shrinks after 500 nodes, and stays at or above 20', () => {
    let previous = autoIterations(0);
    for (let order = 1; order <= 2_000_000; order = Math.ceil(order * 1.05)) {
      const n = autoIterations(order);
      expect(n).toBeLessThanOrEqual(previous);
      expect(n).toBeGreaterThanOrEqual(20);
      expect(Number.isInteger(n)).toBe(true);
      previous = n;
    }
    expect(autoIterations(600)).toBeLessThan(500);
  });
});

describe('layout: timeline', () => {
  // Kinds in two orders of insertion, dates out of order, two pairs sharing kind and date.
  const NODES: Node[] = [
    ['v-late', 'version', '2024-06-01'],
    ['v-early', 'version', '2020-03-01'],
    ['t-a', 'technique', '2022-02-01'],
    ['t-b', 'technique', '2022-02-01'],
    ['t-c', 'technique', '2021-01-01'],
    ['s-1', 'source', '2020-01-01'],
    ['s-2', 'source', '2020-01-31'],
    ['m-1', 'motivation', '2022-02-01'],
    ['f-1', 'family', '2020-01-01'],
    ['v-mid', 'version', '2022-02-01'],
  ];

  it('puts x at the date: 0 at the start, later since → larger x, linear in days', async () => {
    const g = synthetic(NODES);
    const p = await laidOut(g, { layout: 'timeline' });
    const day = (d: string) => (Date.parse(d) - Date.parse('2020-01-01')) / 86_400_000;
    expect(p['s-1']![0]).toBe(0);
    for (const [a, , sa] of NODES) {
      for (const [b, , sb] of NODES) {
        if (sa < sb) expect(p[a]![0], `${a} before ${b}`).toBeLessThan(p[b]![0]);
        if (sa === sb) expect(p[a]![0], `${a} with ${b}`).toBe(p[b]![0]);
      }
    }
    // 30 days after the start and 60 days after it: twice as far.
    expect(p['s-2']![0] / day('2020-01-31')).toBeCloseTo(p['v-early']![0] / day('2020-03-01'), 2);
  });

  // Crowds of techniques on one day, next to a motivation that day: from 18 on, 12 units apart would reach into the next lane (the Qwen data has 33).
  it.each([0, 17, 18, 33, 500])(
    'gives each kind its own lane, in KIND_NAMES order, and distinct y to nodes sharing kind and date (+%i on one day)',
    async (crowd) => {
      const nodes: Node[] = [
        ...NODES,
        ...Array.from({ length: crowd }, (_, i): Node => [`crowd${i}`, 'technique', '2023-05-05']),
        ['m-crowd', 'motivation', '2023-05-05'],
      ];
      const p = await laidOut(synthetic(nodes), { layout: 'timeline' });
      const band = (k: Kind) => {
        const ys = nodes.filter((n) => n[1] === k).map((n) => p[n[0]]![1]);
        return [Math.min(...ys), Math.max(...ys)] as const;
      };
      // Lanes top to bottom in KIND_NAMES order, no two overlapping.
      for (let i = 1; i < KIND_NAMES.length; i++) {
        expect(band(KIND_NAMES[i]!)[1], `${KIND_NAMES[i]} below ${KIND_NAMES[i - 1]}`).toBeLessThan(band(KIND_NAMES[i - 1]!)[0]);
      }
      // Same kind and same date: same x, distinct y.
      const groups = new Map<string, string[]>();
      for (const [id, kind, since] of nodes) groups.set(`${kind} ${since}`, [...(groups.get(`${kind} ${since}`) ?? []), id]);
      for (const ids of groups.values()) {
        expect(new Set(ids.map((id) => p[id]![0])).size).toBe(1);
        expect(new Set(ids.map((id) => p[id]![1])).size).toBe(ids.length);
      }
    },
  );

  it('on the mini fixture: versions below the family, in release order', async () => {
    const g = await graphOf(MINI);
    const p = await laidOut(g, { layout: 'timeline' });
    const versions = g.filterNodes((_, a) => a.kind === 'version');
    const family = g.filterNodes((_, a) => a.kind === 'family');
    expect(versions.length).toBeGreaterThan(1);
    for (const v of versions) for (const f of family) expect(p[v]![1]).toBeLessThan(p[f]![1]);
    // v1 (2024-01-15) before v2 (2024-06).
    expect(p.v1![0]).toBeLessThan(p.v2![0]);
  });
});

describe('hash and mulberry32', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hash(%j) is 32-bit FNV-1a: %i', (s, h) => {
    expect(hash(s)).toBe(h);
  });

  it('hash is deterministic, an unsigned 32-bit integer, and tells close ids apart', () => {
    const ids = ['v1', 'v2', 'v10', 'rope', 'yarn', 'Rope', 'long-context', '长上下文'];
    for (const id of ids) {
      expect(hash(id)).toBe(hash(id));
      expect(Number.isInteger(hash(id)) && hash(id) >= 0 && hash(id) < 2 ** 32).toBe(true);
    }
    expect(new Set(ids.map(hash)).size).toBe(ids.length);
  });

  it.each([0, 1, 42, 0xffffffff, -1, 2 ** 40 + 3])('mulberry32(%i): same seed, same sequence, all in [0, 1)', (seed) => {
    const a = mulberry32(seed);
    const b = mulberry32(seed);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // Spread over the interval: every tenth of it gets 8–12 % of the draws.
    const deciles = new Array(10).fill(0);
    for (const x of xs) deciles[Math.floor(x * 10)]++;
    for (const d of deciles) {
      expect(d).toBeGreaterThan(800);
      expect(d).toBeLessThan(1200);
    }
  });

  it('mulberry32: different seeds, different sequences', () => {
    const first = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(first(1)).not.toEqual(first(2));
    expect(first(42)).not.toEqual(first(43));
  });
});
