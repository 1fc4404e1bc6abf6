/**
 * The renderer's one settings object, sigma-style: label font and colours,
 * node radii, edge colours, how much text a view offers. Everything that
 * draws or measures a label reads it: the label placer, the timeline's label
 * widths, the tree's node boxes, the slider's ticks, the PNG and SVG exports.
 * The label font and node radii come from the layout face (src/layout
 * metrics), so `--layout timeline` in Node and the viewer agree.
 */
import { clipLabel, isBoldKind, LABEL_FONT, nodeRadius, timelineRadius } from '../../src/layout/index.js';

export const SETTINGS = {
  label: {
    ...LABEL_FONT,
    color: '#1e293b',
    halo: 'rgba(255,255,255,0.92)',
    haloWidth: 3.5,
    /** Between a node's disc and its label. */
    gap: 4,
    /** Labels below their node (the tree) wrap at this width. */
    wrapWidth: 120,
  },
  edgeLabel: { size: 11, weight: '600', color: '#1e293b', background: 'rgba(255,255,255,0.94)', border: '#94a3b8' },
  colors: {
    edge: '#cbd5e1',
    edgeInferred: '#e2e8f0',
    edgeFocus: '#475569',
    /** The lineage tree's edges, undimmed. */
    edgeTree: '#94a3b8',
    dimNode: '#e2e8f0',
    dimEdge: '#f1f5f9',
    hoverCard: '#0f172a',
  },
  /** A node's radius in CSS pixels at camera ratio 1, per view (in the tree at most 8 px: the labels carry it). */
  radius: (layout: string, kind: string, size: number): number =>
    layout === 'timeline' ? timelineRadius(kind, size) : layout === 'tree' ? Math.min(nodeRadius(size), 8) : nodeRadius(size),
  /** Sigma's label grid: the placer drops what overlaps, so sigma may offer more than it would draw alone. */
  labelDensity: { force: 1.2, timeline: 3, tree: 10 } as Record<string, number>,
  /** Sigma's smallest rendered node (px) whose label it offers. */
  labelSizeThreshold: { force: 6, timeline: 2, tree: 0 } as Record<string, number>,
  /** A lit neighbourhood of at most this many edges shows their relations (on pills, where they fit). */
  edgeLabelsUpTo: 30,
  /** Pixels kept free around the fitted view. */
  fitPadding: 24,
  /** Nodes + edges above which hovering does not dim the rest of the graph. */
  lightHoverAbove: 8000,
};

let fontFamily: string | null = null;

/** The page's font family (read once: the labels' font). */
export function fontFamilyOf(): string {
  if (fontFamily === null) fontFamily = getComputedStyle(document.body).fontFamily || 'sans-serif';
  return fontFamily;
}

/** The CSS font and size of a node's label. */
export function labelFont(kind: unknown): { size: number; css: string } {
  const bold = isBoldKind(kind);
  const L = SETTINGS.label;
  const size = bold ? L.boldSize : L.size;
  return { size, css: `${bold ? L.boldWeight : L.weight} ${size}px ${fontFamilyOf()}` };
}

let measurer: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

/** Width in CSS pixels of a label as drawn (clipped), measured with the page's font; cached. */
export function measureLabel(text: string, kind: unknown): number {
  const { css } = labelFont(kind);
  const clipped = clipLabel(text);
  const key = `${css}\n${clipped}`;
  let w = widths.get(key);
  if (w === undefined) {
    measurer ??= document.createElement('canvas').getContext('2d');
    if (!measurer) return clipped.length * SETTINGS.label.size;
    measurer.font = css;
    w = measurer.measureText(clipped).width;
    if (widths.size > 50_000) widths.clear();
    widths.set(key, w);
  }
  return w;
}

/** Width in CSS pixels of any UI text in a given CSS font. */
export function measureText(text: string, css: string): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * 7;
  measurer.font = css;
  return measurer.measureText(text).width;
}
