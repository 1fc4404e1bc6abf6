// Did-you-mean: the closest candidates by edit distance; containing the name (or being contained in it)
// only breaks ties between equally close candidates and never puts a farther one first.
import { describe, expect, it } from 'vitest';
import { didYouMean, distance, SUGGEST_LIMITS, suggest } from '../src/diagnostics/index.js';

describe('distance', () => {
  it.each([
    ['yarn', 'yarn', 0],
    ['YaRN', 'yarn', 0],
    ['yran', 'yarn', 1], // a swap of neighbours is one edit
    ['yarnn', 'yarn', 1],
    ['yarnn', 'arn', 2],
    ['kitten', 'sitting', 3],
    ['', 'gqa', 3],
    ['qwen2.5-repor', 'qwen2.5-report', 1],
    ['qwen2.5-repor', 'qwen3-report', 4],
    ['qwen2.5-repor', 'qwen2.5', 6],
    ['长上下文', '长下文', 1],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(distance(a, b)).toBe(d);
    expect(distance(b, a)).toBe(d);
  });
});

describe('suggest', () => {
  it.each<[string, string[], number | undefined, string[]]>([
    // A strictly closer candidate beats one that merely contains the name or is contained in it.
    ['yarnn', ['arn', 'yarn', 'paper-yarn'], undefined, ['yarn', 'arn']],
    [
      'qwen2.5-repor',
      ['qwen', 'qwen1', 'qwen2', 'qwen2.5', 'qwen2.5-report', 'qwen3-report'],
      undefined,
      ['qwen2.5-report', 'qwen3-report', 'qwen2.5'],
    ],
    ['qwen2.5x', ['Qwen', 'qwen2', 'qwen2.5', 'qwen3'], undefined, ['qwen2.5', 'qwen2', 'Qwen']],
    ['qwen3-repot', ['qwen', 'qwen1', 'qwen3', 'qwen3-report'], 1, ['qwen3-report']],
    // Containment breaks a tie in distance, before code-unit order.
    ['rope', ['rape', 'ropes'], undefined, ['ropes', 'rape']],
    // Containment still offers a far candidate, after every closer one.
    ['gqa', ['gqa-paper-long', 'gpa'], undefined, ['gpa', 'gqa-paper-long']],
    // A candidate contained in the name is offered however short, ranked by its distance.
    ['yarnn', ['y', 'ya', 'rn', 'yarm'], undefined, ['yarm', 'rn', 'ya']],
    ['nope-source', ['s', 'source'], undefined, ['source', 's']],
    // A name shorter than 3 characters is only matched by distance.
    ['ab', ['abcdef', 'ac'], undefined, ['ac']],
    // Case is ignored; an exact match comes first; duplicates count once.
    ['YARN', ['yarns', 'yarn', 'yarn'], undefined, ['yarn', 'yarns']],
    // Ties in code-unit order; at most `max`.
    ['yarn', ['yarn4', 'yarn2', 'yarn3', 'yarn1'], undefined, ['yarn1', 'yarn2', 'yarn3']],
    ['yarn', ['yarn4', 'yarn2', 'yarn3', 'yarn1'], 10, ['yarn1', 'yarn2', 'yarn3', 'yarn4']],
    // Within a third of the name's length in edits (at least 2), else nothing.
    ['zzz', ['yarn', 'gqa'], undefined, []],
    ['attention', ['attentoin', 'atension', 'tention', 'mention'], undefined, ['attentoin', 'tention', 'atension']],
    ['attention', ['attentoin', 'atension', 'tention', 'mention'], 10, ['attentoin', 'tention', 'atension', 'mention']],
    ['长上下文x', ['长上下文', '上下', '下文本'], undefined, ['长上下文', '上下']],
  ])('%s among %j (max %s) → %j', (name, candidates, max, want) => {
    expect(suggest(name, candidates, max)).toEqual(want);
  });

  it('didYouMean words one, two or three candidates', () => {
    expect(didYouMean('yarnn', ['yarn'])).toBe('; did you mean "yarn"?');
    expect(didYouMean('yarnn', ['yarn', 'arn'])).toBe('; did you mean "yarn" or "arn"?');
    expect(didYouMean('qwen2.5x', ['Qwen', 'qwen2', 'qwen2.5'])).toBe('; did you mean "qwen2.5", "qwen2", "Qwen"?');
    expect(didYouMean('zzz', ['yarn'])).toBe('');
  });
});

describe('bounds (issue 15, class 2)', () => {
  it('a name longer than the bound gets no suggestion, and is never compared by edit distance', () => {
    const long = 'x'.repeat(30_000);
    expect(suggest(`${long}y`, [long, `${long}z`, 'yarn'])).toEqual([]);
    expect(suggest('x'.repeat(SUGGEST_LIMITS.maxLength + 1), ['x'.repeat(SUGGEST_LIMITS.maxLength)])).toEqual([]);
  });

  it('a candidate longer than the bound is offered only when it contains the name', () => {
    const long = `yarn-${'x'.repeat(30_000)}`;
    expect(suggest('yarn', [long, `${'q'.repeat(30_000)}`])).toEqual([long]);
    expect(suggest('x'.repeat(60), ['x'.repeat(59) + 'y'.repeat(SUGGEST_LIMITS.maxLength)])).toEqual([]);
  });

  it('distance with a bound stops early and says max + 1; without, it takes memory linear in the shorter string', () => {
    const a = 'a'.repeat(50_000);
    const b = 'b'.repeat(50_000);
    expect(distance(a, b, 10)).toBe(11);
    expect(distance('kitten', 'sitting', 2)).toBe(3);
    expect(distance('kitten', 'sitting', 3)).toBe(3);
    expect(distance('ab'.repeat(2000), 'ba'.repeat(2000))).toBe(2); // one deletion, one insertion
    expect(distance(`${'x'.repeat(3000)}ab`, `${'x'.repeat(3000)}ba`)).toBe(1); // a swap of neighbours
  });
});
