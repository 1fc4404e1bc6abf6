/**
 * The built graph's types: node, edge and graph attributes as they live in
 * the graphology graph and in `graph.json`. Every stage after the build
 * (layout, exports, queries, the viewer) reads the graph through these.
 */
import type Graph from 'graphology';
import type AbstractGraph from 'graphology-types';
import type { ArchitectureField, Attribute, ClaimStatus, Kind, Relation, TypedValue } from '../vocabulary/index.js';

/** A claim as stored on the graph (JSON-friendly). */
export interface ClaimRecord {
  value: TypedValue['value'];
  text: string;
  sources: string[];
  status: ClaimStatus;
  note?: string;
  quote?: string;
  /** Active parameters of a `params` value. */
  active?: number;
  qualifier?: string;
  /** The source says it does not report the figure (`value` is null). */
  unreported?: boolean;
  /** The sizes or sub-models the claim applies to, as written; absent: the whole node. */
  scope?: string[];
}

/** One architecture row as stored on the graph: a size, its numbers, their provenance. */
export interface ArchitectureRecord {
  size: string;
  total: number;
  active?: number;
  /** Field → number (or true/false for `tied_embeddings`, null when the source does not report it). */
  values: Partial<Record<ArchitectureField, number | boolean | null>>;
  sources: string[];
  status: ClaimStatus;
  note?: string;
  quote?: string;
}

/** Attributes of a node in the graph and in `graph.json`. */
export interface NodeAttributes {
  kind: Kind;
  label: string;
  labels: Record<string, string>;
  aliases: string[];
  description?: string;
  descriptions: Record<string, string>;
  sources: string[];
  note?: string;
  /** The label, with the kind after it when nodes of different kinds share the label: what every name shown uses. */
  display?: string;
  /** Family id for releases and sources that name one (a sub-model inherits its version's). */
  family?: string;
  /** Date (YYYY-MM-DD) from which the node is part of the graph; see timeline. */
  since: string;
  color: string;
  size: number;
  x: number;
  y: number;
  /** Every claim per attribute, the preferred one first. */
  claims: Partial<Record<Attribute, ClaimRecord[]>>;
  /** Architecture rows (releases), in the order written. */
  architecture?: ArchitectureRecord[];
  /** Attributes whose sources disagree (`architecture` when its rows do). */
  conflicts: (Attribute | 'architecture')[];
  /** Preferred values, flattened: `released`, `vocabulary`, … */
  [attribute: string]: unknown;
}

/** Attributes of an edge. */
export interface EdgeAttributes {
  relation: Relation;
  label: string;
  sources: string[];
  status: ClaimStatus;
  inferred: boolean;
  since: string;
  note?: string;
  quote?: string;
  /** For `pursues`: the techniques through which the version pursues the motivation. */
  via?: string[];
  /** The sizes or sub-models the relation applies to, as written; absent: the whole node. */
  scope?: string[];
  /** For `drops`: the release it is relative to. */
  relative_to?: string;
}

/** The graph type techgraph builds. */
export type TechGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Graph-level attributes. */
export interface GraphAttributes {
  name: string;
  /** First and last date of the timeline (YYYY-MM-DD); `end` is after every `since`. */
  start: string;
  end: string;
  /** Languages that labels use, `en` first. */
  languages: string[];
}

/**
 * Any graphology graph with techgraph's node and edge attributes: the built
 * `TechGraph`, or `graph.json` imported into graphology (the viewer, queries).
 */
// biome-ignore lint/suspicious/noExplicitAny: a graph imported from graph.json (or another tool) may carry any graph attributes.
export type ReadGraph = AbstractGraph<NodeAttributes, EdgeAttributes, any>;
