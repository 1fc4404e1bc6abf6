/**
 * Technique status: what the graph knows about one release and one technique.
 * The one rule `version`, `diff`, `adopters`, `motivation` and the viewer use,
 * so that silence is never read as "no":
 *   adopted      a non-disputed `adopts` on the release (with its scope and sources);
 *   not adopted  a non-disputed `not_adopts` or `drops` on it (a drop with its `relative_to`);
 *   inherited    nothing non-disputed is stated on it, but a release it comes from
 *                states something: its bases (see `basesOf`) are followed transitively,
 *                each route up to its nearest statement, which it inherits if the
 *                statement reaches it (`reaches`: a statement scoped to some sizes or
 *                sub-models reaches only them) and which ends the route either way;
 *   not stated   nothing is known (or only what a base adopts, while the release states
 *                it adopts a technique that replaces it or is an alternative to it:
 *                an inherited adoption never contradicts a stated one).
 * Disputed statements are listed as disputed and never decide the status. The
 * exports assert no inherited adoption; only this function computes them.
 */
import { edgeKey, scopeKey, scopesOverlap } from '../graph/index.js';
import { cmp, EXCLUDING_RELATIONS, INHERITING_RELATIONS, type Relation, relationSpec } from '../vocabulary/index.js';
import {
  type EdgeInfo,
  edgeInfo,
  edgesOf,
  isReleaseNode,
  type NodeRef,
  nodeRef,
  type QueryGraph,
  type VersionRef,
  versionRef,
} from './common.js';

/** What the graph knows about a release and a technique. */
export type Status = 'adopted' | 'not adopted' | 'inherited' | 'not stated';

/** The relations that state something about a technique: the yes, then the two noes. */
const YES: Relation = 'adopts';
const NO: readonly Relation[] = ['not_adopts', 'drops'];

/**
 * Where a release inherits from, in the vocabulary's `inherits` order: the
 * releases it is `based_on` (its base model) when it names any; else the
 * version it is a `variant_of`; else the release it `succeeds`. A distilled
 * model based on Qwen2.5 inherits from Qwen2.5, not from the teacher release
 * it is filed under; a release `modelled_on` another inherits nothing from it.
 */
const BASE_TIERS: readonly Relation[] = INHERITING_RELATIONS;

/** A statement inherited from a release up the chain of bases. */
export interface Inheritance {
  /** The release whose statement it is: the nearest one on this route that states anything. */
  from: VersionRef;
  /** What that release states (its own status). */
  status: 'adopted' | 'not adopted';
  /** Its non-disputed statements about the technique, scopes and sources included. */
  statements: EdgeInfo[];
  /** The `based_on` / `variant_of` / `succeeds` edges from the release to `from`, in walking order. */
  via: EdgeInfo[];
}

/** The status of one technique for one release. */
export interface TechniqueStatus extends NodeRef {
  category: string | null;
  status: Status;
  /** Non-disputed `adopts` written on the release. */
  adopted: EdgeInfo[];
  /** Non-disputed `not_adopts` and `drops` written on the release. */
  notAdopted: EdgeInfo[];
  /** When nothing non-disputed is written on the release: the nearest statements up its bases, one per route. */
  inherited: Inheritance[];
  /**
   * Why nothing is inherited although a base adopts it: the release states it adopts a technique that
   * replaces it or is an alternative to it (the vocabulary's `excludes` relations), these edges.
   */
  excludedBy: EdgeInfo[];
  /** Disputed statements written on the release: shown as disputed, never the status. */
  disputed: EdgeInfo[];
  /** The release is the first of its family to adopt it (the builder's inferred `introduces`). */
  firstInFamily: boolean;
}

/** The edges a release inherits through (see BASE_TIERS), non-disputed, to releases only, by key. */
export function basesOf(graph: QueryGraph, release: string): string[] {
  for (const relation of BASE_TIERS) {
    const edges = edgesOf(graph, release, 'out', (r) => r === relation).filter(
      (e) => graph.getEdgeAttribute(e, 'status') !== 'disputed' && isReleaseNode(graph, graph.target(e)),
    );
    if (edges.length) return edges;
  }
  return [];
}

/** What a release states about a technique, split by trust and by yes / no. */
interface Written {
  adopted: EdgeInfo[];
  notAdopted: EdgeInfo[];
  disputed: EdgeInfo[];
  /** The builder's inferred `introduces`: the release is the first of its family to adopt it. */
  introduces: boolean;
}

const NOTHING: Written = { adopted: [], notAdopted: [], disputed: [], introduces: false };

/** Every statement written on `release`, by technique (adopts first, then not_adopts, drops), and what it introduces. */
function writtenOn(graph: QueryGraph, release: string): Map<string, Written> {
  const out = new Map<string, Written>();
  const of = (t: string) => out.get(t) ?? out.set(t, { adopted: [], notAdopted: [], disputed: [], introduces: false }).get(t)!;
  for (const relation of [YES, ...NO])
    for (const e of edgesOf(graph, release, 'out', (r) => r === relation)) {
      const info = edgeInfo(graph, e);
      const w = of(info.target);
      if (info.status === 'disputed') w.disputed.push(info);
      else (relation === YES ? w.adopted : w.notAdopted).push(info);
    }
  for (const e of edgesOf(graph, release, 'out', (r) => r === 'introduces')) of(graph.target(e)).introduces = true;
  return out;
}

/**
 * True when a statement written on a base reaches the release that inherits
 * it: `route` is the release and the releases between it and the base,
 * `first` the route's first edge, `sizes` the release's own sizes. An
 * unscoped statement reaches every inheritor. A statement scoped to
 * sub-models (`[qwen2.5-turbo]`) reaches only a route through one of them:
 * Qwen3 does not inherit what Qwen2.5 states for Qwen2.5-Turbo. A statement
 * scoped to sizes reaches an inheritor whose sizes meet them — the sizes its
 * first edge names (`based_on` Qwen2.5 for 14B and 32B), else its own: the
 * 7B CodeQwen1.5 does not inherit Qwen1.5's GQA of 32B and 110B, nor does a
 * release that states no sizes.
 */
export function reaches(statement: EdgeInfo, route: readonly string[], first: EdgeInfo, sizes: readonly string[]): boolean {
  const scope = statement.scope;
  if (!scope?.length) return true;
  const isSize = (x: string) => scopeKey(x).startsWith('size:');
  if (route.some((n) => scope.some((x) => !isSize(x) && scopeKey(x) === scopeKey(n)))) return true;
  const stated = scope.filter(isSize);
  const mine = first.scope?.filter(isSize).length ? first.scope.filter(isSize) : sizes;
  return stated.length > 0 && mine.length > 0 && scopesOverlap(mine, stated);
}

/** Answers `statusOf` for one graph, remembering each release's bases and sizes between calls. */
export type StatusReader = (release: string, technique: string) => TechniqueStatus;

/**
 * A `statusOf` for many questions on one graph (a query over every release,
 * or every technique): each release's bases and sizes are read once. The graph
 * must not change while the reader is in use.
 */
export function statusReader(graph: QueryGraph): StatusReader {
  const bases = new Map<string, EdgeInfo[]>();
  const statements = new Map<string, Map<string, Written>>();
  /** Every statement written on `release`, read once. */
  const statementsOn = (release: string): Map<string, Written> =>
    statements.get(release) ?? statements.set(release, writtenOn(graph, release)).get(release)!;
  const written = (release: string, technique: string): Written => statementsOn(release).get(technique) ?? NOTHING;
  const basesFor = (release: string) =>
    bases.get(release) ??
    bases
      .set(
        release,
        basesOf(graph, release).map((e) => edgeInfo(graph, e)),
      )
      .get(release)!;
  const sizesOf = (release: string) => {
    const own = graph.getNodeAttribute(release, 'sizes');
    return Array.isArray(own) ? own.map(String) : [];
  };

  /** The edges by which a technique the release states it adopts excludes inheriting `technique`. */
  const exclusions = (release: string, technique: string): EdgeInfo[] => {
    const out: EdgeInfo[] = [];
    for (const [other, w] of statementsOn(release)) {
      if (!w.adopted.length || other === technique) continue;
      for (const e of edgesOf(graph, other, 'out', (r) => EXCLUDING_RELATIONS.has(r)))
        if (graph.target(e) === technique && graph.getEdgeAttribute(e, 'status') !== 'disputed') out.push(edgeInfo(graph, e));
      for (const e of edgesOf(graph, technique, 'out', (r) => EXCLUDING_RELATIONS.has(r) && relationSpec(r).symmetric))
        if (graph.target(e) === other && graph.getEdgeAttribute(e, 'status') !== 'disputed') out.push(edgeInfo(graph, e));
    }
    return out;
  };

  /** The nearest statement up each route of bases of `release`, when it reaches it (breadth first; each release visited once per first edge). */
  const inherit = (release: string, technique: string): Inheritance[] => {
    const out: Inheritance[] = [];
    const seen = new Set<string>();
    const sizes = sizesOf(release);
    let frontier = [{ node: release, route: [release], via: [] as EdgeInfo[] }];
    while (frontier.length) {
      const next: typeof frontier = [];
      for (const { node, route, via } of frontier)
        for (const e of basesFor(node)) {
          const parent = e.target;
          // Each first edge is a route of its own (a model based on Qwen2.5 for 14B and on Qwen2.5-Math for 7B).
          const first = via[0] ?? e;
          const key = `${edgeKey(first.source, first.relation, first.target)}\u0000${parent}`;
          if (parent === release || seen.has(key)) continue;
          seen.add(key);
          const chain = [...via, e];
          const w = written(parent, technique);
          const adopted = w.adopted.filter((x) => reaches(x, route, first, sizes));
          const notAdopted = w.notAdopted.filter((x) => reaches(x, route, first, sizes));
          if (adopted.length || notAdopted.length)
            out.push({
              from: versionRef(graph, parent),
              status: adopted.length ? 'adopted' : 'not adopted',
              statements: [...adopted, ...notAdopted],
              via: chain,
            });
          // A base that says something of the technique, only not for this route (scoped to other sizes or
          // sub-models), ends the route: what older releases state does not speak for it either.
          // So does a base that adopts a technique excluding it (it inherited none either).
          else if (!w.adopted.length && !w.notAdopted.length && !exclusions(parent, technique).length)
            next.push({ node: parent, route: [...route, parent], via: chain });
        }
      frontier = next;
    }
    return out;
  };

  return (release, technique) => {
    const w = written(release, technique);
    const stated = w.adopted.length > 0 || w.notAdopted.length > 0;
    const excludedBy = stated ? [] : exclusions(release, technique);
    const inherited = stated || excludedBy.length ? [] : inherit(release, technique);
    const status: Status = w.adopted.length
      ? 'adopted'
      : w.notAdopted.length
        ? 'not adopted'
        : inherited.length
          ? 'inherited'
          : 'not stated';
    const category = graph.getNodeAttribute(technique, 'category');
    return {
      ...nodeRef(graph, technique),
      category: typeof category === 'string' ? category : null,
      status,
      adopted: [...w.adopted],
      notAdopted: [...w.notAdopted],
      inherited,
      excludedBy,
      disputed: [...w.disputed],
      firstInFamily: w.introduces,
    };
  };
}

/** What the graph knows about `technique` for `release` (both ids). */
export function statusOf(graph: QueryGraph, release: string, technique: string): TechniqueStatus {
  return statusReader(graph)(release, technique);
}

/**
 * Every technique the graph knows something about for `release`: stated on
 * it (disputed statements included) or inherited, by id.
 */
export function techniqueStatus(graph: QueryGraph, release: string, read: StatusReader = statusReader(graph)): TechniqueStatus[] {
  const candidates = new Set<string>();
  const statementsOf = (node: string) =>
    [...writtenOn(graph, node)].flatMap(([t, w]) => (w.adopted.length + w.notAdopted.length + w.disputed.length ? [t] : []));
  for (const t of statementsOf(release)) candidates.add(t);
  const seen = new Set([release]);
  for (let queue = [release], i = 0; i < queue.length; i++)
    for (const e of basesOf(graph, queue[i]!)) {
      const parent = graph.target(e);
      if (seen.has(parent)) continue;
      seen.add(parent);
      queue.push(parent);
      for (const t of statementsOf(parent)) candidates.add(t);
    }
  return [...candidates]
    .sort(cmp)
    .map((t) => read(release, t))
    .filter((s) => s.status !== 'not stated' || s.disputed.length);
}

/** True when the release uses the technique as far as the graph knows: adopted, or inherited from a release that adopts it. */
export function usesTechnique(s: TechniqueStatus): boolean {
  return s.status === 'adopted' || (s.status === 'inherited' && s.inherited.some((i) => i.status === 'adopted'));
}
