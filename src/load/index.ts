/**
 * Load: data folder → parsed fact files. Finds every *.yaml / *.yml at any
 * depth (sorted, so the result never depends on directory order), reads them
 * as strict UTF-8 and parses each behind the YAML boundary.
 */
import { createHash, type Hash } from 'node:crypto';
import { constants, type Dirent } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { type Diagnostic, error, type Position } from '../diagnostics/index.js';
import { thousands } from '../vocabulary/index.js';
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
const DOT = 0x2e;
const NODE_MODULES = Buffer.from('node_modules');
const SEP = Buffer.from(sep);

/** Reads and parses every fact file under `dir`. Never throws for bad input; rejects with OptionsError (INVALID_OPTION) on an invalid option. */
export async function load(dir: string, options: LoadOptions = {}): Promise<Loaded> {
  const o = resolveLoadOptions(options);
  const cwd = o.cwd ?? process.cwd();
  // Paths are bytes (a file name need not be UTF-8); they are shown as text with invalid bytes escaped.
  const show = (abs: Buffer) => relative(cwd, pathText(abs)).split(sep).join('/') || '.';
  const root = Buffer.from(dir);
  const top: Position = { file: show(root), line: 1, column: 1 };
  const diagnostics: Diagnostic[] = [];

  try {
    if (!(await stat(root)).isDirectory())
      return { files: [], diagnostics: [error('DATA_DIR_MISSING', top, `${show(root)} is not a folder`)] };
  } catch {
    return { files: [], diagnostics: [error('DATA_DIR_MISSING', top, `data folder ${show(root)} does not exist`)] };
  }

  const paths = await discover(root, show, diagnostics, o.maxFiles);
  if (paths === 'too many') {
    const message = `the data folder holds more than ${thousands(o.maxFiles)} fact file${o.maxFiles === 1 ? '' : 's'}, the limit (--max-files N raises it); nothing was read`;
    return { files: [], diagnostics: [error('INPUT_TOO_LARGE', top, message)] };
  }
  if (!paths.length && !diagnostics.length) diagnostics.push(error('NO_FACT_FILES', top, `no *.yaml or *.yml file under ${show(root)}`));

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
    const budget = { left: o.maxTotalBytes };
    for (const abs of paths) {
      const file = show(abs);
      let bytes: Buffer;
      try {
        bytes = await readWith(o, budget)(abs);
      } catch (e) {
        const err: NodeJS.ErrnoException = e instanceof Error ? e : new Error(String(e));
        const top = { file, line: 1, column: 1 };
        if (err.code === 'EFBIG') diagnostics.push(error('FILE_TOO_LARGE', top, `${err.message}; split it into several files`));
        else if (err.code === INPUT_FULL) {
          const message = `the fact files under ${show(root)} hold more than ${mib(o.maxTotalBytes)}, the limit (--max-input-mib N raises it); this file and the ${thousands(paths.length - read.length - 1)} after it were not read`;
          diagnostics.push(error('INPUT_TOO_LARGE', top, message));
          break;
        } else diagnostics.push(error('READ_ERROR', top, `cannot read: ${reason(err)}`));
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
 * (undefined when the folder or a file cannot be read, or the input is over
 * its limits). Any changed byte, added, removed or renamed file gives another
 * key. Rejects with OptionsError on an invalid option.
 */
export async function fingerprint(
  dir: string,
  options: Pick<LoadOptions, 'cwd' | 'readFile' | 'maxFileBytes' | 'maxFiles' | 'maxTotalBytes'> = {},
): Promise<string | undefined> {
  const o = resolveLoadOptions(options);
  const cwd = o.cwd ?? process.cwd();
  const show = (abs: Buffer) => relative(cwd, pathText(abs)).split(sep).join('/') || '.';
  const root = Buffer.from(dir);
  try {
    if (!(await stat(root)).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const diagnostics: Diagnostic[] = [];
  const paths = await discover(root, show, diagnostics, o.maxFiles);
  if (paths === 'too many' || diagnostics.length || !paths.length) return undefined;
  const hash = contentHash();
  const budget = { left: o.maxTotalBytes };
  for (const abs of paths) {
    try {
      hash.add(show(abs), await readWith(o, budget)(abs));
    } catch {
      return undefined;
    }
  }
  return hash.digest();
}

/** How a file is read: the test hook, or as a regular file within the size limits (a byte budget shared by the files). */
function readWith(o: Pick<LoadSettings, 'readFile' | 'maxFileBytes'>, budget: { left: number }): (path: Buffer) => Promise<Buffer> {
  return o.readFile ? (p: Buffer) => o.readFile!(pathText(p)) : (p: Buffer) => readRegularFile(p, o.maxFileBytes, budget);
}

/** The content hash: display path, length and bytes of each file, in reading order. */
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

/** `1,234`. */

/**
 * A path's bytes as text: UTF-8 decoded, each byte that is not part of valid
 * UTF-8 written `\xNN` (a name need not be UTF-8; it is read by its bytes).
 */
export function pathText(b: Buffer): string {
  let out = '';
  for (let rest = b; rest.length; ) {
    const bad = firstInvalid(rest);
    out += rest.subarray(0, bad).toString('utf8');
    if (bad < rest.length) out += `\\x${rest[bad]!.toString(16).padStart(2, '0')}`;
    rest = rest.subarray(bad + 1);
  }
  return out;
}

/**
 * Lists fact files under `dir` in code-unit order of their names (then bytes),
 * following links but never in circles, and never out of the data folder;
 * 'too many' as soon as there are more than `maxFiles`.
 */
async function discover(
  dir: Buffer,
  show: (p: Buffer) => string,
  diagnostics: Diagnostic[],
  maxFiles: number,
): Promise<Buffer[] | 'too many'> {
  const out: Buffer[] = [];
  const seen = new Set<string>();
  const at = (p: Buffer): Position => ({ file: show(p), line: 1, column: 1 });
  const realOf = async (p: Buffer): Promise<Buffer | undefined> => {
    try {
      return await realpath(p, { encoding: 'buffer' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      diagnostics.push(
        error(code === 'ELOOP' ? 'SYMLINK_LOOP' : 'READ_ERROR', at(p), code === 'ELOOP' ? 'symbolic link loop' : `broken link: ${code}`),
      );
      return undefined;
    }
  };
  const rootReal = await realpath(dir, { encoding: 'buffer' }).catch(() => dir);
  /** A link's real path inside the data folder; else a diagnostic, and undefined. */
  const inside = async (link: Buffer): Promise<Buffer | undefined> => {
    const real = await realOf(link);
    if (!real) return undefined;
    if (
      real.equals(rootReal) ||
      (real.length > rootReal.length && real.subarray(0, rootReal.length).equals(rootReal) && real[rootReal.length] === SEP[0])
    )
      return real;
    diagnostics.push(
      error(
        'LINK_OUTSIDE',
        at(link),
        `this link leads out of the data folder, to ${pathText(real)}; it was not followed (copy what it points to into the folder)`,
      ),
    );
    return undefined;
  };
  /** The folders being read, outermost first: each with its entries in name order and the next one to look at. */
  const open: { d: Buffer; entries: { e: Dirent<Buffer>; name: string }[]; i: number }[] = [];
  const enter = async (d: Buffer) => {
    let real: Buffer;
    try {
      real = await realpath(d, { encoding: 'buffer' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      diagnostics.push(
        error(
          code === 'ELOOP' ? 'SYMLINK_LOOP' : 'READ_ERROR',
          at(d),
          code === 'ELOOP' ? 'symbolic link loop' : `cannot open folder: ${code}`,
        ),
      );
      return;
    }
    const key = real.toString('latin1');
    if (seen.has(key)) {
      diagnostics.push(error('SYMLINK_LOOP', at(d), 'this folder links back to one already read; skipped'));
      return;
    }
    seen.add(key);
    try {
      const entries = (await readdir(d, { withFileTypes: true, encoding: 'buffer' })).map((e) => ({ e, name: pathText(e.name) }));
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : Buffer.compare(a.e.name, b.e.name)));
      open.push({ d, entries, i: 0 });
    } catch (e) {
      diagnostics.push(error('READ_ERROR', at(d), `cannot list folder: ${(e as NodeJS.ErrnoException).code}`));
    }
  };
  await enter(dir);
  while (open.length) {
    const f = open[open.length - 1]!;
    if (f.i === f.entries.length) {
      open.pop();
      continue;
    }
    const { e, name } = f.entries[f.i++]!;
    if (e.name[0] === DOT || e.name.equals(NODE_MODULES)) continue;
    const p = Buffer.concat([f.d, SEP, e.name]);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      const target = await inside(p);
      if (!target) continue;
      isDir = (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
    }
    if (isDir) await enter(p);
    // A FIFO, socket or device named *.yaml is listed so that reading it reports why it is skipped.
    else if (FACT_FILE.test(name)) {
      out.push(p);
      if (out.length > maxFiles) return 'too many';
    }
  }
  return out;
}

/** The error code of a file that does not fit in what is left of the total input. */
const INPUT_FULL = 'TG_INPUT_FULL';

/**
 * Reads a regular file by its path's bytes. Opened non-blocking, so a FIFO
 * named *.yaml is refused instead of blocking the build; larger than
 * `maxBytes` is EFBIG; larger than what is left of the total input is INPUT_FULL.
 */
async function readRegularFile(abs: Buffer, maxBytes: number, budget: { left: number }): Promise<Buffer> {
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
    if (s.size > maxBytes) {
      const message = `the file is ${mib(s.size)} (${thousands(s.size)} bytes); the limit is ${mib(maxBytes)} (${thousands(maxBytes)} bytes)`;
      throw Object.assign(new Error(message), { code: 'EFBIG' });
    }
    if (s.size > budget.left) throw Object.assign(new Error('the input is full'), { code: INPUT_FULL });
    budget.left -= s.size;
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

/** `128 MiB`, `128.3 MiB`: one decimal, shown only when it is not 0. */
const mib = (n: number) => `${Number((n / 1024 / 1024).toFixed(1))} MiB`;

/**
 * A lone CR (old Mac line ends) as LF. YAML reads CR, LF and CRLF alike as a
 * line break, but the position finders count LF: without this every position
 * in a CR-only file was on line 1, and `yaml` misread such a file. One
 * character for one, so every offset stays where it was.
 */
const lineBreaks = (text: string) => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

/** Strict UTF-8 (a BOM is dropped, lone CRs read as LF); invalid bytes are an error at their line and column. */
function decode(bytes: Buffer, file: string, diagnostics: Diagnostic[]): string | undefined {
  try {
    const text = lineBreaks(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
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
    const prefix = lineBreaks(new TextDecoder('utf-8').decode(bytes.subarray(0, good)));
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
