// conforms(): never accepts what zod rejects, and agrees with zod on real and synthetic data.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/bench/generate.js';
import { parseData } from '../src/load/yaml.js';
import { conforms } from '../src/validate/conforms.js';
import { nodeFields, nodeSchema } from '../src/validate/schema.js';
import { KIND_BY_SECTION, KIND_NAMES, type Kind } from '../src/vocabulary/index.js';

const zodOk = (kind: Kind, raw: unknown) => nodeSchema(kind).safeParse(raw).success;

/** Values near and around what each field accepts. */
const scalar = fc.constantFrom<unknown>(
  'x',
  '',
  ' ',
  'a b',
  'gqa',
  'Gqa-2.5_x',
  '-bad',
  'https://example.org/a',
  'http://',
  'ftp://x',
  '2024',
  '2024-06',
  '2024-06-06',
  '2024-13',
  '24-06',
  '36T',
  '151,646',
  '30万',
  '>1M',
  '1.5K',
  'K',
  '72B',
  '235B-A22B',
  '0.5B',
  'B',
  'preferred',
  'disputed',
  'other',
  'attention',
  'paper',
  'en',
  'zh-Hant',
  0,
  -1,
  1,
  7,
  1000,
  2024,
  9999,
  10000,
  1.5,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  Infinity,
  -Infinity,
  NaN,
  true,
  false,
  null,
  undefined,
);
const keys = fc.constantFrom(
  ...new Set([
    ...KIND_NAMES.flatMap(nodeFields),
    'value',
    'target',
    'sources',
    'status',
    'note',
    'quote',
    'en',
    'zh',
    'EN',
    'x',
    '__proto__',
    'constructor',
  ]),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(keys, tie('v'), { maxKeys: 4 }),
  ),
})).v;

describe('conforms', () => {
  it('never accepts a node zod rejects (random nodes)', () => {
    const kind = fc.constantFrom(...KIND_NAMES);
    const node = kind.chain((k) =>
      fc.tuple(
        fc.constant(k),
        fc.dictionary(fc.oneof(fc.constantFrom(...nodeFields(k)), keys), value, { maxKeys: 6 }),
        fc.constantFrom<unknown>('n1', 'bad id', 3, undefined),
      ),
    );
    let accepted = 0;
    fc.assert(
      fc.property(node, ([k, raw, id]) => {
        const x = id === undefined ? raw : { ...raw, id };
        if (conforms(k, x)) {
          accepted++;
          expect(zodOk(k, x)).toBe(true);
        }
      }),
      { numRuns: 20_000, seed: 42 },
    );
    // The check is only worth something if random nodes pass it often enough.
    expect(accepted).toBeGreaterThan(500);
  });

  it('agrees with zod on every node of the Qwen data, the fixtures and synthetic data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-conforms-'));
    await generate(dir, 300, 3);
    let accepted = 0;
    for (const root of ['graph-data', 'test/fixtures', dir]) {
      for (const f of (await readdir(root, { recursive: true })).filter((x) => /\.ya?ml$/.test(x))) {
        const { data } = parseData(await readFile(join(root, f), 'utf8').catch(() => ''), f);
        if (!data || typeof data !== 'object') continue;
        for (const [section, list] of Object.entries(data)) {
          const kind = KIND_BY_SECTION.get(section);
          if (!kind || !Array.isArray(list)) continue;
          for (const raw of list) {
            expect([f, (raw as { id?: string })?.id, conforms(kind, raw)]).toEqual([f, (raw as { id?: string })?.id, zodOk(kind, raw)]);
            if (conforms(kind, raw)) accepted++;
          }
        }
      }
    }
    expect(accepted).toBeGreaterThan(400);
  });
});
