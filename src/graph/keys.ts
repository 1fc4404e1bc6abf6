/**
 * Edge keys: one edge per (source, relation, target), keyed
 * `source->relation->target` in the graph and every export that names edges.
 */
import type { Relation } from '../vocabulary/index.js';

/** The key of the edge `source -relation-> target`. */
export const edgeKey = (source: string, relation: Relation, target: string): string => `${source}->${relation}->${target}`;
