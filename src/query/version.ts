/**
 * Releases: what a release (a version or a sub-model) is — its techniques by
 * status (adopted, inherited and from where, stated no, dropped relative to
 * what; see status.ts), its numbers with their scopes, its architecture per
 * size, its sub-models, the motivations it pursued and the conflicting claims
 * about it — and how two releases compare (`diff`). Silence is never a "no":
 * a technique one side adopts and the other does not state is "not stated",
 * and `dropped` only when the newer side drops it relative to the older.
 */
import type { ArchitectureRecord, ClaimRecord } from '../graph/index.js';
import { ATTRIBUTES, type Attribute, cmp, isAttribute, RELEASE_KINDS } from '../vocabulary/index.js';
import {
  byRelease,
  type EdgeInfo,
  edgeInfo,
  edgesOf,
  isReleaseNode,
  type NodeRef,
  nodeRef,
  ok,
  type QueryGraph,
  type Result,
  type VersionRef,
  versionRef,
} from './common.js';
import {
  type ArchitectureComparison,
  compareArchitecture,
  compareNumbers,
  type NumberComparison,
  type NumberFact,
  numberFacts,
} from './numbers.js';
import { resolve } from './resolve.js';
import { statusReader, type TechniqueStatus, techniqueStatus, usesTechnique } from './status.js';

/** How a technique differs between two releases. */
export type TechniqueChangeKind = 'added' | 'removed' | 'inherited' | 'other' | 'kept';

/** One technique on both sides of a comparison. */
export interface TechniqueComparison extends NodeRef {
  category: string | null;
  /**
   * `added`: the newer side uses it (adopted or inherited), the older does not;
   * `removed`: the reverse (the newer side states no, drops it, or says nothing);
   * `inherited`: the older side adopts it, the newer does not restate it but
   * inherits it; `kept`: both use it otherwise; `other`: neither uses it and
   * their statuses differ (a stated no on one side only).
   */
  change: TechniqueChangeKind;
  /** `removed` with a `drops` on the newer side relative to the older: the only case called "dropped". */
  dropped: boolean;
  from: TechniqueStatus;
  to: TechniqueStatus;
}

/** A comparison of two releases, `from` → `to`. */
export interface VersionDiff {
  from: VersionRef;
  to: VersionRef;
  sameFamily: boolean;
  /** Every technique either side states or inherits, except those neither uses with the same status: added, removed, inherited, other, kept; by id within each. */
  techniques: TechniqueComparison[];
  numbers: NumberComparison[];
  /** Sizes both sides give an architecture row for. */
  architecture: ArchitectureComparison[];
}

/** One attribute whose sources disagree (or `architecture`, whose rows do). */
export interface Conflict {
  attribute: Attribute | 'architecture';
  label: string;
  /** Every claim, the preferred one first (empty for `architecture`: see the rows). */
  claims: ClaimRecord[];
}

/** A motivation a release pursues, and through which of its techniques. */
export interface Pursuit extends NodeRef {
  via: NodeRef[];
}

/** A relation to another release, with the edge (its scope and sources). */
export type Related = VersionRef & { edge: EdgeInfo };

/** The answer of `version`. */
export interface VersionReport {
  version: VersionRef;
  /** A sub-model's version (`variant_of`). */
  variantOf: Related[];
  /** The release it `succeeds` (the latest one, if several), or null. */
  predecessor: VersionRef | null;
  /** Releases that succeed it, in release order. */
  successors: VersionRef[];
  /** Releases or families it is `based_on`, by id, with scope. */
  basedOn: (NodeRef & { edge: EdgeInfo })[];
  /** Releases or families whose design it follows (`modelled_on`): nothing is inherited from them. */
  modelledOn: (NodeRef & { edge: EdgeInfo })[];
  /** Teachers it was `distilled_from`, by id. */
  distilledFrom: Related[];
  /** Students distilled from it, in release order. */
  distilledInto: Related[];
  /** Sub-models that are a `variant_of` it, in release order. */
  subModels: VersionRef[];
  /** Every technique it states or inherits (disputed statements included), by id. */
  techniques: TechniqueStatus[];
  /** Its numbers, with scope; "not reported" apart. */
  numbers: NumberFact[];
  /** Its numbers compared with its predecessor's, or null without a predecessor. */
  numbersSince: NumberComparison[] | null;
  /** Architecture rows, in the order written. */
  architecture: ArchitectureRecord[];
  /** Inferred `pursues` edges, by motivation id. */
  pursues: Pursuit[];
  /** Attributes whose sources disagree, in attribute order, then `architecture`. */
  conflicts: Conflict[];
  /** Disputed relations written on it. */
  disputed: EdgeInfo[];
  /** Sources it is `described_in`, by id. */
  describedIn: NodeRef[];
}

/** Compares two releases; `from` is usually the older one. */
export function diff(graph: QueryGraph, fromName: string, toName: string): Result<VersionDiff> {
  const a = resolve(graph, fromName, { kinds: RELEASE_KINDS });
  if (!a.ok) return a;
  const b = resolve(graph, toName, { kinds: RELEASE_KINDS });
  if (!b.ok) return b;
  return ok(compare(graph, a.value, b.value));
}

const ORDER: Record<TechniqueChangeKind, number> = { added: 0, removed: 1, inherited: 2, other: 3, kept: 4 };

/** `diff` on ids known to be releases. */
export function compare(graph: QueryGraph, from: string, to: string): VersionDiff {
  const read = statusReader(graph);
  const ids = new Set([...techniqueStatus(graph, from, read), ...techniqueStatus(graph, to, read)].map((s) => s.id));
  const techniques: TechniqueComparison[] = [];
  for (const t of [...ids].sort(cmp)) {
    const a = read(from, t);
    const b = read(to, t);
    const ua = usesTechnique(a);
    const ub = usesTechnique(b);
    const change: TechniqueChangeKind =
      ua && ub ? (a.status === 'adopted' && b.status === 'inherited' ? 'inherited' : 'kept') : ub ? 'added' : ua ? 'removed' : 'other';
    if (change === 'other' && a.status === b.status && (a.status !== 'inherited' || sameOrigins(a, b))) continue;
    const dropped = change === 'removed' && b.notAdopted.some((e) => e.relation === 'drops' && e.relativeTo?.id === from);
    techniques.push({ ...nodeRef(graph, t), category: a.category, change, dropped, from: a, to: b });
  }
  techniques.sort((x, y) => ORDER[x.change] - ORDER[y.change] || cmp(x.id, y.id));
  const fromRef = versionRef(graph, from);
  const toRef = versionRef(graph, to);
  return {
    from: fromRef,
    to: toRef,
    sameFamily: fromRef.family !== null && fromRef.family === toRef.family,
    techniques,
    numbers: compareNumbers(graph, from, to),
    architecture: compareArchitecture(graph, from, to),
  };
}

/** Both inherit from the same releases. */
const sameOrigins = (a: TechniqueStatus, b: TechniqueStatus) =>
  a.inherited.map((i) => `${i.from.id}:${i.status}`).join() === b.inherited.map((i) => `${i.from.id}:${i.status}`).join();

/** What the release `name` is and states. */
export function version(graph: QueryGraph, name: string): Result<VersionReport> {
  const found = resolve(graph, name, { kinds: RELEASE_KINDS });
  if (!found.ok) return found;
  const v = found.value;
  const order = byRelease(graph);
  const out = (relation: string) => edgesOf(graph, v, 'out', (r) => r === relation);
  const into = (relation: string) => edgesOf(graph, v, 'in', (r) => r === relation);
  const related = (e: string, end: string): Related => ({ ...versionRef(graph, end), edge: edgeInfo(graph, e) });
  const preds = out('succeeds')
    .map((e) => graph.target(e))
    .sort(order);
  const pred = preds[preds.length - 1];
  const a = graph.getNodeAttributes(v);
  const conflicts: Conflict[] = (a.conflicts ?? []).filter(isAttribute).map((attribute) => ({
    attribute,
    label: ATTRIBUTES[attribute].label.en,
    claims: a.claims?.[attribute] ?? [],
  }));
  if (a.conflicts?.includes('architecture')) conflicts.push({ attribute: 'architecture', label: 'Architecture', claims: [] });
  return ok({
    version: versionRef(graph, v),
    variantOf: out('variant_of')
      .filter((e) => isReleaseNode(graph, graph.target(e)))
      .map((e) => related(e, graph.target(e))),
    predecessor: pred === undefined ? null : versionRef(graph, pred),
    successors: into('succeeds')
      .map((e) => graph.source(e))
      .sort(order)
      .map((s) => versionRef(graph, s)),
    basedOn: out('based_on').map((e) => ({ ...nodeRef(graph, graph.target(e)), edge: edgeInfo(graph, e) })),
    modelledOn: out('modelled_on').map((e) => ({ ...nodeRef(graph, graph.target(e)), edge: edgeInfo(graph, e) })),
    distilledFrom: out('distilled_from').map((e) => related(e, graph.target(e))),
    distilledInto: into('distilled_from')
      .sort((x, y) => order(graph.source(x), graph.source(y)))
      .map((e) => related(e, graph.source(e))),
    subModels: into('variant_of')
      .map((e) => graph.source(e))
      .filter((s) => isReleaseNode(graph, s))
      .sort(order)
      .map((s) => versionRef(graph, s)),
    techniques: techniqueStatus(graph, v),
    numbers: numberFacts(graph, v),
    numbersSince: pred === undefined ? null : compareNumbers(graph, pred, v),
    architecture: a.architecture ?? [],
    pursues: out('pursues').map((e) => ({
      ...nodeRef(graph, graph.target(e)),
      via: [...(graph.getEdgeAttribute(e, 'via') ?? [])].sort(cmp).map((t) => nodeRef(graph, t)),
    })),
    conflicts,
    disputed: graph
      .outEdges(v)
      .filter((e) => graph.getEdgeAttribute(e, 'status') === 'disputed')
      .sort(cmp)
      .map((e) => edgeInfo(graph, e)),
    describedIn: out('described_in').map((e) => nodeRef(graph, graph.target(e))),
  });
}
