/**
 * Reference for the benchmark: the plainest streaming GEXF writer, escape and
 * join, every attribute as a string, no column logic. Its throughput is the
 * yardstick ours is held to (within 1.5×).
 */
import type { TechGraph } from '../../src/graph/index.js';

const SPECIAL = /[&<>"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(SPECIAL, (c) => ENTITIES[c]!);
const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function attvalues(a: object): string {
  let s = '';
  for (const [k, v] of Object.entries(a)) if (v !== undefined && v !== null) s += `<attvalue for="${k}" value="${esc(text(v))}"/>`;
  return s;
}

/** Yields the graph as GEXF text in chunks of about 64 KiB. */
export function* plainGexf(graph: TechGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n<nodes>\n';
  let buf = '';
  for (const { node, attributes } of graph.nodeEntries()) {
    buf += `<node id="${esc(node)}" label="${esc(attributes.label)}"><attvalues>${attvalues(attributes)}</attvalues></node>\n`;
    if (buf.length > 65536) {
      yield buf;
      buf = '';
    }
  }
  buf += '</nodes>\n<edges>\n';
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    buf += `<edge id="${esc(edge)}" source="${esc(source)}" target="${esc(target)}"><attvalues>${attvalues(attributes)}</attvalues></edge>\n`;
    if (buf.length > 65536) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}</edges>\n</graph>\n</gexf>\n`;
}
