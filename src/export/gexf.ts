/**
 * GEXF 1.3 writer for Gephi, as a stream of string chunks. Declares typed
 * attribute columns before the nodes (dates and URLs as strings, which Gephi
 * accepts), writes viz colour as r/g/b, size and position, directed edges with
 * `kind` = relation and weight 1, and a dynamic graph whose every node and edge
 * has a finite [since, end] interval so Gephi's timeline plays the evolution.
 * Valid against the official 1.3 RNG and the fixed 1.3 XSD.
 */
import type { TechGraph } from '../build.js';
import { rgb } from '../vocabulary/kinds.js';
import { Chunker, EDGE_COLUMNS, nodeColumns, type Column, type ColumnType } from './columns.js';
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

/** `label` is the element's own attribute in GEXF (and Gephi's Label column): not repeated as a column. */
const notLabel = <A>(c: Column<A>) => c.id !== 'label';

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
  if (col.type === 'string[]') {
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

function declare<A>(cls: 'node' | 'edge', cols: readonly Column<A>[]): string {
  return `    <attributes class="${cls}" mode="static">\n${cols.map((c) => `      <attribute id="${esc(c.id)}" title="${esc(c.title)}" type="${GEXF_TYPE[c.type]}"/>\n`).join('')}    </attributes>\n`;
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
  const nodeCols = nodeColumns(graph, { display: false }).filter(notLabel);
  const edgeCols = EDGE_COLUMNS.filter(notLabel);
  const nodeWriters = nodeCols.map(columnWriter);
  const edgeWriters = edgeCols.map(columnWriter);
  const colors = new Map<string, string>();
  const out = new Chunker(options.chunk);
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
      colors.set(a.color, (color = `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>`));
    }
    const chunk = out.push(
      `      <node id="${esc(node)}" label="${esc(a.label)}" start="${a.since}" end="${end}">` +
      attvalues(nodeWriters, a) +
      `${color}<viz:position x="${num(a.x)}" y="${num(a.y)}" z="0"/><viz:size value="${num(a.size)}"/></node>\n`,
    );
    if (chunk) yield chunk;
  }
  const between = out.push(`    </nodes>\n    <edges count="${graph.size}">\n`);
  if (between) yield between;
  for (const { edge, source, target, attributes: a } of graph.edgeEntries()) {
    const chunk = out.push(
      `      <edge id="${esc(edge)}" source="${esc(source)}" target="${esc(target)}" type="directed" kind="${a.relation}" label="${esc(a.label)}" weight="1" start="${a.since}" end="${end}">` +
      attvalues(edgeWriters, a) +
      `</edge>\n`,
    );
    if (chunk) yield chunk;
  }
  yield `${out.flush()}    </edges>\n  </graph>\n</gexf>\n`;
}
