/**
 * The timeline layout, the way evolution trees are drawn: x is the date a
 * node joins the graph, releases (versions, sub-models) in one lane per
 * family and every other kind in a lane of its own. One implementation for
 * `--layout timeline` (Node, label widths estimated from the label font) and
 * the viewer's Timeline (label widths measured by the browser): label widths
 * and node radii are inputs. Browser-safe; deterministic (only ids, dates,
 * degrees, sizes and label widths decide, never the order of the nodes).
 *
 * Geometry, in graph units, for a reading scale of TIMELINE_PX CSS pixels
 * per unit: there a row is a label height apart and the columns of a crowded
 * date leave room for their labels.
 */
import type AbstractGraph from 'graphology-types';
import { cmp, isRelease, KIND_NAMES, KINDS } from '../vocabulary/index.js';
import { estimateLabelWidth, isBoldKind, LABEL_FONT, labelTexts, timelineRadius } from './metrics.js';

/** CSS pixels per graph unit at the reading scale. */
export const TIMELINE_PX = 3;
const RATE = 8; // x per month from the first release on
const RATE_BEFORE = 0.6; // x per month before it (old papers)
const ROW = 6; // y between rows (18 px at the reading scale: a label's box and a gap)
const ROWS_MAX = 9; // rows before a date's nodes wrap into another column
const BLOCK_SHAPE = 8; // a block of n nodes has about √(8n) rows
const MIN_DX = 3; // x two nodes in one row keep apart
const GAP_PX = 10; // between the end of a label and the next node in its row
/**
 * Node radius at the reading scale over the radius at camera ratio 1. The
 * reading scale is closer than the fitted view (ratio 0.52 for the Qwen data
 * in a 730 × 680 pane) and sigma grows nodes by 1/√ratio (1.39 there); 1.6
 * covers ratios down to 0.39.
 */
const READ_GROWTH = 1.6;
const LANE_GAP = 5;

/** What the timeline reads of a node. */
export interface TimelineNode {
  kind: string;
  /** YYYY-MM-DD, or '' for an undated node (drawn left of everything). */
  since: string;
  family?: unknown;
  size: number;
  label?: unknown;
  labels?: unknown;
  display?: unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: any graph whose nodes carry TimelineNode's attributes (the built graph, the viewer's).
export type TimelineGraph = AbstractGraph<TimelineNode, any, any>;

/** Inputs of the layout, in CSS pixels; both default to what Node can know. */
export interface TimelineOptions {
  /** Width of the node's widest label (any language) as drawn; default: estimated from the label font. */
  labelWidth?: (id: string, a: TimelineNode) => number;
  /** Radius of the node as drawn at camera ratio 1; default: timelineRadius of its kind and size. */
  radius?: (id: string, a: TimelineNode) => number;
}

/** A horizontal band: a family's releases, or one kind. */
export interface Lane {
  /** `family:<id>` or `kind:<kind>`. */
  key: string;
  /** English label; the viewer localises with `labels`. */
  label: string;
  labels: Record<string, string>;
  /** Vertical extent in graph units (top > bottom: y grows upwards). */
  top: number;
  bottom: number;
}

/** A rectangle in graph units (y grows upwards: y1 > y0). */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The laid-out timeline. */
export interface Timeline {
  positions: Map<string, { x: number; y: number }>;
  lanes: Lane[];
  /** x of a (fractional) month number; increasing. */
  xOfMonth: (month: number) => number;
  /** First and last month with a dated node. */
  min: number;
  max: number;
  /** x of undated nodes (left of everything). */
  undatedX: number;
  /** Where each node's label is drawn at the reading scale (see timelineLabelBox). */
  labelBox: (id: string) => Box;
  /** Each node's radius at the reading scale, in graph units. */
  readRadius: (id: string) => number;
}

/** The lane a node goes in: releases by family, everything else by kind. */
export const timelineLane = (a: Pick<TimelineNode, 'kind' | 'family'>): string =>
  isRelease(a.kind) ? `family:${typeof a.family === 'string' ? a.family : ''}` : `kind:${a.kind}`;

/** Month number of a day or month (`2023-12` → 2023·12 + 11). */
export function monthIndex(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  return y * 12 + (m - 1);
}

/** Month number with the day as a fraction (`2024-06-16` → 2024·12 + 5.48). */
export function monthFloat(day: string): number {
  return monthIndex(day) + (day.length >= 10 ? (Number(day.slice(8, 10)) - 1) / 31 : 0);
}

/** The widest label of a node as estimated from the label font (Node's default label width). */
export const estimatedLabelWidth = (_id: string, a: TimelineNode): number =>
  Math.max(0, ...labelTexts(a).map((t) => estimateLabelWidth(t, isBoldKind(a.kind))));

/** Lane order: family lanes by their first date (then id), then kinds in vocabulary order, unknown kinds A→Z. */
function laneOrder(graph: TimelineGraph, byLane: Map<string, string[]>): string[] {
  const first = (k: string) =>
    byLane
      .get(k)!
      .map((id) => graph.getNodeAttribute(id, 'since') || '9999')
      .sort(cmp)[0]!;
  const families = [...byLane.keys()].filter((k) => k.startsWith('family:'));
  families.sort((a, b) => cmp(first(a), first(b)) || cmp(a, b));
  const rank = (k: string) => {
    const i = KIND_NAMES.indexOf(k.slice(5) as never);
    return i < 0 ? KIND_NAMES.length : i;
  };
  const kinds = [...byLane.keys()].filter((k) => k.startsWith('kind:')).sort((a, b) => rank(a) - rank(b) || cmp(a, b));
  return [...families, ...kinds];
}

function laneLabel(graph: TimelineGraph, key: string): { label: string; labels: Record<string, string> } {
  const name = key.slice(key.indexOf(':') + 1);
  if (key.startsWith('family:')) {
    if (!name || !graph.hasNode(name)) return { label: name || 'Releases', labels: {} };
    const a = graph.getNodeAttributes(name);
    const labels: Record<string, string> = {};
    if (a.labels && typeof a.labels === 'object')
      for (const [k, v] of Object.entries(a.labels as Record<string, unknown>)) if (typeof v === 'string') labels[k] = v;
    // The family's own label (not its display name: the lane says it is a family).
    return { label: typeof a.label === 'string' && a.label ? a.label : name, labels };
  }
  if (Object.hasOwn(KINDS, name)) {
    const spec = KINDS[name as keyof typeof KINDS];
    return { label: spec.label.en, labels: { ...spec.label } };
  }
  return { label: name, labels: {} };
}

interface Block {
  /** Node ids per column, top row first. */
  columns: string[][];
  /** x of each column from the date's anchor. */
  offsets: number[];
  /** From the anchor to the end of the last column's labels (and a gap). */
  width: number;
}

/**
 * Lays the graph out as a timeline. Nodes that share lane and date stack in
 * rows a label height apart (a node apart in lanes of bigger nodes:
 * releases); more than ROWS_MAX make a block of about √(8n) rows and as many
 * columns as needed, each as wide as its longest label (shortest labels
 * first), so at the reading scale no label of a block meets another or a node
 * of the block. The lane's next date moves right past the block's labels, and
 * the axis with it (later dates keep their spacing), so order is always date
 * order. A node of a later date takes the first row whose last label has
 * ended (ROWS_MAX rows at most, then the row that ends first: the viewer's
 * label placer leaves out what would still overlap). Time before the first
 * release (old papers) is compressed.
 */
export function timelineLayout(graph: TimelineGraph, options: TimelineOptions = {}): Timeline {
  const labelWidth = options.labelWidth ?? estimatedLabelWidth;
  const radiusPx = options.radius ?? ((_id: string, a: TimelineNode) => timelineRadius(a.kind, Number.isFinite(a.size) ? a.size : 0));
  const byLane = new Map<string, string[]>();
  const radius = new Map<string, number>();
  const reaches = new Map<string, number>();
  const releases: string[] = [];
  graph.forEachNode((id, a) => {
    const k = timelineLane(a);
    (byLane.get(k) ?? byLane.set(k, []).get(k)!).push(id);
    if (isRelease(a.kind) && a.since) releases.push(a.since);
    const r = (radiusPx(id, a) * READ_GROWTH) / TIMELINE_PX;
    radius.set(id, r);
    // From the node's centre to the end of its label: 4 px right of the node, the label's width.
    reaches.set(id, r + (4 + labelWidth(id, a)) / TIMELINE_PX);
  });
  releases.sort(cmp);
  const order = laneOrder(graph, byLane);
  const r = (id: string) => radius.get(id)!;
  const reach = (id: string) => reaches.get(id)!;
  const gap = GAP_PX / TIMELINE_PX;
  const degree = (id: string) => graph.degree(id);
  const byDegree = (p: string, q: string) => degree(q) - degree(p) || cmp(p, q);

  // Per lane, nodes by date; crowded dates as blocks of columns.
  const byDate = new Map<string, Map<string, string[]>>(); // lane → day → ids
  const dates = new Set<string>();
  for (const lane of order) {
    const m = new Map<string, string[]>();
    for (const id of byLane.get(lane)!) {
      const d = graph.getNodeAttribute(id, 'since') || '';
      (m.get(d) ?? m.set(d, []).get(d)!).push(id);
      if (d) dates.add(d);
    }
    for (const ids of m.values()) ids.sort(byDegree);
    byDate.set(lane, m);
  }
  const blocks = new Map<string, Block>(); // `${lane}\n${date}`
  for (const lane of order) {
    for (const [d, ids] of byDate.get(lane)!) {
      if (ids.length <= ROWS_MAX) continue;
      // Taller than ROWS_MAX as blocks grow (33 nodes: 2 columns of 17), so they do not grow only sideways.
      const cols = Math.ceil(ids.length / Math.max(ROWS_MAX, Math.ceil(Math.sqrt(ids.length * BLOCK_SHAPE))));
      const rows = Math.ceil(ids.length / cols);
      // Shortest labels in the first column, so each column is only as wide as it must be.
      const byWidth = [...ids].sort((p, q) => reach(p) - reach(q) || cmp(p, q));
      const columns: string[][] = [];
      for (let c = 0; c < cols; c++) columns.push(byWidth.slice(c * rows, (c + 1) * rows).sort(byDegree));
      const widest = (col: string[], f: (id: string) => number) => col.reduce((m, id) => Math.max(m, f(id)), 0);
      const offsets = [0];
      for (let c = 1; c < cols; c++) offsets.push(offsets[c - 1]! + widest(columns[c - 1]!, reach) + gap + widest(columns[c]!, r));
      const last = cols - 1;
      blocks.set(`${lane}\n${d}`, { columns, offsets, width: offsets[last]! + widest(columns[last]!, reach) + gap });
    }
  }

  // Anchor x per date: the linear time scale, shifted right when a lane's next date would fall inside
  // that lane's last block (its columns and their labels); later dates keep their spacing.
  const sorted = [...dates].sort(cmp);
  const pivot = releases.length ? monthFloat(releases[0]!) : sorted.length ? monthFloat(sorted[0]!) : 0;
  const base = (m: number) => (m < pivot ? (m - pivot) * RATE_BEFORE : (m - pivot) * RATE);
  const anchors: { m: number; x: number }[] = [];
  const laneEnd = new Map<string, number>();
  let prevEnd = -Infinity;
  let shift = 0;
  for (const d of sorted) {
    const m = monthFloat(d);
    const prev = anchors[anchors.length - 1];
    let x = Math.max(base(m) + shift, prev ? prev.x + (m < pivot ? 0.4 : 1.5) : -Infinity);
    for (const lane of order) if (byDate.get(lane)!.has(d)) x = Math.max(x, laneEnd.get(lane) ?? -Infinity);
    shift = x - base(m);
    anchors.push({ m, x });
    for (const lane of order) {
      const b = blocks.get(`${lane}\n${d}`);
      if (!b) continue;
      laneEnd.set(lane, x + b.width);
      prevEnd = Math.max(prevEnd, x + b.width);
    }
  }
  const xOfMonth = (m: number): number => {
    if (!anchors.length) return base(m);
    if (m <= anchors[0]!.m) return anchors[0]!.x - (anchors[0]!.m - m) * (m < pivot ? RATE_BEFORE : RATE);
    for (let i = 1; i < anchors.length; i++) {
      const a = anchors[i - 1]!;
      const b = anchors[i]!;
      if (m <= b.m) return b.m === a.m ? b.x : a.x + ((m - a.m) / (b.m - a.m)) * (b.x - a.x);
    }
    const last = anchors[anchors.length - 1]!;
    return Math.max(last.x + (m - last.m) * RATE, prevEnd + (m - last.m) * RATE);
  };
  const anchorX = new Map(sorted.map((d, i) => [d, anchors[i]!.x]));
  let undatedWidth = 0;
  for (const lane of order) undatedWidth = Math.max(undatedWidth, blocks.get(`${lane}\n`)?.width ?? 0);
  const undatedX = (anchors[0]?.x ?? 0) - Math.max(18, undatedWidth);

  const positions = new Map<string, { x: number; y: number }>();
  const lanes: Lane[] = [];
  let edge: number | null = null; // the bottom edge of the lane above
  for (const key of order) {
    // Rows a label apart, or a node apart where nodes are bigger (releases).
    let maxR = 0;
    for (const id of byLane.get(key)!) maxR = Math.max(maxR, r(id));
    const pitch = Math.max(ROW, 2 * maxR + 2 / TIMELINE_PX);
    const pad = Math.max(ROW * 0.9, maxR + 2 / TIMELINE_PX);
    const top: number = edge === null ? 0 : edge - LANE_GAP - pad;
    // Rows of the lane, each with the x of its last node and where that node's label ends.
    const lastX: number[] = [];
    const lastEnd: number[] = [];
    const place = (id: string, x: number, row: number) => {
      while (lastX.length <= row) {
        lastX.push(-Infinity);
        lastEnd.push(-Infinity);
      }
      lastX[row] = Math.max(lastX[row]!, x);
      lastEnd[row] = Math.max(lastEnd[row]!, x + reach(id));
      positions.set(id, { x, y: top - row * pitch });
    };
    const days = [...byDate.get(key)!.keys()].sort(cmp);
    for (const d of days) {
      const ids = byDate.get(key)!.get(d)!;
      const x0 = d ? anchorX.get(d)! : undatedX;
      const block = blocks.get(`${key}\n${d}`);
      if (block) {
        for (const [c, col] of block.columns.entries()) for (const [row, id] of col.entries()) place(id, x0 + block.offsets[c]!, row);
        continue;
      }
      const taken = new Set<number>();
      for (const id of ids) {
        // The first row whose last label has ended; else a new row (up to ROWS_MAX);
        // else the row whose label ends first (the label placer leaves out a label that would overlap).
        const rows = Math.max(ROWS_MAX, lastX.length);
        let row = -1;
        for (let k = 0; k < rows && row < 0; k++) if (!taken.has(k) && (k >= lastX.length || lastEnd[k]! + gap <= x0 - r(id))) row = k;
        if (row < 0) {
          let best = Infinity;
          for (let k = 0; k < rows; k++) {
            if (taken.has(k) || x0 - lastX[k]! < MIN_DX) continue;
            if (lastEnd[k]! < best) [best, row] = [lastEnd[k]!, k];
          }
        }
        if (row < 0) row = Math.max(rows, lastX.length);
        taken.add(row);
        place(id, x0, row);
      }
    }
    const rows = Math.max(2, lastX.length);
    const bottom: number = top - (rows - 1) * pitch;
    lanes.push({ key, ...laneLabel(graph, key), top: top + pad, bottom: bottom - pad });
    edge = bottom - pad;
  }
  const range = sorted.length ? { min: monthIndex(sorted[0]!), max: monthIndex(sorted[sorted.length - 1]!) } : { min: 0, max: 0 };
  const half = LABEL_FONT.boxHeight / 2 / TIMELINE_PX;
  const labelBox = (id: string): Box => {
    const p = positions.get(id)!;
    const x0 = p.x + r(id) + 4 / TIMELINE_PX;
    return { x0, x1: p.x + reach(id), y0: p.y - half, y1: p.y + half };
  };
  return { positions, lanes, xOfMonth, min: range.min, max: range.max, undatedX, labelBox, readRadius: r };
}
