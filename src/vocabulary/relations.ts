/**
 * Relations: the closed vocabulary of typed, directed edges. Each relation
 * names the kinds it may join, whether it must stay acyclic, and whether the
 * builder infers it (inferred relations cannot be written in fact files).
 */
import type { Kind } from './kinds.js';

/** A relation name. */
export type Relation =
  | 'in_family'
  | 'succeeds'
  | 'based_on'
  | 'adopts'
  | 'drops'
  | 'described_in'
  | 'serves'
  | 'extends'
  | 'replaces'
  | 'variant_of'
  | 'derived_from'
  | 'generalizes'
  | 'complements'
  | 'part_of'
  | 'introduced_in'
  | 'published_by'
  | 'pursues'
  | 'introduces';

/** Everything the pipeline needs to know about one relation. */
export interface RelationSpec {
  /** Kinds allowed at the tail (the node the relation is written on). */
  from: readonly Kind[];
  /** Kinds allowed at the head (the referenced node). */
  to: readonly Kind[];
  /** A cycle through this relation alone is an error. */
  acyclic: boolean;
  /** Added by the builder, never written by hand. */
  inferred: boolean;
  /** Reading of `A rel B`, English and Chinese. */
  label: { en: string; zh: string };
  /** One line for the README and the JSON Schema. */
  description: string;
  /**
   * Lineage relations lead from a technique to its ancestors; the lineage
   * query and the time model walk them.
   */
  lineage: boolean;
}

const r = (
  from: readonly Kind[],
  to: readonly Kind[],
  en: string,
  zh: string,
  description: string,
  opts: { acyclic?: boolean; inferred?: boolean; lineage?: boolean } = {},
): RelationSpec => ({
  from,
  to,
  acyclic: opts.acyclic ?? false,
  inferred: opts.inferred ?? false,
  lineage: opts.lineage ?? false,
  label: { en, zh },
  description,
});

const T = ['technique'] as const;

/** The relation vocabulary, in documentation order. */
export const RELATIONS: Readonly<Record<Relation, RelationSpec>> = {
  in_family: r(['version', 'source'], ['family'], 'in family', '属于', 'A version (or a source) belongs to a family.'),
  succeeds: r(['version'], ['version'], 'succeeds', '继承自', 'A version is the next release after another.', { acyclic: true }),
  based_on: r(['version'], ['version', 'family'], 'based on', '基于', 'A version takes its base architecture from another version or family (often across families).', { acyclic: true }),
  adopts: r(['version'], T, 'adopts', '采用', 'A version uses a technique.'),
  drops: r(['version'], T, 'drops', '弃用', 'A version removes a technique its predecessor used.'),
  described_in: r(['version', 'family'], ['source'], 'described in', '见于', 'A version is documented by a report, blog post or article.'),
  serves: r(['technique'], ['motivation'], 'serves', '服务于', 'A technique serves a motivation.'),
  extends: r(T, T, 'extends', '扩展', 'A technique builds on another and keeps it.', { acyclic: true, lineage: true }),
  replaces: r(T, T, 'replaces', '取代', 'A technique takes the place of another.', { lineage: true }),
  variant_of: r(T, T, 'variant of', '变体', 'A technique is a variant of another.', { acyclic: true, lineage: true }),
  derived_from: r(T, T, 'derived from', '源自', 'A technique was derived from another.', { acyclic: true, lineage: true }),
  generalizes: r(T, T, 'generalizes', '泛化', 'A technique contains another as a special case.', { acyclic: true, lineage: true }),
  complements: r(T, T, 'complements', '配合', 'A technique is used together with another (a companion, not an ancestor).'),
  part_of: r(['technique', 'motivation'], ['technique', 'motivation'], 'part of', '组成部分', 'A component of a larger technique, or a narrower motivation within a broader one.', { acyclic: true }),
  introduced_in: r(T, ['source'], 'introduced in', '提出于', 'The paper (or post) that introduced a technique.'),
  published_by: r(['source'], ['family'], 'published by', '发布者', 'The family or organisation behind a source.'),
  pursues: r(['version'], ['motivation'], 'pursues', '追求', 'Inferred: a version pursues a motivation through the techniques it adopts.', { inferred: true }),
  introduces: r(['version'], T, 'introduces', '首次引入', 'Inferred: the first version of its family (by release date) to adopt a technique.', { inferred: true }),
};

/** All relation names in documentation order. */
export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

/** Relations that may be written in fact files on a node of `kind`. */
export function writableRelations(kind: Kind): Relation[] {
  return RELATION_NAMES.filter((n) => !RELATIONS[n].inferred && RELATIONS[n].from.includes(kind));
}

/** True when `name` is a relation of the vocabulary. */
export function isRelation(name: string): name is Relation {
  return Object.hasOwn(RELATIONS, name);
}
