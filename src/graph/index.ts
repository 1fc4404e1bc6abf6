/**
 * The graph face: the built graph's types, the build, and every rule more
 * than one stage needs: which claim leads and which is shown, what a conflict
 * is, release order, date → first day, edge `since`, edge keys.
 * Browser-safe: nothing here imports Node.
 */

export { type BuildOptions, build } from './build.js';
export { conflicts, leadFirst, type Ranked, shownClaim } from './claims.js';
export type { Claim, FactSet, NodeFact, RelationFact, Site } from './facts.js';
export { positionOf } from './facts.js';
export { edgeKey } from './keys.js';
export { FrozenGraph, type GraphReader, HOT_ATTRIBUTES, restore, SnapshotError, snapshot } from './snapshot.js';
export { compareReleases, dateStart, edgeSince, releaseKey } from './time.js';
export type * from './types.js';
