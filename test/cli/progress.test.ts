// Progress: the library reports every stage, the CLI draws it on a terminal only, for stages over a second.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.js';
import { run } from '../../src/cli/index.js';
import { describeProgress, progressPrinter } from '../../src/cli/progress.js';
import { buildExports, type Progress } from '../../src/pipeline/index.js';

const tmp = (p: string) => mkdtemp(join(tmpdir(), p));

describe('progress events', () => {
  it('cover files read, files validated, nodes built, layout iterations and writes, in order', async () => {
    const data = await tmp('tg-progress-data-');
    await generate(data, 600, 2);
    const events: Progress[] = [];
    const r = await buildExports({
      data,
      out: await tmp('tg-progress-out-'),
      formats: ['gexf', 'json'],
      layout: { iterations: 30 },
      onProgress: (e) => events.push(e),
    });
    expect(r.ok).toBe(true);
    const stages = events.map((e) => e.stage).filter((s, i, a) => s !== a[i - 1]);
    expect(stages).toEqual(['load', 'validate', 'build', 'layout', 'write']);
    const last = (s: Progress['stage']) => events.filter((e) => e.stage === s).at(-1) as { done: number; total: number };
    for (const s of ['load', 'validate', 'build', 'layout'] as const) expect(last(s).done).toBe(last(s).total);
    // Nodes and written relations (the graph also holds the inferred ones).
    expect(last('build').total).toBeGreaterThan(r.graph!.order);
    expect(last('build').total).toBeLessThan(r.graph!.order + r.graph!.size);
    expect(last('layout').total).toBe(30);
    const layout = events.filter((e) => e.stage === 'layout').map((e) => (e as { done: number }).done);
    expect(layout).toEqual([...Array(31).keys()]);
    const written = events.filter((e): e is Extract<Progress, { done: true }> => e.stage === 'write' && e.done === true);
    expect(written.map((e) => [e.file, e.bytes])).toEqual(r.written.map((w) => [w.path, w.bytes]));
    expect(events.some((e) => e.stage === 'write' && e.done === false)).toBe(true);
  });
});

describe('progressPrinter', () => {
  it('draws a stage only once it has lasted a second, at most ten times a second, and erases the line at the end', () => {
    let t = 0;
    let out = '';
    const p = progressPrinter((s) => (out += s), { now: () => t });
    const layout = (done: number): Progress => ({ stage: 'layout', done, total: 100 });
    p.update({ stage: 'validate', done: 0, total: 3 });
    t = 900;
    p.update({ stage: 'validate', done: 3, total: 3 });
    expect(out).toBe(''); // under a second
    p.update(layout(0));
    t = 1850;
    p.update(layout(50));
    expect(out).toBe(''); // layout began at 900
    t = 1950;
    p.update(layout(60));
    expect(out).toBe('\r\x1b[Klayout: 60/100 iterations');
    t += 50;
    p.update(layout(61)); // throttled
    t += 60;
    p.update(layout(70));
    expect(out.split('\r\x1b[K').filter(Boolean)).toEqual(['layout: 60/100 iterations', 'layout: 70/100 iterations']);
    p.end();
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('prints nothing for a build that takes less than a second', () => {
    let out = '';
    const p = progressPrinter((s) => (out += s), { now: () => 0 });
    p.update({ stage: 'load', file: 'a.yaml', done: 1, total: 1 });
    p.end();
    expect(out).toBe('');
  });

  it('says what each stage is doing', () => {
    expect(describeProgress({ stage: 'load', file: 'graph-data/families.yaml', done: 3, total: 12 })).toBe(
      'reading files 3/12 (graph-data/families.yaml)',
    );
    expect(describeProgress({ stage: 'build', done: 4096, total: 356000 })).toBe('building the graph: 4,096/356,000 nodes and relations');
    expect(describeProgress({ stage: 'write', file: 'exports/graph.gexf', size: 12_500_000, done: false })).toBe(
      'writing exports/graph.gexf (13 MB)',
    );
    expect(describeProgress({ stage: 'write', file: 'exports/graph.gexf', bytes: 2_400_000, done: true })).toBe(
      'wrote exports/graph.gexf (2.4 MB)',
    );
  });
});

describe('techgraph build progress on stderr', () => {
  const cli = async (isTTY: boolean, ...argv: string[]) => {
    let stderr = '';
    const code = await run(argv, { stdout: () => undefined, stderr: (s) => (stderr += s), isTTY, cwd: process.cwd() });
    return { code, stderr };
  };

  it('shows a stage longer than a second on a terminal, then erases it', async () => {
    const data = await tmp('tg-progress-cli-');
    await generate(data, 400, 4);
    const out = await tmp('tg-progress-cli-out-');
    // Many iterations make the layout last over a second.
    const r = await cli(true, 'build', '--data', data, '--out', out, '--format', 'json', '--layout-iterations', '2500');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\x1b\[Klayout: [\d,]+\/2,500 iterations/);
    // The line is erased before the summary.
    const after = r.stderr.slice(r.stderr.lastIndexOf('\r\x1b[K') + 4);
    expect(after).toMatch(/^(\S+:\d+:\d+: warning|built \d+ nodes)/);
  }, 60_000);

  it('shows nothing when stderr is not a terminal, or with --quiet', async () => {
    const out = await tmp('tg-progress-cli-out-');
    for (const [tty, extra] of [
      [false, []],
      [true, ['--quiet']],
    ] as const) {
      const r = await cli(tty, 'build', '--data', 'test/fixtures/mini', '--out', out, '--layout-iterations', '4000', ...extra);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toContain('\r');
      expect(r.stderr).not.toContain('\x1b');
    }
  }, 60_000);
});
