// Printable text (issue 15, class 6): data printed in a line of text stays on its line, moves no cursor,
// and never reads as a diagnostic; the escapes say which character it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, formatDiagnostic, formatRelated, isPrintable, printable, printableData } from '../src/diagnostics/index.js';
import { DIAGNOSTIC_LINE } from './hostile-helpers.js';

/** Any character a terminal acts on, or an editor reads as a line end. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udfff]/u; // lone surrogates only, in u mode

describe('printable', () => {
  it.each([
    ['plain text, CJK 长上下文, emoji 🧠 and quotes "x" stay', 'plain text, CJK 长上下文, emoji 🧠 and quotes "x" stay'],
    ['adopts\nfake.yaml:1:1: error FORGED: injected', 'adopts\\nfake.yaml\\u003a1:1: error FORGED: injected'],
    ['\u001b]0;owned\u0007\u001b[2J', '\\u001b]0;owned\\u0007\\u001b[2J'],
    ['tab\there, cr\rthere', 'tab\\there, cr\\rthere'],
    ['zero\u200dwidth joiner, bidi \u202eoverride', 'zero\\u200dwidth joiner, bidi \\u202eoverride'],
    ['line\u2028separator, nel\u0085, del\u007f', 'line\\u2028separator, nel\\u0085, del\\u007f'],
    ['lone \ud800 surrogate, pair \u{1F9E0} kept', 'lone \\ud800 surrogate, pair \u{1F9E0} kept'],
    ['tag \u{E0001} character', 'tag \\U000e0001 character'],
    ['fake.yaml:9:9: error FORGED: x.yaml', 'fake.yaml\\u003a9:9: error FORGED: x.yaml'],
    ['a:1:2:3: b', 'a:1\\u003a2:3: b'],
    ['at a.yaml:2:9', 'at a.yaml:2:9'],
  ])('%j → %j', (s, want) => {
    expect(printable(s)).toBe(want);
    expect(isPrintable(want)).toBe(true);
  });

  it('whatever the data, a formatted diagnostic is one line that parses back to its own position and code', () => {
    const unit = fc.oneof(
      fc.constantFrom('\n', '\r', ':', '1', ' ', 'error', 'X_Y', '\u001b', '\u2028'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    const text = fc.string({ unit, minLength: 1 });
    fc.assert(
      fc.property(text, text, (file, message) => {
        const d: Diagnostic = { code: 'UNKNOWN_FIELD', severity: 'error', file, line: 12, column: 5, message };
        const line = formatDiagnostic(d);
        expect(line).not.toMatch(CONTROL);
        // The first position on the line is the real one, read by a lazy or a greedy parser alike.
        expect(/^(.+?):(\d+):(\d+): (error|warning) ([A-Z_]+): /.exec(line)!.slice(2, 6)).toEqual(['12', '5', 'error', 'UNKNOWN_FIELD']);
        expect(DIAGNOSTIC_LINE.exec(line)?.[1]).toBe(printable(file));
        expect(formatRelated({ file, line: 3, column: 4 })).toMatch(/^ {2}[^\n]*:3:4: related$/);
      }),
      { numRuns: 500 },
    );
  });

  it('printableData copies plain data with every string and key printable, however deep', () => {
    expect(printableData({ 'k\n': ['a\u001b', 1, null, true, { x: 'y\r' }] })).toEqual({
      'k\\n': ['a\\u001b', 1, null, true, { x: 'y\\r' }],
    });
    let deep: { c: unknown[]; s: string } = { c: [], s: '\n' };
    const root = deep;
    for (let i = 0; i < 20_000; i++) {
      const next = { c: [], s: '\n' };
      deep.c.push(next);
      deep = next;
    }
    let copy = printableData(root);
    let depth = 0;
    while (copy.c.length) {
      expect(copy.s).toBe('\\n');
      copy = copy.c[0] as typeof root;
      depth++;
    }
    expect(depth).toBe(20_000);
  });

  it('keys named like Object.prototype members are copied as data', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}, "constructor": "c"}') as Record<string, unknown>;
    const copy = printableData(data);
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
