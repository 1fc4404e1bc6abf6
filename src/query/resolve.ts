/**
 * Name resolution: turns what a person types ("yarn", "YaRN", "Yet another
 * RoPE extensioN", "长上下文") into a node id. Ids, labels in every language
 * and aliases match case-insensitively; an unknown name comes back as an
 * UNKNOWN_NAME error with did-you-mean candidates.
 */

import { suggest } from '../diagnostics/index.js';
import { cmp, type Kind } from '../vocabulary/index.js';
import { fail, ok, type QueryGraph, type Result } from './common.js';

/** Options of `resolve`. */
export interface ResolveOptions {
  /** Kinds the name must denote; a match of another kind is a WRONG_KIND error. */
  kinds?: readonly Kind[];
}

const lower = (s: string) => s.toLowerCase();
/** Letters and digits only, lower case: "NTK-aware  interpolation" ≈ "ntk aware interpolation". */
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Resolves `name` to a node id. Tiers, first hit wins: exact id; id, label
 * (any language) or alias ignoring case; the same ignoring case, spaces and
 * punctuation. Within a tier, several nodes are an AMBIGUOUS_NAME error,
 * unless all but one are sources (a paper named after its technique).
 */
export function resolve(graph: QueryGraph, name: string, options: ResolveOptions = {}): Result<string> {
  const kinds = options.kinds;
  const allowed = (id: string) => !kinds || kinds.includes(graph.getNodeAttribute(id, 'kind'));
  const what = kinds ? (kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}` : kinds.join('')) : 'node';
  const trimmed = name.trim();
  if (!trimmed) return fail('UNKNOWN_NAME', `empty ${what} name`, { name, suggestions: [] });
  if (graph.hasNode(trimmed) && allowed(trimmed)) return ok(trimmed);

  const tiers: ((id: string) => boolean)[] = [
    (id) => lower(id) === lower(trimmed),
    (id) => namesOf(graph, id).some((n) => lower(n) === lower(trimmed)),
    (id) => squash(trimmed) !== '' && [id, ...namesOf(graph, id)].some((n) => squash(n) === squash(trimmed)),
  ];
  let wrongKind: string | undefined;
  for (const tier of tiers) {
    const hits = graph.filterNodes((id) => tier(id)).sort(cmp);
    const good = hits.filter(allowed);
    if (good.length === 1) return ok(good[0]!);
    // A paper is often named after its technique: the technique wins over the source.
    const notSources = good.filter((id) => graph.getNodeAttribute(id, 'kind') !== 'source');
    if (good.length > 1 && notSources.length === 1) return ok(notSources[0]!);
    if (good.length > 1)
      return fail('AMBIGUOUS_NAME', `"${name}" names ${good.length} nodes: ${good.join(', ')}; use an id`, { name, suggestions: good });
    wrongKind ??= hits[0];
  }
  if (wrongKind !== undefined) {
    const kind = graph.getNodeAttribute(wrongKind, 'kind');
    return fail('WRONG_KIND', `"${name}" is the ${kind} "${wrongKind}", not a ${what}`, { name, suggestions: [] });
  }
  // Did-you-mean over every name, reported as ids so one node is offered once.
  const owners = new Map<string, string[]>();
  graph.forEachNode((id, a) => {
    if (!allowed(id)) return;
    for (const n of new Set([id, a.label, ...(a.aliases ?? [])])) (owners.get(n) ?? owners.set(n, []).get(n)!).push(id);
  });
  const ids = [...new Set(suggest(trimmed, owners.keys(), 10).flatMap((n) => owners.get(n) ?? []))].slice(0, 3);
  const hint = ids.length ? `; did you mean ${ids.map((x) => `"${x}"`).join(ids.length === 2 ? ' or ' : ', ')}?` : '';
  return fail('UNKNOWN_NAME', `unknown ${what} "${name}"${hint}`, { name, suggestions: ids });
}

/** Labels (every language) and aliases of a node. */
export function namesOf(graph: QueryGraph, id: string): string[] {
  const a = graph.getNodeAttributes(id);
  return [a.label, ...Object.values(a.labels ?? {}), ...(a.aliases ?? [])];
}
