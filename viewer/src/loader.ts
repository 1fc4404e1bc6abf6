/**
 * Loading graphs: techgraph's exports/graph.json over HTTP, or a graphology
 * JSON / GEXF file a person drops on the page. Either way the result is a new
 * graphology graph, normalised for drawing, or a LoadError saying why not.
 *
 * Hostile files are refused where they start: a JSON value nested deeper
 * than MAX_NESTING (every later step that walks a value would overflow the
 * stack on 100,000 nested arrays), and a GEXF with a document type
 * declaration (entity declarations expand without bound: 160 KB of entities
 * can expand to gigabytes; GEXF needs none). Node ids may be any text,
 * `constructor` and `toString` included: every graph is made by the graph
 * face's `newGraph` (graphology with prototype-free neighbour indexes) —
 * except `__proto__` as a node or edge key, refused: sigma keeps its items in
 * plain objects, where that key cannot be stored, so such a node could never
 * be hovered or clicked.
 */
import type Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { newGraph } from '../../src/graph/index.js';
import { normalise, type ViewGraph } from './model/normalise.js';

export class LoadError extends Error {}

/** Deepest nesting of arrays and objects a dropped JSON may have (graph.json needs 5). */
export const MAX_NESTING = 64;

/**
 * Throws a LoadError when JSON text nests arrays and objects deeper than
 * MAX_NESTING: one pass over the characters (strings skipped), before
 * JSON.parse, so nothing ever walks such a value.
 */
export function checkNesting(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) throw new LoadError(`a value is nested more than ${MAX_NESTING} levels deep`);
    } else if (c === 93 || c === 125) depth--;
  }
}

/** Throws a LoadError when an XML document declares a document type (and so, possibly, entities). */
export function checkNoDoctype(text: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new LoadError('the file declares a document type or entities (<!DOCTYPE, <!ENTITY), which GEXF does not need: refused');
}

/** The one key sigma cannot store (see the file header). */
const UNDRAWABLE_KEY = '__proto__';

/** Throws a LoadError when the graph has a node or an edge keyed `__proto__`; returns the graph. */
function checkDrawableKeys(graph: Graph): Graph {
  const what = graph.hasNode(UNDRAWABLE_KEY) ? 'node id' : graph.hasEdge(UNDRAWABLE_KEY) ? 'edge key' : null;
  if (what) throw new LoadError(`the ${what} "${UNDRAWABLE_KEY}" cannot be drawn (the renderer keeps its items in plain objects): refused`);
  return graph;
}

/** Parses graphology's serialisation (`graph.export()`), leniently about options. */
export function fromJson(text: string): ViewGraph {
  checkNesting(text);
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
  const graph: Graph = newGraph({ type, multi: true, allowSelfLoops: true });
  try {
    graph.import({ ...(data as object), options: undefined, edges: d.edges ?? [] } as never);
  } catch (e) {
    throw new LoadError(`the graph could not be imported: ${(e as Error).message}`);
  }
  return normalise(checkDrawableKeys(graph));
}

/** Parses a GEXF document (any version graphology-gexf reads). */
export function fromGexf(text: string): ViewGraph {
  checkNoDoctype(text);
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) throw new LoadError('not well-formed XML');
  let graph: Graph;
  try {
    // graphology-gexf makes the graph with `new` on the class it is given: newGraph's own.
    const AnyId = (newGraph() as object).constructor;
    graph = parseGexf(AnyId as never, doc, { allowUndeclaredAttributes: true, addMissingNodes: true } as never) as Graph;
  } catch (e) {
    throw new LoadError(`not a GEXF graph: ${(e as Error).message}`);
  }
  // GEXF keeps attribute values as declared; make sure plain copies are used and the graph can hold parallel edges.
  const multi: Graph = newGraph({ type: graph.type, multi: true, allowSelfLoops: true });
  multi.import(graph.export());
  return normalise(checkDrawableKeys(multi));
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
