/**
 * JSON writer: graphology's serialisation format (`graph.import(json)` loads
 * it as is), streamed node by node so large graphs never become one string.
 */
import type { TechGraph } from '../graph/index.js';
import { ByteSink, type Chunk, utf8 } from './bytes.js';
import { type ExportOptions, resolveExportOptions } from './options.js';

/** Opens the first element of a list, then each next one. */
const FIRST_KEY = utf8('\n{"key":');
const NEXT_KEY = utf8(',\n{"key":');
const SOURCE = utf8(',"source":');
const TARGET = utf8(',"target":');
const ATTRIBUTES = utf8(',"attributes":');
const CLOSE = utf8('}');

/** Writes `graph.export()` as JSON text, in chunks of UTF-8 bytes (`chunk` bytes each). */
export function* json(graph: TechGraph, options: Pick<ExportOptions, 'chunk'> = {}): Generator<Chunk> {
  const out = new ByteSink(resolveExportOptions(options).chunk);
  const head = {
    attributes: graph.getAttributes(),
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
  };
  yield `{"attributes":${JSON.stringify(head.attributes)},"options":${JSON.stringify(head.options)},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    out.bytes(first ? FIRST_KEY : NEXT_KEY);
    out.text(JSON.stringify(node));
    out.bytes(ATTRIBUTES);
    out.text(JSON.stringify(attributes));
    out.bytes(CLOSE);
    first = false;
    if (out.ready) yield* out.drain();
  }
  yield* out.end();
  yield '\n],"edges":[';
  first = true;
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    out.bytes(first ? FIRST_KEY : NEXT_KEY);
    out.text(JSON.stringify(edge));
    out.bytes(SOURCE);
    out.text(JSON.stringify(source));
    out.bytes(TARGET);
    out.text(JSON.stringify(target));
    out.bytes(ATTRIBUTES);
    out.text(JSON.stringify(attributes));
    out.bytes(CLOSE);
    first = false;
    if (out.ready) yield* out.drain();
  }
  yield* out.end();
  yield '\n]}\n';
}
