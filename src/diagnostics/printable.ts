/**
 * Printable text: the one rule for putting data (file names, keys, ids,
 * labels, notes, query answers, SPARQL values) into a line of terminal text.
 * Data may hold anything; printed, it must stay on its line, move no cursor,
 * set no terminal title and never read as a diagnostic. So every control
 * character (C0, DEL, C1), every invisible format character (zero-width
 * joiners, bidirectional overrides, the BOM), the line and paragraph
 * separators and every lone surrogate is written as an escape (`\n`, `\r`,
 * `\t`, `\u001b`, `\U000e0001`), and a colon that would start a position
 * (`:12:5: `) as `\u003a`. Text without any of these, nearly all of it, comes
 * back unchanged. JSON output keeps every string exactly; `printableJson`
 * only escapes, as JSON allows, what JSON.stringify would leave raw.
 */

/** Characters that must never be printed raw: controls, invisible format characters, separators, lone surrogates. */
const CHARS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;
/** What must be escaped in text: one such character, or the colon that would start a position. */
const UNSAFE = new RegExp(`${CHARS.source}|:(?=\\d+:\\d+: )`, 'u');
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

const NAMED: ReadonlyMap<string, string> = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);

/** The escape of one unsafe character: `\n`, `\u001b`, `\U000e0001`. */
function escapeOne(c: string): string {
  const named = NAMED.get(c);
  if (named !== undefined) return named;
  const code = c.codePointAt(0)!;
  return code > 0xffff ? `\\U${code.toString(16).padStart(8, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `s` as it may be printed in one line of text: see the file header. */
export function printable(s: string): string {
  return UNSAFE.test(s) ? s.replace(UNSAFE_ALL, escapeOne) : s;
}

/**
 * `s` as a JSON string literal that is safe on a terminal too: what
 * JSON.stringify writes, with what it leaves raw (DEL, C1 controls,
 * invisible format characters, line separators, the colon that would start
 * a position) as `\uXXXX` escapes. It parses back to `s` exactly.
 */
export function printableJson(s: string): string {
  const json = JSON.stringify(s);
  if (!UNSAFE.test(json)) return json;
  // Code unit by code unit: JSON spells a character beyond U+FFFF as its surrogate pair.
  return json.replace(UNSAFE_ALL, (c) =>
    Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/** True when `s` prints as itself. */
export function isPrintable(s: string): boolean {
  return !UNSAFE.test(s);
}

/**
 * A copy of plain data (objects, arrays, strings, numbers, booleans, null)
 * with every string and every key made printable. Iterative, so an answer
 * nested thousands of levels deep (a long lineage chain) is copied without
 * exhausting the call stack.
 */
export function printableData<T>(value: T): T {
  const copy = (v: unknown): unknown => (typeof v === 'string' ? printable(v) : v);
  if (value === null || typeof value !== 'object') return copy(value) as T;
  const root: unknown = Array.isArray(value) ? [] : {};
  const stack: [from: object, to: Record<string, unknown> | unknown[]][] = [[value as object, root as Record<string, unknown>]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    const put = (key: string | number, v: unknown) => {
      let out = copy(v);
      if (v !== null && typeof v === 'object') {
        out = Array.isArray(v) ? [] : {};
        stack.push([v, out as Record<string, unknown>]);
      }
      if (Array.isArray(to)) to.push(out);
      else if (key === '__proto__') Object.defineProperty(to, key, { value: out, enumerable: true, writable: true, configurable: true });
      else to[printable(String(key))] = out;
    };
    if (Array.isArray(from)) for (const v of from) put(0, v);
    else for (const k of Object.keys(from)) put(k, (from as Record<string, unknown>)[k]);
  }
  return root as T;
}
