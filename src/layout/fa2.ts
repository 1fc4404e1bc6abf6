/**
 * ForceAtlas2 in Node, loaded by layout.ts only when `fa2` runs (never by a
 * browser build). The budget: above `barnesHutAbove` nodes ForceAtlas2 uses
 * the Barnes-Hut approximation (O(n log n) per iteration instead of O(n²);
 * θ = 1.2, Gephi's default), and `auto` iterations shrink as the graph grows
 * (autoIterations). The iterations run on one pair of typed arrays from start
 * to end, so the solver's adaptive speed carries over and progress is
 * reported per iteration, on a worker thread (worker.mjs) whose own heap
 * absorbs the solver's garbage: on 100k nodes, in the main thread's heap it
 * piled up to 1.3 GB.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import forceAtlas2Package, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { TechGraph } from '../graph/index.js';
import { autoIterations } from './layout.js';
import type { LayoutSettings } from './options.js';

/** Barnes-Hut accuracy: Gephi's default (graphology's 0.5 costs ~1.4× more per iteration for no visible gain). */
export const BARNES_HUT_THETA = 1.2;

// ForceAtlas2's own building blocks, to iterate on one set of matrices (the package's `assign` rebuilds them per call).
const require = createRequire(import.meta.url);
const FA2_DEFAULTS = require('graphology-layout-forceatlas2/defaults.js') as Required<ForceAtlas2Settings>;
const fa2Helpers = require('graphology-layout-forceatlas2/helpers.js') as {
  graphToByteArrays(graph: TechGraph, getEdgeWeight: () => number): { nodes: Float32Array; edges: Float32Array };
  assignLayoutChanges(graph: TechGraph, nodes: Float32Array, outputReducer: null): void;
};

/** Runs ForceAtlas2 on the graph's current positions, in place. */
export async function forceAtlas2(graph: TechGraph, o: LayoutSettings): Promise<void> {
  const total = o.iterations === 'auto' ? autoIterations(graph.order) : o.iterations;
  const settings: ForceAtlas2Settings = {
    ...FA2_DEFAULTS,
    ...forceAtlas2Package.inferSettings(graph),
    barnesHutOptimize: graph.order > o.barnesHutAbove,
    barnesHutTheta: BARNES_HUT_THETA,
  };
  const matrices = fa2Helpers.graphToByteArrays(graph, () => 1);
  o.onProgress?.(0, total);
  const nodes = await iterateOnWorker(settings, matrices, total, o.onProgress);
  fa2Helpers.assignLayoutChanges(graph, nodes, null);
}

/** Runs `total` ForceAtlas2 iterations on a worker thread; resolves to the final node matrix. */
function iterateOnWorker(
  settings: ForceAtlas2Settings,
  m: { nodes: Float32Array; edges: Float32Array },
  total: number,
  onProgress?: (done: number, total: number) => void,
): Promise<Float32Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { settings, nodes: m.nodes, edges: m.edges, total },
      transferList: [m.nodes.buffer as ArrayBuffer, m.edges.buffer as ArrayBuffer],
      // A small young generation: the per-iteration Barnes-Hut garbage is collected often instead of growing the peak (100k nodes: 1.47 → 1.43 GiB).
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    worker.on('message', (msg: { done?: number; nodes?: Float32Array }) => {
      if (msg.nodes) {
        resolve(msg.nodes);
        void worker.terminate();
      } else onProgress?.(msg.done!, total);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the layout worker stopped (exit code ${code})`)));
  });
}
