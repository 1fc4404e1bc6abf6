/**
 * The details panel: everything known about the selected node (kind, every
 * attribute with its value and sources, conflicting claims side by side,
 * a release's architecture per size and techniques by status, a technique's
 * status per release (release.ts), neighbours grouped by relation with each
 * relation's scope and sources, lineage, the way to its lineage tree), or an
 * overview when nothing is selected. Built with dom.h only: every string from the data is text.
 */

import { monthIndex } from '../../../src/layout/index.js';
import { isRelease, RELATION_NAMES } from '../../../src/vocabulary/index.js';
import type { Ctx } from '../context.js';
import { $, h, replace, safeUrl } from '../dom.js';
import { ATTRIBUTE_ORDER, kindLabel, relationLabel, t } from '../i18n.js';
import { monthLabel } from '../model/facets.js';
import { labelOf, type ViewGraph } from '../model/normalise.js';
import { canTree, LINEAGE_KINDS } from '../model/tree.js';
import type { Lang } from '../state.js';
import type { Key } from '../store.js';
import { architectureTable, releaseTechniques, type SectionContext, techniqueReleases } from './release.js';
import { attributes, scopeText, type ValueContext } from './values.js';

const MAX_CHIPS = 40;
const REDRAW: ReadonlySet<Key> = new Set([
  'generation',
  'node',
  'lineage',
  'lang',
  't',
  'hideKinds',
  'hideFamilies',
  'hideMotivations',
  'inferred',
  'layout',
  'tree',
]);

export function swatch(color: string): HTMLSpanElement {
  return h('span', { class: 'swatch', style: { background: color }, attrs: { 'aria-hidden': 'true' } });
}

/** The swatch of the release kinds: the colours of the families, side by side. */
export function releaseSwatch(colors: readonly string[]): HTMLSpanElement {
  const stops = colors.slice(0, 8).map((c, i, all) => `${c} ${(i / all.length) * 100}% ${((i + 1) / all.length) * 100}%`);
  return h('span', {
    class: 'swatch multi',
    style: { background: `conic-gradient(${stops.join(', ')})` },
    attrs: { 'aria-hidden': 'true' },
  });
}

interface PanelContext extends ValueContext {
  visible: ReadonlySet<string>;
}

/** What the panels' node chips and citations read (the graph on screen, its language and visible nodes; a click selects and flies), or null before a graph loads. */
export function panelContext(ctx: Ctx): PanelContext | null {
  const s = ctx.session();
  if (!s) return null;
  return {
    graph: s.graph,
    lang: ctx.store.get().lang,
    visible: ctx.derived().vis.nodes,
    select: (id) => ctx.select(id, { fly: true }),
  };
}

/** A clickable node. */
export function chip(
  ctx: PanelContext,
  id: string,
  extra: { title?: string; inferred?: boolean; suffix?: string } = {},
): HTMLButtonElement {
  const a = ctx.graph.getNodeAttributes(id);
  const hidden = !ctx.visible.has(id);
  const title = [extra.title, hidden ? t(ctx.lang, 'hiddenByFilters') : ''].filter(Boolean).join(' · ');
  return h(
    'button',
    {
      type: 'button',
      class: `chip${extra.inferred ? ' inferred' : ''}${hidden ? ' hidden-node' : ''}`,
      ...(title ? { title } : {}),
      attrs: { 'data-node': id },
      on: { click: () => ctx.select(id) },
    },
    swatch(a.color),
    h('span', {}, labelOf(a, ctx.lang), extra.suffix ? h('span', { class: 'depth' }, ` ${extra.suffix}`) : null),
  );
}

function sourcesList(ctx: PanelContext, ids: readonly string[]): HTMLElement {
  return h(
    'ol',
    { class: 'src-list' },
    ...ids.map((s) => {
      if (!ctx.graph.hasNode(s)) return h('li', {}, s);
      const a = ctx.graph.getNodeAttributes(s);
      const meta = [a.source_type, a.date, a.authors].filter((x) => typeof x === 'string' && x).join(' · ');
      const url = safeUrl(a.url);
      return h(
        'li',
        {},
        url
          ? h('a', { href: url, attrs: { target: '_blank', rel: 'noopener noreferrer' } }, labelOf(a, ctx.lang))
          : h('span', {}, labelOf(a, ctx.lang)),
        ' ',
        h('button', { type: 'button', class: 'cite', title: t(ctx.lang, 'showInGraph'), on: { click: () => ctx.select(s) } }, '◎'),
        meta ? h('div', { class: 'src-meta' }, meta) : null,
      );
    }),
  );
}

/** How an edge reads on a chip's hover: inferred, its scope, its sources, its status. */
export function edgeTitle(graph: ViewGraph, edge: string, lang: Lang): string {
  const ea = graph.getEdgeAttributes(edge);
  const srcs = (ea.sources ?? []).map((s) => (graph.hasNode(s) ? labelOf(graph.getNodeAttributes(s), lang) : s));
  return [
    ea.inferred ? t(lang, 'inferredEdge') : '',
    scopeText(graph, ea.scope, lang).replace(/^ — /, `${t(lang, 'scope')}: `),
    srcs.length ? `${t(lang, 'sources')}: ${srcs.join('; ')}` : '',
    typeof ea.status === 'string' && ea.status !== 'preferred' ? t(lang, ea.status === 'disputed' ? 'disputed' : 'alternative') : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

const KIND_ORDER = ['technique', 'motivation', 'family', 'source'];
const kindRank = (k: string) => (isRelease(k) ? 0 : 1 + (KIND_ORDER.indexOf(k) + 1 || KIND_ORDER.length + 1));

function neighbours(ctx: PanelContext, id: string): HTMLElement | null {
  const g = ctx.graph;
  const groups = new Map<string, { dir: 'out' | 'in'; relation: string; items: { other: string; edge: string }[] }>();
  const add = (dir: 'out' | 'in', edge: string, other: string) => {
    const relation = g.getEdgeAttribute(edge, 'relation');
    const key = `${dir}\u0000${relation}`;
    const grp = groups.get(key) ?? groups.set(key, { dir, relation, items: [] }).get(key)!;
    if (!grp.items.some((i) => i.other === other)) grp.items.push({ other, edge });
  };
  g.forEachOutEdge(id, (e, _a, _s, tgt) => add('out', e, tgt));
  g.forEachInEdge(id, (e, _a, src) => add('in', e, src));
  g.forEachUndirectedEdge(id, (e, _a, s, tgt) => add('out', e, s === id ? tgt : s));
  if (!groups.size) return null;
  const rank = (r: string) => {
    const i = RELATION_NAMES.indexOf(r as never);
    return i < 0 ? 999 : i;
  };
  const sorted = [...groups.values()].sort(
    (x, y) => (x.dir === y.dir ? 0 : x.dir === 'out' ? -1 : 1) || rank(x.relation) - rank(y.relation) || (x.relation < y.relation ? -1 : 1),
  );
  return h(
    'div',
    {},
    ...sorted.map((grp) => {
      grp.items.sort((p, q) => {
        const ap = g.getNodeAttributes(p.other);
        const aq = g.getNodeAttributes(q.other);
        return (
          kindRank(ap.kind) - kindRank(aq.kind) ||
          (ap.since || '').localeCompare(aq.since || '') ||
          labelOf(ap, ctx.lang).localeCompare(labelOf(aq, ctx.lang))
        );
      });
      const shown = grp.items.slice(0, MAX_CHIPS);
      const rel = relationLabel(grp.relation, grp.dir, ctx.lang);
      return h(
        'div',
        { class: 'group', role: 'group', attrs: { 'aria-label': rel } },
        h('div', { class: 'group-head' }, grp.dir === 'out' ? `${rel} →` : `← ${rel}`, h('span', { class: 'n' }, String(grp.items.length))),
        h(
          'div',
          { class: 'chips' },
          ...shown.map(({ other, edge }) => {
            const scope = scopeText(g, g.getEdgeAttribute(edge, 'scope'), ctx.lang);
            return chip(ctx, other, {
              title: edgeTitle(g, edge, ctx.lang),
              inferred: g.getEdgeAttribute(edge, 'inferred') === true,
              suffix: scope ? scope.trim() : undefined,
            });
          }),
          grp.items.length > shown.length ? h('span', { class: 'muted' }, `+${grp.items.length - shown.length}`) : null,
        ),
      );
    }),
  );
}

export class DetailsPart {
  private readonly el = $('#details');

  constructor(private ctx: Ctx) {
    ctx.store.subscribe((_s, changed) => {
      if ([...changed].some((k) => REDRAW.has(k))) this.render();
    });
  }

  render(): void {
    const session = this.ctx.session();
    if (!session) return;
    const node = this.ctx.store.get().node;
    const scroll = this.el.scrollTop;
    const same = this.el.dataset.node === (node ?? '');
    this.el.dataset.node = node ?? '';
    if (node && session.graph.hasNode(node)) replace(this.el, ...this.nodeDetails(node));
    else replace(this.el, ...this.overview());
    if (same) this.el.scrollTop = scroll;
  }

  private lineageSection(ctx: PanelContext): HTMLElement {
    const l = this.ctx.derived().lineage;
    if (!l || (!l.ancestors.length && !l.descendants.length)) return h('p', { class: 'muted' }, t(ctx.lang, 'noLineage'));
    const group = (name: 'ancestors' | 'descendants', items: { id: string; depth: number }[]) =>
      items.length
        ? h(
            'div',
            { class: 'group' },
            h('div', { class: 'group-head' }, t(ctx.lang, name), h('span', { class: 'n' }, String(items.length))),
            h('div', { class: 'lineage-list' }, ...items.slice(0, MAX_CHIPS).map((r) => chip(ctx, r.id, { suffix: `·${r.depth}` }))),
          )
        : null;
    return h('div', {}, group('ancestors', l.ancestors), group('descendants', l.descendants));
  }

  private nodeDetails(id: string): HTMLElement[] {
    const ctx = panelContext(this.ctx)!;
    const s = this.ctx.store.get();
    const g = ctx.graph;
    const a = g.getNodeAttributes(id);
    const lang = ctx.lang;
    const label = labelOf(a, lang);
    const others = [...new Set([a.label, ...Object.values(a.labels)])].filter((l) => l !== label);
    const descriptions = a.descriptions && typeof a.descriptions === 'object' ? (a.descriptions as Record<string, unknown>) : {};
    const own = lang !== 'en' && Object.hasOwn(descriptions, lang) ? descriptions[lang] : undefined;
    const desc = typeof own === 'string' ? own : typeof a.description === 'string' ? a.description : undefined;
    const canLineage = LINEAGE_KINDS.has(a.kind);
    const btn = (text: string, click: () => void, extra: { id?: string; title?: string; pressed?: boolean } = {}) =>
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          ...(extra.id ? { id: extra.id } : {}),
          ...(extra.title ? { title: extra.title } : {}),
          attrs: extra.pressed === undefined ? {} : { 'aria-pressed': String(extra.pressed) },
          on: { click },
        },
        text,
      );
    const out: HTMLElement[] = [
      h(
        'div',
        { class: 'd-top' },
        swatch(a.color),
        h('span', { attrs: { 'data-testid': 'kind' } }, kindLabel(a.kind, lang)),
        h('span', { class: 'spacer' }),
        h(
          'button',
          {
            type: 'button',
            class: 'icon-btn',
            title: t(lang, 'close'),
            attrs: { 'aria-label': t(lang, 'close') },
            on: { click: () => this.ctx.select(null) },
          },
          '×',
        ),
      ),
      h('h2', {}, label),
    ];
    if (others.length) out.push(h('div', { class: 'd-alt' }, others.join(' · ')));
    out.push(h('div', { class: 'd-id' }, `${t(lang, 'id')}: ${id}`));
    if (!ctx.visible.has(id)) out.push(h('div', { class: 'd-warn' }, t(lang, 'hiddenByFilters')));
    out.push(
      h(
        'div',
        { class: 'd-actions' },
        canLineage
          ? btn(t(lang, 'lineage'), () => this.ctx.store.set({ lineage: !this.ctx.store.get().lineage }), {
              id: 'lineage-btn',
              title: t(lang, 'lineageHint'),
              pressed: s.lineage,
            })
          : null,
        canTree(a.kind)
          ? btn(t(lang, 'tree'), () => this.ctx.openTree(id), {
              id: 'tree-btn',
              title: t(lang, 'treeHint'),
              pressed: s.layout === 'tree' && s.tree === id,
            })
          : null,
        btn(`${t(lang, 'path')}…`, () => this.ctx.store.set({ pathMode: true, path: null, pathSlots: [id, null] })),
        btn(t(lang, 'showInGraph'), () => this.ctx.fly(id)),
      ),
    );
    if (desc) out.push(h('p', { class: 'desc' }, desc));
    if (a.aliases.length) out.push(h('h3', {}, t(lang, 'aliases')), h('p', {}, a.aliases.join(' · ')));
    if (canLineage && s.lineage) out.push(h('h3', {}, t(lang, 'lineage')), this.lineageSection(ctx));
    const rows = attributes(ctx, a, ATTRIBUTE_ORDER);
    if (a.family && g.hasNode(a.family) && a.kind !== 'family') rows.push(h('dt', {}, t(lang, 'family')), h('dd', {}, chip(ctx, a.family)));
    if (a.since)
      rows.push(
        h('dt', {}, t(lang, 'since')),
        h('dd', {}, h('span', { class: 'val' }, monthLabel(monthIndex(a.since), lang)), h('span', { class: 'muted' }, ` (${a.since})`)),
      );
    if (rows.length) out.push(h('h3', {}, t(lang, 'attributes')), h('dl', { class: 'attrs' }, ...rows));
    const section: SectionContext = { ...ctx, chip: (other, extra) => chip(ctx, other, extra) };
    const arch = architectureTable(section, a.architecture);
    if (arch) out.push(h('h3', {}, t(lang, 'architecture')), arch);
    const statuses = isRelease(a.kind) ? releaseTechniques(section, id) : a.kind === 'technique' ? techniqueReleases(section, id) : null;
    if (statuses) out.push(h('h3', {}, t(lang, isRelease(a.kind) ? 'techniques' : 'techniqueReleases')), statuses);
    if (typeof a.note === 'string' && a.note) out.push(h('h3', {}, t(lang, 'note')), h('p', {}, a.note));
    const sources = Array.isArray(a.sources) ? (a.sources as unknown[]).filter((x): x is string => typeof x === 'string') : [];
    if (sources.length) out.push(h('h3', {}, t(lang, 'sources')), sourcesList(ctx, sources));
    const nb = neighbours(ctx, id);
    if (nb) out.push(h('h3', {}, t(lang, 'neighbours')), nb);
    return out;
  }

  private overview(): HTMLElement[] {
    const session = this.ctx.session()!;
    const lang = this.ctx.store.get().lang;
    const f = session.facets;
    const days = f.releases.length ? f.releases : f.days;
    const range = days.length ? `${monthLabel(monthIndex(days[0]!), lang)} – ${monthLabel(monthIndex(days[days.length - 1]!), lang)}` : '';
    const shortcuts: [string, Parameters<typeof t>[1]][] = [
      ['/', 'kSearch'],
      ['Esc', 'kEsc'],
      ['+ −', 'kZoom'],
      ['0', 'kFit'],
      ['L', 'kLineage'],
      ['P', 'kPlay'],
      ['T', 'kLayout'],
      ['C', 'kLang'],
    ];
    return [
      h(
        'div',
        { class: 'welcome' },
        h('h2', {}, t(lang, 'welcomeTitle')),
        h('p', { class: 'muted' }, t(lang, 'welcome')),
        h(
          'div',
          { class: 'stats' },
          ...f.kinds.flatMap((k) => [h('span', {}, swatch(k.color), ' ', kindLabel(k.key, lang)), h('span', {}, String(k.members.length))]),
          h('span', {}, t(lang, 'edges')),
          h('span', {}, String(session.graph.size)),
        ),
        range ? h('p', { class: 'muted' }, range) : null,
        h('h3', {}, t(lang, 'shortcuts')),
        h(
          'div',
          { class: 'keys' },
          ...shortcuts.flatMap(([k, what]) => [h('span', {}, ...k.split(' ').map((x) => h('kbd', {}, x))), h('span', {}, t(lang, what))]),
        ),
      ),
    ];
  }
}
