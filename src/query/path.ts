/**
 * Paths: the k shortest paths between two nodes, the "why" question
 * (`qwen2` → `yarn` → `long-context`). Edges are walked in both directions,
 * but every hop reports its edges with their real direction, relation and
 * sources. Yen's algorithm over breadth-first search: true shortest simple
 * paths, found in O(k · L · (V + E)). Paths are sequences of distinct nodes;
 * parallel edges between two nodes are one hop listing all of them.
 * Inferred edges (`pursues`, `introduces`) are left out unless asked: they
 * summarise the very paths the question is about.
 * Among equally short paths the most informative comes first (`pathCost`):
 * lineage hops (succeeds, based_on, distilled_from, extends …) before
 * adoptions and other technique relations, before memberships and citations,
 * and specific nodes before hubs that everything touches (byte-level BPE, a
 * family): the CLI and the viewer (k = 1) show the same first path.
 */
import { cmp, KIND_NAMES, type Kind, RELEASE_KINDS, type Relation, relationSpec } from '../vocabulary/index.js';
import { type EdgeInfo, edgeInfo, type NodeRef, nodeRef, ok, type QueryGraph, querySettings, type Result } from './common.js';
import type { QuerySettings } from './options.js';
import { resolve } from './resolve.js';

/**
 * Options of `paths`: `k` paths, or without it every shortest path (every
 * path of the minimum length, at most `allShortestLimit`); `inferred` edges
 * walked too (default false); the kinds `through` which a path may pass
 * (default every kind; the ends may be of any kind; `version` stands for every
 * release kind, versions and sub-models, `model` for sub-models only). See
 * QUERY_DEFAULTS.
 */
export type PathOptions = Partial<Pick<QuerySettings, 'k' | 'inferred' | 'through' | 'allShortestLimit'>>;

/** An edge of a hop; `forward` when it points from the hop's `from` to its `to`. */
export interface PathEdge extends EdgeInfo {
  forward: boolean;
}

/** One step of a path. */
export interface Hop {
  from: NodeRef;
  to: NodeRef;
  /** Every walkable edge joining the two nodes, written ones first, then by key. */
  edges: PathEdge[];
}

/** One path. */
export interface Path {
  /** Number of hops. */
  length: number;
  nodes: NodeRef[];
  hops: Hop[];
}

/** The answer of `paths`. */
export interface Paths {
  from: NodeRef;
  to: NodeRef;
  /** The k asked for, or null for "every shortest path". */
  k: number | null;
  /** The kinds inner nodes were restricted to, in declaration order, or null for every kind. */
  through: Kind[] | null;
  /** Another path as short as the last one exists but was left out (ask for a larger k). */
  more: boolean;
  /** Shortest first; equal lengths by `pathCost` (most informative first), then in code-unit order of their node ids. */
  paths: Path[];
}

/** Undirected adjacency over walkable edges: node → neighbour (sorted) → edge keys. */
export type Adjacency = Map<string, Map<string, string[]>>;

/** Builds the undirected adjacency of the walkable edges. */
export function adjacency(graph: QueryGraph, options: { inferred?: boolean } = {}): Adjacency {
  const adj: Adjacency = new Map();
  graph.forEachNode((n) => adj.set(n, new Map()));
  const add = (a: string, b: string, e: string) => {
    const m = adj.get(a)!;
    (m.get(b) ?? m.set(b, []).get(b)!).push(e);
  };
  graph.forEachEdge((e, attr, s, t) => {
    if (attr.inferred && !options.inferred) return;
    add(s, t, e);
    if (s !== t) add(t, s, e);
  });
  for (const [n, m] of adj) adj.set(n, new Map([...m].sort(([a], [b]) => cmp(a, b)).map(([o, es]) => [o, es.sort(cmp)])));
  return adj;
}

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

/** Breadth-first shortest path avoiding some nodes and some (directed) steps; null when there is none. */
function bfs(
  adj: Adjacency,
  from: string,
  to: string,
  bannedNodes: ReadonlySet<string>,
  bannedSteps: ReadonlySet<string>,
  inner: (n: string) => boolean,
): string[] | null {
  if (from === to) return [from];
  const parent = new Map<string, string>([[from, '']]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    for (const m of adj.get(n)!.keys()) {
      if (parent.has(m) || bannedNodes.has(m) || bannedSteps.has(pairKey(n, m))) continue;
      parent.set(m, n);
      if (m === to) {
        const path = [to];
        for (let p = n; p !== ''; p = parent.get(p)!) path.push(p);
        return path.reverse();
      }
      if (inner(m)) queue.push(m);
    }
  }
  return null;
}

const compareSeq = (a: readonly string[], b: readonly string[]) => {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const c = cmp(a[i]!, b[i]!);
    if (c) return c;
  }
  return 0;
};

/** Most paths of the cut length enumerated to rank them. */
const RANKED_LIMIT = 500;

/**
 * What a hop through a relation costs: lineage (the vocabulary's ancestry
 * relations) 1; a release's statement about a technique, and relations among
 * techniques and motivations, 2; memberships and citations (in_family,
 * described_in, introduced_in, published_by) 3.
 */
export function relationCost(relation: Relation): number {
  if (relationSpec(relation).ancestry) return 1;
  return relation === 'in_family' || relation === 'described_in' || relation === 'introduced_in' || relation === 'published_by' ? 3 : 2;
}

/**
 * How little a path tells (lower is more informative), to rank paths of the
 * same length: each hop costs its cheapest relation (`relationCost`), each
 * node between the ends log₂ of its number of neighbours, so a path through a
 * hub that links everything ranks after one through a specific node.
 */
export function pathCost(graph: QueryGraph, adj: Adjacency, seq: readonly string[]): number {
  let cost = 0;
  for (let i = 1; i < seq.length; i++) {
    const edges = adj.get(seq[i - 1]!)?.get(seq[i]!) ?? [];
    cost += Math.min(...edges.map((e) => relationCost(graph.getEdgeAttribute(e, 'relation'))));
    if (i < seq.length - 1) cost += Math.log2(adj.get(seq[i]!)!.size);
  }
  return cost;
}

/**
 * Yen's k shortest simple paths between two node ids, as node sequences,
 * shortest first (ties in code-unit order of the ids). `maxHops` stops at
 * paths longer than that; `inner` says which nodes a path may pass through.
 */
export function kShortest(
  adj: Adjacency,
  from: string,
  to: string,
  k: number,
  inner: (n: string) => boolean = () => true,
  maxHops = Infinity,
): string[][] {
  const first = bfs(adj, from, to, new Set(), new Set(), inner);
  if (!first) return [];
  const found: string[][] = [first];
  const seen = new Set([first.join('\u0000')]);
  const candidates: string[][] = [];
  while (found.length < k) {
    const prev = found[found.length - 1]!;
    for (let i = 0; i < prev.length - 1; i++) {
      const spur = prev[i]!;
      const root = prev.slice(0, i + 1);
      const bannedSteps = new Set<string>();
      for (const p of found) if (p.length > i + 1 && compareSeq(p.slice(0, i + 1), root) === 0) bannedSteps.add(pairKey(p[i]!, p[i + 1]!));
      const spurPath = bfs(adj, spur, to, new Set(root.slice(0, i)), bannedSteps, inner);
      if (!spurPath) continue;
      const path = [...root.slice(0, i), ...spurPath];
      const key = path.join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(path);
    }
    if (!candidates.length) break;
    candidates.sort(compareSeq);
    if (candidates[0]!.length - 1 > maxHops) break;
    found.push(candidates.shift()!);
  }
  return found;
}

function shortestHops(adj: Adjacency, from: string, to: string, inner: (n: string) => boolean): number {
  const p = bfs(adj, from, to, new Set(), new Set(), inner);
  return p ? p.length - 1 : Infinity;
}

/** The k shortest paths between the nodes named `fromName` and `toName`. */
export function paths(graph: QueryGraph, fromName: string, toName: string, options: PathOptions = {}): Result<Paths> {
  const o = querySettings(options);
  if (!o.ok) return o;
  const { k } = o.value;
  const a = resolve(graph, fromName);
  if (!a.ok) return a;
  const b = resolve(graph, toName);
  if (!b.ok) return b;
  const adj = adjacency(graph, o.value);
  const asked = o.value.through?.includes('version') ? [...o.value.through, ...RELEASE_KINDS] : o.value.through;
  const through = asked ? KIND_NAMES.filter((kind) => asked.includes(kind)) : null;
  const inner = through ? (n: string) => through.includes(graph.getNodeAttribute(n, 'kind')) : () => true;
  const limit = k ?? o.value.allShortestLimit;
  // Every path up to the length of the last one asked for, so that ties at the cut are ranked too.
  const shortest = shortestHops(adj, a.value, b.value, inner);
  const cut = k === undefined || !Number.isFinite(shortest) ? shortest : kShortest(adj, a.value, b.value, k, inner).at(-1)!.length - 1;
  const all = Number.isFinite(cut) ? kShortest(adj, a.value, b.value, RANKED_LIMIT, inner, cut) : [];
  const costs = new Map(all.map((seq) => [seq, pathCost(graph, adj, seq)]));
  all.sort((x, y) => x.length - y.length || costs.get(x)! - costs.get(y)! || compareSeq(x, y));
  const seqs = all.slice(0, limit);
  const last = seqs[seqs.length - 1];
  const more = last !== undefined && ((all[limit]?.length ?? 0) === last.length || all.length === RANKED_LIMIT);
  return ok({
    from: nodeRef(graph, a.value),
    to: nodeRef(graph, b.value),
    k: k ?? null,
    through,
    more,
    paths: seqs.map((seq) => ({
      length: seq.length - 1,
      nodes: seq.map((n) => nodeRef(graph, n)),
      hops: seq.slice(1).map((to, i) => {
        const from = seq[i]!;
        const edges = [...(adj.get(from)!.get(to) ?? [])]
          .map((e) => ({ ...edgeInfo(graph, e), forward: graph.source(e) === from }))
          .sort(
            (x, y) =>
              Number(x.inferred) - Number(y.inferred) ||
              cmp(`${x.source}->${x.relation}->${x.target}`, `${y.source}->${y.relation}->${y.target}`),
          );
        return { from: nodeRef(graph, from), to: nodeRef(graph, to), edges };
      }),
    })),
  });
}
