// escapeXml's fast paths give what the one-pass rule gives: decoding the output yields xmlSafe(s), with nothing raw left to escape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml, xmlSafe } from '../../src/export/index.js';

const decode = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#\d+);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? String.fromCodePoint(Number(e.slice(1))),
  );

describe('escapeXml', () => {
  const check = (s: string) => {
    const out = escapeXml(s);
    expect(decode(out)).toBe(xmlSafe(s));
    // Nothing an XML parser would read differently is left raw.
    expect(out).not.toMatch(
      /[<>"\t\n\r\u0085\u2028\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&(?!(?:amp|lt|gt|quot|#\d+);)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  };
  it('round-trips any text', () => fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 20_000 }));
  it('round-trips text made of the characters that matter', () =>
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            '中',
            '&',
            '<',
            '>',
            '"',
            "'",
            '\t',
            '\n',
            '\r',
            '\u0001',
            '\u0085',
            '\u2028',
            '\uD83D',
            '\uDE00',
            '\uFFFE',
          ),
        }),
        check,
      ),
      { numRuns: 20_000 },
    ));
  it('returns text with nothing to escape as is', () => {
    const s = 'ver-000001 长上下文 plain';
    expect(escapeXml(s)).toBe(s);
    expect(escapeXml('a->b & "c" <d>')).toBe('a-&gt;b &amp; &quot;c&quot; &lt;d&gt;');
  });
});
