/**
 * Seeded synthetic graphs in graph.json's shape (graphology serialisation with
 * techgraph's attributes), for the viewer's scale measurement and the XSS
 * fixture. Pure: no DOM, no sigma.
 */

import { edgeSince } from '../../src/graph/index.js';
import { mulberry32 as rng } from '../../src/layout/index.js';

const KINDS: [string, string, number][] = [
  ['version', '#e74c3c', 0.05],
  ['technique', '#2e86c1', 0.45],
  ['motivation', '#27ae60', 0.05],
  ['source', '#f39c12', 0.43],
  ['family', '#7f8c8d', 0.02],
];
const RELATIONS = ['adopts', 'extends', 'serves', 'described_in', 'in_family', 'variant_of'];

export interface SerializedGraph {
  attributes: Record<string, unknown>;
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

/**
 * `nodes` nodes and about `edgesPerNode`·`nodes` edges, clustered in space
 * (so the picture looks like a graph), each with x/y/color/size/kind/label/since.
 */
export function syntheticGraph(nodes = 10_000, edgesPerNode = 3, seed = 7): SerializedGraph {
  const r = rng(seed);
  const out: SerializedGraph = {
    attributes: { name: `synthetic ${nodes}`, start: '2015-01-01', end: '2026-12-31', languages: ['en', 'zh'] },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [],
    edges: [],
  };
  const clusters = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const centres = Array.from({ length: clusters }, () => ({ x: (r() - 0.5) * 2000, y: (r() - 0.5) * 2000 }));
  const pick = () => {
    let u = r();
    for (const k of KINDS) {
      if ((u -= k[2]) <= 0) return k;
    }
    return KINDS[1]!;
  };
  const cluster: number[] = [];
  for (let i = 0; i < nodes; i++) {
    const [kind, color] = pick();
    const c = Math.floor(r() * clusters);
    cluster.push(c);
    const centre = centres[c]!;
    const year = 2015 + Math.floor(r() * 11);
    const month = 1 + Math.floor(r() * 12);
    const ang = r() * Math.PI * 2;
    const rad = Math.sqrt(r()) * 160;
    out.nodes.push({
      key: `n${i}`,
      attributes: {
        kind,
        label: `${kind === 'version' ? 'Model' : kind === 'technique' ? 'Method' : kind === 'source' ? 'Paper' : kind === 'family' ? 'Family' : 'Goal'} ${i}`,
        labels: { en: `${kind} ${i}`, zh: `节点${i}` },
        aliases: [`alias-${i}`],
        since: `${year}-${String(month).padStart(2, '0')}-01`,
        color,
        size: 3 + r() * 8,
        x: Math.round((centre.x + Math.cos(ang) * rad) * 100) / 100,
        y: Math.round((centre.y + Math.sin(ang) * rad) * 100) / 100,
        sources: [],
        claims: {},
        conflicts: [],
      },
    });
  }
  const seen = new Set<string>();
  const want = Math.round(nodes * edgesPerNode);
  let tries = 0;
  while (out.edges.length < want && tries++ < want * 4) {
    const s = Math.floor(r() * nodes);
    // Mostly within a cluster, sometimes across.
    let t = Math.floor(r() * nodes);
    for (let k = 0; k < 6 && r() < 0.9 && cluster[t] !== cluster[s]; k++) t = Math.floor(r() * nodes);
    if (s === t) continue;
    const relation = RELATIONS[Math.floor(r() * RELATIONS.length)]!;
    const key = `n${s}->${relation}->n${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const a = out.nodes[s]!.attributes.since as string;
    const b = out.nodes[t]!.attributes.since as string;
    out.edges.push({
      key,
      source: `n${s}`,
      target: `n${t}`,
      attributes: { relation, label: relation, sources: [], status: 'preferred', inferred: false, since: edgeSince(a, b) },
    });
  }
  return out;
}

export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const XSS_SCRIPT = '<script>alert(2)</script>';

/** A hostile little graph: markup in labels, aliases, descriptions, attribute values and a javascript: URL. */
export function xssGraph(): SerializedGraph {
  const node = (key: string, attributes: Record<string, unknown>) => ({ key, attributes });
  return {
    attributes: { name: `${XSS_SCRIPT} graph`, start: '2024-01-01', end: '2025-12-31', languages: ['en', 'zh'] },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [
      node('img', {
        kind: 'technique',
        label: XSS_IMG,
        labels: { en: XSS_IMG, zh: `${XSS_IMG}（中文）` },
        aliases: ['<b onmouseover=alert(4)>bold</b>'],
        description: `${XSS_SCRIPT} described`,
        sources: ['evil-source'],
        since: '2024-02-01',
        color: '#2e86c1',
        size: 14,
        x: 0,
        y: 0,
        claims: { definition: [{ value: XSS_SCRIPT, text: XSS_SCRIPT, sources: ['evil-source'], status: 'preferred' }] },
        conflicts: [],
        definition: XSS_SCRIPT,
      }),
      node('script', {
        kind: 'version',
        label: XSS_SCRIPT,
        labels: { en: XSS_SCRIPT },
        aliases: [],
        sources: [],
        since: '2024-01-01',
        released: '2024-01-01',
        color: '#e74c3c',
        size: 18,
        x: 40,
        y: 10,
        claims: {},
        conflicts: [],
      }),
      node('evil-source', {
        kind: 'source',
        label: '"><svg onload=alert(5)>',
        labels: { en: '"><svg onload=alert(5)>' },
        aliases: [],
        sources: [],
        since: '2024-01-01',
        color: '#f39c12',
        size: 6,
        x: -30,
        y: 25,
        url: 'javascript:alert(3)',
        claims: {},
        conflicts: [],
      }),
      node('plain', {
        kind: 'motivation',
        label: 'Plain & simple',
        labels: { en: 'Plain & simple' },
        aliases: [],
        sources: [],
        since: '2024-01-01',
        color: '#27ae60',
        size: 10,
        x: 10,
        y: -35,
        claims: {},
        conflicts: [],
      }),
    ],
    edges: [
      {
        key: 'script->adopts->img',
        source: 'script',
        target: 'img',
        attributes: {
          relation: 'adopts',
          label: XSS_IMG,
          sources: ['evil-source'],
          status: 'preferred',
          inferred: false,
          since: '2024-02-01',
        },
      },
      {
        key: 'img->serves->plain',
        source: 'img',
        target: 'plain',
        attributes: { relation: 'serves', label: 'serves', sources: [], status: 'preferred', inferred: false, since: '2024-02-01' },
      },
      {
        key: 'img->introduced_in->evil-source',
        source: 'img',
        target: 'evil-source',
        attributes: {
          relation: 'introduced_in',
          label: 'introduced in',
          sources: [],
          status: 'preferred',
          inferred: false,
          since: '2024-02-01',
        },
      },
    ],
  };
}
