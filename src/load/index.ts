/**
 * Load: data folder → parsed fact files. Finds every *.yaml / *.yml at any
 * depth (sorted, so the result never depends on directory order), reads them
 * as strict UTF-8 and parses each behind the YAML boundary.
 */
import { createHash, type Hash } from 'node:crypto';
import { constants, type Dirent } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { type Diagnostic, error, type Position } from '../diagnostics/index.js';
import { type LoadOptions, type LoadSettings, resolveLoadOptions } from './options.js';
import type { ParsedData } from './parsed.js';
import type { DataPath, Target } from './paths.js';

export {
  LOAD_DEFAULTS,
  LOAD_RULES,
  type LoadOptions,
  type LoadSettings,
  type ParseMemo,
  resolveLoadOptions,
  validateLoadOptions,
  type YamlLimits,
} from './options.js';
export type { DataPath, Target } from './paths.js';

/** One parsed fact file. */
export interface FactFile {
  /** Display path (relative to `cwd`, forward slashes). */
  file: string;
  /** Parsed data; undefined when the file has YAML errors. */
  data: unknown;
  locate(path: DataPath, target?: Target): Position;
  /** The scalar at `path` as written in the file (`2024.10`, not the number 2024.1), or undefined. */
  written(path: DataPath): string | undefined;
}

/** Result of loading a data folder. */
export interface Loaded {
  files: FactFile[];
  diagnostics: Diagnostic[];
  /**
   * The data's content key: a hash of every file read (display path and
   * bytes, in reading order), the same as `fingerprint` gives for the same
   * files. Undefined when a folder or file could not be read.
   */
  fingerprint?: string;
}

const FACT_FILE = /\.ya?ml$/i;

/** Reads and parses every fact file under `dir`. Never throws for bad input; rejects with OptionsError (INVALID_OPTION) on an invalid option. */
export async function load(dir: string, options: LoadOptions = {}): Promise<Loaded> {
  const o = resolveLoadOptions(options);
  const cwd = o.cwd ?? process.cwd();
  const show = (abs: string) => relative(cwd, abs).split(sep).join('/') || '.';
  const top: Position = { file: show(dir), line: 1, column: 1 };
  const diagnostics: Diagnostic[] = [];

  try {
    if (!(await stat(dir)).isDirectory())
      return { files: [], diagnostics: [error('DATA_DIR_MISSING', top, `${show(dir)} is not a folder`)] };
  } catch {
    return { files: [], diagnostics: [error('DATA_DIR_MISSING', top, `data folder ${show(dir)} does not exist`)] };
  }

  const paths = await discover(dir, show, diagnostics);
  if (!paths.length && !diagnostics.length) diagnostics.push(error('NO_FACT_FILES', top, `no *.yaml or *.yml file under ${show(dir)}`));

  // The parsers (js-yaml, yaml) load with the first data to parse: a fingerprint alone does not pay for them.
  const [{ ParsePool }, { locator, scalarText }] = await Promise.all([import('./parallel.js'), import('./yaml.js')]);
  const hash = contentHash();
  // Read every file; parse as they come, on worker threads too once there is enough text (parallel.ts).
  const read: { file: string; text: string; job: number; reused?: ParsedData }[] = [];
  const memo = o.memo;
  const jobFiles: string[] = [];
  const pool = new ParsePool(o, (job, done) => o.onFile?.(jobFiles[job]!, done - 1, paths.length));
  try {
    let chars = 0;
    for (const abs of paths) {
      const file = show(abs);
      let bytes: Buffer;
      try {
        bytes = await readWith(o)(abs);
      } catch (e) {
        const err: NodeJS.ErrnoException = e instanceof Error ? e : new Error(String(e));
        const top = { file, line: 1, column: 1 };
        if (err.code === 'EFBIG') diagnostics.push(error('FILE_TOO_LARGE', top, `${err.message}; split it into several files`));
        else diagnostics.push(error('READ_ERROR', top, `cannot read: ${reason(err)}`));
        continue;
      }
      hash.add(file, bytes);
      const text = decode(bytes, file, diagnostics);
      if (text === undefined) continue;
      const kept = memo?.get(file);
      if (kept && kept.text === text) {
        read.push({ file, text, job: -1, reused: kept.parsed });
        continue;
      }
      if ((chars += text.length) >= o.parallelMinChars && paths.length > 1) pool.start();
      const job = pool.add({ text, file });
      jobFiles[job] = file;
      read.push({ file, text, job });
    }
    const unreadable = diagnostics.length > 0;
    const parsed = await pool.all();
    memo?.clear();
    const files: FactFile[] = read.map(({ file, text, job, reused }) => {
      const p = reused ?? parsed[job]!;
      memo?.set(file, { text, parsed: p });
      diagnostics.push(...p.diagnostics);
      const locate = locator(text, file, p.outline, o);
      return { file, data: p.data, locate, written: (path: DataPath) => scalarText(text, locate(path, 'value')) };
    });
    return { files, diagnostics, ...(unreadable ? {} : { fingerprint: hash.digest() }) };
  } finally {
    await pool.close();
  }
}

/**
 * The content key of the data folder `dir`, as `load` would give it in
 * `Loaded.fingerprint`, from reading the same files without parsing them
 * (undefined when the folder or a file cannot be read). Any changed byte,
 * added, removed or renamed file gives another key. Rejects with OptionsError
 * on an invalid option.
 */
export async function fingerprint(
  dir: string,
  options: Pick<LoadOptions, 'cwd' | 'readFile' | 'maxFileBytes'> = {},
): Promise<string | undefined> {
  const o = resolveLoadOptions(options);
  const cwd = o.cwd ?? process.cwd();
  const show = (abs: string) => relative(cwd, abs).split(sep).join('/') || '.';
  try {
    if (!(await stat(dir)).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const diagnostics: Diagnostic[] = [];
  const paths = await discover(dir, show, diagnostics);
  if (diagnostics.length || !paths.length) return undefined;
  const hash = contentHash();
  for (const abs of paths) {
    try {
      hash.add(show(abs), await readWith(o)(abs));
    } catch {
      return undefined;
    }
  }
  return hash.digest();
}

/** The one content hash of `load` and `fingerprint`: each file's display path, its length, its bytes. */
function contentHash(): { add: (file: string, bytes: Buffer) => void; digest: () => string } {
  const h: Hash = createHash('sha256');
  return {
    add: (file, bytes) => {
      h.update(`${file}\0${bytes.length}\0`);
      h.update(bytes);
    },
    digest: () => h.digest('hex'),
  };
}

/** How a fact file is read: the test hook, or a regular file within the size limit. */
function readWith(o: Pick<LoadSettings, 'readFile' | 'maxFileBytes'>): (path: string) => Promise<Buffer> {
  return o.readFile ?? ((p: string) => readRegularFile(p, o.maxFileBytes));
}

/** Lists fact files under `dir` in code-unit order, following links but never in circles. */
async function discover(dir: string, show: (p: string) => string, diagnostics: Diagnostic[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = async (d: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      diagnostics.push(
        error(
          code === 'ELOOP' ? 'SYMLINK_LOOP' : 'READ_ERROR',
          { file: show(d), line: 1, column: 1 },
          code === 'ELOOP' ? 'symbolic link loop' : `cannot open folder: ${code}`,
        ),
      );
      return;
    }
    if (seen.has(real)) {
      diagnostics.push(error('SYMLINK_LOOP', { file: show(d), line: 1, column: 1 }, 'this folder links back to one already read; skipped'));
      return;
    }
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (e) {
      diagnostics.push(
        error('READ_ERROR', { file: show(d), line: 1, column: 1 }, `cannot list folder: ${(e as NodeJS.ErrnoException).code}`),
      );
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        try {
          isDir = (await stat(p)).isDirectory();
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          diagnostics.push(
            error(
              code === 'ELOOP' ? 'SYMLINK_LOOP' : 'READ_ERROR',
              { file: show(p), line: 1, column: 1 },
              code === 'ELOOP' ? 'symbolic link loop' : `broken link: ${code}`,
            ),
          );
          continue;
        }
      }
      if (isDir) await walk(p);
      // A FIFO, socket or device named *.yaml is listed so that reading it reports why it is skipped.
      else if (FACT_FILE.test(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

/**
 * Reads a regular file. Opened non-blocking, so a FIFO named *.yaml is refused
 * instead of blocking the build; larger than `maxFileBytes` is EFBIG.
 */
async function readRegularFile(abs: string, maxFileBytes: number): Promise<Buffer> {
  const handle = await open(abs, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = await handle.stat();
    if (!s.isFile()) {
      const what = s.isFIFO()
        ? 'a named pipe (FIFO)'
        : s.isSocket()
          ? 'a socket'
          : s.isCharacterDevice() || s.isBlockDevice()
            ? 'a device'
            : 'not a regular file';
      throw Object.assign(new Error(`${what}, not a regular file`), { code: 'EINVAL' });
    }
    if (s.size > maxFileBytes) {
      throw Object.assign(new Error(`the file is ${mib(s.size)}; the limit is ${mib(maxFileBytes)}`), { code: 'EFBIG' });
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** `EACCES (permission denied)` from a Node errno error, or the message of any other error. */
function reason(e: NodeJS.ErrnoException): string {
  const m = /^([A-Z][A-Z0-9_]+): ([^,]+)/.exec(e.message ?? '');
  return m ? `${m[1]} (${m[2]})` : e.message || String(e);
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MiB`;

/** Strict UTF-8 (a BOM is dropped); invalid bytes are an error at their line and column. */
function decode(bytes: Buffer, file: string, diagnostics: Diagnostic[]): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    const nul = text.indexOf('\0');
    if (nul >= 0) {
      diagnostics.push(error('INVALID_ENCODING', lineCol(text, nul, file), 'the file contains NUL bytes: binary data, not YAML text'));
      return undefined;
    }
    return text;
  } catch {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      diagnostics.push(
        error(
          'INVALID_ENCODING',
          { file, line: 1, column: 1 },
          'the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8',
        ),
      );
      return undefined;
    }
    const good = firstInvalid(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, good));
    diagnostics.push(
      error(
        'INVALID_ENCODING',
        lineCol(prefix, prefix.length, file),
        `invalid UTF-8 byte 0x${bytes[good]?.toString(16).padStart(2, '0')}; save the file as UTF-8`,
      ),
    );
    return undefined;
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (linear; RFC 3629 ranges). */
function firstInvalid(b: Buffer): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    const len = x >= 0xc2 && x <= 0xdf ? 2 : x >= 0xe0 && x <= 0xef ? 3 : x >= 0xf0 && x <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > b.length) return i;
    // Second byte ranges exclude overlongs, surrogates and code points above U+10FFFF.
    const lo = x === 0xe0 ? 0xa0 : x === 0xf0 ? 0x90 : 0x80;
    const hi = x === 0xed ? 0x9f : x === 0xf4 ? 0x8f : 0xbf;
    const y = b[i + 1]!;
    if (y < lo || y > hi) return i;
    for (let k = 2; k < len; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

function lineCol(text: string, index: number, file: string): Position {
  let line = 1;
  let last = -1;
  for (let i = 0; i < index; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  return { file, line, column: index - last };
}
