/**
 * GraphML writer (yEd, Cytoscape desktop, networkx, igraph), as a stream of
 * UTF-8 chunks. Every property is declared by a typed `<key>` before the
 * graph (`attr.name` = the JSON attribute name, `<desc>` = its title):
 * numbers as `long` / `double`, flags as `boolean`, dates as ISO strings, and
 * lists as JSON array text (`["a","b"]`, each item as the XML text rule
 * reads it back), since GraphML has no list type.
 * Directed multigraph: each edge carries its key (`v1->adopts->rope`) as id.
 * Missing values are left out, never written empty. Text is escaped by the
 * one XML rule of xml.ts, the GEXF writer's too.
 *
 * graphology-graphml 0.5 ships a parser only, so the writer is ours.
 */
import type { TechGraph } from '../graph/index.js';
import { ByteSink, type Chunk } from './bytes.js';
import { type Column, type ColumnType, EDGE_COLUMNS, GRAPH_COLUMNS, groupAbsent, groupEnds, nodeColumns } from './columns.js';
import { type ExportOptions, resolveExportOptions } from './options.js';
import { escapeXml as esc, xmlSafeItems } from './xml.js';

type GraphmlType = 'string' | 'long' | 'double' | 'boolean';

const GRAPHML_TYPE: Record<ColumnType, GraphmlType> = {
  string: 'string',
  date: 'string',
  'string[]': 'string',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
};

/** A column's value as GraphML text, or undefined when missing. */
export function graphmlValue(v: ReturnType<Column<never>['get']>): string | undefined {
  if (v === undefined) return undefined;
  // Items as XML text reads them back (the one rule, as outside lists): JSON would escape what XML cannot hold.
  if (Array.isArray(v)) return JSON.stringify(xmlSafeItems(v));
  return String(v);
}

function keys<A>(scope: 'graph' | 'node' | 'edge', prefix: string, cols: readonly Column<A>[]): string {
  return cols
    .map(
      (c) =>
        `  <key id="${prefix}${esc(c.id)}" for="${scope}" attr.name="${esc(c.id)}" attr.type="${GRAPHML_TYPE[c.type]}"><desc>${esc(c.title)}</desc></key>\n`,
    )
    .join('');
}

/** A column compiled for writing: its `<data key="…">` opening once, and the index after its claim group. */
interface DataWriter<A> {
  open: string;
  get: Column<A>['get'];
  claim: Column<A>['claim'];
  skip: number;
}

function dataWriters<A>(prefix: string, cols: readonly Column<A>[], indent: string): DataWriter<A>[] {
  const ends = groupEnds(cols);
  return cols.map((c, i) => ({ open: `${indent}<data key="${prefix}${esc(c.id)}">`, get: c.get, claim: c.claim, skip: ends[i]! }));
}

function data<A extends object>(writers: readonly DataWriter<A>[], a: A): string {
  let s = '';
  for (let i = 0; i < writers.length; ) {
    const w = writers[i]!;
    if (groupAbsent(w.claim, a)) {
      i = w.skip;
      continue;
    }
    i++;
    const v = graphmlValue(w.get(a));
    if (v !== undefined) s += `${w.open}${esc(v)}</data>\n`;
  }
  return s;
}

/** Options of the GraphML writer: the chunk size. */
export type GraphmlOptions = Pick<ExportOptions, 'chunk'>;

/** Writes the graph as GraphML, yielding chunks of UTF-8 bytes. */
export function* graphml(graph: TechGraph, options: GraphmlOptions = {}): Generator<Chunk> {
  const nodeCols = nodeColumns(graph);
  const out = new ByteSink(resolveExportOptions(options).chunk);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    keys('graph', 'g_', GRAPH_COLUMNS) +
    keys('node', 'n_', nodeCols) +
    keys('edge', 'e_', EDGE_COLUMNS) +
    `  <graph id="${esc(graph.getAttribute('name'))}" edgedefault="directed">\n` +
    data(dataWriters('g_', GRAPH_COLUMNS, '    '), graph.getAttributes());
  const nodeData = dataWriters('n_', nodeCols, '      ');
  const edgeData = dataWriters('e_', EDGE_COLUMNS, '      ');
  for (const { node, attributes } of graph.nodeEntries()) {
    out.text(`    <node id="${esc(node)}">\n${data(nodeData, attributes)}    </node>\n`);
    if (out.ready) yield* out.drain();
  }
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    out.text(`    <edge id="${esc(edge)}" source="${esc(source)}" target="${esc(target)}">\n${data(edgeData, attributes)}    </edge>\n`);
    if (out.ready) yield* out.drain();
  }
  out.text('  </graph>\n</graphml>\n');
  yield* out.end();
}
