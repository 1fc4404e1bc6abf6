/**
 * The lineage tree's drawing: a layered left-to-right layout by elkjs (ELK
 * Layered), ordered by date: each year is a partition, so a year's nodes
 * stand right of every earlier year's, and within a year ancestors stand
 * left of their descendants (a node's partition is raised to its ancestors'
 * when a date says otherwise), the older node first in a column. Each node
 * is a box holding its disc and, below it, its label wrapped as this page
 * draws it (render/labels.ts), so no two labels of the tree meet at the
 * layout's own scale and the columns stay narrow. Coordinates are CSS pixels
 * at camera scale 1, y upwards (sigma's way). Deterministic.
 *
 * elkjs rather than @dagrejs/dagre, both measured on the fixture's trees:
 * dagre is smaller (17 KiB gzip) and faster (10–33 ms against 80–500 ms), but
 * has no public way to keep layers in date order; ELK's partitions do (0
 * date inversions, and fewer crossings). elkjs (440 KiB gzip, EPL-2.0) is
 * loaded on the first tree only, so the first render does not carry it.
 */
import { labelTexts } from '../../../src/layout/index.js';
import { wrapLabel } from '../render/labels.js';
import { labelFont, measureLabel, SETTINGS } from '../settings.js';
import type { ViewGraph } from './normalise.js';
import { type LineageTree, order } from './tree.js';

/** Pixels between two columns, and between two boxes of a column. */
const COLUMN_GAP = 20;
const ROW_GAP = 12;

interface ElkNode {
  id: string;
  x?: number;
  y?: number;
  width: number;
  height: number;
  layoutOptions?: Record<string, string>;
}

interface Elk {
  layout(graph: {
    id: string;
    layoutOptions: Record<string, string>;
    children: ElkNode[];
    edges: { id: string; sources: string[]; targets: string[] }[];
  }): Promise<{ children?: ElkNode[] }>;
}

let elk: Promise<Elk> | null = null;

/** ELK, loaded once, on the first tree (its own chunk of the page). */
function loadElk(): Promise<Elk> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    const ELK = (m as unknown as { default: new () => Elk }).default;
    return new ELK();
  });
  return elk;
}

/**
 * Each node's partition: the year of its `since` (undated: before every
 * year), raised to its ancestors' partitions, so no edge goes right to left.
 */
export function yearPartitions(graph: ViewGraph, tree: LineageTree): Map<string, number> {
  const part = new Map<string, number>();
  for (const id of tree.nodes) {
    const since = graph.getNodeAttribute(id, 'since') || '';
    part.set(id, since ? Number(since.slice(0, 4)) : 0);
  }
  // As many rounds as nodes at most (a cycle through `replaces` stops raising once it is level).
  for (let round = 0, changed = true; changed && round < tree.nodes.size; round++) {
    changed = false;
    for (const e of tree.edges) {
      if (part.get(e.to)! < part.get(e.from)!) {
        part.set(e.to, part.get(e.from)!);
        changed = true;
      }
    }
  }
  return part;
}

export async function layoutTree(graph: ViewGraph, tree: LineageTree): Promise<Map<string, { x: number; y: number }>> {
  const ids = [...tree.nodes].sort((a, b) => order(graph, a, b));
  const part = yearPartitions(graph, tree);
  const radius = new Map<string, number>();
  const children: ElkNode[] = ids.map((id) => {
    const a = graph.getNodeAttributes(id);
    const r = SETTINGS.radius('tree', a.kind, a.size);
    radius.set(id, r);
    // The disc on top, its label below it, wrapped (render/labels.ts), in its longest form (any language).
    let width = 2 * r;
    let lines = 1;
    for (const t of labelTexts(a)) {
      const wrapped = wrapLabel(t, a.kind);
      lines = Math.max(lines, wrapped.length);
      for (const l of wrapped) width = Math.max(width, measureLabel(l, a.kind) + SETTINGS.label.haloWidth);
    }
    const { size } = labelFont(a.kind);
    const height = 2 * r + SETTINGS.label.gap + lines * (size + 2) + SETTINGS.label.haloWidth;
    return { id, width, height, layoutOptions: { 'elk.partitioning.partition': String(part.get(id)) } };
  });
  const seen = new Set<string>();
  const edges = tree.edges
    .filter((e) => e.from !== e.to && !seen.has(`${e.from}\u0000${e.to}`) && seen.add(`${e.from}\u0000${e.to}`))
    .map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] }));
  const laid = await (await loadElk()).layout({
    id: 'tree',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.separateConnectedComponents': 'false',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.spacing.nodeNode': String(ROW_GAP),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(COLUMN_GAP),
    },
    children,
    edges,
  });
  const out = new Map<string, { x: number; y: number }>();
  for (const n of laid.children ?? []) {
    // The disc at the top centre of its box, the label under it.
    out.set(n.id, { x: (n.x ?? 0) + n.width / 2, y: -((n.y ?? 0) + radius.get(n.id)!) });
  }
  return out;
}
