// Test helper: builds (once per folder) the graphs the query tests run on.

import { formatDiagnostic } from '../../src/diagnostics/index.js';
import { build, type TechGraph } from '../../src/graph/index.js';
import { check } from '../../src/pipeline/index.js';
import type { Result } from '../../src/query/index.js';

const cache = new Map<string, Promise<TechGraph>>();

/** The graph built from a data folder; fails loudly when the data is invalid. */
export function graphOf(data: string): Promise<TechGraph> {
  let g = cache.get(data);
  if (!g) {
    g = check({ data }).then((r) => {
      if (!r.ok)
        throw new Error(
          `${data} is invalid:\n${r.diagnostics
            .filter((d) => d.severity === 'error')
            .map(formatDiagnostic)
            .join('\n')}`,
        );
      return build(r.facts);
    });
    cache.set(data, g);
  }
  return g;
}

/** The real Qwen data. */
export const real = () => graphOf('graph-data');
/** The synthetic fixture: two families, a `replaces` cycle, a diamond, a companion. */
export const synthetic = () => graphOf('test/fixtures/query');

/** The value of an ok result; throws with the error otherwise. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
