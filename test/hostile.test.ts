// Hostile and broken input (issue 5). A corpus of bad files, each with the exact diagnostics it must
// give (test/fixtures/hostile/, next to the one-per-code fixtures of test/fixtures/invalid/); the real
// CLI run on every case in a child process (exit code, one line per problem, never a stack trace,
// the output folder untouched); and time and memory bounds for the alias bomb, deep nesting and 50 MB.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODES, type Diagnostic, formatDiagnostic } from '../src/diagnostics/index.js';
import { xmlSafe } from '../src/export/index.js';
import { LOAD_DEFAULTS, load } from '../src/load/index.js';
import { parseYaml } from '../src/load/yaml.js';
import { buildExports, check } from '../src/pipeline/index.js';
import { networkx, xmllint } from './helpers.js';
import { type CliRun, cli, DIAGNOSTIC_LINE, pool, printedDiagnostics, RELATED_LINE, STACK_LINE, snapshot } from './hostile-helpers.js';

const FIX = 'test/fixtures/hostile';
/** [code, file in the fixture folder, line, column, severity (error unless given)]. */
type D = [string, string, number, number, ('warning' | 'error')?];
const F = 'facts.yaml';

/** The corpus: every fixture folder under test/fixtures/hostile/ and what it must give. */
const CORPUS: Record<string, D[]> = {
  // Syntax
  'unclosed-quote': [['YAML_SYNTAX', F, 5, 1]],
  'unclosed-flow-map': [['YAML_SYNTAX', F, 4, 3]],
  'tab-indent': [['YAML_SYNTAX', F, 2, 1]],
  'duplicate-section': [['DUPLICATE_KEY', F, 3, 1]],
  'scalar-document': [['NOT_A_MAPPING', F, 1, 1]],
  'empty-file': [['EMPTY_FILE', 'empty.yaml', 1, 1, 'warning']],
  'comments-only': [['EMPTY_FILE', 'notes.yaml', 1, 1, 'warning']],
  'null-document': [['EMPTY_FILE', 'blank.yaml', 1, 1, 'warning']],
  'binary-garbage': [['INVALID_ENCODING', 'image.yaml', 1, 1]],
  'nul-bytes': [['INVALID_ENCODING', F, 3, 17]],
  utf16: [['INVALID_ENCODING', F, 1, 1]],
  'truncated-utf8': [['INVALID_ENCODING', F, 3, 13]],
  'bom-crlf': [],
  'control-char-raw': [['YAML_SYNTAX', F, 3, 16]],
  'unknown-tag': [['YAML_SYNTAX', F, 3, 12]],
  'alias-self': [['YAML_TOO_COMPLEX', F, 1, 1]],
  'deep-flow': [['YAML_TOO_COMPLEX', F, 1, 77]],
  'deep-block': [['YAML_TOO_COMPLEX', F, 64, 127]],
  'merge-key': [['UNKNOWN_FIELD', F, 7, 5]],
  'proto-key': [
    ['UNKNOWN_FIELD', F, 3, 5],
    ['UNKNOWN_FIELD', F, 4, 5],
    ['UNKNOWN_FIELD', F, 5, 1],
  ],
  // Semantics
  'duplicate-id-same-file': [['DUPLICATE_ID', F, 4, 9]],
  'duplicate-id-case': [['DUPLICATE_ID', 'b.yaml', 2, 9]],
  'dangling-references': [
    ['UNKNOWN_REFERENCE', F, 6, 39],
    ['UNKNOWN_REFERENCE', F, 8, 19],
    ['UNKNOWN_REFERENCE', F, 9, 16],
  ],
  'wrong-kind': [
    ['RELATION_KINDS', F, 8, 14],
    ['RELATION_KINDS', F, 9, 16],
    ['RELATION_KINDS', F, 12, 19],
  ],
  'misspelled-relation': [
    ['UNKNOWN_FIELD', F, 11, 5],
    ['UNKNOWN_FIELD', F, 12, 5],
    ['UNKNOWN_FIELD', F, 13, 5],
    ['UNKNOWN_FIELD', F, 14, 5],
  ],
  'wrong-types': [
    ['INVALID_TYPE', F, 6, 12],
    ['INVALID_VALUE', F, 7, 17],
    ['INVALID_TYPE', F, 8, 21],
    ['INVALID_TYPE', F, 9, 22],
    ['INVALID_TYPE', F, 10, 12],
    ['INVALID_DATE', F, 11, 15],
    ['INVALID_TYPE', F, 12, 14],
  ],
  'bad-dates': [
    ['INVALID_DATE', F, 6, 15],
    ['INVALID_DATE', F, 9, 15],
    ['INVALID_DATE', F, 12, 15],
    ['INVALID_DATE', F, 15, 15],
  ],
  'bad-numbers': [
    ['INVALID_VALUE', F, 6, 22],
    ['INVALID_VALUE', F, 7, 17],
    ['INVALID_VALUE', F, 8, 21],
    ['INVALID_VALUE', F, 9, 12],
  ],
  cycles: [
    ['CYCLE', F, 6, 15],
    ['CYCLE', F, 12, 14],
  ],
  'self-succession': [['SELF_RELATION', F, 6, 16]],
  // Content: hostile but valid strings (checked through the exports below)
  content: [['CONFLICT', F, 43, 5, 'warning']],
};

/** Messages that must say something precise (did-you-mean, why a key is not allowed). */
const MESSAGES: Record<string, RegExp[]> = {
  'misspelled-relation': [
    /"adpots" on a version; did you mean "adopts"\?/,
    /"serves" is written on a technique, not on a version/,
    /"pursues" is inferred by the build/,
    /did you mean "released"\?/,
  ],
  'dangling-references': [/"nope-source" names no node$/, /"missing-tech" names no node$/, /"qwenn" names no node; did you mean "qwen"\?/],
  'wrong-types': [
    /label: expected text, or a map from language to text .*got the number 42/,
    /"lots" is not a number/,
    /got the boolean true/,
    /got the number 72/,
    /got the text "7B"/,
    /"June 2024" is not a date/,
    /aliases: expected array, got a mapping/,
  ],
  'bad-dates': [/month 13/, /2023-02 has 28 days/, /2024\.9 is a number, not a date/, /"24-06-01" is not a date/],
  'bad-numbers': [/"36X" is not a number/, /non-negative/, /"32Q" is not a number/, /more active than total/],
  'merge-key': [/merge keys are not supported/],
  'proto-key': [/"__proto__" on a motivation/, /"constructor" on a motivation/, /unknown section "__proto__"/],
  'deep-flow': [/nesting deeper than 64 levels/],
  'deep-block': [/nesting deeper than 64 levels/],
  utf16: [/UTF-16/],
  'binary-garbage': [/invalid UTF-8 byte 0x89/],
  'nul-bytes': [/NUL bytes/],
  'duplicate-id-case': [/id "gqa" is already used as "GQA" \(ids compare case-insensitively\) at .*a\.yaml:2:9/],
  cycles: [/v1 → v2 → v1/, /m1 → m2 → m3 → m1/],
};

const shape = (list: readonly Diagnostic[]) => list.map((d) => [d.code, d.file, d.line, d.column, d.severity]);
const expected = (dir: string, want: readonly D[]) =>
  want.map(([code, file, line, column, severity]) => [code, `${dir}/${file}`, line, column, severity ?? 'error']);

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tg-hostile-'));
  await chmod(tmp, 0o755); // the permission case runs the CLI as an unprivileged user
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the corpus, through check()', () => {
  it('has an expectation for every fixture folder, and every fixture is used', async () => {
    expect((await readdir(FIX)).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  it.each(Object.entries(CORPUS))('%s', async (name, want) => {
    const dir = `${FIX}/${name}`;
    const r = await check({ data: dir });
    expect(shape(r.diagnostics)).toEqual(expected(dir, want));
    expect(r.ok).toBe(want.every((d) => d[4] === 'warning'));
    for (const [i, re] of (MESSAGES[name] ?? []).entries()) expect(r.diagnostics[i]!.message).toMatch(re);
  });

  it('every code a fixture expects is a documented code', () => {
    for (const want of Object.values(CORPUS)) for (const [code] of want) expect(Object.keys(CODES)).toContain(code);
  });

  it('accepts a UTF-8 BOM and CRLF line endings, keeping text exactly', async () => {
    const r = await check({ data: `${FIX}/bom-crlf` });
    const v1 = r.facts.nodes.find((n) => n.id === 'v1')!;
    expect(v1.labels).toEqual({ en: 'Version one', zh: '版本一' });
    expect(v1.note).toBe('two lines\nof note\n'); // CRLF inside a block scalar reads as LF
  });

  it('an alias in a mapping key position cannot pollute Object.prototype', async () => {
    await check({ data: `${FIX}/proto-key` });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('files the loader cannot read', () => {
  it('a FIFO named *.yaml is reported, not waited on', async () => {
    const dir = join(tmp, 'fifo');
    await mkdir(dir);
    execFileSync('mkfifo', [join(dir, 'x.yaml')]);
    await writeFile(join(dir, 'ok.yaml'), 'motivations:\n  - id: m\n');
    const r = await check({ data: dir, cwd: dir });
    expect(shape(r.diagnostics)).toEqual([['READ_ERROR', 'x.yaml', 1, 1, 'error']]);
    expect(r.diagnostics[0]!.message).toBe('cannot read: a named pipe (FIFO), not a regular file');
    expect(r.facts.nodes.map((n) => n.id)).toEqual(['m']); // the other file is still read
  });

  it("an I/O error while reading (through the loader's read hook) is READ_ERROR with the errno", async () => {
    const dir = join(tmp, 'eio');
    await mkdir(dir);
    await writeFile(join(dir, 'a.yaml'), 'motivations:\n  - id: a\n');
    await writeFile(join(dir, 'b.yaml'), 'motivations:\n  - id: b\n');
    const fail = (code: string, text: string) => Object.assign(new Error(`${code}: ${text}, read`), { code });
    const loaded = await load(dir, {
      cwd: dir,
      readFile: async (p) => {
        if (p.endsWith('a.yaml')) throw fail('EIO', 'i/o error');
        if (p.endsWith('b.yaml')) throw fail('EACCES', 'permission denied');
        return Buffer.from('');
      },
    });
    expect(loaded.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'a.yaml:1:1: error READ_ERROR: cannot read: EIO (i/o error)',
      'b.yaml:1:1: error READ_ERROR: cannot read: EACCES (permission denied)',
    ]);
  });

  it('a file over the size limit is refused before it is read (a sparse 200 MiB file)', async () => {
    const dir = join(tmp, 'huge');
    await mkdir(dir);
    await writeFile(join(dir, 'big.yaml'), '');
    await truncate(join(dir, 'big.yaml'), 200 * 1024 * 1024);
    const t = Date.now();
    const r = await check({ data: dir, cwd: dir });
    expect(Date.now() - t).toBeLessThan(2000);
    expect(shape(r.diagnostics)).toEqual([['FILE_TOO_LARGE', 'big.yaml', 1, 1, 'error']]);
    expect(r.diagnostics[0]!.message).toMatch(/^the file is 200 MiB \(209,715,200 bytes\); the limit is 128 MiB \(134,217,728 bytes\)/);
  });

  it('a broken link and a loop of file links are reported; a folder named x.yaml is a folder', async () => {
    const dir = join(tmp, 'links');
    await mkdir(join(dir, 'x.yaml'), { recursive: true });
    await writeFile(join(dir, 'x.yaml', 'inner.yaml'), 'motivations:\n  - id: inner\n');
    await symlink('nowhere.yaml', join(dir, 'gone.yaml'));
    await symlink('loop-b.yaml', join(dir, 'loop-a.yaml'));
    await symlink('loop-a.yaml', join(dir, 'loop-b.yaml'));
    const r = await check({ data: dir, cwd: dir });
    expect(shape(r.diagnostics)).toEqual([
      ['READ_ERROR', 'gone.yaml', 1, 1, 'error'],
      ['SYMLINK_LOOP', 'loop-a.yaml', 1, 1, 'error'],
      ['SYMLINK_LOOP', 'loop-b.yaml', 1, 1, 'error'],
    ]);
    expect(r.facts.nodes.map((n) => n.id)).toEqual(['inner']);
  });
});

describe('parsing on several threads', () => {
  it('gives every file the same data and diagnostics as parsing it alone (the corpus in one folder over 4M characters)', async () => {
    const dir = join(tmp, 'parallel');
    const alone: string[] = [];
    for (const name of Object.keys(CORPUS)) {
      await cp(`${FIX}/${name}`, join(dir, name), { recursive: true });
      const one = await load(`${FIX}/${name}`, { cwd: FIX });
      alone.push(...one.diagnostics.map(formatDiagnostic));
    }
    // Read first, and enough text that the loader starts worker threads, which then take the corpus files.
    await writeFile(
      join(dir, '0-filler.yaml'),
      `motivations:\n${Array.from({ length: 60_000 }, (_, i) => `  - id: filler-${i}\n    label: "${'f'.repeat(40)}"\n`).join('')}`,
    );
    const together = await load(dir, { cwd: dir });
    expect(together.diagnostics.map(formatDiagnostic).sort()).toEqual(alone.sort());
    for (const name of Object.keys(CORPUS)) {
      const one = await load(`${FIX}/${name}`, { cwd: FIX });
      for (const f of one.files) expect(together.files.find((x) => x.file === f.file)?.data, f.file).toEqual(f.data);
    }
  });
});

describe("positions in big files come from js-yaml's events, and match yaml's", () => {
  it('every key and value of every fixture and of graph-data is placed the same way', async () => {
    const files = execFileSync('find', ['test/fixtures', 'graph-data', '-name', '*.yaml', '-type', 'f'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    let compared = 0;
    const differ: string[] = [];
    for (const f of files) {
      // As the loader decodes a file: no byte-order mark, a lone CR read as LF.
      const text = (await readFile(f, 'utf8').catch(() => '')).replace(/^\uFEFF/, '').replace(/\r(?!\n)/g, '\n');
      const a = parseYaml(text, f, { ...LOAD_DEFAULTS, preciseMaxChars: Infinity });
      if (a.data === undefined) continue;
      const b = parseYaml(text, f, { ...LOAD_DEFAULTS, preciseMaxChars: -1 }); // every file is "big"
      const walk = (v: unknown, path: (string | number)[]) => {
        for (const t of ['key', 'value'] as const) {
          const [p, q] = [a.locate(path, t), b.locate(path, t)];
          compared++;
          if (p.line !== q.line || p.column !== q.column)
            differ.push(`${f} ${JSON.stringify(path)} ${t}: ${p.line}:${p.column} vs ${q.line}:${q.column}`);
        }
        if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
      };
      walk(a.data, []);
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(5000);
  });
});

// ------------------------------------------------------------------------------------------------
// The real CLI, in a child process, on every case: exit code, the diagnostics (one line per problem,
// the same as check() gives), no stack trace, and the output folder exactly as it was.

interface CliCase {
  name: string;
  args: (out: string) => string[];
  exit: 0 | 1 | 2;
  /** Diagnostics (display paths as the CLI prints them, relative to the repository). */
  want?: () => Promise<unknown[][]>;
  prefix?: string[];
  /** Output folder content before the run; a build that fails must leave it byte for byte. */
  out?: 'folder' | 'file';
}

const buildArgs = (data: string) => (out: string) => ['build', '--data', data, '--out', out, '--format', 'gexf,json', '--layout', 'none'];
const fromCheck = (data: string) => async () => shape((await check({ data })).diagnostics);
const rel = (p: string) => relative(process.cwd(), p);

const cases: CliCase[] = [];
for (const [name, want] of Object.entries(CORPUS)) {
  cases.push({
    name: `hostile/${name}`,
    args: buildArgs(`${FIX}/${name}`),
    exit: want.every((d) => d[4] === 'warning') ? 0 : 1,
    want: async () => expected(`${FIX}/${name}`, want),
  });
}
// The one-per-code fixtures that are part of the issue's corpus (unclosed bracket, duplicate key, a list
// document, several documents, invalid UTF-8, alias bomb, empty folder, duplicate id across files, ...).
for (const name of [
  'yaml-syntax',
  'duplicate-key',
  'not-a-mapping',
  'multiple-documents',
  'invalid-encoding',
  'alias-bomb',
  'empty-dir',
  'duplicate-id',
  'unknown-reference',
  'relation-kinds',
  'unknown-field',
  'invalid-type',
  'invalid-value',
  'invalid-date',
  'cycle',
  'self-relation',
  'missing-field',
]) {
  cases.push({
    name: `invalid/${name}`,
    args: buildArgs(`test/fixtures/invalid/${name}`),
    exit: 1,
    want: fromCheck(`test/fixtures/invalid/${name}`),
  });
}
cases.push(
  {
    name: 'missing data folder',
    args: buildArgs('test/fixtures/no-such-folder'),
    exit: 1,
    want: async () => [['DATA_DIR_MISSING', 'test/fixtures/no-such-folder', 1, 1, 'error']],
  },
  {
    name: 'data is a file',
    args: buildArgs(`${FIX}/content/facts.yaml`),
    exit: 1,
    want: async () => [['DATA_DIR_MISSING', `${FIX}/content/facts.yaml`, 1, 1, 'error']],
  },
  { name: 'output folder is a file', args: buildArgs('test/fixtures/mini'), exit: 1, out: 'file' },
  // Bad usage: exit 2 with the usage text.
  { name: 'usage: unknown command', args: () => ['frobnicate'], exit: 2 },
  { name: 'usage: unknown option', args: (out) => ['build', '--out', out, '--nope'], exit: 2 },
  { name: 'usage: option without its value', args: (out) => ['build', '--out', out, '--data'], exit: 2 },
  { name: 'usage: unknown export format', args: (out) => ['build', '--out', out, '--format', 'gexf,svg'], exit: 2 },
  { name: 'usage: bad layout iterations', args: (out) => ['build', '--out', out, '--layout-iterations', '-3'], exit: 2 },
  { name: 'usage: check with an output format it lacks', args: () => ['check', '--format', 'xml'], exit: 2 },
);

/** Cases that need files made at run time (FIFOs, links, permissions, a sparse file). */
async function runtimeCases(): Promise<CliCase[]> {
  const mk = async (name: string) => {
    const d = join(tmp, 'cli', name);
    await mkdir(d, { recursive: true });
    await chmod(d, 0o755);
    return d;
  };
  const fifo = await mk('fifo');
  execFileSync('mkfifo', [join(fifo, 'x.yaml')]);
  await writeFile(join(fifo, 'ok.yaml'), 'motivations:\n  - id: m\n');
  const links = await mk('links');
  await symlink('nowhere.yaml', join(links, 'gone.yaml'));
  await symlink('b.yaml', join(links, 'a.yaml'));
  await symlink('a.yaml', join(links, 'b.yaml'));
  const loop = await mk('folder-loop');
  await mkdir(join(loop, 'sub'));
  await writeFile(join(loop, 'sub', 'facts.yaml'), 'motivations:\n  - id: m\n');
  await symlink('..', join(loop, 'sub', 'up'));
  const huge = await mk('huge');
  await writeFile(join(huge, 'big.yaml'), '');
  await truncate(join(huge, 'big.yaml'), 200 * 1024 * 1024);
  const perm = await mk('permission');
  await writeFile(join(perm, 'secret.yaml'), 'motivations:\n  - id: s\n');
  await writeFile(join(perm, 'ok.yaml'), 'motivations:\n  - id: m\n');
  await chmod(join(perm, 'secret.yaml'), 0o000);
  const dirNamed = await mk('dir-named-yaml');
  await mkdir(join(dirNamed, 'x.yaml'));
  await writeFile(join(dirNamed, 'x.yaml', 'inner.yaml'), 'motivations:\n  - id: inner\n');
  // Root reads any file whatever its mode: run that case as `nobody` (setpriv, util-linux), so the
  // EACCES comes from the kernel through the real CLI, not from a simulation.
  const root = process.getuid?.() === 0;
  const e = (code: string, p: string) => [code, rel(p), 1, 1, 'error'];
  return [
    { name: 'a FIFO named x.yaml', args: buildArgs(rel(fifo)), exit: 1, want: async () => [e('READ_ERROR', join(fifo, 'x.yaml'))] },
    {
      name: 'a broken link and a loop of file links',
      args: buildArgs(rel(links)),
      exit: 1,
      want: async () => [
        e('SYMLINK_LOOP', join(links, 'a.yaml')),
        e('SYMLINK_LOOP', join(links, 'b.yaml')),
        e('READ_ERROR', join(links, 'gone.yaml')),
      ],
    },
    { name: 'a folder link loop', args: buildArgs(rel(loop)), exit: 1, want: async () => [e('SYMLINK_LOOP', join(loop, 'sub', 'up'))] },
    {
      name: 'a 200 MiB (sparse) file',
      args: buildArgs(rel(huge)),
      exit: 1,
      want: async () => [e('FILE_TOO_LARGE', join(huge, 'big.yaml'))],
    },
    {
      name: 'an unreadable file (mode 000, as an unprivileged user)',
      args: buildArgs(rel(perm)),
      exit: 1,
      ...(root ? { prefix: ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] } : {}),
      want: async () => [e('READ_ERROR', join(perm, 'secret.yaml'))],
    },
    { name: 'a folder named x.yaml is read as a folder', args: buildArgs(rel(dirNamed)), exit: 0, want: async () => [] },
  ];
}

const runs = new Map<string, { run: CliRun; before: Record<string, string>; after: Record<string, string>; out: string }>();
let allCases: CliCase[] = [];

describe('the real CLI on every case (child processes)', () => {
  beforeAll(async () => {
    allCases = [...cases, ...(await runtimeCases())];
    const results = await pool(
      allCases.map((c, i) => async () => {
        const out = join(tmp, 'out', String(i));
        await mkdir(join(tmp, 'out'), { recursive: true });
        if (c.out === 'file') await writeFile(out, 'a file, not a folder\n');
        else {
          await mkdir(out);
          await writeFile(join(out, 'graph.gexf'), 'previous gexf\n');
          await writeFile(join(out, 'graph.json'), '{"previous":true}\n');
          await writeFile(join(out, 'notes.txt'), 'not ours\n');
        }
        await chmod(join(tmp, 'out'), 0o777);
        await chmod(out, 0o777);
        const before = c.out === 'file' ? { file: (await readFile(out)).toString('base64') } : await snapshot(out);
        const run = await cli(c.args(out), { ...(c.prefix ? { prefix: c.prefix } : {}) });
        const after = c.out === 'file' ? { file: (await readFile(out)).toString('base64') } : await snapshot(out);
        return { name: c.name, run, before, after, out };
      }),
      3,
    );
    for (const r of results) runs.set(r.name, r);
  }, 300_000);

  it('covers every case', () => {
    expect(runs.size).toBe(allCases.length);
    expect(allCases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (name) => assertRun(name));
  it('runtime cases: FIFO, links, a folder loop, a sparse 200 MiB file, mode 000, a folder named x.yaml', async () => {
    for (const c of allCases.slice(cases.length)) await assertRun(c.name);
  });

  async function assertRun(name: string): Promise<void> {
    const c = allCases.find((x) => x.name === name)!;
    const { run, before, after } = runs.get(name)!;
    const all = run.stdout + run.stderr;
    expect(all, name).not.toMatch(STACK_LINE);
    expect(run.signal, name).toBeNull();
    expect(run.code, `${name}\n${run.stderr}`).toBe(c.exit);
    if (c.exit === 2) {
      expect(run.stderr).toMatch(/^techgraph: .+\n\nUsage: techgraph/);
      expect(after).toEqual(before);
      return;
    }
    // Every line is a diagnostic, a related place, or the one summary line.
    const lines = run.stderr.split('\n').filter(Boolean);
    for (const l of lines)
      expect(DIAGNOSTIC_LINE.test(l) || RELATED_LINE.test(l) || /^(build failed: |built | {2}wrote )/.test(l), `${name}: ${l}`).toBe(true);
    const printed = printedDiagnostics(run.stderr).map((d) => [d.code, d.file, d.line, d.column, d.severity]);
    if (c.want) expect(printed).toEqual(await c.want());
    if (c.exit === 1) {
      expect(lines.at(-1)).toMatch(/^build failed: \d+ errors?, \d+ warnings?; no export was written or changed$/);
      expect(after).toEqual(before); // byte for byte, nothing added, nothing left behind
    } else {
      expect(lines.some((l) => l.startsWith('built '))).toBe(true);
      expect(Object.keys(after).sort()).toEqual(['graph.gexf', 'graph.json', 'notes.txt']);
      expect(after['notes.txt']).toBe(before['notes.txt']);
    }
  }

  it('the output folder that is a file gives WRITE_ERROR and the file is untouched', () => {
    const { run } = runs.get('output folder is a file')!;
    expect(
      printedDiagnostics(run.stderr)
        .filter((d) => d.severity === 'error')
        .map((d) => d.code),
    ).toEqual(['WRITE_ERROR']);
  });
});

// ------------------------------------------------------------------------------------------------
// Bounded time and memory: measured in the CLI's own process (process.resourceUsage() at exit).

const measured: Record<string, { ms: number; maxRssMiB: number }> = {};
afterAll(() => {
  if (Object.keys(measured).length)
    console.info(
      `hostile input, time and peak RSS of the CLI process:\n${Object.entries(measured)
        .map(([k, v]) => `  ${k}: ${v.ms} ms, ${v.maxRssMiB} MiB`)
        .join('\n')}`,
    );
});

describe('refused quickly, in bounded memory', () => {
  /** Nine levels of nine: 387,420,489 strings once expanded; twelve levels of ten: 10^12. */
  const bomb = (levels: number, fan: number) =>
    `${Array.from(
      { length: levels },
      (_, i) => `l${i}: &l${i} [${Array.from({ length: fan }, () => (i ? `*l${i - 1}` : '"lol"')).join(', ')}]`,
    ).join('\n')}\n`;

  it.each([
    ['alias bomb (9 levels of 9, the fixture)', 'test/fixtures/invalid/alias-bomb', null],
    ['alias bomb (12 levels of 10)', 'bomb12', bomb(12, 10)],
    [
      'alias bomb in a mapping',
      'bombmap',
      `a: &a { ${Array.from({ length: 10 }, (_, i) => `k${i}: lol`).join(', ')} }\n${Array.from({ length: 10 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} { ${Array.from({ length: 10 }, (_, k) => `k${k}: *${String.fromCharCode(97 + i)}`).join(', ')} }`).join('\n')}\n`,
    ],
    ['nesting 10,000 deep (flow)', `${FIX}/deep-flow`, null],
    ['nesting 100,000 deep (flow)', 'deep100k', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
    ['nesting 200 deep (block)', `${FIX}/deep-block`, null],
  ] as const)('%s', async (label, dir, text) => {
    let data: string = dir;
    if (text !== null) {
      data = join(tmp, 'bounds', dir);
      await mkdir(data, { recursive: true });
      await writeFile(join(data, 'facts.yaml'), text);
    }
    const run = await cli(['check', '--data', data]);
    measured[label] = { ms: run.ms, maxRssMiB: run.maxRssMiB };
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error YAML_TOO_COMPLEX: (aliases expand to more than|nesting deeper than)/);
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    expect(run.ms).toBeLessThan(15_000); // CLI start included (about 0.5 s)
    expect(run.maxRssMiB).toBeLessThan(400);
  });
});

describe('a 50 MB fact file (generated, not committed)', () => {
  let dir: string;
  let lines = 0;
  const nodes = 205_000;
  beforeAll(async () => {
    dir = join(tmp, 'big');
    await mkdir(join(dir, 'ok'), { recursive: true });
    const out = createWriteStream(join(dir, 'ok', 'facts.yaml'));
    const write = async (s: string) => {
      lines += s.split('\n').length - 1;
      if (!out.write(s)) await once(out, 'drain');
    };
    await write('sources:\n  - id: s\n    title: "A source"\ntechniques:\n');
    for (let i = 0; i < nodes; i++) {
      await write(
        `  - id: t${i}\n    label: "Technique ${i}: 长上下文 <&> \\"quoted\\" ${'x'.repeat(40)}"\n    description: "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor ${i}"\n    sources: s\n${i ? `    extends: t${i - 1}\n` : ''}${i % 7 === 0 ? '    category: attention\n' : ''}`,
      );
    }
    out.end();
    await once(out, 'finish');
    const text = await readFile(join(dir, 'ok', 'facts.yaml'), 'utf8');
    expect(text.length).toBeGreaterThan(50_000_000);
    await mkdir(join(dir, 'syntax'));
    await writeFile(join(dir, 'syntax', 'facts.yaml'), `${text}  - id: broken\n    label: [unclosed\n`);
    await mkdir(join(dir, 'reference'));
    await writeFile(join(dir, 'reference', 'facts.yaml'), `${text}  - id: last\n    sources: s\n    extends: t${nodes}x\n`);
  }, 120_000);

  it('is read, validated and accepted (a chain of 205,000 `extends` does not exhaust the stack)', async () => {
    const run = await cli(['check', '--data', join(dir, 'ok')]);
    measured['50 MB valid file, check'] = { ms: run.ms, maxRssMiB: run.maxRssMiB };
    expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`ok: ${nodes + 1} nodes, ${nodes - 1} relations`);
    expect(run.maxRssMiB).toBeLessThan(2048);
  }, 180_000);

  it('with a syntax error on its last line: the exact position, without a second parse of 50 MB', async () => {
    const run = await cli(['check', '--data', join(dir, 'syntax')]);
    measured['50 MB file with a syntax error at the end'] = { ms: run.ms, maxRssMiB: run.maxRssMiB };
    expect(run.code).toBe(1);
    const [d] = printedDiagnostics(run.stdout);
    expect([d!.code, d!.line]).toEqual(['YAML_SYNTAX', lines + 3]);
    expect(run.maxRssMiB).toBeLessThan(2048);
  }, 180_000);

  it('with a dangling reference on its last line: the exact line and column', async () => {
    const run = await cli(['check', '--data', join(dir, 'reference')]);
    measured['50 MB file with a dangling reference at the end'] = { ms: run.ms, maxRssMiB: run.maxRssMiB };
    expect(run.code).toBe(1);
    expect(printedDiagnostics(run.stdout).map((d) => [d.code, d.line, d.column])).toEqual([['UNKNOWN_REFERENCE', lines + 3, 14]]);
    expect(run.maxRssMiB).toBeLessThan(2048);
  }, 180_000);
});

describe('hostile content survives the exports', () => {
  it('labels and descriptions with markup, controls, lone surrogates, emoji, CJK, RTL and 10,000 characters: GEXF valid and read back as xmlSafe() says, JSON exact', async () => {
    const out = join(tmp, 'content-out');
    const r = await buildExports({ data: `${FIX}/content`, out, formats: ['gexf', 'json'], layout: { layout: 'none' } });
    expect(r.ok).toBe(true);
    const graph = r.graph!;
    const gexfFile = join(out, 'graph.gexf');
    expect(xmllint(gexfFile)).toEqual({ rng: 'valid', xsd: 'valid' });
    // The YAML escapes arrive intact in the graph.
    expect(graph.getNodeAttribute('surrogates', 'label')).toBe(
      'lone high \ud800 alone, lone low \udc00 alone, pair \u{1F9E0} ok, reversed \udc00\ud800 x',
    );
    expect(graph.getNodeAttribute('controls', 'label')).toBe(
      'nul\u0000 soh\u0001 bs\b vt\v ff\f so\u000e us\u001f del\u007f c1\u0085\u009f end',
    );
    expect(graph.getNodeAttribute('long', 'label')).toHaveLength(10_000);
    expect(graph.getNodeAttribute('long', 'description')).toHaveLength(10_000);
    // networkx and graphology-gexf read every label and description back as xmlSafe() says.
    const nx = networkx(gexfFile);
    const text = await readFile(gexfFile, 'utf8');
    const gx = parseGexf(Graph, text, { allowUndeclaredAttributes: true });
    expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
    expect(nx.edges).toHaveLength(graph.size);
    graph.forEachNode((n, a) => {
      expect(nx.nodes[n]!.label, n).toBe(xmlSafe(a.label));
      expect(gx.getNodeAttribute(n, 'label'), n).toBe(xmlSafe(a.label));
      if (a.description !== undefined) {
        expect(nx.nodes[n]!.Description, n).toBe(xmlSafe(a.description));
        expect(gx.getNodeAttribute(n, 'description'), n).toBe(xmlSafe(a.description));
      }
    });
    expect(nx.nodes.surrogates!.label).toBe('lone high \uFFFD alone, lone low \uFFFD alone, pair \u{1F9E0} ok, reversed \uFFFD\uFFFD x');
    expect(nx.nodes['xml-specials']!.label).toBe('<script>alert("x")</script> & \'q\' ]]> --> <!-- <![CDATA[ x ]]>');
    expect(nx.nodes.rtl!['Label (he)']).toBe('עברית');
    // JSON keeps every string exactly, lone surrogates included, and reloads into the same graph.
    const reloaded = Graph.from(JSON.parse(await readFile(join(out, 'graph.json'), 'utf8')));
    expect(reloaded.export()).toEqual(graph.export());
  });
});
