/**
 * Selectors, modelled on dbt's graph operators, for scripts:
 *   `yarn`     the node itself
 *   `+yarn`    it and all its ancestors      `2+yarn`  up to two levels up
 *   `yarn+`    it and all its descendants    `yarn+1`  one level down
 *   `+yarn+`   both
 *   `a+,b+`    union (unlike dbt, where a comma intersects)
 * Ancestors and descendants follow the ANCESTRY relations, as `lineage` does.
 * Names resolve by id, label or alias; spaces around commas are ignored.
 */
import { cmp } from '../vocabulary/index.js';
import { fail, type NodeRef, nodeRef, ok, type QueryGraph, type Result } from './common.js';
import { distances } from './lineage.js';
import { resolve } from './resolve.js';

/** One parsed term: a name and how far to walk each way (0: not at all; Infinity: all the way). */
export interface SelectorTerm {
  name: string;
  up: number;
  down: number;
}

/** The answer of `select`. */
export interface Selection {
  selector: string;
  /** Terms with their names resolved to ids. */
  terms: (SelectorTerm & { id: string })[];
  /** The union of every term's nodes, by id. */
  nodes: NodeRef[];
}

const TERM = /^(?:(\d*)(\+))?(.*?)(?:(\+)(\d*))?$/s;

/** Parses a selector without looking at any graph. */
export function parseSelector(selector: string): Result<SelectorTerm[]> {
  const terms: SelectorTerm[] = [];
  const parts = selector.split(',');
  for (const [i, raw] of parts.entries()) {
    const text = raw.trim();
    const m = TERM.exec(text);
    const name = m?.[3]?.trim() ?? '';
    if (!m || !name || /^\+|\+$/.test(name)) {
      const where = parts.length > 1 ? ` (term ${i + 1}: "${text}")` : '';
      return fail(
        'BAD_SELECTOR',
        `"${selector}" is not a selector${where}; write name, +name, name+, 2+name, name+1, or a comma-separated union`,
      );
    }
    const levels = (plus: string | undefined, digits: string | undefined) => (plus ? (digits ? Number(digits) : Infinity) : 0);
    terms.push({ name, up: levels(m[2], m[1]), down: levels(m[4], m[5]) });
  }
  return ok(terms);
}

/** The ids a selector matches. */
export function select(graph: QueryGraph, selector: string): Result<Selection> {
  const parsed = parseSelector(selector);
  if (!parsed.ok) return parsed;
  const terms: Selection['terms'] = [];
  const ids = new Set<string>();
  for (const term of parsed.value) {
    const found = resolve(graph, term.name);
    if (!found.ok) return found;
    const id = found.value;
    terms.push({ ...term, id });
    ids.add(id);
    if (term.up > 0) for (const n of distances(graph, id, 'up', term.up).keys()) ids.add(n);
    if (term.down > 0) for (const n of distances(graph, id, 'down', term.down).keys()) ids.add(n);
  }
  return ok({ selector, terms, nodes: [...ids].sort(cmp).map((n) => nodeRef(graph, n)) });
}
