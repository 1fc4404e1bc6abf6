/**
 * The family palette: the colours families and their releases are drawn in,
 * everywhere (GEXF, JSON, the viewer). Okabe & Ito's colour-blind-safe set
 * ("Color Universal Design", 2008), ordered so the first families handed out
 * differ most from each other and from the kinds' muted colours (kinds.ts).
 * Which node gets which colour is decided once, in src/graph/colors.ts.
 */

/** Family colours, `#rrggbb`, in the order they are handed out (families sorted by id); more families cycle. */
export const FAMILY_PALETTE: readonly string[] = [
  '#d55e00', // vermillion
  '#cc79a7', // reddish purple
  '#009e73', // bluish green
  '#e69f00', // orange
  '#0072b2', // blue
  '#56b4e9', // sky blue
  '#000000', // black
  '#f0e442', // yellow (last: faint on white)
];

/** The colour of the `index`-th family (0-based, families in id order). */
export function familyPaletteColour(index: number): string {
  const n = FAMILY_PALETTE.length;
  return FAMILY_PALETTE[((index % n) + n) % n]!;
}
