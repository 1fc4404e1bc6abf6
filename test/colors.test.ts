// Family colours: one rule (src/graph/colors.ts) over one palette (src/vocabulary/palette.ts), carried by the
// graph into GEXF (read back by graphology-gexf) and JSON, on the three-families fixture.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunksToText, gexf, json } from '../src/export/index.js';
import { familyColours, nodeColour, type TechGraph } from '../src/graph/index.js';
import { FAMILY_PALETTE, familyPaletteColour, KINDS, rgb } from '../src/vocabulary/index.js';
import { graphOf } from './helpers.js';

const FIXTURE = 'test/fixtures/three-families';

let graph: TechGraph;
beforeAll(async () => {
  graph = await graphOf(FIXTURE);
});

const versionsOf = (family: string) => graph.filterNodes((_id, a) => a.kind === 'version' && a.family === family);

describe('family colours', () => {
  it('hands the palette to families in id order, cycling after the last colour', () => {
    const families = graph.filterNodes((_id, a) => a.kind === 'family').sort();
    expect(families).toEqual(['deepseek', 'gpt', 'llama', 'qwen']);
    const colours = familyColours(graph);
    expect(families.map((f) => colours.get(f))).toEqual(FAMILY_PALETTE.slice(0, 4));
    expect(familyPaletteColour(FAMILY_PALETTE.length + 1)).toBe(FAMILY_PALETTE[1]);
    expect(new Set(FAMILY_PALETTE).size).toBe(FAMILY_PALETTE.length);
  });

  it('draws every release in its family’s colour: one colour per family, different across families', () => {
    const byFamily = new Map<string, Set<string>>();
    for (const family of ['deepseek', 'llama', 'qwen']) {
      const versions = versionsOf(family);
      expect(versions.length, family).toBeGreaterThanOrEqual(5);
      byFamily.set(family, new Set(versions.map((v) => graph.getNodeAttribute(v, 'color'))));
      expect(byFamily.get(family)!.size, family).toBe(1);
      // The family node is in that colour too (the legend's swatch).
      expect(byFamily.get(family)!.has(graph.getNodeAttribute(family, 'color'))).toBe(true);
    }
    const all = [...byFamily.values()].map((s) => [...s][0]);
    expect(new Set(all).size).toBe(3);
    // Other kinds keep their kind's colour, distinct from every family colour in use.
    for (const kind of ['technique', 'motivation', 'source'] as const) {
      const nodes = graph.filterNodes((_id, a) => a.kind === kind);
      expect(nodes.every((n) => graph.getNodeAttribute(n, 'color') === KINDS[kind].color)).toBe(true);
      expect(all).not.toContain(KINDS[kind].color);
    }
  });

  it('falls back to the kind colour for a release without a family or an unknown family, and knows no colour for an unknown kind', () => {
    const families = new Map([['fam', '#123456']]);
    expect(nodeColour('v', { kind: 'version', family: 'fam' }, families)).toBe('#123456');
    expect(nodeColour('v', { kind: 'version' }, families)).toBe(KINDS.version.color);
    expect(nodeColour('v', { kind: 'version', family: 'other' }, families)).toBe(KINDS.version.color);
    expect(nodeColour('m', { kind: 'model', family: 'fam' }, families)).toBe('#123456');
    expect(nodeColour('fam', { kind: 'family' }, families)).toBe('#123456');
    expect(nodeColour('x', { kind: 'constructor' }, families)).toBeUndefined();
    expect(nodeColour('x', { kind: '__proto__' }, families)).toBeUndefined();
  });

  it('is what GEXF (read by graphology-gexf) and JSON carry, node by node', () => {
    const fromGexf = parseGexf(Graph, chunksToText(gexf(graph)), { allowUndeclaredAttributes: true });
    const fromJson = JSON.parse(chunksToText(json(graph))) as { nodes: { key: string; attributes: { color: string } }[] };
    expect(fromJson.nodes.length).toBe(graph.order);
    for (const n of fromJson.nodes) {
      const want = graph.getNodeAttribute(n.key, 'color');
      expect(n.attributes.color, n.key).toBe(want);
      const { r, g, b } = rgb(want);
      expect(fromGexf.getNodeAttribute(n.key, 'color'), n.key).toBe(`rgb(${r},${g},${b})`);
    }
  });
});
