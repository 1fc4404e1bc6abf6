// Name resolution: ids, labels in any language, aliases, case and punctuation; errors as values.
import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/query/index.js';
import type { Kind } from '../../src/vocabulary/index.js';
import { real, synthetic } from './graphs.js';

describe('resolve on the real data', () => {
  it.each([
    ['yarn', 'yarn'],
    ['YaRN', 'yarn'],
    ['Yet another RoPE extensioN', 'yarn'],
    ['yet another rope extension', 'yarn'],
    ['GQA', 'gqa'],
    ['Grouped-query attention', 'gqa'],
    ['grouped query attention', 'gqa'],
    ['Qwen2.5', 'qwen2.5'],
    ['QK-Norm', 'qk-norm'],
    ['long context', 'long-context'],
    // a paper named after its technique: the technique wins
    ['Dual Chunk Attention', 'dca'],
    ['position interpolation', 'position-interpolation'],
    ['paper-dca', 'paper-dca'],
  ])('%s → %s', async (name, id) => {
    expect(resolve(await real(), name)).toEqual({ ok: true, value: id });
  });

  it('an unknown name is UNKNOWN_NAME with did-you-mean ids', async () => {
    const r = resolve(await real(), 'yran');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('UNKNOWN_NAME');
    expect(r.error.suggestions).toContain('yarn');
    expect(r.error.message).toMatch(/did you mean .*"yarn"/);
  });

  // The closest name by edit distance is offered first, not a shorter id the name happens to contain
  // ("qwen2.5-repor" used to offer "qwen", "qwen1", "qwen2" and not the report at all).
  it.each<[string, Kind[] | undefined, string, string[]]>([
    ['qwen2.5-repor', undefined, 'qwen2.5-report', ['qwen']],
    ['qwen3-repot', undefined, 'qwen3-report', ['qwen']],
    ['qwen2.5x', ['version'], 'qwen2.5', ['qwen1']],
    ['yarnn', undefined, 'yarn', []],
  ])('%s (kinds %j) suggests %s first', async (name, kinds, first, absent) => {
    const r = resolve(await real(), name, kinds ? { kinds } : {});
    if (r.ok) throw new Error(`${name} resolved to ${r.value}`);
    expect(r.error.code).toBe('UNKNOWN_NAME');
    expect(r.error.suggestions![0]).toBe(first);
    for (const id of absent) expect(r.error.suggestions).not.toContain(id);
  });

  it('a name of the wrong kind is WRONG_KIND', async () => {
    const r = resolve(await real(), 'yarn', { kinds: ['version'] });
    expect(r.ok ? null : r.error.code).toBe('WRONG_KIND');
  });
});

describe('resolve on the synthetic fixture', () => {
  it.each<[string, Kind[] | undefined, string | null, string | null]>([
    ['base', undefined, 'base', null],
    ['BE', undefined, 'base', null],
    ['be', undefined, 'base', null],
    ['Extension number one', undefined, 'ext1', null],
    ['extension one', undefined, 'ext1', null],
    ['Extension One', ['source'], 'p-ext', null],
    ['extension-number-one', undefined, 'ext1', null],
    ['上下文', undefined, 'context', null],
    ['Alpha 2', ['version'], 'a2', null],
    ['alpha', ['family'], 'alpha', null],
    ['Norm', undefined, null, 'AMBIGUOUS_NAME'],
    ['norm-a', undefined, 'norm-a', null],
    ['a2', ['technique'], null, 'WRONG_KIND'],
    ['nothing-like-it', undefined, null, 'UNKNOWN_NAME'],
    ['   ', undefined, null, 'UNKNOWN_NAME'],
  ])('%s (kinds %j) → %s / %s', async (name, kinds, id, code) => {
    const r = resolve(await synthetic(), name, kinds ? { kinds } : {});
    expect(r.ok ? r.value : null).toBe(id);
    expect(r.ok ? null : r.error.code).toBe(code);
  });

  it('an ambiguous name lists the candidates', async () => {
    const r = resolve(await synthetic(), 'norm');
    expect(r.ok ? [] : r.error.suggestions).toEqual(['norm-a', 'norm-b']);
  });
});
