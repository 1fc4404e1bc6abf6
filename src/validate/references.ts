/**
 * References: every id a fact names, checked once all ids are known. An
 * unknown id gets a did-you-mean among the ids, labels and aliases of nodes of
 * the kinds it may name (`fp8` → `fp8-training`, alias "FP8 training"); a
 * wrong kind says which kinds fit. Also the cycle search for acyclic relations.
 */
import { rankNames } from '../diagnostics/index.js';
import type { NodeFact, RelationFact } from '../graph/index.js';
import { cmp, type Kind } from '../vocabulary/index.js';

/** The ids known to the validator, with their kinds, and the did-you-mean over them. */
export class References {
  /** Exact id → kind (a case-insensitive clash keeps both spellings, so references to either resolve). */
  readonly kindOf = new Map<string, Kind>();
  private names: Map<string, NodeFact> | undefined;
  private suggestions = 0;

  /** `maxSuggestions`: unknown references that get a did-you-mean (each scans every name); the rest are reported without one. */
  constructor(
    private readonly nodes: readonly NodeFact[],
    private readonly maxSuggestions: number,
  ) {}

  /** Why `ref` (met as `what`) cannot stand where `allowed` kinds go, or undefined when it can. */
  problem(
    ref: string,
    what: string,
    allowed: readonly Kind[],
  ): { code: 'UNKNOWN_REFERENCE' | 'RELATION_KINDS'; message: string } | undefined {
    const kind = this.kindOf.get(ref);
    if (!kind) return { code: 'UNKNOWN_REFERENCE', message: `${what} "${ref}" names no node${this.didYouMean(ref, allowed)}` };
    if (!allowed.includes(kind))
      return { code: 'RELATION_KINDS', message: `${what} "${ref}" is a ${kind}; it must be a ${allowed.join(' or ')}` };
    return undefined;
  }

  /** `; did you mean "yarn" (YaRN)?` among nodes of the allowed kinds, or the empty string. */
  didYouMean(ref: string, allowed: readonly Kind[]): string {
    if (this.suggestions++ >= this.maxSuggestions) return '';
    this.names ??= nameIndex(this.nodes);
    const names = this.names;
    const ids = new Map<string, NodeFact>();
    const candidates = [...names.keys()].filter((k) => allowed.includes(names.get(k)!.kind));
    for (const name of rankNames(ref, candidates, 8)) {
      const n = names.get(name)!;
      if (!ids.has(n.id)) ids.set(n.id, n);
    }
    const list = [...ids.values()].slice(0, 3).map((n) => `"${n.id}"${n.labels.en && n.labels.en !== n.id ? ` (${n.labels.en})` : ''}`);
    return list.length ? `; did you mean ${list.join(' or ')}?` : '';
  }
}

/** Every id, label and alias → the node, for did-you-mean on references. */
function nameIndex(nodes: readonly NodeFact[]): Map<string, NodeFact> {
  const m = new Map<string, NodeFact>();
  for (const n of nodes) for (const name of [n.id, ...Object.values(n.labels), ...n.aliases]) if (!m.has(name)) m.set(name, n);
  return m;
}

/** Every elementary cycle's edges, one representative per strongly connected loop. */
export function findCycles(edges: readonly RelationFact[]): RelationFact[][] {
  const out = new Map<string, RelationFact[]>();
  for (const r of edges) {
    if (!out.has(r.source)) out.set(r.source, []);
    out.get(r.source)!.push(r);
  }
  const state = new Map<string, 1 | 2>(); // 1 = on the path, 2 = done
  const cycles: RelationFact[][] = [];
  // Iterative depth-first search: a chain of 100k `extends` must not exhaust the call stack.
  const path: RelationFact[] = []; // edges from the root to the current node
  const depthOf = new Map<string, number>(); // node on the path → its index in `path`
  const frames: { node: string; edges: RelationFact[]; next: number }[] = [];
  const enter = (n: string) => {
    state.set(n, 1);
    depthOf.set(n, path.length);
    frames.push({ node: n, edges: out.get(n) ?? [], next: 0 });
  };
  for (const root of [...out.keys()].sort(cmp)) {
    if (state.has(root)) continue;
    enter(root);
    while (frames.length) {
      const f = frames[frames.length - 1]!;
      if (f.next === f.edges.length) {
        state.set(f.node, 2);
        depthOf.delete(f.node);
        frames.pop();
        path.pop();
        continue;
      }
      const e = f.edges[f.next++]!;
      const s = state.get(e.target);
      if (s === 1) cycles.push([...path.slice(depthOf.get(e.target)!), e]);
      else if (s === undefined) {
        path.push(e);
        enter(e.target);
      }
    }
  }
  return cycles;
}
