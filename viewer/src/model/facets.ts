/**
 * What the filters offer and what they keep, in pure functions over the
 * normalised graph (no DOM, no sigma): kinds, families and motivations with
 * their members; the time slider's months; which nodes and edges a filter
 * keeps; which labels are always drawn.
 */
import { monthIndex } from '../../../src/layout/index.js';
import { isRelease, KIND_NAMES, KINDS } from '../../../src/vocabulary/index.js';
import { dayOf, isKnownKind, kindColor, type ViewGraph } from './normalise.js';

export interface FacetValue {
  /** Kind name, family id or motivation id. */
  key: string;
  /** Display label (English; the UI localises). */
  label: string;
  labels: Record<string, string>;
  color: string;
  /** Nodes the value stands for. */
  members: string[];
}

export interface Facets {
  kinds: FacetValue[];
  families: FacetValue[];
  motivations: FacetValue[];
  /** Technique → motivations it serves. */
  serves: Map<string, string[]>;
  /** Sorted distinct `since` days (non-empty). */
  days: string[];
  /** Sorted distinct release days (see releaseDays): the release dates. */
  releases: string[];
  /** Each dated release's day. */
  releaseDay: ReadonlyMap<string, string>;
}

/**
 * The day each release (version, sub-model) came out: its `released` date
 * when the graph dates releases so (a release without one is undated, and
 * left off the slider: the time model puts it at the graph's start), else
 * its `since` (a graph from elsewhere).
 */
export function releaseDays(graph: ViewGraph): Map<string, string> {
  const releases = graph.filterNodes((_id, a) => isRelease(a.kind));
  const byReleased = releases.some((id) => graph.getNodeAttribute(id, 'released') !== undefined);
  const out = new Map<string, string>();
  for (const id of releases) {
    const a = graph.getNodeAttributes(id);
    const day = byReleased ? dayOf(a.released) : a.since;
    if (day) out.set(id, day);
  }
  return out;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);

/** Kinds in vocabulary order (then unknown kinds A→Z), families and motivations A→Z by label. */
export function facets(graph: ViewGraph): Facets {
  const releaseDay = releaseDays(graph);
  const releases = new Set(releaseDay.values());
  const byKind = new Map<string, string[]>();
  const families = new Map<string, string[]>();
  const motivations = new Map<string, string[]>();
  const serves = new Map<string, string[]>();
  const days = new Set<string>();
  graph.forEachNode((id, a) => {
    push(byKind, a.kind, id);
    if (a.since) days.add(a.since);
    if (a.kind === 'family') push(families, id, id);
    if (a.kind === 'motivation') push(motivations, id, id);
  });
  graph.forEachNode((id, a) => {
    if (a.family && a.kind !== 'family' && graph.hasNode(a.family) && graph.getNodeAttribute(a.family, 'kind') === 'family')
      push(families, a.family, id);
  });
  graph.forEachEdge((_e, a, s, t) => {
    if (a.relation !== 'serves' || !motivations.has(t)) return;
    push(serves, s, t);
    const m = motivations.get(t)!;
    if (!m.includes(s)) m.push(s);
  });
  const rank = (k: string) => {
    const i = KIND_NAMES.indexOf(k as never);
    return i < 0 ? KIND_NAMES.length : i;
  };
  const kindOrder = [...byKind.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const unknown = kindOrder.filter((k) => !isKnownKind(k));
  const value = (key: string, members: string[], color: string): FacetValue => {
    const a = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
    return { key, label: a?.display ?? a?.label ?? key, labels: a?.labels ?? {}, color, members };
  };
  const byLabel = (x: FacetValue, y: FacetValue) => x.label.localeCompare(y.label, 'en') || (x.key < y.key ? -1 : 1);
  return {
    kinds: kindOrder.map((k) => ({
      key: k,
      label: isKnownKind(k) ? KINDS[k].label.en : k,
      labels: isKnownKind(k) ? { ...KINDS[k].label } : {},
      color: kindColor(k, unknown),
      members: byKind.get(k)!,
    })),
    families: [...families].map(([k, m]) => value(k, m, graph.getNodeAttribute(k, 'color'))).sort(byLabel),
    motivations: [...motivations].map(([k, m]) => value(k, m, graph.getNodeAttribute(k, 'color'))).sort(byLabel),
    serves,
    days: [...days].sort(),
    releases: [...releases].sort(),
    releaseDay,
  };
}

// ---------------------------------------------------------------------------
// Time: the slider counts months (monthIndex: the layout face's).

/** `YYYY-MM` of a month number. */
export function monthKey(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Human month: `Dec 2023` / `2023年12月`. */
export function monthLabel(index: number, lang: string): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  return lang === 'zh' ? `${y}年${m + 1}月` : `${MONTHS[m]} ${y}`;
}

/** Short month name (`Mar` / `3月`). */
export const monthName = (month: number, lang: string): string => (lang === 'zh' ? `${month + 1}月` : MONTHS[month]!);

/**
 * The slider's range: from the first release to the last dated thing (when
 * the graph has releases; papers from years before the first release would
 * only stretch the track), else over every dated node; null when nothing is dated.
 */
export function timeRange(f: Pick<Facets, 'days' | 'releases'>): { min: number; max: number } | null {
  if (!f.days.length) return null;
  const first = f.releases.length ? f.releases[0]! : f.days[0]!;
  return { min: monthIndex(first), max: Math.max(monthIndex(first), monthIndex(f.days[f.days.length - 1]!)) };
}

/** True when something dated `since` exists at the end of month `month` (`YYYY-MM`). Undated things always exist. */
export function existsAt(since: string, month: string | null): boolean {
  return !month || !since || since.slice(0, 7) <= month;
}

// ---------------------------------------------------------------------------
// Filters

export interface Filter {
  hideKinds: ReadonlySet<string>;
  hideFamilies: ReadonlySet<string>;
  hideMotivations: ReadonlySet<string>;
  /** `YYYY-MM`: the graph as it stood at the end of that month; null = everything. */
  month: string | null;
  /** Show the builder's inferred relations (pursues, introduces). */
  inferred: boolean;
  /** Only these nodes (the lineage tree), or every node. */
  only?: ReadonlySet<string> | null;
}

export const NO_FILTER: Filter = { hideKinds: new Set(), hideFamilies: new Set(), hideMotivations: new Set(), month: null, inferred: true };

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** One node's verdict under the filter. */
export function nodeVisible(graph: ViewGraph, f: Facets, filter: Filter, id: string): boolean {
  const a = graph.getNodeAttributes(id);
  if (filter.only && !filter.only.has(id)) return false;
  if (filter.hideKinds.has(a.kind)) return false;
  if (!existsAt(a.since, filter.month)) return false;
  if (filter.hideFamilies.size) {
    if (a.kind === 'family' && filter.hideFamilies.has(id)) return false;
    if (a.family && filter.hideFamilies.has(a.family)) return false;
  }
  if (filter.hideMotivations.size) {
    if (a.kind === 'motivation' && filter.hideMotivations.has(id)) return false;
    const served = f.serves.get(id);
    if (served?.length && served.every((m) => filter.hideMotivations.has(m))) return false;
  }
  return true;
}

/** The nodes and edges the filter keeps. An edge needs both ends and its own date. */
export function visibility(graph: ViewGraph, f: Facets, filter: Filter): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((id) => {
    if (nodeVisible(graph, f, filter, id)) nodes.add(id);
  });
  const edges = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (!nodes.has(s) || !nodes.has(t)) return;
    if (!filter.inferred && a.inferred) return;
    if (!existsAt(a.since, filter.month)) return;
    edges.add(e);
  });
  return { nodes, edges };
}

/** visible/total of each facet value. */
export function counts(values: readonly FacetValue[], visible: ReadonlySet<string>): Map<string, { visible: number; total: number }> {
  const out = new Map<string, { visible: number; total: number }>();
  for (const v of values) out.set(v.key, { visible: v.members.filter((m) => visible.has(m)).length, total: v.members.length });
  return out;
}

/**
 * Nodes whose label is always offered: releases and families, and the major
 * techniques (the most connected sixth, at least six of them, degree 4 or
 * more). Capped so a big graph does not drown in text; other labels appear
 * where there is room, and on zoom. The label placer still drops a label
 * that would overlap one drawn before it (releases first).
 */
export function alwaysLabelled(graph: ViewGraph, cap = graph.order > 1000 ? 24 : 60): Set<string> {
  const releases: string[] = [];
  const techniques: string[] = [];
  graph.forEachNode((id, a) => {
    if (isRelease(a.kind) || a.kind === 'family') releases.push(id);
    else if (a.kind === 'technique') techniques.push(id);
  });
  const byDegree = (x: string, y: string) => graph.degree(y) - graph.degree(x) || (x < y ? -1 : 1);
  releases.sort(byDegree);
  techniques.sort(byDegree);
  const major = techniques.slice(0, Math.max(6, Math.ceil(techniques.length / 6))).filter((t) => graph.degree(t) >= 4);
  return new Set([...releases.slice(0, cap), ...major].slice(0, cap));
}
