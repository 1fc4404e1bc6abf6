/**
 * Layout: positions every node. `fa2` runs ForceAtlas2 from seeded initial
 * positions (same graph, same seed → same coordinates); `timeline` puts x at
 * the date a node joins the graph and y in a lane per kind; `none` keeps the
 * seeded start. Coordinates are rounded so exports are byte-stable.
 *
 * The budget: above `barnesHutAbove` nodes ForceAtlas2 uses the Barnes-Hut
 * approximation (O(n log n) per iteration instead of O(n²); θ = 1.2, Gephi's
 * default), and `auto` iterations shrink as the graph grows (autoIterations).
 * The iterations run on one pair of typed arrays from start to end, so the
 * solver's adaptive speed carries over and progress is reported per iteration,
 * on a worker thread (layout-worker.mjs) whose own heap absorbs the solver's
 * garbage: on 100k nodes, in the main thread's heap it piled up to 1.3 GB.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { type OptionError, type OptionRules, resolveOptions, rule, validateOptions } from '../diagnostics/index.js';
import type { NodeAttributes, TechGraph } from '../graph/index.js';
import { KIND_NAMES } from '../vocabulary/index.js';

/** Layout algorithms. */
export const LAYOUTS = ['fa2', 'timeline', 'none'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Settings of `layout`, all with defaults in LAYOUT_DEFAULTS. */
export interface LayoutSettings {
  layout: LayoutName;
  /** Seed of the initial positions. */
  seed: number;
  /** ForceAtlas2 iterations (0: the seeded start); `auto` scales them down as the graph grows. */
  iterations: number | 'auto';
  /** Node count above which ForceAtlas2 uses the Barnes-Hut approximation. */
  barnesHutAbove: number;
  /** Called with (0, total) before the first iteration, then after every iteration with (done, total). */
  onProgress: ((done: number, total: number) => void) | undefined;
}

/** Options of `layout`: any of its settings. */
export type LayoutOptions = Partial<LayoutSettings>;

/** Defaults, in one place. */
export const LAYOUT_DEFAULTS: Readonly<LayoutSettings> = {
  layout: 'fa2',
  seed: 42,
  iterations: 'auto',
  // Above this, a Barnes-Hut iteration is cheaper than an exact one (measured: equal near 200 nodes, 3× cheaper at 1k, 20× at 10k).
  barnesHutAbove: 500,
  onProgress: undefined,
};

/** What each setting accepts. */
export const LAYOUT_RULES: OptionRules<LayoutSettings> = {
  layout: rule.oneOf(LAYOUTS),
  seed: rule.wholeNumber(0, 2 ** 32 - 1),
  iterations: rule.either(rule.wholeNumber(0, 999_999), rule.oneOf(['auto'])),
  barnesHutAbove: rule.either(rule.wholeNumber(0), rule.oneOf([Infinity])),
  onProgress: rule.callback,
};

/** Every problem with layout options, as values (group: the name prefix, `layout` in the pipeline). */
export function validateLayoutOptions(options: unknown, group = ''): OptionError[] {
  return validateOptions(LAYOUT_RULES, options, group);
}

/** The full layout settings; throws OptionsError on an invalid option. */
export function resolveLayoutOptions(options: LayoutOptions = {}): LayoutSettings {
  return resolveOptions(LAYOUT_DEFAULTS, LAYOUT_RULES, options);
}

/** Barnes-Hut accuracy: Gephi's default (graphology's 0.5 costs ~1.4× more per iteration for no visible gain). */
export const BARNES_HUT_THETA = 1.2;

// ForceAtlas2's own building blocks, to iterate on one set of matrices (the package's `assign` rebuilds them per call).
const require = createRequire(import.meta.url);
const FA2_DEFAULTS = require('graphology-layout-forceatlas2/defaults.js') as Required<ForceAtlas2Settings>;
const fa2Helpers = require('graphology-layout-forceatlas2/helpers.js') as {
  graphToByteArrays(graph: TechGraph, getEdgeWeight: () => number): { nodes: Float32Array; edges: Float32Array };
  assignLayoutChanges(graph: TechGraph, nodes: Float32Array, outputReducer: null): void;
};

/** Iterations for `auto`: 500 on small graphs, fewer as they grow, never below 20. */
export function autoIterations(order: number): number {
  if (order <= 500) return 500;
  return Math.max(20, Math.round(500 * Math.sqrt(500 / order)));
}

/** Positions the graph's nodes in place (x, y attributes). Rejects with OptionsError (code INVALID_OPTION) on an invalid option, before touching the graph. */
export async function layout(graph: TechGraph, options: LayoutOptions = {}): Promise<void> {
  const o = resolveLayoutOptions(options);
  seedPositions(graph, o.seed);
  if (o.layout === 'fa2' && graph.order > 1) {
    const total = o.iterations === 'auto' ? autoIterations(graph.order) : o.iterations;
    // Loaded here, not at start: commands that never lay out (check, query, --help) do not pay for it.
    const { default: forceAtlas2 } = await import('graphology-layout-forceatlas2');
    const settings: ForceAtlas2Settings = {
      ...FA2_DEFAULTS,
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > o.barnesHutAbove,
      barnesHutTheta: BARNES_HUT_THETA,
    };
    const matrices = fa2Helpers.graphToByteArrays(graph, () => 1);
    o.onProgress?.(0, total);
    const nodes = await iterateOnWorker(settings, matrices, total, o.onProgress);
    fa2Helpers.assignLayoutChanges(graph, nodes, null);
  } else if (o.layout === 'timeline') {
    timelinePositions(graph);
  }
  graph.updateEachNodeAttributes(
    (_, a) => {
      a.x = round(a.x);
      a.y = round(a.y);
      return a;
    },
    { attributes: ['x', 'y'] },
  );
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

/** Deterministic start: each node on a circle by its id's hash, jittered by a seeded generator. */
function seedPositions(graph: TechGraph, seed: number): void {
  const radius = Math.sqrt(Math.max(graph.order, 1)) * 10;
  graph.updateEachNodeAttributes(
    (id, a) => {
      const rand = mulberry32(hash(id) ^ seed);
      const angle = rand() * 2 * Math.PI;
      const r = radius * Math.sqrt(rand());
      a.x = r * Math.cos(angle);
      a.y = r * Math.sin(angle);
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}

/**
 * x = days since the timeline start (scaled), y = lane per kind (200 apart), spread within the lane:
 * nodes sharing kind and date stack 12 apart, closer when more than 17 would reach into the next lane
 * (the Qwen data has 33 techniques on one day). Stacked y stay distinct up to 19,200 nodes per kind and date.
 */
function timelinePositions(graph: TechGraph): void {
  const start = Date.parse(graph.getAttribute('start'));
  const key = (a: NodeAttributes) => `${a.kind}:${a.since}`;
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => void counts.set(key(a), (counts.get(key(a)) ?? 0) + 1));
  const slots = new Map<string, number>();
  graph.updateEachNodeAttributes(
    (_, a) => {
      const days = (Date.parse(a.since) - start) / 86_400_000;
      const lane = KIND_NAMES.indexOf(a.kind);
      const k = key(a);
      const slot = slots.get(k) ?? 0;
      slots.set(k, slot + 1);
      const step = Math.min(12, 192 / Math.max(counts.get(k)! - 1, 1));
      return { ...a, x: days / 3, y: -lane * 200 - slot * step };
    },
    { attributes: ['x', 'y'] },
  );
}

/** 32-bit FNV-1a of a string. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A small seeded PRNG (mulberry32) returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
