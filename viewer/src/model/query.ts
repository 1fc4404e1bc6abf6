/**
 * The viewer's view of the query library (src/query): lineage and shortest
 * path come from there, never from a second implementation. This adapter only
 * turns their answers into what the renderer highlights (node and edge sets)
 * and what the details panel lists.
 */

import { edgeKey } from '../../../src/graph/index.js';
import { type LineageNode, type QueryGraph, lineage as queryLineage, paths as queryPaths } from '../../../src/query/index.js';
import { isRelation } from '../../../src/vocabulary/index.js';
import type { ViewGraph } from './normalise.js';

export interface Highlight {
  nodes: Set<string>;
  edges: Set<string>;
}

export interface LineageView extends Highlight {
  ancestors: { id: string; depth: number }[];
  descendants: { id: string; depth: number }[];
  companions: string[];
}

export interface PathView extends Highlight {
  /** Node ids from start to end; empty when there is no path. */
  order: string[];
  /** Per hop: the edges joining order[i] and order[i+1]. */
  hops: { relation: string; forward: boolean; edge: string }[][];
}

/** The edge key of (source, relation, target) in this graph, if present. */
function edgeKeyOf(graph: ViewGraph, source: string, relation: string, target: string): string | undefined {
  const key = isRelation(relation) ? edgeKey(source, relation, target) : undefined;
  if (key !== undefined && graph.hasEdge(key)) return key;
  if (!graph.hasNode(source) || !graph.hasNode(target)) return undefined;
  return graph.edges(source, target).find((e) => graph.getEdgeAttribute(e, 'relation') === relation);
}

/** Ancestors and descendants of `id`, with the ancestry edges between them. */
export function lineageOf(graph: ViewGraph, id: string): LineageView | null {
  let res: ReturnType<typeof queryLineage>;
  try {
    res = queryLineage(graph as unknown as QueryGraph, id);
  } catch {
    return null;
  }
  if (!res.ok) return null;
  const v = res.value;
  const nodes = new Set<string>([id]);
  const edges = new Set<string>();
  // With a stack, not by recursion: a chain thousands of nodes long must not exhaust the call stack.
  const stack = [v.up, v.down].filter((n): n is LineageNode => n !== null);
  while (stack.length) {
    const n = stack.pop()!;
    nodes.add(n.id);
    for (const e of n.via) {
      const k = edgeKeyOf(graph, e.source, e.relation, e.target);
      if (k) edges.add(k);
    }
    for (const c of n.children) stack.push(c);
  }
  return {
    nodes,
    edges,
    ancestors: v.ancestors.map((r) => ({ id: r.id, depth: r.depth })),
    descendants: v.descendants.map((r) => ({ id: r.id, depth: r.depth })),
    companions: v.companions.map((c) => c.id),
  };
}

/** The shortest path between two nodes (edges walked either way, written relations only). */
export function pathBetween(graph: ViewGraph, from: string, to: string): PathView | null {
  let res: ReturnType<typeof queryPaths>;
  try {
    res = queryPaths(graph as unknown as QueryGraph, from, to, { k: 1 });
  } catch {
    return null;
  }
  if (!res.ok) return null;
  const best = res.value.paths[0];
  if (!best) return { nodes: new Set(), edges: new Set(), order: [], hops: [] };
  const edges = new Set<string>();
  const hops = best.hops.map((h) =>
    h.edges.flatMap((e) => {
      const k = edgeKeyOf(graph, e.source, e.relation, e.target);
      if (!k) return [];
      edges.add(k);
      return [{ relation: e.relation, forward: e.forward, edge: k }];
    }),
  );
  return { nodes: new Set(best.nodes.map((n) => n.id)), edges, order: best.nodes.map((n) => n.id), hops };
}
