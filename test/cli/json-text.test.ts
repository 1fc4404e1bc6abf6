// JSON output of the CLI without recursion (issue 15, class 3): the same text as JSON.stringify(value, null, 2)
// for any plain data, and a tree 100,000 levels deep (where JSON.stringify overflows its stack) as valid JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDENT_LEVELS, jsonText } from '../../src/cli/json-text.js';

describe('jsonText', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for any JSON value (chunked or not)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 1, max: 64 }), (v, size) => {
        expect([...jsonText(v, size)].join('')).toBe(`${JSON.stringify(v, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out undefined properties and writes null for undefined items and non-finite numbers, as JSON.stringify does', () => {
    const v = { a: undefined, b: [undefined, Number.NaN, Infinity], c: {} };
    expect([...jsonText(v)].join('')).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });

  it('writes a tree 100,000 levels deep, indenting no deeper than INDENT_LEVELS', () => {
    const root: { c: unknown[] } = { c: [] };
    let n = root;
    for (let i = 0; i < 100_000; i++) {
      const next = { c: [] };
      n.c.push(next);
      n = next;
    }
    expect(() => JSON.stringify(root)).toThrow(RangeError);
    const text = [...jsonText(root)].join('');
    const longest = Math.max(...text.split('\n', 10_000).map((l) => l.length - l.trimStart().length));
    expect(longest).toBe(2 * INDENT_LEVELS);
    let back = JSON.parse(text) as { c: { c: unknown[] }[] };
    let depth = 0;
    while (back.c.length) {
      back = back.c[0] as typeof back;
      depth++;
    }
    expect(depth).toBe(100_000);
  });
});
