/**
 * Adopters: what every release (version or sub-model) is known to do with a
 * technique, in release order, by status (status.ts): stated adopters with
 * their scope and sources, inherited adopters with where from, stated noes,
 * drops with what they are relative to, and disputed statements apart. The
 * first stated adopter across families, and the first of each family (the
 * builder's inferred `introduces`).
 */
import {
  type EdgeInfo,
  findEdge,
  type NodeRef,
  nodeRef,
  ok,
  type QueryGraph,
  type Result,
  releasesInOrder,
  type VersionRef,
  versionRef,
} from './common.js';
import { resolve } from './resolve.js';
import { type Inheritance, statusReader } from './status.js';

/** A stated adoption. */
export interface Adoption extends VersionRef {
  /** First release of its family to adopt the technique (has an `introduces` edge). */
  first: boolean;
  /** The `adopts` edge (scope, sources, note). */
  edge: EdgeInfo;
}

/** A release that inherits the technique from a release it comes from. */
export interface InheritedAdoption extends VersionRef {
  /** The routes to the releases that state it (only those that adopt it). */
  inherited: Inheritance[];
}

/** A release with a statement about the technique other than an adoption. */
export interface Stated extends VersionRef {
  edge: EdgeInfo;
}

/** The answer of `adopters`. */
export interface Adopters {
  technique: NodeRef;
  /** The earliest stated adopter with a release date, across families (with its adoption), or null. */
  first: Adoption | null;
  /** The first stated adopter of each family, in release order. */
  firstPerFamily: Adoption[];
  /** Stated adoptions (non-disputed `adopts`), in release order (then id); undated releases last. */
  adopters: Adoption[];
  /** Releases that state nothing about it but inherit an adoption, in release order. */
  inherited: InheritedAdoption[];
  /** Stated noes (`not_adopts`), in release order. */
  notAdopted: Stated[];
  /** Drops, each with the release it is relative to, in release order. */
  droppedBy: Stated[];
  /** Disputed statements (adopts, not_adopts, drops), in release order: shown, never counted. */
  disputed: Stated[];
}

/** What every release is known to do with the technique `name`. */
export function adopters(graph: QueryGraph, name: string): Result<Adopters> {
  const found = resolve(graph, name, { kinds: ['technique'] });
  if (!found.ok) return found;
  const t = found.value;
  const out: Adopters = {
    technique: nodeRef(graph, t),
    first: null,
    firstPerFamily: [],
    adopters: [],
    inherited: [],
    notAdopted: [],
    droppedBy: [],
    disputed: [],
  };
  const read = statusReader(graph);
  for (const r of releasesInOrder(graph)) {
    const s = read(r, t);
    const ref = versionRef(graph, r);
    for (const edge of s.adopted) out.adopters.push({ ...ref, first: findEdge(graph, r, 'introduces', t) !== undefined, edge });
    for (const edge of s.notAdopted) (edge.relation === 'drops' ? out.droppedBy : out.notAdopted).push({ ...ref, edge });
    for (const edge of s.disputed) out.disputed.push({ ...ref, edge });
    const from = s.inherited.filter((i) => i.status === 'adopted');
    if (s.status === 'inherited' && from.length) out.inherited.push({ ...ref, inherited: from });
  }
  out.firstPerFamily = out.adopters.filter((a) => a.first);
  out.first = out.adopters.find((a) => a.released !== null) ?? null;
  return ok(out);
}
