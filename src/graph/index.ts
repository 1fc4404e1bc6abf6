/**
 * The graph face: the built graph's types, the build, and every rule more
 * than one stage needs: which claim leads and which is shown, what a conflict
 * is, release order, date → first day, edge `since`, edge keys.
 * Browser-safe: nothing here imports Node.
 */

export { build } from './build.js';
export {
  architectureConflicts,
  conflicts,
  isUnreported,
  leadFirst,
  type Ranked,
  scopeKey,
  scopesOverlap,
  shownClaim,
  shownClaims,
  shownRows,
} from './claims.js';
export { type Colourable, colourNodes, familyColours, nodeColour } from './colors.js';
export { displayName } from './display.js';
export type { ArchitectureRow, Claim, FactSet, NodeFact, RelationFact, Site, Statement } from './facts.js';
export { positionOf, writtenAt } from './facts.js';
export { edgeKey } from './keys.js';
export { newGraph } from './new-graph.js';
export {
  BUILD_DEFAULTS,
  BUILD_RULES,
  type BuildOptions,
  type BuildSettings,
  resolveBuildOptions,
  validateBuildOptions,
} from './options.js';
export { FrozenGraph, type GraphReader, HOT_ATTRIBUTES, restore, SnapshotError, snapshot } from './snapshot.js';
export { compareReleases, dateStart, edgeSince, releaseKey } from './time.js';
export type * from './types.js';
