/**
 * The details panel: everything known about the selected node (kind, every
 * attribute with its value and sources, conflicting claims side by side,
 * neighbours grouped by relation, lineage), or an overview when nothing is
 * selected. Built with dom.h only: every string from the data is text.
 */
import { RELATION_NAMES } from '../../src/vocabulary/index.js';
import { h } from './dom.js';
import { ATTRIBUTE_ORDER, attributeLabel, kindLabel, relationLabel, t } from './i18n.js';
import { type Facets, labelOf, monthIndex, monthLabel, type NodeData, safeUrl, type ViewGraph } from './model.js';
import type { LineageView } from './query.js';
import type { Lang } from './state.js';

export interface PanelContext {
  graph: ViewGraph;
  facets: Facets;
  lang: Lang;
  visible: ReadonlySet<string>;
  graphName: string;
  lineageOn: boolean;
  lineage: LineageView | null;
  select(id: string): void;
  fly(id: string): void;
  close(): void;
  toggleLineage(): void;
  pathFrom(id: string): void;
}

interface ClaimLike {
  value?: unknown;
  text?: string;
  sources?: string[];
  status?: string;
  note?: string;
  quote?: string;
  qualifier?: string;
}

/** Attributes shown elsewhere in the panel, or sigma's drawing state. */
const INTERNAL = new Set([
  'kind',
  'label',
  'labels',
  'aliases',
  'description',
  'descriptions',
  'sources',
  'note',
  'family',
  'since',
  'color',
  'size',
  'x',
  'y',
  'claims',
  'conflicts',
  'type',
  'zIndex',
  'hidden',
  'forceLabel',
  'highlighted',
]);

/** Kinds that have a lineage (ancestry relations). */
export const LINEAGE_KINDS = new Set(['technique', 'version']);

const MAX_CHIPS = 40;

export function swatch(color: string): HTMLSpanElement {
  return h('span', { class: 'swatch', style: { background: color }, attrs: { 'aria-hidden': 'true' } });
}

/** A clickable neighbour. */
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

/** A citation of a source id: a link to its URL when it has one, else a button that selects it. */
function cite(ctx: PanelContext, id: string): HTMLElement {
  const g = ctx.graph;
  if (!g.hasNode(id)) return h('span', { class: 'cite' }, id);
  const a = g.getNodeAttributes(id);
  const label = labelOf(a, ctx.lang);
  const url = safeUrl(a.url);
  if (url)
    return h('a', { class: 'cite', href: url, title: `${label} — ${url}`, attrs: { target: '_blank', rel: 'noopener noreferrer' } }, label);
  return h('button', { type: 'button', class: 'cite', title: t(ctx.lang, 'showInGraph'), on: { click: () => ctx.select(id) } }, label);
}

function cites(ctx: PanelContext, ids: readonly string[] | undefined): HTMLElement | null {
  if (!ids?.length) return null;
  return h('span', { class: 'srcs' }, ...ids.map((s) => cite(ctx, s)));
}

/** A value as text (links for URLs). */
function valueEl(value: unknown, text?: string): HTMLElement {
  const s = text ?? format(value);
  const url = safeUrl(s);
  if (url) return h('a', { class: 'val', href: url, attrs: { target: '_blank', rel: 'noopener noreferrer' } }, s);
  return h('span', { class: 'val' }, s);
}

function format(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map(format).join(', ');
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

const claimText = (c: ClaimLike) => `${c.qualifier ?? ''}${c.text ?? format(c.value)}`;

function claimCard(ctx: PanelContext, c: ClaimLike): HTMLElement {
  const status = c.status ?? 'preferred';
  return h(
    'div',
    { class: `claim ${status}` },
    h('div', { class: `claim-val${claimText(c).length > 40 ? ' long' : ''}` }, claimText(c)),
    h(
      'div',
      { class: 'claim-meta' },
      h(
        'span',
        { class: `badge ${status}` },
        t(ctx.lang, (['preferred', 'alternative', 'disputed'].includes(status) ? status : 'preferred') as 'preferred'),
      ),
      cites(ctx, c.sources),
    ),
    c.quote ? h('div', { class: 'quote' }, `“${c.quote}”`) : null,
    c.note ? h('div', { class: 'claim-meta' }, c.note) : null,
  );
}

function attributes(ctx: PanelContext, id: string, a: NodeData): HTMLElement | null {
  const claims = (a.claims && typeof a.claims === 'object' ? a.claims : {}) as Record<string, ClaimLike[] | undefined>;
  const conflicts = new Set(Array.isArray(a.conflicts) ? (a.conflicts as string[]) : []);
  const rows: HTMLElement[] = [];
  const named = new Set<string>();
  const names = [
    ...ATTRIBUTE_ORDER.filter((n) => claims[n]?.length),
    ...Object.keys(claims).filter((n) => !ATTRIBUTE_ORDER.includes(n) && claims[n]?.length),
  ];
  for (const name of names) {
    const list = claims[name]!;
    named.add(name);
    named.add(`${name}_active`);
    if (conflicts.has(name) && list.length > 1) {
      rows.push(
        h(
          'div',
          { class: 'conflict', role: 'group', attrs: { 'aria-label': `${attributeLabel(name, ctx.lang)}: ${t(ctx.lang, 'conflict')}` } },
          h(
            'div',
            { class: 'conflict-head' },
            h('span', {}, attributeLabel(name, ctx.lang)),
            h('span', { class: 'badge' }, t(ctx.lang, 'conflict')),
          ),
          h('div', { class: 'claims' }, ...list.map((c) => claimCard(ctx, c))),
        ),
      );
      continue;
    }
    const lead = list[0]!;
    const sources = [...new Set(list.flatMap((c) => c.sources ?? []))];
    rows.push(
      h('dt', {}, attributeLabel(name, ctx.lang)),
      h(
        'dd',
        {},
        valueEl(lead.value, claimText(lead)),
        cites(ctx, sources),
        lead.note ? h('div', { class: 'claim-meta' }, lead.note) : null,
      ),
    );
  }
  // Attributes without claims: a graph from elsewhere, or extra fields.
  for (const key of Object.keys(a).sort()) {
    if (INTERNAL.has(key) || named.has(key)) continue;
    const v = a[key];
    if (
      v === undefined ||
      v === null ||
      v === '' ||
      (Array.isArray(v) && !v.length) ||
      (typeof v === 'object' && !Array.isArray(v) && !Object.keys(v as object).length)
    )
      continue;
    rows.push(h('dt', {}, attributeLabel(key, ctx.lang)), h('dd', {}, valueEl(v)));
  }
  if (a.family && ctx.graph.hasNode(a.family) && a.kind !== 'family')
    rows.push(h('dt', {}, t(ctx.lang, 'family')), h('dd', {}, chip(ctx, a.family)));
  if (a.since)
    rows.push(
      h('dt', {}, t(ctx.lang, 'since')),
      h('dd', {}, h('span', { class: 'val' }, monthLabel(monthIndex(a.since), ctx.lang)), h('span', { class: 'muted' }, ` (${a.since})`)),
    );
  void id;
  return rows.length ? h('dl', { class: 'attrs' }, ...rows) : null;
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
  const kindRank = (k: string) => ['version', 'technique', 'motivation', 'family', 'source'].indexOf(k);
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
            const ea = g.getEdgeAttributes(edge);
            const srcs = (ea.sources ?? []).map((s) => (g.hasNode(s) ? labelOf(g.getNodeAttributes(s), ctx.lang) : s));
            const title = [
              ea.inferred ? t(ctx.lang, 'inferredEdge') : '',
              srcs.length ? `${t(ctx.lang, 'sources')}: ${srcs.join('; ')}` : '',
              typeof ea.status === 'string' && ea.status !== 'preferred'
                ? t(ctx.lang, ea.status === 'disputed' ? 'disputed' : 'alternative')
                : '',
            ]
              .filter(Boolean)
              .join(' · ');
            return chip(ctx, other, { title, inferred: ea.inferred === true });
          }),
          grp.items.length > shown.length ? h('span', { class: 'muted' }, `+${grp.items.length - shown.length}`) : null,
        ),
      );
    }),
  );
}

function lineageSection(ctx: PanelContext): HTMLElement {
  const l = ctx.lineage;
  if (!l || (!l.ancestors.length && !l.descendants.length)) return h('p', { class: 'muted' }, t(ctx.lang, 'noLineage'));
  const list = (items: { id: string; depth: number }[]) =>
    h('div', { class: 'lineage-list' }, ...items.slice(0, MAX_CHIPS).map((r) => chip(ctx, r.id, { suffix: `·${r.depth}` })));
  return h(
    'div',
    {},
    l.ancestors.length
      ? h(
          'div',
          { class: 'group' },
          h('div', { class: 'group-head' }, t(ctx.lang, 'ancestors'), h('span', { class: 'n' }, String(l.ancestors.length))),
          list(l.ancestors),
        )
      : null,
    l.descendants.length
      ? h(
          'div',
          { class: 'group' },
          h('div', { class: 'group-head' }, t(ctx.lang, 'descendants'), h('span', { class: 'n' }, String(l.descendants.length))),
          list(l.descendants),
        )
      : null,
  );
}

/** The panel for a selected node. */
export function nodeDetails(ctx: PanelContext, id: string): HTMLElement[] {
  const g = ctx.graph;
  const a = g.getNodeAttributes(id);
  const lang = ctx.lang;
  const label = labelOf(a, lang);
  const others = [...new Set([a.label, ...Object.values(a.labels)])].filter((l) => l !== label);
  const desc =
    (lang !== 'en' && typeof a.descriptions === 'object' && a.descriptions
      ? (a.descriptions as Record<string, string>)[lang]
      : undefined) ?? (typeof a.description === 'string' ? a.description : undefined);
  const canLineage = LINEAGE_KINDS.has(a.kind);
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
          on: { click: () => ctx.close() },
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
        ? h(
            'button',
            {
              type: 'button',
              class: 'btn',
              id: 'lineage-btn',
              title: t(lang, 'lineageHint'),
              attrs: { 'aria-pressed': String(ctx.lineageOn) },
              on: { click: () => ctx.toggleLineage() },
            },
            t(lang, 'lineage'),
          )
        : null,
      h('button', { type: 'button', class: 'btn', on: { click: () => ctx.pathFrom(id) } }, `${t(lang, 'path')}…`),
      h('button', { type: 'button', class: 'btn', on: { click: () => ctx.fly(id) } }, t(lang, 'showInGraph')),
    ),
  );
  if (desc) out.push(h('p', { class: 'desc' }, desc));
  if (a.aliases.length) out.push(h('h3', {}, t(lang, 'aliases')), h('p', {}, a.aliases.join(' · ')));
  if (canLineage && ctx.lineageOn) out.push(h('h3', {}, t(lang, 'lineage')), lineageSection(ctx));
  const attrs = attributes(ctx, id, a);
  if (attrs) out.push(h('h3', {}, t(lang, 'attributes')), attrs);
  if (typeof a.note === 'string' && a.note) out.push(h('h3', {}, t(lang, 'note')), h('p', {}, a.note));
  const sources = Array.isArray(a.sources) ? (a.sources as unknown[]).filter((s): s is string => typeof s === 'string') : [];
  if (sources.length) out.push(h('h3', {}, t(lang, 'sources')), sourcesList(ctx, sources));
  const nb = neighbours(ctx, id);
  if (nb) out.push(h('h3', {}, t(lang, 'neighbours')), nb);
  return out;
}

/** The panel when nothing is selected: what the graph holds and how to use the page. */
export function overview(ctx: PanelContext, shortcuts: [string, string][]): HTMLElement[] {
  const lang = ctx.lang;
  const f = ctx.facets;
  const days = f.releases.length ? f.releases : f.days;
  const range = days.length ? `${monthLabel(monthIndex(days[0]!), lang)} – ${monthLabel(monthIndex(days[days.length - 1]!), lang)}` : '';
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
        h('span', {}, String(ctx.graph.size)),
      ),
      range ? h('p', { class: 'muted' }, range) : null,
      h('h3', {}, t(lang, 'shortcuts')),
      h(
        'div',
        { class: 'keys' },
        ...shortcuts.flatMap(([k, what]) => [h('span', {}, ...k.split(' ').map((x) => h('kbd', {}, x))), h('span', {}, what)]),
      ),
    ),
  ];
}
