/**
 * Values as the details panel shows them: any attribute value as text, its
 * claims with their status, sources, quote, note and scope (the sizes or
 * sub-models a claim applies to: "128K — 7B, 72B"), conflicting claims side
 * by side. Formatting is iterative and bounded (depth, items, length), so a
 * value nested 100,000 arrays deep from a dropped file prints as "…" instead
 * of overflowing the stack.
 */
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
  return h('span', { class: 'val' }, s);
}

const claimText = (c: ClaimLike) =>
  `${typeof c.qualifier === 'string' ? c.qualifier : ''}${typeof c.text === 'string' ? c.text : format(c.value)}`;
const STATUSES = ['preferred', 'alternative', 'disputed'] as const;

function claimCard(ctx: ValueContext, c: ClaimLike): HTMLElement {
  const status = STATUSES.find((s) => s === c.status) ?? 'preferred';
  const text = claimText(c) + scopeText(ctx.graph, c.scope, ctx.lang);
  return h(
    'div',
    { class: `claim ${status}` },
    h('div', { class: `claim-val${text.length > 40 ? ' long' : ''}` }, text),
    h('div', { class: 'claim-meta' }, h('span', { class: `badge ${status}` }, t(ctx.lang, status)), cites(ctx, c.sources)),
    typeof c.quote === 'string' && c.quote ? h('div', { class: 'quote' }, `“${c.quote}”`) : null,
    typeof c.note === 'string' && c.note ? h('div', { class: 'claim-meta' }, c.note) : null,
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
    // Several scoped claims (one per size) are listed; one claim is a value with its sources.
    const scoped = list.filter((c) => scopeOf(c.scope).length).length;
    if (scoped && list.length > 1) {
      rows.push(h('dt', {}, label), h('dd', {}, ...list.slice(0, MAX_ITEMS).map((c) => claimCard(ctx, c))));
      continue;
    }
    const lead = list[0]!;
    const sources = [...new Set(list.flatMap((c) => (Array.isArray(c.sources) ? c.sources : [])))];
    rows.push(
      h('dt', {}, label),
      h(
        'dd',
        {},
        valueEl(lead.value, claimText(lead) + scopeText(ctx.graph, lead.scope, ctx.lang)),
        cites(ctx, sources),
        typeof lead.note === 'string' && lead.note ? h('div', { class: 'claim-meta' }, lead.note) : null,
      ),
    );
  }
  // Attributes without claims: a graph from elsewhere, or extra fields.
  for (const key of Object.keys(a).sort()) {
    if (INTERNAL.has(key) || named.has(key)) continue;
    const v = a[key];
    if (v === undefined || v === null || v === '' || (typeof v === 'object' && !Object.keys(v as object).length)) continue;
    rows.push(h('dt', {}, attributeLabel(key, ctx.lang)), h('dd', {}, valueEl(v)));
  }
  return rows;
}
