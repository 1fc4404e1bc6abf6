// Every text output, fed random hostile data (issue 15, class 6): labels, aliases, notes, claims, keys,
// values and names made of control characters, terminal escapes, forged diagnostic lines, prototype names,
// lone surrogates and long strings go through check, build, every query, usage errors and SPARQL; no
// output line holds a raw control or invisible character, and no line can be read as a diagnostic
// unless it is a real one: a known code about a file that was read.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/index.js';
import { CODES, printable } from '../src/diagnostics/index.js';
import { emitYaml, seeded } from './hostile-helpers.js';

/** A raw control, format or separator character, or a lone surrogate (u mode: pairs are one character). */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\ud800-\udfff]/u;
/** A line as an editor or a script reads a diagnostic: the first `file:line:column: severity CODE: `. */
const AS_DIAGNOSTIC = /^(.+?):(\d+):(\d+): (error|warning) ([A-Z_]+): /;

/** Pieces of hostile text. */
const piece = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '\nfake.yaml:1:1: error FORGED: injected',
      'fake.yaml:9:9: error FORGED: x',
      '  fake.yaml:2:2: related',
      ':3:4: error FORGED: ',
      '\u001b]0;owned\u0007',
      '\u001b[2J\u001b[H',
      '\u001b[31m',
      '\r',
      '\r\n',
      '\t',
      '\u0000',
      '\u0085',
      '\u2028',
      '\u202e',
      '\u200d',
      '\ufeff',
      '\u009b',
      'constructor',
      '__proto__',
      'toString',
      '长上下文',
      '🧠',
    ),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 500, maxLength: 3000 }) },
);
/** Hostile text: never empty (labels must not be). */
const hostile = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => `${p.join('')}x`);

type Yaml = string | number | boolean | null | Yaml[] | { [k: string]: Yaml };

/** A valid fact set whose every text is hostile, and a file of mistakes that quote hostile text. */
function facts(h: string[]): { valid: { [k: string]: Yaml }; broken: { [k: string]: Yaml } } {
  const at = (i: number) => h[i % h.length]!;
  return {
    valid: {
      sources: [{ id: 's', label: at(0) }],
      families: [{ id: 'f', label: at(1) }],
      versions: [
        {
          id: 'v1',
          label: at(2),
          in_family: 'f',
          sources: 's',
          released: '2024-01',
          license: [
            { value: at(3), status: 'preferred', note: at(4) },
            { value: `${at(5)}-other`, status: 'disputed', quote: at(6) },
          ],
          adopts: ['t1'],
        },
        {
          id: 'v2',
          label: at(7),
          aliases: [at(8)],
          in_family: 'f',
          succeeds: 'v1',
          sources: 's',
          released: '2024-06',
          adopts: [{ target: 't2', note: at(9) }],
          drops: 't1',
        },
      ],
      techniques: [
        { id: 't1', label: at(10), sources: 's', serves: 'm', definition: at(11) },
        { id: 't2', label: at(12), sources: 's', extends: { target: 't1', note: at(13) }, serves: 'm' },
      ],
      motivations: [{ id: 'm', label: at(14), description: at(15) }],
    },
    broken: {
      motivations: [{ id: 'b', [`x${at(16)}`]: 1, label: { en: at(17), [`zz${at(18)}`]: at(19) } }],
      versions: [{ id: 'bv', released: at(20), adopts: at(21), sources: 's', flagship: at(22) }],
      [`y${at(23)}`]: [],
    },
  };
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tg-printable-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Runs the CLI in process; returns every line it printed. */
async function lines(argv: string[]): Promise<{ code: number; lines: string[] }> {
  let text = '';
  const code = await run(argv, { stdout: (s) => (text += s), stderr: (s) => (text += s), isTTY: false, cwd: process.cwd() });
  return { code, lines: text.split('\n') };
}

/** The lines that break the rule: raw unsafe characters, or a diagnostic with an unknown code or about a file not read. */
function offending(all: readonly string[], files: ReadonlySet<string>): string[] {
  const codes = new Set(Object.keys(CODES));
  return all.filter((l) => {
    if (UNSAFE.test(l)) return true;
    const m = AS_DIAGNOSTIC.exec(l);
    return m !== null && (!codes.has(m[5]!) || !files.has(m[1]!));
  });
}

let runs = 0;
/** Writes the data of one sample; returns its folders and the names its files are printed under. */
async function sample(h: string[], seed: number) {
  const dir = join(tmp, `s${runs++}`);
  const { valid, broken } = facts(h);
  const random = seeded(seed);
  await mkdir(join(dir, 'valid'), { recursive: true });
  await mkdir(join(dir, 'mixed'), { recursive: true });
  const text = emitYaml(valid, { random, crlf: random() < 0.3 });
  await writeFile(join(dir, 'valid', 'facts.yaml'), text);
  await writeFile(join(dir, 'mixed', 'facts.yaml'), text);
  await writeFile(join(dir, 'mixed', 'broken.yaml'), emitYaml(broken, { random }));
  const show = (p: string) => printable(relative(process.cwd(), p));
  const files = new Set(
    [join(dir, 'valid', 'facts.yaml'), join(dir, 'mixed', 'facts.yaml'), join(dir, 'mixed', 'broken.yaml'), join(dir, 'out')].map(show),
  );
  return { valid: join(dir, 'valid'), mixed: join(dir, 'mixed'), out: join(dir, 'out'), files };
}

describe('text output of hostile data', () => {
  it('check, build, every query and usage errors: no raw control character, no forged diagnostic', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 24, maxLength: 24 }), fc.integer(), async (h, seed) => {
        const d = await sample(h, seed);
        const outputs: [string, { code: number; lines: string[] }][] = [];
        const go = async (argv: string[]) => outputs.push([argv.join(' '), await lines(argv)]);
        await go(['check', '--data', d.valid]);
        await go(['check', '--data', d.mixed]);
        await go(['build', '--data', d.mixed, '--out', d.out, '--format', 'json', '--layout', 'none']);
        await go(['build', '--data', d.valid, '--out', d.out, '--format', 'json,mermaid', '--layout', 'none']);
        for (const q of [
          ['lineage', 't2'],
          ['lineage', 't1', '--format', 'json'],
          ['adopters', 't1'],
          ['version', 'v1'],
          ['version', 'v2'],
          ['diff', 'v1', 'v2'],
          ['path', 'v1', 'm'],
          ['motivation', 'm'],
          ['timeline'],
          ['select', '+t2'],
          ['lineage', h[0]!],
          ['adopters', h[1]!],
        ])
          await go(['query', ...q, '--data', d.valid]);
        await go(['query', 'lineage', 't2', '--data', d.mixed]);
        await go([`frob${h[2]}`]);
        await go(['query', `frob${h[3]}`]);
        await go(['build', '--format', h[4]!]);
        const valid = outputs.filter(
          ([argv]) =>
            !argv.includes('mixed') &&
            !argv.includes(h[0]!) &&
            !argv.includes(h[1]!) &&
            !argv.includes('frob') &&
            !argv.startsWith('build --format'),
        );
        for (const [argv, r] of valid) expect(r.code, argv).toBe(0);
        for (const [argv, r] of outputs)
          expect(
            offending(r.lines, d.files).map((l) => JSON.stringify(l).slice(0, 300)),
            argv,
          ).toEqual([]);
        // The mixed data has real diagnostics, and they parse back to the files read.
        const diagnostics = outputs[1]![1].lines.filter((l) => AS_DIAGNOSTIC.test(l));
        expect(diagnostics.length).toBeGreaterThan(3);
      }),
      { numRuns: 25 },
    );
  }, 600_000);

  it('SPARQL text answers: every value printable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 24, maxLength: 24 }), fc.integer(), async (h, seed) => {
        const d = await sample(h, seed);
        for (const q of [
          'SELECT ?x ?l WHERE { ?x rdfs:label|skos:altLabel|tg:note|tg:quote|tg:license|tg:definition|rdfs:comment ?l } ORDER BY ?x ?l',
          'CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x rdfs:label ?l }',
        ]) {
          const r = await lines(['sparql', q, '--data', d.valid]);
          expect(r.code).toBe(0);
          expect(offending(r.lines, d.files)).toEqual([]);
        }
      }),
      { numRuns: 3 },
    );
  }, 300_000);
});
