/**
 * Build: FactSet → graphology graph. Nodes are added in id order and edges in
 * (source, relation, target) order, so the graph (and every export) is the
 * same for the same facts. Adds the inferred relations and the time model.
 */
import {
  ARCHITECTURE_FIELD_NAMES,
  ATTRIBUTE_NAMES,
  BRINGING_RELATIONS,
  cmp,
  KINDS,
  type Relation,
  relationLabel,
} from '../vocabulary/index.js';
import { architectureConflicts, conflicts, shownClaim } from './claims.js';
import { colourNodes } from './colors.js';
import { displayName } from './display.js';
import type { ArchitectureRow, Claim, FactSet, NodeFact, RelationFact } from './facts.js';
import { edgeKey } from './keys.js';
import { newGraph } from './new-graph.js';
import { type BuildOptions, resolveBuildOptions } from './options.js';
import { dateStart, edgeSince } from './time.js';
import type { ArchitectureRecord, ClaimRecord, EdgeAttributes, NodeAttributes, TechGraph } from './types.js';

/** Builds the graph from validated facts. Throws OptionsError (INVALID_OPTION) on an invalid option. */
export function build(facts: FactSet, options: BuildOptions = {}): TechGraph {
  const o = resolveBuildOptions(options);
  const graph: TechGraph = newGraph({ type: 'directed', multi: true, allowSelfLoops: false });
  const languages = new Set<string>();
  const total = facts.nodes.length + facts.relations.length;
  let done = 0;
  o.onProgress?.(0, total);
  const step = () => {
    if (++done % 4096 === 0) o.onProgress?.(done, total);
  };
  for (const n of facts.nodes) {
    for (const l of Object.keys(n.labels)) languages.add(l);
    graph.addNode(n.id, nodeAttributes(n));
    step();
  }
  for (const r of facts.relations) {
    addRelation(graph, r);
    step();
  }
  assignFamilies(graph);
  for (const r of infer(graph)) graph.addDirectedEdgeWithKey(edgeKey(r.source, r.relation, r.target), r.source, r.target, r.attributes);
  assignDisplayNames(graph);
  colourNodes(graph);
  const { start, end } = timeline(graph);
  graph.forEachNode((n, a) => graph.setNodeAttribute(n, 'size', round(KINDS[a.kind].size + 1.5 * Math.sqrt(graph.degree(n)))));
  const langs = [...languages].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : cmp(a, b)));
  graph.replaceAttributes({ name: o.name, start, end, languages: langs });
  o.onProgress?.(total, total);
  return graph;
}

function nodeAttributes(n: NodeFact): NodeAttributes {
  const claims: NodeAttributes['claims'] = {};
  const flat: Record<string, unknown> = {};
  const conflicting: NodeAttributes['conflicts'] = [];
  for (const attr of ATTRIBUTE_NAMES) {
    const list = n.attributes[attr];
    if (!list) continue;
    claims[attr] = list.map(claimRecord);
    const shown = shownClaim(list);
    if (shown) {
      flat[attr] = shown.value.value;
      if (shown.value.type === 'params' && shown.value.active !== undefined) flat[`${attr}_active`] = shown.value.active;
    }
    if (conflicts(list)) conflicting.push(attr);
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
  if (n.architecture.length) {
    a.architecture = n.architecture.map(architectureRecord);
    if (architectureConflicts(n.architecture).length) conflicting.push('architecture');
  }
  a.conflicts = conflicting;
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
  if (v.type === 'unreported') r.unreported = true;
  if (c.scope) r.scope = c.scope;
  return r;
}

function architectureRecord(row: ArchitectureRow): ArchitectureRecord {
  const values: ArchitectureRecord['values'] = {};
  for (const f of ARCHITECTURE_FIELD_NAMES) {
    const v = row.values[f];
    if (v) values[f] = v.value as number | boolean | null;
  }
  const r = { size: row.size, total: row.total } as ArchitectureRecord;
  if (row.active !== undefined) r.active = row.active;
  r.values = values;
  r.sources = row.sources;
  r.status = row.status;
  if (row.note) r.note = row.note;
  if (row.quote) r.quote = row.quote;
  return r;
}

function addRelation(graph: TechGraph, r: RelationFact): void {
  const a: EdgeAttributes = {
    relation: r.relation,
    label: relationLabel(r.relation, 'out'),
    sources: r.sources,
    status: r.status,
    inferred: false,
    since: '',
  };
  if (r.note) a.note = r.note;
  if (r.quote) a.quote = r.quote;
  if (r.scope) a.scope = r.scope;
  if (r.relativeTo) a.relative_to = r.relativeTo;
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
  const adopted = new Map<string, string[]>(); // release → techniques
  const scopes = new Map<string, string[]>(); // `release technique` → the adoption's scope
  const serves = new Map<string, string[]>(); // technique → motivations
  graph.forEachEdge((_, a, s, t) => {
    if (a.status === 'disputed') return;
    if (a.relation === 'adopts') {
      (adopted.get(s) ?? adopted.set(s, []).get(s)!).push(t);
      if (a.scope) scopes.set(`${s}\u0000${t}`, a.scope);
    }
    if (a.relation === 'serves') (serves.get(s) ?? serves.set(s, []).get(s)!).push(t);
  });
  const make = (source: string, relation: Relation, target: string, extra: Partial<EdgeAttributes> = {}): Inferred => ({
    source,
    relation,
    target,
    attributes: { relation, label: relationLabel(relation, 'out'), sources: [], status: 'preferred', inferred: true, since: '', ...extra },
  });

  // pursues: release → motivation, via the techniques it adopts.
  for (const [version, techniques] of [...adopted].sort(([a], [b]) => cmp(a, b))) {
    const via = new Map<string, Set<string>>();
    for (const t of techniques) for (const m of serves.get(t) ?? []) (via.get(m) ?? via.set(m, new Set()).get(m)!).add(t);
    for (const m of [...via.keys()].sort(cmp)) out.push(make(version, 'pursues', m, { via: [...via.get(m)!].sort(cmp) }));
  }

  // introduces: the first release of each family (by release date) to adopt a technique.
  const firsts = new Map<string, { version: string; date: string }>(); // family + technique → first
  for (const [version, techniques] of adopted) {
    const family = graph.getNodeAttribute(version, 'family') ?? '';
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
  // A first adoption for some sizes only introduces the technique for those sizes.
  for (const { version, technique } of intro) {
    const scope = scopes.get(`${version}\u0000${technique}`);
    out.push(make(version, 'introduces', technique, scope ? { scope } : {}));
  }
  return out;
}

/**
 * The family of releases and sources: a node's `in_family`, else (for a
 * source) its publisher, else (for a sub-model) the family of the release it
 * is a variant of, or its base. Walked iteratively, so a chain of sub-models
 * of any length gets its family.
 */
function assignFamilies(graph: TechGraph): void {
  graph.forEachEdge((_, a, s, t) => {
    if (a.relation === 'in_family' && a.status !== 'disputed' && graph.getNodeAttribute(s, 'family') === undefined)
      graph.setNodeAttribute(s, 'family', t);
  });
  graph.forEachEdge((_, a, s, t) => {
    if (a.relation === 'published_by' && graph.getNodeAttribute(s, 'family') === undefined) graph.setNodeAttribute(s, 'family', t);
  });
  const parentOf = (n: string): string | undefined => {
    for (const rel of ['variant_of', 'based_on'] as const)
      for (const e of graph.outEdges(n)) {
        const a = graph.getEdgeAttributes(e);
        if (a.relation === rel && a.status !== 'disputed' && KINDS[graph.getNodeAttribute(graph.target(e), 'kind')].release)
          return graph.target(e);
      }
    return undefined;
  };
  graph.forEachNode((n, a) => {
    if (a.kind !== 'model' || a.family !== undefined) return;
    const seen = new Set<string>([n]);
    for (let p = parentOf(n); p !== undefined && !seen.has(p); p = parentOf(p)) {
      seen.add(p);
      const family = graph.getNodeAttribute(p, 'family');
      if (family !== undefined) {
        graph.setNodeAttribute(n, 'family', family);
        return;
      }
    }
  });
}

/**
 * Display names: the label, with the kind (a source's type) after it where
 * nodes of different kinds share the label ("DeepSeek-R1 (paper)" and
 * "DeepSeek-R1 (version)"), so every place that shows a name can tell them apart.
 */
function assignDisplayNames(graph: TechGraph): void {
  const kindsOf = new Map<string, Set<string>>();
  graph.forEachNode((_, a) => {
    const key = a.label.toLowerCase();
    (kindsOf.get(key) ?? kindsOf.set(key, new Set()).get(key)!).add(a.kind);
  });
  graph.forEachNode((n, a) => {
    if ((kindsOf.get(a.label.toLowerCase())?.size ?? 0) < 2) return;
    graph.setNodeAttribute(n, 'display', displayName(a.label, a.kind, a.source_type));
  });
}

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
    const attribute = KINDS[a.kind].dateAttribute;
    const d = attribute ? a[attribute] : undefined;
    if (typeof d === 'string') own.set(n, dateStart(d));
  });
  const since = new Map<string, string>();
  const versions = graph.filterNodes((n, a) => KINDS[a.kind].release && own.has(n));
  versions.sort((a, b) => cmp(own.get(a)!, own.get(b)!) || cmp(a, b));
  const queue: string[] = [];
  for (const v of versions) {
    const date = own.get(v)!;
    if (!since.has(v)) since.set(v, date);
    queue.length = 0;
    queue.push(v);
    for (let head = 0; head < queue.length; head++) {
      graph.forEachOutEdge(queue[head]!, (_, a, __, t, ___, ta) => {
        if (!BRINGING_RELATIONS.has(a.relation) || since.has(t) || KINDS[ta.kind].release) return;
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
  graph.updateEachNodeAttributes(
    (n, a) => {
      a.since = since.get(n) ?? start;
      return a;
    },
    { attributes: ['since'] },
  );
  graph.updateEachEdgeAttributes(
    (_, a, __, ___, sa, ta) => {
      a.since = edgeSince(sa.since, ta.since);
      return a;
    },
    { attributes: ['since'] },
  );
  return { start, end };
}

const round = (x: number) => Math.round(x * 100) / 100;
