/**
 * Which colour a node is drawn in, decided once for every output (GEXF, JSON
 * and so Gephi, and the viewer): a family and the releases of a family
 * (versions, sub-models) take the family's colour from the palette, families
 * handed colours in id order; every other node its kind's colour. Works on
 * the built graph and on any graphology graph with `kind` and `family`
 * attributes (a graph dropped on the viewer). Browser-safe.
 */
import type AbstractGraph from 'graphology-types';
import { cmp, familyPaletteColour, isRelease, KINDS } from '../vocabulary/index.js';
import type { TechGraph } from './types.js';

/** What the colour rule reads of a node. */
export interface Colourable {
  kind: string;
  family?: unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: any graph whose nodes carry `kind` (and `family`) will do.
type AnyGraph = AbstractGraph<any, any, any>;

/** Family id → colour: the nodes of kind `family`, in id order, take the palette's colours in turn. */
export function familyColours(graph: AnyGraph): Map<string, string> {
  const ids = graph.filterNodes((_id, a: Colourable) => a.kind === 'family').sort(cmp);
  return new Map(ids.map((id, i) => [id, familyPaletteColour(i)]));
}

/**
 * The colour of node `id`: its own family colour for a family, its family's for a release of a family,
 * else its kind's; undefined for a kind the vocabulary does not know.
 */
export function nodeColour(id: string, a: Colourable, families: ReadonlyMap<string, string>): string | undefined {
  if (a.kind === 'family' && families.has(id)) return families.get(id);
  if (isRelease(a.kind) && typeof a.family === 'string' && families.has(a.family)) return families.get(a.family);
  return Object.hasOwn(KINDS, a.kind) ? KINDS[a.kind as keyof typeof KINDS].color : undefined;
}

/** Colours every node of a built graph (its `family` attributes set). */
export function colourNodes(graph: TechGraph): void {
  const families = familyColours(graph);
  graph.updateEachNodeAttributes(
    (id, a) => {
      a.color = nodeColour(id, a, families) ?? a.color;
      return a;
    },
    { attributes: ['color'] },
  );
}
