/**
 * The pipeline, end to end: load → validate → build → layout → export.
 * Reports progress through a callback, never prints, never exits: the CLI
 * (or any other caller) decides what to show.
 */
import { join } from 'node:path';
import {
  type Diagnostic,
  hasErrors,
  type OptionError,
  type OptionRule,
  optionDiagnostic,
  rule,
  sortDiagnostics,
  validateOptions,
} from '../diagnostics/index.js';
import {
  type ExportOptions,
  exportNames,
  type FaultHook,
  FORMATS,
  type Format,
  type FormatSpec,
  type OutputFile,
  recoverFolder,
  validateExportOptions,
  writeAtomic,
} from '../export/index.js';
import { type BuildOptions, build, type FactSet, type TechGraph, validateBuildOptions } from '../graph/index.js';
import { type LayoutOptions, layout, validateLayoutOptions } from '../layout/index.js';
import { type LoadOptions, load, validateLoadOptions } from '../load/index.js';
import { type ValidateOptions, validate, validateValidateOptions } from '../validate/index.js';

/**
 * A progress event: how far a stage is, `done` of `total` (files parsed, files
 * validated, nodes and relations added to the graph, layout iterations), or
 * for a write, how much of `file` is written (`size`: about that many bytes
 * while it is written, counting text chunks in characters; then its exact size
 * in `bytes` with `done: true`).
 */
export type Progress =
  | { stage: 'load'; file: string; done: number; total: number }
  | { stage: 'validate' | 'build' | 'layout'; done: number; total: number }
  | { stage: 'write'; file: string; size: number; done: false }
  | { stage: 'write'; file: string; bytes: number; done: true };

/** Options shared by check and build; each stage's own options under its name, with the stage's defaults (progress goes through `onProgress`). */
export interface CheckOptions {
  /** Data folder. */
  data: string;
  /** Folder diagnostic paths are relative to. */
  cwd?: string;
  onProgress?: (event: Progress) => void;
  /** Load settings (limits, parallel parsing, the watch mode's parse memo; LOAD_DEFAULTS). */
  load?: Omit<LoadOptions, 'cwd' | 'onFile'>;
  /** Validate settings (VALIDATE_DEFAULTS). */
  validate?: Omit<ValidateOptions, 'onProgress'>;
}

/** Options of buildExports. */
export interface BuildExportsOptions extends CheckOptions {
  /** Output folder. */
  out: string;
  formats?: readonly Format[];
  /** Build settings (the graph's name; BUILD_DEFAULTS). */
  build?: Omit<BuildOptions, 'onProgress'>;
  /** Layout settings (LAYOUT_DEFAULTS). */
  layout?: Omit<LayoutOptions, 'onProgress'>;
  /** Export settings (EXPORT_DEFAULTS). */
  export?: ExportOptions;
  /** Test hook to simulate a write failure. */
  fault?: FaultHook;
}

/** Stage options, checked by the stage's own validate function. */
const STAGE: OptionRule = { expected: 'an object of options', test: () => true };
const CHECK_RULES = { data: rule.text, cwd: rule.text, onProgress: rule.callback, load: STAGE, validate: STAGE };
const BUILD_EXPORTS_RULES = {
  ...CHECK_RULES,
  out: rule.text,
  formats: rule.listOf(Object.keys(FORMATS)),
  build: STAGE,
  layout: STAGE,
  export: STAGE,
  fault: rule.callback,
};
const field = (o: unknown, name: string): unknown =>
  typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[name] : undefined;
/** A stage's group of options but the keys the pipeline sets itself (progress, cwd). */
const stage = (o: unknown, name: string, ...own: string[]): unknown => {
  const g = field(o, name);
  return typeof g === 'object' && g !== null && !Array.isArray(g)
    ? Object.fromEntries(Object.entries(g).filter(([k]) => !own.includes(k)))
    : g;
};
/** An error for each required option left out. */
const required = (o: unknown, ...names: string[]): OptionError[] =>
  names
    .filter((n) => field(o, n) === undefined)
    .map((n) => ({ code: 'INVALID_OPTION', option: n, expected: 'non-empty text (required)', actual: 'undefined' }));

/** Every problem with the options of `check`, as values (each stage's group checked by the stage's own rules). */
export function validateCheckOptions(options: unknown): OptionError[] {
  return [
    ...validateOptions(CHECK_RULES, options),
    ...required(options, 'data'),
    ...validateLoadOptions(stage(options, 'load', 'cwd', 'onFile'), 'load'),
    ...validateValidateOptions(stage(options, 'validate', 'onProgress'), 'validate'),
  ];
}

/** Every problem with the options of `buildExports`, as values. */
export function validateBuildExportsOptions(options: unknown): OptionError[] {
  return [
    ...validateOptions(BUILD_EXPORTS_RULES, options),
    ...required(options, 'data', 'out'),
    ...validateLoadOptions(stage(options, 'load', 'cwd', 'onFile'), 'load'),
    ...validateValidateOptions(stage(options, 'validate', 'onProgress'), 'validate'),
    ...validateBuildOptions(stage(options, 'build', 'onProgress'), 'build'),
    ...validateLayoutOptions(stage(options, 'layout', 'onProgress'), 'layout'),
    ...validateExportOptions(field(options, 'export'), 'export'),
  ];
}

const emptyFacts = (): FactSet => ({ nodes: [], relations: [] });

/** Result of check. */
export interface CheckResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  facts: FactSet;
  /** The content key of the files read (`Loaded.fingerprint`): what the graph cache keys on. */
  fingerprint?: string;
}

/**
 * Result of buildExports. The facts are not kept: once the graph is built
 * they are freed (on 100k nodes they and the text behind their positions
 * weigh 0.4 GB), so layout and writes run with the graph alone in memory.
 */
export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  graph?: TechGraph;
  written: { path: string; bytes: number }[];
  /** The content key of the files read (see CheckResult). */
  fingerprint?: string;
}

/**
 * Loads and validates the data folder; `ok` when there is no error (warnings
 * allowed). Invalid options are INVALID_OPTION diagnostics, and nothing is read.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const bad = validateCheckOptions(options);
  if (bad.length) return { ok: false, diagnostics: bad.map(optionDiagnostic), facts: emptyFacts() };
  return checkValid(options);
}

async function checkValid(options: CheckOptions): Promise<CheckResult> {
  const loaded = await load(options.data, {
    ...options.load,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    onFile: (file, i, total) => options.onProgress?.({ stage: 'load', file, done: i + 1, total }),
  });
  const progress = options.onProgress;
  const { facts, diagnostics } = validate(loaded.files, {
    ...options.validate,
    ...(progress ? { onProgress: (done, total) => progress({ stage: 'validate', done, total }) } : {}),
  });
  const all = sortDiagnostics([...loaded.diagnostics, ...diagnostics]);
  return { ok: !hasErrors(all), diagnostics: all, facts, ...(loaded.fingerprint ? { fingerprint: loaded.fingerprint } : {}) };
}

/** An export whose chunks report how much is written, every megabyte or so. */
function reporting(f: OutputFile, path: string, onProgress: (e: Progress) => void): OutputFile {
  return {
    ...f,
    *chunks() {
      let size = 0;
      let next = 1 << 20;
      for (const chunk of f.chunks()) {
        yield chunk;
        if ((size += chunk.length) >= next) {
          onProgress({ stage: 'write', file: path, size, done: false });
          next = size + (1 << 20);
        }
      }
    },
  };
}

/** Checks and builds the graph; the facts live only as long as this call. */
async function checkAndBuild(
  options: BuildExportsOptions,
): Promise<{ ok: boolean; diagnostics: Diagnostic[]; graph?: TechGraph; fingerprint?: string }> {
  const { ok, diagnostics, facts, fingerprint } = await checkValid(options);
  if (!ok) return { ok, diagnostics };
  const progress = options.onProgress;
  return {
    ok,
    diagnostics,
    ...(fingerprint ? { fingerprint } : {}),
    graph: build(facts, {
      ...options.build,
      ...(progress ? { onProgress: (done, total) => progress({ stage: 'build', done, total }) } : {}),
    }),
  };
}

/**
 * Checks, builds the graph, lays it out and writes the exports atomically.
 * Writes nothing if there is any error. First, whatever the outcome, it
 * repairs what a killed build left in the output folder (`recoverFolder`).
 * Invalid options are INVALID_OPTION diagnostics, before anything is read or
 * touched.
 */
export async function buildExports(options: BuildExportsOptions): Promise<BuildResult> {
  const bad = validateBuildExportsOptions(options);
  if (bad.length) return { ok: false, diagnostics: bad.map(optionDiagnostic), written: [] };
  // Best effort: a failure here (a read-only folder) is met again, and reported, by the write step, which recovers under the lock.
  // Recovery restores or removes only the exports these settings name (and its own temporaries).
  const exports = exportNames(options.export);
  await recoverFolder(options.out, { ...options.export, exports }).catch(() => null);
  const checked = await checkAndBuild(options);
  if (!checked.graph) return { ...checked, written: [] };
  const { graph, fingerprint } = checked;
  const key = fingerprint ? { fingerprint } : {};
  const progress = options.onProgress;
  await layout(graph, {
    ...options.layout,
    ...(progress ? { onProgress: (done: number, total: number) => progress({ stage: 'layout', done, total }) } : {}),
  });
  const formats = options.formats ?? (Object.keys(FORMATS) as Format[]);
  const files: OutputFile[] = formats.flatMap((f) => (FORMATS[f] as FormatSpec).files(graph, options.export));
  try {
    const written = await writeAtomic(
      options.out,
      progress ? files.map((f) => reporting(f, join(options.out, f.name), progress)) : files,
      options.fault,
      { ...options.export, exports },
    );
    for (const w of written) progress?.({ stage: 'write', file: w.path, bytes: w.bytes, done: true });
    return { ok: true, diagnostics: checked.diagnostics, graph, written, ...key };
  } catch (e) {
    const d: Diagnostic = {
      code: 'WRITE_ERROR',
      severity: 'error',
      file: options.out,
      line: 1,
      column: 1,
      message: `exports not written, previous files kept: ${e instanceof Error ? e.message : String(e)}`,
    };
    return { ok: false, diagnostics: [...checked.diagnostics, d], graph, written: [], ...key };
  }
}
