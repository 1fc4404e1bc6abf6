/**
 * The text rules every export shares, written once.
 *
 * Well-formed: a lone (unpaired) surrogate has no UTF-8 encoding, so every
 * export replaces it by U+FFFD; a valid pair (emoji, 𝔘) is kept. JSON is the
 * one exception: it carries lone surrogates exactly, as `\udXXX` escapes.
 *
 * One line: text that must stay on one line (a comment line in Turtle or
 * Cypher, a Mermaid label, a cell of a terminal table) has every run of line
 * breaks and control characters (C0, DEL, C1 with NEL, LINE SEPARATOR,
 * PARAGRAPH SEPARATOR) replaced by one space.
 *
 * Formats with their own escapes (XML, CSV, Cypher strings) apply them on top
 * of `wellFormed`: see xml.ts and neo4j.ts.
 */

/** The character that stands in for one a format cannot carry. */
export const REPLACEMENT = '\uFFFD';

/** A surrogate without its pair, as regular-expression source (for rules that match it among other characters). */
export const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

/** Line breaks and control characters, as a character class body. */
export const BREAKS_AND_CONTROLS = '\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029';

const BREAKS = new RegExp(`[${BREAKS_AND_CONTROLS}]+`, 'g');

/** The text with every lone surrogate replaced by U+FFFD (the same string when there is none). */
export function wellFormed(s: string): string {
  return s.isWellFormed() ? s : s.toWellFormed();
}

/** Well-formed text on one line: each run of line breaks and control characters becomes one space. */
export function oneLine(s: string): string {
  return wellFormed(s).replace(BREAKS, ' ');
}
