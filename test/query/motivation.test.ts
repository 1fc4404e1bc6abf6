// Motivation: serving techniques (narrower motivations included) and which release used which (adopted or
// inherited), in release order.
import { describe, expect, it } from 'vitest';
import { motivation } from '../../src/query/index.js';
import { real, synthetic, value } from './graphs.js';

describe('motivation on the real data', () => {
  it('long context: YaRN, DCA and RoPE serve it; releases in release order with what each used', async () => {
    const m = value(motivation(await real(), 'Long context', { family: 'qwen' }));
    expect(m.techniques.map((t) => t.id)).toEqual(expect.arrayContaining(['yarn', 'dca', 'rope', 'ntk-aware-interpolation']));
    // Every version, and the sub-models that adopt one of the techniques themselves.
    expect(m.versions.map((v) => v.id)).toEqual([
      'qwen1',
      'qwen1.5',
      'codeqwen1.5',
      'qwen2',
      'qwen2.5',
      'qwen2.5-turbo',
      'qwen2.5-1m',
      'qwen3',
    ]);
    // Qwen1.5 restates RoPE; it inherits NTK-aware interpolation from Qwen 1.0.
    const q15 = m.versions.find((v) => v.id === 'qwen1.5')!;
    expect(q15.uses.filter((t) => ['rope', 'ntk-aware-interpolation'].includes(t.id))).toMatchObject([
      { id: 'ntk-aware-interpolation', inherited: true },
      { id: 'rope', inherited: false },
    ]);
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
    const uses = (v: { uses: { id: string; inherited: boolean }[] }) => v.uses.map((t) => `${t.id}${t.inherited ? '^' : ''}`).join(' ');
    expect(m.versions.map((v) => [v.id, uses(v), v.introduces.map((t) => t.id).join(' ')])).toEqual([
      ['a1', 'base', 'base'],
      ['b1', 'base ext2', 'base ext2'],
      ['a2', 'base ext1', 'ext1'],
      // b2 says nothing of base: it inherits it from b1; a3 drops base and inherits ext1 from a2.
      ['b2', 'base^ comp ext2', 'comp'],
      ['a3', 'comp ext1^ ext2', 'comp ext2'],
    ]);
  });

  it('a family filter keeps that family; a disputed adoption does not count, inheritance does', async () => {
    const g = await synthetic();
    const m = value(motivation(g, 'alignment', { family: 'Beta' }));
    // b1 is based on a1, which adopts rl-old; b2's own adoption of rl-old is disputed, it inherits a1's through b1.
    expect(m.versions.map((v) => [v.id, v.uses.map((t) => [t.id, t.inherited])])).toEqual([
      ['b1', [['rl-old', true]]],
      ['b2', [['rl-old', true]]],
    ]);
    const bad = motivation(g, 'alignment', { family: 'gamma' });
    expect(bad.ok ? null : bad.error.code).toBe('UNKNOWN_NAME');
    const wrong = motivation(g, 'base');
    expect(wrong.ok ? null : wrong.error.code).toBe('WRONG_KIND');
  });
});
