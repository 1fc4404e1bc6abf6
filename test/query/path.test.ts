// Paths: true k shortest simple paths, checked against an independent BFS and
// a brute-force enumeration of every simple path, equally short ones ranked by
// an independent reading of the cost rule; hops keep their real direction.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TechGraph } from '../../src/graph/index.js';
import { type Adjacency, allShortest, kShortest, type Paths, paths, QUERY_DEFAULTS } from '../../src/query/index.js';
import { KIND_NAMES, type Kind, RELATIONS } from '../../src/vocabulary/index.js';
import { real, synthetic, value } from './graphs.js';

/** Undirected neighbours over written (or all) edges, built straight from the graph. */
function neighbours(g: TechGraph, inferred: boolean): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  g.forEachNode((n) => m.set(n, new Set()));
  g.forEachEdge((_, a, s, t) => {
    if (a.inferred && !inferred) return;
    m.get(s)!.add(t);
    m.get(t)!.add(s);
  });
  return m;
}

/** Which nodes a path may pass through (the ends always may). */
type Inner = (n: string) => boolean;

/** Shortest distance by plain BFS, going on only from `inner` nodes. */
function distance(nb: Map<string, Set<string>>, from: string, to: string, inner: Inner = () => true): number {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length) {
    const n = queue.shift()!;
    if (n === to) return dist.get(n)!;
    if (n !== from && !inner(n)) continue;
    for (const m of nb.get(n)!)
      if (!dist.has(m)) {
        dist.set(m, dist.get(n)! + 1);
        queue.push(m);
      }
  }
  return Infinity;
}

/** Every simple path of at most `max` hops through `inner` nodes only, by brute force. */
function allPaths(nb: Map<string, Set<string>>, from: string, to: string, max: number, inner: Inner = () => true): string[][] {
  const out: string[][] = [];
  const walk = (path: string[]) => {
    const last = path[path.length - 1]!;
    if (last === to) return void out.push([...path]);
    if (path.length - 1 === max || (path.length > 1 && !inner(last))) return;
    for (const m of nb.get(last)!) if (!path.includes(m)) walk([...path, m]);
  };
  walk([from]);
  return out;
}

/**
 * The documented ranking of equally short paths: each hop costs its cheapest relation (lineage 1,
 * membership or citation 3, anything else 2), each inner node log2 of its number of neighbours.
 */
function cost(g: TechGraph, nb: Map<string, Set<string>>, seq: string[], inferred: boolean): number {
  const citation = ['in_family', 'described_in', 'introduced_in', 'published_by'];
  let c = 0;
  for (let i = 1; i < seq.length; i++) {
    const [a, b] = [seq[i - 1]!, seq[i]!];
    const relations = [...g.edges(a, b), ...g.edges(b, a)]
      .filter((e) => inferred || !g.getEdgeAttribute(e, 'inferred'))
      .map((e) => g.getEdgeAttribute(e, 'relation'));
    c += Math.min(...relations.map((r) => (RELATIONS[r].ancestry ? 1 : citation.includes(r) ? 3 : 2)));
    if (i < seq.length - 1) c += Math.log2(nb.get(b)!.size);
  }
  return c;
}

/** Checks a paths answer against brute force: the k first simple paths by (length, cost, ids), through the kinds asked for. */
function verify(g: TechGraph, p: Paths, inferred: boolean) {
  const nb = neighbours(g, inferred);
  const order = (a: string[], b: string[]) =>
    a.length - b.length || cost(g, nb, a, inferred) - cost(g, nb, b, inferred) || (a.join('\u0000') < b.join('\u0000') ? -1 : 1);
  const inner: Inner = (n) => !p.through || p.through.includes(g.getNodeAttribute(n, 'kind'));
  const got = p.paths.map((x) => x.nodes.map((n) => n.id));
  if (!got.length) {
    expect(distance(nb, p.from.id, p.to.id, inner)).toBe(Infinity);
    return;
  }
  expect(got[0]!.length - 1).toBe(distance(nb, p.from.id, p.to.id, inner));
  const longest = got[got.length - 1]!.length - 1;
  const expected = allPaths(nb, p.from.id, p.to.id, longest, inner).sort(order);
  if (p.k === null) expect(got).toEqual(expected.filter((x) => x.length === got[0]!.length));
  else expect(got).toEqual(expected.slice(0, p.k));
  // Every hop: its edges really join the two nodes, in the direction they claim.
  for (const path of p.paths) {
    expect(path.length).toBe(path.hops.length);
    for (const h of path.hops) {
      expect(h.edges.length).toBeGreaterThan(0);
      for (const e of h.edges) {
        expect([e.source, e.target]).toEqual(e.forward ? [h.from.id, h.to.id] : [h.to.id, h.from.id]);
        expect(g.hasEdge(`${e.source}->${e.relation}->${e.target}`)).toBe(true);
        if (!inferred) expect(e.inferred).toBe(false);
      }
    }
  }
}

describe('paths on the real data', () => {
  it('qwen2 → long-context: every shortest path, through YaRN and through DCA', async () => {
    const g = await real();
    const p = value(paths(g, 'qwen2', 'long-context'));
    verify(g, p, false);
    const seqs = p.paths.map((x) => x.nodes.map((n) => n.id).join(' '));
    expect(seqs).toContain('qwen2 yarn long-context');
    expect(seqs).toContain('qwen2 dca long-context');
    expect(p.paths.every((x) => x.length === 2)).toBe(true);
    expect(p.more).toBe(false);
    const yarn = p.paths.find((x) => x.nodes[1]!.id === 'yarn')!;
    expect(yarn.hops.map((h) => h.edges.map((e) => `${e.source} ${e.relation} ${e.target}`))).toEqual([
      ['qwen2 adopts yarn'],
      ['yarn serves long-context'],
    ]);
    expect(yarn.hops[0]!.edges[0]!.sources).toContain('qwen2-report');
  });

  it.each([
    ['qwen2', 'long-context', 8, false],
    ['qwen2', 'long-context', 2, false],
    ['yarn', 'gqa', 6, false],
    ['qk-norm', 'qwen1', 5, false],
    ['mha', 'reasoning', 4, false],
    ['qwen1', 'qwen3', 4, true],
    ['yarn', 'long-context', 3, true],
  ])('%s → %s, k = %i, inferred %s, are the true k shortest', async (from, to, k, inferred) => {
    const g = await real();
    const p = value(paths(g, from, to, { k, inferred }));
    expect(p.paths.length).toBe(k);
    verify(g, p, inferred);
  });

  it('the direct inferred edge is the shortest when inferred edges are walked', async () => {
    const p = value(paths(await real(), 'qwen2', 'long-context', { inferred: true, k: 1 }));
    expect(p.paths[0]!.hops[0]!.edges).toMatchObject([{ relation: 'pursues', inferred: true, forward: true }]);
  });

  it('walks edges backwards but reports them forwards', async () => {
    const p = value(paths(await real(), 'long-context', 'qwen2', { k: 1 }));
    const [h1, h2] = p.paths[0]!.hops;
    expect(h1!.edges[0]).toMatchObject({ relation: 'serves', forward: false });
    expect(h2!.edges[0]).toMatchObject({ relation: 'adopts', target: h1!.to.id, source: 'qwen2', forward: false });
  });

  it('more says when the cut fell between equally short paths', async () => {
    expect(value(paths(await real(), 'qwen2', 'long-context', { k: 2 })).more).toBe(true);
  });
});

describe('paths on the synthetic fixture', () => {
  it.each([
    ['a3', 'long-ctx', undefined],
    ['a3', 'long-ctx', 7],
    ['norm-a', 'norm-c', 4],
    ['b2', 'a1', 10],
    ['speed', 'alignment', 3],
    ['mq', 'stability', 20],
  ])('%s → %s (k %s)', async (from, to, k) => {
    const g = await synthetic();
    const p = value(paths(g, from, to, k === undefined ? {} : { k }));
    verify(g, p, false);
  });

  it('a node to itself is one path of no hop', async () => {
    const p = value(paths(await synthetic(), 'base', 'BE'));
    expect(p.paths).toEqual([
      { length: 0, nodes: [{ id: 'base', label: 'Base encoding', display: 'Base encoding', kind: 'technique' }], hops: [] },
    ]);
  });

  it('parallel edges are one hop listing both', async () => {
    const p = value(paths(await synthetic(), 'ext2', 'base', { k: 1 }));
    expect(p.paths[0]!.hops[0]!.edges.map((e) => e.relation)).toEqual(['variant_of']);
    const q = value(paths(await synthetic(), 'a2', 'gen', { k: 1, inferred: true }));
    expect(q.paths[0]!.hops[0]!.edges.map((e) => [e.relation, e.inferred])).toEqual([
      ['adopts', false],
      ['introduces', true],
    ]);
  });

  it('bad k, unknown kinds and unknown names are errors', async () => {
    const g = await synthetic();
    const bad = paths(g, 'a1', 'a2', { k: 0 });
    expect(bad.ok ? null : [bad.error.code, bad.error.option?.option, bad.error.option?.actual]).toEqual(['INVALID_OPTION', 'k', '0']);
    const kind = paths(g, 'a1', 'a2', { through: ['versoin' as Kind] });
    expect(kind.ok ? null : [kind.error.code, kind.error.option?.option, kind.error.option?.actual]).toEqual([
      'INVALID_OPTION',
      'through',
      '["versoin"]',
    ]);
    const unknown = paths(g, 'a1', 'zzz');
    expect(unknown.ok ? null : unknown.error.code).toBe('UNKNOWN_NAME');
  });
});

describe('paths through some kinds only', () => {
  // Unrestricted, a2 → comp and b2 → gen go through a version; through techniques only they are one hop longer.
  it.each<[string, string, Kind[] | undefined, number | undefined, string[]]>([
    ['a2', 'comp', undefined, undefined, ['a2 a3 comp']],
    // equally short: through the more specific ext1 (fewer neighbours) before base
    ['a2', 'comp', ['technique'], undefined, ['a2 ext1 ext2 comp', 'a2 base ext2 comp']],
    ['a2', 'comp', ['technique'], 3, ['a2 ext1 ext2 comp', 'a2 base ext2 comp', 'a2 base ext1 ext2 comp']],
    ['b2', 'gen', undefined, undefined, ['b2 b1 gen']],
    ['b2', 'gen', ['technique'], undefined, ['b2 ext2 base gen']],
    // equally short: the line of succession, then a shared technique, then the family they belong to
    ['a1', 'a3', undefined, undefined, ['a1 a2 a3', 'a1 base a3', 'a1 alpha a3']],
    ['a1', 'a3', ['version'], undefined, ['a1 a2 a3']],
    ['a1', 'a3', ['family', 'technique'], undefined, ['a1 base a3', 'a1 alpha a3']],
    ['a1', 'a3', ['technique', 'family', 'technique'], undefined, ['a1 base a3', 'a1 alpha a3']],
    ['a1', 'a3', ['motivation'], undefined, []],
    ['a1', 'a2', [], undefined, ['a1 a2']], // no node in between: the direct hop only
    ['long-ctx', 'a3', ['technique'], undefined, ['long-ctx comp a3', 'long-ctx ext2 a3']],
  ])('%s → %s through %j (k %s)', async (from, to, through, k, want) => {
    const g = await synthetic();
    const p = value(paths(g, from, to, { ...(through ? { through } : {}), ...(k !== undefined ? { k } : {}) }));
    expect(p.paths.map((x) => x.nodes.map((n) => n.id).join(' '))).toEqual(want);
    // `version` stands for every release kind: sub-models may be passed through too.
    const kinds = through?.includes('version') ? [...through, 'model' as const] : through;
    expect(p.through).toEqual(kinds ? [...new Set(kinds)].sort((a, b) => KIND_NAMES.indexOf(a) - KIND_NAMES.indexOf(b)) : null);
    verify(g, p, false);
  });

  it('qwen1 → qwen3 through versions only is the line of succession', async () => {
    const p = value(paths(await real(), 'qwen1', 'qwen3', { through: ['version'] }));
    expect(p.paths.map((x) => x.nodes.map((n) => n.id))).toEqual([['qwen1', 'qwen1.5', 'qwen2', 'qwen2.5', 'qwen3']]);
    expect(p.paths[0]!.hops.flatMap((h) => h.edges.map((e) => `${e.source} ${e.relation} ${e.target}`))).toEqual([
      'qwen1.5 succeeds qwen1',
      'qwen2 succeeds qwen1.5',
      'qwen2.5 succeeds qwen2',
      'qwen3 succeeds qwen2.5',
    ]);
  });
});

describe('the most informative of equally short paths comes first', () => {
  it('DeepSeek-R1 → Qwen2.5: through the distilled model (distilled from R1, based on Qwen2.5), not a shared technique', async () => {
    const g = await real();
    const p = value(paths(g, 'deepseek-r1', 'qwen2.5'));
    verify(g, p, false);
    expect(p.paths.length).toBeGreaterThan(1);
    expect(p.paths[0]!.nodes.map((n) => n.id)).toEqual(['deepseek-r1', 'deepseek-r1-distill-qwen', 'qwen2.5']);
    expect(p.paths[0]!.hops.flatMap((h) => h.edges.map((e) => e.relation)).sort()).toEqual(['based_on', 'distilled_from', 'variant_of']);
  });

  it('DeepSeek-V3 → Qwen2.5: a shared technique with fewer neighbours before byte-level BPE', async () => {
    const g = await real();
    const p = value(paths(g, 'deepseek-v3', 'qwen2.5'));
    verify(g, p, false);
    const middles = p.paths.map((x) => x.nodes[1]!.id);
    expect(middles).toContain('byte-level-bpe');
    expect(middles[0]).not.toBe('byte-level-bpe');
  });

  it.each([
    ['deepseek-r1', 'qwen2.5'],
    ['deepseek-v3', 'qwen2.5'],
    ['qwen1', 'qwen3'],
    ['llama-2', 'gqa'],
    ['yarn', 'gqa'],
  ])('%s → %s: k = 1 (the viewer) gives the first of every shortest path (the CLI)', async (from, to) => {
    const g = await real();
    expect(value(paths(g, from, to, { k: 1 })).paths).toEqual(value(paths(g, from, to)).paths.slice(0, 1));
  });

  it('--through version lets sub-models through: R1 reaches Qwen2.5 through its distilled model', async () => {
    const g = await real();
    const p = value(paths(g, 'deepseek-r1', 'qwen2.5', { through: ['version'] }));
    expect(p.through).toEqual(['version', 'model']);
    expect(p.paths.map((x) => x.nodes.map((n) => n.id))).toEqual([['deepseek-r1', 'deepseek-r1-distill-qwen', 'qwen2.5']]);
    verify(g, p, false);
    // `model` alone keeps to sub-models.
    expect(value(paths(g, 'deepseek-r1', 'qwen2.5', { through: ['model'] })).through).toEqual(['model']);
  });
});

describe("Yen's algorithm and the shortest-path walk on random graphs", () => {
  it('give exactly the brute-force answer: the k first simple paths by (length, ids), every shortest path', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: ids.length }),
        fc.array(fc.tuple(fc.nat(ids.length - 1), fc.nat(ids.length - 1)), { maxLength: 20 }),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length }),
        (n, pairs, k, innerFlags) => {
          const nodes = ids.slice(0, n);
          const nb = new Map(nodes.map((x) => [x, new Set<string>()]));
          for (const [x, y] of pairs) {
            const [p, q] = [nodes[x % n]!, nodes[y % n]!];
            if (p === q) continue;
            nb.get(p)!.add(q);
            nb.get(q)!.add(p);
          }
          const adj: Adjacency = new Map(nodes.map((x) => [x, new Map([...nb.get(x)!].sort().map((y) => [y, [`${x}-${y}`]]))]));
          const inner = (x: string) => innerFlags[ids.indexOf(x)]!;
          const [from, to] = [nodes[0]!, nodes[n - 1]!];
          // Yen's order: length, then code-unit order of the ids (the cost ranking is the query's, above it).
          const every = allPaths(nb, from, to, n, inner).sort(
            (a, b) => a.length - b.length || (a.join('\u0000') < b.join('\u0000') ? -1 : 1),
          );
          expect(kShortest(adj, from, to, k, inner)).toEqual(every.slice(0, k));
          const shortest = every.filter((p) => p.length === every[0]?.length);
          expect(allShortest(adj, from, to, k, inner)).toEqual(shortest.slice(0, k));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('path bounds', () => {
  /** A chain t0 - t1 - … - t(n-1) as an adjacency. */
  const chain = (n: number): Adjacency => {
    const adj: Adjacency = new Map();
    for (let i = 0; i < n; i++) {
      const m = new Map<string, string[]>();
      for (const j of [i - 1, i + 1].filter((j) => j >= 0 && j < n).sort((x, y) => (`t${x}` < `t${y}` ? -1 : 1))) m.set(`t${j}`, ['e']);
      adj.set(`t${i}`, m);
    }
    return adj;
  };

  it('one path down a chain of 20,000 is one search, not one per node (every shortest path, and k = 5)', () => {
    const adj = chain(20_000);
    const want = Array.from({ length: 20_000 }, (_, i) => `t${i}`);
    expect(allShortest(adj, 't0', 't19999', 51)).toEqual([want]);
    expect(kShortest(adj, 't0', 't19999', 5)).toEqual([want]);
  });

  it('k above the limit is refused, unless the limit is raised', async () => {
    const g = await synthetic();
    const over = paths(g, 'a1', 'a2', { k: QUERY_DEFAULTS.maxK + 1 });
    expect(over.ok ? null : over.error.code).toBe('INVALID_OPTION');
    expect(paths(g, 'a1', 'a2', { k: QUERY_DEFAULTS.maxK + 1, maxK: QUERY_DEFAULTS.maxK + 1 }).ok).toBe(true);
  });
});
