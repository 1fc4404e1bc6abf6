/**
 * The time bar: a month slider from the first release to the last dated
 * node, play/pause, and the releases marked above the track in their
 * family's colour. Release ticks never overlap, whatever their number:
 * releases closer than TICK_SPACING share one tick (groupTicks); tick labels are placed
 * left to right on two rows, each only where it fits whole inside the track
 * without meeting a label already placed; a tick without a label names its
 * releases on hover.
 * Years are marked below the track. Redrawn when the track is resized.
 */
import { monthFloat, monthIndex } from '../../../src/layout/index.js';
import type { Ctx } from '../context.js';
import { $, h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { monthKey, monthLabel, timeRange } from '../model/facets.js';
import { labelOf } from '../model/normalise.js';
import { fontFamilyOf, measureText } from '../settings.js';

const PLAY_MS = 450;
/** Two ticks' centres are at least this far apart (px): a 7 px dot, its 1.5 px ring each side, and a pixel. */
export const TICK_SPACING = 11;
/** Space kept between two labels of a row (px). */
const LABEL_GAP = 8;
const ROWS = 2;
const TICK_FONT = () => `600 11px ${fontFamilyOf()}`;

/** A tick: releases that share (about) one spot on the track. */
interface Tick {
  x: number;
  releases: { id: string; name: string; day: string; color: string; x: number }[];
}

/**
 * Groups points (px along the track, increasing) into ticks whose centres
 * (the mean of their points) are at least `spacing` apart, so no two dots
 * meet: a point closer than that to the last tick joins it, and a tick that
 * moved too close to the one before it is merged into it. Pure.
 */
export function groupTicks<T extends { x: number }>(points: readonly T[], spacing = TICK_SPACING): { x: number; items: T[] }[] {
  const out: { x: number; items: T[] }[] = [];
  const centre = (t: { items: T[] }) => t.items.reduce((s, p) => s + p.x, 0) / t.items.length;
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && p.x - last.x < spacing) {
      last.items.push(p);
      last.x = centre(last);
    } else out.push({ x: p.x, items: [p] });
    // A centre that moved left may now be too close to the tick before it.
    while (out.length > 1 && out[out.length - 1]!.x - out[out.length - 2]!.x < spacing) {
      const tail = out.pop()!;
      const prev = out[out.length - 1]!;
      prev.items.push(...tail.items);
      prev.x = centre(prev);
    }
  }
  return out;
}

/** A placed tick label, in px from the left of the track. */
export interface TickLabel {
  tick: number;
  row: number;
  x0: number;
  x1: number;
  text: string;
}

/**
 * Labels for ticks (px from the left of a track `width` px wide, increasing):
 * which ticks are labelled, on which row, where. Left to right, each label
 * goes on the first row where it fits whole inside the track, LABEL_GAP away
 * from the labels already there (first fit: as many labels as the rows hold);
 * a tick of several releases that does not fit with its names tries
 * `first +n`. Pure: `measure` gives a text's width.
 */
export function placeTickLabels(
  ticks: readonly { x: number; texts: readonly string[] }[],
  width: number,
  measure: (s: string) => number,
  rows = ROWS,
): TickLabel[] {
  const ends = Array.from({ length: rows }, () => -Infinity);
  const out: TickLabel[] = [];
  ticks.forEach(({ x, texts }, i) => {
    for (const text of texts) {
      const w = measure(text);
      if (w > width) continue;
      // Centred on the tick, pushed inside the track at either end.
      const x0 = Math.min(Math.max(0, x - w / 2), width - w);
      const row = ends.findIndex((end) => end + LABEL_GAP <= x0);
      if (row < 0) continue;
      ends[row] = x0 + w;
      out.push({ tick: i, row, x0, x1: x0 + w, text });
      return;
    }
  });
  return out;
}

export class TimebarPart {
  private readonly bar = $('#timebar');
  private readonly slider = $('#time-slider') as HTMLInputElement;
  private readonly ticks = $('#time-ticks');
  private readonly label = $('#time-label');
  private readonly play = $('#play-btn');
  private readonly hover = h('div', { class: 'tick-card', role: 'tooltip', hidden: true });
  private playTimer: number | null = null;

  constructor(private ctx: Ctx) {
    this.ticks.after(this.hover);
    let pending = 0;
    this.slider.addEventListener('input', () => {
      this.stop();
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => this.setMonth(Number(this.slider.value)));
    });
    this.slider.addEventListener('change', () => this.setMonth(Number(this.slider.value)));
    this.play.addEventListener('click', () => this.toggle());
    new ResizeObserver(() => this.renderTicks()).observe(this.ticks);
    ctx.store.subscribe((s, changed) => {
      if (changed.has('generation')) this.stop();
      if (changed.has('generation') || changed.has('lang')) this.render();
      else if (changed.has('t')) {
        this.slider.value = String(s.t ? monthIndex(s.t) : this.slider.max);
        this.updateLabel();
      }
    });
  }

  private render(): void {
    const session = this.ctx.session();
    const range = session ? timeRange(session.facets) : null;
    this.bar.hidden = !range || range.max === range.min;
    this.play.setAttribute('aria-label', t(this.ctx.store.get().lang, this.playTimer !== null ? 'pause' : 'play'));
    if (!range) return;
    const s = this.ctx.store.get();
    this.slider.min = String(range.min);
    this.slider.max = String(range.max);
    this.slider.value = String(s.t ? monthIndex(s.t) : range.max);
    this.renderTicks();
    this.updateLabel();
  }

  /** The releases, grouped into ticks at the track's current width. */
  private releaseTicks(width: number): Tick[] {
    const session = this.ctx.session()!;
    const g = session.graph;
    const min = Number(this.slider.min);
    const span = Math.max(1, Number(this.slider.max) - min);
    const lang = this.ctx.store.get().lang;
    const rel = [...session.facets.releaseDay]
      .map(([id, day]) => {
        const a = g.getNodeAttributes(id);
        // A day of the last month lies past the track's last month: it stays on the track.
        const x = Math.min(width, Math.max(0, ((monthFloat(day) - min) / span) * width));
        return { id, name: labelOf(a, lang), day, color: a.color, x };
      })
      .sort((a, b) => a.x - b.x || (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : 1));
    return groupTicks(rel).map((g) => ({ x: g.x, releases: g.items }));
  }

  private renderTicks(): void {
    const session = this.ctx.session();
    const width = this.ticks.clientWidth;
    if (!session || !width || this.bar.hidden) {
      replace(this.ticks);
      return;
    }
    const lang = this.ctx.store.get().lang;
    const ticks = this.releaseTicks(width);
    const names = (tk: Tick) => tk.releases.map((r) => r.name);
    // A tick's label: its names (two at most), else the first and how many more.
    const texts = (tk: Tick) => {
      const n = names(tk);
      return n.length <= 2 ? [n.join(' · '), ...(n.length === 2 ? [`${n[0]} +1`] : [])] : [`${n[0]} +${n.length - 1}`];
    };
    const font = TICK_FONT();
    const labels = placeTickLabels(
      ticks.map((tk) => ({ x: tk.x, texts: texts(tk) })),
      width,
      (s) => measureText(s, font),
    );
    const byTick = new Map(labels.map((l) => [l.tick, l]));
    const marks: HTMLElement[] = [];
    ticks.forEach((tk, i) => {
      const title = tk.releases.map((r) => `${r.name} (${r.day})`).join(', ');
      const dots = h('span', {
        class: 'tick-dot',
        style: { left: `${tk.x}px`, background: tk.releases[0]!.color },
        attrs: { 'data-releases': tk.releases.map((r) => r.id).join(' '), tabindex: -1 },
        on: { mouseenter: () => this.showCard(tk, title), mouseleave: () => (this.hover.hidden = true) },
      });
      marks.push(dots);
      const l = byTick.get(i);
      if (l)
        marks.push(
          h(
            'span',
            {
              class: `tick-label row-${l.row}`,
              title,
              style: { left: `${l.x0}px`, width: `${l.x1 - l.x0}px` },
              attrs: { 'data-tick': i },
              on: { mouseenter: () => this.showCard(tk, title), mouseleave: () => (this.hover.hidden = true) },
            },
            l.text,
          ),
        );
    });
    const min = Number(this.slider.min);
    const max = Number(this.slider.max);
    const span = Math.max(1, max - min);
    let lastYear = -Infinity;
    for (let m = min; m <= max; m++) {
      if (m % 12) continue;
      const x = ((m - min) / span) * width;
      if (x - lastYear < 34) continue;
      lastYear = x;
      marks.push(h('span', { class: 'tick year', style: { left: `${x}px` } }, String(m / 12)));
    }
    replace(this.ticks, ...marks);
    this.ticks.dataset.lang = lang;
  }

  private showCard(tk: Tick, names: string): void {
    const card = this.hover;
    replace(
      card,
      ...tk.releases.map((r) =>
        h('div', {}, h('span', { class: 'swatch', style: { background: r.color } }), ` ${r.name} `, h('span', { class: 'muted' }, r.day)),
      ),
    );
    card.title = names;
    card.hidden = false;
    const width = this.ticks.clientWidth;
    card.style.left = `${Math.min(Math.max(0, tk.x - 80), Math.max(0, width - 160)) + this.ticks.offsetLeft}px`;
  }

  private updateLabel(): void {
    const s = this.ctx.store.get();
    const lang = s.lang;
    this.slider.setAttribute('aria-valuetext', s.t ? monthLabel(monthIndex(s.t), lang) : t(lang, 'allDates'));
    if (s.t) replace(this.label, h('span', { class: 'muted' }, t(lang, 'asOf')), monthLabel(monthIndex(s.t), lang));
    else replace(this.label, t(lang, 'allDates'));
  }

  private setMonth(m: number): void {
    const max = Number(this.slider.max);
    this.ctx.store.set({ t: m >= max ? null : monthKey(m) });
  }

  toggle(): void {
    if (this.playTimer !== null) {
      this.stop();
      return;
    }
    const min = Number(this.slider.min);
    const max = Number(this.slider.max);
    if (max <= min) return;
    if (!this.ctx.store.get().t) this.setMonth(min);
    this.play.classList.add('playing');
    this.play.setAttribute('aria-label', t(this.ctx.store.get().lang, 'pause'));
    this.playTimer = window.setInterval(() => {
      const next = Number(this.slider.value) + 1;
      this.setMonth(next);
      if (next >= max) this.stop();
    }, PLAY_MS);
  }

  stop(): void {
    if (this.playTimer !== null) clearInterval(this.playTimer);
    this.playTimer = null;
    this.play.classList.remove('playing');
    this.play.setAttribute('aria-label', t(this.ctx.store.get().lang, 'play'));
  }
}
