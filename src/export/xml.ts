/**
 * The one XML text rule, for GEXF and GraphML alike, in one pass:
 *
 * - `&` `<` `>` `"` are written as entities.
 * - Tab and every line break XML 1.0 can carry (LF, CR, NEL U+0085, LINE
 *   SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029) are written as character
 *   references, so no reader changes them: XML 1.0 readers normalise CR and
 *   CR LF to LF and, in attribute values, tab, LF and CR to spaces; XML
 *   1.1-minded readers (xmldom, under graphology-gexf and graphology-graphml)
 *   also read NEL and LINE SEPARATOR raw as line ends; PARAGRAPH SEPARATOR is
 *   a line break to Unicode and to readers that split on it. A reference is
 *   read back as the character itself by all of them.
 * - What XML 1.0 cannot carry at all, not even as a character reference,
 *   becomes U+FFFD: the C0 controls but tab, LF and CR, U+FFFE, U+FFFF, and a
 *   lone surrogate (the well-formedness rule of text.ts).
 * - Everything else (`'`, `]]>`, DEL, the other C1 controls, any other
 *   character) is kept as is.
 *
 * `xmlSafe(s)` is what a string reads back as.
 */
import { LONE_SURROGATE, REPLACEMENT } from './text.js';

/** Characters written as character references: tab and the line breaks. */
const REFERENCED = '\\t\\n\\r\\u0085\\u2028\\u2029';
/** Characters XML 1.0 cannot carry (lone surrogates aside). */
const FORBIDDEN = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF';

const SPECIAL = new RegExp(`[&<>"${REFERENCED}]|[${FORBIDDEN}]|${LONE_SURROGATE}`, 'g');
/** What a reader cannot get back: the characters replaced by U+FFFD. */
const REPLACED = new RegExp(`[${FORBIDDEN}]|${LONE_SURROGATE}`, 'g');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
for (const c of '\t\n\r\u0085\u2028\u2029') ENTITIES[c] = `&#${c.charCodeAt(0)};`;

/** Any character that needs work: one test decides the common case, text with nothing to escape. */
const ANY = new RegExp(`[&<>"${REFERENCED}\\u0000-\\u001F\\uD800-\\uDFFF\\uFFFE\\uFFFF]`);
/** Every character SPECIAL can match other than & < > ", in one class without lookarounds. */
const RARE = new RegExp(`[${REFERENCED}\\u0000-\\u001F\\uD800-\\uDFFF\\uFFFE\\uFFFF]`);

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

/** Escapes text for element content or an attribute value, by the one XML rule. */
export function escapeXml(s: string): string {
  if (!ANY.test(s)) return s;
  if (RARE.test(s)) return s.replace(SPECIAL, (c) => ENTITIES[c] ?? REPLACEMENT);
  return escapeCommon(s);
}

/** What a string reads back as after a round trip through XML (the documented replacement rule). */
export function xmlSafe(s: string): string {
  return s.replace(REPLACED, REPLACEMENT);
}

/** A quick test that finds every string xmlSafe changes (and some it does not: any surrogate). */
const MAYBE_REPLACED = new RegExp(`[${FORBIDDEN}\\uD800-\\uDFFF]`);

/** The items of a list as xmlSafe reads each back: the same array when no item changes. */
export function xmlSafeItems(items: readonly string[]): readonly string[] {
  return items.some((s) => MAYBE_REPLACED.test(s)) ? items.map(xmlSafe) : items;
}
