/**
 * Progress on a terminal: one self-overwriting line on stderr for the stage
 * under way, shown only once that stage has lasted a second (short builds
 * print nothing), redrawn at most ten times a second, and erased at the end.
 * The CLI uses it only when stderr is a TTY and --quiet is not given.
 */
import { printable } from '../diagnostics/index.js';
import type { Progress } from '../pipeline/index.js';
import { thousands } from '../vocabulary/index.js';

/** Options of the printer; the clock is a parameter for tests. */
export interface ProgressOptions {
  /** A stage is shown once it has lasted this long (ms). */
  after?: number;
  /** Minimum time between two redraws (ms). */
  every?: number;
  now?: () => number;
}

/** What a progress event reads as. */
export function describeProgress(e: Progress): string {
  const of = (done: number, total: number) => `${thousands(done)}/${thousands(total)}`;
  switch (e.stage) {
    case 'load':
      return `reading files ${of(e.done, e.total)} (${printable(e.file)})`;
    case 'validate':
      return `validating files ${of(e.done, e.total)}`;
    case 'build':
      return `building the graph: ${of(e.done, e.total)} nodes and relations`;
    case 'layout':
      return `layout: ${of(e.done, e.total)} iterations`;
    case 'write':
      return e.done ? `wrote ${printable(e.file)} (${mb(e.bytes)})` : `writing ${printable(e.file)} (${mb(e.size)})`;
  }
}

const mb = (n: number) => `${(n / 1e6).toFixed(n < 1e7 ? 1 : 0)} MB`;

/** A printer: `update` for each event, `end` once the build is over (erases the line). */
export function progressPrinter(
  write: (s: string) => void,
  options: ProgressOptions = {},
): { update: (e: Progress) => void; end: () => void } {
  const after = options.after ?? 1000;
  const every = options.every ?? 100;
  const now = options.now ?? Date.now;
  let stage = '';
  let since = 0;
  let drawn = -Infinity;
  let shown = false;
  return {
    update(e) {
      const t = now();
      if (e.stage !== stage) {
        stage = e.stage;
        since = t;
      }
      if (t - since < after || t - drawn < every) return;
      write(`\r\x1b[K${describeProgress(e)}`);
      drawn = t;
      shown = true;
    },
    end() {
      if (shown) write('\r\x1b[K');
      shown = false;
    },
  };
}
