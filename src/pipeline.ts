/**
 * The pipeline, end to end: load → validate → build → layout → export.
 * Reports progress through a callback, never prints, never exits: the CLI
 * (or any other caller) decides what to show.
 */
import { build, type TechGraph } from './build.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { gexf } from './export/gexf.js';
import { json } from './export/json.js';
import { writeAtomic, type FaultHook, type OutputFile } from './export/write.js';
import type { FactSet } from './facts.js';
import { layout, type LayoutOptions } from './layout.js';
import { load } from './load/index.js';
import { validate } from './validate.js';

/** Export formats. */
export const FORMATS = {
  gexf: { file: 'graph.gexf', write: (g: TechGraph) => gexf(g) },
  json: { file: 'graph.json', write: (g: TechGraph) => json(g) },
} as const;
export type Format = keyof typeof FORMATS;

/** A progress event. */
export type Progress =
  | { stage: 'load'; file: string; done: number; total: number }
  | { stage: 'validate' | 'build'; done: boolean }
  | { stage: 'layout'; done: number; total: number }
  | { stage: 'write'; file: string; bytes: number };

/** Options shared by check and build. */
export interface CheckOptions {
  /** Data folder. */
  data: string;
  /** Folder diagnostic paths are relative to. */
  cwd?: string;
  onProgress?: (event: Progress) => void;
}

/** Options of buildExports. */
export interface BuildExportsOptions extends CheckOptions {
  /** Output folder. */
  out: string;
  formats?: readonly Format[];
  layout?: Partial<Omit<LayoutOptions, 'onProgress'>>;
  /** Test hook to simulate a write failure. */
  fault?: FaultHook;
}

/** Result of check. */
export interface CheckResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  facts: FactSet;
}

/** Result of buildExports. */
export interface BuildResult extends CheckResult {
  graph?: TechGraph;
  written: { path: string; bytes: number }[];
}

/** Loads and validates the data folder; `ok` when there is no error (warnings allowed). */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const loaded = await load(options.data, {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    onFile: (file, i, total) => options.onProgress?.({ stage: 'load', file, done: i + 1, total }),
  });
  const { facts, diagnostics } = validate(loaded.files);
  options.onProgress?.({ stage: 'validate', done: true });
  const all = sortDiagnostics([...loaded.diagnostics, ...diagnostics]);
  return { ok: !hasErrors(all), diagnostics: all, facts };
}

/** Checks, builds the graph, lays it out and writes the exports atomically. Writes nothing if there is any error. */
export async function buildExports(options: BuildExportsOptions): Promise<BuildResult> {
  const checked = await check(options);
  if (!checked.ok) return { ...checked, written: [] };
  const graph = build(checked.facts);
  options.onProgress?.({ stage: 'build', done: true });
  layout(graph, { ...options.layout, onProgress: (done, total) => options.onProgress?.({ stage: 'layout', done, total }) });
  const formats = options.formats ?? (Object.keys(FORMATS) as Format[]);
  const files: OutputFile[] = formats.map((f) => ({ name: FORMATS[f].file, chunks: () => FORMATS[f].write(graph) }));
  try {
    const written = await writeAtomic(options.out, files, options.fault);
    for (const w of written) options.onProgress?.({ stage: 'write', file: w.path, bytes: w.bytes });
    return { ...checked, graph, written };
  } catch (e) {
    const d: Diagnostic = { code: 'WRITE_ERROR', severity: 'error', file: options.out, line: 1, column: 1, message: `exports not written, previous files kept: ${e instanceof Error ? e.message : String(e)}` };
    return { ...checked, ok: false, diagnostics: [...checked.diagnostics, d], graph, written: [] };
  }
}
