/**
 * Shared pieces of the query library: the graph type the queries accept, the
 * error-as-value result type, node references (with the display name every
 * answer prints), release ordering and edge look-ups. A release is a node of a
 * kind the vocabulary flags `release` (a version or a sub-model).
 * Browser-safe: no Node import anywhere under src/query/.
 */

import { formatOptionError, type OptionError } from '../diagnostics/index.js';
import { compareReleases, type EdgeAttributes, edgeKey, type GraphReader } from '../graph/index.js';
import { cmp, isRelease, type Kind, type Relation, relationSpec } from '../vocabulary/index.js';
import { type QuerySettings, resolveQueryOptions, validateQueryOptions } from './options.js';

/**
 * The graph a query reads: any graphology graph with techgraph's node and edge attributes (the built
 * `TechGraph`, or `graph.json` imported), or a snapshot restored from the cache, through the read API they share.
 */
export type QueryGraph = GraphReader;

/** Codes of query errors. */
export type QueryErrorCode = 'UNKNOWN_NAME' | 'AMBIGUOUS_NAME' | 'WRONG_KIND' | 'BAD_SELECTOR' | 'INVALID_OPTION';

/** A query error: a value with a code, never a thrown string. */
export interface QueryError {
  code: QueryErrorCode;
  message: string;
  /** The name that failed to resolve. */
  name?: string;
  /** Did-you-mean candidates (UNKNOWN_NAME) or the matching ids (AMBIGUOUS_NAME). */
  suggestions?: string[];
  /** For INVALID_OPTION: the option, what it takes and what it got. */
  option?: OptionError;
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

/** The full query settings, or the first invalid option as an INVALID_OPTION error. */
export function querySettings(options: Partial<QuerySettings>): Result<QuerySettings> {
  const [bad] = validateQueryOptions(options);
  return bad ? fail('INVALID_OPTION', formatOptionError(bad), { option: bad }) : ok(resolveQueryOptions(options));
}

/** A node as the queries name it. */
export interface NodeRef {
  id: string;
  label: string;
  /** The name to show: the label, with the kind after it where labels clash across kinds ("DeepSeek-R1 (paper)"). */
  display: string;
  kind: Kind;
}

/** A release (a version or a sub-model) with its family and release date. */
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
  /** The sizes or sub-models the relation applies to, as written (absent: the whole node). */
  scope?: string[];
  /** `drops`: the release it is relative to. */
  relativeTo?: NodeRef;
}

/** The `NodeRef` of `id`. */
export function nodeRef(graph: QueryGraph, id: string): NodeRef {
  const a = graph.getNodeAttributes(id);
  return { id, label: a.label, display: typeof a.display === 'string' ? a.display : a.label, kind: a.kind };
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
    ...(a.scope?.length ? { scope: [...a.scope] } : {}),
    ...(a.relative_to !== undefined && graph.hasNode(a.relative_to) ? { relativeTo: nodeRef(graph, a.relative_to) } : {}),
  };
}

/** Orders release ids by release date (undated last), then id: the graph's one release order. */
export function byRelease(graph: QueryGraph): (a: string, b: string) => number {
  return (a, b) =>
    compareReleases({ id: a, released: graph.getNodeAttribute(a, 'released') }, { id: b, released: graph.getNodeAttribute(b, 'released') });
}

/** True when the node `id` is a release (a version or a sub-model). */
export function isReleaseNode(graph: QueryGraph, id: string): boolean {
  return isRelease(graph.getNodeAttribute(id, 'kind'));
}

/** All releases, versions and sub-models (optionally of one family), in release order. */
export function releasesInOrder(graph: QueryGraph, family?: string): string[] {
  return graph.filterNodes((_, a) => isRelease(a.kind) && (family === undefined || a.family === family)).sort(byRelease(graph));
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

/** The edge `source -relation-> target`, if any. */
export function findEdge(graph: QueryGraph, source: string, relation: Relation, target: string): string | undefined {
  const key = edgeKey(source, relation, target);
  if (graph.hasEdge(key)) return key;
  return graph.outEdges(source).find((e) => graph.target(e) === target && graph.getEdgeAttribute(e, 'relation') === relation);
}
