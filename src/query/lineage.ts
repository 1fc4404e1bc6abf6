/**
 * Lineage: where a technique comes from (ancestors, back to the roots) and
 * what came from it (descendants), as trees with the relation and sources at
 * every hop, plus its companions: `complements` and the neutral, symmetric
 * `alternative_to`, either direction (neither is ancestry).
 * Walks the vocabulary's ancestry relations (for releases these include
 * `distilled_from`: a student comes from its teacher); safe on cycles
 * (`replaces` may form one); every node is expanded once, at its shallowest depth.
 */
import { ANCESTRY_RELATIONS, cmp, RELEASE_KINDS, type Relation, relationLabel } from '../vocabulary/index.js';
import { type EdgeInfo, edgeInfo, edgesOf, type NodeRef, nodeRef, ok, type QueryGraph, querySettings, type Result } from './common.js';
import type { Direction, QuerySettings } from './options.js';
import { resolve } from './resolve.js';

/** Options of `lineage`: directions (default both) and depth (default unlimited); see QUERY_DEFAULTS. */
export type LineageOptions = Partial<Pick<QuerySettings, 'directions' | 'depth'>>;

/** One edge of a hop, with how it reads from the tree parent: "extends", "extended by". */
export interface LineageEdge extends EdgeInfo {
  reading: string;
}

/** A node of a lineage tree. */
export interface LineageNode extends NodeRef {
  depth: number;
  /** Edges joining this node to its tree parent (several when two relations join them); empty at the root. */
  via: LineageEdge[];
  children: LineageNode[];
  /** Expanded at another place of this tree (its shallowest one); not expanded here. */
  repeat: boolean;
  /** Already on the way from the root to here: a cycle, not expanded. */
  cycle: boolean;
  /** Has further relatives beyond the depth limit. */
  truncated: boolean;
}

/** A relative with its distance in hops. */
export interface Relative extends NodeRef {
  depth: number;
}

/** Relations that make a companion (used with it, or an alternative to it), walked both ways. */
export const COMPANION_RELATIONS: ReadonlySet<Relation> = new Set<Relation>(['complements', 'alternative_to']);

/** A companion: a technique joined to it by `complements` or `alternative_to`, in either direction or both. */
export interface Companion extends NodeRef {
  /** The companion edges between the two, by key. */
  edges: EdgeInfo[];
}

/** The answer of `lineage`. */
export interface Lineage {
  node: NodeRef;
  /** Ancestor tree rooted at the node, or null when not asked. */
  up: LineageNode | null;
  /** Descendant tree rooted at the node, or null when not asked. */
  down: LineageNode | null;
  /** Every ancestor once, nearest first (then by id). */
  ancestors: Relative[];
  /** Every descendant once, nearest first (then by id). */
  descendants: Relative[];
  /** Ancestors (or the node itself) with no ancestor of their own, by id; empty when `up` was not asked. */
  roots: NodeRef[];
  /** Techniques used together with it, by id. */
  companions: Companion[];
}

const ANCESTRY_SET = new Set(ANCESTRY_RELATIONS);
const isAncestryEdge = (graph: QueryGraph) => (e: string) => ANCESTRY_SET.has(graph.getEdgeAttribute(e, 'relation'));

/** Neighbours one ancestry hop away: node id → the edges joining them, sorted. */
export function relatives(graph: QueryGraph, node: string, direction: Direction): Map<string, string[]> {
  const edges = edgesOf(graph, node, direction === 'up' ? 'out' : 'in', ANCESTRY_SET);
  const out = new Map<string, string[]>();
  for (const e of edges) {
    const other = direction === 'up' ? graph.target(e) : graph.source(e);
    (out.get(other) ?? out.set(other, []).get(other)!).push(e);
  }
  return new Map([...out].sort(([a], [b]) => cmp(a, b)));
}

/** Breadth-first distances from `start` along ancestry edges, up to `depth` hops (start at 0). */
export function distances(graph: QueryGraph, start: string, direction: Direction, depth = Infinity): Map<string, number> {
  const dist = new Map<string, number>([[start, 0]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i]!;
    const d = dist.get(n)!;
    if (d >= depth) continue;
    for (const other of relatives(graph, n, direction).keys()) {
      if (dist.has(other)) continue;
      dist.set(other, d + 1);
      queue.push(other);
    }
  }
  return dist;
}

/**
 * The lineage tree of `start` in one direction. Built depth-first with an
 * explicit stack, not by recursion: a chain thousands of techniques long
 * must not exhaust the call stack.
 */
export function lineageTree(graph: QueryGraph, start: string, direction: Direction, depth = Infinity): LineageNode {
  const dist = distances(graph, start, direction, depth);
  const expanded = new Set<string>();
  const onPath = new Set<string>();
  const reading = (e: string) => {
    const r = graph.getEdgeAttribute(e, 'relation');
    return relationLabel(r, direction === 'up' ? 'out' : 'in');
  };
  /** Nodes being expanded, root first: each with its relatives and the next one to visit. */
  const open: { node: LineageNode; next: [string, string[]][]; i: number }[] = [];
  /** The node of `id` at depth `d`; when it is to be expanded, it is pushed on `open`. */
  const visit = (id: string, d: number, via: string[]): LineageNode => {
    const node: LineageNode = {
      ...nodeRef(graph, id),
      depth: d,
      via: via.map((e) => ({ ...edgeInfo(graph, e), reading: reading(e) })),
      children: [],
      repeat: false,
      cycle: false,
      truncated: false,
    };
    if (onPath.has(id)) node.cycle = true;
    else if (expanded.has(id) || (dist.get(id) ?? Infinity) < d) node.repeat = true;
    else {
      const next = relatives(graph, id, direction);
      if (d >= depth) node.truncated = next.size > 0;
      else {
        expanded.add(id);
        onPath.add(id);
        open.push({ node, next: [...next], i: 0 });
      }
    }
    return node;
  };
  const root = visit(start, 0, []);
  while (open.length) {
    const top = open[open.length - 1]!;
    if (top.i === top.next.length) {
      onPath.delete(top.node.id);
      open.pop();
      continue;
    }
    const [other, edges] = top.next[top.i++]!;
    top.node.children.push(visit(other, top.node.depth + 1, edges));
  }
  return root;
}

/** Relatives (excluding `start`) nearest first, then by id. */
function flat(graph: QueryGraph, dist: Map<string, number>, start: string): Relative[] {
  return [...dist]
    .filter(([id]) => id !== start)
    .sort(([a, da], [b, db]) => da - db || cmp(a, b))
    .map(([id, depth]) => ({ ...nodeRef(graph, id), depth }));
}

/**
 * The lineage of a technique (or of a release: its `succeeds`, `based_on`,
 * `variant_of` and `distilled_from` chain). `name` is resolved by id, label or alias.
 */
export function lineage(graph: QueryGraph, name: string, options: LineageOptions = {}): Result<Lineage> {
  const o = querySettings(options);
  if (!o.ok) return o;
  const found = resolve(graph, name, { kinds: ['technique', ...RELEASE_KINDS] });
  if (!found.ok) return found;
  const id = found.value;
  const dirs = o.value.directions;
  const depth = o.value.depth;
  const wantUp = dirs.includes('up');
  const wantDown = dirs.includes('down');
  const upDist = wantUp ? distances(graph, id, 'up', depth) : new Map<string, number>();
  const downDist = wantDown ? distances(graph, id, 'down', depth) : new Map<string, number>();
  const isEdge = isAncestryEdge(graph);
  const roots = wantUp
    ? [...upDist.keys()]
        .filter((n) => !graph.outEdges(n).some(isEdge))
        .sort(cmp)
        .map((n) => nodeRef(graph, n))
    : [];
  const byCompanion = new Map<string, string[]>();
  for (const e of [...edgesOf(graph, id, 'out', COMPANION_RELATIONS), ...edgesOf(graph, id, 'in', COMPANION_RELATIONS)]) {
    const other = graph.source(e) === id ? graph.target(e) : graph.source(e);
    (byCompanion.get(other) ?? byCompanion.set(other, []).get(other)!).push(e);
  }
  const companions = [...byCompanion]
    .sort(([a], [b]) => cmp(a, b))
    .map(([other, edges]) => ({ ...nodeRef(graph, other), edges: edges.sort(cmp).map((e) => edgeInfo(graph, e)) }));
  return ok({
    node: nodeRef(graph, id),
    up: wantUp ? lineageTree(graph, id, 'up', depth) : null,
    down: wantDown ? lineageTree(graph, id, 'down', depth) : null,
    ancestors: flat(graph, upDist, id),
    descendants: flat(graph, downDist, id),
    roots,
    companions,
  });
}
