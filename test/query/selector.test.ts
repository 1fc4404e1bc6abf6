// Selectors: dbt-style graph operators, parsed without a graph, evaluated on one.
import { describe, expect, it } from 'vitest';
import { parseSelector, select } from '../../src/query/index.js';
import { real, synthetic, value } from './graphs.js';

describe('parseSelector', () => {
  it.each([
    ['yarn', [{ name: 'yarn', up: 0, down: 0 }]],
    ['+yarn', [{ name: 'yarn', up: Infinity, down: 0 }]],
    ['yarn+', [{ name: 'yarn', up: 0, down: Infinity }]],
    ['2+yarn', [{ name: 'yarn', up: 2, down: 0 }]],
    ['yarn+1', [{ name: 'yarn', up: 0, down: 1 }]],
    ['+yarn+', [{ name: 'yarn', up: Infinity, down: Infinity }]],
    ['3+qwen2.5+12', [{ name: 'qwen2.5', up: 3, down: 12 }]],
    [
      'a+, +b',
      [
        { name: 'a', up: 0, down: Infinity },
        { name: 'b', up: Infinity, down: 0 },
      ],
    ],
    ['Yet another RoPE extensioN+', [{ name: 'Yet another RoPE extensioN', up: 0, down: Infinity }]],
  ])('%s', (text, terms) => {
    expect(value(parseSelector(text))).toEqual(terms);
  });

  it.each(['', '+', '2+', '++yarn', 'yarn++', 'a,,b', 'a,'])('%j is a BAD_SELECTOR', (text) => {
    const r = parseSelector(text);
    expect(r.ok ? null : r.error.code).toBe('BAD_SELECTOR');
  });
});

describe('select', () => {
  it.each([
    ['+yarn', ['absolute-position-embedding', 'dynamic-ntk', 'ntk-aware-interpolation', 'ntk-by-parts', 'rope', 'yarn']],
    ['2+yarn', ['dynamic-ntk', 'ntk-aware-interpolation', 'ntk-by-parts', 'yarn']],
    ['yarn+', ['yarn']],
    ['+gqa,+grpo', ['gqa', 'grpo', 'mha', 'mqa', 'ppo']],
    ['qk-norm+1, +qk-norm', ['qk-norm', 'qkv-bias']],
  ])('real: %s', async (selector, ids) => {
    expect(value(select(await real(), selector)).nodes.map((n) => n.id)).toEqual(ids);
  });

  it('ntk-aware-interpolation+ holds dynamic NTK, NTK-by-parts and YaRN (and not RoPE)', async () => {
    const ids = value(select(await real(), 'ntk-aware-interpolation+')).nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['ntk-aware-interpolation', 'dynamic-ntk', 'ntk-by-parts', 'yarn']));
    expect(ids).not.toContain('rope');
    // NTK-aware interpolation is an alternative to PI, not its descendant.
    expect(value(select(await real(), 'position-interpolation+')).nodes.map((n) => n.id)).toEqual(['position-interpolation']);
  });

  it.each([
    ['+ext2', ['base', 'ext1', 'ext2']],
    ['1+ext2', ['base', 'ext1', 'ext2']],
    ['base+1', ['base', 'ext1', 'ext2', 'gen']],
    ['norm-a+', ['norm-a', 'norm-b', 'norm-c']],
    ['norm-a+1', ['norm-a', 'norm-b']],
    ['+a3', ['a1', 'a2', 'a3']],
    ['b2+,mq', ['b2', 'mq']],
    ['+BE, Extension number one', ['base', 'ext1']],
  ])('synthetic: %s', async (selector, ids) => {
    expect(value(select(await synthetic(), selector)).nodes.map((n) => n.id)).toEqual(ids);
  });

  it('an unknown name in any term fails the selector', async () => {
    const r = select(await synthetic(), '+ext2, nope+');
    expect(r.ok ? null : r.error.code).toBe('UNKNOWN_NAME');
  });
});
