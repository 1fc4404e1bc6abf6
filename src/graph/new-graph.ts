/**
 * Graphs whose node ids may be any text. graphology keeps each node's
 * neighbours in plain objects keyed by neighbour id (`out`, `in`,
 * `undirected`), so an id named like an Object.prototype member
 * (`constructor`, `toString`, `hasOwnProperty`) finds the prototype's
 * function there: a multigraph then chains a new edge onto it and every later
 * read of that node fails. `newGraph` gives each node prototype-free indexes
 * instead, through graphology's node-data class (`NodeDataClass`, the one
 * place where those objects are made, on adding a node and on `clear`), and
 * answers the two-argument `hasEdge`, `hasDirectedEdge` and
 * `hasUndirectedEdge` (which call the index's own `hasOwnProperty`) with
 * `Object.hasOwn`. Every graph techgraph builds or imports is made here; a
 * test pins the graphology internals this relies on.
 */
import Graph from 'graphology';
import type { GraphOptions } from 'graphology-types';

/** What graphology's node data looks like from here. */
interface NodeData {
  in?: object;
  out?: object;
  undirected?: object;
  clear(): void;
}
type NodeDataClass = new (key: string, attributes: unknown) => NodeData;
interface Internals {
  NodeDataClass?: NodeDataClass;
  _nodes: Map<string, NodeData>;
  type: string;
}

const INDEXES = ['in', 'out', 'undirected'] as const;

/** The same class, with its neighbour indexes made without a prototype. */
function prototypeFree(Base: NodeDataClass): NodeDataClass {
  return class extends Base {
    override clear(): void {
      super.clear();
      for (const index of INDEXES) if (this[index] !== undefined) this[index] = Object.create(null);
    }
  };
}

/** graphology's two-argument edge tests, on prototype-free indexes: which indexes each method looks in. */
const EDGE_TESTS = {
  hasEdge: { skip: '', indexes: ['out', 'undirected'] },
  hasDirectedEdge: { skip: 'undirected', indexes: ['out'] },
  hasUndirectedEdge: { skip: 'directed', indexes: ['undirected'] },
} as const;

/** A graphology graph whose node ids may be anything, `constructor` and `__proto__` included. */
class AnyIdGraph extends Graph {
  constructor(options?: GraphOptions) {
    super(options);
    const internal = this as unknown as Internals;
    if (typeof internal.NodeDataClass !== 'function' || !(internal._nodes instanceof Map))
      throw new Error('graphology has no NodeDataClass or _nodes: src/graph/new-graph.ts needs updating');
    internal.NodeDataClass = prototypeFree(internal.NodeDataClass);
  }
}
for (const [method, { skip, indexes }] of Object.entries(EDGE_TESTS)) {
  const base = (Graph.prototype as unknown as Record<string, (...args: unknown[]) => boolean>)[method]!;
  Object.defineProperty(AnyIdGraph.prototype, method, {
    value(this: Internals, ...args: unknown[]): boolean {
      if (args.length !== 2) return base.apply(this, args);
      if (this.type === skip) return false;
      const data = this._nodes.get(String(args[0]));
      const target = String(args[1]);
      return data !== undefined && indexes.some((i) => data[i] !== undefined && Object.hasOwn(data[i], target));
    },
    writable: true,
    configurable: true,
  });
}

/**
 * A new graphology graph (the options as graphology's) whose nodes may have
 * any id, `constructor` and `__proto__` included.
 */
export function newGraph<G extends Graph = Graph>(options: GraphOptions = {}): G {
  return new AnyIdGraph(options) as unknown as G;
}
