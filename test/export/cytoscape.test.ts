// Cytoscape.js JSON export, loaded into the cytoscape package headless.
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunksToText, cytoscape as cyjs } from '../../src/export/index.js';
import type { TechGraph } from '../../src/graph/index.js';
import { graphOf } from '../helpers.js';

const load = (text: string) => {
  const doc = JSON.parse(text);
  const cy = cytoscape({ headless: true, styleEnabled: false });
  cy.json(doc);
  return { doc, cy };
};

describe('graph.cyjs of the mini fixture', () => {
  let graph: TechGraph;
  let text: string;
  beforeAll(async () => {
    graph = await graphOf('test/fixtures/mini');
    text = chunksToText(cyjs(graph, { chunk: 64 }));
  });

  it('loads into Cytoscape.js with every node and edge, ids and endpoints intact', () => {
    const { doc, cy } = load(text);
    expect(doc).toMatchObject({
      format_version: '1.0',
      generated_by: 'techgraph',
      data: { name: 'techgraph', start: graph.getAttribute('start'), end: graph.getAttribute('end') },
    });
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(graph.nodes().sort());
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(graph.edges().sort());
    graph.forEachEdge((e, _, s, t) => {
      const el = cy.getElementById(e);
      expect([el.source().id(), el.target().id()]).toEqual([s, t]);
    });
  });

  it('keeps typed data, labels in both languages, classes and the layout (y pointing down)', () => {
    const { cy } = load(text);
    const v1 = cy.getElementById('v1');
    expect(v1.data()).toMatchObject({
      id: 'v1',
      name: 'Model 1',
      label: 'Model 1',
      label_zh: '模型1',
      kind: 'version',
      released: '2024-01-15',
      vocabulary: 151646,
      flagship_params: 57e9,
      flagship_params_active: 14e9,
      sizes: ['7B', '57B-A14B'],
      conflicts: ['vocabulary'],
      color: '#d55e00', // the colour of its family, the first in id order
    });
    expect(v1.hasClass('version')).toBe(true);
    expect(v1.position('x')).toBeCloseTo(graph.getNodeAttribute('v1', 'x') * 10, 1);
    expect(v1.position('y')).toBeCloseTo(-graph.getNodeAttribute('v1', 'y') * 10, 1);
    expect(cy.getElementById('long-context').data('label_zh')).toBe('长上下文');
    const adopts = cy.getElementById('v1->adopts->yarn');
    expect(adopts.data()).toMatchObject({
      relation: 'adopts',
      sources: ['blog'],
      status: 'preferred',
      inferred: false,
      since: '2024-01-15',
    });
    expect(cy.getElementById('v2->pursues->long-context').data('via')).toEqual(['rope']);
    expect(
      cy
        .edges('.inferred')
        .map((e) => e.id())
        .sort(),
    ).toEqual(graph.filterEdges((_, a) => a.inferred).sort());
  });

  it('answers graph queries in Cytoscape.js: selectors and traversal', () => {
    const { cy } = load(text);
    expect(
      cy
        .nodes('[kind = "technique"]')
        .map((n) => n.id())
        .sort(),
    ).toEqual(['gqa', 'rope', 'yarn']);
    expect(cy.nodes('[vocabulary > 150000]').map((n) => n.id())).toEqual(['v1']);
    const adopted = cy
      .getElementById('v2')
      .outgoers('edge[relation = "adopts"]')
      .targets()
      .map((n) => n.id())
      .sort();
    expect(adopted).toEqual(['gqa', 'rope']);
    expect(
      cy
        .getElementById('yarn')
        .outgoers('edge.extends')
        .targets()
        .map((n) => n.id()),
    ).toEqual(['rope']);
  });

  it('is deterministic and streams in chunks', async () => {
    expect(chunksToText(cyjs(await graphOf('test/fixtures/mini')))).toBe(text);
    expect([...cyjs(graph, { chunk: 64 })].length).toBeGreaterThan(3);
  });
});

describe('graph.cyjs of hostile strings', () => {
  it('round-trips every string exactly through JSON', async () => {
    const graph = await graphOf('test/fixtures/exports-hostile');
    const { cy } = load(chunksToText(cyjs(graph)));
    graph.forEachNode((n, a) => expect(cy.getElementById(n).data('label')).toBe(a.label));
    expect(cy.getElementById('ctl').data('label')).toBe('Control \x01\x02\x1f\x7f chars \u2028 sep');
    expect(cy.getElementById('a').data('aliases')).toEqual(['semi;colon alias', 'quote " alias', 'back\\slash']);
    expect(cy.getElementById('src').data('title')).toBe('Line one\nline two\r\nline three\ttabbed');
    expect(cy.getElementById('v-1.0').data()).toMatchObject({ vocabulary: 1e6, vocabulary_text: '>1M', flagship_params_active: 22e9 });
  });
});

describe('docs/exports.md', () => {
  it('runs the Cytoscape.js example on exports/graph.cyjs: a value its comment shows is the value it gives', () => {
    const block = /```js\n([\s\S]*?)```/.exec(readFileSync('docs/exports.md', 'utf8'))![1]!;
    const text = readFileSync('exports/graph.cyjs', 'utf8');
    const lines = block.split('\n').filter((l) => l.trim());
    const shown = lines.flatMap((l) => {
      const [code, comment] = l.split(/\s+\/\/ /) as [string, string | undefined];
      return comment?.startsWith('[') ? [{ code: code.replace(/;$/, ''), value: JSON.parse(comment.replaceAll("'", '"')) }] : [];
    });
    expect(shown.length).toBeGreaterThan(0);
    const results = new Function('cytoscape', 'text', `${block}\nreturn [${shown.map((s) => s.code).join(', ')}];`)(cytoscape, text);
    for (const [i, s] of shown.entries()) expect(results[i], s.code).toEqual(s.value);
    // The selectors of the example select something.
    const cy = cytoscape({ headless: true, styleEnabled: false });
    cy.json(JSON.parse(text));
    expect(cy.edges('.adopts[scope]').length).toBeGreaterThan(10);
  });
});
