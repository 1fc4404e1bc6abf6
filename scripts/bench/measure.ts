/**
 * Timing helpers of the benchmark: medians of repeated runs, in this process
 * or in a child process (wall time, peak resident set through rss.mjs).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One measured stage: seconds of each run; optional size processed and memory. */
export interface Sample {
  seconds: number[];
  /** Bytes read or written, for MB/s. */
  bytes?: number;
  /** Peak memory in MB (resident set of a whole process, or above the loaded graph for writers). */
  peakMB?: number;
  note?: string;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Runs `fn` `runs` times in this process; seconds of each run. */
export async function timeRuns(runs: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t = performance.now();
    await fn();
    out.push((performance.now() - t) / 1000);
  }
  return out;
}

export const RSS_PRELOAD = fileURLToPath(new URL('./rss.mjs', import.meta.url));

/** Result of one child process. */
export interface ChildRun {
  seconds: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set, MB, when the child was started through RSS_PRELOAD. */
  peakMB?: number;
}

/** Runs a command, timing it from spawn to exit; with `rss`, node is preloaded with rss.mjs. */
export async function child(
  cmd: string,
  args: readonly string[],
  options: { rss?: boolean; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ChildRun> {
  const dir = options.rss ? await mkdtemp(join(tmpdir(), 'tg-bench-rss-')) : undefined;
  const rssFile = dir ? join(dir, 'rss') : undefined;
  const argv = options.rss ? ['--import', RSS_PRELOAD, ...args] : [...args];
  const t = performance.now();
  const p = spawn(cmd, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, ...(rssFile ? { TG_BENCH_RSS: rssFile } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  p.stdout.on('data', (d) => (stdout += d));
  p.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((res, rej) => {
    p.on('error', rej);
    p.on('close', res);
  });
  const seconds = (performance.now() - t) / 1000;
  let peakMB: number | undefined;
  if (rssFile) {
    peakMB = Number(await readFile(rssFile, 'utf8').catch(() => 'NaN')) / 1024;
    await rm(dir!, { recursive: true, force: true });
  }
  return { seconds, code, stdout, stderr, ...(peakMB !== undefined && Number.isFinite(peakMB) ? { peakMB } : {}) };
}

/** Runs a child `runs` times; fails loudly on a non-zero exit. */
export async function childRuns(
  runs: number,
  cmd: string,
  args: readonly string[],
  options: { rss?: boolean; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Sample> {
  const seconds: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const r = await child(cmd, args, options);
    if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}:\n${r.stderr.slice(-2000)}`);
    seconds.push(r.seconds);
    peak = Math.max(peak, r.peakMB ?? 0);
  }
  return { seconds, ...(options.rss ? { peakMB: peak } : {}) };
}
