// Byte output: ByteSink's chunks are exactly the UTF-8 of what was written, whatever the buffer size, and never split a character; the atomic writer takes text and byte chunks mixed.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ByteSink,
  type Chunk,
  chunksToText,
  cypher,
  cytoscape,
  gexf,
  graphml,
  json,
  mermaid,
  neo4jFiles,
  ntriples,
  turtle,
  utf8,
  writeAtomic,
} from '../../src/export/index.js';
import type { TechGraph } from '../../src/graph/index.js';
import { graphOf } from '../helpers.js';

/** Writes pieces (text, or bytes of text) into a sink of `size` bytes, draining after each piece; returns the chunks. */
function sink(pieces: readonly { text: string; encoded: boolean }[], size: number): Uint8Array[] {
  const out = new ByteSink(size);
  const chunks: Uint8Array[] = [];
  for (const p of pieces) {
    if (p.encoded) out.bytes(utf8(p.text));
    else out.text(p.text);
    if (out.ready) chunks.push(...out.drain());
  }
  chunks.push(...out.end());
  return chunks;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const piece = fc.record({
  text: fc.string({ unit: fc.constantFrom('a', '<', '中', '🧠', 'é', '\n'), maxLength: 40 }),
  encoded: fc.boolean(),
});

describe('ByteSink', () => {
  it('hands out exactly the UTF-8 of the text, for any buffer size', () =>
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 64 }), (pieces, size) => {
        const chunks = sink(pieces, size);
        const all = Buffer.concat(chunks);
        expect(all.equals(Buffer.from(pieces.map((p) => p.text).join(''), 'utf8'))).toBe(true);
        // No chunk ends inside a character: each decodes on its own.
        for (const c of chunks) expect(() => strict.decode(c)).not.toThrow();
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    ));

  it('keeps filled buffers until drained and gives the rest at the end', () => {
    const out = new ByteSink(8);
    out.bytes(utf8('abcdef'));
    expect(out.ready).toBe(false);
    out.bytes(utf8('ghij')); // does not fit: the first buffer is full
    expect(out.ready).toBe(true);
    expect(out.drain().map((c) => Buffer.from(c).toString())).toEqual(['abcdef']);
    expect(out.ready).toBe(false);
    out.text('x'.repeat(20)); // larger than a buffer: gets a buffer of its own
    expect(out.end().map((c) => Buffer.from(c).toString())).toEqual(['ghij', 'x'.repeat(20)]);
    out.text('y');
    expect(out.end().map((c) => Buffer.from(c).toString())).toEqual(['y']);
    expect(out.end()).toEqual([]);
  });

  it('chunksToText decodes text and byte chunks in order', () => {
    const chunks: Chunk[] = ['a', utf8('中'), Buffer.from('🧠').subarray(0, 2), Buffer.from('🧠').subarray(2), 'z'];
    expect(chunksToText(chunks)).toBe('a中🧠z');
    expect(() => chunksToText([Buffer.from([0xff])])).toThrow();
  });
});

describe('every writer writes through the one sink', () => {
  const concat = (chunks: Iterable<Chunk>) => Buffer.concat([...chunks].map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
  type Writer = (g: TechGraph, o?: { chunk?: number }) => Iterable<Chunk>;
  const neo4j =
    (name: string): Writer =>
    (g, o) =>
      neo4jFiles(g, o)
        .find((f) => f.name === name)!
        .chunks();
  it.each([
    ['gexf', gexf],
    ['json', json],
    ['graphml', graphml],
    ['cytoscape', cytoscape],
    ['turtle', turtle],
    ['ntriples', ntriples],
    ['cypher', cypher],
    ['mermaid', mermaid],
    ['neo4j/nodes-technique.csv', neo4j('neo4j/nodes-technique.csv')],
    ['neo4j/relationships.csv', neo4j('neo4j/relationships.csv')],
  ] as [string, Writer][])('%s gives the same bytes whatever the chunk size', async (_, writer) => {
    const g = await graphOf('test/fixtures/mini');
    g.setNodeAttribute('rope', 'label', 'RoPE 旋转位置编码 🧠 <&> "q"');
    const whole = concat(writer(g));
    expect(whole.length).toBeGreaterThan(100);
    for (const chunk of [1, 7, 100, 4096]) {
      const parts = [...writer(g, { chunk })];
      expect(parts.length).toBeGreaterThan(chunk < 100 ? 3 : 0);
      expect(concat(parts).equals(whole)).toBe(true);
    }
  });
});

describe('writeAtomic with byte chunks', () => {
  it('writes text and byte chunks mixed, in order, and reports the size in bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-bytes-'));
    const chunks: Chunk[] = ['héllo ', utf8('wörld '), 'x'.repeat(70_000), utf8('中'), '!'];
    const [w] = await writeAtomic(dir, [{ name: 'out.txt', chunks: () => chunks }]);
    const expected = `héllo wörld ${'x'.repeat(70_000)}中!`;
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe(expected);
    expect(w!.bytes).toBe(Buffer.byteLength(expected));
  });
});
