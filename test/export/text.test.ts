// The shared text rules: wellFormed replaces exactly the lone surrogates; oneLine leaves no line break or control
// character; every writer that cannot carry a lone surrogate applies the same rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chunksToText,
  csvField,
  cypher,
  cypherString,
  mermaidText,
  oneLine,
  REPLACEMENT,
  rdfQuads,
  turtle,
  wellFormed,
} from '../../src/export/index.js';
import { graphOf } from '../helpers.js';

const units = fc.string({
  unit: fc.constantFrom(
    'a',
    '中',
    '\n',
    '\r',
    '\t',
    '\u0000',
    '\u001f',
    '\u007f',
    '\u0085',
    '\u009f',
    '\u2028',
    '\u2029',
    '\uD83D',
    '\uDE00',
    ' ',
  ),
});

describe('wellFormed', () => {
  it('replaces each lone surrogate by U+FFFD and changes nothing else', () =>
    fc.assert(
      fc.property(fc.oneof(units, fc.string({ unit: 'binary' })), (s) => {
        const w = wellFormed(s);
        expect(w.isWellFormed()).toBe(true);
        expect(w).toHaveLength(s.length);
        for (let i = 0; i < s.length; i++) if (w[i] !== s[i]) expect(w[i]).toBe(REPLACEMENT);
        if (s.isWellFormed()) expect(w).toBe(s);
      }),
      { numRuns: 5_000 },
    ));
  it('keeps surrogate pairs', () => expect(wellFormed('a\uD83D\uDE00b\uD800 \uDC00')).toBe('a😀b\uFFFD \uFFFD'));
});

describe('oneLine', () => {
  it('leaves no line break or control character, one space per run, and is idempotent', () =>
    fc.assert(
      fc.property(units, (s) => {
        const l = oneLine(s);
        expect(l).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
        expect(l.isWellFormed()).toBe(true);
        expect(oneLine(l)).toBe(l);
      }),
      { numRuns: 5_000 },
    ));
  it('folds a run into one space', () => expect(oneLine('a\r\n\u0085b\u2029c\u0000')).toBe('a b c '));
});

describe('every writer applies the same rules', () => {
  const lone = 'x\uD800y';
  it('CSV fields, Cypher strings, RDF literals and Mermaid labels replace a lone surrogate by U+FFFD', async () => {
    expect(csvField('string', lone)).toBe('"x\uFFFDy"');
    expect(cypherString(lone)).toBe("'x\uFFFDy'");
    expect(mermaidText(lone)).toBe('x\uFFFDy');
    const g = await graphOf('test/fixtures/mini');
    g.setNodeAttribute('v1', 'note', lone);
    const notes = [...rdfQuads(g, { noVocabulary: true })].filter(
      (q) => q.predicate.value.endsWith('#note') && q.subject.value.endsWith('/v1'),
    );
    expect(notes.map((q) => q.object.value)).toEqual(['x\uFFFDy']);
  });
  it('comment lines (Turtle, Cypher) and Mermaid labels keep a graph name on one line', async () => {
    const g = await graphOf('test/fixtures/mini');
    const name = 'line\r\none\u2028two\u0085three';
    g.setAttribute('name', name);
    expect(chunksToText(turtle(g)).split('\n')[0]).toMatch(new RegExp(`^# ${oneLine(name)}: the graph as RDF`));
    expect(chunksToText(cypher(g)).split('\n')[0]).toMatch(new RegExp(`^// ${oneLine(name)}: the graph as Cypher`));
    expect(mermaidText(name)).toBe(oneLine(name));
  });
});
