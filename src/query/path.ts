/**
 * Paths: the k shortest paths between two nodes, the "why" question
 * (`qwen2` → `yarn` → `long-context`). Edges are walked in both directions,
 * but every hop reports its edges with their real direction, relation and
 * sources. Yen's algorithm over breadth-first search: true shortest simple
 * paths, found in O(k · L · (V + E)), k at most `maxK` unless raised; every
 * shortest path (no k) in O(V + E) plus the paths' own length. Paths are
 * sequences of distinct nodes;
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
import { type EdgeInfo, edgeInfo, fail, type NodeRef, nodeRef, ok, type QueryGraph, querySettings, type Result } from './common.js';
import type { QuerySettings } from './options.js';
import { resolve } from './resolve.js';

/**
 * Options of `paths`: `k` paths, or without it every shortest path (every
 * path of the minimum length, at most `allShortestLimit`); `inferred` edges
 * walked too (default false); `k` at most `maxK` (default 1,000: Yen's
 * algorithm costs O(k · L · (V + E))); the kinds `through` which a path may pass
 * (default every kind; the ends may be of any kind; `version` stands for every
 * release kind, versions and sub-models, `model` for sub-models only). See
 * QUERY_DEFAULTS.
 */
export type PathOptions = Partial<Pick<QuerySettings, 'k' | 'maxK' | 'inferred' | 'through' | 'allShortestLimit'>>;

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

const NONE: ReadonlySet<string> = new Set();

/**
 * Breadth-first shortest path from `from` to `to`, avoiding `bannedNodes`
 * and, on the first step only, the neighbours in `bannedFirst`; null when
 * there is none. Only `inner` nodes are gone through.
 */
function bfs(
  adj: Adjacency,
  from: string,
  to: string,
  bannedNodes: ReadonlySet<string>,
  bannedFirst: { has(n: string): boolean },
  inner: (n: string) => boolean,
): string[] | null {
  if (from === to) return [from];
  const parent = new Map<string, string>([[from, '']]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    for (const m of adj.get(n)!.keys()) {
      if (parent.has(m) || bannedNodes.has(m) || (i === 0 && bannedFirst.has(m))) continue;
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

/** A candidate of Yen's algorithm: a path and the index of its spur node (where it leaves the path it came from). */
interface Candidate {
  path: string[];
  spur: number;
}

/** A binary min-heap of candidates, shortest first, ties in code-unit order of their ids. */
class CandidateHeap {
  private readonly items: Candidate[] = [];
  get size(): number {
    return this.items.length;
  }
  push(c: Candidate): void {
    const a = this.items;
    a.push(c);
    for (let i = a.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (compareSeq(a[up]!.path, a[i]!.path) <= 0) break;
      [a[up], a[i]] = [a[i]!, a[up]!];
      i = up;
    }
  }
  pop(): Candidate | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && compareSeq(a[l]!.path, a[m]!.path) < 0) m = l;
        if (r < a.length && compareSeq(a[r]!.path, a[m]!.path) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** Paths found so far as a prefix tree: the children of a prefix are the next nodes of every found path that starts with it. */
type Trie = Map<string, Trie>;

/**
 * Yen's simple paths between two node ids, as node sequences, shortest
 * first (ties in code-unit order of the ids), one at a time as they are
 * asked for; `inner` says which nodes a path may pass through. O(k · L ·
 * (V + E)) for k paths: each path found is spurred at each of its nodes from
 * where it left its parent on (Lawler), once, with one breadth-first search;
 * the paths found share a prefix tree, so the steps to ban at a spur node
 * are its children there, and the candidates wait in a heap.
 */
export function* yenPaths(adj: Adjacency, from: string, to: string, inner: (n: string) => boolean = () => true): Generator<string[]> {
  const first = bfs(adj, from, to, NONE, NONE, inner);
  if (!first) return;
  const trie: Trie = new Map();
  const remember = (path: readonly string[]) => {
    let t = trie;
    for (const n of path) t = t.get(n) ?? t.set(n, new Map()).get(n)!;
  };
  const seen = new Set([first.join('\u0000')]);
  const candidates = new CandidateHeap();
  for (let prev: Candidate | undefined = { path: first, spur: 0 }; prev; prev = candidates.pop()) {
    const path = prev.path;
    remember(path);
    yield path;
    const rootNodes = new Set<string>();
    let t = trie;
    for (let i = 0; i < path.length - 1; i++) {
      t = t.get(path[i]!)!; // the found paths that start with path[0..i]; its keys are the steps to ban
      if (i > 0) rootNodes.add(path[i - 1]!);
      if (i < prev.spur) continue; // spurs before it were tried with the path it came from
      const spurPath = bfs(adj, path[i]!, to, rootNodes, t, inner);
      if (!spurPath) continue;
      const candidate = [...path.slice(0, i), ...spurPath];
      const key = candidate.join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ path: candidate, spur: i });
    }
  }
}

/** The first `k` of `yenPaths`, none longer than `maxHops`. */
export function kShortest(
  adj: Adjacency,
  from: string,
  to: string,
  k: number,
  inner: (n: string) => boolean = () => true,
  maxHops = Infinity,
): string[][] {
  const out: string[][] = [];
  for (const p of yenPaths(adj, from, to, inner)) {
    if (out.length >= k || p.length - 1 > maxHops) break;
    out.push(p);
  }
  return out;
}

/**
 * Every shortest path (up to `limit`), in code-unit order of their ids, in
 * O(V + E + limit · L): one breadth-first search from `to` gives each node's
 * distance, then the paths are walked from `from` along steps that come one
 * hop closer. A single path down a chain of 20,000 costs one search, not one
 * per node.
 */
export function allShortest(
  adj: Adjacency,
  from: string,
  to: string,
  limit: number,
  inner: (n: string) => boolean = () => true,
): string[][] {
  if (from === to) return [[from]];
  const dist = new Map<string, number>([[to, 0]]);
  const queue = [to];
  for (let i = 0; i < queue.length && !dist.has(from); i++) {
    const n = queue[i]!;
    const d = dist.get(n)! + 1;
    for (const m of adj.get(n)!.keys()) {
      if (dist.has(m)) continue;
      dist.set(m, d);
      if (m !== from && inner(m)) queue.push(m);
    }
  }
  const hops = dist.get(from);
  if (hops === undefined) return [];
  const out: string[][] = [];
  // Depth-first, neighbours in id order: the paths come out sorted.
  const path = [from];
  const stack: { next: string[]; i: number }[] = [];
  const steps = (n: string, d: number) => [...adj.get(n)!.keys()].filter((m) => dist.get(m) === d - 1 && (m === to || inner(m)));
  stack.push({ next: steps(from, hops), i: 0 });
  while (stack.length && out.length < limit) {
    const top = stack[stack.length - 1]!;
    if (top.i === top.next.length) {
      stack.pop();
      path.pop();
      continue;
    }
    const m = top.next[top.i++]!;
    path.push(m);
    if (m === to) {
      out.push([...path]);
      path.pop();
    } else stack.push({ next: steps(m, hops - path.length + 1), i: 0 });
  }
  return out;
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
  if (k !== undefined && k > o.value.maxK)
    return fail('INVALID_OPTION', `k is at most ${o.value.maxK}, the limit on k (maxK, --max-k N, raises it); got ${k}`);
  // Every path up to the length of the last one asked for, so that ties at the cut are ranked too: at most
  // RANKED_LIMIT of them, or k and one more. Every shortest path (no k) comes from one search and a walk.
  const cap = Math.max(RANKED_LIMIT, limit + 1);
  let all: string[][];
  if (k === undefined) all = allShortest(adj, a.value, b.value, cap, inner);
  else {
    all = [];
    let cut = Infinity;
    for (const p of yenPaths(adj, a.value, b.value, inner)) {
      if (p.length - 1 > cut || all.length >= cap) break;
      all.push(p);
      if (all.length === k) cut = p.length - 1;
    }
  }
  const costs = new Map(all.map((seq) => [seq, pathCost(graph, adj, seq)]));
  all.sort((x, y) => x.length - y.length || costs.get(x)! - costs.get(y)! || compareSeq(x, y));
  const seqs = all.slice(0, limit);
  const last = seqs[seqs.length - 1];
  const more = last !== undefined && ((all[limit]?.length ?? 0) === last.length || all.length === cap);
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
