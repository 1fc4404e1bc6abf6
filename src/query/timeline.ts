/**
 * Timeline: releases (versions and sub-models) in release order with what
 * each introduced (the builder's inferred `introduces`: first of its family to
 * adopt) and what it dropped (written `drops`, with what it is relative to).
 */
import {
  type EdgeInfo,
  edgeInfo,
  edgesOf,
  type NodeRef,
  nodeRef,
  ok,
  type QueryGraph,
  querySettings,
  type Result,
  releasesInOrder,
  type VersionRef,
  versionRef,
} from './common.js';
import type { QuerySettings } from './options.js';
import { resolve } from './resolve.js';

/** Options of `timeline`: only the versions of one `family` (a name, resolved like any other); see QUERY_DEFAULTS. */
export type TimelineOptions = Partial<Pick<QuerySettings, 'family'>>;

/** One release (version or sub-model) on the timeline. */
export interface TimelineEntry extends VersionRef {
  /** Techniques it is the first of its family to adopt, by id. */
  introduces: NodeRef[];
  /** Techniques it drops, by id, with the `drops` edge. */
  drops: (NodeRef & { edge: EdgeInfo })[];
}

/** The answer of `timeline`. */
export interface Timeline {
  family: NodeRef | null;
  /** Releases, versions and sub-models, in release order, then id; undated ones last. */
  versions: TimelineEntry[];
}

/** Releases in release order with what each introduced and dropped. */
export function timeline(graph: QueryGraph, options: TimelineOptions = {}): Result<Timeline> {
  const o = querySettings(options);
  if (!o.ok) return o;
  let family: string | undefined;
  if (o.value.family !== undefined) {
    const f = resolve(graph, o.value.family, { kinds: ['family'] });
    if (!f.ok) return f;
    family = f.value;
  }
  return ok({
    family: family === undefined ? null : nodeRef(graph, family),
    versions: releasesInOrder(graph, family).map((v) => ({
      ...versionRef(graph, v),
      introduces: edgesOf(graph, v, 'out', (r) => r === 'introduces').map((e) => nodeRef(graph, graph.target(e))),
      drops: edgesOf(graph, v, 'out', (r) => r === 'drops').map((e) => ({ ...nodeRef(graph, graph.target(e)), edge: edgeInfo(graph, e) })),
    })),
  });
}
