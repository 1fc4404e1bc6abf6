// Adopters: release order, first adopter per family, sources, disputed adoptions, drops.
import { describe, expect, it } from 'vitest';
import { dateStart } from '../../src/graph/index.js';
import { adopters } from '../../src/query/index.js';
import { real, synthetic, value } from './graphs.js';

const row = (a: { id: string; first: boolean; disputed: boolean }) => `${a.id}${a.first ? ' first' : ''}${a.disputed ? ' disputed' : ''}`;

describe('adopters on the real data', () => {
  it.each([
    ['gqa', ['qwen1.5 first', 'qwen2', 'qwen2.5', 'qwen3']],
    ['Grouped-query attention', ['qwen1.5 first', 'qwen2', 'qwen2.5', 'qwen3']],
    ['dpo', ['qwen1.5 first', 'qwen2', 'qwen2.5']],
    ['yarn', ['qwen2 first', 'qwen2.5', 'qwen3']],
    ['qk-norm', ['qwen3 first']],
  ])('%s', async (name, expected) => {
    const a = value(adopters(await real(), name));
    expect(a.adopters.map(row)).toEqual(expected);
  });

  it('adopters come in release order, each with its release date and sources', async () => {
    const a = value(adopters(await real(), 'gqa'));
    const dates = a.adopters.map((v) => dateStart(v.released!));
    expect(dates).toEqual([...dates].sort());
    expect(a.adopters[0]).toMatchObject({ id: 'qwen1.5', family: 'qwen', released: '2024-02-05' });
    expect(a.adopters.find((v) => v.id === 'qwen2')!.edge.sources).toContain('qwen2-report');
  });

  it('QKV bias is dropped by Qwen3', async () => {
    const a = value(adopters(await real(), 'qkv-bias'));
    expect(a.droppedBy.map((v) => v.id)).toEqual(['qwen3']);
    expect(a.adopters.map((v) => v.id)).not.toContain('qwen3');
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
    // a disputed adoption is shown, flagged, and never "first"
    ['rl-old', ['a1 first', 'b2 disputed']],
    ['mq', []],
  ])('%s', async (name, expected) => {
    expect(value(adopters(await synthetic(), name)).adopters.map(row)).toEqual(expected);
  });

  it('the disputed adoption keeps its note and source', async () => {
    const a = value(adopters(await synthetic(), 'rl-old'));
    expect(a.adopters[1]!.edge).toEqual({
      source: 'b2',
      relation: 'adopts',
      target: 'rl-old',
      sources: ['seed'],
      status: 'disputed',
      inferred: false,
      note: 'only a later checkpoint',
    });
  });

  it('drops are listed in release order', async () => {
    const g = await synthetic();
    expect(value(adopters(g, 'base')).droppedBy.map((v) => v.id)).toEqual(['a3']);
    expect(value(adopters(g, 'norm-a')).droppedBy.map((v) => [v.id, v.edge.sources])).toEqual([['a2', ['r-a']]]);
  });
});
