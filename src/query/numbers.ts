/**
 * Numbers of a release (tokens, context, vocabulary, SFT size, languages,
 * flagship size) and its architecture per size, and how two releases compare.
 * The values shown are the graph's shown claims, one per scope
 * (`shownClaims`); "not reported" claims are kept apart and never shown as a
 * value; an attribute with no claim is "not stated", never a zero or a dash.
 * Two values are compared only when their scopes are the same (both whole,
 * or the same sizes), and qualified values (`~30`, `>29`) as intervals: when
 * the intervals overlap they are about the same, not a change.
 */
import { type ArchitectureRecord, isUnreported, scopeKey, shownClaims, shownRows } from '../graph/index.js';
import { ARCHITECTURE_FIELD_NAMES, type ArchitectureField, ATTRIBUTES, type Attribute } from '../vocabulary/index.js';
import type { QueryGraph } from './common.js';

/** Numeric release attributes the queries report, in this order. */
export const COMPARED_ATTRIBUTES = [
  'training_tokens',
  'context_native',
  'context_extended',
  'vocabulary',
  'sft_examples',
  'languages',
  'flagship_params',
] as const satisfies readonly Attribute[];

/** One of COMPARED_ATTRIBUTES. */
export type ComparedAttribute = (typeof COMPARED_ATTRIBUTES)[number];

/** A value as a claim gives it. */
export interface NumberValue {
  value: number;
  /** Active parameters of a `params` value. */
  active?: number;
  /** As the source wrote it. */
  text: string;
  /** `~`, `>`, `<`, `>=`, `<=`, or null for an exact value. */
  qualifier: string | null;
  /** The sizes or sub-models it applies to, or null for the whole release. */
  scope: string[] | null;
  sources: string[];
}

/** What a release states about one numeric attribute. */
export interface NumberFact {
  attribute: ComparedAttribute;
  label: string;
  /** `count` (K = 10³), `length` (K = 1024) or `params`. */
  type: 'count' | 'length' | 'params';
  /** The shown values, one per scope, the lead first. */
  values: NumberValue[];
  /** Claims that the source does not report the figure, with their sources and scope. */
  unreported: { sources: string[]; scope: string[] | null }[];
  /** Claims whose every value is disputed (listed under conflicts): stated, but nothing to show. */
  disputedOnly: boolean;
}

/** The comparison of two values of the same scope. */
export interface NumberPair {
  scope: string[] | null;
  from: NumberValue;
  to: NumberValue;
  /** `same` (equal exact values), `about the same` (overlapping qualified values), `more` or `less`. */
  verdict: 'same' | 'about the same' | 'more' | 'less';
  /** `to - from` as written, or null when about the same. */
  change: number | null;
  /** `to / from` rounded to 3 decimals, or null when about the same or `from` is 0. */
  ratio: number | null;
  /** A side is qualified: the change is approximate. */
  approximate: boolean;
}

/** One attribute on both sides, and the pairs of values of matching scopes. */
export interface NumberComparison {
  attribute: ComparedAttribute;
  label: string;
  type: NumberFact['type'];
  from: NumberFact;
  to: NumberFact;
  /** Values of the same scope on both sides, compared. Empty when a side states nothing or the scopes differ. */
  pairs: NumberPair[];
}

/** What `release` states about each of COMPARED_ATTRIBUTES. */
export function numberFacts(graph: QueryGraph, release: string): NumberFact[] {
  const claims = graph.getNodeAttribute(release, 'claims') ?? {};
  return COMPARED_ATTRIBUTES.map((attribute) => {
    const list = claims[attribute] ?? [];
    const values: NumberValue[] = shownClaims(list).flatMap((c) =>
      typeof c.value === 'number'
        ? [
            {
              value: c.value,
              ...(c.active !== undefined ? { active: c.active } : {}),
              text: c.text,
              qualifier: c.qualifier ?? null,
              scope: c.scope?.length ? [...c.scope] : null,
              sources: [...c.sources],
            },
          ]
        : [],
    );
    const unreported = list
      .filter((c) => isUnreported(c))
      .map((c) => ({ sources: [...c.sources], scope: c.scope?.length ? [...c.scope] : null }));
    const spec = ATTRIBUTES[attribute];
    return {
      attribute,
      label: spec.label.en,
      type: spec.type as NumberFact['type'],
      values,
      unreported,
      disputedOnly: !values.length && !unreported.length && list.length > 0,
    };
  });
}

/** The same scope: both whole, or the same items (7B = 7.0B). */
function sameScope(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (!a || !b) return !a && !b;
  const ka = new Set(a.map(scopeKey));
  const kb = new Set(b.map(scopeKey));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

/** Share of a value a qualifier leaves open: `~30` is 27–33, `>29` is 29–31.9. */
const SPREAD = 0.1;

/** The interval a written value stands for. */
export function interval(v: Pick<NumberValue, 'value' | 'qualifier'>): [number, number] {
  const x = v.value;
  switch (v.qualifier) {
    case '~':
      return [x * (1 - SPREAD), x * (1 + SPREAD)];
    case '>':
    case '>=':
      return [x, x * (1 + SPREAD)];
    case '<':
    case '<=':
      return [x * (1 - SPREAD), x];
    default:
      return [x, x];
  }
}

/** Compares two values of the same scope. */
export function comparePair(from: NumberValue, to: NumberValue): NumberPair {
  const approximate = from.qualifier !== null || to.qualifier !== null;
  const base = { scope: from.scope, from, to, approximate };
  const [a0, a1] = interval(from);
  const [b0, b1] = interval(to);
  const sameActive = (from.active ?? null) === (to.active ?? null);
  if (!approximate && from.value === to.value && sameActive) return { ...base, verdict: 'same', change: 0, ratio: 1 };
  if (approximate && a0 <= b1 && b0 <= a1) return { ...base, verdict: 'about the same', change: null, ratio: null };
  const change = to.value - from.value;
  return {
    ...base,
    verdict: change >= 0 ? 'more' : 'less',
    change,
    ratio: from.value === 0 ? null : Math.round((to.value / from.value) * 1000) / 1000,
  };
}

/** Compares what two releases state about each of COMPARED_ATTRIBUTES. */
export function compareNumbers(graph: QueryGraph, from: string, to: string): NumberComparison[] {
  const a = numberFacts(graph, from);
  const b = numberFacts(graph, to);
  return a.map((x, i) => {
    const y = b[i]!;
    const pairs = x.values.flatMap((v) => {
      const w = y.values.find((u) => sameScope(v.scope, u.scope));
      return w ? [comparePair(v, w)] : [];
    });
    return { attribute: x.attribute, label: x.label, type: x.type, from: x, to: y, pairs };
  });
}

// Architecture ----------------------------------------------------------------

/** One field of one size on both sides: a number (or true/false), null when not reported, absent when not given. */
export interface ArchitectureFieldPair {
  field: ArchitectureField;
  from?: number | boolean | null;
  to?: number | boolean | null;
  same: boolean;
}

/** A size both releases give an architecture row for, field by field. */
export interface ArchitectureComparison {
  /** The size as the newer side writes it. */
  size: string;
  fields: ArchitectureFieldPair[];
  fromSources: string[];
  toSources: string[];
}

/** The shown row of each size (the graph's one rule), by size. */
function rowsBySize(rows: readonly ArchitectureRecord[] | undefined): Map<string, ArchitectureRecord> {
  return new Map(shownRows(rows).map((r) => [scopeKey(r.size), r]));
}

/** Architecture compared per size both releases give (in the newer side's order), fields in table order. */
export function compareArchitecture(graph: QueryGraph, from: string, to: string): ArchitectureComparison[] {
  const a = rowsBySize(graph.getNodeAttribute(from, 'architecture'));
  const b = rowsBySize(graph.getNodeAttribute(to, 'architecture'));
  const out: ArchitectureComparison[] = [];
  for (const [key, row] of b) {
    const old = a.get(key);
    if (!old) continue;
    const fields = ARCHITECTURE_FIELD_NAMES.filter((f) => f in old.values || f in row.values).map((field) => ({
      field,
      ...(field in old.values ? { from: old.values[field] ?? null } : {}),
      ...(field in row.values ? { to: row.values[field] ?? null } : {}),
      same: field in old.values && field in row.values && old.values[field] === row.values[field] && old.values[field] !== null,
    }));
    out.push({ size: row.size, fields, fromSources: [...old.sources], toSources: [...row.sources] });
  }
  return out;
}
