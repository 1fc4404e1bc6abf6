// Timeline: releases (versions and sub-models) in release order with what each introduced and dropped.
import { describe, expect, it } from 'vitest';
import { timeline } from '../../src/query/index.js';
import { real, synthetic, value } from './graphs.js';

describe('timeline', () => {
  it('the Qwen releases in order, sub-models among them, Qwen3 introducing QK-Norm and dropping QKV bias', async () => {
    const t = value(timeline(await real(), { family: 'qwen' }));
    expect(t.family?.id).toBe('qwen');
    const versions = t.versions.filter((v) => v.kind === 'version');
    expect(versions.map((v) => v.id)).toEqual(['qwen1', 'qwen1.5', 'qwen2', 'qwen2.5', 'qwen3']);
    const ids = t.versions.map((v) => v.id);
    expect(ids.indexOf('qwen2.5-turbo')).toBeGreaterThan(ids.indexOf('qwen2.5'));
    expect(ids.indexOf('qwen2.5-turbo')).toBeLessThan(ids.indexOf('qwen3'));
    const q3 = versions[4]!;
    expect(q3.introduces.map((x) => x.id)).toContain('qk-norm');
    expect(q3.drops.map((x) => [x.id, x.edge.relativeTo?.id])).toContainEqual(['qkv-bias', 'qwen2.5']);
    expect(versions[2]!.introduces.map((x) => x.id)).toEqual(expect.arrayContaining(['yarn', 'dca']));
    expect(versions[1]!.introduces.map((x) => x.id)).toContain('gqa');
  });

  it.each([
    [undefined, ['a1 base norm-a rl-old', 'b1 base ext2 gen', 'a2 ext1 gen norm-b -norm-a', 'b2 comp', 'a3 comp ext2 rl-new -base']],
    ['alpha', ['a1 base norm-a rl-old', 'a2 ext1 gen norm-b -norm-a', 'a3 comp ext2 rl-new -base']],
    ['Beta', ['b1 base ext2 gen', 'b2 comp']],
  ])('synthetic, family %s', async (family, expected) => {
    const t = value(timeline(await synthetic(), family === undefined ? {} : { family }));
    expect(t.versions.map((v) => [v.id, ...v.introduces.map((x) => x.id), ...v.drops.map((x) => `-${x.id}`)].join(' '))).toEqual(expected);
  });

  it('an unknown family is an error', async () => {
    const r = timeline(await synthetic(), { family: 'alpah' });
    expect(r.ok ? null : [r.error.code, r.error.suggestions]).toEqual(['UNKNOWN_NAME', ['alpha']]);
  });
});
