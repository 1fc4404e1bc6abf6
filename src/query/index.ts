/**
 * The query library: pure functions over a built techgraph graph (or
 * `graph.json` imported into graphology), returning plain data or an error
 * value. Shared by the CLI and the viewer; browser-safe (no Node imports).
 */
export * from './common.js';
export { resolve, namesOf, type ResolveOptions } from './resolve.js';
export * from './lineage.js';
export * from './adopters.js';
export * from './version.js';
export * from './path.js';
export * from './motivation.js';
export * from './timeline.js';
export * from './selector.js';
