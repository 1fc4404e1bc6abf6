// The whole build: deterministic bytes, and nothing written or lost on bad data or a failed write.
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExports } from '../src/pipeline/index.js';

const tmp = (p: string) => mkdtemp(join(tmpdir(), p));

describe('buildExports', () => {
  it('writes byte-identical exports for the same input', async () => {
    const [a, b] = [await tmp('tg-a-'), await tmp('tg-b-')];
    await buildExports({ data: 'test/fixtures/mini', out: a });
    await buildExports({ data: 'test/fixtures/mini', out: b });
    for (const f of ['graph.gexf', 'graph.json']) expect(await readFile(join(a, f))).toEqual(await readFile(join(b, f)));
  });

  it('gives the same bytes whatever the file order and key order of the input', async () => {
    const d = await tmp('tg-shuffle-');
    // The mini facts split into two files, sections and keys in another order.
    const text = await readFile('test/fixtures/mini/facts.yaml', 'utf8');
    const [head, rest] = [text.slice(0, text.indexOf('versions:')), text.slice(text.indexOf('versions:'))];
    await writeFile(join(d, 'z-first.yaml'), rest);
    await writeFile(join(d, 'a-second.yaml'), head);
    const [a, b] = [await tmp('tg-o1-'), await tmp('tg-o2-')];
    await buildExports({ data: 'test/fixtures/mini', out: a });
    const r = await buildExports({ data: d, out: b });
    expect(r.ok).toBe(true);
    for (const f of ['graph.gexf', 'graph.json'])
      expect((await readFile(join(b, f), 'utf8')).replaceAll(d, '')).toBe(await readFile(join(a, f), 'utf8'));
  });

  it('leaves previous exports untouched on invalid data', async () => {
    const out = await tmp('tg-keep-');
    await writeFile(join(out, 'graph.gexf'), 'previous gexf');
    await writeFile(join(out, 'graph.json'), 'previous json');
    const r = await buildExports({ data: 'test/fixtures/invalid/unknown-reference', out });
    expect(r.ok).toBe(false);
    expect(r.written).toEqual([]);
    expect(await readFile(join(out, 'graph.gexf'), 'utf8')).toBe('previous gexf');
    expect(await readFile(join(out, 'graph.json'), 'utf8')).toBe('previous json');
    expect((await readdir(out)).sort()).toEqual(['graph.gexf', 'graph.json']);
  });

  it('keeps every previous export and leaves no temporary file when a write fails half-way', async () => {
    const out = await tmp('tg-fault-');
    await buildExports({ data: 'test/fixtures/mini', out });
    const before = { gexf: await readFile(join(out, 'graph.gexf')), json: await readFile(join(out, 'graph.json')) };
    const listing = (await readdir(out)).sort();
    const data = await tmp('tg-fault-data-');
    await cp('test/fixtures/mini', data, { recursive: true });
    await writeFile(join(data, 'more.yaml'), 'motivations:\n  - id: extra\n');
    // Fail in the second file, after the first was fully written to its temporary.
    const r = await buildExports({
      data,
      out,
      fault: (file, i) => {
        if (file === 'graph.json' && i === 0) throw new Error('disk full');
      },
    });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.at(-1)!.code).toBe('WRITE_ERROR');
    expect(await readFile(join(out, 'graph.gexf'))).toEqual(before.gexf);
    expect(await readFile(join(out, 'graph.json'))).toEqual(before.json);
    expect((await readdir(out)).sort()).toEqual(listing);
  });
});
