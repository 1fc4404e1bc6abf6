// Parsing on worker threads gives exactly what parsing on the main thread gives.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/bench/generate.js';
import { LOAD_DEFAULTS, load } from '../../src/load/index.js';
import { ParsePool } from '../../src/load/parallel.js';
import { parseData } from '../../src/load/yaml.js';
import { validate } from '../../src/validate/index.js';

async function run(dir: string, parallel: boolean) {
  const seen: number[] = [];
  const loaded = await load(dir, { cwd: dir, onFile: (_, i) => seen.push(i), parallelMinChars: parallel ? 0 : Infinity, workers: 2 });
  const { facts, diagnostics } = validate(loaded.files);
  return {
    data: loaded.files.map((f) => [f.file, f.data]),
    loadDiagnostics: loaded.diagnostics,
    diagnostics,
    nodes: facts.nodes.map((n) => n.id),
    seen,
  };
}

describe('parallel parsing', () => {
  it('gives the same data, diagnostics and positions as one thread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-par-'));
    await generate(dir, 1500, 5);
    // A broken file and a warning-only file among the good ones.
    await writeFile(join(dir, 'broken.yaml'), 'techniques:\n  - id: x\n    label: [unclosed\n');
    await writeFile(join(dir, 'empty.yaml'), '# nothing\n');
    const [one, many] = [await run(dir, false), await run(dir, true)];
    expect(many.data).toEqual(one.data);
    expect(many.loadDiagnostics).toEqual(one.loadDiagnostics);
    expect(many.diagnostics).toEqual(one.diagnostics);
    expect(many.nodes).toEqual(one.nodes);
    expect(one.loadDiagnostics.map((d) => d.code)).toEqual(['YAML_SYNTAX', 'EMPTY_FILE']);
    expect(many.diagnostics.filter((d) => d.code === 'CONFLICT').length).toBeGreaterThan(0);
    // Progress counts every file once.
    expect([...many.seen].sort((a, b) => a - b)).toEqual([...Array(many.data.length).keys()]);
  });

  it('shares files between the main thread and the workers, results in queue order', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => ({
      file: `f${i}.yaml`,
      text: `motivations:\n${'  - id: m\n    label: "x &"\n'.repeat(2000).replaceAll('id: m', `id: m${i}`)}`,
    }));
    const pool = new ParsePool(LOAD_DEFAULTS);
    pool.start();
    // Give the workers time to boot, so they take part.
    await new Promise((r) => setTimeout(r, 1500));
    for (const t of texts) pool.add(t);
    const results = await pool.all();
    await pool.close();
    expect(results).toEqual(texts.map((t) => parseData(t.text, t.file)));
    expect(pool.parsedBy.workers).toBeGreaterThan(0);
    expect(pool.parsedBy.main + pool.parsedBy.workers).toBe(texts.length);
  });

  it('parses on the main thread the files a worker held when it stopped', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => ({
      file: `g${i}.yaml`,
      text: `motivations:\n${'  - id: m\n    label: "y"\n'.repeat(3000).replaceAll('id: m', `id: g${i}m`)}`,
    }));
    const pool = new ParsePool({ ...LOAD_DEFAULTS, workers: 1 });
    pool.start();
    // Wait until the worker is ready (on a busy machine it takes more than a second to start).
    const slots = (pool as unknown as { slots: { worker: { terminate(): Promise<number> }; jobs: number[]; ready: boolean }[] }).slots;
    for (let waited = 0; !slots[0]!.ready && waited < 60_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    for (const t of texts) pool.add(t);
    // The worker holds its queued files; it stops before answering them.
    expect(slots[0]!.jobs.length).toBe(LOAD_DEFAULTS.queuedPerWorker);
    void slots[0]!.worker.terminate();
    const results = await pool.all();
    await pool.close();
    expect(results).toEqual(texts.map((t) => parseData(t.text, t.file)));
    expect(pool.parsedBy.main + pool.parsedBy.workers).toBe(texts.length);
  }, 90_000);
});
