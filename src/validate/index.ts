/**
 * The validate face: parsed fact files → the FactSet the graph is built from,
 * with every diagnostic at once; and the JSON Schema of the facts format,
 * generated from the same definitions.
 */

export {
  resolveValidateOptions,
  VALIDATE_DEFAULTS,
  VALIDATE_RULES,
  type ValidateOptions,
  type ValidateSettings,
  validateValidateOptions,
} from './options.js';
export { jsonSchema } from './schema.js';
export { type Validated, validate } from './validate.js';
