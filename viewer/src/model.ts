/**
 * The viewer's model: pure functions over a graphology graph, with no DOM and
 * no sigma, so they run (and are tested) in Node as well as in the page.
 *
 * - normalise(): makes any imported graph (ours, another graphology JSON or a
 *   GEXF) drawable: label, kind, colour, size, position, since.
 * - facets(): kinds, families and motivations with their member nodes.
 * - visibility(): which nodes and edges the filters and the time slider keep.
 * - months: the time slider's unit.
 * - timelineLayout(): x = date, lanes by family (versions) and kind.
 * - SearchIndex: suggestions by label (any language), id and alias.
 */
import type Graph from 'graphology';
import { dateStart, edgeSince } from '../../src/graph/index.js';
import { KIND_NAMES, KINDS } from '../../src/vocabulary/index.js';

/** Node attributes the viewer relies on (after normalise). */
export interface NodeData {
  kind: string;
  label: string;
  labels: Record<string, string>;
  aliases: string[];
  color: string;
  size: number;
  x: number;
  y: number;
  /** YYYY-MM-DD, or '' when the node has no date (always shown). */
  since: string;
  family?: string;
  [attribute: string]: unknown;
}

/** Edge attributes the viewer relies on (after normalise). */
export interface EdgeData {
  relation: string;
  label?: string;
  sources?: string[];
  inferred?: boolean;
  since: string;
  [attribute: string]: unknown;
}

export interface GraphData {
  name?: string;
  start?: string;
  end?: string;
  languages?: string[];
  [attribute: string]: unknown;
}

export type ViewGraph = Graph<NodeData, EdgeData, GraphData>;

/** Colours for kinds the vocabulary does not know (dropped graphs). */
export const EXTRA_PALETTE = ['#8e44ad', '#16a085', '#d35400', '#c0392b', '#2c3e50', '#7d3c98', '#117a65', '#b9770e', '#1f618d', '#6c3483'];

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` → first day; anything else → ''. */
export function dayOf(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value) && value > 999 && value < 10000) value = String(value);
  if (typeof value !== 'string') return '';
  const s = value.trim().slice(0, 10);
  if (!DATE.test(s)) return '';
  return dateStart(s);
}

const isHex = (s: unknown): s is string => typeof s === 'string' && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(s);
const isRgb = (s: unknown): s is string => typeof s === 'string' && /^rgba?\([\d\s.,%]+\)$/i.test(s);
const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, s] of Object.entries(v)) if (typeof s === 'string' && s) out[k] = s;
  return out;
}

/** Colour of a kind: the vocabulary's palette, then a stable pick for unknown kinds. */
export function kindColor(kind: string, order: readonly string[] = []): string {
  const known = (KINDS as Record<string, { color: string } | undefined>)[kind];
  if (known) return known.color;
  const i = order.indexOf(kind);
  let h = 0;
  for (const ch of kind) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return EXTRA_PALETTE[(i >= 0 ? i : h) % EXTRA_PALETTE.length]!;
}

/**
 * Makes a freshly imported graph drawable, in place (the viewer owns this
 * copy): every node gets a string label, a kind, a colour, a size, finite
 * x/y and a `since` day; every edge a relation and a `since`. Attributes the
 * graph already has are kept. Returns the same graph.
 */
export function normalise(graph: Graph): ViewGraph {
  const g = graph as unknown as ViewGraph;
  const unknownKinds: string[] = [];
  const missing: string[] = [];
  g.updateEachNodeAttributes((id, a) => {
    const raw = a as Record<string, unknown>;
    const kind = typeof raw.kind === 'string' && raw.kind ? raw.kind : typeof raw.type === 'string' && raw.type ? raw.type : 'node';
    if (!(kind in KINDS) && !unknownKinds.includes(kind)) unknownKinds.push(kind);
    const labels = stringRecord(raw.labels);
    const label =
      typeof raw.label === 'string' && raw.label
        ? raw.label
        : typeof raw.label === 'number'
          ? String(raw.label)
          : (labels.en ?? Object.values(labels)[0] ?? id);
    if (!finite(raw.x) || !finite(raw.y)) missing.push(id);
    const released = dayOf(raw.released);
    const since = dayOf(raw.since) || released || (kind === 'source' ? dayOf(raw.date) : '');
    return {
      ...raw,
      kind,
      label,
      labels,
      aliases: Array.isArray(raw.aliases) ? raw.aliases.filter((s): s is string => typeof s === 'string') : [],
      color: isHex(raw.color) || isRgb(raw.color) ? raw.color : '',
      size: finite(raw.size) && raw.size > 0 ? Math.min(raw.size, 60) : 0,
      x: finite(raw.x) ? raw.x : 0,
      y: finite(raw.y) ? raw.y : 0,
      since,
      ...(typeof raw.family === 'string' ? { family: raw.family } : {}),
    } as NodeData;
  });
  unknownKinds.sort();
  g.updateEachNodeAttributes((id, a) => {
    if (!a.color) a.color = kindColor(a.kind, unknownKinds);
    if (!a.size) a.size = 4 + Math.min(12, 1.5 * Math.sqrt(g.degree(id)));
    return a;
  });
  if (g.order && missing.length) {
    // Nodes without a position go on a golden-angle spiral around the others.
    const golden = Math.PI * (3 - Math.sqrt(5));
    const spread = 10 * Math.sqrt(g.order);
    missing.sort().forEach((id, i) => {
      const r = spread * Math.sqrt((i + 0.5) / missing.length);
      g.mergeNodeAttributes(id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
    });
  }
  g.updateEachEdgeAttributes((_e, a, s, t) => {
    const raw = a as Record<string, unknown>;
    const relation =
      typeof raw.relation === 'string' && raw.relation ? raw.relation : typeof raw.label === 'string' && raw.label ? raw.label : 'related';
    const ss = g.getNodeAttribute(s, 'since');
    const ts = g.getNodeAttribute(t, 'since');
    const ends = edgeSince(ss, ts);
    const since = dayOf(raw.since) || ends;
    return {
      ...raw,
      relation,
      since,
      sources: Array.isArray(raw.sources) ? raw.sources.filter((x): x is string => typeof x === 'string') : [],
      inferred: raw.inferred === true,
    } as EdgeData;
  });
  return g;
}

/** The label of a node in `lang`, falling back to its main label. */
export function labelOf(a: Pick<NodeData, 'label' | 'labels'>, lang: string): string {
  return (lang !== 'en' && a.labels?.[lang]) || a.label;
}

// ---------------------------------------------------------------------------
// Facets

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
  /** Sorted distinct `since` days of versions: the release dates. */
  releases: string[];
}

/** Kinds in vocabulary order (then unknown kinds A→Z), families and motivations A→Z by label. */
export function facets(graph: ViewGraph): Facets {
  const byKind = new Map<string, string[]>();
  const families = new Map<string, string[]>();
  const motivations = new Map<string, string[]>();
  const serves = new Map<string, string[]>();
  const days = new Set<string>();
  const releases = new Set<string>();
  graph.forEachNode((id, a) => {
    if (a.kind === 'version' && a.since) releases.add(a.since);
    (byKind.get(a.kind) ?? byKind.set(a.kind, []).get(a.kind)!).push(id);
    if (a.since) days.add(a.since);
    if (a.kind === 'family') (families.get(id) ?? families.set(id, []).get(id)!).push(id);
    if (a.kind === 'motivation') (motivations.get(id) ?? motivations.set(id, []).get(id)!).push(id);
  });
  graph.forEachNode((id, a) => {
    if (a.family && a.kind !== 'family' && graph.hasNode(a.family) && graph.getNodeAttribute(a.family, 'kind') === 'family') {
      (families.get(a.family) ?? families.set(a.family, []).get(a.family)!).push(id);
    }
  });
  graph.forEachEdge((_e, a, s, t) => {
    if (a.relation !== 'serves' || !motivations.has(t)) return;
    (serves.get(s) ?? serves.set(s, []).get(s)!).push(t);
    const m = motivations.get(t)!;
    if (!m.includes(s)) m.push(s);
  });
  const kindOrder = [...byKind.keys()].sort((a, b) => {
    const ia = KIND_NAMES.indexOf(a as never);
    const ib = KIND_NAMES.indexOf(b as never);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : a > b ? 1 : 0);
  });
  const unknown = kindOrder.filter((k) => !(k in KINDS));
  const value = (key: string, members: string[], color: string): FacetValue => {
    const a = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
    return { key, label: a?.label ?? key, labels: a?.labels ?? {}, color, members };
  };
  const byLabel = (x: FacetValue, y: FacetValue) => x.label.localeCompare(y.label, 'en') || (x.key < y.key ? -1 : 1);
  return {
    kinds: kindOrder.map((k) => {
      const spec = (KINDS as Record<string, { label: { en: string; zh: string } } | undefined>)[k];
      return {
        key: k,
        label: spec?.label.en ?? k,
        labels: spec ? { ...spec.label } : {},
        color: kindColor(k, unknown),
        members: byKind.get(k)!,
      };
    }),
    families: [...families].map(([k, m]) => value(k, m, graph.getNodeAttribute(k, 'color'))).sort(byLabel),
    motivations: [...motivations].map(([k, m]) => value(k, m, graph.getNodeAttribute(k, 'color'))).sort(byLabel),
    serves,
    days: [...days].sort(),
    releases: [...releases].sort(),
  };
}

// ---------------------------------------------------------------------------
// Time: the slider counts months.

/** Month number of a day or month (`2023-12` → 2023·12 + 11). */
export function monthIndex(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  return y * 12 + (m - 1);
}

/** `YYYY-MM` of a month number. */
export function monthKey(index: number): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** Human month: `Dec 2023` / `2023年12月`. */
export function monthLabel(index: number, lang: string): string {
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  if (lang === 'zh') return `${y}年${m + 1}月`;
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m]} ${y}`;
}

/**
 * The slider's range: from the first release to the last dated thing (when
 * the graph has versions; papers from years before the first release would
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
}

export const NO_FILTER: Filter = { hideKinds: new Set(), hideFamilies: new Set(), hideMotivations: new Set(), month: null, inferred: true };

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** One node's verdict under the filter. */
export function nodeVisible(graph: ViewGraph, f: Facets, filter: Filter, id: string): boolean {
  const a = graph.getNodeAttributes(id);
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

// ---------------------------------------------------------------------------
// Labels always drawn

/**
 * Nodes whose label is always drawn: versions and families, and the major
 * techniques (the most connected sixth, at least six of them, degree 4 or
 * more). Capped so a big graph does not drown in text; other labels appear
 * where there is room, and on zoom.
 */
export function alwaysLabelled(graph: ViewGraph, cap = graph.order > 1000 ? 24 : 60): Set<string> {
  const versions: string[] = [];
  const techniques: string[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind === 'version' || a.kind === 'family') versions.push(id);
    else if (a.kind === 'technique') techniques.push(id);
  });
  const byDegree = (x: string, y: string) => graph.degree(y) - graph.degree(x) || (x < y ? -1 : 1);
  versions.sort(byDegree);
  techniques.sort(byDegree);
  const major = techniques.slice(0, Math.max(6, Math.ceil(techniques.length / 6))).filter((t) => graph.degree(t) >= 4);
  return new Set([...versions.slice(0, cap), ...major].slice(0, cap));
}

// ---------------------------------------------------------------------------
// Label metrics (the layout makes room for labels; labels.ts draws them)

/** On-screen node radius per unit of the exported `size` (the builder's sizes are generous for Gephi). */
export const SIZE_SCALE = 0.6;
/** Label font size in CSS pixels; versions and families are one pixel larger and bold. */
export const LABEL_PX = 13;
/** Labels longer than this many characters are clipped with an ellipsis. */
export const LABEL_MAX = 48;
/** Height of a drawn label with its white halo, in CSS pixels (the font size and 3.5 px). */
export const LABEL_BOX_PX = 17;
const BOLD_KINDS = new Set(['version', 'family']);

export const isBoldKind = (kind: unknown): boolean => BOLD_KINDS.has(String(kind));
export const clipLabel = (s: string): string => (s.length > LABEL_MAX ? `${s.slice(0, LABEL_MAX - 1)}…` : s);
/** On-screen node radius at camera ratio 1 (sigma grows it by 1/√ratio when zooming in). */
export const nodeRadius = (size: number): number => Math.max(2.5, size * SIZE_SCALE);
/** In the timeline, nodes other than versions are drawn at most this radius (at ratio 1), so they fit their rows. */
export const TIMELINE_NODE_PX = 5;
export const timelineRadius = (kind: string, size: number): number =>
  kind === 'version' ? nodeRadius(size) : Math.min(nodeRadius(size), TIMELINE_NODE_PX);

/**
 * Width of a label in CSS pixels, estimated from its characters: at least
 * the width in DejaVu Sans (the widest of the usual UI fonts; Debian's
 * system-ui) and so in the narrower ones. CJK characters are one em.
 */
export function labelWidthPx(text: string, bold = false): number {
  const em = bold ? LABEL_PX + 1 : LABEL_PX;
  let w = 0;
  for (const ch of clipLabel(text)) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 && c <= 0xffef && !(c >= 0xfe00 && c <= 0xfe0f)) w += 1.0;
    else if (/[ijlI.,:;'|!]/.test(ch)) w += 0.32;
    else if (/[ frt/()\-[\]{}]/.test(ch)) w += 0.42;
    else if (/[mwMW+&%@]/.test(ch)) w += 1.02;
    else if (/[A-Z0-9]/.test(ch)) w += 0.8;
    else if (/[a-z]/.test(ch)) w += 0.66;
    else w += 0.85;
  }
  return Math.ceil(w * em * (bold ? 1.12 : 1));
}

/** The widest of a node's labels (every language), in CSS pixels. */
export function widestLabelPx(a: Pick<NodeData, 'label' | 'labels' | 'kind'>): number {
  const bold = isBoldKind(a.kind);
  let w = labelWidthPx(a.label, bold);
  for (const l of Object.values(a.labels ?? {})) w = Math.max(w, labelWidthPx(l, bold));
  return w;
}

// ---------------------------------------------------------------------------
// Timeline layout

export interface Lane {
  key: string;
  /** English label; the UI localises family lanes with the family's labels. */
  label: string;
  labels: Record<string, string>;
  /** Vertical extent in graph units (top > bottom: y grows upwards). */
  top: number;
  bottom: number;
}

/** A rectangle in graph units (y grows upwards: y1 > y0). */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Timeline {
  positions: Map<string, { x: number; y: number }>;
  lanes: Lane[];
  /** x of a (fractional) month number; increasing. */
  xOfMonth: (month: number) => number;
  /** First and last month with a dated node. */
  min: number;
  max: number;
  /** x of undated nodes (left of everything). */
  undatedX: number;
}

/**
 * Timeline geometry, in graph units. The layout is drawn for a reading scale
 * of TIMELINE_PX CSS pixels per unit: there a row is a label height apart and
 * the columns of a crowded date leave room for their labels.
 */
export const TIMELINE_PX = 3;
const RATE = 8; // x per month from the first release on
const RATE_BEFORE = 0.6; // x per month before it (old papers)
const ROW = 6; // y between rows (18 px at the reading scale: a label's box and a gap)
const ROWS_MAX = 9; // rows before a date's nodes wrap into another column
const BLOCK_SHAPE = 8; // a block of n nodes has about √(8n) rows
const MIN_DX = 3; // x two nodes in one row keep apart
const GAP_PX = 10; // between the end of a label and the next node in its row
/**
 * Node radius at the reading scale over the radius at camera ratio 1. The
 * reading scale is closer than the fitted view (ratio 0.52 for the Qwen data
 * in a 730 × 680 pane) and sigma grows nodes by 1/√ratio (1.39 there); 1.6
 * covers ratios down to 0.39.
 */
const READ_GROWTH = 1.6;
const LANE_GAP = 5;

/** The lane a node goes in: versions by family, everything else by kind. */
export const timelineLane = (a: Pick<NodeData, 'kind' | 'family'>): string =>
  a.kind === 'version' ? `family:${a.family ?? ''}` : `kind:${a.kind}`;

/** A node's radius at the reading scale, in graph units. */
export const timelineReadRadius = (a: Pick<NodeData, 'kind' | 'size'>): number =>
  (timelineRadius(a.kind, a.size) * READ_GROWTH) / TIMELINE_PX;

/**
 * Where a node's label is drawn at the reading scale, in graph units: from
 * 4 px right of the node over its widest label (any language), a label box
 * high, centred on the node. The layout keeps these apart within a date.
 */
export function timelineLabelBox(a: Pick<NodeData, 'kind' | 'size' | 'label' | 'labels'>, p: { x: number; y: number }): Box {
  const x0 = p.x + timelineReadRadius(a) + 4 / TIMELINE_PX;
  const half = LABEL_BOX_PX / 2 / TIMELINE_PX;
  return { x0, x1: x0 + widestLabelPx(a) / TIMELINE_PX, y0: p.y - half, y1: p.y + half };
}

/** Month number with the day as a fraction (`2024-06-16` → 2024·12 + 5.48). */
export function monthFloat(day: string): number {
  return monthIndex(day) + (day.length >= 10 ? (Number(day.slice(8, 10)) - 1) / 31 : 0);
}

/**
 * The timeline layout, the way evolution trees are drawn: x is the date a
 * node joins the graph, versions in one lane per family and every other kind
 * in a lane of its own. Nodes that share a date stack in rows a label height
 * apart (a node apart in lanes of bigger nodes: versions); more than
 * ROWS_MAX make a block of about √(8n) rows and as many columns as needed,
 * each as wide as its longest label (shortest labels first), so at the
 * reading scale no label of a block meets another or a node of the block.
 * The lane's next date moves right past the block's labels, and the axis
 * with it (later dates keep their spacing), so order is always date order.
 * A node of a later date takes the first row whose last label has ended
 * (ROWS_MAX rows at most, then the row that ends first: the label placer in
 * labels.ts leaves out what would still overlap). Time before the first
 * release (old papers) is compressed. Deterministic: only ids, dates,
 * degrees, sizes and labels decide, never the order of the nodes.
 */
export function timelineLayout(graph: ViewGraph, f: Facets): Timeline {
  const byLane = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    const k = timelineLane(a);
    (byLane.get(k) ?? byLane.set(k, []).get(k)!).push(id);
  });
  const familyLanes = [...byLane.keys()].filter((k) => k.startsWith('family:'));
  const first = (k: string) =>
    byLane
      .get(k)!
      .map((id) => graph.getNodeAttribute(id, 'since') || '9999')
      .sort()[0]!;
  familyLanes.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : a < b ? -1 : 1));
  const kindLanes = f.kinds.map((k) => `kind:${k.key}`).filter((k) => byLane.has(k));
  const order = [...familyLanes, ...kindLanes];

  // Label geometry at the reading scale, in graph units.
  const radius = new Map<string, number>();
  const reaches = new Map<string, number>();
  graph.forEachNode((id, a) => {
    radius.set(id, timelineReadRadius(a));
    reaches.set(id, timelineLabelBox(a, { x: 0, y: 0 }).x1);
  });
  const r = (id: string) => radius.get(id)!;
  /** From the node's centre to the end of its label. */
  const reach = (id: string) => reaches.get(id)!;
  const gap = GAP_PX / TIMELINE_PX;

  // Per lane, nodes by date; crowded dates as blocks of columns.
  const byDate = new Map<string, Map<string, string[]>>(); // lane → day → ids
  const dates = new Set<string>();
  for (const lane of order) {
    const m = new Map<string, string[]>();
    for (const id of byLane.get(lane)!) {
      const d = graph.getNodeAttribute(id, 'since');
      (m.get(d) ?? m.set(d, []).get(d)!).push(id);
      if (d) dates.add(d);
    }
    for (const ids of m.values()) ids.sort((p, q) => graph.degree(q) - graph.degree(p) || (p < q ? -1 : 1));
    byDate.set(lane, m);
  }
  interface Block {
    /** Node ids per column, top row first. */
    columns: string[][];
    /** x of each column from the date's anchor. */
    offsets: number[];
    /** From the anchor to the end of the last column's labels (and a gap). */
    width: number;
  }
  const blocks = new Map<string, Block>(); // `${lane}\n${date}`
  for (const lane of order) {
    for (const [d, ids] of byDate.get(lane)!) {
      if (ids.length <= ROWS_MAX) continue;
      // Taller than ROWS_MAX as blocks grow (33 nodes: 2 columns of 17), so they do not grow only sideways.
      const cols = Math.ceil(ids.length / Math.max(ROWS_MAX, Math.ceil(Math.sqrt(ids.length * BLOCK_SHAPE))));
      const rows = Math.ceil(ids.length / cols);
      // Shortest labels in the first column, so each column is only as wide as it must be.
      const byWidth = [...ids].sort((p, q) => reach(p) - reach(q) || (p < q ? -1 : 1));
      const columns: string[][] = [];
      for (let c = 0; c < cols; c++) {
        const col = byWidth.slice(c * rows, (c + 1) * rows);
        col.sort((p, q) => graph.degree(q) - graph.degree(p) || (p < q ? -1 : 1));
        columns.push(col);
      }
      const offsets = [0];
      for (let c = 1; c < cols; c++) {
        const reachPrev = Math.max(...columns[c - 1]!.map(reach));
        const rNext = Math.max(...columns[c]!.map(r));
        offsets.push(offsets[c - 1]! + reachPrev + gap + rNext);
      }
      const last = cols - 1;
      blocks.set(`${lane}\n${d}`, { columns, offsets, width: offsets[last]! + Math.max(...columns[last]!.map(reach)) + gap });
    }
  }

  // Anchor x per date: the linear time scale, shifted right when a lane's next date would fall inside
  // that lane's last block (its columns and their labels); later dates keep their spacing.
  const sorted = [...dates].sort();
  const pivot = f.releases.length ? monthFloat(f.releases[0]!) : sorted.length ? monthFloat(sorted[0]!) : 0;
  const base = (m: number) => (m < pivot ? (m - pivot) * RATE_BEFORE : (m - pivot) * RATE);
  const anchors: { m: number; x: number }[] = [];
  const laneEnd = new Map<string, number>();
  let prevEnd = -Infinity;
  let shift = 0;
  for (const d of sorted) {
    const m = monthFloat(d);
    const prev = anchors[anchors.length - 1];
    let x = Math.max(base(m) + shift, prev ? prev.x + (m < pivot ? 0.4 : 1.5) : -Infinity);
    for (const lane of order) if (byDate.get(lane)!.has(d)) x = Math.max(x, laneEnd.get(lane) ?? -Infinity);
    shift = x - base(m);
    anchors.push({ m, x });
    for (const lane of order) {
      const b = blocks.get(`${lane}\n${d}`);
      if (!b) continue;
      laneEnd.set(lane, x + b.width);
      prevEnd = Math.max(prevEnd, x + b.width);
    }
  }
  const xOfMonth = (m: number): number => {
    if (!anchors.length) return base(m);
    if (m <= anchors[0]!.m) return anchors[0]!.x - (anchors[0]!.m - m) * (m < pivot ? RATE_BEFORE : RATE);
    for (let i = 1; i < anchors.length; i++) {
      const a = anchors[i - 1]!;
      const b = anchors[i]!;
      if (m <= b.m) return b.m === a.m ? b.x : a.x + ((m - a.m) / (b.m - a.m)) * (b.x - a.x);
    }
    const last = anchors[anchors.length - 1]!;
    return Math.max(last.x + (m - last.m) * RATE, prevEnd + (m - last.m) * RATE);
  };
  const anchorX = new Map(sorted.map((d, i) => [d, anchors[i]!.x]));
  let undatedWidth = 0;
  for (const lane of order) undatedWidth = Math.max(undatedWidth, blocks.get(`${lane}\n`)?.width ?? 0);
  const undatedX = (anchors[0]?.x ?? 0) - Math.max(18, undatedWidth);

  const positions = new Map<string, { x: number; y: number }>();
  const lanes: Lane[] = [];
  let edge: number | null = null; // the bottom edge of the lane above
  for (const key of order) {
    // Rows a label apart, or a node apart where nodes are bigger (versions).
    let maxR = 0;
    for (const id of byLane.get(key)!) maxR = Math.max(maxR, r(id));
    const pitch = Math.max(ROW, 2 * maxR + 2 / TIMELINE_PX);
    const pad = Math.max(ROW * 0.9, maxR + 2 / TIMELINE_PX);
    const top: number = edge === null ? 0 : edge - LANE_GAP - pad;
    // Rows of the lane, each with the x of its last node and where that node's label ends.
    const lastX: number[] = [];
    const lastEnd: number[] = [];
    const place = (id: string, x: number, row: number) => {
      while (lastX.length <= row) {
        lastX.push(-Infinity);
        lastEnd.push(-Infinity);
      }
      lastX[row] = Math.max(lastX[row]!, x);
      lastEnd[row] = Math.max(lastEnd[row]!, x + reach(id));
      positions.set(id, { x, y: top - row * pitch });
    };
    const days = [...byDate.get(key)!.keys()].sort();
    for (const d of days) {
      const ids = byDate.get(key)!.get(d)!;
      const x0 = d ? anchorX.get(d)! : undatedX;
      const block = blocks.get(`${key}\n${d}`);
      if (block) {
        for (const [c, col] of block.columns.entries()) for (const [row, id] of col.entries()) place(id, x0 + block.offsets[c]!, row);
        continue;
      }
      const taken = new Set<number>();
      for (const id of ids) {
        // The first row whose last label has ended; else a new row (up to ROWS_MAX);
        // else the row whose label ends first (the label placer leaves out a label that would overlap).
        const rows = Math.max(ROWS_MAX, lastX.length);
        let row = -1;
        for (let k = 0; k < rows && row < 0; k++) if (!taken.has(k) && (k >= lastX.length || lastEnd[k]! + gap <= x0 - r(id))) row = k;
        if (row < 0) {
          let best = Infinity;
          for (let k = 0; k < rows; k++) {
            if (taken.has(k) || x0 - lastX[k]! < MIN_DX) continue;
            if (lastEnd[k]! < best) [best, row] = [lastEnd[k]!, k];
          }
        }
        if (row < 0) row = Math.max(rows, lastX.length);
        taken.add(row);
        place(id, x0, row);
      }
    }
    const rows = Math.max(2, lastX.length);
    const bottom: number = top - (rows - 1) * pitch;
    let label = key.slice(key.indexOf(':') + 1);
    let labels: Record<string, string> = {};
    if (key.startsWith('family:')) {
      const fam = label && graph.hasNode(label) ? graph.getNodeAttributes(label) : undefined;
      label = fam ? fam.label : label || 'Versions';
      labels = fam ? { ...fam.labels } : {};
    } else {
      const kv = f.kinds.find((k) => `kind:${k.key}` === key);
      label = kv?.label ?? label;
      labels = kv?.labels ?? {};
    }
    lanes.push({ key, label, labels, top: top + pad, bottom: bottom - pad });
    edge = bottom - pad;
  }
  const range = sorted.length ? { min: monthIndex(sorted[0]!), max: monthIndex(sorted[sorted.length - 1]!) } : { min: 0, max: 0 };
  return { positions, lanes, xOfMonth, min: range.min, max: range.max, undatedX };
}

// ---------------------------------------------------------------------------
// Search

export interface Suggestion {
  id: string;
  label: string;
  kind: string;
  /** The text that matched when it is not the label (an alias, the id, another language). */
  via?: string;
}

interface Entry {
  id: string;
  texts: { text: string; low: string; primary: boolean }[];
  degree: number;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Suggestions by label (every language), id and alias: exact, then prefix, then word prefix, then substring. */
export class SearchIndex {
  private entries: Entry[] = [];

  constructor(private graph: ViewGraph) {
    graph.forEachNode((id, a) => {
      const texts: Entry['texts'] = [];
      const add = (text: string, primary: boolean) => {
        if (text && !texts.some((t) => t.text === text)) texts.push({ text, low: fold(text), primary });
      };
      add(a.label, true);
      for (const l of Object.values(a.labels)) add(l, true);
      for (const al of a.aliases) add(al, false);
      add(id, false);
      this.entries.push({ id, texts, degree: graph.degree(id) });
    });
  }

  search(query: string, lang = 'en', limit = 8): Suggestion[] {
    const q = fold(query.trim());
    if (!q) return [];
    const scored: { s: number; e: Entry; via: string | undefined }[] = [];
    for (const e of this.entries) {
      let best = 0;
      let via: string | undefined;
      for (const t of e.texts) {
        let s = 0;
        if (t.low === q) s = 100;
        else if (t.low.startsWith(q)) s = 80;
        else if (t.low.split(/[\s\-_/.()]+/).some((w) => w.startsWith(q))) s = 60;
        else if (t.low.includes(q)) s = 40;
        if (!s) continue;
        if (t.primary) s += 5;
        if (s > best) {
          best = s;
          via = t.primary ? undefined : t.text;
        }
      }
      if (best) scored.push({ s: best, e, via });
    }
    scored.sort((a, b) => b.s - a.s || b.e.degree - a.e.degree || (a.e.id < b.e.id ? -1 : 1));
    return scored.slice(0, limit).map(({ e, via }) => {
      const a = this.graph.getNodeAttributes(e.id);
      const label = labelOf(a, lang);
      return { id: e.id, label, kind: a.kind, ...(via && via !== label ? { via } : {}) };
    });
  }
}

/** A safe link target: http(s) URLs only (never `javascript:`). */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
