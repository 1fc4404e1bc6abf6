// The benchmark harness runs end to end at a tiny size and reports a well-formed table and JSON. It times nothing here.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../scripts/bench/run.js';
import { STAGES } from '../scripts/bench/table.js';
import { sh } from './helpers.js';

describe('npm run bench', () => {
  it('measures every stage at a tiny size and writes the table as JSON and Markdown', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tg-bench-'));
    const r = sh(process.execPath, [
      '--import',
      'tsx',
      'scripts/bench/run.ts',
      '--sizes',
      '150',
      '--runs',
      '1',
      '--out',
      out,
      '--skip',
      'viewer-render,viewer-hover,watch-update',
    ]);
    expect(r.stderr).not.toMatch(/Error/);
    expect(r.status).toBe(0);
    const report = JSON.parse(await readFile(join(out, 'latest.json'), 'utf8'));
    expect(report.results).toHaveLength(1);
    const [size] = report.results;
    expect(size).toMatchObject({ size: '150', nodes: 150 });
    expect(size.edges).toBeGreaterThan(size.nodes);
    const stages = Object.keys(STAGES).filter((s) => !s.startsWith('viewer-') && s !== 'watch-update');
    expect(Object.keys(size.stages).sort()).toEqual(stages.sort());
    for (const s of stages)
      expect(
        size.stages[s].seconds.every((x: number) => x > 0),
        s,
      ).toBe(true);
    expect(size.stages['cli-build'].peakMB).toBeGreaterThan(10);
    expect(size.ratios.map((x: { name: string }) => x.name)).toContain('whole build (no layout) / parse floor');
    // One table: a header row, a rule, one row per stage, the ratio rows; the same in stdout and latest.md.
    const table = await readFile(join(out, 'latest.md'), 'utf8');
    expect(r.stdout).toContain(table.trim());
    const rows = table.split('\n').filter((l) => l.startsWith('|'));
    expect(rows[0]).toMatch(/^\| stage \| 150: 150 nodes, \d+ edges/);
    expect(rows.every((l) => l.split('|').length === rows[0]!.split('|').length)).toBe(true);
    for (const s of stages) expect(table).toContain(STAGES[s as keyof typeof STAGES].title);
  }, 120_000);

  it('parses its options', () => {
    expect(parseOptions(['--sizes', '1k,10k', '--runs', '5', '--skip', 'networkx'])).toMatchObject({
      sizes: ['1k', '10k'],
      runs: 5,
      skip: new Set(['networkx']),
    });
    expect(() => parseOptions(['--sizes', 'big'])).toThrow(/not a size/);
    expect(() => parseOptions(['--skip', 'nope'])).toThrow(/unknown stage/);
  });
});
