/**
 * The layout face: positions every node of a built graph (ForceAtlas2 from
 * seeded positions, the timeline, or the seeded start), deterministically;
 * the timeline layout and the drawn sizes it leaves room for (shared with the
 * viewer). Browser-safe: the Node-only ForceAtlas2 runner is loaded by
 * layout() when it runs.
 */
export * from './layout.js';
export * from './metrics.js';
export * from './options.js';
export * from './timeline.js';
