/**
 * Name matching for did-you-mean on references: which known names (ids,
 * labels, aliases) a misspelled or half-remembered reference most likely
 * means. Beyond edit distance it matches words: `fp8` finds the alias
 * "FP8 training", `deepseek-v3-report` finds `paper-deepseek-v3`. Bounded
 * (SUGGEST_LIMITS): edit distance only between names of at most `maxLength`
 * characters, words only for a reference of at most `maxWords` words, and
 * the reference split into words once, not once per candidate; so a hostile
 * 100,000-character reference costs a word split, not a matrix, and a
 * 12,000-word one no longer costs 12,000 words times every name (12 s for
 * 9,000 names).
 */
import { distance, SUGGEST_LIMITS } from './suggest.js';

/** Lower-case words of a name: letters-and-digits runs (`DeepSeek-V3 report` → deepseek, v3, report). */
export function words(name: string): string[] {
  return name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A name split once: its words, and its letters and digits run together. */
interface Split {
  words: string[];
  squash: string;
}
const split = (name: string): Split => {
  const w = words(name);
  return { words: w, squash: w.join('') };
};

/**
 * How far `candidate` is from `ref` (lower is closer; Infinity: not a match).
 * 0: the same once case and punctuation are ignored; 1: every word of the
 * reference is a word (or a word's start) of the candidate; 2 + d: d edits
 * apart (within a third of the length); 3: most words shared; a vaguer
 * candidate (its words all in the reference) ranks after an equal edit.
 */
export function nameDistance(ref: string, candidate: string): number {
  return splitDistance(split(ref), split(candidate));
}

function splitDistance(r: Split, c: Split): number {
  const { squash: a, words: wa } = r;
  const { squash: b, words: wb } = c;
  if (!a || !b) return Number.POSITIVE_INFINITY;
  if (a === b) return 0;
  let best = Number.POSITIVE_INFINITY;
  if (wa.length <= SUGGEST_LIMITS.maxWords) {
    const within = (xs: string[], ys: string[]) => xs.every((x) => ys.some((y) => y === x || (x.length >= 2 && y.startsWith(x))));
    // Every word of the reference is in the candidate (an abbreviation, a partial name): the strongest hint.
    if (within(wa, wb)) return 1 + Math.abs(wb.length - wa.length) / 100;
    // The candidate is vaguer (its words all in the reference): as far as the characters it lacks, after an equal edit.
    if (wb.length <= SUGGEST_LIMITS.maxWords && within(wb, wa)) best = 2.5 + Math.abs(a.length - b.length);
    const shared = wa.filter((x) => wb.includes(x)).length;
    if (shared >= 2 && shared * 3 >= Math.min(wa.length, wb.length) * 2) best = Math.min(best, 3);
  }
  if (a.length <= SUGGEST_LIMITS.maxLength && b.length <= SUGGEST_LIMITS.maxLength) {
    const limit = Math.max(2, Math.floor(a.length / 3));
    if (Math.abs(a.length - b.length) <= limit) {
      const d = distance(a, b, limit);
      if (d <= limit) best = Math.min(best, 2 + d);
    }
  }
  return best;
}

/** Up to `max` candidates closest to `ref` by `nameDistance`, closest first, ties in code-unit order. */
export function rankNames(ref: string, candidates: Iterable<string>, max = 3): string[] {
  const r = split(ref);
  const scored: [number, string][] = [];
  for (const c of new Set(candidates)) {
    const d = splitDistance(r, split(c));
    if (Number.isFinite(d)) scored.push([d, c]);
  }
  scored.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  return scored.slice(0, max).map(([, c]) => c);
}
