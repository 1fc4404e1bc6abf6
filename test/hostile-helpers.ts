// Helpers for the hostile-input, property and atomic-write tests: the real CLI in a child process
// (with its time and peak memory), a YAML emitter that can carry any string, batch readers.
import { spawn } from 'node:child_process';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { mulberry32 } from '../src/layout/index.js';
import { SCHEMAS, sh } from './helpers.js';

/** Result of one CLI run. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time of the child, in milliseconds. */
  ms: number;
  /** Peak resident memory of the child, in MiB (from process.resourceUsage() at exit). */
  maxRssMiB: number;
}

// Loaded with --import into the CLI's process: prints its peak memory last on stderr.
const REPORT = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\n@@resource "+JSON.stringify(process.resourceUsage())+"\\n"))`;

/** Runs `node bin/techgraph.mjs ...args` in a child process (optionally as another user). */
export function cli(
  args: readonly string[],
  options: { env?: Record<string, string>; prefix?: readonly string[]; cwd?: string; onSpawn?: (pid: number) => void } = {},
): Promise<CliRun> {
  const argv = [...(options.prefix ?? []), process.execPath, '--import', REPORT, 'bin/techgraph.mjs', ...args];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    if (child.pid) options.onSpawn?.(child.pid);
    child.on('close', (code, signal) => {
      const m = /\n@@resource (\{.*\})\n$/.exec(stderr);
      const usage = m ? (JSON.parse(m[1]!) as NodeJS.ResourceUsage) : undefined;
      if (m) stderr = stderr.slice(0, m.index);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, maxRssMiB: usage ? Math.round(usage.maxRSS / 1024) : NaN });
    });
  });
}

/** Runs async jobs with at most `limit` at once, keeping their order. */
export async function pool<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

/** `file:line:column: severity CODE: message`. */
export const DIAGNOSTIC_LINE = /^(.+):(\d+):(\d+): (error|warning) ([A-Z_]+): (.+)$/;
/** Continuation of a diagnostic: another place involved. */
export const RELATED_LINE = /^ {2}(.+):(\d+):(\d+): related$/;
/** A line of a JavaScript stack trace. */
export const STACK_LINE = /^\s{4}at |node:internal|Error: .*\n\s+at /m;

/** The diagnostics the CLI printed, as tuples. */
export function printedDiagnostics(
  text: string,
): { file: string; line: number; column: number; severity: string; code: string; message: string }[] {
  return text
    .split('\n')
    .map((l) => DIAGNOSTIC_LINE.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: m[1]!, line: Number(m[2]), column: Number(m[3]), severity: m[4]!, code: m[5]!, message: m[6]! }));
}

/**
 * Every file under `dir` (recursively, dot files included) with its bytes, for "untouched" checks.
 * Names are read as bytes (a name need not be UTF-8); a link is recorded by its target, never
 * followed, and a FIFO, socket or device by its type, never opened.
 */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const text = (b: Buffer) => (Buffer.from(b.toString('utf8')).equals(b) ? b.toString('utf8') : `hex:${b.toString('hex')}`);
  const walk = async (d: Buffer, prefix: string) => {
    for (const e of await readdir(d, { withFileTypes: true, encoding: 'buffer' })) {
      const p = Buffer.concat([d, Buffer.from('/'), e.name]);
      const key = `${prefix}${text(e.name)}`;
      if (e.isDirectory()) await walk(p, `${key}/`);
      else if (e.isSymbolicLink()) out[key] = `link:${text(await readlink(p, { encoding: 'buffer' }))}`;
      else if (e.isFile()) out[key] = (await readFile(p)).toString('base64');
      else out[key] = e.isFIFO() ? 'fifo' : 'special';
    }
  };
  if ((await lstat(dir).catch(() => undefined))?.isDirectory()) await walk(Buffer.from(dir), '');
  return out;
}

/** Names of the writer's temporary files and lock left in `dir`. */
export async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith('.tg-'));
}

// ---------------------------------------------------------------------------------------------
// YAML emitter: any JS string survives (double-quoted, with escapes for all that YAML cannot
// carry raw), in block or flow style, keys in any order, LF or CRLF, with or without a BOM.

/** YAML 1.2 c-printable, minus what we prefer escaped (NEL, line and paragraph separators, BOM). */
const RAW_OK = /[\t\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]|[\uD800-\uDBFF][\uDC00-\uDFFF]/y;

/** A YAML double-quoted scalar whose value is exactly `s`. */
export function yamlString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; ) {
    RAW_OK.lastIndex = i;
    const m = RAW_OK.exec(s);
    if (m) {
      const c = m[0];
      out += c === '"' ? '\\"' : c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c;
      i += c.length;
    } else {
      const c = s.charCodeAt(i);
      out += c === 10 ? '\\n' : c === 13 ? '\\r' : c === 0 ? '\\0' : `\\u${c.toString(16).padStart(4, '0')}`;
      i++;
    }
  }
  return `${out}"`;
}

/** Emitter choices. `random()` in [0, 1) decides styles; key order is the object's own. */
export interface EmitOptions {
  random: () => number;
  /** Chance that a collection is written in flow style. */
  flow?: number;
  crlf?: boolean;
  bom?: boolean;
}

type Yaml = string | number | boolean | null | Yaml[] | { [k: string]: Yaml };

const isCollection = (v: Yaml): v is Yaml[] | { [k: string]: Yaml } => typeof v === 'object' && v !== null;
const key = (k: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : yamlString(k));

function flow(v: Yaml): string {
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`;
  if (isCollection(v))
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${key(k)}: ${flow(x)}`)
      .join(', ')} }`;
  return typeof v === 'string' ? yamlString(v) : String(v);
}

function block(v: Yaml, indent: number, o: EmitOptions): string[] {
  const pad = ' '.repeat(indent);
  const inline = (x: Yaml) => !isCollection(x) || (Array.isArray(x) ? !x.length : !Object.keys(x).length) || o.random() < (o.flow ?? 0.3);
  if (Array.isArray(v)) {
    const lines: string[] = [];
    for (const item of v) {
      if (inline(item)) lines.push(`${pad}- ${flow(item)}`);
      else if (Array.isArray(item)) lines.push(`${pad}-`, ...block(item, indent + 2, o));
      else {
        const inner = block(item, indent + 2, o);
        lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
      }
    }
    return lines;
  }
  if (isCollection(v)) {
    const lines: string[] = [];
    for (const [k, x] of Object.entries(v)) {
      if (inline(x)) lines.push(`${pad}${key(k)}: ${flow(x)}`);
      else lines.push(`${pad}${key(k)}:`, ...block(x, indent + 2, o));
    }
    return lines;
  }
  return [`${pad}${flow(v)}`];
}

/** A fact file's text for `doc` (a mapping). */
export function emitYaml(doc: { [k: string]: Yaml }, o: EmitOptions): string {
  const nl = o.crlf ? '\r\n' : '\n';
  const text = ['# generated', ...block(doc, 0, o)].join(nl) + nl;
  return (o.bom ? '\uFEFF' : '') + text;
}

/** A small seeded generator, for emitter choices derived from a fast-check seed (the layout's mulberry32). */
export const seeded = mulberry32;

/** Fisher-Yates with a given generator. */
export function shuffle<T>(list: readonly T[], random: () => number): T[] {
  const a = [...list];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Batch readers: one xmllint per schema and one python for many GEXF files.

/** Validates every file with both schemas in two xmllint runs; returns the files that failed with the reason. */
export function xmllintBatch(files: readonly string[]): Record<string, string> {
  const bad: Record<string, string> = {};
  for (const [flag, schema] of [
    ['--relaxng', SCHEMAS.rng],
    ['--schema', SCHEMAS.xsd],
  ] as const) {
    const r = sh('xmllint', ['--noout', flag, schema, ...files]);
    for (const f of files)
      if (!r.stderr.includes(`${f} validates`))
        bad[f] = `${flag}: ${r.stderr
          .split('\n')
          .filter((l) => l.includes(f))
          .join('\n')}`;
  }
  return bad;
}

/** What networkx reads from a GEXF file. */
export interface NxGraph {
  nodes: Record<string, Record<string, unknown>>;
  edges: { source: string; target: string; key: string; attributes: Record<string, unknown> }[];
}

/** Reads every file with networkx in one python process. */
export function networkxBatch(files: readonly string[]): Record<string, NxGraph> {
  const py = `
import json, sys, networkx as nx
out = {}
for f in sys.argv[1:]:
    g = nx.read_gexf(f)
    # read_gexf returns a MultiDiGraph only when there are parallel edges; otherwise the edge id is an attribute.
    if g.is_multigraph():
        edges = [{"source": u, "target": v, "key": k, "attributes": d} for u, v, k, d in g.edges(keys=True, data=True)]
    else:
        edges = [{"source": u, "target": v, "key": d.get("id"), "attributes": {a: x for a, x in d.items() if a != "id"}} for u, v, d in g.edges(data=True)]
    out[f] = {"nodes": {n: dict(d) for n, d in g.nodes(data=True)}, "edges": edges}
sys.stdout.write(json.dumps(out, ensure_ascii=True))
`;
  const r = sh('python3', ['-c', py, ...files]);
  if (r.status !== 0) throw new Error(`networkx failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, NxGraph>;
}

/** The attribute declarations of a GEXF text: id → { title, type } per class. */
export function gexfColumns(text: string): {
  node: Map<string, { title: string; type: string }>;
  edge: Map<string, { title: string; type: string }>;
} {
  const out = { node: new Map<string, { title: string; type: string }>(), edge: new Map<string, { title: string; type: string }>() };
  const unescapeText = (s: string) =>
    s.replace(
      /&(lt|gt|amp|quot|apos|#\d+);/g,
      (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? String.fromCodePoint(Number(e.slice(1))),
    );
  for (const m of text.matchAll(/<attributes class="(node|edge)"[^>]*>([\s\S]*?)<\/attributes>/g)) {
    for (const a of m[2]!.matchAll(/<attribute id="([^"]*)" title="([^"]*)" type="([^"]*)"/g))
      out[m[1] as 'node' | 'edge'].set(unescapeText(a[1]!), { title: unescapeText(a[2]!), type: a[3]! });
  }
  return out;
}
