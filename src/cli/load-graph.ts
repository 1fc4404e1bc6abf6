/**
 * The graph a query command works on: check + build of a data folder, or the
 * diagnostics printed and exit code 1 when the data is invalid. Shared by
 * `query` and `sparql`.
 */

import { formatDiagnostic, printable } from '../diagnostics/index.js';
import { build, type TechGraph } from '../graph/index.js';
import { check } from '../pipeline/index.js';
import type { InputLimits } from './args.js';
import type { Io } from './io.js';

/** Builds the graph of `data`, or prints why not (as `command`) and returns undefined. */
export async function loadGraph(data: string, io: Io, command: string, limits: InputLimits = {}): Promise<TechGraph | undefined> {
  const checked = await check({ data, cwd: io.cwd, load: limits });
  if (checked.ok) return build(checked.facts);
  for (const d of checked.diagnostics) if (d.severity === 'error') io.stderr(`${formatDiagnostic(d)}\n`);
  io.stderr(`techgraph ${command}: the data in ${printable(data)} is invalid; nothing to query (see techgraph check)\n`);
  return undefined;
}
