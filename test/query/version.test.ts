// Version and diff: techniques by status (adopted, inherited, stated no, dropped, not stated), numbers with
// scope and "not reported", qualified values compared as intervals, architecture per size.
import { describe, expect, it } from 'vitest';
import { diff, statusOf, type TechniqueStatus, type VersionDiff, type VersionReport, version } from '../../src/query/index.js';
import { graphOf, real, synthetic, value } from './graphs.js';

const v2fixture = () => graphOf('test/fixtures/query-v2');

const status = (r: VersionReport, id: string): TechniqueStatus | undefined => r.techniques.find((t) => t.id === id);
/** `id: status (from …)` for a technique of a report. */
const said = (r: VersionReport, id: string) => {
  const s = status(r, id);
  if (!s) return `${id}: not stated`;
  return `${id}: ${s.status}${s.inherited.length ? ` (from ${s.inherited.map((i) => `${i.from.id} ${i.status}`).join(', ')})` : ''}`;
};
const row = (d: VersionDiff, id: string) => d.techniques.find((t) => t.id === id);
const numbers = (n: { pairs: { scope: string[] | null; verdict: string; change: number | null; ratio: number | null }[] }) =>
  n.pairs.map((p) => [p.scope, p.verdict, p.change, p.ratio]);

describe('silence is never a "no" (the smallest case and its neighbours)', () => {
  it('V2 succeeds V1, V1 adopts X, V2 says nothing: X is inherited from V1, never "not adopted"', async () => {
    const r = value(version(await v2fixture(), 'v2'));
    const x = status(r, 'x')!;
    expect(x.status).toBe('inherited');
    expect(x.adopted).toEqual([]);
    expect(x.notAdopted).toEqual([]);
    expect(x.inherited.map((i) => [i.from.id, i.status, i.via.map((e) => `${e.source} ${e.relation} ${e.target}`)])).toEqual([
      ['v1', 'adopted', ['v2 succeeds v1']],
    ]);
    // A stated no is inherited as a no, not as silence.
    expect(said(r, 'w')).toBe('w: inherited (from v1 not adopted)');
  });

  it('a disputed "no" next to an adoption: adopted, the disputed statement listed as disputed', async () => {
    const r = value(version(await v2fixture(), 'v2'));
    const z = status(r, 'z')!;
    expect(z.status).toBe('adopted');
    expect(z.notAdopted).toEqual([]);
    expect(z.disputed.map((e) => [e.relation, e.sources, e.note])).toEqual([['not_adopts', ['seed'], 'a misreading of the report']]);
    expect(r.disputed.map((e) => `${e.relation} ${e.target}`)).toEqual(['not_adopts z']);
  });

  it('a drop is relative to a release: V3 drops X relative to V2, so diff V2 V3 says dropped and diff V1 V3 does not', async () => {
    const g = await v2fixture();
    const v3 = value(version(g, 'v3'));
    expect(status(v3, 'x')!.notAdopted.map((e) => [e.relation, e.relativeTo?.id])).toEqual([['drops', 'v2']]);
    expect(row(value(diff(g, 'v2', 'v3')), 'x')).toMatchObject({ change: 'removed', dropped: true });
    expect(row(value(diff(g, 'v1', 'v3')), 'x')).toMatchObject({ change: 'removed', dropped: false });
  });

  it('a statement scoped to sizes reaches only inheritors of those sizes', async () => {
    const g = await v2fixture();
    // V1 adopts Y for 70B: V2 (7B, 70B) inherits it; the 7B sub-model of V2 and a 7B model based on V2 do not.
    expect(said(value(version(g, 'v2')), 'y')).toBe('y: inherited (from v1 adopted)');
    expect(said(value(version(g, 'm2')), 'y')).toBe('y: not stated');
    const o1 = value(version(g, 'o1'));
    expect(said(o1, 'y')).toBe('y: not stated');
    expect(said(o1, 'x')).toBe('x: inherited (from v1 adopted)');
    expect(status(o1, 'x')!.inherited[0]!.via.map((e) => [e.relation, e.scope ?? null])).toEqual([
      ['based_on', ['7B']],
      ['succeeds', null],
    ]);
  });

  it('a base that states a technique only for other sizes ends the route: nothing older is inherited past it', async () => {
    const g = await graphOf('test/fixtures/query-excludes');
    // P2 states S for 70B; its 7B sub-model inherits neither that nor P1's unscoped S behind it.
    expect(said(value(version(g, 'p2')), 's')).toBe('s: adopted');
    expect(said(value(version(g, 'm2')), 's')).toBe('s: not stated');
    expect(said(value(version(g, 'm2')), 'keep')).toBe('keep: inherited (from p1 adopted)');
  });

  it('a release that states it adopts a replacement or an alternative inherits no adoption of the other', async () => {
    const g = await graphOf('test/fixtures/query-excludes');
    const p2 = value(version(g, 'p2'));
    // MoE replaces the dense FFN; B is an alternative to A (written on A's side): silence, never "not adopted".
    expect(said(p2, 'dense')).toBe('dense: not stated');
    expect(said(p2, 'a')).toBe('a: not stated');
    expect(said(p2, 'keep')).toBe('keep: inherited (from p1 adopted)');
    const why = (release: string, technique: string) =>
      statusOf(g, release, technique).excludedBy.map((e) => `${e.source} ${e.relation} ${e.target}`);
    expect(statusOf(g, 'p2', 'dense').status).toBe('not stated');
    expect(why('p2', 'dense')).toEqual(['moe replaces dense']);
    expect(why('p2', 'a')).toEqual(['a alternative_to b']);
    // Nor does a sub-model inherit it through P2.
    expect(said(value(version(g, 'm2')), 'dense')).toBe('dense: not stated');
    expect(statusOf(g, 'p1', 'dense').status).toBe('adopted');
  });

  it('numbers: qualified values as intervals, values compared per matching scope, "not reported" and "not stated" apart', async () => {
    const g = await v2fixture();
    const d = value(diff(g, 'v1', 'v2'));
    const n = (attr: string) => d.numbers.find((x) => x.attribute === attr)!;
    // ~30 and >29 overlap: about the same, not a regression.
    expect(numbers(n('languages'))).toEqual([[null, 'about the same', null, null]]);
    expect(numbers(n('context_native'))).toEqual([
      [['7B'], 'more', 2048, 2],
      [['70B'], 'more', 4096, 2],
    ]);
    expect(n('vocabulary').to).toMatchObject({ values: [], unreported: [], disputedOnly: false });
    const d3 = value(diff(g, 'v2', 'v3'));
    const n3 = (attr: string) => d3.numbers.find((x) => x.attribute === attr)!;
    // A scoped value is never compared with a value of another scope.
    expect(n3('context_native').pairs).toEqual([]);
    expect(numbers(n3('languages'))).toEqual([[null, 'more', 90, 4.103]]);
    expect(n3('languages').pairs[0]!.approximate).toBe(true);
    expect(n3('training_tokens').to).toMatchObject({ values: [], unreported: [{ sources: ['r3'], scope: null }] });
    expect(n3('training_tokens').pairs).toEqual([]);
  });

  it('architecture is compared per size both give', async () => {
    const d = value(diff(await v2fixture(), 'v1', 'v2'));
    expect(d.architecture.map((a) => [a.size, a.fields.map((f) => [f.field, f.from, f.to, f.same])])).toEqual([
      [
        '7B',
        [
          ['layers', 32, 32, true],
          ['heads', 32, 32, true],
          ['kv_heads', 32, 8, false],
        ],
      ],
    ]);
  });
});

describe('version on the real data', () => {
  it('Qwen1.5: SFT, reward model and untied embeddings are inherited from Qwen 1.0; GQA for 32B and 110B; a stated no', async () => {
    const r = value(version(await real(), 'qwen1.5'));
    for (const t of ['sft', 'reward-model', 'untied-embeddings']) expect(said(r, t)).toBe(`${t}: inherited (from qwen1 adopted)`);
    expect(r.techniques.filter((t) => t.status === 'not adopted').map((t) => t.id)).toEqual(['window-attention']);
    expect(status(r, 'gqa')).toMatchObject({ status: 'adopted', firstInFamily: true });
    expect(status(r, 'gqa')!.adopted[0]!.scope).toEqual(['32B', '110B']);
    expect(r.subModels.map((m) => m.id)).toEqual(['qwen1.5-moe-a2.7b', 'codeqwen1.5']);
    // Vocabulary: Qwen 1.0 states 152K, Qwen1.5 states nothing — "not stated", never compared.
    const vocab = r.numbersSince!.find((n) => n.attribute === 'vocabulary')!;
    expect([vocab.from.values.map((v) => v.text), vocab.to.values, vocab.to.unreported, vocab.pairs]).toEqual([['152K'], [], [], []]);
    // Qwen 1.0's 2048 is for 1.8B/7B/14B only: no ratio against Qwen1.5's 32K.
    expect(r.numbersSince!.find((n) => n.attribute === 'context_native')!.pairs).toEqual([]);
  });

  it('Qwen3 adopts QK-Norm and drops QKV bias relative to Qwen2.5, doubling the training tokens', async () => {
    const r = value(version(await real(), 'qwen3'));
    expect(r.predecessor?.id).toBe('qwen2.5');
    expect(status(r, 'qk-norm')).toMatchObject({ status: 'adopted', firstInFamily: true, category: 'normalization' });
    expect(status(r, 'qkv-bias')!.notAdopted.map((e) => [e.relation, e.relativeTo?.id, e.sources])).toEqual([
      ['drops', 'qwen2.5', ['qwen3-report']],
    ]);
    const tokens = r.numbersSince!.find((n) => n.attribute === 'training_tokens')!;
    expect(numbers(tokens)).toEqual([[null, 'more', 18e12, 2]]);
    const vocab = r.conflicts.find((c) => c.attribute === 'vocabulary')!;
    expect(vocab.claims.map((c) => [c.text, c.status])).toEqual([
      ['151,669', 'preferred'],
      ['148K', 'disputed'],
    ]);
    expect(r.pursues.find((p) => p.id === 'long-context')!.via.map((t) => t.id)).toEqual(expect.arrayContaining(['yarn', 'dca']));
  });

  it('DeepSeek-R1, based on DeepSeek-V3 and restating nothing, inherits V3’s techniques; its training tokens are not reported', async () => {
    const r = value(version(await real(), 'deepseek-r1'));
    expect(r.basedOn.map((b) => b.id)).toEqual(['deepseek-v3']);
    for (const t of ['mla', 'moe', 'multi-token-prediction', 'fp8-training', 'shared-experts'])
      expect(said(r, t)).toBe(`${t}: inherited (from deepseek-v3 adopted)`);
    expect(r.techniques.some((t) => t.status === 'not adopted')).toBe(false);
    expect(r.numbers.find((n) => n.attribute === 'training_tokens')).toMatchObject({
      values: [],
      unreported: [{ sources: ['paper-deepseek-r1'], scope: null }],
    });
    expect(r.distilledInto.map((d) => d.id)).toEqual(['deepseek-r1-distill-llama', 'deepseek-r1-distill-qwen']);
  });

  it('a distilled model inherits from its base model, not from the teacher it is filed under', async () => {
    const r = value(version(await real(), 'deepseek-r1-distill-qwen'));
    expect(r.variantOf.map((v) => v.id)).toEqual(['deepseek-r1']);
    expect(r.distilledFrom.map((v) => v.id)).toEqual(['deepseek-r1']);
    expect(status(r, 'gqa')!.inherited.map((i) => i.from.id)).toEqual(['qwen2.5', 'qwen2.5']);
    expect(said(r, 'mla')).toBe('mla: not stated');
    // Qwen2.5 adopts MoE for its API sub-models only: that does not reach a model based on Qwen2.5.
    expect(said(r, 'moe')).toBe('moe: not stated');
  });

  it('Qwen 1.0 has no predecessor and is modelled on LLaMA (its design, not its weights)', async () => {
    const q1 = value(version(await real(), 'qwen1'));
    expect(q1.predecessor).toBeNull();
    expect(q1.numbersSince).toBeNull();
    expect(q1.successors.map((s) => s.id)).toEqual(['qwen1.5']);
    expect(q1.basedOn).toEqual([]);
    expect(q1.modelledOn.map((b) => b.id)).toEqual(['llama-1']);
  });
});

describe('diff on the real data', () => {
  it('DeepSeek-V3 → Qwen3 never calls shared experts "dropped": Qwen3 drops them relative to Qwen2.5', async () => {
    const d = value(diff(await real(), 'deepseek-v3', 'qwen3'));
    expect(row(d, 'shared-experts')).toMatchObject({ change: 'removed', dropped: false });
    expect(row(d, 'shared-experts')!.to.notAdopted.map((e) => e.relativeTo?.id)).toEqual(['qwen2.5']);
    expect(d.techniques.filter((t) => t.dropped)).toEqual([]);
    // What V3 adopts and Qwen3 does not state is "not stated", not a drop.
    expect(row(d, 'mla')).toMatchObject({ change: 'removed', dropped: false, to: { status: 'not stated' } });
  });

  it('Qwen2.5 → Qwen3: dropped, inherited without restating, not stated, added; languages 29 → 119', async () => {
    const d = value(diff(await real(), 'qwen2.5', 'qwen3'));
    expect(row(d, 'qkv-bias')).toMatchObject({ change: 'removed', dropped: true });
    expect(row(d, 'dpo')).toMatchObject({ change: 'inherited', to: { status: 'inherited' } });
    expect(row(d, 'minference')).toMatchObject({ change: 'removed', dropped: false, to: { status: 'not stated' } });
    expect(row(d, 'qk-norm')).toMatchObject({ change: 'added', from: { status: 'not stated' } });
    expect(row(d, 'gqa')!.change).toBe('kept');
    const n = (attr: string) => d.numbers.find((x) => x.attribute === attr)!;
    expect(numbers(n('languages'))).toEqual([[null, 'more', 90, 4.103]]);
    expect(n('context_extended').pairs).toEqual([]);
    expect(d.architecture.map((a) => a.size)).toEqual(['14B', '32B']);
  });

  it('Qwen2 → Qwen2.5 languages: 29 and 29 are the same (no regression)', async () => {
    const d = value(diff(await real(), 'qwen2', 'qwen2.5'));
    expect(numbers(d.numbers.find((x) => x.attribute === 'languages')!)).toEqual([[null, 'same', 0, 1]]);
  });
});

describe('version and diff on the synthetic fixture (v1 format)', () => {
  it('a2 adopts what it states, inherits rl-old from a1, drops norm-a relative to a1', async () => {
    const r = value(version(await synthetic(), 'a2'));
    expect(r.techniques.filter((t) => t.status === 'adopted').map((t) => t.id)).toEqual(['base', 'ext1', 'gen', 'norm-b']);
    expect(said(r, 'rl-old')).toBe('rl-old: inherited (from a1 adopted)');
    expect(status(r, 'norm-a')!.notAdopted.map((e) => [e.relation, e.relativeTo?.id])).toEqual([['drops', 'a1']]);
    expect(r.numbersSince!.map((n) => [n.attribute, numbers(n)])).toEqual([
      ['training_tokens', [[null, 'more', 1e12, 2]]],
      ['context_native', [[null, 'more', 2048, 2]]],
      ['context_extended', []],
      ['vocabulary', [[null, 'more', 32000, 2]]],
      ['sft_examples', []],
      ['languages', []],
      ['flagship_params', []],
    ]);
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
  });

  it('a3 drops base relative to a2; ext1, which a2 adopts and a3 does not restate, is inherited', async () => {
    const d = value(diff(await synthetic(), 'a2', 'a3'));
    expect(row(d, 'base')).toMatchObject({ change: 'removed', dropped: true });
    expect(row(d, 'ext1')).toMatchObject({ change: 'inherited' });
    expect(d.techniques.filter((t) => t.change === 'added').map((t) => t.id)).toEqual(['comp', 'ext2', 'rl-new']);
  });

  it('a disputed adoption is not an adoption: b2 inherits rl-old from a1 (through b1), its own claim listed as disputed', async () => {
    const r = value(version(await synthetic(), 'b2'));
    expect(status(r, 'rl-old')).toMatchObject({ status: 'inherited', disputed: [{ relation: 'adopts', status: 'disputed' }] });
    expect(r.pursues.map((p) => p.id)).not.toContain('alignment');
  });

  it('diff across families', async () => {
    const d = value(diff(await synthetic(), 'a1', 'Beta 2'));
    expect(d.sameFamily).toBe(false);
    expect([d.from.family, d.to.family]).toEqual(['alpha', 'beta']);
    expect(d.techniques.filter((t) => t.change === 'added').map((t) => t.id)).toEqual(['comp', 'ext2', 'gen']);
  });

  it.each([
    ['version', () => synthetic().then((g) => version(g, 'gen'))],
    ['diff', () => synthetic().then((g) => diff(g, 'a1', 'base'))],
  ])('%s of a technique is WRONG_KIND', async (_, run) => {
    const r = await run();
    expect(r.ok ? null : r.error.code).toBe('WRONG_KIND');
  });
});
