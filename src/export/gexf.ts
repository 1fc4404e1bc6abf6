/**
 * GEXF 1.3 writer for Gephi, streamed as UTF-8 chunks. Declares typed
 * attribute columns before the nodes (dates and URLs as strings, which Gephi
 * accepts), writes viz colour as r/g/b, size and position, directed edges with
 * `kind` = relation and weight 1, and a dynamic graph whose every node and edge
 * has a finite [since, end] interval so Gephi's timeline plays the evolution.
 * The columns are the shared column model's (lists, such as scopes and the
 * architecture per size, as `liststring`; lists of free text, which may hold
 * the `)` Gephi strips from list items, as a string holding the list's text). Valid against the official 1.3 RNG
 * and the fixed 1.3 XSD.
 */
import type { TechGraph } from '../graph/index.js';
import { type Attribute, rgb } from '../vocabulary/index.js';
import { ByteSink, type Chunk, utf8 } from './bytes.js';
import { type Column, type ColumnType, EDGE_COLUMNS, groupAbsent, groupEnds, nodeColumns } from './columns.js';
import { type ExportOptions, resolveExportOptions } from './options.js';
import { escapeXml as esc } from './xml.js';

/** GEXF attribute types of the shared column types; Gephi drops typed date columns, so dates are strings. */
const GEXF_TYPE: Record<ColumnType, string> = {
  string: 'string',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
  date: 'string',
  'string[]': 'liststring',
};

/**
 * The GEXF type of a column: a list of free text (whose items may hold `)`,
 * which Gephi 0.10.1 strips from list items) is a `string` holding the list's
 * text, `["DeepSeek V2", "DeepSeek-V2 Chat (RL)"]`, so no character is lost.
 */
const gexfType = <A>(c: Column<A>) => (c.type === 'string[]' && c.freeText ? 'string' : GEXF_TYPE[c.type]);

/** `label` is the element's own attribute in GEXF (and Gephi's Label column): not repeated as a column. */
const notLabel = <A>(c: Column<A>) => c.id !== 'label';

/** One item of a Gephi list: backslashes and double quotes escaped with a backslash. */
const listItem = (s: string) => (s.includes('\\') || s.includes('"') ? s.replace(/[\\"]/g, (c) => `\\${c}`) : s);

/** Gephi's list syntax: `["a", "b"]`, quotes and backslashes escaped. */
export function gexfList(items: readonly string[]): string {
  return `[${items.map((s) => `"${listItem(s)}"`).join(', ')}]`;
}

/** escapeXml(gexfList(items)), built item by item: an id needs no work, only its quotes. */
export function gexfListXml(items: readonly string[]): string {
  let out = '[';
  for (let i = 0; i < items.length; i++) out += `${i ? ', ' : ''}&quot;${esc(listItem(items[i]!))}&quot;`;
  return `${out}]`;
}

/**
 * A column compiled for writing: the encoded `<attvalue for="…" value="`
 * prefix once, and the value as escaped text (numbers and booleans need no
 * escaping), or undefined when the element has none.
 * Node columns of one attribute's claims are skipped together when a node has
 * no claim for it: `skip` is the index after the group.
 */
interface ColumnWriter<A> {
  open: Uint8Array;
  text(a: A): string | undefined;
  claim: Attribute | 'architecture' | undefined;
  skip: number;
}

function columnWriters<A>(cols: readonly Column<A>[]): ColumnWriter<A>[] {
  const writers = cols.map((col): ColumnWriter<A> => {
    const open = utf8(`<attvalue for="${esc(col.id)}" value="`);
    const base = { open, claim: col.claim, skip: 0 };
    if (col.type === 'string[]') {
      return {
        ...base,
        text: (a) => {
          const v = col.get(a);
          return Array.isArray(v) && v.length ? gexfListXml(v) : undefined;
        },
      };
    }
    return {
      ...base,
      text: (a) => {
        const v = col.get(a);
        if (v === undefined || v === null || v === '') return undefined;
        return typeof v === 'number' || typeof v === 'boolean' ? String(v) : esc(v as string);
      },
    };
  });
  const ends = groupEnds(cols);
  for (const [i, w] of writers.entries()) w.skip = ends[i]!;
  return writers;
}

const ATTVALUES = utf8('<attvalues>');
const ATTVALUE_END = utf8('"/>');
const ATTVALUES_END = utf8('</attvalues>');

function attvalues<A extends object>(out: ByteSink, cols: readonly ColumnWriter<A>[], a: A): void {
  let open = false;
  for (let i = 0; i < cols.length; ) {
    const c = cols[i]!;
    if (groupAbsent(c.claim, a)) {
      i = c.skip;
      continue;
    }
    i++;
    const v = c.text(a);
    if (v === undefined) continue;
    if (!open) out.bytes(ATTVALUES);
    open = true;
    out.bytes(c.open);
    out.text(v);
    out.bytes(ATTVALUE_END);
  }
  if (open) out.bytes(ATTVALUES_END);
}

function declare<A>(cls: 'node' | 'edge', cols: readonly Column<A>[]): string {
  return `    <attributes class="${cls}" mode="static">\n${cols.map((c) => `      <attribute id="${esc(c.id)}" title="${esc(c.title)}" type="${gexfType(c)}"/>\n`).join('')}    </attributes>\n`;
}

const num = (x: number) => (Number.isFinite(x) ? String(x) : '0');

/** Options of the GEXF writer: the chunk size. */
export type GexfOptions = Pick<ExportOptions, 'chunk'>;

const NODE_OPEN = utf8('      <node id="');
const LABEL = utf8('" label="');
const START = utf8('" start="');
const END_ATTR = utf8('" end="');
const TAG_END = utf8('">');
const POSITION = utf8('<viz:position x="');
const Y = utf8('" y="');
const SIZE = utf8('" z="0"/><viz:size value="');
const NODE_END = utf8('"/></node>\n');
const EDGE_OPEN = utf8('      <edge id="');
const SOURCE = utf8('" source="');
const TARGET = utf8('" target="');
const KIND = utf8('" type="directed" kind="');
const WEIGHT = utf8('" weight="1" start="');
const EDGE_END = utf8('</edge>\n');

/** Writes the graph as GEXF 1.3, yielding chunks of UTF-8 bytes. */
export function* gexf(graph: TechGraph, options: GexfOptions = {}): Generator<Chunk> {
  const g = graph.getAttributes();
  const end = utf8(esc(g.end));
  const nodeCols = nodeColumns(graph, { display: false }).filter(notLabel);
  const edgeCols = EDGE_COLUMNS.filter(notLabel);
  const nodeWriters = columnWriters(nodeCols);
  const edgeWriters = columnWriters(edgeCols);
  const colors = new Map<string, Uint8Array>();
  const out = new ByteSink(resolveExportOptions(options).chunk);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n';
  // No lastmodifieddate: the same facts must give the same bytes.
  yield `  <meta>\n    <creator>techgraph</creator>\n    <description>${esc(g.name)}</description>\n  </meta>\n`;
  yield `  <graph mode="dynamic" timeformat="date" timerepresentation="interval" defaultedgetype="directed">\n`;
  yield declare('node', nodeCols) + declare('edge', edgeCols);
  yield `    <nodes count="${graph.order}">\n`;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    let color = colors.get(a.color);
    if (color === undefined) {
      const c = rgb(a.color);
      colors.set(a.color, (color = utf8(`<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>`)));
    }
    out.bytes(NODE_OPEN);
    out.text(esc(node));
    out.bytes(LABEL);
    out.text(esc(a.label));
    out.bytes(START);
    out.text(esc(a.since));
    out.bytes(END_ATTR);
    out.bytes(end);
    out.bytes(TAG_END);
    attvalues(out, nodeWriters, a);
    out.bytes(color);
    out.bytes(POSITION);
    out.text(num(a.x));
    out.bytes(Y);
    out.text(num(a.y));
    out.bytes(SIZE);
    out.text(num(a.size));
    out.bytes(NODE_END);
    if (out.ready) yield* out.drain();
  }
  yield* out.end();
  yield `    </nodes>\n    <edges count="${graph.size}">\n`;
  for (const { edge, source, target, attributes: a } of graph.edgeEntries()) {
    out.bytes(EDGE_OPEN);
    out.text(esc(edge));
    out.bytes(SOURCE);
    out.text(esc(source));
    out.bytes(TARGET);
    out.text(esc(target));
    out.bytes(KIND);
    out.text(esc(a.relation));
    out.bytes(LABEL);
    out.text(esc(a.label));
    out.bytes(WEIGHT);
    out.text(esc(a.since));
    out.bytes(END_ATTR);
    out.bytes(end);
    out.bytes(TAG_END);
    attvalues(out, edgeWriters, a);
    out.bytes(EDGE_END);
    if (out.ready) yield* out.drain();
  }
  yield* out.end();
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
