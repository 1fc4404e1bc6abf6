/**
 * YAML → data, behind one boundary. The common path parses with js-yaml
 * (fast, about 10× the `yaml` package); only when a file has a problem, or a
 * diagnostic needs a line and column, is it parsed again with `yaml`, which
 * keeps exact positions and reports every syntax error at once.
 */
import * as jsyaml from 'js-yaml';
import {
  type Document,
  type EmptyStream,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  type Node as YamlNode,
} from 'yaml';
import { type Diagnostic, error, type Position, warning } from '../diagnostics/index.js';
import { eventLocator, firstComplexKey } from './locate.js';
import { LOAD_DEFAULTS, type YamlLimits } from './options.js';
import { fileOffset, type Outline, outline, type Snippet, snippet } from './outline.js';
import type { ParsedData } from './parsed.js';
import type { DataPath, Target } from './paths.js';

export type { ParsedData } from './parsed.js';

/** A parsed fact file. */
export interface ParsedYaml {
  /** The data, or undefined when the file could not be parsed. */
  data: unknown;
  diagnostics: Diagnostic[];
  /** Line and column of the key or value at `path` (the nearest existing ancestor if it is missing). */
  locate(path: DataPath, target?: Target): Position;
}

/** Parses `text` (the contents of `file`) into data with lazily computed positions. */
export function parseYaml(text: string, file: string, limits: YamlLimits = LOAD_DEFAULTS): ParsedYaml {
  const parsed = parseData(text, file, limits);
  return { data: parsed.data, diagnostics: parsed.diagnostics, locate: locator(text, file, parsed.outline, limits) };
}

/** Parses `text` with js-yaml; positions are computed only for errors (see `locator` for the rest). */
export function parseData(text: string, file: string, limits: YamlLimits = LOAD_DEFAULTS): ParsedData {
  const big = text.length > limits.preciseMaxChars;
  const fail = (diagnostics: Diagnostic[]): ParsedData => ({ data: undefined, diagnostics });

  let docs: unknown[];
  let events: jsyaml.Event[];
  try {
    // What jsyaml.loadAll does, in its two steps, to keep the events for the outline.
    events = jsyaml.parseEvents(text, { filename: file, maxDepth: limits.maxDepth });
    docs = jsyaml.constructFromEvents(events, { source: text, filename: file, schema: jsyaml.CORE_SCHEMA });
  } catch (e) {
    const mark = e instanceof jsyaml.YAMLException ? e.mark : undefined;
    const markPos: Position = { file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 };
    // Too deep: refused here, before `yaml` (recursive) could exhaust the stack on it.
    if (e instanceof jsyaml.YAMLException && /maxDepth/.test(e.reason)) {
      return fail([
        error(
          'YAML_TOO_COMPLEX',
          markPos,
          `nesting deeper than ${limits.maxDepth} levels (a fact file needs about 6); the file was not read`,
        ),
      ]);
    }
    // A list or mapping as a key: js-yaml says so without a position; the events give it.
    if (e instanceof jsyaml.YAMLException && /complex keys/.test(e.reason)) {
      const at = firstComplexKey(text, limits.maxDepth);
      const pos = at === undefined ? markPos : { file, ...lineColumn(text, at) };
      return fail([
        error('YAML_SYNTAX', pos, 'a list or a mapping used as a key (`? [a, b]`, `{ a: 1 }: x`) is not supported: keys are names'),
      ]);
    }
    if (big) return fail([fastError(e, markPos, limits.preciseMaxChars)]);
    return fail(preciseErrors(text, file, e));
  }
  if (docs.length === 0)
    return {
      data: undefined,
      diagnostics: [warning('EMPTY_FILE', { file, line: 1, column: 1 }, 'the file is empty or holds only comments; it adds no facts')],
    };
  if (docs.length > 1)
    return fail(
      big ? [error('MULTIPLE_DOCUMENTS', secondDocument(text, file), multipleMessage(docs.length))] : preciseErrors(text, file, undefined),
    );
  const data = docs[0];
  if (data === null || data === undefined)
    return {
      data: undefined,
      diagnostics: [warning('EMPTY_FILE', { file, line: 1, column: 1 }, 'the document is empty (null); it adds no facts')],
    };
  const shape = checkShape(data, text.length, limits);
  if (shape) return fail([error('YAML_TOO_COMPLEX', { file, line: 1, column: 1 }, shape)]);
  const ol = outline(events, text);
  return { data, diagnostics: [], ...(ol ? { outline: ol } : {}) };
}

/**
 * `locate` for a parsed file. A path into an item of a top-level list
 * re-parses that item alone (outline.ts); any other path, or an item that
 * cannot stand alone, parses the whole file once: with `yaml`, or for big
 * files from js-yaml's events (locate.ts).
 */
export function locator(
  text: string,
  file: string,
  outline: Outline | undefined,
  limits: YamlLimits = LOAD_DEFAULTS,
): ParsedYaml['locate'] {
  const big = text.length > limits.preciseMaxChars;
  let positions: { doc: ReturnType<typeof parseDocument>; lines: LineCounter } | undefined;
  let lines: LineCounter | undefined;
  let fastLocate: ReturnType<typeof eventLocator> | null = null;
  const snippets = new Map<string, Snippet | null>();
  const precise = () => {
    if (!positions) {
      const counter = new LineCounter();
      const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, keepSourceTokens: false });
      positions = { doc, lines: counter };
    }
    return positions;
  };
  const at = (offset: number): Position => {
    lines ??= big || !positions ? lineCounter(text) : positions.lines;
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  // The item a path leads into, re-parsed alone; the last few are kept (a node often has several diagnostics).
  const itemOf = (path: DataPath): Snippet | undefined => {
    const [key, index] = path;
    if (!outline || path.length < 2 || typeof key !== 'string' || typeof index !== 'number') return undefined;
    const id = `${index}\u0000${key}`;
    let s = snippets.get(id);
    if (s === undefined) {
      s = snippet(text, outline, key, index, limits.maxDepth) ?? null;
      if (snippets.size >= 16) snippets.delete(snippets.keys().next().value!);
      snippets.set(id, s);
    }
    return s ?? undefined;
  };
  return (path: DataPath, target: Target = 'value'): Position => {
    const item = itemOf(path);
    if (item) return at(fileOffset(item, item.find(path.slice(2), target)));
    if (big) {
      fastLocate ??= eventLocator(text, limits.maxDepth) ?? null;
      if (fastLocate) return at(fastLocate(path, target));
      return { file, line: 1, column: 1 };
    }
    const { doc } = precise();
    return at(findOffset(doc.contents as YamlNode | null, path, target));
  };
}

/**
 * The plain or quoted scalar that starts at `at` (1-based line, UTF-16 column),
 * as written: up to the end of the line, a comment, or the `,` `]` `}` that
 * ends it in a flow collection. Used to quote a value back in a diagnostic
 * exactly as the author wrote it.
 */
export function scalarText(text: string, at: Position): string | undefined {
  let offset = 0;
  for (let line = 1; line < at.line; line++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return undefined;
    offset = nl + 1;
  }
  offset += at.column - 1;
  const rest = text.slice(offset, text.indexOf('\n', offset) < 0 ? undefined : text.indexOf('\n', offset));
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    return end > 0 ? rest.slice(0, end + 1) : undefined;
  }
  const m = /^[^,\]}#\r]*?(?=\s+#|\s*[,\]}]|\s*\r?$|$)/.exec(rest);
  const out = m?.[0].trim();
  return out ? out : undefined;
}

/** A js-yaml error as a diagnostic, at js-yaml's position (used for big files). */
function fastError(e: unknown, at: Position, preciseMaxChars: number): Diagnostic {
  if (!(e instanceof jsyaml.YAMLException))
    return error('YAML_TOO_COMPLEX', at, `the file could not be parsed (${e instanceof Error ? e.message : String(e)})`);
  if (/duplicated mapping key/.test(e.reason)) return error('DUPLICATE_KEY', at, 'duplicate key in this mapping');
  return error('YAML_SYNTAX', at, `${e.reason} (only the first syntax error is reported for files over ${preciseMaxChars} characters)`);
}

const multipleMessage = (n: number) =>
  `a fact file holds one YAML document; this file has ${n} (remove the "---" separators or split the file)`;

/** Where the second document starts: the `---` after the first document's content (big files only). */
function secondDocument(text: string, file: string): Position {
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let m: RegExpExecArray | null;
  let seenContent = false;
  let last = 0;
  while ((m = marker.exec(text))) {
    seenContent ||= /^(?![ \t\r]*(?:#|$))/m.test(text.slice(last, m.index));
    if (seenContent) return { file, ...lineColumn(text, m.index) };
    last = m.index + 3;
  }
  return { file, line: 1, column: 1 };
}

/** 1-based line and column of `offset`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let from = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    from = i + 1;
  }
  return { line, column: offset - from + 1 };
}

/** A LineCounter over `text` without parsing it. */
function lineCounter(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

/** Reparses a file js-yaml rejected with `yaml`, to report every error with its position. */
function preciseErrors(text: string, file: string, fast: unknown): Diagnostic[] {
  const lines = new LineCounter();
  let docs: Document.Parsed[] | EmptyStream | undefined;
  try {
    docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true });
  } catch {
    docs = undefined;
  }
  const out: Diagnostic[] = [];
  const pos = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col };
  };
  if (Array.isArray(docs)) {
    if (docs.length > 1) out.push(error('MULTIPLE_DOCUMENTS', pos(docs[1]!.range[0]), multipleMessage(docs.length)));
    for (const doc of docs) {
      for (const e of doc.errors) {
        const code = e.code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : e.code === 'RESOURCE_EXHAUSTION' ? 'YAML_TOO_COMPLEX' : 'YAML_SYNTAX';
        const key = code === 'DUPLICATE_KEY' ? /^[^:\n]*/.exec(text.slice(e.pos[0], e.pos[0] + 200))![0].trim() : '';
        const message = key
          ? `duplicate key "${key}" in this mapping`
          : code === 'YAML_TOO_COMPLEX'
            ? 'the file nests too deeply to parse'
            : firstLine(e.message);
        out.push(error(code, pos(e.pos[0]), message));
      }
    }
  }
  if (out.length) return out;
  // `yaml` accepted what js-yaml refused (or crashed): report js-yaml's own position.
  if (fast instanceof jsyaml.YAMLException) {
    const mark = fast.mark;
    return [
      error('YAML_SYNTAX', { file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 }, fast.reason || firstLine(fast.message)),
    ];
  }
  return [
    error(
      'YAML_TOO_COMPLEX',
      { file, line: 1, column: 1 },
      `the file nests too deeply to parse (${fast instanceof Error ? fast.message : String(fast)})`,
    ),
  ];
}

/** Refuses data whose alias expansion or nesting exceeds the limits; returns why, or undefined. */
function checkShape(data: unknown, bytes: number, limits: YamlLimits): string | undefined {
  const budget = Math.max(limits.minNodes, limits.nodesPerByte * bytes);
  const stack: [unknown, number][] = [[data, 0]];
  // Count visits of the expanded tree: shared (aliased) objects are counted every time they appear.
  let visited = 0;
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > limits.maxDepth) return `nesting deeper than ${limits.maxDepth} levels`;
    const children = Array.isArray(v) ? v : Object.values(v);
    visited += children.length;
    if (visited > budget) return `aliases expand to more than ${budget} values`;
    for (const c of children) stack.push([c, depth + 1]);
  }
  return undefined;
}

/** Walks a `yaml` node tree along `path`; returns the offset of the deepest node found. */
function findOffset(root: YamlNode | null, path: DataPath, target: Target): number {
  let node: YamlNode | null = root;
  let offset = root?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return offset;
      const key = pair.key as YamlNode;
      if (last && target === 'key') return key.range?.[0] ?? offset;
      node = (pair.value as YamlNode | null) ?? null;
      offset = node?.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as YamlNode | undefined;
      if (!item) return offset;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

/** The first line of a parser message, without the position it repeats. */
const firstLine = (s: string) =>
  s
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
