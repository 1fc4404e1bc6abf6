/**
 * Time: the date rules every stage shares. A date of any precision stands for
 * its first day; versions are ordered by release (undated last, then by id);
 * an edge exists from the later of its ends' dates.
 */
import { cmp } from '../vocabulary/index.js';

/** First day covered by a date of any precision: `2024-06` → `2024-06-01`, `2024` → `2024-01-01`. */
export function dateStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Sort key of a release date (any precision, or none): its first day; undated sorts last. */
export function releaseKey(released: unknown): string {
  return typeof released === 'string' ? dateStart(released) : '9999-99-99';
}

/** Release order of two (id, released) pairs: by first day, undated last, then by id. */
export function compareReleases(a: { id: string; released: unknown }, b: { id: string; released: unknown }): number {
  return cmp(releaseKey(a.released), releaseKey(b.released)) || cmp(a.id, b.id);
}

/** The date an edge exists from: the later of its two ends' `since`. */
export function edgeSince(sourceSince: string, targetSince: string): string {
  return sourceSince > targetSince ? sourceSince : targetSince;
}
