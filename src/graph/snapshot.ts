/**
 * Graph snapshots: a built graph as bytes that load back in a fraction of
 * the time a graphology import takes (which spends ~2 s adding the 340,000
 * edges of a 100k-node graph, on the graph's own indexes), as a read-only
 * `FrozenGraph` with the part of graphology's read API that queries and the
 * RDF export use (`GraphReader`).
 *
 * Layout: `TGSNAP1\n`, the header's byte length (u32 LE), the header (JSON),
 * then 4-byte aligned sections named in the header. Per node, the attributes
 * queries scan (kind, names, family, dates: `HOT_ATTRIBUTES`) are in the
 * header; the others (claims, descriptions …) are a JSON text per node, parsed
 * the first time that node's full attributes are read. Edges are columns:
 * source and target node indexes, and per attribute a dictionary code.
 * Edge keys are not stored when they follow the one rule (`edgeKey`); the
 * index of an edge is found from its key through its source's out-edges.
 *
 * Invariant: for every method of `GraphReader`, a restored snapshot answers
 * what the graph it was taken from answers (test/graph/snapshot.test.ts).
 * Values are shared and frozen: a reader must not change them.
 */
import type { Relation } from '../vocabulary/index.js';
import { edgeKey } from './keys.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ReadGraph } from './types.js';

/**
 * The read-only part of a graphology graph that the query library and the
 * RDF export use: a built `TechGraph`, `graph.json` imported into graphology,
 * or a restored snapshot.
 */
export type GraphReader = Pick<
  ReadGraph,
  | 'order'
  | 'size'
  | 'hasNode'
  | 'hasEdge'
  | 'source'
  | 'target'
  | 'nodes'
  | 'edges'
  | 'getAttribute'
  | 'getAttributes'
  | 'getNodeAttribute'
  | 'getNodeAttributes'
  | 'getEdgeAttribute'
  | 'getEdgeAttributes'
  | 'outEdges'
  | 'inEdges'
  | 'forEachNode'
  | 'filterNodes'
  | 'nodeEntries'
  | 'forEachEdge'
>;

const MAGIC = 'TGSNAP1\n';

/** Node attributes kept in the header: what name resolution, filters and orderings read for every node. */
export const HOT_ATTRIBUTES = ['kind', 'label', 'labels', 'aliases', 'family', 'released', 'since', 'category'] as const;
const HOT = new Set<string>(HOT_ATTRIBUTES);

interface Header {
  attributes: Record<string, unknown>;
  nodes: string[];
  hot: Record<string, unknown>[];
  edges: number;
  /** Edge attribute names, and per name the distinct values (code k is values[k - 1]; 0: absent). */
  edgeAttributes: { name: string; values: unknown[] }[];
  /** Edges whose key is not `edgeKey(source, relation, target)`: [index, key]. */
  keys: [number, string][];
  /** Sections: name → [byte offset after the header, byte length]. */
  sections: Record<string, [number, number]>;
}

const encoder = new TextEncoder();

/** The bytes of a snapshot of `graph` (any graph with techgraph's attributes). */
export function snapshot(graph: GraphReader): Uint8Array {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const hot: Record<string, unknown>[] = [];
  const cold: Uint8Array[] = [];
  const coldEnds = new Uint32Array(nodes.length);
  let coldBytes = 0;
  nodes.forEach((n, i) => {
    const h: Record<string, unknown> = {};
    const c: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(graph.getNodeAttributes(n))) if (v !== undefined) (HOT.has(k) ? h : c)[k] = v;
    hot.push(h);
    const text = encoder.encode(JSON.stringify(c));
    cold.push(text);
    coldEnds[i] = coldBytes += text.length;
  });

  const edges = graph.edges();
  const source = new Uint32Array(edges.length);
  const target = new Uint32Array(edges.length);
  const columns = new Map<string, { values: unknown[]; codes: Map<string, number>; column: Uint32Array }>();
  const keys: [number, string][] = [];
  edges.forEach((e, i) => {
    const s = graph.source(e);
    const t = graph.target(e);
    source[i] = index.get(s)!;
    target[i] = index.get(t)!;
    const a = graph.getEdgeAttributes(e);
    for (const [k, v] of Object.entries(a)) {
      if (v === undefined) continue;
      let col = columns.get(k);
      if (!col) columns.set(k, (col = { values: [], codes: new Map(), column: new Uint32Array(edges.length) }));
      const json = JSON.stringify(v);
      let code = col.codes.get(json);
      if (code === undefined) {
        col.values.push(v);
        col.codes.set(json, (code = col.values.length));
      }
      col.column[i] = code;
    }
    if (e !== edgeKey(s, a.relation, t) || s.includes('->') || t.includes('->') || String(a.relation).includes('>')) keys.push([i, e]);
  });

  const sections: [string, Uint8Array][] = [
    ['source', u8(source)],
    ['target', u8(target)],
    ['coldEnds', u8(coldEnds)],
    ...[...columns].map(([name, c]): [string, Uint8Array] => [`edge:${name}`, u8(c.column)]),
    ['cold', concat(cold, coldBytes)],
  ];
  const placed: Record<string, [number, number]> = {};
  let offset = 0;
  for (const [name, bytes] of sections) {
    placed[name] = [offset, bytes.length];
    offset = align(offset + bytes.length);
  }
  const header: Header = {
    attributes: graph.getAttributes(),
    nodes,
    hot,
    edges: edges.length,
    edgeAttributes: [...columns].map(([name, c]) => ({ name, values: c.values })),
    keys,
    sections: placed,
  };
  const head = encoder.encode(JSON.stringify(header));
  const start = align(MAGIC.length + 4 + head.length);
  const out = new Uint8Array(start + offset);
  out.set(encoder.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, head.length, true);
  out.set(head, MAGIC.length + 4);
  for (const [name, bytes] of sections) out.set(bytes, start + placed[name]![0]);
  return out;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const align = (n: number) => (n + 3) & ~3;
const u8 = (a: Uint32Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** A snapshot that cannot be read (another version, truncated): the caller rebuilds. */
export class SnapshotError extends Error {}

/** Reads a snapshot; throws SnapshotError when the bytes are not one this code wrote. */
export function restore(buf: Uint8Array): FrozenGraph {
  const decoder = new TextDecoder();
  if (buf.length < MAGIC.length + 4 || decoder.decode(buf.subarray(0, MAGIC.length)) !== MAGIC)
    throw new SnapshotError('not a techgraph snapshot');
  const headLength = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(MAGIC.length, true);
  const start = align(MAGIC.length + 4 + headLength);
  let header: Header;
  try {
    header = JSON.parse(decoder.decode(buf.subarray(MAGIC.length + 4, MAGIC.length + 4 + headLength))) as Header;
  } catch {
    throw new SnapshotError('the snapshot header is damaged');
  }
  const section = (name: string): Uint8Array => {
    const place = header.sections[name];
    if (!place || start + place[0] + place[1] > buf.length) throw new SnapshotError(`the snapshot has no section ${name}`);
    return buf.subarray(start + place[0], start + place[0] + place[1]);
  };
  const u32 = (name: string): Uint32Array => {
    const s = section(name);
    // A view needs a 4-byte aligned offset in its buffer; copy when the read buffer does not give one.
    const s2 = s.byteOffset % 4 ? s.slice() : s;
    return new Uint32Array(s2.buffer, s2.byteOffset, s2.byteLength / 4);
  };
  const columns = new Map(
    header.edgeAttributes.map(({ name, values }) => [name, { values: values.map(deepFreeze), codes: u32(`edge:${name}`) }]),
  );
  return new FrozenGraph(header, u32('source'), u32('target'), u32('coldEnds'), section('cold'), columns);
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

const missingNode = (method: string, node: unknown) =>
  new Error(`FrozenGraph.${method}: could not find the "${String(node)}" node in the graph.`);
const missingEdge = (method: string, edge: unknown) =>
  new Error(`FrozenGraph.${method}: could not find the "${String(edge)}" edge in the graph.`);

/**
 * A read-only graph restored from a snapshot. Implements `GraphReader`; the
 * attributes it hands out are frozen.
 */
export class FrozenGraph {
  readonly order: number;
  readonly size: number;
  private readonly index = new Map<string, number>();
  private readonly full: (NodeAttributes | undefined)[] = [];
  /** Out- and in-edges of node i: edge indexes outList[outStart[i] .. outStart[i + 1]). */
  private readonly outStart: Uint32Array;
  private readonly outList: Uint32Array;
  private readonly inStart: Uint32Array;
  private readonly inList: Uint32Array;
  private readonly keyOf = new Map<number, string>();
  /** Edge key → index: the keys that do not follow `edgeKey`, and every key handed out so far (see `key`). */
  private readonly byKey = new Map<string, number>();
  /** Edge index → key, for the keys handed out so far. */
  private readonly keyMemo: (string | undefined)[] = [];
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly header: Header,
    private readonly src: Uint32Array,
    private readonly dst: Uint32Array,
    private readonly coldEnds: Uint32Array,
    private readonly cold: Uint8Array,
    private readonly columns: Map<string, { values: unknown[]; codes: Uint32Array }>,
  ) {
    this.order = header.nodes.length;
    this.size = header.edges;
    header.nodes.forEach((n, i) => {
      this.index.set(n, i);
    });
    for (const h of header.hot) deepFreeze(h);
    deepFreeze(header.attributes);
    for (const [i, key] of header.keys) {
      this.keyOf.set(i, key);
      this.byKey.set(key, i);
    }
    [this.outStart, this.outList] = adjacency(this.order, src);
    [this.inStart, this.inList] = adjacency(this.order, dst);
  }

  // ------------------------------------------------------------ graph

  getAttribute(name: string): unknown {
    return this.header.attributes[name];
  }

  getAttributes(): GraphAttributes {
    return this.header.attributes as unknown as GraphAttributes;
  }

  // ------------------------------------------------------------ nodes

  hasNode(node: unknown): boolean {
    return this.index.has(String(node));
  }

  nodes(): string[] {
    return [...this.header.nodes];
  }

  private nodeIndex(node: unknown, method: string): number {
    const i = this.index.get(String(node));
    if (i === undefined) throw missingNode(method, node);
    return i;
  }

  /** Every attribute of node i: the header's hot ones and, parsed once, the others. */
  private attributesOf(i: number): NodeAttributes {
    let a = this.full[i];
    if (!a) {
      const from = i === 0 ? 0 : this.coldEnds[i - 1]!;
      const rest = JSON.parse(this.decoder.decode(this.cold.subarray(from, this.coldEnds[i]!))) as Record<string, unknown>;
      a = this.full[i] = deepFreeze({ ...this.header.hot[i], ...rest } as NodeAttributes);
    }
    return a;
  }

  getNodeAttribute(node: unknown, name: string): unknown {
    const i = this.nodeIndex(node, 'getNodeAttribute');
    return HOT.has(name) ? this.header.hot[i]![name] : this.attributesOf(i)[name];
  }

  getNodeAttributes(node: unknown): NodeAttributes {
    return this.attributesOf(this.nodeIndex(node, 'getNodeAttributes'));
  }

  /**
   * What node callbacks receive: the full attributes once read; else a view
   * that reads the hot ones from the header and the full set for any other.
   */
  private callbackAttributes(i: number): NodeAttributes {
    return this.full[i] ?? this.lazyAttributes(i);
  }

  private lazyAttributes(i: number): NodeAttributes {
    const hot = this.header.hot[i]!;
    const full = () => this.attributesOf(i) as unknown as Record<string | symbol, unknown>;
    // The target is an empty extensible object, so reporting the full attributes' keys keeps the proxy invariants.
    return new Proxy({} as Record<string | symbol, unknown>, {
      get: (_, k) => (typeof k === 'string' && HOT.has(k) ? hot[k] : full()[k]),
      has: (_, k) => k in full(),
      ownKeys: () => Reflect.ownKeys(full()),
      getOwnPropertyDescriptor: (_, k) =>
        Object.hasOwn(full(), k) ? { value: full()[k], writable: false, enumerable: true, configurable: true } : undefined,
      set: () => false,
      defineProperty: () => false,
      deleteProperty: () => false,
    }) as unknown as NodeAttributes;
  }

  forEachNode(callback: (node: string, attributes: NodeAttributes) => void): void {
    this.header.nodes.forEach((n, i) => {
      callback(n, this.callbackAttributes(i));
    });
  }

  filterNodes(callback: (node: string, attributes: NodeAttributes) => boolean): string[] {
    return this.header.nodes.filter((n, i) => callback(n, this.callbackAttributes(i)));
  }

  *nodeEntries(): IterableIterator<{ node: string; attributes: NodeAttributes }> {
    for (let i = 0; i < this.order; i++) yield { node: this.header.nodes[i]!, attributes: this.attributesOf(i) };
  }

  // ------------------------------------------------------------ edges

  /**
   * The key of edge i. A key handed out is remembered both ways, so looking it
   * up again (queries list a node's edges, then read each one) costs one map
   * look-up instead of a walk through its source's out-edges.
   */
  private key(i: number): string {
    let k = this.keyMemo[i] ?? this.keyOf.get(i);
    if (k !== undefined) return k;
    const relation = this.column('relation', i) as Relation;
    k = edgeKey(this.header.nodes[this.src[i]!]!, relation, this.header.nodes[this.dst[i]!]!);
    this.keyMemo[i] = k;
    this.byKey.set(k, i);
    return k;
  }

  private column(name: string, i: number): unknown {
    const c = this.columns.get(name);
    const code = c ? c.codes[i]! : 0;
    return code ? c!.values[code - 1] : undefined;
  }

  /** The index of edge `key`, found through its source's out-edges (keys follow `edgeKey`). */
  private edgeIndex(edge: unknown, method?: string): number | undefined {
    const key = String(edge);
    const listed = this.byKey.get(key);
    if (listed !== undefined) return listed;
    const first = key.indexOf('->');
    const last = key.lastIndexOf('->');
    const s = first > 0 && last > first ? this.index.get(key.slice(0, first)) : undefined;
    if (s !== undefined) {
      const relation = key.slice(first + 2, last);
      const t = key.slice(last + 2);
      for (let j = this.outStart[s]!; j < this.outStart[s + 1]!; j++) {
        const e = this.outList[j]!;
        if (!this.keyOf.has(e) && this.header.nodes[this.dst[e]!] === t && this.column('relation', e) === relation) return e;
      }
    }
    if (method) throw missingEdge(method, edge);
    return undefined;
  }

  hasEdge(edge: unknown): boolean {
    return this.edgeIndex(edge) !== undefined;
  }

  edges(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.key(i));
    return out;
  }

  source(edge: unknown): string {
    return this.header.nodes[this.src[this.edgeIndex(edge, 'source')!]!]!;
  }

  target(edge: unknown): string {
    return this.header.nodes[this.dst[this.edgeIndex(edge, 'target')!]!]!;
  }

  getEdgeAttribute(edge: unknown, name: string): unknown {
    return this.column(name, this.edgeIndex(edge, 'getEdgeAttribute')!);
  }

  private edgeAttributesOf(i: number): EdgeAttributes {
    const a: Record<string, unknown> = {};
    for (const [name, c] of this.columns) {
      const code = c.codes[i]!;
      if (code) a[name] = c.values[code - 1];
    }
    return Object.freeze(a) as unknown as EdgeAttributes;
  }

  getEdgeAttributes(edge: unknown): EdgeAttributes {
    return this.edgeAttributesOf(this.edgeIndex(edge, 'getEdgeAttributes')!);
  }

  outEdges(node?: unknown): string[] {
    if (node === undefined) return this.edges();
    const i = this.nodeIndex(node, 'outEdges');
    return this.keysOf(this.outList, this.outStart[i]!, this.outStart[i + 1]!);
  }

  inEdges(node?: unknown): string[] {
    if (node === undefined) return this.edges();
    const i = this.nodeIndex(node, 'inEdges');
    return this.keysOf(this.inList, this.inStart[i]!, this.inStart[i + 1]!);
  }

  private keysOf(list: Uint32Array, from: number, to: number): string[] {
    const out: string[] = [];
    for (let j = from; j < to; j++) out.push(this.key(list[j]!));
    return out;
  }

  forEachEdge(
    callback: (
      edge: string,
      attributes: EdgeAttributes,
      source: string,
      target: string,
      sourceAttributes: NodeAttributes,
      targetAttributes: NodeAttributes,
      undirected: boolean,
    ) => void,
  ): void {
    for (let i = 0; i < this.size; i++) {
      const s = this.src[i]!;
      const t = this.dst[i]!;
      callback(
        this.key(i),
        this.edgeAttributesOf(i),
        this.header.nodes[s]!,
        this.header.nodes[t]!,
        this.callbackAttributes(s),
        this.callbackAttributes(t),
        false,
      );
    }
  }

  /** This graph as the reader the query library takes. */
  asReader(): GraphReader {
    return this as unknown as GraphReader;
  }
}

/** Compressed adjacency: for each node, the edges whose `ends` entry is that node, in edge order. */
function adjacency(order: number, ends: Uint32Array): [Uint32Array, Uint32Array] {
  const start = new Uint32Array(order + 1);
  for (let i = 0; i < ends.length; i++) start[ends[i]! + 1]!++;
  for (let n = 0; n < order; n++) start[n + 1]! += start[n]!;
  const fill = start.slice(0, order);
  const list = new Uint32Array(ends.length);
  for (let i = 0; i < ends.length; i++) list[fill[ends[i]!]!++] = i;
  return [start, list];
}
