/**
 * The lineage tree's bar and edge card: which node's tree is drawn (a chip to
 * select it, a button back to the force view), and, when the pointer rests on
 * an edge of the tree, a card with its relation, scope and sources.
 */
import type { Ctx } from '../context.js';
import { $, h, replace } from '../dom.js';
import { relationLabel, t } from '../i18n.js';
import { labelOf } from '../model/normalise.js';
import type { Key } from '../store.js';
import { chip, panelContext } from './details.js';
import { cites, scopeText } from './values.js';

const REDRAW: ReadonlySet<Key> = new Set(['generation', 'layout', 'tree', 'lang']);

export class TreebarPart {
  private readonly bar = $('#treebar');
  private readonly card = $('#edge-card');

  constructor(private ctx: Ctx) {
    ctx.store.subscribe((_s, changed) => {
      if ([...changed].some((k) => REDRAW.has(k))) this.render();
    });
  }

  private render(): void {
    const s = this.ctx.store.get();
    const session = this.ctx.session();
    const tree = this.ctx.derived().tree;
    this.hideEdge();
    this.bar.hidden = s.layout !== 'tree' || !session || !tree;
    if (this.bar.hidden || !session || !tree) {
      replace(this.bar);
      return;
    }
    const lang = s.lang;
    const ctx = panelContext(this.ctx)!;
    replace(
      this.bar,
      h('strong', {}, t(lang, 'treeOf')),
      chip(ctx, tree.root),
      h('span', { class: 'path-meta' }, `· ${tree.nodes.size} · ${tree.edges.length}`),
      h('span', { class: 'spacer' }),
      h(
        'button',
        { type: 'button', class: 'btn', on: { click: () => this.ctx.store.set({ layout: 'force', tree: null }) } },
        t(lang, 'close'),
      ),
    );
  }

  /** The card of an edge under the pointer (viewport position of the pointer in the stage). */
  showEdge(edge: string, x: number, y: number): void {
    const session = this.ctx.session();
    if (!session?.graph.hasEdge(edge)) return;
    const g = session!.graph;
    const lang = this.ctx.store.get().lang;
    const a = g.getEdgeAttributes(edge);
    const [src, tgt] = g.extremities(edge);
    const name = (id: string) => labelOf(g.getNodeAttributes(id), lang);
    const ctx = panelContext(this.ctx)!;
    replace(
      this.card,
      h(
        'div',
        { class: 'edge-rel' },
        `${name(src)} — ${relationLabel(a.relation, 'out', lang)}${scopeText(g, a.scope, lang)} → ${name(tgt)}`,
      ),
      h(
        'div',
        { class: 'edge-src' },
        `${t(lang, 'edgeSources')}: `,
        cites(ctx, a.sources) ?? h('span', { class: 'muted' }, t(lang, 'noSources')),
      ),
      typeof a.note === 'string' && a.note ? h('div', { class: 'muted' }, a.note) : null,
    );
    this.card.dataset.edge = edge;
    this.card.hidden = false;
    const stage = this.card.parentElement!.getBoundingClientRect();
    this.card.style.left = `${Math.min(x + 14, stage.width - this.card.offsetWidth - 8)}px`;
    this.card.style.top = `${Math.min(y + 14, stage.height - this.card.offsetHeight - 8)}px`;
  }

  hideEdge(): void {
    this.card.hidden = true;
    delete this.card.dataset.edge;
  }
}
