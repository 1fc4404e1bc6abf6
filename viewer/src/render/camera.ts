/**
 * The camera's two geometric jobs: where the fitted view is (the visible nodes
 * and the labels they always show, with room to spare), and how parallel
 * edges bend apart. Pure over sigma's framed coordinates; no drawing.
 */
import type { CameraState, NodeDisplayData } from 'sigma/types';
import { isBoldKind } from '../../../src/layout/index.js';
import type { ViewGraph } from '../model/normalise.js';
import { SETTINGS } from '../settings.js';
import { layoutLabel } from './labels.js';
import type { Scene, ViewSigma } from './scene.js';

/** How far parallel edges bend apart: the control point's offset over the edge's length, per step. */
const CURVE_STEP = 0.22;

/**
 * Curvature of each edge that shares its two ends with another (either
 * direction): spread evenly on both sides of the straight line, the middle
 * one straight when their number is odd. Edges alone between two nodes are
 * left out (straight). Keyed by Map, never by object: ids may be any string.
 */
export function parallelCurvatures(graph: ViewGraph): Map<string, number> {
  const byPair = new Map<string, { edge: string; flip: boolean }[]>();
  graph.forEachEdge((edge, _a, s, t) => {
    const flip = t < s;
    const key = flip ? `${t}\u0000${s}` : `${s}\u0000${t}`;
    (byPair.get(key) ?? byPair.set(key, []).get(key)!).push({ edge, flip });
  });
  const out = new Map<string, number>();
  for (const edges of byPair.values()) {
    if (edges.length < 2) continue;
    edges.sort((a, b) => (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
    edges.forEach(({ edge, flip }, i) => {
      // The bend is relative to the edge's own direction: an edge drawn the other way bends the other way.
      const k = (i - (edges.length - 1) / 2) * CURVE_STEP;
      if (k) out.set(edge, flip ? -k : k);
    });
  }
  return out;
}

/**
 * Frames the visible nodes and the labels they always show (releases,
 * families, the selection; every label in the tree), with
 * SETTINGS.fitPadding to spare: a camera on the visible nodes, then zoomed
 * out until their labels fit too (labels keep their pixel size while the
 * graph scales, so a few rounds converge). Works in sigma's
 * framed coordinates, so hidden nodes (outside a tree, filtered out) do not
 * count.
 */
export function fittedCamera(sigma: ViewSigma, graph: ViewGraph, s: Scene): CameraState | null {
  const camera = sigma.getCamera();
  const shown: { id: string; d: NodeDisplayData }[] = [];
  for (const id of s.vis.nodes) {
    const d = sigma.getNodeDisplayData(id);
    if (d && !d.hidden) shown.push({ id, d });
  }
  if (!shown.length) return null;
  let fx0 = Infinity;
  let fx1 = -Infinity;
  let fy0 = Infinity;
  let fy1 = -Infinity;
  let maxSize = 0;
  for (const { d } of shown) {
    fx0 = Math.min(fx0, d.x);
    fx1 = Math.max(fx1, d.x);
    fy0 = Math.min(fy0, d.y);
    fy1 = Math.max(fy1, d.y);
    maxSize = Math.max(maxSize, d.size);
  }
  // The view maps framed coordinates linearly: the extreme corners bound every node (each padded by the largest disc).
  const corners = [
    { x: fx0, y: fy0 },
    { x: fx1, y: fy1 },
  ];
  const { width, height } = sigma.getDimensions();
  const pad = SETTINGS.fitPadding;
  const labelled = shown.filter(({ id, d }) => d.label && (s.layout === 'tree' || s.labelled.has(id) || id === s.selected));
  let state = { x: (fx0 + fx1) / 2, y: (fy0 + fy1) / 2, ratio: Math.max(fx1 - fx0, fy1 - fy0, 0.02) * 1.2, angle: 0 };
  for (let round = 0; round < 8; round++) {
    const opts = { cameraState: state };
    let u0 = Infinity;
    let u1 = -Infinity;
    let v0 = Infinity;
    let v1 = -Infinity;
    const r = sigma.scaleSize(maxSize, state.ratio);
    for (const c of corners) {
      const p = sigma.framedGraphToViewport(c, opts);
      u0 = Math.min(u0, p.x - r);
      u1 = Math.max(u1, p.x + r);
      v0 = Math.min(v0, p.y - r);
      v1 = Math.max(v1, p.y + r);
    }
    // Room for the labels: below their nodes in the tree; elsewhere right of them, or (a release's, a family's)
    // left where that overhangs less: labels.ts moves such a label left when the right would leave the canvas
    // and the left covers no node.
    let right = 0;
    let left = 0;
    for (const { id, d } of labelled) {
      const p = sigma.framedGraphToViewport(d, opts);
      const kind = graph.getNodeAttribute(id, 'kind');
      const at = { ...p, size: sigma.scaleSize(d.size, state.ratio), label: d.label, kind, color: d.color };
      const r = layoutLabel(at, s.layout === 'tree' ? 'below' : 'right');
      v0 = Math.min(v0, r.y0);
      v1 = Math.max(v1, r.y1);
      if (s.layout === 'tree' || !isBoldKind(kind)) {
        u0 = Math.min(u0, r.x0);
        u1 = Math.max(u1, r.x1);
        continue;
      }
      right = Math.max(right, r.x1 - u1);
      left = Math.max(left, u0 - layoutLabel(at, 'left').x0);
    }
    if (right <= left) u1 += Math.max(0, right);
    else u0 -= Math.max(0, left);
    const scale = Math.max((u1 - u0) / Math.max(1, width - 2 * pad), (v1 - v0) / Math.max(1, height - 2 * pad), 1e-3);
    // Back to framed coordinates through the two corners (the view maps each axis linearly).
    const [a, b] = corners.map((c) => sigma.framedGraphToViewport(c, opts)) as [{ x: number; y: number }, { x: number; y: number }];
    const back = (v: number, f0: number, f1: number, p0: number, p1: number, current: number) =>
      Math.abs(p1 - p0) > 1e-9 ? f0 + ((v - p0) * (f1 - f0)) / (p1 - p0) : current;
    const cx = back((u0 + u1) / 2, fx0, fx1, a.x, b.x, state.x);
    const cy = back((v0 + v1) / 2, fy0, fy1, a.y, b.y, state.y);
    state = { ...state, x: cx, y: cy, ratio: camera.getBoundedRatio(state.ratio * scale) };
    if (Math.abs(scale - 1) < 0.005) break;
  }
  // The tree is laid out in CSS pixels: never magnify it past TREE_ZOOM_MAX (a two-node tree would fill the stage).
  if (s.layout === 'tree' && shown.length > 1) {
    const [p, q] = [shown[0]!, shown[shown.length - 1]!];
    const [vp, vq] = [p, q].map(({ d }) => sigma.framedGraphToViewport(d, { cameraState: state })) as [
      { x: number; y: number },
      { x: number; y: number },
    ];
    const [gp, gq] = [p, q].map(({ id }) => graph.getNodeAttributes(id));
    const graphDistance = Math.hypot(gq!.x - gp!.x, gq!.y - gp!.y);
    const zoom = graphDistance > 1e-9 ? Math.hypot(vq.x - vp.x, vq.y - vp.y) / graphDistance : 1;
    if (zoom > TREE_ZOOM_MAX) state = { ...state, ratio: camera.getBoundedRatio((state.ratio * zoom) / TREE_ZOOM_MAX) };
  }
  return state;
}

/** The most the fitted view magnifies the tree's own pixels. */
const TREE_ZOOM_MAX = 1.25;
