/**
 * JSON text of an answer, in chunks, without recursion, safe on a terminal
 * (strings as `printableJson` writes them: JSON escapes for the controls and
 * invisible characters JSON.stringify leaves raw). `JSON.stringify`
 * recurses: a lineage tree a few thousand levels deep (a long `extends`
 * chain) exhausts its stack, and with indentation the text grows with the
 * square of the depth. This writes JSON that parses to what `JSON.stringify(value, null, 2)`
 * gives, the same text when no string needs an extra escape, up to INDENT_LEVELS levels, and indents deeper
 * levels no further (JSON ignores whitespace), so the text stays linear.
 */
import { printableJson } from '../diagnostics/index.js';

/** Levels indented in full. */
export const INDENT_LEVELS = 64;

/** True when JSON.stringify leaves this property out of an object (and writes `null` in an array). */
const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** A JSON scalar; objects and arrays are opened by the caller. Strings as `printableJson` writes them. */
function scalar(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'bigint') return v.toString();
  if (skipped(v)) return 'null';
  return typeof v === 'string' ? printableJson(v) : JSON.stringify(v);
}

interface Frame {
  close: string;
  /** Pending entries: [key or null for array items, value]. */
  entries: [string | null, unknown][];
  i: number;
  pad: string;
}

/** The chunks of `value` as indented JSON (two spaces), ending with a newline. */
export function* jsonText(value: unknown, chunkSize = 1 << 16): Generator<string> {
  let out = '';
  const stack: Frame[] = [];
  const pad = (level: number) => '  '.repeat(Math.min(level, INDENT_LEVELS));
  /** Writes a scalar, or the opening of a container (pushed on the stack). */
  const emit = (v: unknown) => {
    if (v === null || typeof v !== 'object') {
      out += scalar(v);
      return;
    }
    const entries: [string | null, unknown][] = Array.isArray(v)
      ? v.map((x) => [null, x])
      : Object.keys(v)
          .filter((k) => !skipped((v as Record<string, unknown>)[k]))
          .map((k) => [k, (v as Record<string, unknown>)[k]]);
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    if (!entries.length) {
      out += open + close;
      return;
    }
    out += open;
    stack.push({ close, entries, i: 0, pad: pad(stack.length) });
  };
  emit(value);
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    if (f.i === f.entries.length) {
      out += `\n${f.pad}${f.close}`;
      stack.pop();
    } else {
      const [key, v] = f.entries[f.i]!;
      out += `${f.i++ ? ',' : ''}\n${pad(stack.length)}${key === null ? '' : `${printableJson(key)}: `}`;
      emit(v);
    }
    if (out.length >= chunkSize) {
      yield out;
      out = '';
    }
  }
  yield `${out}\n`;
}
