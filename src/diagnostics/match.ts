/**
 * Name matching for did-you-mean on references: which known names (ids,
 * labels, aliases) a misspelled or half-remembered reference most likely
 * means. Beyond edit distance it matches words: `fp8` finds the alias
 * "FP8 training", `deepseek-v3-report` finds `paper-deepseek-v3`. Bounded:
 * edit distance is computed only for short names, so a hostile 100,000-character
 * reference costs a word split, not a matrix.
 */
import { distance } from './suggest.js';

/** Longest name (in characters) compared by edit distance; longer ones are matched by words only. */
const MAX_EDIT_LENGTH = 64;

/** Lower-case words of a name: letters-and-digits runs (`DeepSeek-V3 report` → deepseek, v3, report). */
export function words(name: string): string[] {
  return name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const squash = (name: string) => words(name).join('');

/**
 * How far `candidate` is from `ref` (lower is closer; Infinity: not a match).
 * 0: the same once case and punctuation are ignored; 1: every word of the
 * reference is a word (or a word's start) of the candidate; 2 + d: d edits
 * apart (within a third of the length); 3: most words shared; a vaguer
 * candidate (its words all in the reference) ranks after an equal edit.
 */
export function nameDistance(ref: string, candidate: string): number {
  const a = squash(ref);
  const b = squash(candidate);
  if (!a || !b) return Number.POSITIVE_INFINITY;
  if (a === b) return 0;
  const wa = words(ref);
  const wb = words(candidate);
  const within = (xs: string[], ys: string[]) => xs.every((x) => ys.some((y) => y === x || (x.length >= 2 && y.startsWith(x))));
  // Every word of the reference is in the candidate (an abbreviation, a partial name): the strongest hint.
  if (within(wa, wb)) return 1 + Math.abs(wb.length - wa.length) / 100;
  let best = Number.POSITIVE_INFINITY;
  // The candidate is vaguer (its words all in the reference): as far as the characters it lacks, after an equal edit.
  if (within(wb, wa)) best = 2.5 + Math.abs(a.length - b.length);
  const shared = wa.filter((x) => wb.includes(x)).length;
  if (shared >= 2 && shared * 3 >= Math.min(wa.length, wb.length) * 2) best = Math.min(best, 3);
  if (a.length <= MAX_EDIT_LENGTH && b.length <= MAX_EDIT_LENGTH) {
    const limit = Math.max(2, Math.floor(a.length / 3));
    if (Math.abs(a.length - b.length) <= limit) {
      const d = distance(a, b);
      if (d <= limit) best = Math.min(best, 2 + d);
    }
  }
  return best;
}

/** Up to `max` candidates closest to `ref` by `nameDistance`, closest first, ties in code-unit order. */
export function rankNames(ref: string, candidates: Iterable<string>, max = 3): string[] {
  const scored: [number, string][] = [];
  for (const c of new Set(candidates)) {
    const d = nameDistance(ref, c);
    if (Number.isFinite(d)) scored.push([d, c]);
  }
  scored.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  return scored.slice(0, max).map(([, c]) => c);
}
