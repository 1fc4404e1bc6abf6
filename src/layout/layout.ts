/**
 * Layout: positions every node. `fa2` runs ForceAtlas2 from seeded initial
 * positions (same graph, same seed → same coordinates); `timeline` puts x at
 * the date a node joins the graph and y in a lane per family (releases) or
 * kind (timeline.ts, the viewer's Timeline too); `none` keeps the seeded
 * start. Coordinates are rounded so exports are byte-stable.
 *
 * This file is browser-safe (the viewer imports the layout face): the
 * ForceAtlas2 runner, which needs Node (a worker thread), is loaded only when
 * `fa2` runs (fa2.ts; see FA2_RUNNER).
 */
import type { TechGraph } from '../graph/index.js';
import { type LayoutOptions, type LayoutSettings, resolveLayoutOptions } from './options.js';
import { type TimelineGraph, timelineLayout } from './timeline.js';

/** Iterations for `auto`: 500 on small graphs, fewer as they grow, never below 20. */
export function autoIterations(order: number): number {
  if (order <= 500) return 500;
  return Math.max(20, Math.round(500 * Math.sqrt(500 / order)));
}

/**
 * The ForceAtlas2 runner (fa2.ts), imported by a specifier bundlers do not
 * follow: it starts a Node worker thread, which a browser build must not
 * carry. Node resolves it next to this file.
 */
const FA2_RUNNER = './fa2.js';

/** What fa2.ts exports. */
interface Fa2Runner {
  forceAtlas2(graph: TechGraph, settings: LayoutSettings): Promise<void>;
}

/** Positions the graph's nodes in place (x, y attributes). Rejects with OptionsError (code INVALID_OPTION) on an invalid option, before touching the graph. */
export async function layout(graph: TechGraph, options: LayoutOptions = {}): Promise<void> {
  const o = resolveLayoutOptions(options);
  seedPositions(graph, o.seed);
  if (o.layout === 'fa2' && graph.order > 1) {
    const { forceAtlas2 } = (await import(/* @vite-ignore */ FA2_RUNNER)) as Fa2Runner;
    await forceAtlas2(graph, o);
  } else if (o.layout === 'timeline') {
    const { positions } = timelineLayout(graph as unknown as TimelineGraph);
    graph.updateEachNodeAttributes((id, a) => ({ ...a, ...positions.get(id)! }), { attributes: ['x', 'y'] });
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
