/**
 * Facts: the validated, normalised content of all fact files, the contract
 * between validate (which produces it) and build (which turns it into a graph).
 * Positions are kept as sites and resolved only when a diagnostic needs one.
 */
import type { Position } from '../diagnostics/index.js';
import type { DataPath, Target } from '../load/index.js';
import type { ArchitectureField, Attribute, ClaimStatus, Kind, Relation, TypedValue } from '../vocabulary/index.js';

/** Where a fact was written: resolved to a line and column on demand. */
export interface Site {
  file: string;
  path: DataPath;
  locate(path: DataPath, target?: Target): Position;
  /** The scalar at a path as written in the file, when the loader can tell. */
  written?(path: DataPath): string | undefined;
}

/** The value at a site as written in its file (`2024.10`), or undefined. */
export function writtenAt(site: Site): string | undefined {
  return site.written?.(site.path);
}

/** Resolves a site to its position. */
export function positionOf(site: Site, target: Target = 'value'): Position {
  return site.locate(site.path, target);
}

/** What every sourced statement carries: who says so, how much it is trusted, why, in whose words, and for what. */
export interface Statement {
  sources: string[];
  status: ClaimStatus;
  note?: string;
  quote?: string;
  /** The sizes (`32B`, `57B-A14B`) or sub-model ids it applies to, as written; absent: the whole node. */
  scope?: string[];
  /** The status was not written: `preferred` because it was the only claim (an extension may add others). */
  implicit?: boolean;
}

/** One source's statement of an attribute value. */
export interface Claim extends Statement {
  value: TypedValue;
  site: Site;
}

/** One row of a release's architecture table: the numbers for one size, from its sources. */
export interface ArchitectureRow extends Statement {
  /** The size as written (`7B`, `57B-A14B`). */
  size: string;
  /** Its total (and active) parameters. */
  total: number;
  active?: number;
  values: Partial<Record<ArchitectureField, TypedValue>>;
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
  /** Architecture rows (releases only), in the order written. */
  architecture: ArchitectureRow[];
  /** The node's mapping in its file. */
  site: Site;
}

/** A written relation between two nodes. */
export interface RelationFact extends Statement {
  relation: Relation;
  source: string;
  target: string;
  /** For a relative relation (`drops`): the release it is relative to. */
  relativeTo?: string;
  site: Site;
}

/** All facts, ordered by id (nodes) and by source, relation, target (relations). */
export interface FactSet {
  nodes: NodeFact[];
  relations: RelationFact[];
}
