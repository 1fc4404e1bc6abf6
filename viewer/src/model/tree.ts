/**
 * The lineage tree of a technique, a release or a family: the root (for a
 * family, each of its releases), every ancestor and descendant along the
 * lineage relations (the vocabulary's `ancestry` flag: extends, variant_of,
 * derived_from, succeeds, based_on, …; symmetric ones such as alternative_to
 * too), and the lineage edges between them, each oriented from the older
 * node to the newer (ancestor → descendant; a symmetric edge by date). The
 * walk is the query library's (breadth-first, iterative). Pure: the layered
 * drawing is tree-layout.ts.
 */
import { distances, type QueryGraph } from '../../../src/query/index.js';
import { isRelation, isRelease, RELATION_NAMES, RELATIONS, relationSpec } from '../../../src/vocabulary/index.js';
import type { ViewGraph } from './normalise.js';

/** Kinds a lineage walk starts from: the tails of the ancestry relations (techniques, releases). */
export const LINEAGE_KINDS: ReadonlySet<string> = new Set(
  RELATION_NAMES.filter((r) => RELATIONS[r].ancestry).flatMap((r) => RELATIONS[r].from as readonly string[]),
);

/** Kinds with a lineage tree: those with a lineage, and families (the tree of their releases). */
export const canTree = (kind: string): boolean => LINEAGE_KINDS.has(kind) || kind === 'family' || isRelease(kind);

/** A lineage edge of the tree, oriented older → newer. */
export interface TreeEdge {
  /** The graph's edge key. */
  key: string;
  from: string;
  to: string;
  relation: string;
}

export interface LineageTree {
  root: string;
  /** The nodes the walk starts from: the root, or a family's releases. */
  starts: string[];
  nodes: Set<string>;
  edges: TreeEdge[];
}

/** Is this edge a lineage edge (an ancestry relation of the vocabulary)? */
function lineageRelation(relation: string): { symmetric: boolean } | null {
  if (!isRelation(relation)) return null;
  const spec = relationSpec(relation);
  return spec.ancestry || spec.symmetric ? { symmetric: spec.symmetric } : null;
}

/** The lineage tree of `root`, or null when the node has none (an unknown node, or a kind without lineage). */
export function lineageTree(graph: ViewGraph, root: string): LineageTree | null {
  if (!graph.hasNode(root)) return null;
  const kind = graph.getNodeAttribute(root, 'kind');
  if (!canTree(kind)) return null;
  const starts =
    kind === 'family' ? graph.filterNodes((_id, a) => isRelease(a.kind) && a.family === root).sort((a, b) => order(graph, a, b)) : [root];
  const nodes = new Set<string>(kind === 'family' ? [] : [root]);
  const q = graph as unknown as QueryGraph;
  for (const s of starts) {
    for (const dir of ['up', 'down'] as const) for (const id of distances(q, s, dir).keys()) nodes.add(id);
    // Symmetric lineage relations (alternative_to) lead both ways.
    graph.forEachEdge(s, (_e, a, src, tgt) => {
      if (lineageRelation(a.relation)?.symmetric) nodes.add(src === s ? tgt : src);
    });
  }
  const edges: TreeEdge[] = [];
  graph.forEachEdge((key, a, src, tgt) => {
    if (!nodes.has(src) || !nodes.has(tgt) || src === tgt) return;
    const rel = lineageRelation(a.relation);
    if (!rel) return;
    // Ancestry edges lead child → parent: the tree reads parent → child. Symmetric ones go older → newer.
    const [from, to] = rel.symmetric ? (order(graph, src, tgt) <= 0 ? [src, tgt] : [tgt, src]) : [tgt, src];
    edges.push({ key, from, to, relation: a.relation });
  });
  edges.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return { root, starts, nodes, edges };
}

/** Older first (undated first), then by id. */
export function order(graph: ViewGraph, a: string, b: string): number {
  const sa = graph.getNodeAttribute(a, 'since') || '';
  const sb = graph.getNodeAttribute(b, 'since') || '';
  return sa < sb ? -1 : sa > sb ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
