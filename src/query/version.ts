/**
 * Versions: what a release changed compared with the one it succeeds
 * (techniques added and removed, numbers such as tokens, context, vocabulary
 * and SFT size), the motivations it pursued, and the conflicting claims about
 * it; and the same comparison between any two versions (`diff`).
 * Adoption sets leave disputed adoptions out, as the builder does.
 */
import type { ClaimRecord } from '../graph/index.js';
import { ATTRIBUTES, type Attribute, cmp, isAttribute } from '../vocabulary/index.js';
import {
  adoptions,
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

/** Numeric version attributes the comparison reports, in this order. */
export const COMPARED_ATTRIBUTES = [
  'training_tokens',
  'context_native',
  'context_extended',
  'vocabulary',
  'sft_examples',
  'languages',
  'flagship_params',
] as const satisfies readonly Attribute[];

/** The change of one numeric attribute. */
export interface NumberChange {
  attribute: (typeof COMPARED_ATTRIBUTES)[number];
  label: string;
  /** `count` (K = 10³), `length` (K = 1024) or `params`. */
  type: 'count' | 'length' | 'params';
  /** Preferred values as numbers, or null when the version does not state one. */
  from: number | null;
  to: number | null;
  /** The values as their sources wrote them. */
  fromText: string | null;
  toText: string | null;
  /** `to - from`, or null when either is missing. */
  change: number | null;
  /** `to / from` rounded to 3 decimals, or null when either is missing or `from` is 0. */
  ratio: number | null;
}

/** A technique that one side adopts and the other does not. */
export interface TechniqueChange extends NodeRef {
  category: string | null;
  /** The `adopts` edge: of the newer side for an addition, of the older side for a removal. */
  adoption: EdgeInfo | null;
  /** Addition: the newer side is the first of its family to adopt it (inferred `introduces`). */
  firstInFamily: boolean;
  /** Removal: the newer side's explicit `drops` edge, if written. */
  drop: EdgeInfo | null;
}

/** A comparison of two versions, `from` → `to`. */
export interface VersionDiff {
  from: VersionRef;
  to: VersionRef;
  sameFamily: boolean;
  /** Adopted by `to`, not by `from`; by id. */
  added: TechniqueChange[];
  /** Adopted by `from`, not by `to` (plus, in `version`, what `to` drops explicitly); by id. */
  removed: TechniqueChange[];
  /** Adopted by both; by id. */
  kept: NodeRef[];
  numbers: NumberChange[];
}

/** One attribute whose sources disagree. */
export interface Conflict {
  attribute: Attribute;
  label: string;
  /** Every claim, the preferred one first. */
  claims: ClaimRecord[];
}

/** A motivation a version pursues, and through which of its techniques. */
export interface Pursuit extends NodeRef {
  via: NodeRef[];
}

/** The answer of `version`. */
export interface VersionReport {
  version: VersionRef;
  /** The version it `succeeds` (the latest one, if several), or null for the first of a line. */
  predecessor: VersionRef | null;
  /** Versions that succeed it, in release order. */
  successors: VersionRef[];
  /** Versions or families it is `based_on`, by id. */
  basedOn: NodeRef[];
  /** Every technique it adopts (disputed ones flagged in the edge), by id. */
  adopts: (NodeRef & { edge: EdgeInfo })[];
  /** Techniques it is the first of its family to adopt (inferred `introduces`), by id. */
  introduces: NodeRef[];
  /** Comparison with the predecessor, or null when there is none. */
  changes: VersionDiff | null;
  /** Inferred `pursues` edges, by motivation id. */
  pursues: Pursuit[];
  /** Attributes whose sources disagree, in attribute order. */
  conflicts: Conflict[];
  /** Disputed relations written on this version (adoptions a better source contradicts). */
  disputed: EdgeInfo[];
  /** Sources it is `described_in`, by id. */
  describedIn: NodeRef[];
}

/** Compares two versions; `from` is usually the older one. */
export function diff(graph: QueryGraph, fromName: string, toName: string): Result<VersionDiff> {
  const a = resolve(graph, fromName, { kinds: ['version'] });
  if (!a.ok) return a;
  const b = resolve(graph, toName, { kinds: ['version'] });
  if (!b.ok) return b;
  return ok(compare(graph, a.value, b.value));
}

/** `diff` on ids known to be versions. */
export function compare(graph: QueryGraph, from: string, to: string): VersionDiff {
  const A = adoptions(graph, from);
  const B = adoptions(graph, to);
  const change = (t: string, adoption: string | undefined, side: 'added' | 'removed'): TechniqueChange => {
    const drop = side === 'removed' ? findEdge(graph, to, 'drops', t) : undefined;
    const category = graph.getNodeAttribute(t, 'category');
    return {
      ...nodeRef(graph, t),
      category: typeof category === 'string' ? category : null,
      adoption: adoption ? edgeInfo(graph, adoption) : null,
      firstInFamily: side === 'added' && findEdge(graph, to, 'introduces', t) !== undefined,
      drop: drop ? edgeInfo(graph, drop) : null,
    };
  };
  const added = [...B]
    .filter(([t]) => !A.has(t))
    .sort(([x], [y]) => cmp(x, y))
    .map(([t, e]) => change(t, e, 'added'));
  const removed = [...A]
    .filter(([t]) => !B.has(t))
    .sort(([x], [y]) => cmp(x, y))
    .map(([t, e]) => change(t, e, 'removed'));
  const kept = [...B.keys()]
    .filter((t) => A.has(t))
    .sort(cmp)
    .map((t) => nodeRef(graph, t));
  const fromRef = versionRef(graph, from);
  const toRef = versionRef(graph, to);
  return {
    from: fromRef,
    to: toRef,
    sameFamily: fromRef.family !== null && fromRef.family === toRef.family,
    added,
    removed,
    kept,
    numbers: COMPARED_ATTRIBUTES.map((attr) => numberChange(graph, from, to, attr)),
  };
}

function numberChange(graph: QueryGraph, from: string, to: string, attribute: (typeof COMPARED_ATTRIBUTES)[number]): NumberChange {
  const read = (v: string) => {
    const a = graph.getNodeAttributes(v);
    const value = a[attribute];
    const text = a.claims?.[attribute]?.[0]?.text;
    return typeof value === 'number' ? { value, text: text ?? String(value) } : { value: null, text: null };
  };
  const x = read(from);
  const y = read(to);
  const both = x.value !== null && y.value !== null;
  return {
    attribute,
    label: ATTRIBUTES[attribute].label.en,
    type: ATTRIBUTES[attribute].type,
    from: x.value,
    to: y.value,
    fromText: x.text,
    toText: y.text,
    change: both ? y.value! - x.value! : null,
    ratio: both && x.value !== 0 ? Math.round((y.value! / x.value!) * 1000) / 1000 : null,
  };
}

/** What the version `name` is and changed. */
export function version(graph: QueryGraph, name: string): Result<VersionReport> {
  const found = resolve(graph, name, { kinds: ['version'] });
  if (!found.ok) return found;
  const v = found.value;
  const order = byRelease(graph);
  const out = (relation: string) => edgesOf(graph, v, 'out', (r) => r === relation);
  const preds = out('succeeds')
    .map((e) => graph.target(e))
    .sort(order);
  const pred = preds[preds.length - 1];
  let changes: VersionDiff | null = null;
  if (pred !== undefined) {
    changes = compare(graph, pred, v);
    // Explicit drops of techniques the predecessor's adoptions do not list.
    const listed = new Set(changes.removed.map((t) => t.id));
    const extra = out('drops')
      .filter((e) => !listed.has(graph.target(e)))
      .map((e) => {
        const t = graph.target(e);
        const category = graph.getNodeAttribute(t, 'category');
        return {
          ...nodeRef(graph, t),
          category: typeof category === 'string' ? category : null,
          adoption: null,
          firstInFamily: false,
          drop: edgeInfo(graph, e),
        };
      });
    changes.removed = [...changes.removed, ...extra].sort((a, b) => cmp(a.id, b.id));
  }
  const a = graph.getNodeAttributes(v);
  return ok({
    version: versionRef(graph, v),
    predecessor: pred === undefined ? null : versionRef(graph, pred),
    successors: edgesOf(graph, v, 'in', (r) => r === 'succeeds')
      .map((e) => graph.source(e))
      .sort(order)
      .map((s) => versionRef(graph, s)),
    basedOn: out('based_on').map((e) => nodeRef(graph, graph.target(e))),
    adopts: out('adopts').map((e) => ({ ...nodeRef(graph, graph.target(e)), edge: edgeInfo(graph, e) })),
    introduces: out('introduces').map((e) => nodeRef(graph, graph.target(e))),
    changes,
    pursues: out('pursues').map((e) => ({
      ...nodeRef(graph, graph.target(e)),
      via: [...(graph.getEdgeAttribute(e, 'via') ?? [])].sort(cmp).map((t) => nodeRef(graph, t)),
    })),
    conflicts: (a.conflicts ?? []).filter(isAttribute).map((attribute) => ({
      attribute,
      label: ATTRIBUTES[attribute].label.en,
      claims: a.claims?.[attribute] ?? [],
    })),
    disputed: graph
      .outEdges(v)
      .filter((e) => graph.getEdgeAttribute(e, 'status') === 'disputed')
      .sort(cmp)
      .map((e) => edgeInfo(graph, e)),
    describedIn: out('described_in').map((e) => nodeRef(graph, graph.target(e))),
  });
}
