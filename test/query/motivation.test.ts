// Motivation: serving techniques (narrower motivations included) and which version used which, in release order.
import { describe, expect, it } from 'vitest';
import { motivation } from '../../src/query/index.js';
import { real, synthetic, value } from './graphs.js';

describe('motivation on the real data', () => {
  it('long context: YaRN, DCA and RoPE serve it; versions in release order with what each used', async () => {
    const m = value(motivation(await real(), 'Long context'));
    expect(m.techniques.map((t) => t.id)).toEqual(expect.arrayContaining(['yarn', 'dca', 'rope', 'ntk-aware-interpolation']));
    expect(m.versions.map((v) => v.id)).toEqual(['qwen1', 'qwen1.5', 'qwen2', 'qwen2.5', 'qwen3']);
    const q2 = m.versions.find((v) => v.id === 'qwen2')!;
    expect(q2.uses.map((t) => t.id)).toEqual(expect.arrayContaining(['yarn', 'dca']));
    expect(q2.introduces.map((t) => t.id)).toEqual(expect.arrayContaining(['yarn', 'dca']));
    expect(m.versions.find((v) => v.id === 'qwen3')!.introduces.map((t) => t.id)).not.toContain('yarn');
  });
});

describe('motivation on the synthetic fixture', () => {
  it('context includes its narrower long-ctx, each technique once with its serves edges', async () => {
    const m = value(motivation(await synthetic(), 'context'));
    expect(m.narrower.map((n) => n.id)).toEqual(['long-ctx']);
    expect(m.techniques.map((t) => [t.id, t.edges.map((e) => e.target)])).toEqual([
      ['base', ['context']],
      ['comp', ['long-ctx']],
      ['ext1', ['long-ctx']],
      ['ext2', ['long-ctx']],
    ]);
    expect(m.versions.map((v) => [v.id, v.uses.map((t) => t.id).join(' '), v.introduces.map((t) => t.id).join(' ')])).toEqual([
      ['a1', 'base', 'base'],
      ['b1', 'base ext2', 'base ext2'],
      ['a2', 'base ext1', 'ext1'],
      ['b2', 'comp ext2', 'comp'],
      ['a3', 'comp ext2', 'comp ext2'],
    ]);
  });

  it('a family filter keeps that family; a disputed adoption does not count', async () => {
    const g = await synthetic();
    const m = value(motivation(g, 'alignment', { family: 'Beta' }));
    expect(m.versions.map((v) => [v.id, v.uses.map((t) => t.id)])).toEqual([
      ['b1', []],
      ['b2', []],
    ]);
    const bad = motivation(g, 'alignment', { family: 'gamma' });
    expect(bad.ok ? null : bad.error.code).toBe('UNKNOWN_NAME');
    const wrong = motivation(g, 'base');
    expect(wrong.ok ? null : wrong.error.code).toBe('WRONG_KIND');
  });
});
