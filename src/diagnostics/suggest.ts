/**
 * Did-you-mean: the closest candidates to a misspelled name. Only called
 * while reporting an error, so valid input never pays for it.
 */

/**
 * Bounds of did-you-mean. `maxLength`: a name (or candidate) longer than this
 * many characters is never compared by edit distance (a 30,000-character
 * reference next to a 30,000-character id would cost a 30,000² matrix), and
 * `suggest` offers nothing for a longer name. `maxWords`: a reference of more
 * words is not matched word by word (match.ts).
 */
export const SUGGEST_LIMITS = { maxLength: 64, maxWords: 16 };

/**
 * Edit distance (insert, delete, substitute, swap of neighbours),
 * case-insensitive, in memory linear in the shorter string. With `max`, it
 * stops as soon as the distance is certainly above `max` and returns `max + 1`.
 */
export function distance(a: string, b: string, max = Infinity): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  if (a.length < b.length) [a, b] = [b, a]; // rows over the longer string, columns over the shorter
  const n = b.length;
  let before = new Uint32Array(n + 1); // row i - 2
  let prev = Uint32Array.from({ length: n + 1 }, (_, j) => j); // row i - 1
  let cur = new Uint32Array(n + 1);
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every later cell is at least the smaller minimum of the last two rows.
    if (Math.min(rowMin, prevMin) > max) return max + 1;
    prevMin = rowMin;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[n]!;
}

/**
 * Up to `max` candidates close to `name`, closest first: those within a third
 * of its length in edits (at least 2), and, for a name of 3 characters or
 * more, those containing it or contained in it. Ranked by edit distance, so a
 * strictly closer candidate always comes first; among equally close ones, a
 * containing (or contained) candidate first, then code-unit order.
 */
export function suggest(name: string, candidates: Iterable<string>, max = 3): string[] {
  if (name.length > SUGGEST_LIMITS.maxLength) return [];
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  const scored: [dist: number, contains: number, candidate: string][] = [];
  for (const c of new Set(candidates)) {
    const cl = c.toLowerCase();
    const [short, long] = cl.length <= lower.length ? [cl, lower] : [lower, cl];
    const contains = lower.length >= 3 && long.includes(short);
    // Containment: the distance is exactly the difference in length. Otherwise it is at least that,
    // so what cannot be close is skipped without computing it (big data sets have many names).
    // A candidate longer than the bound is only offered by containment.
    const dist = contains
      ? long.length - short.length
      : long.length - short.length > limit || c.length > SUGGEST_LIMITS.maxLength
        ? Infinity
        : distance(name, c, limit);
    if (dist <= limit || contains) scored.push([dist, contains ? 0 : 1, c]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  return scored.slice(0, max).map(([, , c]) => c);
}

/** `; did you mean "a" or "b"?`, or the empty string. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const s = suggest(name, candidates);
  if (!s.length) return '';
  return `; did you mean ${s.map((x) => `"${x}"`).join(s.length === 2 ? ' or ' : ', ')}?`;
}
