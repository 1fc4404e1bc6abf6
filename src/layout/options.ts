/**
 * The layout's settings face (docs/architecture.md, "settings faces"): the
 * algorithms, the settings, their defaults and rules, with no code that lays
 * anything out, so the CLI's argument parser checks --layout, --seed and
 * --layout-iterations by these rules without loading the layouts.
 */
import { type OptionError, type OptionRules, resolveOptions, rule, validateOptions } from '../diagnostics/index.js';

/** Layout algorithms. */
export const LAYOUTS = ['fa2', 'timeline', 'none'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Settings of `layout`, all with defaults in LAYOUT_DEFAULTS. */
export interface LayoutSettings {
  layout: LayoutName;
  /** Seed of the initial positions. */
  seed: number;
  /** ForceAtlas2 iterations (0: the seeded start); `auto` scales them down as the graph grows. */
  iterations: number | 'auto';
  /** Node count above which ForceAtlas2 uses the Barnes-Hut approximation. */
  barnesHutAbove: number;
  /** Called with (0, total) before the first iteration, then after every iteration with (done, total). */
  onProgress: ((done: number, total: number) => void) | undefined;
}

/** Options of `layout`: any of its settings. */
export type LayoutOptions = Partial<LayoutSettings>;

/** Defaults, in one place. */
export const LAYOUT_DEFAULTS: Readonly<LayoutSettings> = {
  layout: 'fa2',
  seed: 42,
  iterations: 'auto',
  // Above this, a Barnes-Hut iteration is cheaper than an exact one (measured: equal near 200 nodes, 3× cheaper at 1k, 20× at 10k).
  barnesHutAbove: 500,
  onProgress: undefined,
};

/** What each setting accepts. */
export const LAYOUT_RULES: OptionRules<LayoutSettings> = {
  layout: rule.oneOf(LAYOUTS),
  seed: rule.wholeNumber(0, 2 ** 32 - 1),
  iterations: rule.either(rule.wholeNumber(0, 999_999), rule.oneOf(['auto'])),
  barnesHutAbove: rule.either(rule.wholeNumber(0), rule.oneOf([Infinity])),
  onProgress: rule.callback,
};

/** Every problem with layout options, as values (group: the name prefix, `layout` in the pipeline). */
export function validateLayoutOptions(options: unknown, group = ''): OptionError[] {
  return validateOptions(LAYOUT_RULES, options, group);
}

/** The full layout settings; throws OptionsError on an invalid option. */
export function resolveLayoutOptions(options: LayoutOptions = {}): LayoutSettings {
  return resolveOptions(LAYOUT_DEFAULTS, LAYOUT_RULES, options);
}
