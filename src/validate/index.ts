/**
 * The validate face: parsed fact files → the FactSet the graph is built from,
 * with every diagnostic at once; and the JSON Schema of the facts format,
 * generated from the same definitions.
 */

export { jsonSchema } from './schema.js';
export { type Validated, type ValidateOptions, validate } from './validate.js';
