/**
 * Raw data helpers shared by the validator's passes: sites below a node (a
 * path joined only when a diagnostic asks for it), list and mapping tests,
 * look-ups by path, and how a raw value is described in a message.
 */
import type { Site } from '../graph/index.js';
import type { DataPath } from '../load/index.js';

/** A parsed YAML mapping. */
export type Raw = Record<string, unknown>;

/**
 * A place below a node's site. Its path is joined only when a diagnostic asks
 * for it, so the many sites of valid data cost one small object each.
 */
class SubSite implements Site {
  constructor(
    private readonly base: Site,
    private readonly tail: DataPath,
  ) {}
  get file(): string {
    return this.base.file;
  }
  get path(): DataPath {
    return [...this.base.path, ...this.tail];
  }
  get locate(): Site['locate'] {
    return this.base.locate;
  }
  get written(): Site['written'] {
    return this.base.written;
  }
}

/** The site `tail` below `base`. */
export const subSite = (base: Site, tail: DataPath): Site => new SubSite(base, tail);

/** A mapping (not null, not a list). */
export const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string or a list of strings as a list. */
export const toList = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? (v as string[]) : []);

/** The value at `path` below `root`, own keys only. */
export function lookup(root: unknown, path: DataPath): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** How a raw value reads in a message: `nothing`, `a list`, `a mapping`, or `the number 2024.10` as written. */
export function describe(v: unknown, written?: string): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  // Text is quoted (its own quotes, if the author wrote any, are not the value's); numbers as written (2024.10).
  const shown = typeof v === 'string' ? JSON.stringify(v) : (written ?? JSON.stringify(v));
  return `${typeof v === 'string' ? 'the text' : `the ${typeof v}`} ${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}`;
}
