/**
 * The graph a query command works on: from the graph cache when the data has
 * not changed since it was last built, else checked and built (src/project);
 * or the diagnostics printed and exit code 1 when the data is invalid.
 * Shared by `query` and `sparql`.
 */

import { formatDiagnostic, printable } from '../diagnostics/index.js';
import type { GraphReader } from '../graph/index.js';
import { graphOf } from '../project/index.js';
import type { InputLimits } from './args.js';
import type { Io } from './io.js';

/** The graph of `data` (from the cache when the data is unchanged), or prints why not (as `command`) and returns undefined. */
export async function loadGraph(data: string, io: Io, command: string, limits: InputLimits = {}): Promise<GraphReader | undefined> {
  const r = await graphOf(data, { cwd: io.cwd, load: limits });
  if (r.ok) return r.graph;
  for (const d of r.diagnostics) if (d.severity === 'error') io.stderr(`${formatDiagnostic(d)}\n`);
  io.stderr(`techgraph ${command}: the data in ${printable(data)} is invalid; nothing to query (see techgraph check)\n`);
  return undefined;
}
