/**
 * The layout face: positions every node of a built graph (ForceAtlas2 from
 * seeded positions, the timeline, or the seeded start), deterministically.
 */
export * from './layout.js';
