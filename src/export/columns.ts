/**
 * The typed column model shared by the tabular exports (GraphML keys,
 * Cytoscape data fields, Neo4j CSV headers): one flat, typed value per node or
 * edge property, derived from the graph in one fixed order so that every
 * export declares the same columns in the same order for the same graph.
 *
 * Per attribute present on some node: its preferred value (typed by the
 * vocabulary), the active parameters of a mixture-of-experts size, the text as
 * written for numbers, the sources of the preferred claim, and a summary of all
 * claims when sources disagree.
 */
import { type EdgeAttributes, type GraphAttributes, type NodeAttributes, shownClaim, type TechGraph } from '../graph/index.js';
import { ATTRIBUTE_NAMES, type Attribute, attributeSpec, cmp, type ValueType } from '../vocabulary/index.js';

/** Column types, named after Neo4j's CSV header types; each export maps them to its own. */
export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'string[]';

/** One typed column. `get` returns undefined when the element has no value. */
export interface Column<A> {
  /** Machine name: a JSON attribute name (`vocabulary`, `label_zh`, `vocabulary_sources`). */
  id: string;
  /** Human title (`Vocabulary (as written)`). */
  title: string;
  type: ColumnType;
  get(a: A): string | number | boolean | string[] | undefined;
  /** For node columns derived from one attribute's claims: that attribute (no claims, no value). */
  claim?: Attribute;
}

const COLUMN_TYPE: Record<ValueType, ColumnType> = {
  string: 'string',
  url: 'string',
  enum: 'string',
  date: 'date',
  count: 'long',
  length: 'long',
  params: 'long',
  'params-list': 'string[]',
};

const isText = (x: unknown) => typeof x === 'string';
const text = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));
const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * Normalises an attribute value to what a column of each type holds, or
 * undefined. One function per type, chosen once per column: a writer calls
 * `get` for every element. A list of strings is returned as is, not copied.
 */
const NORMALISE: Record<ColumnType, (v: unknown) => string | number | boolean | string[] | undefined> = {
  'string[]': (v) => (Array.isArray(v) && v.length ? (v.every(isText) ? (v as string[]) : v.map(String)) : undefined),
  long: number,
  double: number,
  boolean: (v) => (typeof v === 'boolean' ? v : undefined),
  string: text,
  date: text,
};

const col = <A>(id: string, title: string, type: ColumnType, get: (a: A) => unknown, more: Pick<Column<A>, 'claim'> = {}): Column<A> => {
  const normalise = NORMALISE[type];
  return { id, title, type, get: (a) => normalise(get(a)), ...more };
};

/** Languages other than English used by labels or descriptions, sorted. */
function otherLanguages(graph: TechGraph): { labels: string[]; descriptions: string[] } {
  const labels = new Set<string>();
  const descriptions = new Set<string>();
  graph.forEachNode((_, a) => {
    for (const l of Object.keys(a.labels)) labels.add(l);
    for (const l of Object.keys(a.descriptions)) descriptions.add(l);
  });
  const others = (s: Set<string>) => [...s].filter((l) => l !== 'en').sort(cmp);
  return { labels: others(labels), descriptions: others(descriptions) };
}

/** The claim whose value the columns show (the graph's one rule). */
const shown = (a: NodeAttributes, name: Attribute) => shownClaim(a.claims[name]);

/** `151,646 [report-a] preferred | 148K [blog] disputed: rounding` (the GEXF export's summary too). */
export function claimSummary(claims: NodeAttributes['claims'][Attribute]): string | undefined {
  return claims?.map((c) => `${c.text} [${c.sources.join(', ')}] ${c.status}${c.note ? `: ${c.note}` : ''}`).join(' | ');
}

/** Options of `nodeColumns`. */
export interface NodeColumnOptions {
  /** Include the display columns (colour, size, x, y). Default true. */
  display?: boolean;
}

/**
 * Node columns: `label`, `kind`, other-language labels and descriptions,
 * aliases, description, family, since, sources, conflicts, note, the display
 * columns, then per attribute present (vocabulary order) its value columns.
 */
export function nodeColumns(graph: TechGraph, options: NodeColumnOptions = {}): Column<NodeAttributes>[] {
  const langs = otherLanguages(graph);
  const cols: Column<NodeAttributes>[] = [
    col('label', 'Label', 'string', (a) => a.label),
    col('kind', 'Kind', 'string', (a) => a.kind),
    ...langs.labels.map((l) => col<NodeAttributes>(`label_${l}`, `Label (${l})`, 'string', (a) => a.labels[l])),
    col('aliases', 'Aliases', 'string[]', (a) => a.aliases),
    col('description', 'Description', 'string', (a) => a.description),
    ...langs.descriptions.map((l) => col<NodeAttributes>(`description_${l}`, `Description (${l})`, 'string', (a) => a.descriptions[l])),
    col('family', 'Family', 'string', (a) => a.family),
    col('since', 'Since', 'date', (a) => a.since),
    col('sources', 'Sources', 'string[]', (a) => a.sources),
    col('conflicts', 'Conflicts', 'string[]', (a) => a.conflicts),
    col('note', 'Note', 'string', (a) => a.note),
  ];
  if (options.display !== false) {
    cols.push(
      col('color', 'Colour', 'string', (a) => a.color),
      col('size', 'Size', 'double', (a) => a.size),
      col('x', 'X', 'double', (a) => a.x),
      col('y', 'Y', 'double', (a) => a.y),
    );
  }
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
    const type = COLUMN_TYPE[spec.type];
    const title = spec.label.en;
    const claim = { claim: name };
    cols.push(col(name, title, type, (a) => a[name], claim));
    if (active.has(name)) cols.push(col(`${name}_active`, `${title} (active)`, 'long', (a) => a[`${name}_active`], claim));
    if (type === 'long') cols.push(col(`${name}_text`, `${title} (as written)`, 'string', (a) => shown(a, name)?.text, claim));
    cols.push(col(`${name}_sources`, `${title} sources`, 'string[]', (a) => shown(a, name)?.sources, claim));
    if (disputed.has(name)) cols.push(col(`${name}_claims`, `${title} (all claims)`, 'string', (a) => claimSummary(a.claims[name]), claim));
  }
  return cols;
}

/** Edge columns: relation, label, provenance, inferred flag, since, and `via` for inferred `pursues`. */
export const EDGE_COLUMNS: readonly Column<EdgeAttributes>[] = [
  col('relation', 'Relation', 'string', (a) => a.relation),
  col('label', 'Label', 'string', (a) => a.label),
  col('sources', 'Sources', 'string[]', (a) => a.sources),
  col('status', 'Status', 'string', (a) => a.status),
  col('inferred', 'Inferred', 'boolean', (a) => a.inferred),
  col('since', 'Since', 'date', (a) => a.since),
  col('via', 'Via', 'string[]', (a) => a.via),
  col('note', 'Note', 'string', (a) => a.note),
  col('quote', 'Quote', 'string', (a) => a.quote),
];

/** Graph columns: name and the timeline's bounds. */
export const GRAPH_COLUMNS: readonly Column<GraphAttributes>[] = [
  col('name', 'Name', 'string', (a) => a.name),
  col('start', 'Start', 'date', (a) => a.start),
  col('end', 'End', 'date', (a) => a.end),
];
