/**
 * The project's settings face (see docs/architecture.md, "settings faces"):
 * `buildSite`'s settings, defaults and rules, with no code that does the
 * work, so the CLI's argument parser checks `site --base` by the same rule
 * without loading the server, the cache or the site builder.
 */
import { type OptionError, type OptionRules, OptionsError, resolveOptions, rule, validateOptions } from '../diagnostics/index.js';

/** Settings of `buildSite`: `data` and `out` are required, the rest have defaults in SITE_DEFAULTS. */
export interface SiteSettings {
  /** The data folder. */
  data: string;
  /** The site's folder. */
  out: string;
  /** URL path the site is served under, starting and ending with `/` (GitHub Pages: `/REPO/`). */
  base: string;
  /** The folder relative paths in diagnostics are taken from. */
  cwd: string | undefined;
  /** The viewer to copy (default: the package's). */
  viewer: string | undefined;
}

/** Options of `buildSite`. */
export type SiteOptions = Pick<SiteSettings, 'data' | 'out'> & Partial<SiteSettings>;

/** Defaults, in one place. */
export const SITE_DEFAULTS: Readonly<Omit<SiteSettings, 'data' | 'out'>> = { base: '/', cwd: undefined, viewer: undefined };

/** What each setting accepts. `base` is written into index.html, so URL-safe path segments only. */
export const SITE_RULES: OptionRules<SiteSettings> = {
  data: rule.text,
  out: rule.text,
  base: {
    expected: 'a URL path that starts and ends with "/" (/ or /REPO/), of letters, digits and - . _ ~ %',
    test: (v) => typeof v === 'string' && /^\/([\w.~%-]+\/)*$/.test(v),
  },
  cwd: rule.text,
  viewer: rule.text,
};

/** Every problem with site options, as values. */
export function validateSiteOptions(options: unknown, group = ''): OptionError[] {
  return validateOptions(SITE_RULES, options, group);
}

/** The full site settings; throws OptionsError on an invalid or missing option. */
export function resolveSiteOptions(options: SiteOptions): SiteSettings {
  const missing = (['data', 'out'] as const).filter((k) => options?.[k] === undefined);
  if (missing.length)
    throw new OptionsError(
      missing.map((k) => ({ code: 'INVALID_OPTION', option: k, expected: SITE_RULES[k].expected, actual: 'undefined' })),
    );
  return resolveOptions({ ...SITE_DEFAULTS, data: '', out: '' }, SITE_RULES, options);
}
