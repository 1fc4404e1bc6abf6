/**
 * Label drawing for sigma: text with a white halo so it stays readable over
 * edges, versions and families in bold, and a hover card. Labels are drawn on
 * a canvas (fillText), so markup in a label is just characters.
 *
 * LabelPlacer keeps labels from overlapping (used in the timeline, where a
 * date's nodes sit a row apart): it collects the labels sigma draws in a
 * frame and draws them after it, most important first, skipping any that
 * would overlap one already drawn.
 */
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { clipLabel, isBoldKind } from './model.js';

type Data = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { kind?: unknown; key?: string; labelRank?: number };

function font(data: Data, settings: Settings): { size: number; css: string } {
  const bold = isBoldKind(data.kind);
  const size = bold ? settings.labelSize + 1 : settings.labelSize;
  return { size, css: `${bold ? '650' : settings.labelWeight} ${size}px ${settings.labelFont}` };
}

export function drawLabel(ctx: CanvasRenderingContext2D, data: Data, settings: Settings): void {
  if (!data.label) return;
  const { size, css } = font(data, settings);
  const text = clipLabel(data.label);
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  ctx.font = css;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3.5;
  ctx.strokeStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = settings.labelColor.color ?? '#1e293b';
  ctx.fillText(text, x, y);
}

export function drawHover(ctx: CanvasRenderingContext2D, data: Data, settings: Settings): void {
  const { size, css } = font(data, settings);
  ctx.font = css;
  const text = data.label ? clipLabel(data.label) : '';
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
    ctx.fillStyle = '#0f172a';
    ctx.fillText(text, data.x + data.size + 4, data.y + size / 3);
  }
}

/** A drawn label's box in viewport pixels (text and halo). */
export interface PlacedLabel {
  key: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Pending {
  ctx: CanvasRenderingContext2D;
  data: Data;
  settings: Settings;
}

const CELL = 64;

/**
 * Draws a frame's labels without overlaps. Sigma calls `draw` for each label
 * it picked (its label grid, then forced labels) between its `beforeRender`
 * (`begin`) and `afterRender` (`flush`) events; flush draws them in priority
 * order (highlighted, forced, higher z-index, higher `labelRank` (else the
 * bigger node), then id, so the
 * result does not depend on sigma's order) and skips a label whose box meets
 * one already drawn. Disabled, labels are drawn at once, as sigma asks.
 */
export class LabelPlacer {
  enabled = false;
  /** The labels drawn in the last frame while enabled. */
  placed: PlacedLabel[] = [];
  private pending: Pending[] = [];
  private widths = new Map<string, number>();

  readonly draw = (ctx: CanvasRenderingContext2D, data: Data, settings: Settings): void => {
    if (!this.enabled) {
      drawLabel(ctx, data, settings);
      return;
    }
    if (data.label) this.pending.push({ ctx, data, settings });
  };

  begin(): void {
    this.pending = [];
  }

  flush(): void {
    if (!this.enabled) {
      this.pending = [];
      this.placed = [];
      return;
    }
    const rank = (d: Data) => (d.highlighted ? 0 : 2) + (d.forceLabel ? 0 : 1);
    const todo = this.pending.sort(
      ({ data: a }, { data: b }) =>
        rank(a) - rank(b) ||
        (b.zIndex ?? 0) - (a.zIndex ?? 0) ||
        (b.labelRank ?? b.size) - (a.labelRank ?? a.size) ||
        ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0),
    );
    this.pending = [];
    const placed: PlacedLabel[] = [];
    const grid = new Map<number, PlacedLabel[]>();
    const cells = (b: PlacedLabel, add: boolean): PlacedLabel[] => {
      const hits: PlacedLabel[] = [];
      for (let i = Math.floor(b.x0 / CELL); i <= Math.floor(b.x1 / CELL); i++) {
        for (let j = Math.floor(b.y0 / CELL); j <= Math.floor(b.y1 / CELL); j++) {
          const k = i * 65_536 + j;
          const list = grid.get(k);
          if (add) {
            if (list) list.push(b);
            else grid.set(k, [b]);
          } else if (list) hits.push(...list);
        }
      }
      return hits;
    };
    for (const { ctx, data, settings } of todo) {
      const b = this.box(ctx, data, settings);
      if (cells(b, false).some((o) => o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1)) continue;
      cells(b, true);
      placed.push(b);
      drawLabel(ctx, data, settings);
    }
    this.placed = placed;
  }

  private box(ctx: CanvasRenderingContext2D, data: Data, settings: Settings): PlacedLabel {
    const { size, css } = font(data, settings);
    const text = clipLabel(data.label!);
    const k = `${css}\n${text}`;
    let w = this.widths.get(k);
    if (w === undefined) {
      ctx.font = css;
      w = ctx.measureText(text).width;
      if (this.widths.size > 20_000) this.widths.clear();
      this.widths.set(k, w);
    }
    // drawLabel's text (baseline at y + size/3: ascent and descent about 0.76 and 0.24 em) and its 3.5 px halo.
    const x0 = data.x + data.size + 4 - 1.75;
    const base = data.y + size / 3;
    return { key: data.key ?? '', x0, x1: x0 + w + 3.5, y0: base - size * 0.76 - 1.75, y1: base + size * 0.24 + 1.75 };
  }
}
