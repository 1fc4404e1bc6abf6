// Did-you-mean on references matches words, not only characters: what a new author typed for a node that exists.
import { describe, expect, it } from 'vitest';
import { nameDistance, rankNames, SUGGEST_LIMITS, words } from '../src/diagnostics/index.js';

const NAMES = [
  'fp8-training',
  'FP8 training',
  'ppo',
  'dpo',
  'mla',
  'gqa',
  'paper-deepseek-v3',
  'paper-deepseek-v2',
  'deepseek-v3',
  'qwen',
  'qwen2.5-report',
];

describe('rankNames', () => {
  it('finds the node an abbreviation or a partial name means, before short ids a few edits away', () => {
    expect(rankNames('fp8', NAMES)[0]).toBe('FP8 training');
    expect(rankNames('fp8', NAMES)).toContain('fp8-training');
  });

  it('finds a source by the words of its id written in another order', () => {
    expect(
      rankNames(
        'deepseek-v3-report',
        NAMES.filter((n) => n.startsWith('paper-')),
      ),
    ).toEqual(['paper-deepseek-v3']);
  });

  it('prefers the name the reference abbreviates over a vaguer one it contains', () => {
    expect(rankNames('qwen2.5-repor', NAMES)[0]).toBe('qwen2.5-report');
  });

  it('ignores case and punctuation, and finds nothing for an unrelated name', () => {
    expect(nameDistance('DeepSeek V3', 'deepseek-v3')).toBe(0);
    expect(rankNames('zzzz', NAMES)).toEqual([]);
  });

  it('stays bounded on hostile lengths: 100,000-character names are matched by words, never by an edit matrix', () => {
    const long = 'a'.repeat(100_000);
    expect(rankNames(long, [`${long}b`, `${'b'.repeat(100_000)}`, 'gqa'])).toEqual([`${long}b`]);
    expect(rankNames(`${long}x`, [`${long}y`])).toEqual([]);
    expect(words(`x ${long}`)).toHaveLength(2);
  });

  it('matches a reference word by word only up to SUGGEST_LIMITS.maxWords words (issue 15, class 2)', () => {
    const many = Array.from({ length: 12_000 }, (_, i) => `w${i}`).join('-');
    const few = Array.from({ length: SUGGEST_LIMITS.maxWords }, (_, i) => `w${i}`).join('-');
    expect(rankNames(few, ['w0-w1'])).toEqual(['w0-w1']);
    expect(rankNames(many, ['w0-w1', 'w5-w6-w7'])).toEqual([]);
  });
});
