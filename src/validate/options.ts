/**
 * The validate stage's settings in one place: defaults, the rule of each
 * setting, `validateValidateOptions` (every problem as a value) and
 * `resolveValidateOptions` (the full settings, or OptionsError).
 */
import { type OptionError, type OptionRules, resolveOptions, rule, validateOptions } from '../diagnostics/index.js';

/** Settings of `validate`. */
export interface ValidateSettings {
  /** Called after each file's nodes are checked: (files done, files). */
  onProgress: ((done: number, total: number) => void) | undefined;
  /** Did-you-mean scans every name: only the first this many unknown references get a suggestion, so a big file full of bad references stays fast. */
  maxSuggestions: number;
}

/** Options of `validate`: any of its settings. */
export type ValidateOptions = Partial<ValidateSettings>;

/** Defaults, in one place. */
export const VALIDATE_DEFAULTS: Readonly<ValidateSettings> = { onProgress: undefined, maxSuggestions: 50 };

/** What each setting accepts. */
export const VALIDATE_RULES: OptionRules<ValidateSettings> = { onProgress: rule.callback, maxSuggestions: rule.wholeNumber(0) };

/** Every problem with validate options, as values. */
export function validateValidateOptions(options: unknown, group = ''): OptionError[] {
  return validateOptions(VALIDATE_RULES, options, group);
}

/** The full validate settings; throws OptionsError on an invalid option. */
export function resolveValidateOptions(options: ValidateOptions = {}): ValidateSettings {
  return resolveOptions(VALIDATE_DEFAULTS, VALIDATE_RULES, options);
}
