/**
 * GEXF 1.3 writer for Gephi, as a stream of string chunks. Declares typed
 * attribute columns before the nodes (dates and URLs as strings, which Gephi
 * accepts), writes viz colour as r/g/b, size and position, directed edges with
 * `kind` = relation and weight 1, and a dynamic graph whose every node and edge
 * has a finite [since, end] interval so Gephi's timeline plays the evolution.
 * Valid against the official 1.3 RNG and the fixed 1.3 XSD.
 */
import type { EdgeAttributes, NodeAttributes, TechGraph } from '../build.js';
import { attributeSpec, ATTRIBUTE_NAMES, type Attribute, type ValueType } from '../vocabulary/attributes.js';
import { rgb } from '../vocabulary/kinds.js';
import { escapeXml as esc } from './xml.js';

type GexfType = 'string' | 'long' | 'double' | 'boolean' | 'liststring';

interface Column<A> {
  id: string;
  title: string;
  type: GexfType;
  get(a: A): unknown;
}

const GEXF_TYPE: Record<ValueType, GexfType> = {
  string: 'string',
  url: 'string',
  enum: 'string',
  date: 'string',
  count: 'long',
  length: 'long',
  params: 'long',
  'params-list': 'liststring',
};

/** Node columns: fixed ones, then per attribute present (value, text, sources, all claims when disputed). */
function nodeColumns(graph: TechGraph): Column<NodeAttributes>[] {
  const langs = (graph.getAttribute('languages') ?? []).filter((l) => l !== 'en');
  const cols: Column<NodeAttributes>[] = [
    { id: 'kind', title: 'Kind', type: 'string', get: (a) => a.kind },
    ...langs.map((l): Column<NodeAttributes> => ({ id: `label_${l}`, title: `Label (${l})`, type: 'string', get: (a) => a.labels[l] })),
    { id: 'aliases', title: 'Aliases', type: 'liststring', get: (a) => a.aliases },
    { id: 'description', title: 'Description', type: 'string', get: (a) => a.description },
    { id: 'family', title: 'Family', type: 'string', get: (a) => a.family },
    { id: 'since', title: 'Since', type: 'string', get: (a) => a.since },
    { id: 'sources', title: 'Sources', type: 'liststring', get: (a) => a.sources },
    { id: 'conflicts', title: 'Conflicts', type: 'liststring', get: (a) => a.conflicts },
    { id: 'note', title: 'Note', type: 'string', get: (a) => a.note },
  ];
  const present = new Set<Attribute>();
  const disputed = new Set<Attribute>();
  const active = new Set<Attribute>();
  graph.forEachNode((_, a) => {
    for (const [k, claims] of Object.entries(a.claims) as [Attribute, NonNullable<NodeAttributes['claims'][Attribute]>][]) {
      present.add(k);
      if (a.conflicts.includes(k)) disputed.add(k);
      if (claims[0]?.active !== undefined) active.add(k);
    }
  });
  for (const name of ATTRIBUTE_NAMES.filter((n) => present.has(n))) {
    const spec = attributeSpec(name);
    const type = GEXF_TYPE[spec.type];
    cols.push({ id: name, title: spec.label.en, type, get: (a) => a[name] });
    if (active.has(name)) cols.push({ id: `${name}_active`, title: `${spec.label.en} (active)`, type: 'long', get: (a) => a[`${name}_active`] });
    if (type === 'long') cols.push({ id: `${name}_text`, title: `${spec.label.en} (as written)`, type: 'string', get: (a) => shown(a, name)?.text });
    cols.push({ id: `${name}_sources`, title: `${spec.label.en} sources`, type: 'liststring', get: (a) => shown(a, name)?.sources });
    if (disputed.has(name)) cols.push({ id: `${name}_claims`, title: `${spec.label.en} (all claims)`, type: 'string', get: (a) => claimSummary(a.claims[name]) });
  }
  return cols;
}

const EDGE_COLUMNS: Column<EdgeAttributes>[] = [
  { id: 'relation', title: 'Relation', type: 'string', get: (a) => a.relation },
  { id: 'sources', title: 'Sources', type: 'liststring', get: (a) => a.sources },
  { id: 'status', title: 'Status', type: 'string', get: (a) => a.status },
  { id: 'inferred', title: 'Inferred', type: 'boolean', get: (a) => a.inferred },
  { id: 'via', title: 'Via', type: 'liststring', get: (a) => a.via },
  { id: 'note', title: 'Note', type: 'string', get: (a) => a.note },
];

/** The claim whose value a column shows: the preferred one, unless every claim is disputed. */
function shown(a: NodeAttributes, name: Attribute) {
  const lead = a.claims[name]?.[0];
  return lead?.status === 'disputed' ? undefined : lead;
}

/** `151646 [qwen2-report] preferred | 148K [seed] disputed: note`. */
function claimSummary(claims: NodeAttributes['claims'][Attribute]): string | undefined {
  return claims?.map((c) => `${c.text} [${c.sources.join(', ')}] ${c.status}${c.note ? `: ${c.note}` : ''}`).join(' | ');
}

/** Gephi's list syntax: `["a", "b"]`, quotes and backslashes escaped. */
export function gexfList(items: readonly string[]): string {
  return `[${items.map((s) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(', ')}]`;
}

/**
 * A column compiled for writing: the escaped `<attvalue for="…" value="`
 * prefix once, and the value as escaped text (numbers and booleans need no
 * escaping), or undefined when the element has none.
 */
interface ColumnWriter<A> {
  open: string;
  text(a: A): string | undefined;
}

function columnWriter<A>(col: Column<A>): ColumnWriter<A> {
  const open = `<attvalue for="${esc(col.id)}" value="`;
  if (col.type === 'liststring') {
    return { open, text: (a) => {
      const v = col.get(a);
      return Array.isArray(v) && v.length ? esc(gexfList(v.map(String))) : undefined;
    } };
  }
  return { open, text: (a) => {
    const v = col.get(a);
    if (v === undefined || v === null || v === '') return undefined;
    return typeof v === 'number' || typeof v === 'boolean' ? String(v) : esc(String(v));
  } };
}

function attvalues<A>(cols: readonly ColumnWriter<A>[], a: A): string {
  let s = '';
  for (const c of cols) {
    const v = c.text(a);
    if (v !== undefined) s += `${c.open}${v}"/>`;
  }
  return s ? `<attvalues>${s}</attvalues>` : '';
}

function declare<A>(cls: 'node' | 'edge', cols: Column<A>[]): string {
  return `    <attributes class="${cls}" mode="static">\n${cols.map((c) => `      <attribute id="${esc(c.id)}" title="${esc(c.title)}" type="${c.type}"/>\n`).join('')}    </attributes>\n`;
}

const num = (x: number) => (Number.isFinite(x) ? String(x) : '0');

/** Options of the GEXF writer. */
export interface GexfOptions {
  /** Chunk size hint in characters. */
  chunk?: number;
}

/** Writes the graph as GEXF 1.3, yielding chunks of text. */
export function* gexf(graph: TechGraph, options: GexfOptions = {}): Generator<string> {
  const g = graph.getAttributes();
  const end = g.end;
  const nodeCols = nodeColumns(graph);
  const nodeWriters = nodeCols.map(columnWriter);
  const edgeWriters = EDGE_COLUMNS.map(columnWriter);
  const colors = new Map<string, string>();
  const limit = options.chunk ?? 1 << 16;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  // No lastmodifieddate: the same facts must give the same bytes.
  yield `  <meta>\n    <creator>techgraph</creator>\n    <description>${esc(g.name)}</description>\n  </meta>\n`;
  yield `  <graph mode="dynamic" timeformat="date" timerepresentation="interval" defaultedgetype="directed">\n`;
  yield declare('node', nodeCols) + declare('edge', EDGE_COLUMNS);
  yield `    <nodes count="${graph.order}">\n`;
  let buf = '';
  for (const { node, attributes: a } of graph.nodeEntries()) {
    let color = colors.get(a.color);
    if (color === undefined) {
      const c = rgb(a.color);
      colors.set(a.color, (color = `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>`));
    }
    buf +=
      `      <node id="${esc(node)}" label="${esc(a.label)}" start="${a.since}" end="${end}">` +
      attvalues(nodeWriters, a) +
      `${color}<viz:position x="${num(a.x)}" y="${num(a.y)}" z="0"/><viz:size value="${num(a.size)}"/></node>\n`;
    if (buf.length >= limit) {
      yield buf;
      buf = '';
    }
  }
  buf += `    </nodes>\n    <edges count="${graph.size}">\n`;
  for (const { edge, source, target, attributes: a } of graph.edgeEntries()) {
    buf +=
      `      <edge id="${esc(edge)}" source="${esc(source)}" target="${esc(target)}" type="directed" kind="${a.relation}" label="${esc(a.label)}" weight="1" start="${a.since}" end="${end}">` +
      attvalues(edgeWriters, a) +
      `</edge>\n`;
    if (buf.length >= limit) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}    </edges>\n  </graph>\n</gexf>\n`;
}
