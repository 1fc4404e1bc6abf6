/**
 * Motivation: the story of one goal across releases. The techniques that
 * serve it (directly, or by serving a narrower motivation that is `part_of`
 * it), and for each version in release order which of them it adopted.
 */
import { cmp } from '../vocabulary/index.js';
import {
  adoptions,
  type EdgeInfo,
  edgeInfo,
  edgesOf,
  type NodeRef,
  nodeRef,
  ok,
  type QueryGraph,
  querySettings,
  type Result,
  type VersionRef,
  versionRef,
  versionsInOrder,
} from './common.js';
import type { QuerySettings } from './options.js';
import { resolve } from './resolve.js';

/** Options of `motivation`: only the versions of one `family` (a name, resolved like any other); see QUERY_DEFAULTS. */
export type MotivationOptions = Partial<Pick<QuerySettings, 'family'>>;

/** A technique serving the motivation. */
export interface Server extends NodeRef {
  /** Its `serves` edges to the motivation or narrower ones, by key. */
  edges: EdgeInfo[];
}

/** A version and the serving techniques it adopted. */
export interface MotivationStep extends VersionRef {
  /** Serving techniques it adopts (disputed adoptions left out), by id. */
  uses: NodeRef[];
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
  /** Every version (of the family, if asked), in release order. */
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
  return ok({
    motivation: nodeRef(graph, m),
    narrower: goals
      .slice(1)
      .sort(cmp)
      .map((g) => nodeRef(graph, g)),
    techniques: serving,
    versions: versionsInOrder(graph, family).map((v) => {
      const uses = [...adoptions(graph, v).keys()].filter((t) => ids.has(t)).sort(cmp);
      const intro = new Set(edgesOf(graph, v, 'out', (r) => r === 'introduces').map((e) => graph.target(e)));
      return {
        ...versionRef(graph, v),
        uses: uses.map((t) => nodeRef(graph, t)),
        introduces: uses.filter((t) => intro.has(t)).map((t) => nodeRef(graph, t)),
      };
    }),
  });
}
