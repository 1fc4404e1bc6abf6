/**
 * The build's settings in one place: defaults, the rule of each setting,
 * `validateBuildOptions` (every problem as a value) and `resolveBuildOptions`
 * (the full settings, or OptionsError).
 */
import { type OptionError, type OptionRules, resolveOptions, rule, validateOptions } from '../diagnostics/index.js';

/** Settings of `build`. */
export interface BuildSettings {
  /** Graph name written into the exports. */
  name: string;
  /** Called every few thousand nodes and relations added: (done, total). */
  onProgress: ((done: number, total: number) => void) | undefined;
}

/** Options of `build`: any of its settings. */
export type BuildOptions = Partial<BuildSettings>;

/** Defaults, in one place. */
export const BUILD_DEFAULTS: Readonly<BuildSettings> = { name: 'techgraph', onProgress: undefined };

/** What each setting accepts. */
export const BUILD_RULES: OptionRules<BuildSettings> = { name: rule.text, onProgress: rule.callback };

/** Every problem with build options, as values. */
export function validateBuildOptions(options: unknown, group = ''): OptionError[] {
  return validateOptions(BUILD_RULES, options, group);
}

/** The full build settings; throws OptionsError on an invalid option. */
export function resolveBuildOptions(options: BuildOptions = {}): BuildSettings {
  return resolveOptions(BUILD_DEFAULTS, BUILD_RULES, options);
}
