/**
 * Shared pieces of the query library: the graph type the queries accept, the
 * error-as-value result type, node references, version ordering and edge
 * look-ups.
 * Browser-safe: no Node import anywhere under src/query/.
 */
import { compareReleases, type EdgeAttributes, edgeKey, type GraphReader } from '../graph/index.js';
import { cmp, type Kind, type Relation, relationSpec } from '../vocabulary/index.js';

/**
 * The graph a query reads: any graphology graph with techgraph's node and edge attributes (the built
 * `TechGraph`, or `graph.json` imported), or a snapshot restored from the cache, through the read API they share.
 */
export type QueryGraph = GraphReader;

/** Codes of query errors. */
export type QueryErrorCode = 'UNKNOWN_NAME' | 'AMBIGUOUS_NAME' | 'WRONG_KIND' | 'BAD_SELECTOR' | 'BAD_OPTION';

/** A query error: a value with a code, never a thrown string. */
export interface QueryError {
  code: QueryErrorCode;
  message: string;
  /** The name that failed to resolve. */
  name?: string;
  /** Did-you-mean candidates (UNKNOWN_NAME) or the matching ids (AMBIGUOUS_NAME). */
  suggestions?: string[];
}

/** The result of every query: a value or an error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: QueryError };

/** Wraps a value. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** Wraps an error. */
export const fail = <T = never>(code: QueryErrorCode, message: string, extra: Omit<QueryError, 'code' | 'message'> = {}): Result<T> => ({
  ok: false,
  error: { code, message, ...extra },
});

/** A node as the queries name it. */
export interface NodeRef {
  id: string;
  label: string;
  kind: Kind;
}

/** A version with its family and release date. */
export interface VersionRef extends NodeRef {
  family: string | null;
  /** `released` as written (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or null. */
  released: string | null;
}

/** The provenance of one edge, as the queries report it. */
export interface EdgeInfo {
  source: string;
  relation: Relation;
  target: string;
  /** Source ids cited for the edge (empty for inferred edges). */
  sources: string[];
  status: EdgeAttributes['status'];
  inferred: boolean;
  note?: string;
}

/** The `NodeRef` of `id`. */
export function nodeRef(graph: QueryGraph, id: string): NodeRef {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.label, kind: a.kind };
}

/** The `VersionRef` of a version id. */
export function versionRef(graph: QueryGraph, id: string): VersionRef {
  const a = graph.getNodeAttributes(id);
  return {
    ...nodeRef(graph, id),
    family: typeof a.family === 'string' ? a.family : null,
    released: typeof a.released === 'string' ? a.released : null,
  };
}

/** The `EdgeInfo` of an edge key. */
export function edgeInfo(graph: QueryGraph, edge: string): EdgeInfo {
  const a = graph.getEdgeAttributes(edge);
  return {
    source: graph.source(edge),
    relation: a.relation,
    target: graph.target(edge),
    sources: [...a.sources],
    status: a.status,
    inferred: a.inferred,
    ...(a.note ? { note: a.note } : {}),
  };
}

/** Orders version ids by release date (undated last), then id: the graph's one release order. */
export function byRelease(graph: QueryGraph): (a: string, b: string) => number {
  return (a, b) =>
    compareReleases({ id: a, released: graph.getNodeAttribute(a, 'released') }, { id: b, released: graph.getNodeAttribute(b, 'released') });
}

/** All versions (optionally of one family) in release order. */
export function versionsInOrder(graph: QueryGraph, family?: string): string[] {
  return graph.filterNodes((_, a) => a.kind === 'version' && (family === undefined || a.family === family)).sort(byRelease(graph));
}

/** True when `relation` leads from a node to one of its parents (the vocabulary's `ancestry` flag). */
export function isAncestry(relation: Relation): boolean {
  return relationSpec(relation).ancestry;
}

/** Edges of `relations` out of `node` (or into it when `dir` is `in`), in key order. */
export function edgesOf(
  graph: QueryGraph,
  node: string,
  dir: 'out' | 'in',
  relations: ReadonlySet<Relation> | ((r: Relation) => boolean),
): string[] {
  const test = typeof relations === 'function' ? relations : (r: Relation) => relations.has(r);
  const list = dir === 'out' ? graph.outEdges(node) : graph.inEdges(node);
  return list.filter((e) => test(graph.getEdgeAttribute(e, 'relation'))).sort(cmp);
}

/** Techniques a version adopts, not counting disputed adoptions, with the adopting edge. */
export function adoptions(graph: QueryGraph, version: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of edgesOf(graph, version, 'out', (r) => r === 'adopts'))
    if (graph.getEdgeAttribute(e, 'status') !== 'disputed') out.set(graph.target(e), e);
  return out;
}

/** The edge `source -relation-> target`, if any. */
export function findEdge(graph: QueryGraph, source: string, relation: Relation, target: string): string | undefined {
  const key = edgeKey(source, relation, target);
  if (graph.hasEdge(key)) return key;
  return graph.outEdges(source).find((e) => graph.target(e) === target && graph.getEdgeAttribute(e, 'relation') === relation);
}
