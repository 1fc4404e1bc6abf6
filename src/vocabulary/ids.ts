/**
 * Ids and the one order of text: node ids are letters, digits, `.`, `_`, `-`
 * (starting with a letter or digit), compared case-insensitively for
 * uniqueness; every sorted output orders text by UTF-16 code units, so it is
 * the same on every machine and locale.
 */

/** Node ids: letters, digits, `.`, `_`, `-`; start with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Language tags for multilingual text: `en`, `zh`, `zh-Hant`. */
export const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Plain code-unit comparison: the same order on every machine and locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
