// The data set in graph-data/ (Qwen, DeepSeek, LLaMA): it validates, holds the seed's claims next to the
// corrections, links the families where techniques and models cross, and exports a graph that Gephi's schema and
// independent readers accept.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunksToText, gexf } from '../src/export/index.js';
import type { TechGraph } from '../src/graph/index.js';
import { type CheckResult, check } from '../src/pipeline/index.js';
import { graphOf, networkx, xmllint } from './helpers.js';

let result: CheckResult;
let graph: TechGraph;

beforeAll(async () => {
  result = await check({ data: 'graph-data' });
  graph = await graphOf('graph-data');
});

const claims = (node: string, attr: string) =>
  (graph.getNodeAttribute(node, 'claims') as Record<string, { text: string; sources: string[]; status: string }[]>)[attr]!.map((c) => [
    c.text,
    c.status,
    c.sources.includes('seed'),
  ]);

describe('graph-data (Qwen)', () => {
  it('validates with no error, and every warning is a conflict', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(result.diagnostics.map((d) => d.code))).toEqual(new Set(['CONFLICT']));
  });

  it.each([
    ['qwen', ['qwen1', 'qwen1.5', 'qwen2', 'qwen2.5', 'qwen3'], ['2023-08-03', '2024-02-05', '2024-06-06', '2024-09-19', '2025-04-29']],
    [
      'llama',
      ['llama-1', 'llama-2', 'llama-3', 'llama-3.1', 'llama-4'],
      ['2023-02-24', '2023-07-18', '2024-04-18', '2024-07-23', '2025-04-05'],
    ],
  ])('has the %s versions in release order, each dated, as a succession chain', (family, want, dates) => {
    const versions = graph
      .filterNodes((_, a) => a.kind === 'version' && a.family === family)
      .sort((a, b) => (graph.getNodeAttribute(a, 'since') < graph.getNodeAttribute(b, 'since') ? -1 : 1));
    expect(versions).toEqual(want);
    for (let i = 1; i < versions.length; i++) expect(graph.hasEdge(`${versions[i]}->succeeds->${versions[i - 1]}`)).toBe(true);
    expect(versions.map((v) => graph.getNodeAttribute(v, 'released'))).toEqual(dates);
  });

  it('has the DeepSeek releases, V2 → V3 → R1 linked as the papers say', () => {
    const versions = graph.filterNodes((_, a) => a.kind === 'version' && a.family === 'deepseek').sort();
    expect(versions).toEqual(['deepseek-llm', 'deepseek-r1', 'deepseek-v2', 'deepseek-v3', 'deepseekmath', 'deepseekmoe']);
    expect(graph.hasEdge('deepseek-v3->succeeds->deepseek-v2')).toBe(true);
    expect(graph.hasEdge('deepseek-r1->based_on->deepseek-v3')).toBe(true);
    for (const m of ['deepseek-v2-lite', 'deepseek-r1-zero', 'deepseek-r1-distill-qwen', 'deepseek-r1-distill-llama'])
      expect(graph.getNodeAttributes(m)).toMatchObject({ kind: 'model', family: 'deepseek' });
  });

  it.each([
    // node, attribute, claims as [text, status, cites the seed]
    [
      'qwen2',
      'vocabulary',
      [
        ['151,646', 'preferred', false],
        ['148K', 'disputed', true],
      ],
    ],
    [
      'qwen2.5',
      'vocabulary',
      [
        ['151,665', 'preferred', false],
        ['148K', 'disputed', true],
      ],
    ],
    [
      'qwen3',
      'vocabulary',
      [
        ['151,669', 'preferred', false],
        ['148K', 'disputed', true],
      ],
    ],
    ['qwen1', 'sft_examples', [['30万', 'disputed', true]]],
  ])('keeps the seed claim and the correction for %s.%s', (node, attr, want) => {
    expect(claims(node, attr)).toEqual(want);
  });

  it('keeps the seed as the source of the claims it got right', () => {
    expect(claims('qwen3', 'training_tokens')).toEqual([['36T', 'preferred', true]]);
    expect(graph.getNodeAttribute('qwen3', 'training_tokens')).toBe(36e12);
    expect(graph.getNodeAttribute('qwen2', 'sft_examples')).toBe(500_000);
  });

  it('holds every technique the seed names, each serving a motivation', () => {
    const seedTechniques = [
      'untied-embeddings',
      'rope',
      'pre-norm',
      'rmsnorm',
      'swiglu',
      'ppo',
      'rlhf',
      'pmp',
      'reward-model',
      'ntk-aware-interpolation',
      'logn-scaling',
      'window-attention',
      'moe',
      'gqa',
      'dca',
      'yarn',
      'dpo',
      'online-merging-optimizer',
      'awq',
    ];
    for (const t of seedTechniques) {
      expect(graph.hasNode(t), t).toBe(true);
      expect(
        graph.outEdges(t).some((e) => graph.getEdgeAttribute(e, 'relation') === 'serves'),
        `${t} serves`,
      ).toBe(true);
    }
    const lonely = graph.filterNodes(
      (n, a) => a.kind === 'technique' && !graph.outEdges(n).some((e) => graph.getEdgeAttribute(e, 'relation') === 'serves'),
    );
    expect(lonely).toEqual([]);
  });

  it('names the cross-family origins and links', () => {
    // Qwen 1.0 follows LLaMA's design without its weights: nothing of LLaMA's carries over to the Qwen releases.
    expect(graph.hasEdge('qwen1->modelled_on->llama-1')).toBe(true);
    expect(graph.hasEdge('qwen1->based_on->llama-1')).toBe(false);
    // R1 distilled into Qwen2.5 and Llama models: the student is based on the other family's model, for its sizes.
    expect(graph.hasEdge('deepseek-r1-distill-qwen->distilled_from->deepseek-r1')).toBe(true);
    expect(graph.getEdgeAttribute('deepseek-r1-distill-qwen->based_on->qwen2.5', 'scope')).toEqual(['14B', '32B']);
    expect(graph.getEdgeAttribute('deepseek-r1-distill-qwen->based_on->qwen2.5-math', 'scope')).toEqual(['1.5B', '7B']);
    // GQA: first adopted in each family, for the sizes the sources give.
    const firsts = graph.filterEdges((_, a) => a.relation === 'introduces').filter((e) => graph.target(e) === 'gqa');
    expect(firsts.map((e) => [graph.source(e), graph.getEdgeAttribute(e, 'scope')]).sort()).toEqual([
      ['deepseek-llm', ['67B']],
      ['llama-2', ['34B', '70B']],
      ['qwen1.5', ['32B', '110B']],
    ]);
    const origin = (t: string) =>
      graph
        .outNeighbors(t)
        .filter((n) => graph.getNodeAttribute(n, 'kind') === 'source')
        .map((s) => graph.getNodeAttribute(s, 'family'));
    expect(origin('grpo')).toContain('deepseek');
  });

  it('exports a GEXF that both schemas accept and networkx reads with the same counts', async () => {
    const f = join(await mkdtemp(join(tmpdir(), 'tg-data-')), 'graph.gexf');
    await writeFile(f, chunksToText(gexf(graph)));
    expect(xmllint(f)).toEqual({ rng: 'valid', xsd: 'valid' });
    const nx = networkx(f);
    expect(Object.keys(nx.nodes)).toHaveLength(graph.order);
    expect(nx.edges).toHaveLength(graph.size);
    expect(nx.nodes.qwen2).toMatchObject({
      Kind: 'version',
      Vocabulary: 151646,
      'Vocabulary (as written)': '151,646',
      start: '2024-06-06',
    });
    expect(String(nx.nodes.qwen2!['Vocabulary (all claims)'])).toContain('148K [seed] disputed');
  });
});

describe('exports/', () => {
  it('holds exactly what a fresh build of graph-data writes (run `node bin/techgraph.mjs build` after changing the data)', async () => {
    const { buildExports } = await import('../src/pipeline/index.js');
    const { readFile } = await import('node:fs/promises');
    const out = await mkdtemp(join(tmpdir(), 'tg-fresh-'));
    const r = await buildExports({ data: 'graph-data', out });
    expect(r.ok).toBe(true);
    for (const w of r.written) {
      const name = w.path.slice(out.length + 1);
      expect((await readFile(join('exports', name))).equals(await readFile(w.path)), name).toBe(true);
    }
  });
});
