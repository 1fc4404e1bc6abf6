/**
 * techgraph as a library: the pipeline (check, buildExports) and each stage's
 * face. The library never prints and never exits: progress comes through a
 * callback, problems as diagnostics (values with a code and a position).
 */

export * from './diagnostics/index.js';
export * from './export/index.js';
export * from './graph/index.js';
export * from './layout/index.js';
export {
  type FactFile,
  fingerprint,
  LOAD_DEFAULTS,
  type Loaded,
  type LoadOptions,
  type LoadSettings,
  load,
  type ParseMemo,
  resolveLoadOptions,
  validateLoadOptions,
} from './load/index.js';
export * from './pipeline/index.js';
export * from './project/index.js';
export {
  type LimitedAnswer,
  limitedQuery,
  resolveSparqlOptions,
  SPARQL_DEFAULTS,
  type SparqlOptions,
  type SparqlSettings,
  SparqlStore,
  validateSparqlOptions,
} from './sparql/index.js';
export {
  jsonSchema,
  resolveValidateOptions,
  VALIDATE_DEFAULTS,
  type Validated,
  type ValidateOptions,
  type ValidateSettings,
  validate,
  validateValidateOptions,
} from './validate/index.js';
export * from './vocabulary/index.js';
