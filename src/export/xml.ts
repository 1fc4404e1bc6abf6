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

/** Any character that needs work: one test decides the common case, text with nothing to escape. */
const ANY = /[&<>"\t\n\r\u0085\u2028\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Every character SPECIAL can match other than & < > ", in one class without lookarounds. */
const RARE = /[\t\n\r\u0085\u2028\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The character that stands in for anything XML 1.0 cannot carry. */
export const REPLACEMENT = '\uFFFD';

/** Escapes & < > " only (the text has no other special character). */
function escapeCommon(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const entity = c === 38 ? '&amp;' : c === 60 ? '&lt;' : c === 62 ? '&gt;' : c === 34 ? '&quot;' : undefined;
    if (entity !== undefined) {
      out += s.slice(from, i) + entity;
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

/** Escapes text for element content or an attribute value. */
export function escapeXml(s: string): string {
  if (!ANY.test(s)) return s;
  if (RARE.test(s)) return s.replace(SPECIAL, (c) => ENTITIES[c] ?? REPLACEMENT);
  return escapeCommon(s);
}

/** What a string becomes after a round trip through XML (the documented replacement rule). */
export function xmlSafe(s: string): string {
  return s.replace(SPECIAL, (c) => (c in ENTITIES ? c : REPLACEMENT));
}
