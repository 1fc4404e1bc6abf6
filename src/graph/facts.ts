/**
 * Facts: the validated, normalised content of all fact files, the contract
 * between validate (which produces it) and build (which turns it into a graph).
 * Positions are kept as sites and resolved only when a diagnostic needs one.
 */
import type { Position } from '../diagnostics/index.js';
import type { DataPath, Target } from '../load/index.js';
import type { Attribute, ClaimStatus, Kind, Relation, TypedValue } from '../vocabulary/index.js';

/** Where a fact was written: resolved to a line and column on demand. */
export interface Site {
  file: string;
  path: DataPath;
  locate(path: DataPath, target?: Target): Position;
}

/** Resolves a site to its position. */
export function positionOf(site: Site, target: Target = 'value'): Position {
  return site.locate(site.path, target);
}

/** One source's statement of an attribute value. */
export interface Claim {
  value: TypedValue;
  sources: string[];
  status: ClaimStatus;
  note?: string;
  quote?: string;
  site: Site;
}

/** A node with its attributes as claims. */
export interface NodeFact {
  id: string;
  kind: Kind;
  /** Labels by language; `en` (or the only one) first. */
  labels: Record<string, string>;
  aliases: string[];
  descriptions: Record<string, string>;
  /** Default sources of the node's facts. */
  sources: string[];
  note?: string;
  /** Claims per attribute, the lead claim first (see `leadFirst`), then in the order written. */
  attributes: Partial<Record<Attribute, Claim[]>>;
  /** The node's mapping in its file. */
  site: Site;
}

/** A written relation between two nodes. */
export interface RelationFact {
  relation: Relation;
  source: string;
  target: string;
  sources: string[];
  status: ClaimStatus;
  note?: string;
  quote?: string;
  site: Site;
}

/** All facts, ordered by id (nodes) and by source, relation, target (relations). */
export interface FactSet {
  nodes: NodeFact[];
  relations: RelationFact[];
}
