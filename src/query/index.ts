/**
 * The query library: pure functions over a built techgraph graph (or
 * `graph.json` imported into graphology), returning plain data or an error
 * value. Shared by the CLI and the viewer; browser-safe (no Node imports).
 */

export * from './adopters.js';
export * from './common.js';
export * from './lineage.js';
export * from './motivation.js';
export * from './numbers.js';
export * from './options.js';
export * from './path.js';
export { namesOf, type ResolveOptions, resolve } from './resolve.js';
export * from './selector.js';
export * from './status.js';
export * from './timeline.js';
export * from './version.js';
