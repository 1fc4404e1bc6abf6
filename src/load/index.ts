/**
 * Load: data folder → parsed fact files. Finds every *.yaml / *.yml at any
 * depth (sorted, so the result never depends on directory order), reads them
 * as strict UTF-8 and parses each behind the YAML boundary.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { error, type Diagnostic, type Position } from '../diagnostics.js';
import { parseYaml, type DataPath, type Target } from './yaml.js';

/** One parsed fact file. */
export interface FactFile {
  /** Display path (relative to `cwd`, forward slashes). */
  file: string;
  /** Parsed data; undefined when the file has YAML errors. */
  data: unknown;
  locate(path: DataPath, target?: Target): Position;
}

/** Result of loading a data folder. */
export interface Loaded {
  files: FactFile[];
  diagnostics: Diagnostic[];
}

/** Options of `load`. */
export interface LoadOptions {
  /** Folder display paths are relative to. Default: process.cwd(). */
  cwd?: string;
  /** Called once per file read. */
  onFile?: (file: string, index: number, total: number) => void;
}

const FACT_FILE = /\.ya?ml$/i;

/** Reads and parses every fact file under `dir`. Never throws for bad input. */
export async function load(dir: string, options: LoadOptions = {}): Promise<Loaded> {
  const cwd = options.cwd ?? process.cwd();
  const show = (abs: string) => relative(cwd, abs).split(sep).join('/') || '.';
  const top: Position = { file: show(dir), line: 1, column: 1 };
  const diagnostics: Diagnostic[] = [];

  try {
    if (!(await stat(dir)).isDirectory()) return { files: [], diagnostics: [error('DATA_DIR_MISSING', top, `${show(dir)} is not a folder`)] };
  } catch {
    return { files: [], diagnostics: [error('DATA_DIR_MISSING', top, `data folder ${show(dir)} does not exist`)] };
  }

  const paths = await discover(dir, show, diagnostics);
  if (!paths.length && !diagnostics.length) diagnostics.push(error('NO_FACT_FILES', top, `no *.yaml or *.yml file under ${show(dir)}`));

  const files: FactFile[] = [];
  for (const [i, abs] of paths.entries()) {
    const file = show(abs);
    options.onFile?.(file, i, paths.length);
    let bytes: Buffer;
    try {
      bytes = await readFile(abs);
    } catch (e) {
      diagnostics.push(error('READ_ERROR', { file, line: 1, column: 1 }, `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`));
      continue;
    }
    const text = decode(bytes, file, diagnostics);
    if (text === undefined) continue;
    const parsed = parseYaml(text, file);
    diagnostics.push(...parsed.diagnostics);
    files.push({ file, data: parsed.data, locate: parsed.locate });
  }
  return { files, diagnostics };
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
      diagnostics.push(error(code === 'ELOOP' ? 'SYMLINK_LOOP' : 'READ_ERROR', { file: show(d), line: 1, column: 1 }, code === 'ELOOP' ? 'symbolic link loop' : `cannot open folder: ${code}`));
      return;
    }
    if (seen.has(real)) {
      diagnostics.push(error('SYMLINK_LOOP', { file: show(d), line: 1, column: 1 }, 'this folder links back to one already read; skipped'));
      return;
    }
    seen.add(real);
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (e) {
      diagnostics.push(error('READ_ERROR', { file: show(d), line: 1, column: 1 }, `cannot list folder: ${(e as NodeJS.ErrnoException).code}`));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const s = await stat(p);
          isDir = s.isDirectory();
          isFile = s.isFile();
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          diagnostics.push(error(code === 'ELOOP' ? 'SYMLINK_LOOP' : 'READ_ERROR', { file: show(p), line: 1, column: 1 }, code === 'ELOOP' ? 'symbolic link loop' : `broken link: ${code}`));
          continue;
        }
      }
      if (isDir) await walk(p);
      else if (isFile && FACT_FILE.test(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

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
    // Find the first invalid byte by decoding growing prefixes of valid text.
    let good = 0;
    const dec = new TextDecoder('utf-8', { fatal: true });
    while (good < bytes.length) {
      const len = utf8Length(bytes, good);
      if (len === 0) break;
      try {
        dec.decode(bytes.subarray(good, good + len));
      } catch {
        break;
      }
      good += len;
    }
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, good));
    diagnostics.push(error('INVALID_ENCODING', lineCol(prefix, prefix.length, file), `invalid UTF-8 byte 0x${bytes[good]?.toString(16).padStart(2, '0')}; save the file as UTF-8`));
    return undefined;
  }
}

/** Length of the UTF-8 sequence starting at `i`, from its lead byte (0 if not a lead byte). */
function utf8Length(b: Buffer, i: number): number {
  const x = b[i]!;
  if (x < 0x80) return 1;
  if (x >= 0xc2 && x <= 0xdf) return 2;
  if (x >= 0xe0 && x <= 0xef) return 3;
  if (x >= 0xf0 && x <= 0xf4) return 4;
  return 0;
}

function lineCol(text: string, index: number, file: string): Position {
  let line = 1;
  let last = -1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) (line++, (last = i));
  return { file, line, column: index - last };
}
