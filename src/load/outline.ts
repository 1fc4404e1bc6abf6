/**
 * Positions without a second full parse. While js-yaml parses a file, the
 * outline records where each item of each top-level list starts (a few
 * integers per node). A diagnostic at `[section, i, …]` then re-parses only
 * item i — its text cut out and indented as it stands in the file — with
 * js-yaml's event parser (locate.ts, which gives the offsets `yaml` gives),
 * so a warning on a 100k-node data set costs a parse of one node, not of its
 * file. An item that cannot stand alone (an alias to another item, a
 * flow-style list) is detected and left to the whole-file locator; a test
 * checks every path of real and synthetic data against the whole-file `yaml`
 * parse.
 */
import * as jsyaml from 'js-yaml';
import { isDeepStrictEqual } from 'node:util';
import { eventLocator } from './locate.js';
import type { DataPath, Target } from './yaml.js';

/** Item start offsets per top-level key; each array ends with the offset where the list's text ends. Plain data, safe to send between threads. */
export interface Outline {
  lists: Record<string, Int32Array>;
}

const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = jsyaml.EVENT_ID;
const NONE = -1;

/** The outline of a one-document file whose root is a mapping; undefined otherwise. */
export function outline(events: readonly jsyaml.Event[], text: string): Outline | undefined {
  const docs = events.filter((e) => e.type === DOCUMENT).length;
  if (docs !== 1 || events[1]?.type !== MAPPING) return undefined;
  const lists: Record<string, Int32Array> = Object.create(null);
  // Depth 1: entries of the root mapping (key, value alternating); depth 2: items of a top-level list.
  let depth = 0;
  let isKey = true;
  let key = '';
  let items: number[] | undefined;
  let listKey = '';
  // A list ends where the next root key's line starts, or with the text.
  const close = (end: number) => {
    if (items) lists[listKey] = Int32Array.from([...items, end]);
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
        key = jsyaml.getScalarValue(text, e);
        isKey = false;
        continue;
      }
      isKey = true;
      if (e.type === SEQUENCE && e.style === jsyaml.COLLECTION_STYLE_BLOCK) {
        items = [];
        listKey = key;
      }
      if (e.type === SEQUENCE || e.type === MAPPING) depth = 1;
      continue;
    }
    if (e.type === POP) {
      depth--;
      continue;
    }
    if (depth === 1 && items) items.push(e.type === MAPPING ? startOf(e) : NONE);
    if (e.type === SEQUENCE || e.type === MAPPING) depth++;
    else if (e.type !== SCALAR && e.type !== ALIAS) return undefined;
  }
  close(text.length);
  return { lists };
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
export function snippet(text: string, ol: Outline, key: string, index: number, data: unknown, maxDepth: number): Snippet | undefined {
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
  if (!sameData(alone, data, maxDepth)) return undefined;
  const find = eventLocator(alone, maxDepth);
  return find ? { find, start, indent } : undefined;
}

/** The snippet holds the item's data (an alias to another item does not resolve alone). */
function sameData(alone: string, data: unknown, maxDepth: number): boolean {
  try {
    return isDeepStrictEqual(jsyaml.load(alone, { schema: jsyaml.CORE_SCHEMA, maxDepth }), data);
  } catch {
    return false;
  }
}

/** Maps an offset inside a snippet back to the file. */
export const fileOffset = (s: Snippet, offset: number) => s.start + Math.max(0, offset - s.indent);
