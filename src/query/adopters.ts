/**
 * Adopters: the versions that adopted a technique, in release order, with the
 * first adopter of each family marked (the builder's inferred `introduces`
 * edge), the sources of each adoption, disputed adoptions flagged, and the
 * versions that dropped it.
 */
import {
  byRelease,
  type EdgeInfo,
  edgeInfo,
  edgesOf,
  findEdge,
  type NodeRef,
  nodeRef,
  ok,
  type QueryGraph,
  type Result,
  type VersionRef,
  versionRef,
} from './common.js';
import { resolve } from './resolve.js';

/** One adoption. */
export interface Adoption extends VersionRef {
  /** First version of its family to adopt the technique (has an `introduces` edge). */
  first: boolean;
  /** The adoption is disputed: a source says so, a better one says otherwise. */
  disputed: boolean;
  edge: EdgeInfo;
}

/** The answer of `adopters`. */
export interface Adopters {
  technique: NodeRef;
  /** In release order (then id); undated versions last. */
  adopters: Adoption[];
  /** Versions with a `drops` edge to the technique, in release order. */
  droppedBy: (VersionRef & { edge: EdgeInfo })[];
}

/** The versions that adopted the technique `name`. */
export function adopters(graph: QueryGraph, name: string): Result<Adopters> {
  const found = resolve(graph, name, { kinds: ['technique'] });
  if (!found.ok) return found;
  const t = found.value;
  const order = byRelease(graph);
  const list = (relation: 'adopts' | 'drops') =>
    edgesOf(graph, t, 'in', (r) => r === relation)
      .filter((e) => graph.getNodeAttribute(graph.source(e), 'kind') === 'version')
      .sort((a, b) => order(graph.source(a), graph.source(b)));
  return ok({
    technique: nodeRef(graph, t),
    adopters: list('adopts').map((e) => {
      const v = graph.source(e);
      const edge = edgeInfo(graph, e);
      return {
        ...versionRef(graph, v),
        first: findEdge(graph, v, 'introduces', t) !== undefined,
        disputed: edge.status === 'disputed',
        edge,
      };
    }),
    droppedBy: list('drops').map((e) => ({ ...versionRef(graph, graph.source(e)), edge: edgeInfo(graph, e) })),
  });
}
