// Adopters: release order, first adopter per family, sources, disputed adoptions, drops.
import { describe, expect, it } from 'vitest';
import { dateStart } from '../../src/graph/index.js';
import { adopters } from '../../src/query/index.js';
import { real, synthetic, value } from './graphs.js';

const row = (a: { id: string; first: boolean }) => `${a.id}${a.first ? ' first' : ''}`;

describe('adopters on the real data', () => {
  it.each([
    // Stated adopters across the three families, in release order; the first of each family marked.
    [
      'gqa',
      [
        'llama-2 first',
        'deepseek-llm first',
        'qwen1.5 first',
        'llama-3',
        'qwen2',
        'llama-3.1',
        'qwen2.5',
        'llama-3.2',
        'llama-3.3',
        'llama-4',
        'qwen3',
      ],
    ],
    ['yarn', ['deepseek-v2 first', 'qwen2 first', 'qwen2.5', 'qwen2.5-turbo', 'deepseek-v3', 'qwen3']],
    ['qk-norm', ['llama-4 first', 'qwen3 first']],
  ])('%s', async (name, expected) => {
    const a = value(adopters(await real(), name));
    expect(a.adopters.map(row)).toEqual(expected);
  });

  it('GQA: first adopter across families (Llama 2, 34B and 70B only), first per family, scope, and the stated noes', async () => {
    const a = value(adopters(await real(), 'Grouped-query attention'));
    expect(a.first).toMatchObject({ id: 'llama-2', released: '2023-07-18', edge: { scope: ['34B', '70B'] } });
    expect(a.firstPerFamily.map((f) => [f.family, f.id])).toEqual([
      ['llama', 'llama-2'],
      ['deepseek', 'deepseek-llm'],
      ['qwen', 'qwen1.5'],
    ]);
    expect(a.adopters.find((v) => v.id === 'qwen1.5')!.edge.scope).toEqual(['32B', '110B']);
    expect(a.notAdopted.map((v) => [v.id, v.edge.scope ?? null])).toEqual([
      ['llama-1', null],
      ['llama-2', ['7B', '13B']],
    ]);
    expect(a.droppedBy).toEqual([]);
  });

  it('inherited adopters are marked as such, with where from; scoped statements reach only the sizes and sub-models they name', async () => {
    const a = value(adopters(await real(), 'gqa'));
    const from = (id: string) => a.inherited.find((v) => v.id === id)?.inherited.map((i) => [i.from.id, i.via.map((e) => e.relation)]);
    expect(a.adopters.map((v) => v.id)).not.toContain('deepseek-r1-distill-qwen');
    expect(from('deepseek-r1-distill-qwen')).toEqual([
      ['qwen2.5', ['based_on']],
      ['qwen2.5', ['based_on', 'variant_of']],
    ]);
    expect(from('qwen2.5-turbo')).toEqual([['qwen2.5', ['variant_of']]]);
    // DeepSeek LLM states GQA for its 67B only: DeepSeek-V2 (236B-A21B) does not inherit it; nor does the 7B CodeQwen1.5 from Qwen1.5's 32B/110B.
    expect(from('deepseek-v2')).toBeUndefined();
    expect(from('codeqwen1.5')).toBeUndefined();
    // A release that states it is never listed as inheriting it.
    for (const v of a.inherited) expect(a.adopters.map((x) => x.id)).not.toContain(v.id);
  });

  it('adopters come in release order, each with its release date and sources', async () => {
    const a = value(adopters(await real(), 'gqa'));
    const dates = a.adopters.map((v) => dateStart(v.released!));
    expect(dates).toEqual([...dates].sort());
    expect(a.adopters.find((v) => v.id === 'qwen1.5')).toMatchObject({ family: 'qwen', released: '2024-02-05' });
    expect(a.adopters.find((v) => v.id === 'qwen2')!.edge.sources).toContain('qwen2-report');
  });

  it('QKV bias is dropped by Qwen3 relative to Qwen2.5; MHA by DeepSeek-V2 relative to DeepSeek LLM', async () => {
    const g = await real();
    const q = value(adopters(g, 'qkv-bias'));
    expect(q.droppedBy.map((v) => [v.id, v.edge.relativeTo?.id])).toEqual([['qwen3', 'qwen2.5']]);
    expect(q.adopters.map((v) => v.id)).not.toContain('qwen3');
    const m = value(adopters(g, 'mha'));
    expect(m.droppedBy.map((v) => [v.id, v.edge.relativeTo?.id])).toEqual([
      ['deepseek-v2', 'deepseek-llm'],
      ['qwen2', 'qwen1.5'],
    ]);
  });

  it('a version is not a technique', async () => {
    const r = adopters(await real(), 'qwen2');
    expect(r.ok ? null : r.error.code).toBe('WRONG_KIND');
  });
});

describe('adopters on the synthetic fixture', () => {
  it.each([
    // two families: the first of each is marked; 2022-06 (b1) comes before 2023-01 (a2)
    ['gen', ['b1 first', 'a2 first', 'a3']],
    // year-only date 2023 sorts as 2023-01-01, after a2 (2023-01) by id
    ['ext2', ['b1 first', 'b2', 'a3 first']],
    ['comp', ['b2 first', 'a3 first']],
    // a disputed adoption is not an adoption: it is listed apart (below)
    ['rl-old', ['a1 first']],
    ['mq', []],
  ])('%s', async (name, expected) => {
    expect(value(adopters(await synthetic(), name)).adopters.map(row)).toEqual(expected);
  });

  it('the disputed adoption is listed as disputed, with its note and source, never as the status', async () => {
    const a = value(adopters(await synthetic(), 'rl-old'));
    expect(a.disputed.map((v) => v.id)).toEqual(['b2']);
    expect(a.disputed[0]!.edge).toEqual({
      source: 'b2',
      relation: 'adopts',
      target: 'rl-old',
      sources: ['seed'],
      status: 'disputed',
      inferred: false,
      note: 'only a later checkpoint',
    });
    // b2 (succeeds b1, based on a1), a2 (succeeds a1) and a3 (succeeds a2) say nothing: they inherit a1's adoption.
    expect(a.inherited.map((v) => [v.id, v.inherited.map((i) => i.from.id)])).toEqual([
      ['b1', ['a1']],
      ['a2', ['a1']],
      ['b2', ['a1']],
      ['a3', ['a1']],
    ]);
  });

  it('drops are listed in release order', async () => {
    const g = await synthetic();
    expect(value(adopters(g, 'base')).droppedBy.map((v) => v.id)).toEqual(['a3']);
    expect(value(adopters(g, 'norm-a')).droppedBy.map((v) => [v.id, v.edge.sources])).toEqual([['a2', ['r-a']]]);
  });
});
