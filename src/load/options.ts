/**
 * The load stage's settings in one place: its defaults (every limit that
 * keeps hostile input bounded, and when to parse in parallel), the rule of
 * each setting, `validateLoadOptions` (every problem as a value) and
 * `resolveLoadOptions` (the full settings, or OptionsError).
 */
import { availableParallelism } from 'node:os';
import { type OptionError, type OptionRule, type OptionRules, resolveOptions, rule, validateOptions } from '../diagnostics/index.js';
import type { ParseMemo } from './parsed.js';

export type { ParseMemo } from './parsed.js';

/** Settings of `load`. */
export interface LoadSettings {
  /** Folder display paths are relative to; undefined: process.cwd(). */
  cwd: string | undefined;
  /** Called once per file parsed, in the order they finish: `index` files were parsed before this one. */
  onFile: ((file: string, index: number, total: number) => void) | undefined;
  /**
   * Test hook: reads a file instead of the file system (tests run as root,
   * where permissions cannot make a file unreadable). May throw an errno error.
   */
  readFile: ((path: string) => Promise<Buffer>) | undefined;
  /** Reuse the parses of unchanged files (see ParseMemo); undefined: every file is parsed. */
  memo: ParseMemo | undefined;
  /** Largest fact file read (bytes); larger is FILE_TOO_LARGE. js-yaml needs about 10 bytes of memory per byte of input. */
  maxFileBytes: number;
  /** Most fact files a data folder may hold (`--max-files`); more is INPUT_TOO_LARGE, and nothing is read. */
  maxFiles: number;
  /** Most bytes of fact files read in all (`--max-input-mib`); the first file over it is INPUT_TOO_LARGE, and the rest is not read. */
  maxTotalBytes: number;
  /** Nesting depth of mappings and sequences (a fact file needs about 6); deeper is YAML_TOO_COMPLEX. */
  maxDepth: number;
  /** Expanded data nodes allowed per input byte (an alias bomb expands exponentially). */
  nodesPerByte: number;
  /** Expanded data nodes allowed in any file regardless of size. */
  minNodes: number;
  /**
   * Files longer than this (in UTF-16 code units) are never parsed with `yaml`
   * (whose document model costs ~45 bytes and ~0.4 µs per input byte): a
   * syntax error is reported at js-yaml's position (the first error only) and
   * other positions come from js-yaml's events (see locate.ts).
   */
  preciseMaxChars: number;
  /** Text (UTF-16 code units) read before parse workers are started: below it, the main thread parses alone. */
  parallelMinChars: number;
  /** Worker threads next to the main thread, which parses too. */
  workers: number;
  /**
   * Files queued per worker. A worker hears of its next file only when the
   * main thread is between two files of its own, so with one file at a time it
   * idled up to a whole parse after each file (it parsed a third of them); a
   * second file queued keeps it busy.
   */
  queuedPerWorker: number;
}

/** Options of `load`: any of its settings. */
export type LoadOptions = Partial<LoadSettings>;

/** The limits the YAML boundary needs (a worker thread gets them with each file). */
export type YamlLimits = Pick<LoadSettings, 'maxDepth' | 'nodesPerByte' | 'minNodes' | 'preciseMaxChars'>;

/** Defaults, in one place. */
export const LOAD_DEFAULTS: Readonly<LoadSettings> = {
  cwd: undefined,
  onFile: undefined,
  readFile: undefined,
  memo: undefined,
  maxFileBytes: 128 * 1024 * 1024,
  maxFiles: 100_000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxDepth: 64,
  nodesPerByte: 4,
  minNodes: 10_000,
  preciseMaxChars: 2_000_000,
  parallelMinChars: 3_000_000,
  workers: Math.max(1, availableParallelism() - 1),
  queuedPerWorker: 2,
};

/** What each setting accepts. */
export const LOAD_RULES: OptionRules<LoadSettings> = {
  cwd: rule.text,
  onFile: rule.callback,
  readFile: rule.callback,
  memo: { expected: 'a Map (ParseMemo)', test: (v) => v instanceof Map } satisfies OptionRule,
  maxFileBytes: rule.wholeNumber(0),
  maxFiles: rule.wholeNumber(1),
  maxTotalBytes: rule.wholeNumber(1),
  maxDepth: rule.wholeNumber(1, 10_000),
  nodesPerByte: rule.number(0),
  minNodes: rule.wholeNumber(0),
  preciseMaxChars: rule.number(-1),
  parallelMinChars: rule.number(0),
  workers: rule.wholeNumber(0, 256),
  queuedPerWorker: rule.wholeNumber(1, 1_000),
};

/** Every problem with load options, as values. */
export function validateLoadOptions(options: unknown, group = ''): OptionError[] {
  return validateOptions(LOAD_RULES, options, group);
}

/** The full load settings; throws OptionsError on an invalid option. */
export function resolveLoadOptions(options: LoadOptions = {}): LoadSettings {
  return resolveOptions(LOAD_DEFAULTS, LOAD_RULES, options);
}
