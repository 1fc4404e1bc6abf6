// JSON output of the CLI without recursion (issue 15, class 3): the same text as JSON.stringify(value, null, 2)
// for any plain data, and a tree 100,000 levels deep (where JSON.stringify overflows its stack) as valid JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDENT_LEVELS, jsonText } from '../../src/cli/json-text.js';

describe('jsonText', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for any JSON value (chunked or not)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 1, max: 64 }), (v, size) => {
        const text = [...jsonText(v, size)].join('');
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        // The same text, but for the escapes of what JSON.stringify leaves raw and a terminal acts on.
        expect(
          text.replace(/\\u00(7f|[89][0-9a-f]|3a)|\\u(2028|2029|200[b-f]|202[a-e]|206[0-9a-f]|feff|00ad)/g, (m) => JSON.parse(`"${m}"`)),
        ).toBe(`${JSON.stringify(v, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes DEL, C1 controls, invisible format characters and line separators, which JSON.stringify leaves raw', () => {
    const s = 'del\u007f csi\u009b nel\u0085 ls\u2028 rlo\u202e zwj\u200d bom\ufeff tag\u{E0001}';
    const text = [...jsonText({ s })].join('');
    expect(text).toBe('{\n  "s": "del\\u007f csi\\u009b nel\\u0085 ls\\u2028 rlo\\u202e zwj\\u200d bom\\ufeff tag\\udb40\\udc01"\n}\n');
    expect(JSON.parse(text)).toEqual({ s });
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
