// GraphML export, read back by graphology-graphml's parser and by networkx read_graphml.
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunksToText, graphml, xmlSafe } from '../../src/export/index.js';
import type { TechGraph } from '../../src/graph/index.js';
import { graphOf, sh } from '../helpers.js';

/** Reads a GraphML file with networkx; returns its graph type, graph data, nodes and edges. */
function networkxGraphml(file: string) {
  const py = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"type": type(g).__name__, "graph": g.graph,
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "edges": [{"source": u, "target": v, "key": k, "data": d} for u, v, k, d in g.edges(keys=True, data=True)]}, ensure_ascii=False))
`;
  const r = sh('python3', ['-c', py, file]);
  if (r.status !== 0) throw new Error(`networkx failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as {
    type: string;
    graph: Record<string, unknown>;
    nodes: Record<string, Record<string, unknown>>;
    edges: { source: string; target: string; key: string; data: Record<string, unknown> }[];
  };
}

async function written(graph: TechGraph, chunk?: number): Promise<{ text: string; file: string }> {
  const text = chunksToText(graphml(graph, chunk ? { chunk } : {}));
  const file = join(await mkdtemp(join(tmpdir(), 'tg-graphml-')), 'graph.graphml');
  await writeFile(file, text);
  return { text, file };
}

describe('GraphML export of the mini fixture', () => {
  let graph: TechGraph;
  let text: string;
  let file: string;
  beforeAll(async () => {
    graph = await graphOf('test/fixtures/mini');
    ({ text, file } = await written(graph, 100));
  });

  it('declares every property as a typed key before the graph', () => {
    const keys = [...text.matchAll(/<key id="([^"]+)" for="(\w+)" attr.name="([^"]+)" attr.type="(\w+)">/g)].map(
      (m) => `${m[2]} ${m[3]} ${m[4]}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'graph name string',
        'node label string',
        'node label_zh string',
        'node vocabulary long',
        'node flagship_params_active long',
        'node size double',
        'node released string',
        'edge inferred boolean',
        'edge relation string',
      ]),
    );
    expect(text.lastIndexOf('<key ')).toBeLessThan(text.indexOf('<graph '));
    expect(text).toContain('<graph id="techgraph" edgedefault="directed">');
  });

  it('is read by networkx as a directed multigraph with typed values', () => {
    const nx = networkxGraphml(file);
    expect(nx.type).toBe('MultiDiGraph');
    expect(nx.graph).toMatchObject({ name: 'techgraph', start: graph.getAttribute('start'), end: graph.getAttribute('end') });
    expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
    expect(nx.edges).toHaveLength(graph.size);
    expect(nx.nodes.v1).toMatchObject({
      label: 'Model 1',
      label_zh: '模型1',
      kind: 'version',
      released: '2024-01-15',
      vocabulary: 151646,
      vocabulary_text: '151,646',
      vocabulary_claims: '151,646 [report-a] preferred | 148K [blog] disputed: rounding',
      flagship_params: 57e9,
      flagship_params_active: 14e9,
      training_tokens: 3e12,
      context_native: 2048,
      sizes: '["7B","57B-A14B"]',
      color: '#d55e00', // the colour of its family, the first in id order
    });
    expect(nx.nodes.v1!.x).toBeCloseTo(graph.getNodeAttribute('v1', 'x'), 5);
    expect(nx.nodes['long-context']).toMatchObject({ label: 'Long context', label_zh: '长上下文', kind: 'motivation' });
    expect(nx.nodes.yarn!.aliases).toBe('["Yet another RoPE extensioN"]');
    const e = nx.edges.find((x) => x.key === 'v1->adopts->yarn')!;
    expect(e).toMatchObject({
      source: 'v1',
      target: 'yarn',
      data: { relation: 'adopts', sources: '["blog"]', status: 'preferred', inferred: false },
    });
    const pursues = nx.edges.find((x) => x.key === 'v1->pursues->long-context')!;
    expect(pursues.data).toMatchObject({ relation: 'pursues', inferred: true, via: '["rope","yarn"]' });
  });

  it('is parsed by graphology-graphml into the same nodes, edge keys and typed attributes', () => {
    const g = parseGraphml(Graph, text);
    expect(g.type).toBe('directed');
    expect(g.order).toBe(graph.order);
    expect(g.size).toBe(graph.size);
    expect(g.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachEdge((e, a, s, t) => {
      expect([g.source(e), g.target(e)]).toEqual([s, t]);
      expect(g.getEdgeAttributes(e)).toMatchObject({ relation: a.relation, inferred: a.inferred, status: a.status });
    });
    expect(g.getNodeAttributes('v1')).toMatchObject({
      label: 'Model 1',
      label_zh: '模型1',
      vocabulary: 151646,
      training_tokens: 3e12,
      since: '2024-01-15',
    });
    expect(g.getAttribute('name')).toBe('techgraph');
  });

  it('gives the same bytes for the same graph, whatever the chunk size', async () => {
    expect(chunksToText(graphml(await graphOf('test/fixtures/mini')))).toBe(text);
  });
});

describe('GraphML export of hostile strings', () => {
  it('escapes markup, quotes, newlines and control characters; both readers get the text back', async () => {
    const graph = await graphOf('test/fixtures/exports-hostile');
    const { text, file } = await written(graph);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const nx = networkxGraphml(file);
    const g = parseGraphml(Graph, text);
    for (const id of ['end', 'src', 'ctl', 'v-1.0', 'a']) {
      const label = graph.getNodeAttribute(id, 'label');
      expect(nx.nodes[id]!.label, id).toBe(xmlSafe(label));
      expect(g.getNodeAttribute(id, 'label'), id).toBe(xmlSafe(label));
    }
    expect(nx.nodes.end!.label).toBe('End <family> & "co"');
    expect(nx.nodes.src!.title).toBe('Line one\nline two\r\nline three\ttabbed');
    expect(nx.nodes.ctl!.label).toBe('Control \uFFFD\uFFFD\uFFFD\x7f chars \u2028 sep');
    expect(JSON.parse(String(nx.nodes.a!.aliases))).toEqual(['semi;colon alias', 'quote " alias', 'back\\slash']);
    expect(nx.edges.find((e) => e.key === 'v_2->drops->b')!.data.note).toBe('dropped; "why"\n');
  });

  it('keeps XML 1.1 line ends (U+0085, U+2028, U+2029) that some parsers would turn into line feeds', async () => {
    const graph = await graphOf('test/fixtures/mini');
    const label = 'nel\u0085 ls\u2028 ps\u2029 end';
    graph.setNodeAttribute('v1', 'label', label);
    const { text, file } = await written(graph);
    expect(parseGraphml(Graph, text).getNodeAttribute('v1', 'label')).toBe(label);
    expect(networkxGraphml(file).nodes.v1!.label).toBe(label);
  });
});

describe('docs/exports.md', () => {
  it('runs the Python example on exports/graph.graphml: each expression gives the value its comment shows', () => {
    const block = /```python\n([\s\S]*?)```/.exec(readFileSync('docs/exports.md', 'utf8'))![1]!;
    const py = `
import sys
env, out = {}, []
for line in sys.argv[1].splitlines():
    code, _, comment = line.partition("#")
    try:
        expr = compile(code, "<docs>", "eval")
    except SyntaxError:
        exec(code, env)
        continue
    out.append([repr(eval(expr, env)), comment.strip()])
import json
print(json.dumps(out, ensure_ascii=False))
`;
    const r = sh('python3', ['-c', py, block]);
    expect(r.stderr).toBe('');
    const pairs = JSON.parse(r.stdout) as [string, string][];
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    for (const [got, shown] of pairs) expect(got).toBe(shown);
  });
});
