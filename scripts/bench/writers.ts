/**
 * Child process of the benchmark: times the export writers (every format
 * `build` writes, and the reference GEXF writers) on a graph read from
 * graph.json, one after the other (graphology-gexf, which leaves the most
 * garbage, last), and each one's peak memory above the loaded graph (resident
 * set sampled every millisecond by a helper thread, since graphology-gexf
 * writes synchronously; a full GC before each writer resets the baseline).
 *
 * Usage: tsx --expose-gc writers.ts <graph.json> <ours,json,graphml,…,plain,graphology> <out-dir> <runs>
 * Prints JSON: { [writer]: { seconds: number[], bytes: number, peakMB: number } }.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Graph from 'graphology';
import { write as graphologyGexf } from 'graphology-gexf';
import { FORMATS, type Format, type OutputFile, writeAtomic } from '../../src/export/index.js';
import type { TechGraph } from '../../src/graph/index.js';
import { plainGexf } from './plain-gexf.js';

/** Writes files atomically into `dir`; resolves to their total size in bytes. */
const atomic = async (dir: string, files: OutputFile[]) => (await writeAtomic(dir, files)).reduce((n, w) => n + w.bytes, 0);
const format = (f: Format) => (g: TechGraph, dir: string) => atomic(dir, FORMATS[f].files(g));

/** Each writer writes the graph into `dir` and resolves to the bytes it wrote. */
const WRITERS: Record<string, (g: TechGraph, dir: string) => Promise<number>> = {
  ours: format('gexf'),
  json: format('json'),
  graphml: format('graphml'),
  cytoscape: format('cytoscape'),
  rdf: format('rdf'),
  neo4j: format('neo4j'),
  cypher: format('cypher'),
  mermaid: format('mermaid'),
  plain: (g, dir) => atomic(dir, [{ name: 'plain.gexf', chunks: () => plainGexf(g) }]),
  graphology: async (g, dir) => {
    const text = graphologyGexf(g, { version: '1.3' });
    await writeFile(join(dir, 'graphology.gexf'), text);
    return Buffer.byteLength(text);
  },
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
    let bytes = 0;
    for (let i = 0; i < Number(runs); i++) {
      gc();
      gc();
      const base = Math.round(process.memoryUsage.rss() / 1024);
      sampler.reset();
      const t = performance.now();
      bytes = await writer(graph, dir);
      seconds.push((performance.now() - t) / 1000);
      peakKb = Math.max(peakKb, sampler.peak() - base);
    }
    out[name] = { seconds, bytes, peakMB: peakKb / 1024 };
  }
  await sampler.stop();
  process.stdout.write(JSON.stringify(out));
}

await main();
