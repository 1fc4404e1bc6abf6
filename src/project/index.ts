/**
 * The project face: working on a data folder on disk. The graph cache keyed
 * by content (`graphOf`), the scaffold of a new data folder (`init`), the
 * local server with its live channel, watch mode (`LiveBuild`) and the
 * static site (`buildSite`). Heavy stages (validation, layout, exports) are
 * imported when first needed, so a cached query starts fast.
 */

export { CACHE_LIMITS, cacheDir, codeId, type GraphOfOptions, type GraphOrErrors, graphOf, readCached, writeCached } from './cache.js';
export { LiveChannel, type LiveState } from './live.js';
export { resolveSiteOptions, SITE_DEFAULTS, SITE_RULES, type SiteOptions, type SiteSettings, validateSiteOptions } from './options.js';
export { EXAMPLE_FACTS, type InitError, type InitResult, init, SCAFFOLD_FILES } from './scaffold.js';
export {
  CSP,
  DOWNLOADS_META,
  fileInside,
  hostAllowed,
  hostnameOf,
  isLoopback,
  LIVE_META,
  type RunningServer,
  type ServerOptions,
  startServer,
} from './server.js';
export {
  baseMeta,
  buildSite,
  indexFor,
  MANIFEST,
  manifestFile,
  type SiteResult,
  viewerDir,
} from './site.js';
export { LiveBuild, type LiveBuildOptions, type RebuildResult, WATCH_LIMITS, watchFolder } from './watch.js';
