/**
 * Loading graphs: techgraph's exports/graph.json over HTTP, or a graphology
 * JSON / GEXF file a person drops on the page. Either way the result is a new
 * graphology graph, normalised for drawing.
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { normalise, type ViewGraph } from './model.js';

export class LoadError extends Error {}

/** Parses graphology's serialisation (`graph.export()`), leniently about options. */
export function fromJson(text: string): ViewGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new LoadError(`not valid JSON (${(e as Error).message})`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new LoadError('not a graphology graph: expected an object with a "nodes" list');
  }
  const d = data as { options?: { type?: string; multi?: boolean; allowSelfLoops?: boolean }; nodes: unknown[]; edges?: unknown[] };
  const type = d.options?.type === 'directed' || d.options?.type === 'undirected' ? d.options.type : 'mixed';
  const graph = new Graph({ type, multi: true, allowSelfLoops: true });
  try {
    graph.import({ ...(data as object), options: undefined, edges: d.edges ?? [] } as never);
  } catch (e) {
    throw new LoadError(`the graph could not be imported: ${(e as Error).message}`);
  }
  return normalise(graph);
}

/** Parses a GEXF document (any version graphology-gexf reads). */
export function fromGexf(text: string): ViewGraph {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new LoadError('not well-formed XML');
  let graph: Graph;
  try {
    graph = parseGexf(Graph, doc, { allowUndeclaredAttributes: true, addMissingNodes: true } as never) as Graph;
  } catch (e) {
    throw new LoadError(`not a GEXF graph: ${(e as Error).message}`);
  }
  // GEXF keeps attribute values as declared; make sure plain copies are used and the graph can hold parallel edges.
  const multi = new Graph({ type: graph.type, multi: true, allowSelfLoops: true });
  multi.import(graph.export());
  return normalise(multi);
}

/** Parses a file's text by its name (or, failing that, by its first character). */
export function parseGraphText(name: string, text: string): ViewGraph {
  const lower = name.toLowerCase();
  if (lower.endsWith('.gexf') || lower.endsWith('.xml')) return fromGexf(text);
  if (lower.endsWith('.json')) return fromJson(text);
  return text.trimStart().startsWith('<') ? fromGexf(text) : fromJson(text);
}

/** Fetches and parses a graph from this origin. */
export async function fetchGraph(url: string): Promise<{ graph: ViewGraph; bytes: number; fetchMs: number; parseMs: number }> {
  const t0 = performance.now();
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new LoadError(`${url}: HTTP ${res.status}`);
  const text = await res.text();
  const t1 = performance.now();
  const graph = parseGraphText(url.split('?')[0]!, text);
  return { graph, bytes: text.length, fetchMs: t1 - t0, parseMs: performance.now() - t1 };
}
