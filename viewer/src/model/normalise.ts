/**
 * Makes any imported graph drawable (ours, another graphology JSON, a GEXF):
 * every node gets a string label, a kind, a colour, a size, a finite position
 * and a `since` day; every edge a relation and a `since`. Pure (no DOM, no
 * sigma). Names found on Object.prototype (`constructor`, `__proto__`) are
 * ordinary strings here: every lookup in a vocabulary table is an own-key
 * lookup.
 */
import type Graph from 'graphology';
import { dateStart, displayName, edgeSince, familyColours, nodeColour } from '../../../src/graph/index.js';
import { KINDS } from '../../../src/vocabulary/index.js';

/** Node attributes the viewer relies on (after normalise). */
export interface NodeData {
  kind: string;
  label: string;
  labels: Record<string, string>;
  /** The label made unique across kinds (`DeepSeek-R1 (paper)`), when the build gave one. */
  display?: string;
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
  /** Sizes or sub-model ids the relation applies to. */
  scope?: string[];
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

/** True when the vocabulary knows `kind` (an own key: `constructor` is not a kind). */
export const isKnownKind = (kind: string): kind is keyof typeof KINDS => Object.hasOwn(KINDS, kind);

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
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

function stringRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v))
    for (const [k, s] of Object.entries(v)) {
      if (typeof s !== 'string' || !s) continue;
      // `__proto__` as a key would set the prototype: define it as an own property instead.
      if (k === '__proto__') Object.defineProperty(out, k, { value: s, enumerable: true, writable: true, configurable: true });
      else out[k] = s;
    }
  return out;
}

/** Colour of a kind the graph carries no colour for: the vocabulary's, then a stable pick for unknown kinds. */
export function kindColor(kind: string, order: readonly string[] = []): string {
  if (isKnownKind(kind)) return KINDS[kind].color;
  const i = order.indexOf(kind);
  let h = 0;
  for (const ch of kind) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return EXTRA_PALETTE[(i >= 0 ? i : h) % EXTRA_PALETTE.length]!;
}

/**
 * Makes a freshly imported graph drawable, in place (the viewer owns this
 * copy). Attributes the graph already has are kept; a node without a colour
 * gets the one techgraph's build would give it (src/graph colours).
 */
export function normalise(graph: Graph): ViewGraph {
  const g = graph as unknown as ViewGraph;
  const unknownKinds: string[] = [];
  const missing: string[] = [];
  g.updateEachNodeAttributes((id, a) => {
    const raw = a as Record<string, unknown>;
    const kind = typeof raw.kind === 'string' && raw.kind ? raw.kind : typeof raw.type === 'string' && raw.type ? raw.type : 'node';
    if (!isKnownKind(kind) && !unknownKinds.includes(kind)) unknownKinds.push(kind);
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
    // Invalid keys are set to undefined, not deleted (a delete would slow every later read of the object).
    const out = {
      ...raw,
      kind,
      label,
      labels,
      aliases: strings(raw.aliases),
      color: isHex(raw.color) || isRgb(raw.color) ? raw.color : '',
      size: finite(raw.size) && raw.size > 0 ? Math.min(raw.size, 60) : 0,
      x: finite(raw.x) ? raw.x : 0,
      y: finite(raw.y) ? raw.y : 0,
      since,
    } as NodeData;
    if (out.family !== undefined && typeof out.family !== 'string') out.family = undefined;
    if (out.display !== undefined && !(typeof out.display === 'string' && out.display)) out.display = undefined;
    return out;
  });
  unknownKinds.sort();
  const families = familyColours(g);
  g.updateEachNodeAttributes((id, a) => {
    if (!a.color) a.color = nodeColour(id, a, families) ?? kindColor(a.kind, unknownKinds);
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
    const ends = edgeSince(g.getNodeAttribute(s, 'since'), g.getNodeAttribute(t, 'since'));
    const out = {
      ...raw,
      relation,
      since: dayOf(raw.since) || ends,
      sources: strings(raw.sources),
      inferred: raw.inferred === true,
    } as EdgeData;
    if (raw.scope !== undefined) {
      const scope = typeof raw.scope === 'string' ? [raw.scope] : strings(raw.scope);
      out.scope = scope.length ? scope : undefined;
    }
    return out;
  });
  return g;
}

/**
 * The name of a node in `lang`: its label in that language, else its display
 * name (its label made unique across kinds), else its label. A translation
 * equal to the plain label clashes as the label does, so the display name wins,
 * in `lang` when the node says its kind (the graph's `displayName` rule).
 */
export function labelOf(
  a: Pick<NodeData, 'label' | 'labels'> & { display?: unknown; kind?: unknown; source_type?: unknown },
  lang: string,
): string {
  const own = lang !== 'en' && a.labels && Object.hasOwn(a.labels, lang) ? a.labels[lang] : undefined;
  const display = typeof a.display === 'string' && a.display ? a.display : undefined;
  if (own && !(display && own === a.label)) return own;
  if (display && lang !== 'en' && typeof a.kind === 'string') return displayName(own ?? a.label, a.kind, a.source_type, lang);
  return display ?? a.label;
}
