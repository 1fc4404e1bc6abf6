// Hostile input, round 2 (issue 15): the fifteen classes of failure found by trying what the first corpus
// did not. A corpus of fixtures (test/fixtures/hostile-2/, each with the exact diagnostics it must give),
// and the real CLI in child processes on every case, the fixtures and those made at run time (FIFOs,
// links, names that are not UTF-8, planted journals, long chains, long names): the exit code (0, 1 or 2),
// one line per problem, never a stack trace, the output folder byte for byte as it was when the command
// fails, and nothing outside it touched. Class 13 (the viewer) and class 14 (the local server) are tested
// with the viewer and the server.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODES, type Diagnostic, printable } from '../src/diagnostics/index.js';
import { check } from '../src/pipeline/index.js';
import { type CliRun, cli, DIAGNOSTIC_LINE, pool, printedDiagnostics, RELATED_LINE, STACK_LINE, snapshot } from './hostile-helpers.js';

const FIX = 'test/fixtures/hostile-2';
const F = 'facts.yaml';
/** [code, file in the fixture folder, line, column, severity (error unless given)]. */
type D = [string, string, number, number, ('warning' | 'error')?];

/** The corpus: every fixture folder and the diagnostics it gives. */
const CORPUS: Record<string, D[]> = {
  // Class 7: CR-only line ends, positions on their lines.
  'cr-only': [
    ['DUPLICATE_KEY', F, 4, 5],
    ['UNKNOWN_FIELD', 'more.yaml', 5, 5],
  ],
  // Class 9: odd keys at their own positions.
  'odd-keys': [
    ['UNKNOWN_FIELD', F, 4, 5],
    ['UNKNOWN_FIELD', F, 5, 5],
    ['UNKNOWN_FIELD', F, 6, 5],
    ['UNKNOWN_FIELD', F, 7, 5],
  ],
  'complex-key': [['YAML_SYNTAX', F, 4, 7]],
  // Class 11: counts that are not whole, or too large to keep exactly.
  counts: [
    ['INVALID_VALUE', F, 6, 22],
    ['INVALID_VALUE', F, 7, 17],
    ['INVALID_VALUE', F, 8, 19],
    ['INVALID_VALUE', F, 9, 16],
    ['INVALID_VALUE', F, 10, 21],
    ['INVALID_VALUE', F, 12, 22],
  ],
  // Class 6: data that tries to forge a diagnostic or drive the terminal.
  'forged-text': [
    ['UNKNOWN_FIELD', F, 5, 5],
    ['UNKNOWN_FIELD', F, 6, 5],
    ['UNKNOWN_FIELD', F, 7, 5],
    ['INVALID_VALUE', F, 13, 14],
  ],
  'forged-labels': [['CONFLICT', F, 14, 5, 'warning']],
  // Class 1: ids named like Object.prototype members.
  'prototype-ids': [],
  // Class 15: messages that name what is wrong.
  wording: [
    ['INVALID_VALUE', F, 3, 14],
    ['INVALID_VALUE', F, 4, 9],
    ['INVALID_VALUE', F, 8, 30],
  ],
};

/** What some messages must say. */
const MESSAGES: Record<string, RegExp[]> = {
  'odd-keys': [
    /unknown field "null" .*YAML read the key as a null, a boolean or a number/,
    /unknown field "Infinity"/,
    /unknown field "26"/,
    /unknown field "~"/,
  ],
  'complex-key': [/a list or a mapping used as a key/],
  counts: [
    /^training_tokens: 0\.5 is not a whole number$/,
    /^vocabulary: 1\.5e\+300 is larger than 9,007,199,254,740,991 \(2\^53 - 1\)/,
    /^sft_examples: "99,999,999,999,999,999,999T" is larger than/,
    /^languages: "10000000T" is larger than/,
    /^context_native: "0\.3K" is 307\.2, not a whole number$/,
    /^flagship_params: "0\.0000000001B" is 0\.1, not a whole number$/,
  ],
  wording: [
    /^label: "english" is not a language tag; write \{ en: …, zh: … \} with tags such as en, zh, zh-Hant$/,
    /^id: "a\\u200db" is not a valid id: character 2 is U\+200D, an invisible format character/,
    /^description: "EN" is not a language tag/,
  ],
};

const shape = (list: readonly Diagnostic[]) => list.map((d) => [d.code, d.file, d.line, d.column, d.severity]);
const expected = (dir: string, want: readonly D[]) =>
  want.map(([code, file, line, column, severity]) => [code, `${dir}/${file}`, line, column, severity ?? 'error']);
const rel = (p: string) => relative(process.cwd(), p);

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tg-hostile2-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the round-2 corpus, through check()', () => {
  it('has an expectation for every fixture folder', async () => {
    expect((await readdir(FIX)).sort()).toEqual(Object.keys(CORPUS).sort());
  });

  it.each(Object.entries(CORPUS))('%s', async (name, want) => {
    const dir = `${FIX}/${name}`;
    const r = await check({ data: dir });
    expect(shape(r.diagnostics)).toEqual(expected(dir, want));
    for (const [i, re] of (MESSAGES[name] ?? []).entries()) expect(r.diagnostics[i]!.message).toMatch(re);
  });
});

// ------------------------------------------------------------------------------------------------
// The real CLI in child processes.

interface Case {
  name: string;
  /** Arguments; `out` is the output folder of the case, `t` the case's own scratch folder. */
  args: (out: string, t: string) => string[];
  exit: 0 | 1 | 2;
  /** Makes what the case needs under `t` (data, planted files in `out`) before the run. */
  setup?: (t: string, out: string) => Promise<void>;
  /** Diagnostics the run must print: [code, file, line, column] (file as printed). */
  want?: (t: string) => unknown[][];
  /** More checks on the run. */
  check?: (run: CliRun, t: string, out: string) => void | Promise<void>;
  /** For a command that fails, what the output folder holds afterwards if not exactly what it held before. */
  outAfter?: (before: Record<string, string>) => Record<string, string>;
}

const build =
  (data: (t: string) => string, formats = 'gexf,json') =>
  (out: string, t: string) => ['build', '--data', data(t), '--out', out, '--format', formats, '--layout', 'none'];
const fixture = (name: string) => () => `${FIX}/${name}`;
const at = (code: string, file: string, line: number, column: number) => [code, file, line, column];

/** A chain t0 ← t1 ← … of `extends`, `n` long. */
const chain = (n: number) =>
  `sources:\n  - id: s\ntechniques:\n${Array.from({ length: n }, (_, i) => `  - id: t${i}\n    sources: s\n${i ? `    extends: t${i - 1}\n` : ''}`).join('')}`;

const cases: Case[] = [];

// Every fixture of the corpus, built (failed builds leave the folder byte for byte).
for (const [name, want] of Object.entries(CORPUS))
  cases.push({
    name: `corpus: ${name}`,
    args: build(fixture(name)),
    exit: want.some((d) => (d[4] ?? 'error') === 'error') ? 1 : 0,
    want: () => expected(`${FIX}/${name}`, want).map((d) => d.slice(0, 4)),
  });

// Class 1: command and option words named like Object.prototype members are unknown (exit 2).
for (const argv of [['constructor'], ['toString', '--data', 'd'], ['__proto__'], ['hasOwnProperty'], ['valueOf', '--data', FIX]])
  cases.push({ name: `usage: ${argv.join(' ')}`, args: () => argv, exit: 2 });
cases.push(
  { name: 'usage: build --format constructor', args: (out) => ['build', '--out', out, '--format', 'constructor'], exit: 2 },
  { name: 'usage: query constructor', args: () => ['query', 'constructor', 'x'], exit: 2 },
  { name: 'usage: sparql --format toString', args: () => ['sparql', 'ASK {}', '--format', 'toString'], exit: 2 },
);
// Class 1: such ids build, and every query and SPARQL answers on them.
const protoData = `${FIX}/prototype-ids`;
for (const [query, expect_] of [
  [['lineage', 'toString'], /└─ extends Constructor {2}\[s\]\nroots: Constructor\n/],
  [['adopters', 'constructor'], /first adopter {5}2024-01 {2}valueOf {2}hasOwnProperty\n/],
  [['version', 'isPrototypeOf'], /succeeds {2}valueOf, released 2024-01/],
  [['diff', 'valueOf', 'isPrototypeOf'], /\^ {2}Constructor {2}adopted {2}inherited from valueOf/],
  [['path', 'isPrototypeOf', 'propertyIsEnumerable'], /^2 shortest paths from isPrototypeOf to A goal \(propertyIsEnumerable\)/],
  [['motivation', 'propertyIsEnumerable'], /Constructor {2}serves propertyIsEnumerable/],
  [['timeline', '--family', 'hasOwnProperty'], /introduces {2}Constructor, To string/],
  [['select', '+toString'], /^constructor\ntoString\n$/],
] as const)
  cases.push({
    name: `prototype ids: query ${query.join(' ')}`,
    args: () => ['query', ...query, '--data', protoData],
    exit: 0,
    check: (run) => expect(run.stdout).toMatch(expect_),
  });
cases.push({
  name: 'prototype ids: sparql',
  args: () => ['sparql', 'SELECT ?x WHERE { ?x tg:extends :constructor }', '--data', protoData],
  exit: 0,
  check: (run) => expect(run.stdout).toBe('?x\n:toString\n(1 row)\n'),
});

// Class 2: did-you-mean stays bounded next to 30,000-character names, and for a 100,000-character one.
cases.push(
  {
    name: 'a 30,000-character dangling reference next to a 30,000-character id',
    setup: async (t) => {
      const long = 'x'.repeat(30_000);
      await mkdir(join(t, 'data'));
      await writeFile(join(t, 'data', F), `sources:\n  - id: ${long}a\ntechniques:\n  - id: t\n    sources: ${long}b\n`);
    },
    args: (_out, t) => ['check', '--data', join(t, 'data')],
    exit: 1,
    want: (t) => [at('UNKNOWN_REFERENCE', `${rel(join(t, 'data'))}/${F}`, 5, 14)],
    check: (run) => {
      expect(run.ms).toBeLessThan(20_000);
      expect(run.maxRssMiB).toBeLessThan(600);
    },
  },
  {
    name: 'a 100,000-character near-miss name to query lineage',
    args: () => ['query', 'lineage', `yarn${'n'.repeat(100_000)}`, '--data', 'test/fixtures/mini'],
    exit: 1,
    check: (run) => {
      expect(run.stderr).toMatch(/^techgraph query lineage: unknown technique, version or model "yarnn+"\n$/);
      expect(run.ms).toBeLessThan(20_000);
      expect(run.maxRssMiB).toBeLessThan(600);
    },
  },
);

// Class 3: a 3,000-long `extends` chain, walked without recursion by every query that walks it.
const chainData = (t: string) => join(t, 'chain');
const makeChain = async (t: string) => {
  await mkdir(chainData(t));
  await writeFile(join(chainData(t), F), chain(3000));
};
cases.push(
  {
    name: 'chain of 3,000: query lineage t2999 --up',
    setup: makeChain,
    args: (_out, t) => ['query', 'lineage', 't2999', '--up', '--data', chainData(t)],
    exit: 0,
    check: (run) => {
      expect(run.stdout).toContain('└─ extends t0 (depth 2999)  [s]');
      expect(run.stdout).toContain('roots: t0');
      // Lines stay short: the drawing stops indenting at 40 levels.
      expect(Math.max(...run.stdout.split('\n').map((l) => l.length))).toBeLessThan(200);
    },
  },
  {
    name: 'chain of 3,000: query lineage t0 --down --format json',
    setup: makeChain,
    args: (_out, t) => ['query', 'lineage', 't0', '--down', '--format', 'json', '--data', chainData(t)],
    exit: 0,
    check: (run) => {
      let n = (JSON.parse(run.stdout) as { down: { id: string; children: unknown[] } }).down;
      let depth = 0;
      while (n.children.length) {
        n = n.children[0] as typeof n;
        depth++;
      }
      expect([n.id, depth]).toEqual(['t2999', 2999]);
    },
  },
  {
    name: 'chain of 3,000: query select +t2999',
    setup: makeChain,
    args: (_out, t) => ['query', 'select', '+t2999', '--data', chainData(t)],
    exit: 0,
    check: (run) => expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(3000),
  },
  // Class 4: one shortest path down the chain is one search.
  {
    name: 'chain of 3,000: query path t0 t2999',
    setup: makeChain,
    args: (_out, t) => ['query', 'path', 't0', 't2999', '--data', chainData(t)],
    exit: 0,
    check: (run) => expect(run.stdout).toMatch(/^1 shortest path from t0 to t2999/),
  },
  { name: 'path: --k above the limit', args: () => ['query', 'path', 'qwen1', 'qwen3', '--k', '1001'], exit: 2 },
  {
    name: 'path: --k 2000 --max-k 2000 on the Qwen data',
    args: () => ['query', 'path', 'qwen1', 'qwen3', '--k', '2000', '--max-k', '2000', '--format', 'json'],
    exit: 0,
    check: (run) => expect((JSON.parse(run.stdout) as { paths: unknown[] }).paths).toHaveLength(2000),
  },
);

// Class 5: SPARQL within its time and row limits, one line for each refusal.
cases.push(
  {
    name: 'sparql: a cross product stopped by the time limit',
    args: () => ['sparql', 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }', '--timeout', '1'],
    exit: 1,
    check: (run) => {
      expect(run.stderr).toMatch(
        /^techgraph sparql: the query ran for more than 1 s, the time limit \(--timeout SECONDS raises it\); it was stopped\n$/,
      );
      expect(run.ms).toBeLessThan(30_000);
    },
  },
  {
    name: 'sparql: 500,000 rows over the row limit',
    args: () => ['sparql', 'SELECT ?s ?x WHERE { ?s ?p ?o . ?x a tg:Technique } LIMIT 500000'],
    exit: 1,
    check: (run) =>
      expect(run.stderr).toMatch(/^techgraph sparql: the answer has 500,000 rows, more than the limit of 100,000: [^\n]*--max-rows N\n$/),
  },
  {
    name: 'sparql: 150,000 rows as text with --max-rows 150000',
    args: () => ['sparql', 'SELECT ?s ?x WHERE { ?s ?p ?o . ?x a tg:Technique } LIMIT 150000', '--max-rows', '150000'],
    exit: 0,
    check: (run) => {
      const lines = run.stdout.split('\n');
      expect(lines).toHaveLength(150_003);
      expect(lines.at(-2)).toBe('(150000 rows)');
    },
  },
  { name: 'sparql: --timeout 0 is bad usage', args: () => ['sparql', 'ASK {}', '--timeout', '0'], exit: 2 },
);

// Class 6: file names that try to forge a line of output; labels through every query and SPARQL.
const forgedNames = [
  'a\nfake.yaml:1:1: error FORGED: newline.yaml',
  'fake.yaml:9:9: error FORGED: x.yaml',
  'bell\u0007 \u001b]0;title\u0007.yaml',
];
cases.push({
  name: 'file names with a newline, a diagnostic inside, terminal escapes',
  setup: async (t) => {
    await mkdir(join(t, 'names'));
    for (const n of forgedNames)
      await writeFile(join(t, 'names', n), 'motivations:\n  - id: m\n    nope: 1\n'.replace('id: m', `id: m${forgedNames.indexOf(n)}`));
  },
  args: build((t) => join(t, 'names')),
  exit: 1,
  want: (t) => [...forgedNames].sort().map((n) => at('UNKNOWN_FIELD', printable(`${rel(join(t, 'names'))}/${n}`), 3, 5)),
});
const forged = `${FIX}/forged-labels`;
for (const query of [
  ['lineage', 't2'],
  ['adopters', 't1'],
  ['version', 'v1'],
  ['version', 'v2'],
  ['diff', 'v1', 'v2'],
  ['path', 'v1', 'm'],
  ['motivation', 'm'],
  ['timeline'],
  ['select', '+t2'],
  ['lineage', 'first\nfake.yaml:1:1: error FORGED: unknown \u001b[2J'],
])
  cases.push({
    name: `forged labels: query ${query.map((q) => JSON.stringify(q)).join(' ')}`,
    args: () => ['query', ...query, '--data', forged],
    exit: query.length === 2 && query[1]!.includes('unknown') ? 1 : 0,
  });
cases.push(
  {
    name: 'forged labels: sparql labels and notes',
    args: () => ['sparql', 'SELECT ?x ?l WHERE { ?x rdfs:label|tg:note|tg:quote|tg:license ?l } ORDER BY ?x ?l', '--data', forged],
    exit: 0,
    check: (run) => expect(run.stdout).toContain('first\\nfake.yaml\\u003a1:1: error FORGED: a version'),
  },
  {
    name: 'forged labels: sparql CONSTRUCT as N-Triples',
    args: () => ['sparql', 'CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x rdfs:label ?l }', '--data', forged],
    exit: 0,
  },
  { name: 'forged labels: check', args: () => ['check', '--data', forged], exit: 0 },
);

// Class 8: a file name that is not UTF-8 is read, and shown with its bytes escaped.
cases.push({
  name: 'a file name that is not UTF-8',
  setup: async (t) => {
    await mkdir(join(t, 'bytes'));
    const dir = Buffer.from(join(t, 'bytes'));
    await writeFile(Buffer.concat([dir, Buffer.from('/bad\xff\xfename.yaml', 'latin1')]), 'motivations:\n  - id: m\n    nope: 1\n');
  },
  args: build((t) => join(t, 'bytes')),
  exit: 1,
  want: (t) => [at('UNKNOWN_FIELD', `${rel(join(t, 'bytes'))}/bad\\xff\\xfename.yaml`, 3, 5)],
});

// Class 10: the write journal and the lock are not trusted.
const PLANTED = '.tg-tmp-999999-aa-bb.journal';
const plant = async (t: string, out: string, journal: unknown) => {
  await writeFile(join(t, 'precious.txt'), 'outside the output folder\n');
  await writeFile(join(out, PLANTED), JSON.stringify(journal));
};
const withoutPlanted = (before: Record<string, string>) => Object.fromEntries(Object.entries(before).filter(([k]) => k !== PLANTED));
for (const [label, journal] of [
  [
    'naming ../precious.txt',
    { pid: 999999, entries: [{ name: '../precious.txt', temp: '.tg-tmp-999999-aa-bb-.._precious.txt', backup: null }] },
  ],
  [
    'naming notes.txt (not an export)',
    { pid: 999999, entries: [{ name: 'notes.txt', temp: '.tg-tmp-999999-aa-bb-notes.txt', backup: null }] },
  ],
  [
    'with a backup outside its naming scheme',
    { pid: 999999, entries: [{ name: 'graph.gexf', temp: '.tg-tmp-999999-aa-bb-graph.gexf', backup: '../precious.txt' }] },
  ],
] as const)
  cases.push({
    name: `a planted journal ${label}, then a failed build`,
    setup: (t, out) => plant(t, out, journal),
    args: build(fixture('counts')),
    exit: 1,
    outAfter: withoutPlanted,
    check: async (_run, t) =>
      expect((await snapshot(t))['precious.txt']).toBe(Buffer.from('outside the output folder\n').toString('base64')),
  });
cases.push(
  {
    name: 'a FIFO planted as a journal and as the lock: the build neither hangs nor fails',
    setup: async (_t, out) => {
      execFileSync('mkfifo', [join(out, PLANTED), join(out, '.tg-lock')]);
    },
    args: build(() => 'test/fixtures/mini'),
    exit: 0,
    check: async (run, _t, out) => {
      expect(run.ms).toBeLessThan(30_000);
      expect((await readdir(out)).filter((n) => n.startsWith('.tg-'))).toEqual([]);
    },
  },
  {
    name: 'neo4j/ in the output folder is a link out of it: WRITE_ERROR, nothing written there',
    setup: async (t, out) => {
      await mkdir(join(t, 'elsewhere'));
      await writeFile(join(t, 'elsewhere', 'relationships.csv'), 'theirs\n');
      await symlink(join(t, 'elsewhere'), join(out, 'neo4j'));
    },
    args: build(() => 'test/fixtures/mini', 'gexf,neo4j'),
    exit: 1,
    check: async (run, t) => {
      expect(
        printedDiagnostics(run.stderr)
          .filter((d) => d.severity === 'error')
          .map((d) => d.code),
      ).toEqual(['WRITE_ERROR']);
      expect(run.stderr).toMatch(/neo4j in the output folder is a symbolic link/);
      expect(Object.keys(await snapshot(join(t, 'elsewhere')))).toEqual(['relationships.csv']);
    },
  },
);

// Class 12: links out of the data folder; bounds on the input.
cases.push(
  {
    name: 'a link to / inside the data folder',
    setup: async (t) => {
      await mkdir(join(t, 'rooted'));
      await writeFile(join(t, 'rooted', F), 'motivations:\n  - id: m\n');
      await symlink('/', join(t, 'rooted', 'everything'));
    },
    args: build((t) => join(t, 'rooted')),
    exit: 1,
    want: (t) => [at('LINK_OUTSIDE', `${rel(join(t, 'rooted'))}/everything`, 1, 1)],
    check: (run) => expect(run.ms).toBeLessThan(20_000),
  },
  {
    name: '--max-files below the number of fact files',
    args: (out) => ['build', '--data', `${FIX}/cr-only`, '--out', out, '--max-files', '1'],
    exit: 1,
    want: () => [at('INPUT_TOO_LARGE', `${FIX}/cr-only`, 1, 1)],
  },
  {
    name: '--max-input-mib below the size of the fact files',
    setup: async (t) => {
      await mkdir(join(t, 'two-mib'));
      await writeFile(join(t, 'two-mib', F), `# ${'x'.repeat(2 * 1024 * 1024)}\nmotivations:\n  - id: m\n`);
    },
    args: (_out, t) => ['check', '--data', join(t, 'two-mib'), '--max-input-mib', '1'],
    exit: 1,
    want: (t) => [at('INPUT_TOO_LARGE', `${rel(join(t, 'two-mib'))}/${F}`, 1, 1)],
  },
);

// Class 15: a file a little over the size limit says both sizes exactly.
cases.push({
  name: 'a 134,500,791-byte (sparse) file',
  setup: async (t) => {
    await mkdir(join(t, 'big'));
    await writeFile(join(t, 'big', F), '');
    await truncate(join(t, 'big', F), 134_500_791);
  },
  args: build((t) => join(t, 'big')),
  exit: 1,
  want: (t) => [at('FILE_TOO_LARGE', `${rel(join(t, 'big'))}/${F}`, 1, 1)],
  check: (run) =>
    expect(printedDiagnostics(run.stderr)[0]!.message).toBe(
      'the file is 128.3 MiB (134,500,791 bytes); the limit is 128 MiB (134,217,728 bytes); split it into several files',
    ),
});

/** Every line of every run: a diagnostic that parses back to a real code, a related place, or a known line; never data that escaped. */
function assertLines(name: string, run: CliRun): void {
  const codes = new Set(Object.keys(CODES));
  const bad: string[] = [];
  for (const l of (run.stdout + run.stderr).split('\n')) {
    const lazy = /^(.+?):(\d+):(\d+): (error|warning) ([A-Z_]+): /.exec(l);
    if (
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(l) ||
      (lazy && !codes.has(lazy[5]!)) ||
      /^fake\.yaml:/.test(l)
    )
      bad.push(l);
  }
  expect(bad, name).toEqual([]);
}

interface Ran {
  run: CliRun;
  argv: string[];
  before: Record<string, string>;
  after: Record<string, string>;
  outsideBefore: Record<string, string>;
  outsideAfter: Record<string, string>;
  t: string;
  out: string;
}
const runs = new Map<string, Ran>();

describe('the real CLI on every round-2 case (child processes)', () => {
  beforeAll(async () => {
    const results = await pool(
      cases.map((c, i) => async () => {
        const t = join(tmp, `case-${i}`);
        const out = join(t, 'out');
        await mkdir(out, { recursive: true });
        await writeFile(join(out, 'graph.gexf'), 'previous gexf\n');
        await writeFile(join(out, 'graph.json'), '{"previous":true}\n');
        await writeFile(join(out, 'notes.txt'), 'not ours\n');
        await chmod(t, 0o755);
        await c.setup?.(t, out);
        const outsideBefore = await snapshot(t);
        const before = await snapshot(out);
        const argv = c.args(rel(out), t);
        const run = await cli(argv);
        const after = await snapshot(out);
        const outsideAfter = await snapshot(t);
        return { name: c.name, run, argv, before, after, outsideBefore, outsideAfter, t, out };
      }),
      3,
    );
    for (const r of results) runs.set(r.name, r);
  }, 600_000);

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const { run, argv, before, after, outsideBefore, outsideAfter, t, out } = runs.get(name)!;
    expect(run.stdout + run.stderr, name).not.toMatch(STACK_LINE);
    expect(run.signal, name).toBeNull();
    expect(run.code, `${name}\n${run.stderr.slice(0, 2000)}`).toBe(c.exit);
    assertLines(name, run);
    if (c.exit === 2) expect(run.stderr).toMatch(/^techgraph: [^\n]+\n\n(Usage: techgraph|Usage: techgraph query|Usage: techgraph sparql)/);
    // Diagnostics: one line each, exactly those expected.
    const text = argv[0] === 'check' ? run.stdout : run.stderr;
    if (c.want)
      expect(
        printedDiagnostics(text)
          .filter((d) => d.code !== 'WRITE_ERROR')
          .map((d) => [d.code, d.file, d.line, d.column]),
      ).toEqual(c.want(t));
    for (const l of text.split('\n').filter(Boolean))
      if (!DIAGNOSTIC_LINE.test(l) && !RELATED_LINE.test(l) && c.exit === 1 && text === run.stderr && argv[0] === 'build')
        expect(l, `${name}: ${l}`).toMatch(/^build failed: \d+ errors?, \d+ warnings?; no export was written or changed$/);
    // The output folder: byte for byte unless the build succeeded; nothing outside it changed.
    if (c.exit !== 0 || argv[0] !== 'build') expect(after, name).toEqual(c.outAfter ? c.outAfter(before) : before);
    const strip = (s: Record<string, string>) => Object.fromEntries(Object.entries(s).filter(([k]) => !k.startsWith('out/')));
    expect(strip(outsideAfter), name).toEqual(strip(outsideBefore));
    await c.check?.(run, t, out);
  });
});
