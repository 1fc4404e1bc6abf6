/**
 * The query stage's settings in one place: the options every query takes,
 * their defaults, the rule of each, `validateQueryOptions` (every problem as
 * a value) and `resolveQueryOptions` (the full settings, or the first problem
 * as an INVALID_OPTION query error: queries return errors, never throw).
 * Browser-safe.
 */
import { type OptionError, type OptionRules, resolveOptions, rule, validateOptions } from '../diagnostics/index.js';
import { KIND_NAMES, type Kind } from '../vocabulary/index.js';

/** Which way to walk a lineage: `up` to ancestors (out-edges), `down` to descendants (in-edges). */
export type Direction = 'up' | 'down';

/** Settings of the queries; each query reads the ones it uses. */
export interface QuerySettings {
  /** lineage: directions to walk. */
  directions: readonly Direction[];
  /** lineage: levels to walk (Infinity: unlimited). */
  depth: number;
  /** paths: how many paths; undefined: every shortest path (at most `allShortestLimit`). */
  k: number | undefined;
  /** paths: the largest k accepted: Yen's algorithm costs O(k · L · (V + E)) (`--max-k` raises it). */
  maxK: number;
  /** paths: also walk inferred edges. */
  inferred: boolean;
  /** paths: kinds the inner nodes of a path may have; undefined: every kind. */
  through: readonly Kind[] | undefined;
  /** paths: most paths returned when every shortest path is asked for. */
  allShortestLimit: number;
  /** motivation, timeline: only versions of this family (a name, resolved like any other). */
  family: string | undefined;
}

/** Defaults, in one place. */
export const QUERY_DEFAULTS: Readonly<QuerySettings> = {
  directions: ['up', 'down'],
  depth: Infinity,
  k: undefined,
  maxK: 1000,
  inferred: false,
  through: undefined,
  allShortestLimit: 50,
  family: undefined,
};

/** What each setting accepts. */
export const QUERY_RULES: OptionRules<QuerySettings> = {
  directions: rule.listOf(['up', 'down']),
  depth: rule.either(rule.wholeNumber(0), rule.oneOf([Infinity])),
  k: rule.wholeNumber(1),
  maxK: rule.wholeNumber(1),
  inferred: rule.boolean,
  through: rule.listOf(KIND_NAMES),
  allShortestLimit: rule.wholeNumber(1),
  family: rule.text,
};

/** Every problem with query options, as values. */
export function validateQueryOptions(options: unknown, group = ''): OptionError[] {
  return validateOptions(QUERY_RULES, options, group);
}

/** The full query settings; throws OptionsError on an invalid option (the queries turn it into an INVALID_OPTION result). */
export function resolveQueryOptions(options: Partial<QuerySettings> = {}): QuerySettings {
  return resolveOptions(QUERY_DEFAULTS, QUERY_RULES, options);
}
