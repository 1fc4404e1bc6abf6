/**
 * Ids and the one order of text: node ids are letters, digits, `.`, `_`, `-`
 * (starting with a letter or digit), compared case-insensitively for
 * uniqueness; every sorted output orders text by UTF-16 code units, so it is
 * the same on every machine and locale.
 */

/** Node ids: letters, digits, `.`, `_`, `-`; start with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** What kind of character `c` is, when it cannot be seen: a space, a control or format character, a separator. */
function unseen(c: string): string | undefined {
  if (/\p{Zs}/u.test(c)) return 'a space';
  if (/\p{Cc}/u.test(c)) return 'a control character';
  if (/\p{Cf}/u.test(c)) return 'an invisible format character';
  if (/[\p{Zl}\p{Zp}]/u.test(c)) return 'a line or paragraph separator';
  if (/\p{Cs}/u.test(c)) return 'half of a surrogate pair';
  return undefined;
}

/**
 * Why `s` is not an id, naming the first character that breaks the rule
 * (`character 2 is U+200D, an invisible format character`), or undefined
 * when `s` is an id.
 */
export function idProblem(s: string): string | undefined {
  if (ID_PATTERN.test(s)) return undefined;
  if (s === '') return 'it is empty';
  const chars = [...s];
  const i = chars.findIndex((c, k) => !(k === 0 ? /^[A-Za-z0-9]$/ : /^[A-Za-z0-9._-]$/).test(c));
  const c = chars[i]!;
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind = unseen(c);
  const what = kind ? `${code}, ${kind}` : `"${c}" (${code})`;
  return `character ${i + 1} is ${what}${i === 0 && /^[._-]$/.test(c) ? ', and an id starts with a letter or digit' : ''}`;
}

/** Language tags for multilingual text: `en`, `zh`, `zh-Hant`. */
export const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Plain code-unit comparison: the same order on every machine and locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
