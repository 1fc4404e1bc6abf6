/**
 * Child process of the benchmark: times GEXF/JSON writers on a graph read
 * from graph.json, one after the other (graphology-gexf, which leaves the most
 * garbage, last), and each one's peak memory above the loaded graph (resident
 * set sampled every millisecond by a helper thread, since graphology-gexf
 * writes synchronously; a full GC before each writer resets the baseline).
 *
 * Usage: tsx --expose-gc writers.ts <graph.json> <ours,json,plain,graphology> <out-dir> <runs>
 * Prints JSON: { [writer]: { seconds: number[], bytes: number, peakMB: number } }.
 */
import { readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Graph from 'graphology';
import { write as graphologyGexf } from 'graphology-gexf';
import { gexf, json, writeAtomic } from '../../src/export/index.js';
import type { TechGraph } from '../../src/graph/index.js';
import { plainGexf } from './plain-gexf.js';

const WRITERS: Record<string, { file: string; write: (g: TechGraph, dir: string, file: string) => Promise<void> }> = {
  ours: { file: 'graph.gexf', write: async (g, dir, file) => void (await writeAtomic(dir, [{ name: file, chunks: () => gexf(g) }])) },
  json: { file: 'graph.json', write: async (g, dir, file) => void (await writeAtomic(dir, [{ name: file, chunks: () => json(g) }])) },
  plain: { file: 'plain.gexf', write: async (g, dir, file) => void (await writeAtomic(dir, [{ name: file, chunks: () => plainGexf(g) }])) },
  graphology: { file: 'graphology.gexf', write: async (g, dir, file) => writeFile(join(dir, file), graphologyGexf(g, { version: '1.3' })) },
};

/** Peak resident set (KiB) seen by a sampling thread since the last reset. */
function rssSampler() {
  const peak = new Int32Array(new SharedArrayBuffer(4));
  const code = `const { workerData } = require('node:worker_threads');
    const peak = new Int32Array(workerData);
    setInterval(() => { const kb = Math.round(process.memoryUsage.rss() / 1024); if (kb > Atomics.load(peak, 0)) Atomics.store(peak, 0, kb); }, 1);`;
  const worker = new Worker(code, { eval: true, workerData: peak.buffer });
  return {
    reset: () => Atomics.store(peak, 0, Math.round(process.memoryUsage.rss() / 1024)),
    peak: () => Math.max(Atomics.load(peak, 0), Math.round(process.memoryUsage.rss() / 1024)),
    stop: () => worker.terminate(),
  };
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

async function main() {
  const [src, names = '', dir, runs = '3'] = process.argv.slice(2);
  const list = names.split(',').filter(Boolean);
  if (!src || !dir || !list.length || list.some((n) => !WRITERS[n]))
    throw new Error(`usage: writers.ts <graph.json> <${Object.keys(WRITERS).join(',')}> <out-dir> <runs>`);
  const graph = Graph.from(JSON.parse(readFileSync(src, 'utf8'))) as TechGraph;
  const sampler = rssSampler();
  await new Promise((r) => setTimeout(r, 50));
  const out: Record<string, { seconds: number[]; bytes: number; peakMB: number }> = {};
  for (const name of list) {
    const writer = WRITERS[name]!;
    const seconds: number[] = [];
    let peakKb = 0;
    for (let i = 0; i < Number(runs); i++) {
      gc();
      gc();
      const base = Math.round(process.memoryUsage.rss() / 1024);
      sampler.reset();
      const t = performance.now();
      await writer.write(graph, dir, writer.file);
      seconds.push((performance.now() - t) / 1000);
      peakKb = Math.max(peakKb, sampler.peak() - base);
    }
    out[name] = { seconds, bytes: statSync(join(dir, writer.file)).size, peakMB: peakKb / 1024 };
  }
  await sampler.stop();
  process.stdout.write(JSON.stringify(out));
}

await main();
