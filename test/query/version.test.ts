// Version and diff: techniques added and removed, numbers, motivations, conflicting claims.
import { describe, expect, it } from 'vitest';
import { diff, type VersionDiff, version } from '../../src/query/index.js';
import { real, synthetic, value } from './graphs.js';

const added = (d: VersionDiff) => d.added.map((t) => t.id);
const removed = (d: VersionDiff) => d.removed.map((t) => `${t.id}${t.drop ? ' (dropped)' : ''}`);
const number = (d: VersionDiff, attr: string) => {
  const n = d.numbers.find((x) => x.attribute === attr)!;
  return [n.from, n.to, n.change, n.ratio];
};

describe('version on the real data', () => {
  it('Qwen3 adds QK-Norm and drops QKV bias, doubling the training tokens', async () => {
    const r = value(version(await real(), 'qwen3'));
    expect(r.predecessor?.id).toBe('qwen2.5');
    const c = r.changes!;
    expect(added(c)).toContain('qk-norm');
    expect(c.added.find((t) => t.id === 'qk-norm')).toMatchObject({ firstInFamily: true, category: 'normalization' });
    expect(removed(c)).toContain('qkv-bias (dropped)');
    expect(c.removed.find((t) => t.id === 'qkv-bias')!.drop!.sources).toEqual(['qwen3-report']);
    expect(c.kept.map((t) => t.id)).toEqual(expect.arrayContaining(['gqa', 'rope', 'yarn', 'dca']));
    expect(number(c, 'training_tokens')).toEqual([18e12, 36e12, 18e12, 2]);
    expect(number(c, 'context_native')).toEqual([32768, 32768, 0, 1]);
    expect(r.introduces.map((t) => t.id)).toContain('qk-norm');
  });

  it('Qwen3 pursues long context via YaRN and DCA, and its conflicting claims are listed', async () => {
    const r = value(version(await real(), 'Qwen3'));
    const lc = r.pursues.find((p) => p.id === 'long-context')!;
    expect(lc.via.map((t) => t.id)).toEqual(expect.arrayContaining(['yarn', 'dca']));
    const vocab = r.conflicts.find((c) => c.attribute === 'vocabulary')!;
    expect(vocab.claims.map((c) => [c.text, c.status])).toEqual([
      ['151,669', 'preferred'],
      ['148K', 'disputed'],
    ]);
  });

  it('Qwen 1.0 has no predecessor; Qwen2 drops MHA', async () => {
    const g = await real();
    const q1 = value(version(g, 'qwen1'));
    expect(q1.predecessor).toBeNull();
    expect(q1.changes).toBeNull();
    expect(q1.successors.map((s) => s.id)).toEqual(['qwen1.5']);
    expect(q1.basedOn.map((b) => b.id)).toEqual(['llama']);
    const q2 = value(version(g, 'qwen2'));
    expect(removed(q2.changes!)).toContain('mha (dropped)');
    expect(added(q2.changes!)).toEqual(expect.arrayContaining(['yarn', 'dca']));
  });

  it('diff works between any two versions', async () => {
    const d = value(diff(await real(), 'qwen1', 'qwen3'));
    expect(added(d)).toEqual(expect.arrayContaining(['gqa', 'yarn', 'qk-norm']));
    expect(removed(d)).toEqual(expect.arrayContaining(['mha', 'qkv-bias (dropped)']));
    expect(d.sameFamily).toBe(true);
    expect(number(d, 'training_tokens')).toEqual([3e12, 36e12, 33e12, 12]);
  });
});

describe('version and diff on the synthetic fixture', () => {
  it('a2 against a1: added, removed, explicit drop, kept, numbers, conflicts', async () => {
    const r = value(version(await synthetic(), 'a2'));
    const c = r.changes!;
    expect(added(c)).toEqual(['ext1', 'gen', 'norm-b']);
    expect(c.added.every((t) => t.firstInFamily)).toBe(true);
    expect(removed(c)).toEqual(['norm-a (dropped)', 'rl-old']);
    expect(c.kept.map((t) => t.id)).toEqual(['base']);
    expect(c.numbers.map((n) => [n.attribute, n.from, n.to, n.change, n.ratio])).toEqual([
      ['training_tokens', 1e12, 2e12, 1e12, 2],
      ['context_native', 2048, 4096, 2048, 2],
      ['context_extended', null, 32768, null, null],
      ['vocabulary', 32000, 64000, 32000, 2],
      ['sft_examples', null, 100000, null, null],
      ['languages', null, null, null, null],
      ['flagship_params', null, null, null, null],
    ]);
    expect(c.numbers[1]).toMatchObject({ fromText: '2K', toText: '4K', type: 'length' });
    expect(r.conflicts).toEqual([
      {
        attribute: 'vocabulary',
        label: 'Vocabulary',
        claims: [
          { value: 64000, text: '64000', sources: ['r-a'], status: 'preferred' },
          { value: 65536, text: '65536', sources: ['seed'], status: 'alternative', note: 'counts padding' },
        ],
      },
    ]);
    expect(r.pursues.map((p) => [p.id, p.via.map((t) => t.id)])).toEqual([
      ['context', ['base']],
      ['long-ctx', ['ext1']],
      ['speed', ['gen']],
      ['stability', ['norm-b']],
    ]);
  });

  it('a3 drops base explicitly and loses ext1 implicitly', async () => {
    const c = value(version(await synthetic(), 'a3')).changes!;
    expect(removed(c)).toEqual(['base (dropped)', 'ext1']);
    expect(added(c)).toEqual(['comp', 'ext2', 'rl-new']);
    expect(c.added.find((t) => t.id === 'ext2')!.firstInFamily).toBe(true);
    expect(number(c, 'training_tokens')).toEqual([2e12, 2.5e12, 0.5e12, 1.25]);
  });

  it('disputed adoptions stay out of the comparison and are listed as disputed', async () => {
    const r = value(version(await synthetic(), 'b2'));
    expect(r.predecessor?.id).toBe('b1');
    expect(added(r.changes!)).toEqual(['comp']);
    expect(r.disputed.map((e) => `${e.relation} ${e.target}`)).toEqual(['adopts rl-old']);
    expect(r.pursues.map((p) => p.id)).not.toContain('alignment');
  });

  it('diff across families', async () => {
    const d = value(diff(await synthetic(), 'a1', 'Beta 2'));
    expect(d.sameFamily).toBe(false);
    expect([d.from.family, d.to.family]).toEqual(['alpha', 'beta']);
    expect(added(d)).toEqual(['comp', 'ext2']);
    expect(d.added.map((t) => t.firstInFamily)).toEqual([true, false]);
    expect(removed(d)).toEqual(['base', 'norm-a', 'rl-old']);
  });

  it.each([
    ['version', () => synthetic().then((g) => version(g, 'gen'))],
    ['diff', () => synthetic().then((g) => diff(g, 'a1', 'base'))],
  ])('%s of a technique is WRONG_KIND', async (_, run) => {
    const r = await run();
    expect(r.ok ? null : r.error.code).toBe('WRONG_KIND');
  });
});
