// Layout: the seeded start, ForceAtlas2 on its worker (budget, progress, Barnes-Hut), the timeline's picture and the seeded generator.
import Graph from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EdgeAttributes, NodeAttributes, TechGraph } from '../src/graph/index.js';
import {
  autoIterations,
  type Box,
  estimatedLabelWidth,
  hash,
  LAYOUTS,
  type LayoutName,
  type LayoutOptions,
  layout,
  monthIndex,
  mulberry32,
  type Timeline,
  type TimelineGraph,
  timelineLane,
  timelineLayout,
} from '../src/layout/index.js';
import type { Kind } from '../src/vocabulary/index.js';
import { graphOf } from './helpers.js';

const MINI = 'test/fixtures/mini';
const THREE = 'test/fixtures/three-families';

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

/**
 * The timeline's picture (src/layout/timeline.ts), the one layout of `--layout timeline` and the viewer's
 * Timeline. x is the date a node joins the graph; releases (versions, sub-models) in one lane per family,
 * ordered by the family's first release, then one lane per other kind in vocabulary order; lanes apart, each
 * node inside its lane. At the reading scale (TIMELINE_PX pixels per unit), in every lane: dates in order
 * left to right, past the labels of a crowded date; no two labels of a date meet, no label covers a node of its
 * date. Label widths are an input (Node estimates them from the label font, the viewer measures them).
 */
describe('the timeline picture', () => {
  let three: TimelineGraph;
  beforeAll(async () => {
    three = (await graphOf(THREE)) as unknown as TimelineGraph;
  });

  /** Nodes that share lane and date (a date's block). */
  function sameDate(g: TimelineGraph): Map<string, string[]> {
    const out = new Map<string, string[]>();
    g.forEachNode((id, a) => {
      const k = `${timelineLane(a)} ${a.since}`;
      (out.get(k) ?? out.set(k, []).get(k)!).push(id);
    });
    return out;
  }

  const meets = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

  /** Everything the picture promises, as a list of broken promises (empty when it holds). */
  function broken(g: TimelineGraph, t: Timeline): string[] {
    const problems: string[] = [];
    const disc = (id: string): Box => {
      const p = t.positions.get(id)!;
      const r = t.readRadius(id);
      return { x0: p.x - r, x1: p.x + r, y0: p.y - r, y1: p.y + r };
    };
    if (t.positions.size !== g.order) problems.push(`${t.positions.size} positions for ${g.order} nodes`);
    const blocks = sameDate(g);
    for (const [key, ids] of blocks) {
      for (const a of ids) {
        for (const b of ids) {
          if (a === b) continue;
          if (a < b && meets(t.labelBox(a), t.labelBox(b))) problems.push(`${key}: labels of ${a} and ${b} meet`);
          if (meets(t.labelBox(a), disc(b))) problems.push(`${key}: the label of ${a} covers ${b}`);
        }
      }
    }
    // Per lane, date order left to right: a later date starts right of an earlier date's nodes, and right of
    // the labels of a crowded (multi-column) date.
    const lanes = new Map<string, { since: string; ids: string[] }[]>();
    for (const [key, ids] of blocks) {
      const [lane, since] = key.split(' ') as [string, string];
      (lanes.get(lane) ?? lanes.set(lane, []).get(lane)!).push({ since, ids });
    }
    for (const [lane, dates] of lanes) {
      dates.sort((a, b) => (a.since < b.since ? -1 : 1));
      for (let i = 1; i < dates.length; i++) {
        const prev = dates[i - 1]!;
        const crowded = new Set(prev.ids.map((id) => t.positions.get(id)!.x)).size > 1;
        const end = Math.max(...prev.ids.map((id) => (crowded ? t.labelBox(id).x1 : t.positions.get(id)!.x)));
        const start = Math.min(...dates[i]!.ids.map((id) => t.positions.get(id)!.x));
        if (!(start > end)) problems.push(`${lane}: ${dates[i]!.since} (x ${start}) not right of ${prev.since} (to ${end})`);
      }
    }
    // One anchor per date: the first column of a date is at the same x in every lane.
    const anchors = new Map<string, Set<number>>();
    for (const [key, ids] of blocks) {
      const since = key.split(' ')[1]!;
      (anchors.get(since) ?? anchors.set(since, new Set()).get(since)!).add(Math.min(...ids.map((id) => t.positions.get(id)!.x)));
    }
    for (const [since, xs] of anchors) if (xs.size > 1) problems.push(`${since}: anchors ${[...xs].join(', ')}`);
    // Lanes top to bottom, apart; every node (its disc) inside its own lane.
    for (let i = 1; i < t.lanes.length; i++)
      if (!(t.lanes[i]!.top < t.lanes[i - 1]!.bottom)) problems.push(`lane ${t.lanes[i]!.key} overlaps ${t.lanes[i - 1]!.key}`);
    const byKey = new Map(t.lanes.map((l) => [l.key, l]));
    g.forEachNode((id, a) => {
      const lane = byKey.get(timelineLane(a));
      const d = disc(id);
      if (!lane || d.y1 > lane.top + 1e-9 || d.y0 < lane.bottom - 1e-9) problems.push(`${id} outside its lane ${timelineLane(a)}`);
    });
    return problems;
  }

  it('on three families: a lane per family in order of first release, then a lane per kind; every promise kept', () => {
    const t = timelineLayout(three);
    expect(t.lanes.map((l) => l.key)).toEqual([
      'family:llama',
      'family:qwen',
      'family:deepseek',
      'kind:family',
      'kind:technique',
      'kind:motivation',
      'kind:source',
    ]);
    expect(t.lanes.map((l) => l.label).slice(0, 4)).toEqual(['LLaMA', 'Qwen', 'DeepSeek', 'Family']);
    expect(t.lanes[1]!.labels.zh).toBe('通义千问');
    expect(broken(three, t)).toEqual([]);
    // A family's releases in one row, in release order.
    const llama = ['llama-1', 'llama-2', 'llama-3', 'llama-3.1', 'llama-4'].map((id) => t.positions.get(id)!);
    for (let i = 1; i < llama.length; i++) expect(llama[i]!.x).toBeGreaterThan(llama[i - 1]!.x);
    // The four DeepSeek releases of 2025-01-20 stack at one x, a row apart.
    const day = three.filterNodes((_id, a) => a.kind === 'version' && a.since === '2025-01-20').map((id) => t.positions.get(id)!);
    expect(day).toHaveLength(4);
    expect(new Set(day.map((p) => p.x)).size).toBe(1);
    expect(new Set(day.map((p) => p.y)).size).toBe(4);
    expect(t.xOfMonth(monthIndex('2024-01'))).toBeLessThan(t.xOfMonth(monthIndex('2024-06')));
  });

  it('lays a crowded date out in columns (the 11 techniques LLaMA brought on 2023-02-24, the 17 Qwen 1.0 brought)', () => {
    const t = timelineLayout(three);
    for (const [day, n] of [
      ['2023-02-24', 11],
      ['2023-08-03', 17],
    ] as const) {
      const block = sameDate(three).get(`kind:technique ${day}`)!;
      expect(block.length, day).toBe(n);
      expect(new Set(block.map((id) => t.positions.get(id)!.x)).size, day).toBeGreaterThan(1);
    }
  });

  it('takes label widths as an input: wider labels, wider columns; any widths, every promise kept', () => {
    const est = timelineLayout(three);
    const wide = timelineLayout(three, { labelWidth: (id, a) => 2 * estimatedLabelWidth(id, a) });
    const narrow = timelineLayout(three, { labelWidth: () => 10 });
    const span = (t: Timeline) => t.xOfMonth(monthIndex('2025-06')) - t.xOfMonth(monthIndex('2023-01'));
    expect(span(wide)).toBeGreaterThan(span(est));
    expect(span(narrow)).toBeLessThan(span(est));
    for (const t of [wide, narrow]) expect(broken(three, t)).toEqual([]);
  });

  it('is the same whatever order the nodes come in', () => {
    const a = timelineLayout(three);
    const shuffled = new Graph({ type: 'directed', multi: true }) as unknown as TimelineGraph;
    const ids = three.nodes();
    for (const id of [...ids.filter((_, i) => i % 2), ...ids.filter((_, i) => !(i % 2))].reverse())
      shuffled.addNode(id, { ...three.getNodeAttributes(id) });
    three.forEachEdge((e, attrs, s, t) => void shuffled.addDirectedEdgeWithKey(e, s, t, { ...attrs }));
    const b = timelineLayout(shuffled);
    for (const id of ids) expect(b.positions.get(id), id).toEqual(a.positions.get(id));
  });

  it('keeps big blocks readable: 120 nodes on one date, labels of every length, English and Chinese, undated nodes', () => {
    const g = new Graph({ type: 'directed', multi: true }) as unknown as TimelineGraph;
    g.addNode('fam', { kind: 'family', since: '2023-01-01', size: 10, label: 'Fam' });
    g.addNode('v1', { kind: 'version', family: 'fam', since: '2023-08-03', size: 16, label: 'Version one' });
    g.addNode('sub1', { kind: 'model', family: 'fam', since: '2023-09-03', size: 16, label: 'Model one' });
    for (let i = 0; i < 120; i++) {
      const words = ['Attention', 'sparse', 'rotary', 'grouped', 'mixture', 'of', 'experts', 'scaling'].slice(0, 1 + ((i * 7) % 8));
      g.addNode(`t${i}`, {
        kind: 'technique',
        since: '2023-08-03',
        label: words.join(' '),
        labels: i % 3 ? {} : { zh: '长'.repeat(1 + (i % 11)) },
        size: 4 + (i % 9),
      });
    }
    for (let i = 0; i < 12; i++)
      g.addNode(`m${i}`, { kind: 'technique', since: `2023-0${1 + (i % 9)}-15`, label: `Method number ${i}`, size: 8 });
    for (let i = 0; i < 15; i++) g.addNode(`u${i}`, { kind: 'motivation', since: '', label: `Undated ${i}`, size: 8 });
    const t = timelineLayout(g);
    expect(
      new Set(
        sameDate(g)
          .get('kind:technique 2023-08-03')!
          .map((id) => t.positions.get(id)!.x),
      ).size,
    ).toBeGreaterThan(2);
    // The sub-model sits in its family's lane with the version.
    expect(t.positions.get('sub1')!.y).toBe(t.positions.get('v1')!.y);
    expect(Math.max(...Array.from({ length: 15 }, (_, i) => t.positions.get(`u${i}`)!.x))).toBeLessThan(t.positions.get('fam')!.x);
    expect(broken(g, t)).toEqual([]);
  });

  it('is what `--layout timeline` writes: the estimated label widths, rounded to 2 decimals', async () => {
    const g = await graphOf(THREE);
    const want = timelineLayout(g as unknown as TimelineGraph);
    await layout(g, { layout: 'timeline' });
    g.forEachNode((id, a) => {
      expect(a.x, id).toBe(Math.round(want.positions.get(id)!.x * 100) / 100);
      expect(a.y, id).toBe(Math.round(want.positions.get(id)!.y * 100) / 100);
    });
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
