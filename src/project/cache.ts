/**
 * The graph cache: a query or sparql on data that has not changed since the
 * last build (or query) reads the built graph from a snapshot instead of
 * loading, validating and building the data folder again.
 *
 * Keyed by content, so never stale: the key is a hash of the code that built
 * the graph (`codeId`) and of every byte of every fact file with its path
 * (`fingerprint` from the loader, the same hash `load` computes over the very
 * bytes it parsed). A changed byte, file added, removed or renamed is another
 * key; a snapshot is written only under the key of the bytes it was built from.
 * Invalid data is never cached (its diagnostics come from a full check).
 *
 * Where: $TECHGRAPH_CACHE_DIR, else $XDG_CACHE_HOME/techgraph, else
 * ~/.cache/techgraph; `TECHGRAPH_CACHE_DIR=off` turns it off. The newest
 * `CACHE_LIMITS.entries` snapshots are kept. Every cache failure (read-only,
 * full disk, a damaged file) falls back to building: the cache only saves time.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/index.js';
import { type GraphReader, restore, snapshot } from '../graph/index.js';
import { fingerprint, type LoadOptions } from '../load/index.js';

/** Limits of the cache. */
export const CACHE_LIMITS = {
  /** Snapshots kept (the newest by modification time); a 100k-node graph takes about 150 MB. */
  entries: 6,
};

/** The cache folder, or undefined when the cache is off. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env.TECHGRAPH_CACHE_DIR;
  if (set === 'off') return undefined;
  if (set) return set;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'techgraph');
}

let code: string | undefined;

/**
 * What identifies the code that builds graphs: dist/build-id.txt, which
 * `npm run build` writes from the compiled files; from the TypeScript
 * sources (tests, tsx), the path, size and time of every source file.
 */
export function codeId(): string {
  if (code) return code;
  try {
    code = readFileSync(new URL('../build-id.txt', import.meta.url), 'utf8').trim();
  } catch {
    const src = fileURLToPath(new URL('..', import.meta.url));
    const h = createHash('sha256');
    for (const f of (readdirSync(src, { recursive: true }) as string[]).sort()) {
      const s = statSync(join(src, f));
      if (s.isFile()) h.update(`${f}\0${s.size}\0${s.mtimeMs}\0`);
    }
    code = `src-${h.digest('hex').slice(0, 32)}`;
  }
  return code;
}

const entryName = (key: string) => `${createHash('sha256').update(`${codeId()}\0${key}`).digest('hex').slice(0, 40)}.snap`;

/** The cached graph of a content key, or undefined (no entry, unreadable, or written by other code). */
export async function readCached(key: string, dir = cacheDir()): Promise<GraphReader | undefined> {
  if (!dir) return undefined;
  try {
    return restore(await readFile(join(dir, entryName(key)))).asReader();
  } catch {
    return undefined;
  }
}

/** Caches `graph` under the content key of the bytes it was built from; best effort, atomic (rename). */
export async function writeCached(key: string, graph: GraphReader, dir = cacheDir()): Promise<void> {
  if (!dir) return;
  const file = join(dir, entryName(key));
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, snapshot(graph));
    await rename(tmp, file);
    await prune(dir);
  } catch {
    await rm(tmp, { force: true }).catch(() => undefined);
  }
}

/** Keeps the newest CACHE_LIMITS.entries snapshots; removes temporaries older than a minute (dead writers). */
async function prune(dir: string): Promise<void> {
  const entries = await Promise.all(
    (await readdir(dir))
      .filter((f) => /^[0-9a-f]{40}\.snap(\.tmp-.*)?$/.test(f))
      .map(async (f) => ({ f, t: (await stat(join(dir, f)).catch(() => null))?.mtimeMs ?? 0 })),
  );
  const snaps = entries.filter((e) => e.f.endsWith('.snap')).sort((a, b) => b.t - a.t);
  const old = [...snaps.slice(CACHE_LIMITS.entries), ...entries.filter((e) => e.f.includes('.tmp-') && e.t < Date.now() - 60_000)];
  await Promise.all(old.map((e) => rm(join(dir, e.f), { force: true }).catch(() => undefined)));
}

/** A graph to query: from the cache, or checked and built (then cached); or the errors of invalid data. */
export type GraphOrErrors = { ok: true; graph: GraphReader; cached: boolean } | { ok: false; diagnostics: Diagnostic[] };

/** Options of `graphOf`. */
export interface GraphOfOptions {
  /** Folder diagnostic paths (and so the content key's paths) are relative to. */
  cwd?: string;
  /** Cache folder (default `cacheDir()`); null: no cache. */
  cacheDir?: string | null;
  /** Input limits of the load stage (files, bytes), for the content key and the build alike. */
  load?: Pick<LoadOptions, 'maxFiles' | 'maxTotalBytes'>;
}

/**
 * The built graph of the data folder `data` (no layout), from the cache when
 * its content has not changed. On a miss the pipeline is loaded, so a cache
 * hit costs a read of the data and of the snapshot, and nothing else.
 */
export async function graphOf(data: string, options: GraphOfOptions = {}): Promise<GraphOrErrors> {
  const dir = options.cacheDir === null ? undefined : (options.cacheDir ?? cacheDir());
  const cwd = options.cwd ?? process.cwd();
  const key = dir ? await fingerprint(data, { cwd, ...options.load }) : undefined;
  const hit = key ? await readCached(key, dir) : undefined;
  if (hit) return { ok: true, graph: hit, cached: true };
  const [{ check }, { build }] = await Promise.all([import('../pipeline/index.js'), import('../graph/index.js')]);
  const checked = await check({ data, cwd, ...(options.load ? { load: options.load } : {}) });
  if (!checked.ok) return { ok: false, diagnostics: checked.diagnostics };
  const graph = build(checked.facts);
  if (checked.fingerprint) await writeCached(checked.fingerprint, graph, dir);
  return { ok: true, graph, cached: false };
}
