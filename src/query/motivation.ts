/**
 * Motivation: the story of one goal across releases. The techniques that
 * serve it (directly, or by serving a narrower motivation that is `part_of`
 * it), and for each version in release order (and each sub-model that states
 * one of them) which of them it uses: adopted, or inherited (status.ts).
 */
import { cmp } from '../vocabulary/index.js';
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
import { statusReader, usesTechnique } from './status.js';

/** Options of `motivation`: only the versions of one `family` (a name, resolved like any other); see QUERY_DEFAULTS. */
export type MotivationOptions = Partial<Pick<QuerySettings, 'family'>>;

/** A technique serving the motivation. */
export interface Server extends NodeRef {
  /** Its `serves` edges to the motivation or narrower ones, by key. */
  edges: EdgeInfo[];
}

/** A release and the serving techniques it uses. */
export interface MotivationStep extends VersionRef {
  /** Serving techniques it adopts or inherits (disputed statements left out), by id; `inherited` when not stated on it. */
  uses: (NodeRef & { inherited: boolean })[];
  /** Of those, the ones it is the first of its family to adopt. */
  introduces: NodeRef[];
}

/** The answer of `motivation`. */
export interface MotivationReport {
  motivation: NodeRef;
  /** Narrower motivations (`part_of` it, transitively), by id. */
  narrower: NodeRef[];
  /** Techniques serving it or a narrower one, by id. */
  techniques: Server[];
  /** Every version (of the family, if asked) and every sub-model that adopts one of the techniques, in release order. */
  versions: MotivationStep[];
}

/** The techniques serving the motivation `name` and which version used which. */
export function motivation(graph: QueryGraph, name: string, options: MotivationOptions = {}): Result<MotivationReport> {
  const found = resolve(graph, name, { kinds: ['motivation'] });
  if (!found.ok) return found;
  const m = found.value;
  const o = querySettings(options);
  if (!o.ok) return o;
  let family: string | undefined;
  if (o.value.family !== undefined) {
    const f = resolve(graph, o.value.family, { kinds: ['family'] });
    if (!f.ok) return f;
    family = f.value;
  }
  // The motivation and every narrower one.
  const goals = [m];
  for (let i = 0; i < goals.length; i++)
    for (const e of edgesOf(graph, goals[i]!, 'in', (r) => r === 'part_of')) {
      const s = graph.source(e);
      if (graph.getNodeAttribute(s, 'kind') === 'motivation' && !goals.includes(s)) goals.push(s);
    }
  const edges = new Map<string, string[]>();
  for (const g of goals)
    for (const e of edgesOf(graph, g, 'in', (r) => r === 'serves'))
      (edges.get(graph.source(e)) ?? edges.set(graph.source(e), []).get(graph.source(e))!).push(e);
  const serving: Server[] = [...edges]
    .sort(([a], [b]) => cmp(a, b))
    .map(([t, es]) => ({ ...nodeRef(graph, t), edges: es.sort(cmp).map((e) => edgeInfo(graph, e)) }));
  const ids = new Set(serving.map((s) => s.id));
  const read = statusReader(graph);
  return ok({
    motivation: nodeRef(graph, m),
    narrower: goals
      .slice(1)
      .sort(cmp)
      .map((g) => nodeRef(graph, g)),
    techniques: serving,
    versions: releasesInOrder(graph, family).flatMap((v) => {
      const uses = [...ids]
        .sort(cmp)
        .map((t) => read(v, t))
        .filter(usesTechnique);
      if (graph.getNodeAttribute(v, 'kind') !== 'version' && !uses.some((s) => s.status === 'adopted')) return [];
      const intro = new Set(edgesOf(graph, v, 'out', (r) => r === 'introduces').map((e) => graph.target(e)));
      return [
        {
          ...versionRef(graph, v),
          uses: uses.map((s) => ({ ...nodeRef(graph, s.id), inherited: s.status === 'inherited' })),
          introduces: uses.filter((s) => intro.has(s.id)).map((s) => nodeRef(graph, s.id)),
        },
      ];
    }),
  });
}
