/**
 * Relations: the closed vocabulary of typed, directed edges. One entry holds
 * every fact about a relation: the kinds it joins, how it reads both ways (en,
 * zh), whether it must stay acyclic, whether the build infers it, whether it
 * leads to an ancestor (lineage), whether it brings its target into the time
 * model, and whether it is symmetric. Nothing else in techgraph keeps a list
 * of relations: a new relation is one entry here, type-checked.
 */
import type { Kind } from './kinds.js';

/** Text in the languages the vocabulary is written in. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** Everything the pipeline needs to know about one relation. */
export interface RelationSpec {
  /** Kinds allowed at the tail (the node the relation is written on). */
  from: readonly Kind[];
  /** Kinds allowed at the head (the referenced node), whatever the tail. */
  to: readonly Kind[];
  /** Where the allowed heads depend on the tail's kind: tail kind → head kinds (a subset of `to`). */
  pairs?: Partial<Record<Kind, readonly Kind[]>>;
  /** How `A rel B` reads from A. */
  label: Bilingual;
  /** How it reads from B's side: `rope` is "extended by" `yarn`. */
  inverse: Bilingual;
  /** One line for the README and the JSON Schema. */
  description: string;
  /** A cycle through this relation alone is an error. */
  acyclic: boolean;
  /** Added by the builder, never written by hand. */
  inferred: boolean;
  /**
   * Leads from a node to one it comes from (`child → parent`): the lineage
   * query, the selector's ancestors and the viewer's lineage walk these.
   */
  ancestry: boolean;
  /**
   * The time model: a dated node brings the target of this relation into the
   * graph from its own date (a version brings the techniques it adopts).
   */
  brings: boolean;
  /** `A rel B` means `B rel A`; written once, on either side. */
  symmetric: boolean;
  /** An entry names the predecessor it is relative to (`relative_to`, a release). */
  relative: boolean;
  /**
   * Between releases: what the head states about techniques carries over to the tail (shown as inherited), in
   * this order of preference (1 first): a base model before the version a sub-model belongs to, before the
   * release it succeeds. Absent: nothing carries over (`modelled_on` copies a design, not a model).
   */
  inherits?: number;
  /**
   * Between techniques: a release that states it adopts the tail (either side, when symmetric) inherits no
   * adoption of the head, so an inherited adoption never contradicts a stated one (Llama 4 adopts MoE, which
   * replaces the dense FFN: it inherits no dense FFN from Llama 3.1).
   */
  excludes: boolean;
}

type Flags = Partial<
  Pick<RelationSpec, 'acyclic' | 'inferred' | 'ancestry' | 'brings' | 'symmetric' | 'relative' | 'pairs' | 'inherits' | 'excludes'>
>;

const r = (
  from: readonly Kind[],
  to: readonly Kind[],
  label: Bilingual,
  inverse: Bilingual,
  description: string,
  flags: Flags = {},
): RelationSpec => ({
  from,
  to,
  label,
  inverse,
  description,
  acyclic: flags.acyclic ?? false,
  inferred: flags.inferred ?? false,
  ancestry: flags.ancestry ?? false,
  brings: flags.brings ?? false,
  symmetric: flags.symmetric ?? false,
  relative: flags.relative ?? false,
  excludes: flags.excludes ?? false,
  ...(flags.pairs ? { pairs: flags.pairs } : {}),
  ...(flags.inherits !== undefined ? { inherits: flags.inherits } : {}),
});

const T = ['technique'] as const;
/** Releases: versions and sub-models. */
const R = ['version', 'model'] as const;

/** The relation vocabulary, in documentation order. */
export const RELATIONS = {
  in_family: r(
    ['version', 'model', 'source'],
    ['family'],
    { en: 'in family', zh: '属于' },
    { en: 'has member', zh: '成员' },
    'A release (or a source) belongs to a family.',
    {
      brings: true,
    },
  ),
  succeeds: r(R, R, { en: 'succeeds', zh: '继承自' }, { en: 'succeeded by', zh: '后继版本' }, 'A release is the next one after another.', {
    acyclic: true,
    ancestry: true,
    inherits: 3,
  }),
  based_on: r(
    R,
    ['version', 'model', 'family'],
    { en: 'based on', zh: '基于' },
    { en: 'basis of', zh: '作为基础' },
    'A release is built from another release: trained on from its weights (continued pretraining, fine-tuning, upcycling, the base a student is distilled into). What the base states carries over to it (shown as inherited).',
    { acyclic: true, ancestry: true, brings: true, inherits: 1 },
  ),
  modelled_on: r(
    R,
    ['version', 'model', 'family'],
    { en: 'modelled on', zh: '仿照' },
    { en: 'model for', zh: '被仿照' },
    'A release follows the architecture design of another release or family without starting from its weights (Qwen 1.0 follows LLaMA). Nothing carries over: each release states its own techniques.',
    { acyclic: true, ancestry: true, brings: true },
  ),
  distilled_from: r(
    R,
    R,
    { en: 'distilled from', zh: '蒸馏自' },
    { en: 'distilled into', zh: '蒸馏为' },
    'A student release was trained on the outputs of a teacher release (written on the student).',
    { acyclic: true, ancestry: true },
  ),
  adopts: r(R, T, { en: 'adopts', zh: '采用' }, { en: 'adopted by', zh: '被采用' }, 'A release uses a technique.', { brings: true }),
  not_adopts: r(
    R,
    T,
    { en: 'does not adopt', zh: '未采用' },
    { en: 'not adopted by', zh: '未被采用' },
    'A stated "no": a source says the release does not use the technique.',
  ),
  drops: r(
    R,
    T,
    { en: 'drops', zh: '弃用' },
    { en: 'dropped by', zh: '被弃用' },
    'A release stops using a technique its predecessor (`relative_to`, by default the release it succeeds) used.',
    { relative: true },
  ),
  described_in: r(
    ['version', 'model', 'family'],
    ['source'],
    { en: 'described in', zh: '见于' },
    { en: 'describes', zh: '记载' },
    'A release is documented by a report, blog post, model card or article.',
    {
      brings: true,
    },
  ),
  serves: r(T, ['motivation'], { en: 'serves', zh: '服务于' }, { en: 'served by', zh: '服务者' }, 'A technique serves a motivation.', {
    brings: true,
  }),
  extends: r(T, T, { en: 'extends', zh: '扩展' }, { en: 'extended by', zh: '被扩展' }, 'A technique builds on another and keeps it.', {
    acyclic: true,
    ancestry: true,
    brings: true,
  }),
  replaces: r(
    T,
    T,
    { en: 'replaces', zh: '取代' },
    { en: 'replaced by', zh: '被取代' },
    'A technique takes the place of another in the same role.',
    {
      ancestry: true,
      brings: true,
      excludes: true,
    },
  ),
  alternative_to: r(
    T,
    T,
    { en: 'alternative to', zh: '可替代' },
    { en: 'alternative to', zh: '可替代' },
    'A neutral alternative: the two techniques solve the same problem differently (written once, on either side).',
    { symmetric: true, brings: true, excludes: true },
  ),
  variant_of: r(
    ['technique', 'model'],
    ['technique', 'version', 'model'],
    { en: 'variant of', zh: '变体' },
    { en: 'has variant', zh: '变体' },
    'A technique is a variant of another; a sub-model belongs to its version (or to another sub-model).',
    { acyclic: true, ancestry: true, brings: true, pairs: { technique: T, model: R }, inherits: 2 },
  ),
  derived_from: r(T, T, { en: 'derived from', zh: '源自' }, { en: 'gave rise to', zh: '衍生出' }, 'A technique was derived from another.', {
    acyclic: true,
    ancestry: true,
    brings: true,
  }),
  generalizes: r(
    T,
    T,
    { en: 'generalizes', zh: '泛化' },
    { en: 'generalized by', zh: '被泛化' },
    'A technique contains another as a special case.',
    {
      acyclic: true,
      ancestry: true,
      brings: true,
    },
  ),
  complements: r(
    T,
    T,
    { en: 'complements', zh: '配合' },
    { en: 'complemented by', zh: '被配合' },
    'A technique is used together with another (a companion, not an ancestor).',
    { brings: true },
  ),
  part_of: r(
    ['technique', 'motivation'],
    ['technique', 'motivation'],
    { en: 'part of', zh: '组成部分' },
    { en: 'has part', zh: '包含' },
    'A component of a larger technique, or a narrower motivation within a broader one.',
    { acyclic: true, brings: true },
  ),
  introduced_in: r(
    T,
    ['source'],
    { en: 'introduced in', zh: '提出于' },
    { en: 'introduces', zh: '提出' },
    'The paper (or post) that introduced a technique.',
    {
      brings: true,
    },
  ),
  published_by: r(
    ['source'],
    ['family'],
    { en: 'published by', zh: '发布者' },
    { en: 'publishes', zh: '发布' },
    'The family or organisation behind a source.',
    {
      brings: true,
    },
  ),
  pursues: r(
    R,
    ['motivation'],
    { en: 'pursues', zh: '追求' },
    { en: 'pursued by', zh: '被追求' },
    'Inferred: a release pursues a motivation through the techniques it adopts.',
    {
      inferred: true,
    },
  ),
  introduces: r(
    R,
    T,
    { en: 'introduces', zh: '首次引入' },
    { en: 'introduced by', zh: '首次引入于' },
    'Inferred: the first release of its family (by release date) to adopt a technique.',
    { inferred: true },
  ),
} as const satisfies Record<string, RelationSpec>;

/** A relation name. */
export type Relation = keyof typeof RELATIONS;

/** All relation names in documentation order. */
export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

/** The spec of a relation, widened to the interface. */
export function relationSpec(name: Relation): RelationSpec {
  return RELATIONS[name];
}

/** Relations that may be written in fact files on a node of `kind`. */
export function writableRelations(kind: Kind): Relation[] {
  return RELATION_NAMES.filter((n) => !relationSpec(n).inferred && relationSpec(n).from.includes(kind));
}

/** The kinds a relation written on a node of `from` may point to. */
export function relationTargets(relation: Relation, from: Kind): readonly Kind[] {
  const spec = relationSpec(relation);
  return spec.pairs?.[from] ?? spec.to;
}

/** True when `name` is a relation of the vocabulary (own keys only: `constructor` is not a relation). */
export function isRelation(name: string): name is Relation {
  return Object.hasOwn(RELATIONS, name);
}

/** Relations that lead from a node to one it comes from, in documentation order. */
export const ANCESTRY_RELATIONS: readonly Relation[] = RELATION_NAMES.filter((n) => relationSpec(n).ancestry);

/** Relations along which a release inherits what another states, most preferred first (the `inherits` order). */
export const INHERITING_RELATIONS: readonly Relation[] = RELATION_NAMES.filter((n) => relationSpec(n).inherits !== undefined).sort(
  (a, b) => relationSpec(a).inherits! - relationSpec(b).inherits!,
);

/** Relations between techniques by which a stated adoption of one excludes inheriting the other (the `excludes` flag). */
export const EXCLUDING_RELATIONS: ReadonlySet<Relation> = new Set(RELATION_NAMES.filter((n) => relationSpec(n).excludes));

/** Relations along which a dated node brings another into the time model. */
export const BRINGING_RELATIONS: ReadonlySet<Relation> = new Set(RELATION_NAMES.filter((n) => relationSpec(n).brings));

/** How a relation reads from its tail (`out`) or from its head (`in`), in `lang` (English when the language is not in the vocabulary). */
export function relationLabel(relation: Relation, dir: 'out' | 'in', lang: string = 'en'): string {
  const spec = relationSpec(relation);
  const text = dir === 'out' ? spec.label : spec.inverse;
  return lang === 'zh' ? text.zh : text.en;
}
