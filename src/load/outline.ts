/**
 * Positions without a second full parse. While js-yaml parses a file, the
 * outline records where each item of each top-level list starts (a few
 * integers per node). A diagnostic at `[section, i, …]` then re-parses only
 * item i — its text cut out and indented as it stands in the file — with
 * js-yaml's event parser (locate.ts, which gives the offsets `yaml` gives),
 * so a warning on a 100k-node data set costs a parse of one node, not of its
 * file, and positions need neither the parsed data nor the whole-file parse
 * kept in memory. An item that cannot stand alone (a flow-style list, an
 * item cut in the wrong place: its event count differs) is left to the
 * whole-file locator; a test checks every path of real and synthetic data
 * against the whole-file `yaml` parse.
 */
import * as jsyaml from 'js-yaml';
import { eventLocator, keyName } from './locate.js';
import type { DataPath, Target } from './paths.js';

/**
 * Per top-level list: where each item starts (the array ends with the offset
 * where the list's text ends) and how many parser events each item is, to
 * check a re-parsed item against. Plain data, safe to send between threads.
 */
export interface Outline {
  lists: Record<string, Int32Array>;
  sizes: Record<string, Int32Array>;
}

const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = jsyaml.EVENT_ID;
const NONE = -1;

/** The outline of a one-document file whose root is a mapping; undefined otherwise. */
export function outline(events: readonly jsyaml.Event[], text: string): Outline | undefined {
  const docs = events.filter((e) => e.type === DOCUMENT).length;
  if (docs !== 1 || events[1]?.type !== MAPPING) return undefined;
  const lists: Record<string, Int32Array> = Object.create(null);
  const sizes: Record<string, Int32Array> = Object.create(null);
  // Depth 1: entries of the root mapping (key, value alternating); depth 2: items of a top-level list.
  let depth = 0;
  let isKey = true;
  let key = '';
  let items: number[] | undefined;
  let counts: number[] = [];
  let itemFrom = 0;
  let listKey = '';
  // A list ends where the next root key's line starts, or with the text.
  const close = (end: number) => {
    if (items) {
      lists[listKey] = Int32Array.from([...items, end]);
      sizes[listKey] = Int32Array.from(counts);
    }
    items = undefined;
  };
  for (let i = 2; i < events.length; i++) {
    const e = events[i]!;
    if (depth === 0) {
      // An entry of the root mapping.
      if (e.type === POP) break;
      if (isKey) {
        if (e.type !== SCALAR) return undefined; // a complex key: not a fact file's shape
        close(e.valueStart === NONE ? text.length : lineStart(text, e.valueStart));
        key = keyName(text, e);
        isKey = false;
        continue;
      }
      isKey = true;
      if (e.type === SEQUENCE && e.style === jsyaml.COLLECTION_STYLE_BLOCK) {
        items = [];
        counts = [];
        listKey = key;
      }
      if (e.type === SEQUENCE || e.type === MAPPING) depth = 1;
      continue;
    }
    if (e.type === POP) {
      depth--;
      if (depth === 1 && items) counts.push(i - itemFrom + 1);
      continue;
    }
    if (depth === 1 && items) {
      items.push(e.type === MAPPING ? startOf(e) : NONE);
      itemFrom = i;
      if (e.type === SCALAR || e.type === ALIAS) counts.push(1);
    }
    if (e.type === SEQUENCE || e.type === MAPPING) depth++;
    else if (e.type !== SCALAR && e.type !== ALIAS) return undefined;
  }
  close(text.length);
  return { lists, sizes };
}

/** Where a collection's text starts, its anchor or tag included. */
function startOf(e: jsyaml.MappingEvent): number {
  let s = e.start;
  if (e.anchorStart !== NONE && e.anchorStart < s) s = e.anchorStart;
  if (e.tagStart !== NONE && e.tagStart < s) s = e.tagStart;
  return s;
}

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** One item re-parsed alone: offsets inside it, and where its text was cut from. */
export interface Snippet {
  /** Offset (in the snippet) of the key or value at `path` below the item, or of its nearest existing ancestor. */
  find(path: DataPath, target: Target): number;
  /** Offset in the file of the item's first character. */
  start: number;
  /** Column (0-based) of that character: the indentation the snippet was given. */
  indent: number;
}

/**
 * Re-parses item `index` of list `key` on its own; undefined when the item is
 * not in the outline or does not parse alone to the same data as in the file.
 */
export function snippet(text: string, ol: Outline, key: string, index: number, maxDepth: number): Snippet | undefined {
  const starts = ol.lists[key];
  if (!starts || index < 0 || index >= starts.length - 1) return undefined;
  const start = starts[index]!;
  const next = starts[index + 1]!;
  if (start === NONE || next === NONE) return undefined;
  // The next item's line holds its `- `; the list's end is already a line start.
  const end = index + 2 === starts.length ? next : lineStart(text, next);
  if (end <= start) return undefined;
  const indent = start - lineStart(text, start);
  const alone = ' '.repeat(indent) + text.slice(start, end);
  if (!sameShape(alone, ol.sizes[key]![index]!, maxDepth)) return undefined;
  const find = eventLocator(alone, maxDepth);
  return find ? { find, start, indent } : undefined;
}

/** The snippet parses alone as one document made of the item's own events (a cut in the wrong place would not). */
function sameShape(alone: string, size: number, maxDepth: number): boolean {
  try {
    // DOCUMENT, the item's events, POP.
    return jsyaml.parseEvents(alone, { maxDepth }).length === size + 2;
  } catch {
    return false;
  }
}

/** Maps an offset inside a snippet back to the file. */
export const fileOffset = (s: Snippet, offset: number) => s.start + Math.max(0, offset - s.indent);
