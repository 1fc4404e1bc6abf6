/**
 * Options, one pattern for every stage (after sigma's settings): per stage an
 * interface of its settings, a DEFAULTS object, a `validate…Options(partial)`
 * that returns every problem as a value (`OptionError`: code INVALID_OPTION,
 * the option's name, what it takes, what it got), and a
 * `resolve…Options(partial)` that gives the full settings, defaults filled in.
 * A resolve function refuses invalid options by throwing `OptionsError` (a
 * bad option is a bug in the caller, not bad data); the pipeline validates
 * first and returns the errors as INVALID_OPTION diagnostics instead.
 *
 * An option set to `undefined` takes its default; a name the stage does not
 * know is an error (a misspelt option never passes silently).
 * Browser-safe: nothing here imports Node.
 */

/** An option the stage cannot use: a value with a code, never a thrown string. */
export interface OptionError {
  code: 'INVALID_OPTION';
  /** The option's name, with its group: `layout.iterations`. */
  option: string;
  /** What it takes: `a whole number from 1 to 999999, or "auto"`. */
  expected: string;
  /** What it got, as text: `-1`, `"fast"`, `undefined`. */
  actual: string;
}

/** The one text form of an option error. */
export function formatOptionError(e: OptionError): string {
  return `option ${e.option}: expected ${e.expected}, got ${e.actual}`;
}

/** Thrown (or rejected) by a stage given invalid options; `errors` lists each one. */
export class OptionsError extends Error {
  readonly code = 'INVALID_OPTION';
  constructor(readonly errors: readonly OptionError[]) {
    super(errors.map(formatOptionError).join('; '));
    this.name = 'OptionsError';
  }
}

/** What an option accepts: a description and a test. */
export interface OptionRule {
  expected: string;
  test(v: unknown): boolean;
}

/** The rule of every option of a settings type. */
export type OptionRules<T> = { readonly [K in keyof T]-?: OptionRule };

/** A whole number in [min, max]. */
const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER): OptionRule => ({
  expected: max === Number.MAX_SAFE_INTEGER ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`,
  test: (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max,
});

/** A number in [min, max], Infinity allowed when max is. */
const number = (min: number, max = Infinity): OptionRule => ({
  expected: max === Infinity ? `a number ≥ ${min}` : `a number from ${min} to ${max}`,
  test: (v) => typeof v === 'number' && !Number.isNaN(v) && v >= min && v <= max,
});

/** One of a list of values. */
const oneOf = <V>(values: readonly V[]): OptionRule => ({
  expected: `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  test: (v) => values.includes(v as V),
});

/** A list whose every item is one of `values`. */
const listOf = <V>(values: readonly V[]): OptionRule => ({
  expected: `a list of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
  test: (v) => Array.isArray(v) && v.every((x) => values.includes(x as V)),
});

/** Text, not empty. */
const text: OptionRule = { expected: 'non-empty text', test: (v) => typeof v === 'string' && v.length > 0 };
/** true or false. */
const boolean: OptionRule = { expected: 'true or false', test: (v) => typeof v === 'boolean' };
/** A function (a callback or a hook). */
const callback: OptionRule = { expected: 'a function', test: (v) => typeof v === 'function' };

/** Any of several rules. */
const either = (...rules: OptionRule[]): OptionRule => ({
  expected: rules.map((r) => r.expected).join(', or '),
  test: (v) => rules.some((r) => r.test(v)),
});

/** The rules options are checked by. */
export const rule = { wholeNumber, number, oneOf, listOf, text, boolean, callback, either } as const;

/** `-1`, `"fast"`, `undefined`, `a function`, `[1,2]`: what an option got, as text. */
export function describeValue(v: unknown): string {
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v === undefined) return String(v);
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/**
 * Checks options against their rules: every unknown name, and every value
 * that is set (not undefined) and breaks its rule. `group` prefixes the names
 * (`layout` → `layout.iterations`).
 */
export function validateOptions<T>(rules: OptionRules<T>, options: unknown, group = ''): OptionError[] {
  const name = (k: string) => (group ? `${group}.${k}` : k);
  if (options === undefined) return [];
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    return [{ code: 'INVALID_OPTION', option: group || 'options', expected: 'an object of options', actual: describeValue(options) }];
  const errors: OptionError[] = [];
  for (const [k, v] of Object.entries(options)) {
    const rule = Object.hasOwn(rules, k) ? (rules as Record<string, OptionRule>)[k]! : undefined;
    if (!rule)
      errors.push({
        code: 'INVALID_OPTION',
        option: name(k),
        expected: `no such option; known: ${Object.keys(rules).join(', ')}`,
        actual: describeValue(v),
      });
    else if (v !== undefined && !rule.test(v))
      errors.push({ code: 'INVALID_OPTION', option: name(k), expected: rule.expected, actual: describeValue(v) });
  }
  return errors;
}

/**
 * The full settings: defaults, overridden by every option set. Throws
 * OptionsError when an option breaks its rule.
 */
export function resolveOptions<T extends object>(defaults: T, rules: OptionRules<T>, options: Partial<T> | undefined, group = ''): T {
  const errors = validateOptions(rules, options, group);
  if (errors.length) throw new OptionsError(errors);
  const out = { ...defaults };
  for (const [k, v] of Object.entries(options ?? {})) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
