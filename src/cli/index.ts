/**
 * The CLI face: `run(argv, io)` resolves to the exit code; argument parsing
 * is a pure function. bin/techgraph.mjs is the only caller that exits.
 */

export { type Command, parseArgs, USAGE, type UsageError } from './args.js';
export type { Io } from './io.js';
export { run } from './main.js';
