/**
 * The drawn size of things, in CSS pixels: the label font, how long a label
 * may get, a node's radius for its `size`. The timeline layout leaves room
 * for what these describe; the viewer's renderer settings take them as their
 * defaults (viewer/src/settings.ts), so a layout computed in Node and the
 * picture drawn in the browser agree. Browser-safe.
 */
import { isRelease } from '../vocabulary/index.js';

/** The label font: size and weight of ordinary labels, and of the bold ones (families and releases). */
export const LABEL_FONT = {
  /** Font size of a label, in CSS pixels. */
  size: 13,
  weight: '500',
  /** Families and releases: one pixel larger, bold. */
  boldSize: 14,
  boldWeight: '650',
  /** Height of a drawn label with its white halo (the font size and 3.5 px). */
  boxHeight: 17,
  /** Labels longer than this many characters are clipped with an ellipsis. */
  maxChars: 48,
} as const;

/** Labels of these are drawn bold and one pixel larger: families and releases of a family. */
export const isBoldKind = (kind: unknown): boolean => kind === 'family' || isRelease(String(kind));

/** A label as drawn: clipped to LABEL_FONT.maxChars characters with an ellipsis. */
export const clipLabel = (s: string): string => (s.length > LABEL_FONT.maxChars ? `${s.slice(0, LABEL_FONT.maxChars - 1)}…` : s);

/** On-screen node radius per unit of the exported `size` (the builder's sizes are generous for Gephi). */
export const NODE_SIZE_SCALE = 0.6;

/** On-screen node radius at camera ratio 1 (sigma grows it by 1/√ratio when zooming in). */
export const nodeRadius = (size: number): number => Math.max(2.5, size * NODE_SIZE_SCALE);

/** In the timeline, nodes other than releases are drawn at most this radius (at ratio 1), so they fit their rows. */
export const TIMELINE_NODE_PX = 5;

/** A node's radius in the timeline at camera ratio 1. */
export const timelineRadius = (kind: string, size: number): number =>
  isRelease(kind) ? nodeRadius(size) : Math.min(nodeRadius(size), TIMELINE_NODE_PX);

/**
 * Width of a label in CSS pixels, estimated from its characters: at least
 * the width in DejaVu Sans (the widest of the usual UI fonts; Debian's
 * system-ui) and so in the narrower ones. CJK characters are one em. Used
 * where nothing can measure text (`--layout timeline` in Node).
 */
export function estimateLabelWidth(text: string, bold = false): number {
  const em = bold ? LABEL_FONT.boldSize : LABEL_FONT.size;
  let w = 0;
  for (const ch of clipLabel(text)) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 && c <= 0xffef && !(c >= 0xfe00 && c <= 0xfe0f)) w += 1.0;
    else if (/[ijlI.,:;'|!]/.test(ch)) w += 0.32;
    else if (/[ frt/()\-[\]{}]/.test(ch)) w += 0.42;
    else if (/[mwMW+&%@]/.test(ch)) w += 1.02;
    else if (/[A-Z0-9]/.test(ch)) w += 0.8;
    else if (/[a-z]/.test(ch)) w += 0.66;
    else w += 0.85;
  }
  // One pixel to spare: a CJK glyph is exactly one em, which canvas measures a hair wider.
  return Math.ceil(w * em * (bold ? 1.12 : 1)) + 1;
}

/** The texts a node may be labelled with: its display name (a label made unique across kinds), its label, its label in every language. */
export function labelTexts(a: { label?: unknown; labels?: unknown; display?: unknown }): string[] {
  const out: string[] = [];
  for (const l of [a.display, a.label]) if (typeof l === 'string' && l && !out.includes(l)) out.push(l);
  if (a.labels && typeof a.labels === 'object')
    for (const l of Object.values(a.labels as Record<string, unknown>)) if (typeof l === 'string' && l && !out.includes(l)) out.push(l);
  return out;
}
