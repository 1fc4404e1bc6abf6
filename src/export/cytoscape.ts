/**
 * Cytoscape.js JSON writer (`graph.cyjs`), as a stream of UTF-8 chunks:
 * `{ data, elements: { nodes, edges } }` where each node is
 * `{ data: { id, name, …columns }, position: { x, y }, classes }` and each
 * edge `{ data: { id, source, target, …columns }, classes }`. `cy.json(...)`
 * in Cytoscape.js and File → Import → Network in Cytoscape desktop both read
 * it. Values keep their JSON types (numbers, booleans, lists); missing ones
 * are left out. `name` repeats `label` because Cytoscape desktop labels nodes
 * by `name`. `classes` is the kind (nodes) or the relation (edges), plus
 * `inferred` for inferred edges, so a stylesheet can select on them.
 *
 * Positions: the layout's coordinates times `scale`, with y negated, since
 * Cytoscape's y axis points down and Gephi's up: the picture is the same.
 */
import type { TechGraph } from '../graph/index.js';
import { ByteSink, type Chunk } from './bytes.js';
import { type Column, EDGE_COLUMNS, GRAPH_COLUMNS, nodeColumns } from './columns.js';
import { type ExportOptions, resolveExportOptions } from './options.js';

/** Options of the Cytoscape writer: the chunk size and the coordinates' scale. */
export type CytoscapeOptions = Pick<ExportOptions, 'chunk' | 'scale'>;

function fields<A>(cols: readonly Column<A>[], a: A, into: Record<string, unknown>): Record<string, unknown> {
  for (const c of cols) {
    const v = c.get(a);
    if (v !== undefined) into[c.id] = v;
  }
  return into;
}

const coord = (x: number, scale: number) => (Number.isFinite(x) ? Math.round(x * scale * 100) / 100 + 0 : 0);

/** Writes the graph as Cytoscape.js JSON, yielding chunks of UTF-8 bytes. */
export function* cytoscape(graph: TechGraph, options: CytoscapeOptions = {}): Generator<Chunk> {
  const { scale, chunk } = resolveExportOptions(options);
  const cols = nodeColumns(graph).filter((c) => c.id !== 'x' && c.id !== 'y');
  const out = new ByteSink(chunk);
  const head = {
    format_version: '1.0',
    generated_by: 'techgraph',
    target_cytoscapejs_version: '~3.0',
    data: fields(GRAPH_COLUMNS, graph.getAttributes(), {}),
  };
  yield `${JSON.stringify(head).slice(0, -1)},"elements":{"nodes":[`;
  let first = true;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const data = fields(cols, a, { id: node, name: a.label });
    const el = { data, position: { x: coord(a.x, scale), y: coord(-a.y, scale) }, classes: a.kind };
    out.text(`${first ? '' : ','}\n${JSON.stringify(el)}`);
    first = false;
    if (out.ready) yield* out.drain();
  }
  out.text('\n],"edges":[');
  first = true;
  for (const { edge, source, target, attributes: a } of graph.edgeEntries()) {
    const data = fields(EDGE_COLUMNS, a, { id: edge, source, target });
    const el = { data, classes: a.inferred ? `${a.relation} inferred` : a.relation };
    out.text(`${first ? '' : ','}\n${JSON.stringify(el)}`);
    first = false;
    if (out.ready) yield* out.drain();
  }
  out.text('\n]}}\n');
  yield* out.end();
}
