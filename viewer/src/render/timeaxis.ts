/**
 * The timeline layout's backdrop: lane bands with their names and a year /
 * quarter grid, drawn on a 2D canvas under sigma's layers and redrawn after
 * every sigma render so it pans and zooms with the graph.
 */
import type { Timeline } from '../../../src/layout/index.js';
import { monthName } from '../model/facets.js';
import { labelOf } from '../model/normalise.js';
import { fontFamilyOf } from '../settings.js';
import type { Lang } from '../state.js';
import type { ViewSigma } from './renderer.js';

export class TimeAxis {
  readonly canvas: HTMLCanvasElement;
  private timeline: Timeline | null = null;
  private lang: Lang = 'en';

  constructor(
    private sigma: ViewSigma,
    container: HTMLElement,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'tg-axis';
    Object.assign(this.canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', pointerEvents: 'none' });
    container.insertBefore(this.canvas, container.firstChild);
    sigma.on('afterRender', () => this.draw());
    sigma.on('resize', () => this.draw());
  }

  set(timeline: Timeline | null, lang: Lang): void {
    this.timeline = timeline;
    this.lang = lang;
    this.draw();
  }

  /** Draws onto the overlay (and returns it, for PNG export). */
  draw(): void {
    const { width, height } = this.sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const c = this.canvas;
    if (c.width !== Math.round(width * ratio) || c.height !== Math.round(height * ratio)) {
      c.width = Math.round(width * ratio);
      c.height = Math.round(height * ratio);
    }
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const tl = this.timeline;
    if (!tl) return;
    const toView = (x: number, y: number) => this.sigma.graphToViewport({ x, y });
    const font = fontFamilyOf();

    // Lane bands.
    tl.lanes.forEach((lane, i) => {
      const a = toView(0, lane.top);
      const b = toView(0, lane.bottom);
      const top = Math.min(a.y, b.y);
      const h = Math.abs(b.y - a.y);
      ctx.fillStyle = i % 2 ? 'rgba(241,245,249,0.55)' : 'rgba(226,232,240,0.35)';
      ctx.fillRect(0, top, width, h);
    });

    // Year lines (and quarters where there is room); labels along the top.
    const xAt = (m: number) => toView(tl.xOfMonth(m), 0).x;
    ctx.textBaseline = 'top';
    let lastLabel = -Infinity;
    for (let m = Math.floor(tl.min / 12) * 12; m <= tl.max + 12; m++) {
      const x = xAt(m);
      if (x < -50 || x > width + 50) continue;
      const month = ((m % 12) + 12) % 12;
      const year = Math.floor(m / 12);
      const roomy = xAt(m + 1) - x;
      if (month === 0) {
        ctx.strokeStyle = 'rgba(100,116,139,0.32)';
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(Math.round(x) + 0.5, 0);
        ctx.lineTo(Math.round(x) + 0.5, height);
        ctx.stroke();
        if (x - lastLabel > 36) {
          ctx.fillStyle = '#475569';
          ctx.font = `600 12px ${font}`;
          ctx.fillText(String(year), x + 4, 6);
          lastLabel = x;
        }
      } else if (month % 3 === 0 && roomy > 5) {
        ctx.strokeStyle = 'rgba(148,163,184,0.2)';
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(Math.round(x) + 0.5, 0);
        ctx.lineTo(Math.round(x) + 0.5, height);
        ctx.stroke();
        if (roomy > 12 && x - lastLabel > 36) {
          ctx.fillStyle = '#94a3b8';
          ctx.font = `11px ${font}`;
          ctx.fillText(monthName(month, this.lang), x + 4, 7);
          lastLabel = x;
        }
      }
    }

    // Lane names, pinned to the left edge.
    ctx.font = `600 11px ${font}`;
    ctx.textBaseline = 'top';
    for (const lane of tl.lanes) {
      const a = toView(0, lane.top);
      const b = toView(0, lane.bottom);
      const top = Math.min(a.y, b.y);
      if (top > height || Math.max(a.y, b.y) < 0) continue;
      const name = labelOf({ label: lane.label, labels: lane.labels }, this.lang).toUpperCase();
      const w = ctx.measureText(name).width;
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(6, Math.max(top, 0) + 4, w + 10, 17);
      ctx.fillStyle = '#64748b';
      ctx.fillText(name, 11, Math.max(top, 0) + 7);
    }
  }

  kill(): void {
    this.canvas.remove();
  }
}
