/**
 * techgraph as a library: the pipeline (check, buildExports) and each stage's
 * face. The library never prints and never exits: progress comes through a
 * callback, problems as diagnostics (values with a code and a position).
 */

export * from './diagnostics/index.js';
export * from './export/index.js';
export * from './graph/index.js';
export * from './layout/index.js';
export { type FactFile, fingerprint, LOAD_LIMITS, type Loaded, type LoadOptions, load, type ParseMemo } from './load/index.js';
export * from './pipeline/index.js';
export * from './project/index.js';
export { SparqlStore } from './sparql/index.js';
export { jsonSchema, type Validated, type ValidateOptions, validate } from './validate/index.js';
export * from './vocabulary/index.js';
