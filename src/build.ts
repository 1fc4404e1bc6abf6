/**
 * Build: FactSet → graphology graph. Nodes are added in id order and edges in
 * (source, relation, target) order, so the graph (and every export) is the
 * same for the same facts. Adds the inferred relations and the time model.
 */
import Graph from 'graphology';
import { cmp } from './diagnostics.js';
import { preferred, type Claim, type FactSet, type NodeFact, type RelationFact } from './facts.js';
import { dateStart, type TypedValue } from './values.js';
import { ATTRIBUTE_NAMES, type Attribute } from './vocabulary/attributes.js';
import { KINDS, type Kind } from './vocabulary/kinds.js';
import { RELATIONS, type Relation } from './vocabulary/relations.js';

/** A claim as stored on the graph (JSON-friendly). */
export interface ClaimRecord {
  value: TypedValue['value'];
  text: string;
  sources: string[];
  status: Claim['status'];
  note?: string;
  quote?: string;
  /** Active parameters of a `params` value. */
  active?: number;
  qualifier?: string;
}

/** Attributes of a node in the graph and in `graph.json`. */
export interface NodeAttributes {
  kind: Kind;
  label: string;
  labels: Record<string, string>;
  aliases: string[];
  description?: string;
  descriptions: Record<string, string>;
  sources: string[];
  note?: string;
  /** Family id for versions and sources that name one. */
  family?: string;
  /** Date (YYYY-MM-DD) from which the node is part of the graph; see timeline. */
  since: string;
  color: string;
  size: number;
  x: number;
  y: number;
  /** Every claim per attribute, the preferred one first. */
  claims: Partial<Record<Attribute, ClaimRecord[]>>;
  /** Attributes whose sources disagree. */
  conflicts: Attribute[];
  /** Preferred values, flattened: `released`, `vocabulary`, … */
  [attribute: string]: unknown;
}

/** Attributes of an edge. */
export interface EdgeAttributes {
  relation: Relation;
  label: string;
  sources: string[];
  status: Claim['status'];
  inferred: boolean;
  since: string;
  note?: string;
  quote?: string;
  /** For `pursues`: the techniques through which the version pursues the motivation. */
  via?: string[];
}

/** The graph type techgraph builds. */
export type TechGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Graph-level attributes. */
export interface GraphAttributes {
  name: string;
  /** First and last date of the timeline (YYYY-MM-DD); `end` is after every `since`. */
  start: string;
  end: string;
  /** Languages that labels use, `en` first. */
  languages: string[];
}

/** Options of `build`. */
export interface BuildOptions {
  /** Graph name written into the exports. */
  name?: string;
  /** Called every few thousand nodes and relations added: (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Edge key: unique per (source, relation, target). */
export const edgeKey = (source: string, relation: Relation, target: string) => `${source}->${relation}->${target}`;

/** Builds the graph from validated facts. */
export function build(facts: FactSet, options: BuildOptions = {}): TechGraph {
  const graph: TechGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  const languages = new Set<string>();
  const total = facts.nodes.length + facts.relations.length;
  let done = 0;
  options.onProgress?.(0, total);
  const step = () => {
    if (++done % 4096 === 0) options.onProgress?.(done, total);
  };
  for (const n of facts.nodes) {
    Object.keys(n.labels).forEach((l) => languages.add(l));
    graph.addNode(n.id, nodeAttributes(n));
    step();
  }
  for (const r of facts.relations) {
    addRelation(graph, r);
    step();
  }
  for (const r of infer(graph)) graph.addDirectedEdgeWithKey(edgeKey(r.source, r.relation, r.target), r.source, r.target, r.attributes);
  // Family of versions and sources.
  graph.forEachEdge((_, a, s, t) => {
    if (a.relation === 'in_family' || (a.relation === 'published_by' && !graph.getNodeAttribute(s, 'family'))) graph.setNodeAttribute(s, 'family', t);
  });
  const { start, end } = timeline(graph);
  graph.forEachNode((n, a) => graph.setNodeAttribute(n, 'size', round(KINDS[a.kind].size + 1.5 * Math.sqrt(graph.degree(n)))));
  const langs = [...languages].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : cmp(a, b)));
  graph.replaceAttributes({ name: options.name ?? 'techgraph', start, end, languages: langs });
  options.onProgress?.(total, total);
  return graph;
}

function nodeAttributes(n: NodeFact): NodeAttributes {
  const claims: NodeAttributes['claims'] = {};
  const flat: Record<string, unknown> = {};
  const conflicts: Attribute[] = [];
  for (const attr of ATTRIBUTE_NAMES) {
    const list = n.attributes[attr];
    if (!list) continue;
    claims[attr] = list.map(claimRecord);
    // A fact whose every claim is disputed has no value to show; its claims stay visible.
    const lead = preferred(list)!;
    if (lead.status !== 'disputed') {
      flat[attr] = lead.value.value;
      if (lead.value.type === 'params' && lead.value.active !== undefined) flat[`${attr}_active`] = lead.value.active;
    }
    if (list.some((c) => c.status === 'disputed') || (list.length > 1 && new Set(list.map((c) => JSON.stringify(c.value.value))).size > 1)) conflicts.push(attr);
  }
  const label = n.labels.en ?? Object.values(n.labels)[0] ?? n.id;
  const description = n.descriptions.en ?? Object.values(n.descriptions)[0];
  // Built key by key (not spread): the key order is the export's, and a node is built 100k times on big data.
  const a = { kind: n.kind, label, labels: n.labels, aliases: n.aliases } as NodeAttributes;
  if (description) a.description = description;
  a.descriptions = n.descriptions;
  a.sources = n.sources;
  if (n.note) a.note = n.note;
  a.since = '';
  a.color = KINDS[n.kind].color;
  a.size = KINDS[n.kind].size;
  a.x = 0;
  a.y = 0;
  a.claims = claims;
  a.conflicts = conflicts;
  for (const k in flat) a[k] = flat[k];
  return a;
}

function claimRecord(c: Claim): ClaimRecord {
  const v = c.value;
  const r: ClaimRecord = { value: v.value, text: v.text, sources: c.sources, status: c.status };
  if (c.note) r.note = c.note;
  if (c.quote) r.quote = c.quote;
  if (v.type === 'params' && v.active !== undefined) r.active = v.active;
  if ((v.type === 'count' || v.type === 'length') && v.qualifier) r.qualifier = v.qualifier;
  return r;
}

function addRelation(graph: TechGraph, r: RelationFact): void {
  const a: EdgeAttributes = { relation: r.relation, label: RELATIONS[r.relation].label.en, sources: r.sources, status: r.status, inferred: false, since: '' };
  if (r.note) a.note = r.note;
  if (r.quote) a.quote = r.quote;
  graph.addDirectedEdgeWithKey(edgeKey(r.source, r.relation, r.target), r.source, r.target, a);
}

interface Inferred {
  source: string;
  relation: Relation;
  target: string;
  attributes: EdgeAttributes;
}

/** The builder's inferred relations: `pursues` and `introduces`. Disputed adoptions do not count. */
function infer(graph: TechGraph): Inferred[] {
  const out: Inferred[] = [];
  const adopted = new Map<string, string[]>(); // version → techniques
  const serves = new Map<string, string[]>(); // technique → motivations
  const familyOf = new Map<string, string>(); // version → its first in_family target
  graph.forEachEdge((_, a, s, t) => {
    if (a.relation === 'in_family' && !familyOf.has(s)) familyOf.set(s, t);
    if (a.status === 'disputed') return;
    if (a.relation === 'adopts') (adopted.get(s) ?? adopted.set(s, []).get(s)!).push(t);
    if (a.relation === 'serves') (serves.get(s) ?? serves.set(s, []).get(s)!).push(t);
  });
  const make = (source: string, relation: Relation, target: string, extra: Partial<EdgeAttributes> = {}): Inferred => ({
    source,
    relation,
    target,
    attributes: { relation, label: RELATIONS[relation].label.en, sources: [], status: 'preferred', inferred: true, since: '', ...extra },
  });

  // pursues: version → motivation, via the techniques it adopts.
  for (const [version, techniques] of [...adopted].sort(([a], [b]) => cmp(a, b))) {
    const via = new Map<string, Set<string>>();
    for (const t of techniques) for (const m of serves.get(t) ?? []) (via.get(m) ?? via.set(m, new Set()).get(m)!).add(t);
    for (const m of [...via.keys()].sort(cmp)) out.push(make(version, 'pursues', m, { via: [...via.get(m)!].sort(cmp) }));
  }

  // introduces: the first version of each family (by release date) to adopt a technique.
  const firsts = new Map<string, { version: string; date: string }>(); // family + technique → first
  for (const [version, techniques] of adopted) {
    const family = familyOf.get(version) ?? '';
    const date = graph.getNodeAttribute(version, 'released');
    if (typeof date !== 'string') continue;
    for (const t of techniques) {
      const key = `${family}\u0000${t}`;
      const cur = firsts.get(key);
      const d = dateStart(date);
      if (!cur || d < cur.date || (d === cur.date && version < cur.version)) firsts.set(key, { version, date: d });
    }
  }
  const intro = [...firsts].map(([key, { version }]) => ({ version, technique: key.split('\u0000')[1]! }));
  intro.sort((a, b) => cmp(a.version, b.version) || cmp(a.technique, b.technique));
  for (const { version, technique } of intro) out.push(make(version, 'introduces', technique));
  return out;
}

/**
 * Relations along which a node "brings" another into the graph: a version
 * brings the techniques it adopts, a technique its ancestors, motivations and
 * papers, and so on. A node is part of the graph from the earliest date at
 * which something dated brings it.
 */
const BRINGS: ReadonlySet<Relation> = new Set<Relation>([
  'adopts', 'in_family', 'based_on', 'described_in', 'serves', 'extends', 'replaces', 'variant_of',
  'derived_from', 'generalizes', 'complements', 'part_of', 'introduced_in', 'published_by',
]);

/**
 * The time model. Versions exist from their release date and sources from
 * their publication date; every other node from the earliest date at which a
 * version brings it (see BRINGS); nodes nothing dated reaches exist from the
 * start. Edges exist once both ends do. The timeline ends a year after the
 * last date, so every interval in the exports is finite.
 */
function timeline(graph: TechGraph): { start: string; end: string } {
  // Own dates, once: versions by release, sources by publication.
  const own = new Map<string, string>();
  graph.forEachNode((n, a) => {
    const d = a.kind === 'version' ? a.released : a.kind === 'source' ? a.date : undefined;
    if (typeof d === 'string') own.set(n, dateStart(d));
  });
  const since = new Map<string, string>();
  const versions = graph.filterNodes((n, a) => a.kind === 'version' && own.has(n));
  versions.sort((a, b) => cmp(own.get(a)!, own.get(b)!) || cmp(a, b));
  const queue: string[] = [];
  for (const v of versions) {
    const date = own.get(v)!;
    if (!since.has(v)) since.set(v, date);
    queue.length = 0;
    queue.push(v);
    for (let head = 0; head < queue.length; head++) {
      graph.forEachOutEdge(queue[head]!, (_, a, __, t, ___, ta) => {
        if (!BRINGS.has(a.relation) || since.has(t) || ta.kind === 'version') return;
        since.set(t, date);
        queue.push(t);
      });
    }
  }
  for (const [n, d] of own) since.set(n, d);
  const dates = [...since.values()].sort(cmp);
  const start = dates[0] ?? '2000-01-01';
  const last = dates[dates.length - 1] ?? start;
  const end = `${Number(last.slice(0, 4)) + 1}-12-31`;
  graph.updateEachNodeAttributes((n, a) => ((a.since = since.get(n) ?? start), a), { attributes: ['since'] });
  graph.updateEachEdgeAttributes((_, a, __, ___, sa, ta) => ((a.since = sa.since > ta.since ? sa.since : ta.since), a), { attributes: ['since'] });
  return { start, end };
}

const round = (x: number) => Math.round(x * 100) / 100;
