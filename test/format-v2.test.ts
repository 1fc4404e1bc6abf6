// Facts format v2: sub-models, scope, "not reported", architecture rows, the new relations, `extend`, display
// names, and the authoring diagnostics a new author met. Each case is a small data folder written here.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/graph/index.js';
import { check } from '../src/pipeline/index.js';

/** Writes `files` (name → YAML lines) into a new folder and checks it. */
async function checkFiles(files: Record<string, string[]>) {
  const dir = await mkdtemp(join(tmpdir(), 'tg-v2-'));
  for (const [name, lines] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), `${lines.join('\n')}\n`);
  }
  const r = await check({ data: dir, cwd: dir });
  return {
    ...r,
    errors: r.diagnostics.filter((d) => d.severity === 'error'),
    codes: r.diagnostics.map((d) => [d.code, d.file, d.line, d.column]),
  };
}

const SOURCES = [
  'sources:',
  '  - { id: s, label: A report, source_type: report }',
  '  - { id: t, label: Another report, source_type: paper }',
];

describe('sub-models', () => {
  it('a model is a release of its version: its own dates, sizes, context and techniques; its family comes from its version', async () => {
    const r = await checkFiles({
      'facts.yaml': [
        ...SOURCES,
        'families:',
        '  - { id: fam, sources: s }',
        'versions:',
        '  - { id: v, sources: s, in_family: fam, released: 2024-09-19, sizes: [7B, 72B] }',
        'models:',
        '  - { id: v-turbo, sources: t, variant_of: v, released: 2024-11-15, context_extended: 1M, adopts: [tech] }',
        'techniques:',
        '  - { id: tech, sources: s }',
      ],
    });
    expect(r.errors).toEqual([]);
    const g = build(r.facts);
    expect(g.getNodeAttributes('v-turbo')).toMatchObject({ kind: 'model', family: 'fam', since: '2024-11-15', context_extended: 1048576 });
    // The first release of the family to adopt `tech` is the model.
    expect(g.hasEdge('v-turbo->introduces->tech')).toBe(true);
  });

  it('variant_of joins a technique to a technique and a model to a release, nothing else', async () => {
    const r = await checkFiles({
      'facts.yaml': [...SOURCES, 'versions:', '  - { id: v, sources: s }', 'techniques:', '  - { id: t1, sources: s, variant_of: v }'],
    });
    expect(r.codes).toEqual([['RELATION_KINDS', 'facts.yaml', 7, 39]]);
  });
});

describe('scope', () => {
  const data = (scope: string) => [
    ...SOURCES,
    'versions:',
    '  - id: v',
    '    sources: s',
    '    sizes: [0.5B, 7B, 32B, 110B]',
    '    adopts:',
    `      - { target: gqa, scope: ${scope} }`,
    '    training_tokens:',
    '      - { value: 7T, scope: [7B, 32B, 110B] }',
    '      - { value: 12T, scope: 0.5B }',
    'techniques:',
    '  - { id: gqa, sources: s }',
  ];

  it('travels with a relation entry and a claim; claims for different sizes are no conflict', async () => {
    const r = await checkFiles({ 'facts.yaml': data('[32B, 110B]') });
    expect(r.diagnostics).toEqual([]);
    const g = build(r.facts);
    expect(g.getEdgeAttribute('v->adopts->gqa', 'scope')).toEqual(['32B', '110B']);
    expect(g.getNodeAttribute('v', 'claims').training_tokens!.map((c) => c.scope)).toEqual([['7B', '32B', '110B'], ['0.5B']]);
    expect(g.getNodeAttribute('v', 'conflicts')).toEqual([]);
  });

  it('claims for overlapping sizes that disagree are a conflict', async () => {
    const lines = data('32B');
    lines[lines.indexOf('      - { value: 12T, scope: 0.5B }')] = '      - { value: 12T, scope: [0.5B, 7B] }';
    const r = await checkFiles({ 'facts.yaml': lines });
    expect(r.codes).toEqual([['CONFLICT', 'facts.yaml', 10, 5]]);
  });

  it('a size the node does not list is a warning; an unknown sub-model id an error with did-you-mean', async () => {
    const r = await checkFiles({
      'facts.yaml': data('[32B, 14B, v-turbp]').concat(['models:', '  - { id: v-turbo, sources: s, variant_of: v }']),
    });
    expect(r.codes).toEqual([
      ['SCOPE_SIZE', 'facts.yaml', 9, 37],
      ['UNKNOWN_REFERENCE', 'facts.yaml', 9, 42],
    ]);
    expect(r.diagnostics[1]!.message).toContain('did you mean "v-turbo"');
  });
});

describe('not reported', () => {
  it('is accepted for any attribute, is no value in the graph, and contradicts nothing', async () => {
    const r = await checkFiles({
      'facts.yaml': [
        ...SOURCES,
        'versions:',
        '  - id: v',
        '    sources: s',
        '    training_tokens:',
        '      - { value: not reported, sources: s }',
        '      - { value: 14.8T, sources: t }',
        '    released: { value: Not Reported, sources: s }',
      ],
    });
    expect(r.diagnostics).toEqual([]);
    const a = build(r.facts).getNodeAttributes('v');
    expect(a.training_tokens).toBe(14.8e12); // the reported value leads
    expect(a.released).toBeUndefined();
    expect(a.claims.released).toEqual([{ value: null, text: 'not reported', sources: ['s'], status: 'preferred', unreported: true }]);
  });
});

describe('architecture rows', () => {
  it('are typed per size, with sources; two rows for one size that disagree are a conflict', async () => {
    const r = await checkFiles({
      'facts.yaml': [
        ...SOURCES,
        'versions:',
        '  - id: v',
        '    sources: s',
        '    architecture:',
        '      - { size: 7B, layers: 28, hidden_size: 3584, heads: 28, kv_heads: 4, context: 32K, tied_embeddings: false }',
        '      - { size: 57B-A14B, layers: 28, experts: 64, active_experts: 8, shared_experts: 8, rope_base: "1,000,000" }',
        '      - { size: 7B, layers: 32, sources: t }',
      ],
    });
    expect(r.codes).toEqual([['CONFLICT', 'facts.yaml', 8, 9]]);
    expect(r.diagnostics[0]!.message).toBe('v.architecture 7B layers: 28 (s; preferred) vs 32 (t; preferred)');
    const a = build(r.facts).getNodeAttributes('v');
    expect(a.architecture![0]).toEqual({
      size: '7B',
      total: 7e9,
      values: { layers: 28, hidden_size: 3584, heads: 28, kv_heads: 4, context: 32768, tied_embeddings: false },
      sources: ['s'],
      status: 'preferred',
    });
    expect(a.architecture![1]!.values.rope_base).toBe(1_000_000);
    expect(a.conflicts).toEqual(['architecture']);
  });

  it('rejects a field that is not a number, at the field', async () => {
    const r = await checkFiles({
      'facts.yaml': [...SOURCES, 'versions:', '  - id: v', '    sources: s', '    architecture:', '      - { size: 7B, layers: many }'],
    });
    expect(r.codes).toEqual([['INVALID_VALUE', 'facts.yaml', 8, 29]]);
  });
});

describe('new relations', () => {
  it('alternative_to is symmetric: written on both sides it is a duplicate', async () => {
    const r = await checkFiles({
      'facts.yaml': [
        ...SOURCES,
        'techniques:',
        '  - { id: dpo, sources: s, alternative_to: ppo }',
        '  - { id: ppo, sources: s, alternative_to: dpo }',
      ],
    });
    expect(r.codes).toEqual([['DUPLICATE_RELATION', 'facts.yaml', 6, 44]]);
    expect(r.diagnostics[0]!.message).toContain('symmetric');
  });

  it('distilled_from joins releases and must not loop', async () => {
    const r = await checkFiles({
      'facts.yaml': [
        ...SOURCES,
        'versions:',
        '  - { id: teacher, sources: s }',
        'models:',
        '  - { id: student, sources: s, variant_of: teacher, distilled_from: { target: teacher, scope: 7B } }',
      ],
    });
    expect(r.diagnostics).toEqual([]);
    expect(build(r.facts).getEdgeAttribute('student->distilled_from->teacher', 'scope')).toEqual(['7B']);
  });

  it('drops is relative to the release it succeeds, or to the one it names', async () => {
    const r = await checkFiles({
      'facts.yaml': [
        ...SOURCES,
        'versions:',
        '  - { id: a, sources: s, adopts: x }',
        '  - { id: b, sources: s, succeeds: a, drops: x }',
        '  - { id: c, sources: s, drops: { target: x, relative_to: a } }',
        '  - { id: d, sources: s, drops: x }',
        'techniques:',
        '  - { id: x, sources: s }',
      ],
    });
    expect(r.codes).toEqual([['MISSING_FIELD', 'facts.yaml', 8, 33]]);
    const g = build({ ...r.facts, relations: r.facts.relations });
    expect(g.getEdgeAttribute('b->drops->x', 'relative_to')).toBe('a');
    expect(g.getEdgeAttribute('c->drops->x', 'relative_to')).toBe('a');
  });
});

describe('extend', () => {
  const base = [
    ...SOURCES,
    'techniques:',
    '  - { id: gqa, label: GQA, sources: s, definition: Groups query heads. }',
    '  - { id: mla, sources: s }',
  ];

  it('adds aliases, sources, claims and relations to a node declared in another file', async () => {
    const r = await checkFiles({
      'a.yaml': base,
      'b.yaml': [
        'extend:',
        '  - id: gqa',
        '    aliases: [grouped-query attention]',
        '    sources: t',
        '    label: { zh: 分组查询注意力 }',
        '    alternative_to: mla',
        '    definition: { value: Shares key and value heads across groups of query heads., status: preferred }',
      ],
    });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['CONFLICT']);
    const a = build(r.facts).getNodeAttributes('gqa');
    expect(a.aliases).toEqual(['grouped-query attention']);
    expect(a.labels).toEqual({ en: 'GQA', zh: '分组查询注意力' });
    expect(a.sources).toEqual(['s', 't']);
    expect(a.claims.definition!.map((c) => [c.status, c.sources])).toEqual([
      ['preferred', ['t']],
      ['alternative', ['s']],
    ]);
    expect(build(r.facts).hasEdge('gqa->alternative_to->mla')).toBe(true);
  });

  it('an unknown id is one UNKNOWN_REFERENCE with did-you-mean; changing a label is an EXTEND_CLASH', async () => {
    const r = await checkFiles({
      'a.yaml': base,
      'b.yaml': ['extend:', '  - { id: gqaa, aliases: [x] }', '  - { id: gqa, label: Grouped }'],
    });
    expect(r.codes).toEqual([
      ['UNKNOWN_REFERENCE', 'b.yaml', 2, 11],
      ['EXTEND_CLASH', 'b.yaml', 3, 23],
    ]);
    expect(r.diagnostics[0]!.message).toContain('did you mean "gqa"');
  });

  it('a second declaration of an id is still a DUPLICATE_ID', async () => {
    const r = await checkFiles({ 'a.yaml': base, 'b.yaml': ['techniques:', '  - { id: gqa, sources: s }'] });
    expect(r.codes).toEqual([['DUPLICATE_ID', 'b.yaml', 2, 11]]);
  });
});

describe('display names', () => {
  it('tell apart nodes of different kinds that share a label, and only those', async () => {
    const r = await checkFiles({
      'facts.yaml': [
        'sources:',
        '  - { id: paper-r1, label: DeepSeek-R1, source_type: paper }',
        'versions:',
        '  - { id: r1, label: DeepSeek-R1, sources: paper-r1 }',
        '  - { id: v3, label: DeepSeek-V3, sources: paper-r1 }',
      ],
    });
    const g = build(r.facts);
    expect(g.getNodeAttribute('paper-r1', 'display')).toBe('DeepSeek-R1 (paper)');
    expect(g.getNodeAttribute('r1', 'display')).toBe('DeepSeek-R1 (version)');
    expect(g.getNodeAttribute('v3', 'display')).toBeUndefined();
  });
});

describe('authoring diagnostics (issue #12 part B)', () => {
  it('did-you-mean searches aliases and labels: fp8 → fp8-training; deepseek-v3-report → paper-deepseek-v3', async () => {
    const r = await checkFiles({
      'facts.yaml': [
        'sources:',
        '  - { id: paper-deepseek-v3, label: DeepSeek-V3 Technical Report, source_type: paper }',
        'versions:',
        '  - { id: v3, sources: paper-deepseek-v3, adopts: fp8, described_in: deepseek-v3-report }',
        'techniques:',
        '  - { id: fp8-training, aliases: [FP8 training], sources: paper-deepseek-v3 }',
        '  - { id: mla, sources: paper-deepseek-v3 }',
      ],
    });
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['UNKNOWN_REFERENCE', 'adopts target "fp8" names no node; did you mean "fp8-training"?'],
      [
        'UNKNOWN_REFERENCE',
        'described_in target "deepseek-v3-report" names no node; did you mean "paper-deepseek-v3" (DeepSeek-V3 Technical Report)?',
      ],
    ]);
  });

  it('a duplicated id is one error naming both places, with no follow-up duplicate relations', async () => {
    const node = ['  - id: v', '    sources: s', '    adopts: [a, b]', '    succeeds: w'];
    const r = await checkFiles({
      'a.yaml': [
        ...SOURCES,
        'versions:',
        ...node,
        '  - { id: w, sources: s }',
        'techniques:',
        '  - { id: a, sources: s }',
        '  - { id: b, sources: s }',
      ],
      'b.yaml': ['versions:', ...node],
    });
    expect(r.codes).toEqual([['DUPLICATE_ID', 'b.yaml', 2, 9]]);
    expect(r.diagnostics[0]!.related).toEqual([{ file: 'a.yaml', line: 5, column: 9 }]);
  });

  it('a case-insensitive clash is one error, not one per reference across untouched files', async () => {
    const refs = Array.from({ length: 12 }, (_, i) => `  - { id: v${i}, sources: s, adopts: gqa }`);
    const r = await checkFiles({
      'a.yaml': [...SOURCES, 'techniques:', '  - { id: GQA, sources: s }'],
      'b.yaml': ['techniques:', '  - { id: gqa, sources: s }'],
      'c.yaml': ['versions:', ...refs],
    });
    expect(r.codes).toEqual([['DUPLICATE_ID', 'b.yaml', 2, 11]]);
  });

  it('quotes a value as written: 2024.10 is not echoed as 2024.1', async () => {
    const r = await checkFiles({ 'facts.yaml': [...SOURCES, 'versions:', '  - { id: v, sources: s, released: 2024.10 }'] });
    expect(r.codes).toEqual([['INVALID_DATE', 'facts.yaml', 5, 36]]);
    expect(r.diagnostics[0]!.message).toMatch(/^released: 2024\.10 is a number, not a date/);
  });

  it('an unknown field lists the fields the kind allows', async () => {
    const r = await checkFiles({ 'facts.yaml': [...SOURCES, 'techniques:', '  - { id: x, sources: s, adpots: y }'] });
    expect(r.diagnostics[0]!.message).toMatch(
      /^unknown field "adpots" on a technique; did you mean "adopts"\? \(written on a version or model, not on a technique\) \(allowed: id, label, .*serves, extends/,
    );
    const r2 = await checkFiles({ 'facts.yaml': [...SOURCES, 'techniques:', '  - { id: x, sources: s, defintion: y }'] });
    expect(r2.diagnostics[0]!.message).toMatch(
      /did you mean "definition"\? \(allowed: id, label, aliases, description, sources, note, .*definition/,
    );
  });

  it('an unquoted comma inside a flow mapping gets a hint to quote the value', async () => {
    const r = await checkFiles({
      'facts.yaml': [...SOURCES, 'versions:', '  - { id: v, sources: s, vocabulary: { value: 1K, note: a, b } }'],
    });
    expect(r.codes).toEqual([['UNKNOWN_FIELD', 'facts.yaml', 5, 60]]);
    expect(r.diagnostics[0]!.message).toContain('quote that value: a comma ends a value in { … }');
  });

  it('units: k is a thousand on a count and 1024 on a length; a wrong unit lists the units that apply', async () => {
    const r = await checkFiles({
      'facts.yaml': [
        ...SOURCES,
        'versions:',
        '  - { id: v, sources: s, vocabulary: 152k, context_native: 32k, context_extended: 1B, training_tokens: 57B-A14B }',
      ],
    });
    expect(r.errors.map((d) => [d.code, d.message])).toEqual([
      [
        'INVALID_VALUE',
        'context_extended: unit "B" does not apply to a length; write digits with an optional unit: K or k (= 1024) or M (= 1024²) (2048, 32K, 128K, 1M)',
      ],
      [
        'INVALID_VALUE',
        'training_tokens: "57B-A14B" is a model size (total-Aactive), not a count; write digits with an optional unit: K or k (thousand), M, B, T, 万, 亿, and an optional qualifier > < ~ (36T, 151,646, 30万, >1M)',
      ],
    ]);
  });
});

describe('v1 files', () => {
  it('still read: every v1 construct keeps its meaning (the mini fixture checks as before)', async () => {
    const r = await check({ data: 'test/fixtures/mini' });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
