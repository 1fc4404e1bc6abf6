// Lineage: ancestor and descendant trees with the relation and sources at every hop, companions, cycles, depth.
import { describe, expect, it } from 'vitest';
import { type LineageNode, lineage } from '../../src/query/index.js';
import { real, synthetic, value } from './graphs.js';

/** Every root-to-node chain of the tree as "id -relation-> id …" strings. */
function chains(t: LineageNode): string[] {
  const out: string[] = [];
  const walk = (n: LineageNode, prefix: string) => {
    const here = prefix ? `${prefix} -${n.via.map((e) => e.relation).join('+')}-> ${n.id}` : n.id;
    out.push(here + (n.cycle ? ' (cycle)' : n.repeat ? ' (repeat)' : n.truncated ? ' (…)' : ''));
    for (const c of n.children) walk(c, here);
  };
  walk(t, '');
  return out;
}

describe('lineage on the real data', () => {
  it.each([
    // [technique, a chain the ancestor tree must hold]
    ['yarn', 'yarn -extends-> dynamic-ntk -variant_of-> ntk-aware-interpolation -extends-> rope'],
    ['yarn', 'yarn -extends-> ntk-by-parts -extends-> ntk-aware-interpolation (repeat)'],
    ['gqa', 'gqa -generalizes+replaces-> mha'],
    ['gqa', 'gqa -generalizes-> mqa'],
    ['grpo', 'grpo -variant_of-> ppo'],
    ['qk-norm', 'qk-norm -replaces-> qkv-bias'],
  ])('%s: %s', async (name, chain) => {
    const l = value(lineage(await real(), name, { directions: ['up'] }));
    expect(chains(l.up!)).toContain(chain);
    expect(l.down).toBeNull();
  });

  it('YaRN reaches RoPE through NTK-by-parts and dynamic NTK (not PI), cites the YaRN paper, and names its companions', async () => {
    const l = value(lineage(await real(), 'Yet another RoPE extensioN'));
    expect(l.node.id).toBe('yarn');
    expect(l.ancestors.map((a) => a.id)).toEqual(expect.arrayContaining(['ntk-by-parts', 'ntk-aware-interpolation', 'rope']));
    expect(l.ancestors.map((a) => a.id)).not.toContain('position-interpolation');
    expect(l.ancestors.find((a) => a.id === 'rope')!.depth).toBe(3);
    const parts = l.up!.children.find((c) => c.id === 'ntk-by-parts')!;
    expect(parts.via[0]).toMatchObject({ source: 'yarn', relation: 'extends', target: 'ntk-by-parts', reading: 'extends' });
    expect(parts.via[0]!.sources).toContain('paper-yarn');
    expect(l.roots.map((r) => r.id)).toEqual(['absolute-position-embedding']);
    const dca = l.companions.find((c) => c.id === 'dca')!;
    expect(dca.edges.map((e) => e.relation)).toEqual(['complements', 'complements']);
    expect(dca.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['dca>yarn', 'yarn>dca']);
    // alternative_to is a companion, not an ancestor.
    expect(l.companions.find((c) => c.id === 'logn-scaling')!.edges.map((e) => e.relation)).toEqual(['alternative_to']);
    expect(l.ancestors.map((a) => a.id)).not.toContain('logn-scaling');
  });

  it('DPO: an alternative to PPO, shown as a companion from either side, never as lineage', async () => {
    const g = await real();
    const dpo = value(lineage(g, 'dpo'));
    expect(dpo.ancestors).toEqual([]);
    expect(dpo.companions.map((c) => [c.id, c.edges.map((e) => `${e.source} ${e.relation} ${e.target}`)])).toContainEqual([
      'ppo',
      ['dpo alternative_to ppo'],
    ]);
    expect(value(lineage(g, 'ppo')).companions.map((c) => c.id)).toContain('dpo');
    expect(value(lineage(g, 'ppo')).descendants.map((d) => d.id)).not.toContain('dpo');
  });

  it('a distilled model comes from its teacher (distilled_from is lineage) and from its base', async () => {
    const l = value(lineage(await real(), 'deepseek-r1-distill-qwen', { directions: ['up'] }));
    expect(chains(l.up!)).toEqual(
      expect.arrayContaining([
        'deepseek-r1-distill-qwen -distilled_from+variant_of-> deepseek-r1',
        'deepseek-r1-distill-qwen -based_on-> qwen2.5',
      ]),
    );
  });

  it('GQA has MHA and MQA as ancestors, and MHA as its only root', async () => {
    const l = value(lineage(await real(), 'gqa'));
    expect(l.ancestors.map((a) => [a.id, a.depth])).toEqual([
      ['mha', 1],
      ['mqa', 1],
    ]);
    expect(l.roots.map((r) => r.id)).toEqual(['mha']);
  });

  it('RoPE descendants read the other way round', async () => {
    const l = value(lineage(await real(), 'rope', { directions: ['down'] }));
    expect(chains(l.down!)).toContain('rope -extends-> ntk-aware-interpolation -extends-> ntk-by-parts');
    expect(l.down!.children.find((c) => c.id === 'position-interpolation')!.via[0]!.reading).toBe('extended by');
    expect(l.descendants.map((d) => d.id)).toContain('yarn');
    expect(l.up).toBeNull();
    expect(l.roots).toEqual([]);
  });

  it('an unknown technique is an UNKNOWN_NAME error', async () => {
    const r = lineage(await real(), 'yarnn');
    expect(r.ok ? null : [r.error.code, r.error.suggestions]).toEqual(['UNKNOWN_NAME', ['yarn']]);
  });
});

describe('lineage on the synthetic fixture', () => {
  it.each([
    // diamond: base reached twice, expanded once at its shallowest depth
    ['ext2', 'up', Infinity, ['ext2', 'ext2 -variant_of-> base', 'ext2 -extends-> ext1', 'ext2 -extends-> ext1 -extends-> base (repeat)']],
    [
      'base',
      'down',
      Infinity,
      [
        'base',
        'base -extends-> ext1',
        'base -extends-> ext1 -extends-> ext2 (repeat)',
        'base -variant_of-> ext2',
        'base -generalizes-> gen',
      ],
    ],
    // `replaces` cycle: stops where the walk comes back
    [
      'norm-a',
      'up',
      Infinity,
      [
        'norm-a',
        'norm-a -replaces-> norm-c',
        'norm-a -replaces-> norm-c -replaces-> norm-b',
        'norm-a -replaces-> norm-c -replaces-> norm-b -replaces-> norm-a (cycle)',
      ],
    ],
    [
      'norm-a',
      'down',
      Infinity,
      [
        'norm-a',
        'norm-a -replaces-> norm-b',
        'norm-a -replaces-> norm-b -replaces-> norm-c',
        'norm-a -replaces-> norm-b -replaces-> norm-c -replaces-> norm-a (cycle)',
      ],
    ],
    // depth limit
    ['norm-a', 'up', 1, ['norm-a', 'norm-a -replaces-> norm-c (…)']],
    ['ext2', 'up', 1, ['ext2', 'ext2 -variant_of-> base', 'ext2 -extends-> ext1 (…)']],
    ['ext2', 'up', 0, ['ext2 (…)']],
    // generalizes: the special cases are ancestors
    ['gen', 'up', Infinity, ['gen', 'gen -generalizes-> base', 'gen -generalizes-> mq']],
    ['rl-new', 'up', Infinity, ['rl-new', 'rl-new -derived_from-> rl-old']],
    // versions: their succession
    ['a3', 'up', Infinity, ['a3', 'a3 -succeeds-> a2', 'a3 -succeeds-> a2 -succeeds-> a1']],
    ['b2', 'up', Infinity, ['b2', 'b2 -succeeds-> b1', 'b2 -succeeds-> b1 -based_on-> a1']],
  ] as const)('%s %s depth %s', async (name, dir, depth, expected) => {
    const l = value(lineage(await synthetic(), name, { directions: [dir], depth }));
    expect(chains(dir === 'up' ? l.up! : l.down!)).toEqual(expected);
  });

  it('flat relatives carry the shortest depth; roots of a cycle are none', async () => {
    const g = await synthetic();
    const cyc = value(lineage(g, 'norm-a'));
    expect(cyc.ancestors.map((a) => [a.id, a.depth])).toEqual([
      ['norm-c', 1],
      ['norm-b', 2],
    ]);
    expect(cyc.descendants.map((a) => [a.id, a.depth])).toEqual([
      ['norm-b', 1],
      ['norm-c', 2],
    ]);
    expect(cyc.roots).toEqual([]);
    const ext2 = value(lineage(g, 'ext2'));
    expect(ext2.ancestors.map((a) => [a.id, a.depth])).toEqual([
      ['base', 1],
      ['ext1', 1],
    ]);
    expect(ext2.roots.map((r) => r.id)).toEqual(['base']);
    expect(value(lineage(g, 'mq')).roots.map((r) => r.id)).toEqual(['mq']);
  });

  it('companions in either direction', async () => {
    const g = await synthetic();
    const ext2 = value(lineage(g, 'ext2'));
    expect(ext2.companions.map((c) => [c.id, c.edges.map((e) => `${e.source}>${e.target}`)])).toEqual([['comp', ['comp>ext2']]]);
    expect(value(lineage(g, 'comp')).companions.map((c) => c.id)).toEqual(['ext2']);
    expect(value(lineage(g, 'base')).companions).toEqual([]);
  });

  it('hops carry sources and status', async () => {
    const l = value(lineage(await synthetic(), 'ext1', { directions: ['up'] }));
    expect(l.up!.children[0]!.via).toEqual([
      { source: 'ext1', relation: 'extends', target: 'base', sources: ['p-ext'], status: 'preferred', inferred: false, reading: 'extends' },
    ]);
  });
});
