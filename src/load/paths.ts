/**
 * Paths into parsed data, the common language of the loader's position
 * finders: mapping keys and sequence indices, and which end of an entry a
 * position means.
 */

/** A path into parsed data: mapping keys and sequence indices. */
export type DataPath = readonly (string | number)[];

/** Which end of a mapping entry a position refers to. */
export type Target = 'key' | 'value';
