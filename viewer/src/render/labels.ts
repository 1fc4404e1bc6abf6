/**
 * Label drawing for sigma: node labels with a white halo (releases and
 * families bold), a hover card, and edge labels on a white pill. Labels are
 * drawn on a canvas (fillText), so markup in a label is just characters.
 *
 * LabelPlacer keeps labels apart in every view: sigma offers the labels of a
 * frame (its label grid, then forced labels) between `beforeRender` (begin)
 * and `afterRender` (flush); flush draws them most important first and skips
 * any whose box would meet one already drawn or lie on a release's or a
 * family's disc (it would read as that node's name). A label goes right of
 * its node (in the tree: below it, wrapped), or, for a release or a family,
 * left when the right would leave the canvas or cover a release; a
 * highlighted node's label stays right, where sigma's hover card writes it,
 * and no other label lies under that card's disc; a label that does not fit
 * is not drawn, so every drawn label lies inside the canvas. Relation pills come after, where they meet nothing.
 */
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData, PartialButFor } from 'sigma/types';
import { clipLabel, isBoldKind } from '../../../src/layout/index.js';
import { labelFont, measureLabel, measureText, SETTINGS } from '../settings.js';

/** Where a label goes: right of its node, left of it, or (the tree) below it, wrapped. */
export type LabelSide = 'right' | 'left' | 'below';

type Data = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & {
  kind?: unknown;
  key?: string;
  labelRank?: number;
  /** Set by the renderer in the tree: labels below their node, wrapped. */
  labelBelow?: boolean;
};

/** A drawn label's box in viewport pixels (text and halo). */
export interface PlacedLabel {
  key: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The text as drawn (lines joined by spaces), its lines with where each starts, their baselines, and the CSS font (for the SVG export). */
  text: string;
  lines: { text: string; x: number; baseline: number }[];
  font: string;
}

/**
 * The lines of a label below its node: clipped, wrapped to SETTINGS.label.wrapWidth at spaces (dropped) or
 * after hyphens (kept: `DeepSeek-R1-` / `Distill-Llama`). joinLines puts them back together.
 */
export function wrapLabel(text: string, kind: unknown): string[] {
  const words = clipLabel(text).split(/(?<=-)|(?= )/);
  const lines: string[] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measureLabel(`${last}${w}`, kind) <= SETTINGS.label.wrapWidth) lines[lines.length - 1] = `${last}${w}`;
    else lines.push(last === undefined ? w : w.replace(/^ /, ''));
  }
  return lines;
}

/** A wrapped label's text: lines ending in a hyphen join as they are, the others with a space. */
export const joinLines = (lines: readonly string[]): string =>
  lines.reduce((s, l, i) => (i === 0 ? l : s.endsWith('-') ? s + l : `${s} ${l}`), '');

/** Where a node's label goes on a side: its box and its lines. `data` is in viewport pixels. */
export function layoutLabel(data: Data, side: LabelSide): PlacedLabel {
  const { size, css } = labelFont(data.kind);
  const halo = SETTINGS.label.haloWidth / 2;
  const gap = SETTINGS.label.gap;
  const text = clipLabel(data.label!);
  // A baseline sits 0.76 em below the top of its line and 0.24 em above the bottom.
  if (side === 'below') {
    const lineHeight = size + 2;
    const lines = wrapLabel(text, data.kind).map((t, i) => {
      const w = measureLabel(t, data.kind);
      return { text: t, x: data.x - w / 2, w, baseline: data.y + data.size + gap + size * 0.76 + i * lineHeight };
    });
    const x0 = Math.min(...lines.map((l) => l.x)) - halo;
    const x1 = Math.max(...lines.map((l) => l.x + l.w)) + halo;
    const y0 = data.y + data.size + gap - halo;
    return {
      key: data.key ?? '',
      x0,
      x1,
      y0,
      y1: lines[lines.length - 1]!.baseline + size * 0.24 + halo,
      text: joinLines(lines.map((l) => l.text)),
      lines: lines.map(({ w: _w, ...l }) => l),
      font: css,
    };
  }
  const w = measureLabel(text, data.kind);
  const x = side === 'right' ? data.x + data.size + gap : data.x - data.size - gap - w;
  const baseline = data.y + size / 3;
  return {
    key: data.key ?? '',
    x0: x - halo,
    x1: x + w + halo,
    y0: baseline - size * 0.76 - halo,
    y1: baseline + size * 0.24 + halo,
    text,
    lines: [{ text, x, baseline }],
    font: css,
  };
}

function drawText(ctx: CanvasRenderingContext2D, label: PlacedLabel): void {
  ctx.font = label.font;
  ctx.lineJoin = 'round';
  ctx.lineWidth = SETTINGS.label.haloWidth;
  ctx.strokeStyle = SETTINGS.label.halo;
  for (const l of label.lines) ctx.strokeText(l.text, l.x, l.baseline);
  ctx.fillStyle = SETTINGS.label.color;
  for (const l of label.lines) ctx.fillText(l.text, l.x, l.baseline);
}

/** Sigma's hover card: the node's label on a white card, over everything. */
export function drawHover(ctx: CanvasRenderingContext2D, data: Data, _settings: Settings): void {
  const { size, css } = labelFont(data.kind);
  ctx.font = css;
  // In the tree the label stays below the node (the placer draws it): the card is the ring alone.
  const text = data.label && !data.labelBelow ? clipLabel(data.label) : '';
  const pad = 4;
  const r = data.size + pad;
  ctx.save();
  ctx.shadowColor = 'rgba(15,23,42,0.28)';
  ctx.shadowBlur = 10;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  if (text) {
    const w = ctx.measureText(text).width;
    const h = size + 2 * pad + 2;
    ctx.roundRect(data.x - r, data.y - Math.max(r, h / 2), 2 * r + w + 8, Math.max(2 * r, h), Math.max(r, h / 2));
  } else ctx.arc(data.x, data.y, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  if (text) {
    ctx.fillStyle = SETTINGS.colors.hoverCard;
    ctx.fillText(text, data.x + data.size + SETTINGS.label.gap, data.y + size / 3);
  }
}

type EdgeData = PartialButFor<EdgeDisplayData, 'label' | 'color' | 'size'> & { curvature?: number; key?: string };
type End = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size'>;

/** Where along an edge a relation's pill may go: its middle first, then nearer either end. */
const EDGE_SPOTS = [0.5, 0.38, 0.62, 0.28, 0.72];

/**
 * The pill of an edge's relation at `t` along the edge (0 at the source): a
 * point of the straight line, or of the curve (a quadratic Bézier whose
 * control point is off the middle by `curvature` times the edge's length, to
 * the right of its direction on screen: @sigma/edge-curve's).
 */
function edgePill(edge: EdgeData, source: End, target: End, t: number, width: number): PlacedLabel & { cx: number; cy: number } {
  const k = edge.curvature ?? 0;
  const cx = (source.x + target.x) / 2 + (target.y - source.y) * k;
  const cy = (source.y + target.y) / 2 - (target.x - source.x) * k;
  const u = 1 - t;
  const x = u * u * source.x + 2 * u * t * cx + t * t * target.x;
  const y = u * u * source.y + 2 * u * t * cy + t * t * target.y;
  const h = SETTINGS.edgeLabel.size + 6;
  const text = clipLabel(edge.label!);
  return {
    key: `edge:${edge.key ?? ''}`,
    x0: x - width / 2 - 5,
    x1: x + width / 2 + 5,
    y0: y - h / 2,
    y1: y + h / 2,
    text,
    lines: [{ text, x: x - width / 2, baseline: y }],
    font: '',
    cx: x,
    cy: y,
  };
}

function drawPill(ctx: CanvasRenderingContext2D, pill: PlacedLabel, font: string): void {
  const E = SETTINGS.edgeLabel;
  const h = pill.y1 - pill.y0;
  ctx.fillStyle = E.background;
  ctx.strokeStyle = E.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(pill.x0, pill.y0, pill.x1 - pill.x0, h, h / 2);
  ctx.fill();
  ctx.stroke();
  ctx.font = font;
  ctx.fillStyle = E.color;
  ctx.textBaseline = 'middle';
  ctx.fillText(pill.text, pill.lines[0]!.x, pill.lines[0]!.baseline + 0.5);
  ctx.textBaseline = 'alphabetic';
}

interface PendingEdge {
  ctx: CanvasRenderingContext2D;
  edge: EdgeData;
  source: End;
  target: End;
  font: string;
}

interface Pending {
  ctx: CanvasRenderingContext2D;
  data: Data;
}

const CELL = 64;
/** Releases and families first, then techniques, then the rest. */
const kindRank = (kind: unknown): number => (isBoldKind(kind) ? 0 : kind === 'technique' ? 1 : 2);

/** Draws a frame's labels without overlaps, inside the canvas (see the file header). */
export class LabelPlacer {
  /** The node labels drawn in the last frame. */
  placed: PlacedLabel[] = [];
  /** The relation pills drawn in the last frame. */
  placedEdges: PlacedLabel[] = [];
  private pendingEdges: PendingEdge[] = [];
  /** The canvas's size in CSS pixels (labels must fit inside). */
  bounds = { width: Infinity, height: Infinity };
  private pending: Pending[] = [];

  readonly draw = (ctx: CanvasRenderingContext2D, data: Data, _settings: Settings): void => {
    if (data.label) this.pending.push({ ctx, data });
  };

  /**
   * Sigma's edge label hook: a lit edge's relation, level, on a white pill, on
   * the edge label layer (moved above the nodes, so dimmed nodes never hide
   * it), placed after the node labels where it meets none of them.
   */
  readonly drawEdge = (ctx: CanvasRenderingContext2D, edge: EdgeData, source: End, target: End, settings: Settings): void => {
    if (edge.label)
      this.pendingEdges.push({
        ctx,
        edge,
        source,
        target,
        font: `${SETTINGS.edgeLabel.weight} ${SETTINGS.edgeLabel.size}px ${settings.edgeLabelFont}`,
      });
  };

  begin(): void {
    this.pending = [];
    this.pendingEdges = [];
  }

  /**
   * Draws the pending labels in priority order: highlighted, forced, releases
   * and families, higher z-index, higher `labelRank` (else the bigger node),
   * then id, so the result does not depend on sigma's order.
   */
  flush(): void {
    const rank = (d: Data) => (d.highlighted ? 0 : 2) + (d.forceLabel ? 0 : 1);
    const todo = this.pending.sort(
      ({ data: a }, { data: b }) =>
        rank(a) - rank(b) ||
        kindRank(a.kind) - kindRank(b.kind) ||
        (b.zIndex ?? 0) - (a.zIndex ?? 0) ||
        (b.labelRank ?? b.size) - (a.labelRank ?? a.size) ||
        ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0),
    );
    this.pending = [];
    const placed: PlacedLabel[] = [];
    const grid = new Map<number, PlacedLabel[]>();
    const keys = (b: PlacedLabel): number[] => {
      const out: number[] = [];
      for (let i = Math.floor(b.x0 / CELL); i <= Math.floor(b.x1 / CELL); i++)
        for (let j = Math.floor(b.y0 / CELL); j <= Math.floor(b.y1 / CELL); j++) out.push(i * 65_536 + j);
      return out;
    };
    // The discs of the releases and families whose labels are offered: no label lies on one of them, where it
    // would read as that node's name.
    const discGrid = new Map<number, { key: string; x0: number; x1: number; y0: number; y1: number }[]>();
    for (const { data } of todo) {
      if (!isBoldKind(data.kind) && !data.highlighted) continue;
      // The disc's core: a label may graze its rim, not reach in.
      // A highlighted node is drawn above the labels, on its white card: all of it is kept clear.
      const r = data.highlighted ? data.size + 4 : data.size * 0.6;
      const disc = { key: data.key ?? '', x0: data.x - r, x1: data.x + r, y0: data.y - r, y1: data.y + r, text: '', lines: [], font: '' };
      for (const k of keys(disc)) (discGrid.get(k) ?? discGrid.set(k, []).get(k)!).push(disc);
    }
    const coversDisc = (b: PlacedLabel, own: string | undefined): boolean => {
      for (const k of keys(b))
        for (const o of discGrid.get(k) ?? []) if (o.key !== own && o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1) return true;
      return false;
    };
    const inside = (b: PlacedLabel): boolean => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= this.bounds.width && b.y1 <= this.bounds.height;
    const free = (b: PlacedLabel): boolean => {
      if (!inside(b)) return false;
      for (const k of keys(b))
        for (const o of grid.get(k) ?? []) if (o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1) return false;
      return true;
    };
    for (const { ctx, data } of todo) {
      // Right of the node; left only for a label that must show (a release, a family) where the
      // right side would leave the canvas or lie on a release. Never to dodge another label: the layouts leave
      // room on the right, and a label moved left would take another's place.
      // A highlighted node's label stays right of it, where sigma's hover card writes it too (a label moved left
      // would read twice); the card lies over the discs there.
      let choice = layoutLabel(data, data.labelBelow ? 'below' : 'right');
      if (!data.labelBelow && !data.highlighted && (!inside(choice) || coversDisc(choice, data.key)) && isBoldKind(data.kind))
        choice = layoutLabel(data, 'left');
      if (!free(choice) || (!data.highlighted && coversDisc(choice, data.key))) continue;
      // A highlighted node's card (its disc and its label) is kept clear of the labels and pills placed after it.
      const r = data.size + 4;
      const taken = data.highlighted
        ? { ...choice, x0: Math.min(choice.x0, data.x - r), y0: Math.min(choice.y0, data.y - r), y1: Math.max(choice.y1, data.y + r) }
        : choice;
      for (const k of keys(taken)) (grid.get(k) ?? grid.set(k, []).get(k)!).push(taken);
      placed.push(choice);
      drawText(ctx, choice);
    }
    this.placed = placed;
    // Relations after the node labels, each at the first spot along its edge where it meets nothing drawn.
    const edges = this.pendingEdges.sort((a, b) => ((a.edge.key ?? '') < (b.edge.key ?? '') ? -1 : 1));
    this.pendingEdges = [];
    const pills: PlacedLabel[] = [];
    for (const { ctx, edge, source, target, font } of edges) {
      const width = measureText(clipLabel(edge.label!), font);
      const pill = EDGE_SPOTS.map((t) => edgePill(edge, source, target, t, width)).find(free);
      if (!pill) continue;
      for (const k of keys(pill)) (grid.get(k) ?? grid.set(k, []).get(k)!).push(pill);
      pills.push(pill);
      drawPill(ctx, pill, font);
    }
    this.placedEdges = pills;
  }
}
