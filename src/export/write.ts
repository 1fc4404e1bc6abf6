/**
 * Atomic output. A build never leaves a half-written export, never mixes the
 * files of two builds, and never leaves temporary files behind for good:
 *
 * 1. Every export is streamed into `.tg-tmp-<tag>-<name>` in the output
 *    folder and flushed to disk (`<tag>` = pid-time-random).
 * 2. Under the folder lock `.tg-lock` (created exclusively, holding the pid):
 *    what dead builds left is recovered (below); the current exports are
 *    hard-linked to backups; a journal `.tg-tmp-<tag>.journal` lists
 *    temporary → export → backup; the temporaries are renamed into place in
 *    a fixed order; the journal is deleted (the commit point) and the backups.
 * 3. On any failure before the commit point the renames are undone from the
 *    backups and every temporary is removed: the previous exports stay.
 *
 * A killed build cannot clean up. The next build into the folder does it
 * (`recover`): `.tg-tmp-*` files of processes that no longer run are removed,
 * and a dead build's journal is rolled back (its backups renamed over its
 * exports), so a kill between two renames ends with every previous export
 * restored. A build recovers at its start (`recoverFolder`, before it even
 * reads its data, so a build that fails still repairs the folder) and again
 * under the lock before its renames. A lock whose owner is dead is broken.
 * Two concurrent builds therefore end with the complete set of one of them.
 */
import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ByteSink, type Chunk } from './bytes.js';
import { EXPORT_DEFAULTS, type ExportOptions, type ExportSettings, resolveExportOptions } from './options.js';

/** One file to write: its name in the output folder and its content as chunks (text, or UTF-8 bytes). */
export interface OutputFile {
  name: string;
  chunks: () => Iterable<Chunk>;
}

/**
 * Test hook, called before each chunk is written (`chunkIndex` 0, 1, …) and
 * before each export is renamed into place (`'rename'`); it may throw to
 * simulate a failure at that point.
 */
export type FaultHook = (file: string, chunkIndex: number | 'rename') => void;

/** Prefix of every temporary, backup and journal file the writer creates. */
export const TEMP_PREFIX = '.tg-tmp-';
/** The folder lock. */
export const LOCK_NAME = '.tg-lock';

/** The atomic writer's settings: how long it waits for another build's lock, when a lock is stale (EXPORT_DEFAULTS). */
export type WriteOptions = Pick<ExportOptions, 'lockTimeoutMs' | 'lockStaleMs'>;
type LockTiming = Pick<ExportSettings, 'lockTimeoutMs' | 'lockStaleMs'>;

/**
 * Test-only pauses, in milliseconds, so a test can kill the process at a
 * chosen point: after the first chunk of each temporary is written, and after
 * each rename but the last. Never set outside tests.
 */
const PAUSE_ENV = { write: 'TECHGRAPH_TEST_WRITE_PAUSE_MS', rename: 'TECHGRAPH_TEST_RENAME_PAUSE_MS' };
const pauseFor = (at: keyof typeof PAUSE_ENV) => Number(process.env[PAUSE_ENV[at]]) || 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface JournalEntry {
  /** Export path relative to the folder. */
  name: string;
  temp: string;
  /** Backup of the previous export, or null when there was none. */
  backup: string | null;
}

/**
 * Writes all files atomically into `dir`; returns their paths and sizes.
 * Throws on failure, leaving `dir` as it was (OptionsError on an invalid
 * option, before anything is written).
 */
export async function writeAtomic(
  dir: string,
  files: readonly OutputFile[],
  fault?: FaultHook,
  options: WriteOptions = {},
): Promise<{ path: string; bytes: number }[]> {
  const timing = resolveExportOptions(options);
  await mkdir(dir, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const flat = (name: string) => name.replace(/[\\/]/g, '_');
  const entries: JournalEntry[] = files.map((f) => ({ name: f.name, temp: `${TEMP_PREFIX}${tag}-${flat(f.name)}`, backup: null }));
  const written: { path: string; bytes: number }[] = [];
  const journal = `${TEMP_PREFIX}${tag}.journal`;
  const ours = (name: string) => name.startsWith(`${TEMP_PREFIX}${tag}`);

  // 1. Temporaries, outside the lock (the slow part runs concurrently).
  try {
    for (const [k, f] of files.entries())
      written.push({ path: join(dir, f.name), bytes: await writeFile(join(dir, entries[k]!.temp), f, fault) });
  } catch (e) {
    await removeOwn(dir, ours);
    throw e;
  }

  // 2. Recover, back up, journal, rename, commit: under the lock.
  const release = await acquireLock(dir, timing).catch(async (e: unknown) => {
    await removeOwn(dir, ours);
    throw e;
  });
  try {
    await recover(dir);
    for (const e of entries) {
      const target = join(dir, e.name);
      if (!(await exists(target))) continue;
      e.backup = `${TEMP_PREFIX}${tag}-bak-${flat(e.name)}`;
      await link(target, join(dir, e.backup)).catch(() => copyFile(target, join(dir, e.backup!)));
    }
    await writeJournal(dir, journal, entries);
    const pause = pauseFor('rename');
    try {
      for (const [k, e] of entries.entries()) {
        fault?.(e.name, 'rename');
        await mkdir(dirname(join(dir, e.name)), { recursive: true });
        await rename(join(dir, e.temp), join(dir, e.name));
        if (pause && k < entries.length - 1) await sleep(pause);
      }
      await syncDir(dir);
    } catch (err) {
      await rollBack(dir, entries);
      await rm(join(dir, journal), { force: true });
      throw err;
    }
    await rm(join(dir, journal), { force: true }); // committed
    await syncDir(dir);
    return written;
  } finally {
    await removeOwn(dir, ours);
    await release();
  }
}

/**
 * Streams one export into `path`, flushed to disk; returns its size in bytes.
 * Text chunks are encoded into the writers' one sink (ByteSink) and written a
 * full buffer at a time; byte chunks are written as they come. One write is
 * in flight while the next chunk is produced, so the disk and the generator
 * overlap.
 */
async function writeFile(path: string, f: OutputFile, fault?: FaultHook): Promise<number> {
  const handle = await open(path, 'wx');
  let inFlight: Promise<unknown> | undefined;
  try {
    let bytes = 0;
    let i = 0;
    const text = new ByteSink(EXPORT_DEFAULTS.chunk);
    const pause = pauseFor('write');
    const writeAll = async (b: Uint8Array) => {
      for (let at = 0; at < b.length; ) at += (await handle.write(b, at, b.length - at)).bytesWritten;
    };
    const put = async (b: Uint8Array) => {
      await inFlight;
      bytes += b.length;
      inFlight = writeAll(b);
    };
    for (const chunk of f.chunks()) {
      fault?.(f.name, i++);
      if (typeof chunk === 'string') text.text(chunk);
      else {
        for (const b of text.end()) await put(b);
        await put(chunk);
      }
      if (text.ready) for (const b of text.drain()) await put(b);
      if (pause && i === 1) {
        for (const b of text.end()) await put(b);
        await inFlight;
        await sleep(pause);
      }
    }
    for (const b of text.end()) await put(b);
    await inFlight;
    await handle.sync();
    return bytes;
  } finally {
    await inFlight?.catch(() => undefined);
    await handle.close();
  }
}

/** Restores every export listed in a journal from its backup (or removes it when there was none before). */
async function rollBack(dir: string, entries: readonly JournalEntry[]): Promise<void> {
  for (const e of entries) {
    const target = join(dir, e.name);
    if (!(await exists(join(dir, e.temp)))) {
      // Renamed into place: put the previous export back.
      if (e.backup !== null && (await exists(join(dir, e.backup)))) await rename(join(dir, e.backup), target);
      else if (e.backup === null) await rm(target, { force: true });
    }
  }
  for (const e of entries) {
    await rm(join(dir, e.temp), { force: true });
    if (e.backup !== null) await rm(join(dir, e.backup), { force: true });
  }
}

async function writeJournal(dir: string, name: string, entries: readonly JournalEntry[]): Promise<void> {
  const handle = await open(join(dir, name), 'wx');
  try {
    await handle.writeFile(JSON.stringify({ pid: process.pid, entries }));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncDir(dir);
}

/**
 * Cleans up after builds that died: rolls back their journals, removes their
 * temporaries and backups. Only files of processes that no longer run are
 * touched. Call with the folder lock held.
 */
export async function recover(dir: string): Promise<{ rolledBack: number; removed: number }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { rolledBack: 0, removed: 0 };
  }
  let rolledBack = 0;
  let removed = 0;
  const dead = (name: string) => {
    const pid = Number(/^\.tg-tmp-(\d+)-/.exec(name)?.[1]);
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid);
  };
  for (const name of names.filter((n) => n.startsWith(TEMP_PREFIX) && n.endsWith('.journal') && dead(n))) {
    let entries: JournalEntry[] | undefined;
    try {
      entries = (JSON.parse(await readFile(join(dir, name), 'utf8')) as { entries: JournalEntry[] }).entries;
    } catch {
      entries = undefined; // killed while writing the journal: no export was renamed yet
    }
    if (entries) {
      await rollBack(dir, entries);
      rolledBack++;
    }
    await rm(join(dir, name), { force: true });
  }
  for (const name of (await readdir(dir)).filter((n) => n.startsWith(TEMP_PREFIX) && dead(n))) {
    await rm(join(dir, name), { force: true, recursive: true });
    removed++;
  }
  return { rolledBack, removed };
}

/**
 * Repairs `dir` after killed builds: takes the folder lock without waiting,
 * runs `recover`, releases. Resolves to what `recover` did, or to null when
 * it did not run: `dir` is not a folder, or a live build holds the lock (that
 * build recovers before its renames).
 */
export async function recoverFolder(dir: string, options: WriteOptions = {}): Promise<{ rolledBack: number; removed: number } | null> {
  const timing = resolveExportOptions(options);
  if (
    !(await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  )
    return null;
  const release = await acquireLock(dir, timing, false);
  if (!release) return null;
  try {
    return await recover(dir);
  } finally {
    await release();
  }
}

type Release = () => Promise<void>;

/**
 * Takes the folder lock, breaking a dead owner's; resolves to the release
 * function. A live owner is waited for (up to `lockTimeoutMs`, then it
 * throws), or with `waitForOwner` false not at all: resolves to undefined.
 */
async function acquireLock(dir: string, timing: LockTiming): Promise<Release>;
async function acquireLock(dir: string, timing: LockTiming, waitForOwner: false): Promise<Release | undefined>;
async function acquireLock(dir: string, timing: LockTiming, waitForOwner = true): Promise<Release | undefined> {
  const path = join(dir, LOCK_NAME);
  const deadline = Date.now() + timing.lockTimeoutMs;
  const mine = `${process.pid} ${Math.random().toString(36).slice(2, 10)}\n`;
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(mine);
      await handle.close();
      return async () => {
        // Release only our own lock.
        if ((await readFile(path, 'utf8').catch(() => '')) === mine) await rm(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const content = await readFile(path, 'utf8').catch(() => undefined);
    if (content === undefined) continue; // released meanwhile
    const owner = Number(content.split(' ')[0]);
    const age = Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? Date.now());
    // The owner died (or wrote nothing and is gone): break the lock, carefully.
    if ((Number.isInteger(owner) && owner > 0 && !alive(owner)) || (content === '' && age > 1000) || age > timing.lockStaleMs) {
      await breakLock(path, content);
      continue;
    }
    if (!waitForOwner) return undefined;
    if (Date.now() > deadline) {
      throw new Error(
        `${path} is held by process ${owner || '?'}; another build is writing here (if none is running, delete ${LOCK_NAME})`,
      );
    }
    await new Promise((r) => setTimeout(r, wait));
  }
}

/**
 * Moves a stale lock aside, and puts it back if what was moved is not the
 * stale lock (another build took the lock meanwhile).
 */
async function breakLock(path: string, stale: string): Promise<void> {
  const aside = `${path}-broken-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    await rename(path, aside);
  } catch {
    return; // someone else broke it first
  }
  const moved = await readFile(aside, 'utf8').catch(() => stale);
  if (moved !== stale) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

/** True when a process with this pid runs (a zombie counts as running until reaped). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Removes this build's own temporaries, backups and journal. */
async function removeOwn(dir: string, ours: (name: string) => boolean): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter(ours).map((n) => rm(join(dir, n), { force: true })));
}

/** Flushes a folder's entries (the renames) to disk; best effort. */
async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems cannot fsync a folder; the renames are still atomic.
  }
}
