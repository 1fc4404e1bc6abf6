/**
 * JSON writer: graphology's serialisation format (`graph.import(json)` loads
 * it as is), streamed node by node so large graphs never become one string.
 */
import type { TechGraph } from '../build.js';

/** Writes `graph.export()` as JSON text, in chunks. */
export function* json(graph: TechGraph, options: { chunk?: number } = {}): Generator<string> {
  const limit = options.chunk ?? 1 << 16;
  const head = { attributes: graph.getAttributes(), options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops } };
  let buf = `{"attributes":${JSON.stringify(head.attributes)},"options":${JSON.stringify(head.options)},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    buf += `${first ? '' : ','}\n{"key":${JSON.stringify(node)},"attributes":${JSON.stringify(attributes)}}`;
    first = false;
    if (buf.length >= limit) {
      yield buf;
      buf = '';
    }
  }
  buf += '\n],"edges":[';
  first = true;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    buf += `${first ? '' : ','}\n{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":${JSON.stringify(attributes)}}`;
    first = false;
    if (buf.length >= limit) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}\n]}\n`;
}
