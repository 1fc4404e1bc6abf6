/**
 * Values as the details panel shows them: any attribute value as text, its
 * claims with their status, sources, quote, note and scope (the sizes or
 * sub-models a claim applies to: "128K — 7B, 72B"), conflicting claims side
 * by side. Which claims are shown as values is the graph's rule
 * (`shownClaims`: one per scope, never a disputed or "not reported" one); a
 * claim that the source does not report the figure reads "not reported",
 * apart from disputed claims (struck through). Formatting is iterative and bounded (depth, items, length), so a
 * value nested 100,000 arrays deep from a dropped file prints as "…" instead
 * of overflowing the stack.
 */
import { isUnreported, shownClaims } from '../../../src/graph/index.js';
import { h, safeUrl } from '../dom.js';
import { attributeLabel, t } from '../i18n.js';
import type { NodeData, ViewGraph } from '../model/normalise.js';
import { labelOf } from '../model/normalise.js';
import type { Lang } from '../state.js';

/** Bounds of a formatted value. */
const MAX_DEPTH = 8;
const MAX_ITEMS = 64;
const MAX_CHARS = 2000;

interface ClaimLike {
  value?: unknown;
  unreported?: boolean;
  text?: string;
  sources?: string[];
  status?: string;
  note?: string;
  quote?: string;
  qualifier?: string;
  scope?: unknown;
}

/** A value as text: numbers grouped, lists joined, objects as JSON-like text; bounded, never recursive. */
export function format(value: unknown): string {
  let out = '';
  // A stack of things to print: values, or literal text.
  const stack: { v: unknown; depth: number; text?: string }[] = [{ v: value, depth: 0 }];
  while (stack.length && out.length < MAX_CHARS) {
    const { v, depth, text } = stack.pop()!;
    if (text !== undefined) {
      out += text;
      continue;
    }
    if (v === null || v === undefined) out += '—';
    else if (typeof v === 'string') out += v;
    else if (typeof v === 'number') out += Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
    else if (typeof v === 'boolean' || typeof v === 'bigint') out += String(v);
    else if (typeof v !== 'object') out += '?';
    else if (depth >= MAX_DEPTH) out += '…';
    else if (Array.isArray(v)) {
      const items = v.slice(0, MAX_ITEMS);
      const parts: { v: unknown; depth: number; text?: string }[] = [];
      if (depth) parts.push({ v: null, depth, text: '[' });
      items.forEach((x, i) => {
        if (i) parts.push({ v: null, depth, text: ', ' });
        parts.push({ v: x, depth: depth + 1 });
      });
      if (v.length > items.length) parts.push({ v: null, depth, text: `, … (${v.length})` });
      if (depth) parts.push({ v: null, depth, text: ']' });
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
    } else {
      const entries = Object.entries(v as object).slice(0, MAX_ITEMS);
      const parts: { v: unknown; depth: number; text?: string }[] = [{ v: null, depth, text: '{' }];
      entries.forEach(([k, x], i) => {
        parts.push({ v: null, depth, text: `${i ? ', ' : ''}${k}: ` });
        parts.push({ v: x, depth: depth + 1 });
      });
      parts.push({ v: null, depth, text: '}' });
      for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]!);
    }
  }
  return out.length > MAX_CHARS ? `${out.slice(0, MAX_CHARS)}…` : out;
}

/** A scope as a list of sizes or sub-model ids (a string, or a list of strings), else empty. */
export function scopeOf(v: unknown): string[] {
  if (typeof v === 'string' && v) return [v];
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && !!s).slice(0, MAX_ITEMS) : [];
}

/** " — 32B, 110B" for a scoped claim or relation, '' for one about the whole node. Model ids show as their names. */
export function scopeText(graph: ViewGraph, scope: unknown, lang: Lang): string {
  const list = scopeOf(scope).map((s) => (graph.hasNode(s) ? labelOf(graph.getNodeAttributes(s), lang) : s));
  return list.length ? ` — ${list.join(', ')}` : '';
}

export interface ValueContext {
  graph: ViewGraph;
  lang: Lang;
  select(id: string): void;
}

/** A citation of a source id: a link to its URL when it has one, else a button that selects it. */
function cite(ctx: ValueContext, id: string): HTMLElement {
  const g = ctx.graph;
  if (!g.hasNode(id)) return h('span', { class: 'cite' }, id);
  const a = g.getNodeAttributes(id);
  const label = labelOf(a, ctx.lang);
  const url = safeUrl(a.url);
  if (url)
    return h('a', { class: 'cite', href: url, title: `${label} — ${url}`, attrs: { target: '_blank', rel: 'noopener noreferrer' } }, label);
  return h('button', { type: 'button', class: 'cite', title: t(ctx.lang, 'showInGraph'), on: { click: () => ctx.select(id) } }, label);
}

export function cites(ctx: ValueContext, ids: readonly unknown[] | undefined): HTMLElement | null {
  const list = Array.isArray(ids) ? ids.filter((s): s is string => typeof s === 'string') : [];
  if (!list.length) return null;
  return h('span', { class: 'srcs' }, ...list.slice(0, MAX_ITEMS).map((s) => cite(ctx, s)));
}

/** A value as an element (a link for a URL). */
function valueEl(value: unknown, text?: string): HTMLElement {
  const s = text ?? format(value);
  const url = safeUrl(s);
  if (url) return h('a', { class: 'val', href: url, attrs: { target: '_blank', rel: 'noopener noreferrer' } }, s);
  return h('span', { class: `val${s.length > 40 ? ' long' : ''}` }, s);
}

const STATUSES = ['preferred', 'alternative', 'disputed'] as const;
const statusOf = (c: ClaimLike) => STATUSES.find((s) => s === c.status) ?? 'preferred';
/** The library's claim rules read a status and a value; the panel's claims come from any file. */
const ranked = (c: ClaimLike) => ({ ...c, status: statusOf(c), scope: scopeOf(c.scope) });
const unreported = (c: ClaimLike) => isUnreported(ranked(c));

const claimText = (c: ClaimLike, lang: Lang) =>
  unreported(c)
    ? t(lang, 'notReported')
    : typeof c.text === 'string'
      ? c.text // as the source wrote it, its qualifier included (">500K")
      : `${typeof c.qualifier === 'string' ? c.qualifier : ''}${format(c.value)}`;

function claimCard(ctx: ValueContext, c: ClaimLike): HTMLElement {
  const status = statusOf(c);
  const text = claimText(c, ctx.lang) + scopeText(ctx.graph, c.scope, ctx.lang);
  const none = unreported(c) && status !== 'disputed';
  return h(
    'div',
    { class: `claim ${status}${none ? ' unreported' : ''}` },
    h('div', { class: `claim-val${text.length > 40 ? ' long' : ''}` }, text),
    h('div', { class: 'claim-meta' }, h('span', { class: `badge ${status}` }, t(ctx.lang, status)), cites(ctx, c.sources)),
    typeof c.quote === 'string' && c.quote ? h('div', { class: 'quote' }, `“${c.quote}”`) : null,
    typeof c.note === 'string' && c.note ? h('div', { class: 'claim-meta' }, c.note) : null,
  );
}

/** One claim as a line: its value (or "not reported"), its scope, its sources and note. */
function valueLine(ctx: ValueContext, c: ClaimLike): HTMLElement {
  const none = unreported(c);
  return h(
    'div',
    { class: `value-line${none ? ' unreported' : ''}` },
    none ? h('span', { class: 'val muted' }, t(ctx.lang, 'notReported')) : valueEl(c.value, claimText(c, ctx.lang)),
    h('span', { class: 'scope' }, scopeText(ctx.graph, c.scope, ctx.lang)),
    cites(ctx, c.sources),
    typeof c.note === 'string' && c.note ? h('div', { class: 'claim-meta' }, c.note) : null,
  );
}

/**
 * An attribute's claims where they do not conflict: the shown values first
 * (`shown`), then "not reported" claims, then the rest (alternatives for a
 * scope already shown, disputed claims) as cards with their status.
 */
function valueLines(ctx: ValueContext, list: readonly ClaimLike[], shown: ReadonlySet<ClaimLike>): HTMLElement[] {
  const none = list.filter((c) => !shown.has(c) && unreported(c) && statusOf(c) !== 'disputed');
  const rest = list.filter((c) => !shown.has(c) && !none.includes(c)).slice(0, MAX_ITEMS);
  return [
    ...list.filter((c) => shown.has(c)).map((c) => valueLine(ctx, c)),
    ...none.map((c) => valueLine(ctx, c)),
    ...(rest.length ? [h('div', { class: 'claims' }, ...rest.map((c) => claimCard(ctx, c)))] : []),
  ];
}

/** True when `v` is a list of architecture rows (a size, its values, its sources), as the build writes them. */
export function isArchitectureRows(
  v: unknown,
): v is { size: string; values: Record<string, unknown>; sources: string[]; status?: string; note?: string }[] {
  return (
    Array.isArray(v) &&
    v.every(
      (r) =>
        r &&
        typeof r === 'object' &&
        typeof r.size === 'string' &&
        r.values &&
        typeof r.values === 'object' &&
        !Array.isArray(r.values) &&
        Array.isArray(r.sources) &&
        r.sources.every((s: unknown) => typeof s === 'string'),
    )
  );
}

/** Attributes shown elsewhere in the panel, or sigma's drawing state. */
const INTERNAL = new Set([
  'kind',
  'label',
  'labels',
  'display',
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

const isClaimList = (v: unknown): v is ClaimLike[] => Array.isArray(v) && v.length > 0 && v.every((c) => c && typeof c === 'object');

/** The attribute rows of a node: each claimed attribute (conflicts side by side), then any other attribute. */
export function attributes(ctx: ValueContext, a: NodeData, order: readonly string[]): HTMLElement[] {
  const claims = a.claims && typeof a.claims === 'object' && !Array.isArray(a.claims) ? (a.claims as Record<string, unknown>) : {};
  const conflicts = new Set(Array.isArray(a.conflicts) ? a.conflicts.filter((c): c is string => typeof c === 'string') : []);
  const rows: HTMLElement[] = [];
  const named = new Set<string>();
  const keys = Object.keys(claims).filter((n) => isClaimList(claims[n]));
  const names = [...order.filter((n) => keys.includes(n)), ...keys.filter((n) => !order.includes(n))];
  for (const name of names) {
    const list = claims[name] as ClaimLike[];
    named.add(name);
    named.add(`${name}_active`);
    const label = attributeLabel(name, ctx.lang);
    if (conflicts.has(name) && list.length > 1) {
      rows.push(
        h(
          'div',
          { class: 'conflict', role: 'group', attrs: { 'aria-label': `${label}: ${t(ctx.lang, 'conflict')}` } },
          h('div', { class: 'conflict-head' }, h('span', {}, label), h('span', { class: 'badge' }, t(ctx.lang, 'conflict'))),
          h('div', { class: 'claims' }, ...list.slice(0, MAX_ITEMS).map((c) => claimCard(ctx, c))),
        ),
      );
      continue;
    }
    // The shown values (one per scope: the graph's rule), each with its scope, sources and note; then what the
    // sources say the figure is not reported for, then the other claims (alternatives, disputed) as cards.
    const r = list.map(ranked);
    const picked = new Set(shownClaims(r));
    const shown = new Set(list.filter((_, k) => picked.has(r[k]!)));
    rows.push(h('dt', {}, label), h('dd', {}, ...valueLines(ctx, list, shown)));
  }
  // Attributes without claims: a graph from elsewhere, or extra fields.
  for (const key of Object.keys(a).sort()) {
    if (INTERNAL.has(key) || named.has(key)) continue;
    const v = a[key];
    if (key === 'architecture' && isArchitectureRows(v)) continue; // its own table (release.ts)
    if (v === undefined || v === null || v === '' || (typeof v === 'object' && !Object.keys(v as object).length)) continue;
    rows.push(h('dt', {}, attributeLabel(key, ctx.lang)), h('dd', {}, valueEl(v)));
  }
  return rows;
}
