/**
 * Did-you-mean: the closest candidates to a misspelled name. Only called
 * while reporting an error, so valid input never pays for it.
 */

/** Edit distance (insert, delete, substitute, swap of neighbours), case-insensitive. */
export function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Up to `max` candidates close to `name`, closest first: those within a third
 * of its length in edits (at least 2), and, for a name of 3 characters or
 * more, those containing it or contained in it. Ranked by edit distance, so a
 * strictly closer candidate always comes first; among equally close ones, a
 * containing (or contained) candidate first, then code-unit order.
 */
export function suggest(name: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(name.length / 3));
  const lower = name.toLowerCase();
  const scored: [dist: number, contains: number, candidate: string][] = [];
  for (const c of new Set(candidates)) {
    const cl = c.toLowerCase();
    const [short, long] = cl.length <= lower.length ? [cl, lower] : [lower, cl];
    const contains = lower.length >= 3 && long.includes(short);
    // Containment: the distance is exactly the difference in length. Otherwise it is at least that,
    // so what cannot be close is skipped without computing it (big data sets have many names).
    const dist = contains ? long.length - short.length : long.length - short.length > limit ? Infinity : distance(name, c);
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
