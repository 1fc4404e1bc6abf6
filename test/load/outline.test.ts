// Positions from one re-parsed item (outline.ts) equal those of the whole-file `yaml` parse, for every path.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.js';
import type { DataPath } from '../../src/load/index.js';
import { snippet } from '../../src/load/outline.js';
import { locator, parseData } from '../../src/load/yaml.js';

/** Every path into `v`, containers included. */
function* paths(v: unknown, prefix: DataPath = []): Generator<DataPath> {
  yield prefix;
  if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* paths(x, [...prefix, i]);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* paths(x, [...prefix, k]);
}

/** Compares snippet-based and whole-file positions on every path (and a few missing ones); returns how many used a snippet. */
function compare(text: string, file: string): number {
  const parsed = parseData(text, file);
  if (parsed.data === undefined) return 0;
  const fast = locator(text, file, parsed.outline);
  const full = locator(text, file, undefined);
  let n = 0;
  for (const p of paths(parsed.data)) {
    for (const target of ['key', 'value'] as const) {
      for (const q of [p, [...p, 'missing'], [...p, 99]]) expect([q, target, fast(q, target)]).toEqual([q, target, full(q, target)]);
    }
    if (p.length >= 2) n++;
  }
  return n;
}

const TRICKY = {
  'anchors across items': 'techniques:\n  - &a\n    id: a\n    label: A\n  - id: b\n    extends: *a\n  - id: c\n',
  'flow list': 'techniques: [{ id: a }, { id: b, label: B }]\nversions:\n  - id: v\n',
  'dash alone': 'techniques:\n  -\n    id: a\n    label: A\n  - id: b\n',
  'comments and blank lines':
    '# head\ntechniques:\n  # first\n  - id: a   # trailing\n\n    label: "A & <b>"\n\n  # between\n  - id: b\n# tail\nversions:\n- id: v\n  adopts:\n  - a\n  - { target: b, sources: [s] }\n',
  'block scalars':
    'techniques:\n  - id: a\n    note: |\n      one\n      two\n    definition: >-\n      folded\n      text\n  - id: b\n    note: last\n',
  'no final newline': 'techniques:\n  - id: a\n  - id: b\n    label: B',
  crlf: 'techniques:\r\n  - id: a\r\n    label: A\r\n  - id: b\r\n',
  'quoted keys and scalar items': 'techniques:\n  - "id": a\n    \'label\': A\n  - plain\n  - id: c\n',
  'tags and nested lists':
    'versions:\n  - !!map\n    id: v\n    sizes: [1B, 2B]\n    adopts:\n      - a\n      - target: b\n        sources:\n          - s\n  - id: w\n',
};

describe('outline: positions of one item re-parsed alone', () => {
  it.each(Object.entries(TRICKY))('%s', (_, text) => {
    compare(text, 'f.yaml');
  });

  it('matches the whole-file parse on the Qwen data and every fixture', async () => {
    let snippets = 0;
    for (const dir of ['graph-data', 'test/fixtures']) {
      for (const f of (await readdir(dir, { recursive: true })).filter((x) => /\.ya?ml$/.test(x))) {
        snippets += compare(await readFile(join(dir, f), 'utf8').catch(() => ''), f);
      }
    }
    expect(snippets).toBeGreaterThan(1000);
  });

  it('re-parses every item of the Qwen data alone', async () => {
    for (const f of (await readdir('graph-data', { recursive: true })).filter((x) => x.endsWith('.yaml'))) {
      const text = await readFile(join('graph-data', f), 'utf8');
      const { data, outline } = parseData(text, f);
      for (const [key, list] of Object.entries(data as Record<string, unknown[]>)) {
        for (let i = 0; i < list.length; i++)
          expect([f, key, i, snippet(text, outline!, key, i, 64) !== undefined]).toEqual([f, key, i, true]);
      }
    }
  });

  it('matches the whole-file parse on synthetic benchmark data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-outline-'));
    await generate(dir, 200, 7);
    for (const f of (await readdir(dir, { recursive: true })).filter((x) => x.endsWith('.yaml')))
      compare(await readFile(join(dir, f), 'utf8'), f);
  });
});
