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
 *
 * What is found in the folder is not trusted: a journal or lock may be
 * planted (a folder checked into a repository). Recovery reads a journal or
 * a lock only when it is a small regular file, opened without following a
 * link and without blocking (a FIFO under that name once hung every build);
 * it follows a journal's entry only when the entry names an export
 * (`EXPORT_NAMES`) and the temporary and backup names its own tag gives;
 * it never goes through a link to a folder, and removes nothing but its own
 * files (never a folder) and the exports a dead build added.
 */
import { constants } from 'node:fs';
import { copyFile, link, lstat, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
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

/**
 * The atomic writer's settings: how long it waits for another build's lock,
 * when a lock is stale (EXPORT_DEFAULTS); and the names of the exports that
 * recovering the folder may restore or remove (EXPORT_NAMES; the files being
 * written count too).
 */
export type WriteOptions = Pick<ExportOptions, 'lockTimeoutMs' | 'lockStaleMs'> & { exports?: Iterable<string> };
type LockTiming = Pick<ExportSettings, 'lockTimeoutMs' | 'lockStaleMs'>;

/** The lock timing of `options`, resolved by the export stage's rules. */
const timingOf = (options: WriteOptions): LockTiming => {
  const { exports: _, ...timing } = options;
  return resolveExportOptions(timing);
};

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

/** A file name with its folders flattened, as temporaries and backups are named. */
const flat = (name: string) => name.replace(/[\\/]/g, '_');
/** The temporary of export `name` in the build tagged `tag`. */
const tempName = (tag: string, name: string) => `${TEMP_PREFIX}${tag}-${flat(name)}`;
/** The backup of export `name` in the build tagged `tag`. */
const backupName = (tag: string, name: string) => `${TEMP_PREFIX}${tag}-bak-${flat(name)}`;
/** A journal's name: `.tg-tmp-<pid>-<time>-<random>.journal`; the tag is what follows the prefix. */
const JOURNAL = /^\.tg-tmp-(\d+-[0-9a-z]+-[0-9a-z]+)\.journal$/;

/**
 * A name in the output folder: relative, in folders of its own, none of
 * them `..`, `.` or empty (an export name, or one the caller passed).
 */
const plainName = (name: string) =>
  !isAbsolute(name) && !name.includes('\\') && name.split('/').every((s) => s !== '' && s !== '.' && s !== '..');

/**
 * Throws unless every folder on the way from `dir` to `name` is a real folder
 * (or absent): a link there (`neo4j -> /somewhere`) would take a write or a
 * removal out of the output folder.
 */
async function checkFolders(dir: string, name: string): Promise<void> {
  const parts = name.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const sub = parts.slice(0, i).join('/');
    const s = await lstat(join(dir, sub)).catch(() => undefined);
    if (s && !s.isDirectory())
      throw new Error(
        `${sub} in the output folder is ${s.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; exports are written only inside the output folder`,
      );
  }
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
  const timing = timingOf(options);
  for (const f of files) if (!plainName(f.name)) throw new Error(`"${f.name}" is not a name inside the output folder`);
  await mkdir(dir, { recursive: true });
  for (const f of files) await checkFolders(dir, f.name);
  const tag = `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const entries: JournalEntry[] = files.map((f) => ({ name: f.name, temp: tempName(tag, f.name), backup: null }));
  const recoverable = new Set([...files.map((f) => f.name), ...(options.exports ?? [])]);
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
    await recover(dir, recoverable);
    for (const e of entries) {
      const target = join(dir, e.name);
      const was = await lstat(target).catch(() => undefined);
      if (!was) continue;
      e.backup = backupName(tag, e.name);
      const backup = join(dir, e.backup);
      // A hard link keeps the very file (a link stays a link); a copy only of a regular file, never of what a link points to.
      await link(target, backup).catch((err: unknown) => {
        if (!was.isFile()) throw err;
        return copyFile(target, backup);
      });
    }
    await writeJournal(dir, journal, entries);
    const pause = pauseFor('rename');
    try {
      for (const [k, e] of entries.entries()) {
        fault?.(e.name, 'rename');
        await checkFolders(dir, e.name);
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

/**
 * Restores every export listed in a journal from its backup (or removes it
 * when there was none before). Each step is best effort, and none goes
 * through a link to a folder.
 */
async function rollBack(dir: string, entries: readonly JournalEntry[]): Promise<void> {
  const quietly = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      () => undefined,
    );
  for (const e of entries) {
    const target = join(dir, e.name);
    if (await exists(join(dir, e.temp))) continue; // not renamed into place yet
    if (
      !(await checkFolders(dir, e.name).then(
        () => true,
        () => false,
      ))
    )
      continue;
    // Renamed into place: put the previous export back, if it is a file we backed up.
    if (e.backup !== null) {
      const backup = await lstat(join(dir, e.backup)).catch(() => undefined);
      if (backup && !backup.isDirectory()) await quietly(rename(join(dir, e.backup), target));
    } else if (!(await lstat(target).catch(() => undefined))?.isDirectory()) await quietly(rm(target, { force: true }));
  }
  for (const e of entries) {
    await removeFile(dir, e.temp);
    if (e.backup !== null) await removeFile(dir, e.backup);
  }
}

/** Removes `name` from `dir` if it is not a folder (a link is removed, not followed); best effort. */
async function removeFile(dir: string, name: string): Promise<boolean> {
  const s = await lstat(join(dir, name)).catch(() => undefined);
  if (!s || s.isDirectory()) return false;
  return rm(join(dir, name), { force: true }).then(
    () => true,
    () => false,
  );
}

/** Largest journal or lock file read: anything bigger was not written by a build. */
const MAX_SMALL_FILE = 1 << 20;

/**
 * The text of a small regular file, or why not: `missing`, or `not a file`
 * (a link, a FIFO, a folder, a device, or too big). Opened without following
 * a link and without blocking, so no planted file can hang the build.
 */
async function readSmall(path: string): Promise<string | 'missing' | 'not a file'> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'not a file';
  }
  try {
    const s = await handle.stat();
    if (!s.isFile() || s.size > MAX_SMALL_FILE) return 'not a file';
    return await handle.readFile('utf8');
  } catch {
    return 'not a file';
  } finally {
    await handle.close();
  }
}

/** A journal's entries that recovery may follow: an export's name, and the temporary and backup names of the journal's own tag. */
function trustedEntries(tag: string, parsed: unknown, exports: ReadonlySet<string>): JournalEntry[] {
  const list = (parsed as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(list)) return [];
  const out: JournalEntry[] = [];
  for (const e of list as Partial<JournalEntry>[]) {
    const name = e?.name;
    if (typeof name !== 'string' || !exports.has(name) || !plainName(name)) continue;
    if (e.temp !== tempName(tag, name)) continue;
    if (e.backup !== null && e.backup !== backupName(tag, name)) continue;
    out.push({ name, temp: e.temp, backup: e.backup });
  }
  return out;
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
 * touched, and of those only this writer's own (see the header): a journal's
 * entries are followed only for the names in `exports`. Call with the folder
 * lock held.
 */
export async function recover(dir: string, exports: ReadonlySet<string> = new Set()): Promise<{ rolledBack: number; removed: number }> {
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
    return Number.isSafeInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid);
  };
  for (const name of names) {
    const tag = JOURNAL.exec(name)?.[1];
    if (tag === undefined || !dead(name)) continue;
    const text = await readSmall(join(dir, name));
    let parsed: unknown;
    try {
      parsed = typeof text === 'string' && text !== 'missing' && text !== 'not a file' ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined; // killed while writing the journal: no export was renamed yet
    }
    const entries = trustedEntries(tag, parsed, exports);
    if (entries.length) {
      await rollBack(dir, entries);
      rolledBack++;
    }
    await removeFile(dir, name);
  }
  for (const name of (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(TEMP_PREFIX) && dead(n)))
    if (await removeFile(dir, name)) removed++;
  return { rolledBack, removed };
}

/**
 * Repairs `dir` after killed builds: takes the folder lock without waiting,
 * runs `recover` (which restores or removes only the names in `options.exports`),
 * releases. Resolves to what `recover` did, or to null when it did not run:
 * `dir` is not a folder, or a live build holds the lock (that build recovers
 * before its renames).
 */
export async function recoverFolder(dir: string, options: WriteOptions = {}): Promise<{ rolledBack: number; removed: number } | null> {
  const timing = timingOf(options);
  if (
    !(await lstat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  )
    return null;
  const release = await acquireLock(dir, timing, false);
  if (!release) return null;
  try {
    return await recover(dir, new Set(options.exports ?? []));
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
        if ((await readSmall(path)) === mine) await rm(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const content = await readSmall(path);
    if (content === 'missing') continue; // released meanwhile
    if (content === 'not a file') {
      // No build makes a lock like this (a FIFO, a link, a folder): a link or a special file is removed, a folder refused.
      if ((await lstat(path).catch(() => undefined))?.isDirectory())
        throw new Error(`${path} is a folder, not a lock; remove it (${LOCK_NAME} is where a build holds the folder)`);
      await rm(path, { force: true });
      continue;
    }
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
  const moved = await readSmall(aside);
  if (moved !== stale && moved !== 'missing' && moved !== 'not a file') await link(aside, path).catch(() => undefined);
  await removeFile(dirname(aside), aside.slice(dirname(aside).length + 1));
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

/** True when something is at `path` (a link counts, wherever it leads). */
async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
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
