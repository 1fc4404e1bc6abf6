/**
 * Sharing: *Copy link* (the URL holds the view) and the exports, *Export
 * PNG* and *Export SVG*, of the view as the person sees it, with a title and
 * a legend of families and kinds, without what the pointer does to it (the
 * hover card and the hover's lighting: the pointer may rest on a node when
 * the button is pressed from the keyboard). Selection, lineage and path stay.
 */
import { monthIndex } from '../../../src/layout/index.js';
import type { Ctx } from '../context.js';
import { $, h } from '../dom.js';
import { kindLabel, t } from '../i18n.js';
import { counts, monthLabel } from '../model/facets.js';
import { labelOf } from '../model/normalise.js';
import { download, downloadPng, type PictureOptions, renderPng } from '../render/png.js';
import { renderSvg } from '../render/svg.js';
import { fontFamilyOf } from '../settings.js';

export class SharePart {
  constructor(private ctx: Ctx) {
    $('#copy-btn').addEventListener('click', () => void this.copyLink());
    $('#png-btn').addEventListener('click', () => void this.exportPicture('png'));
    $('#svg-btn').addEventListener('click', () => void this.exportPicture('svg'));
  }

  private async copyLink(): Promise<void> {
    const url = location.href;
    const lang = this.ctx.store.get().lang;
    try {
      await navigator.clipboard.writeText(url);
      this.ctx.toast(t(lang, 'linkCopied'));
    } catch {
      const ta = h('textarea', { class: 'sr-only', attrs: { 'aria-hidden': 'true' } });
      ta.value = url;
      document.body.appendChild(ta);
      ta.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      ta.remove();
      this.ctx.toast(t(lang, ok ? 'linkCopied' : 'linkReady'));
    }
  }

  /** The title, subtitle and legend of an exported picture. */
  private picture(): PictureOptions {
    const session = this.ctx.session()!;
    const s = this.ctx.store.get();
    const lang = s.lang;
    const vis = this.ctx.derived().vis.nodes;
    const entry = (color: string, label: string, c: { visible: number; total: number }) => ({
      color,
      label,
      count: c.visible === c.total ? String(c.total) : `${c.visible}/${c.total}`,
    });
    const kinds = session.facets.kinds.map((k) => entry(k.color, kindLabel(k.key, lang), counts([k], vis).get(k.key)!));
    const families = session.facets.families.map((f) => entry(f.color, labelOf(f, lang), counts([f], vis).get(f.key)!));
    const when = s.t ? `${t(lang, 'asOf')} ${monthLabel(monthIndex(s.t), lang)}` : t(lang, 'allDates');
    const sel = s.node ? ` · ${labelOf(session.graph.getNodeAttributes(s.node), lang)}` : '';
    const tree = s.layout === 'tree' && s.tree ? ` ${labelOf(session.graph.getNodeAttributes(s.tree), lang)}` : '';
    return {
      title: session.title ? `techgraph — ${session.title}` : 'techgraph',
      subtitle: `${t(lang, s.layout)}${tree} · ${when}${sel}`,
      legend: [...families, ...kinds],
      legendTitle: `${t(lang, 'families')} · ${t(lang, 'kinds')}`,
    };
  }

  /**
   * Exports the view without what the pointer does to it (the hover card and
   * the hover's lighting; the pointer may rest on a node when the button is
   * pressed from the keyboard). Selection, lineage and path stay.
   */
  private async exportPicture(format: 'png' | 'svg'): Promise<void> {
    const r = this.ctx.renderer();
    if (!r || !this.ctx.session()) return;
    const s = this.ctx.store.get();
    const options = this.picture();
    const hot = s.legendHot;
    if (hot) this.ctx.store.set({ legendHot: null });
    const resume = r.suspendHover();
    const name = `techgraph-${s.layout}${s.tree ? `-${s.tree}` : ''}${s.t ? `-${s.t}` : ''}`;
    try {
      if (format === 'svg') {
        const svg = renderSvg(r.sigma, r.placedLabels(), r.placedEdgeLabels(), options, fontFamilyOf());
        download(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
        this.ctx.toast(t(s.lang, 'svgSaved'));
        return;
      }
      const canvas = renderPng(r.sigma, options);
      await downloadPng(canvas, `${name}.png`);
      this.ctx.toast(t(s.lang, 'pngSaved'));
    } catch (e) {
      this.ctx.toast((e as Error).message, true);
    } finally {
      resume();
      if (hot) this.ctx.store.set({ legendHot: hot });
    }
  }
}
