// Validation: one fixture per diagnostic code, asserting code, file, line and column.
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/pipeline/index.js';

const FIX = 'test/fixtures/invalid';
type Want = { code: string; file?: string; line: number; column: number; severity?: 'error' | 'warning' };

const cases: [string, Want[]][] = [
  ['yaml-syntax', [{ code: 'YAML_SYNTAX', line: 4, column: 3 }]],
  ['duplicate-key', [{ code: 'DUPLICATE_KEY', line: 4, column: 5 }]],
  ['multiple-documents', [{ code: 'MULTIPLE_DOCUMENTS', line: 3, column: 1 }]],
  ['not-a-mapping', [{ code: 'NOT_A_MAPPING', line: 1, column: 1 }]],
  [
    'unknown-field',
    [
      { code: 'UNKNOWN_FIELD', line: 6, column: 5 },
      { code: 'UNKNOWN_FIELD', line: 7, column: 5 },
      { code: 'UNKNOWN_FIELD', line: 11, column: 26 },
      { code: 'UNKNOWN_FIELD', line: 14, column: 1 },
    ],
  ],
  ['missing-field', [{ code: 'MISSING_FIELD', line: 2, column: 5 }]],
  ['invalid-type', [{ code: 'INVALID_TYPE', line: 3, column: 14 }]],
  [
    'invalid-value',
    [
      { code: 'INVALID_VALUE', line: 6, column: 22 },
      { code: 'INVALID_VALUE', line: 7, column: 17 },
      { code: 'INVALID_VALUE', line: 11, column: 15 },
    ],
  ],
  [
    'invalid-date',
    [
      { code: 'INVALID_DATE', line: 6, column: 15 },
      { code: 'INVALID_DATE', line: 9, column: 15 },
    ],
  ],
  ['duplicate-id', [{ code: 'DUPLICATE_ID', file: 'b.yaml', line: 3, column: 9 }]],
  [
    'unknown-reference',
    [
      { code: 'UNKNOWN_REFERENCE', line: 6, column: 20 },
      { code: 'UNKNOWN_REFERENCE', line: 9, column: 18 },
    ],
  ],
  ['relation-kinds', [{ code: 'RELATION_KINDS', line: 6, column: 13 }]],
  ['self-relation', [{ code: 'SELF_RELATION', line: 6, column: 15 }]],
  ['cycle', [{ code: 'CYCLE', line: 6, column: 14 }]],
  ['duplicate-relation', [{ code: 'DUPLICATE_RELATION', line: 7, column: 27 }]],
  ['preferred-claims', [{ code: 'PREFERRED_CLAIMS', line: 8, column: 7 }]],
  [
    'conflict',
    [
      { code: 'CONFLICT', line: 7, column: 5, severity: 'warning' },
      { code: 'CONFLICT', line: 11, column: 19, severity: 'warning' },
    ],
  ],
  ['missing-source', [{ code: 'MISSING_SOURCE', line: 3, column: 15, severity: 'warning' }]],
  ['empty-dir', [{ code: 'NO_FACT_FILES', file: '', line: 1, column: 1 }]],
  ['invalid-encoding', [{ code: 'INVALID_ENCODING', line: 3, column: 15 }]],
  ['alias-bomb', [{ code: 'YAML_TOO_COMPLEX', line: 1, column: 1 }]],
];

describe('check: one fixture per diagnostic code', () => {
  it.each(cases)('%s', async (name, want) => {
    const result = await check({ data: join(FIX, name) });
    const got = result.diagnostics.map((d) => ({ code: d.code, file: d.file, line: d.line, column: d.column, severity: d.severity }));
    expect(got).toEqual(
      want.map((w) => ({
        code: w.code,
        file: w.file === '' ? `${FIX}/${name}` : `${FIX}/${name}/${w.file ?? 'facts.yaml'}`,
        line: w.line,
        column: w.column,
        severity: w.severity ?? 'error',
      })),
    );
    expect(result.ok).toBe(want.every((w) => w.severity === 'warning'));
  });

  it('reports a missing data folder', async () => {
    const r = await check({ data: join(FIX, 'no-such-folder') });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['DATA_DIR_MISSING']);
    expect(r.ok).toBe(false);
  });

  it('reports a symlink loop once and still reads the real files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-loop-'));
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'facts.yaml'), 'motivations:\n  - id: m\n');
    await symlink('..', join(dir, 'sub', 'up'));
    const r = await check({ data: dir, cwd: dir });
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['SYMLINK_LOOP', 'sub/up']]);
    expect(r.facts.nodes.map((n) => n.id)).toEqual(['m']);
  });

  it('suggests the closest id of the right kind, with its label', async () => {
    const r = await check({ data: join(FIX, 'unknown-reference') });
    expect(r.diagnostics[0]!.message).toContain('"yarn" (YaRN)');
    expect(r.diagnostics[1]!.message).not.toContain('rope'); // a technique cannot be a source
  });

  // Ids compare without case and punctuation ("attnv2" is "attn-v2"); then a reference whose every word is in a
  // name; then by edits; a vaguer id merely contained in the reference ("attn" in "attn-v2x") comes after an equal edit.
  it.each([
    ['attn-v2x', '; did you mean "attn-v2" or "attn-v3" or "attn"?'],
    ['attnv2', '; did you mean "attn-v2" or "attn-v3" or "attn"?'],
    ['xattn', '; did you mean "attn"?'],
    ['zzzz', ''],
  ])('a reference to %j suggests %j', async (ref, hint) => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-suggest-'));
    const facts = ['sources:', '  - { id: s, label: S, source_type: paper }', 'techniques:'];
    for (const id of ['attn', 'attn-v2']) facts.push(`  - { id: ${id}, sources: s }`);
    facts.push(`  - { id: attn-v3, sources: s, extends: ${ref} }`, '');
    await writeFile(join(dir, 'facts.yaml'), facts.join('\n'));
    const r = await check({ data: dir });
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([['UNKNOWN_REFERENCE', `extends target "${ref}" names no node${hint}`]]);
  });

  it('reports every problem of a file at once, sorted by position', async () => {
    const r = await check({ data: join(FIX, 'unknown-field') });
    const lines = r.diagnostics.map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(r.diagnostics).toHaveLength(4);
  });
});

describe('check on valid data', () => {
  it('accepts the mini fixture with only the intended conflict warning', async () => {
    const r = await check({ data: 'test/fixtures/mini' });
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['CONFLICT']);
    expect(r.facts.nodes.map((n) => n.id)).toEqual([
      'blog',
      'efficiency',
      'fam',
      'gqa',
      'long-context',
      'report-a',
      'rope',
      'v1',
      'v2',
      'yarn',
    ]);
    const v1 = r.facts.nodes.find((n) => n.id === 'v1')!;
    expect(v1.attributes.vocabulary!.map((c) => [c.value.value, c.status, c.sources])).toEqual([
      [151646, 'preferred', ['report-a']],
      [148000, 'disputed', ['blog']],
    ]);
    expect(v1.attributes.training_tokens![0]!.sources).toEqual(['report-a']); // inherited from the node
  });

  it('accepts a UTF-8 BOM and CRLF line endings', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-bom-'));
    await writeFile(join(dir, 'f.yaml'), '\uFEFFmotivations:\r\n  - id: m\r\n    label: { en: Long context, zh: 长上下文 }\r\n');
    const r = await check({ data: dir });
    expect(r.diagnostics).toEqual([]);
    expect(r.facts.nodes[0]!.labels).toEqual({ en: 'Long context', zh: '长上下文' });
  });
});
