/**
 * XML text escaping in one pass. XML 1.0 cannot carry most C0 control
 * characters, U+FFFE/U+FFFF or unpaired surrogates at all, not even as
 * character references: each is replaced by U+FFFD (the replacement
 * character). Tab, newline and carriage return survive, escaped as character
 * references so attribute-value normalisation does not turn them into spaces;
 * so are NEL (U+0085) and LINE SEPARATOR (U+2028), which XML 1.1 parsers
 * treat as line ends.
 */

const SPECIAL =
  /[&<>"\t\n\r\u0085\u2028]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
  // Legal in XML 1.0, but some parsers (xmldom, under graphology-gexf) read them raw as XML 1.1 line ends: a space.
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
};

/** The character that stands in for anything XML 1.0 cannot carry. */
export const REPLACEMENT = '\uFFFD';

/** Escapes text for an attribute value or element content. */
export function escapeXml(s: string): string {
  return s.replace(SPECIAL, (c) => ENTITIES[c] ?? REPLACEMENT);
}

/** What a string becomes after a round trip through XML (the documented replacement rule). */
export function xmlSafe(s: string): string {
  return s.replace(SPECIAL, (c) => (c in ENTITIES ? c : REPLACEMENT));
}
