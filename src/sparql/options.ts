/**
 * The SPARQL stage's settings in one place: the limits a query runs within
 * (limited.ts), their defaults, the rule of each, `validateSparqlOptions`
 * (every problem as a value) and `resolveSparqlOptions` (the full settings,
 * or OptionsError).
 */
import { type OptionError, type OptionRules, resolveOptions, rule, validateOptions } from '../diagnostics/index.js';

/** Output formats: `text` gives the parsed answer, the others Oxigraph's serialisation. */
export type SparqlFormat = 'text' | 'json' | 'csv' | 'tsv' | 'xml';

/** Settings of `limitedQuery`. */
export interface SparqlSettings {
  /** The answer's form: parsed (`text`) or as Oxigraph serialises it. */
  format: SparqlFormat;
  /** Longest a query may run, in seconds, counted once the triples are loaded (`--timeout`). */
  timeoutSeconds: number;
  /** Most rows an answer may have: solutions of a SELECT, triples of a CONSTRUCT or DESCRIBE (`--max-rows`). */
  maxRows: number;
  /** Memory of the worker that runs the query, in MiB: its JavaScript heap, and the engine's WebAssembly memory. */
  memoryMiB: number;
}

/** Options of `limitedQuery`: any of its settings. */
export type SparqlOptions = Partial<SparqlSettings>;

/** Defaults, in one place. */
export const SPARQL_DEFAULTS: Readonly<SparqlSettings> = {
  format: 'text',
  timeoutSeconds: 30,
  maxRows: 100_000,
  memoryMiB: 1024,
};

/** What each setting accepts. */
export const SPARQL_RULES: OptionRules<SparqlSettings> = {
  format: rule.oneOf(['text', 'json', 'csv', 'tsv', 'xml']),
  timeoutSeconds: rule.number(0.001, 86_400),
  maxRows: rule.wholeNumber(1),
  memoryMiB: rule.wholeNumber(16, 65_536),
};

/** Every problem with SPARQL options, as values. */
export function validateSparqlOptions(options: unknown, group = ''): OptionError[] {
  return validateOptions(SPARQL_RULES, options, group);
}

/** The full SPARQL settings; throws OptionsError on an invalid option. */
export function resolveSparqlOptions(options: SparqlOptions = {}): SparqlSettings {
  return resolveOptions(SPARQL_DEFAULTS, SPARQL_RULES, options);
}
