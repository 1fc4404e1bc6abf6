// GEXF export, checked by independent readers: xmllint with both schemas, networkx, graphology-gexf.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunksToText, escapeXml, gexf, gexfList, gexfListXml, xmlSafe } from '../../src/export/index.js';
import type { TechGraph } from '../../src/graph/index.js';
import { graphOf, networkx, xmllint } from '../helpers.js';

let graph: TechGraph;
let file: string;
let text: string;

beforeAll(async () => {
  graph = await graphOf('test/fixtures/mini');
  text = chunksToText(gexf(graph));
  file = join(await mkdtemp(join(tmpdir(), 'tg-gexf-')), 'graph.gexf');
  await writeFile(file, text);
});

describe('GEXF 1.3 export of the mini fixture', () => {
  it('validates against the official RNG and the fixed XSD', () => {
    expect(xmllint(file)).toEqual({ rng: 'valid', xsd: 'valid' });
  });

  it('is read by networkx with the same nodes, edges and typed attributes', () => {
    const nx = networkx(file);
    expect(nx.graph).toBe('MultiDiGraph');
    expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
    expect(nx.edges).toHaveLength(graph.size);
    const v1 = nx.nodes.v1!;
    expect(v1).toMatchObject({
      label: 'Model 1',
      Kind: 'version',
      'Label (zh)': '模型1',
      Vocabulary: 151646,
      'Training tokens': 3e12,
      'Native context': 2048,
      start: '2024-01-15',
      end: graph.getAttribute('end'),
    });
    expect(v1['Vocabulary (all claims)']).toBe('151,646 [report-a] preferred | 148K [blog] disputed: rounding');
    const e = nx.edges.find((x) => x.source === 'v1' && x.target === 'yarn' && x.attributes.Relation === 'adopts')!;
    expect(e.attributes).toMatchObject({ Sources: '["blog"]', Inferred: false, weight: 1 });
    const inferred = nx.edges.filter((x) => x.attributes.Inferred === true).map((x) => `${x.source} ${x.attributes.Relation} ${x.target}`);
    expect(inferred.sort()).toEqual([
      'v1 introduces rope',
      'v1 introduces yarn',
      'v1 pursues long-context',
      'v2 introduces gqa',
      'v2 pursues efficiency',
      'v2 pursues long-context',
    ]);
  });

  it('is read back by graphology-gexf with labels, colours, positions and sizes', () => {
    const g = parseGexf(Graph, text, { allowUndeclaredAttributes: true });
    expect(g.order).toBe(graph.order);
    expect(g.size).toBe(graph.size);
    graph.forEachNode((n, a) => {
      const b = g.getNodeAttributes(n);
      expect(b.label).toBe(a.label);
      expect(b.x).toBeCloseTo(a.x, 5);
      expect(b.y).toBeCloseTo(a.y, 5);
      expect(b.size).toBeCloseTo(a.size, 5);
      expect(b.kind).toBe(a.kind);
      expect(b.color).toMatch(/^rgb/);
    });
    g.forEachEdge((e, a, s, t) =>
      expect(
        graph.hasEdge(e) && graph.source(e) === s && graph.target(e) === t && graph.getEdgeAttribute(e, 'relation') === a.relation,
      ).toBe(true),
    );
  });

  it('is a dynamic graph with a finite interval on every node and edge', () => {
    expect(text).toContain('<graph mode="dynamic" timeformat="date" timerepresentation="interval" defaultedgetype="directed">');
    const intervals = [...text.matchAll(/<(node|edge) [^>]*start="([^"]+)" end="([^"]+)"/g)];
    expect(intervals).toHaveLength(graph.order + graph.size);
    for (const [, , start, end] of intervals) {
      expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(start! < end!).toBe(true);
    }
    expect(text).toMatch(/<node id="v2"[^>]*start="2024-06-01"/); // released 2024-06
    expect(text).toMatch(/<node id="gqa"[^>]*start="2024-06-01"/); // first brought by v2
    expect(text).not.toContain('schemaLocation');
    expect(text.indexOf('<attributes class="node"')).toBeLessThan(text.indexOf('<nodes'));
  });

  it('writes every edge as directed with kind = relation and weight 1', () => {
    const edges = [...text.matchAll(/<edge [^>]*>/g)].map((m) => m[0]);
    expect(edges).toHaveLength(graph.size);
    for (const e of edges) expect(e).toMatch(/type="directed" kind="[a-z_]+" label="[^"]*" weight="1"/);
  });
});

describe('XML escaping', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    'a & b "c" \'d\'',
    ']]>',
    'tab\there\nnew line\r',
    'bell\u0007 nul\u0000',
    'lone \uD800 surrogate \uDC00',
    'emoji 🧠 CJK 长上下文 RTL עברית',
    'x'.repeat(10_000),
  ];

  it.each(hostile.map((s) => [s.slice(0, 30), s]))('%s survives as documented', async (_, label) => {
    const g = await graphOf('test/fixtures/mini');
    g.setNodeAttribute('rope', 'label', label);
    const f = join(await mkdtemp(join(tmpdir(), 'tg-esc-')), 'g.gexf');
    await writeFile(f, chunksToText(gexf(g)));
    expect(xmllint(f)).toEqual({ rng: 'valid', xsd: 'valid' });
    expect(networkx(f).nodes.rope!.label).toBe(xmlSafe(label));
  });

  it('replaces only what XML 1.0 cannot carry', () => {
    expect(xmlSafe('ok\t\n\r<&>"')).toBe('ok\t\n\r<&>"');
    expect(xmlSafe('\u0000\u001F\uFFFE\uD800x\uDC00')).toBe('\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD');
    expect(xmlSafe('🧠')).toBe('🧠');
    expect(escapeXml('a<b>&"\n')).toBe('a&lt;b&gt;&amp;&quot;&#10;');
  });

  it("writes lists in Gephi's syntax with quotes escaped", () => {
    expect(gexfList(['a', 'b "c"', 'd\\e'])).toBe('["a", "b \\"c\\"", "d\\\\e"]');
    for (const items of [['a'], ['a', 'b "c"', 'd\\e'], ['<&>', '中 🧠', 'x\ty', '"'], ['', 'src-1']])
      expect(gexfListXml(items)).toBe(escapeXml(gexfList(items)));
  });
});
