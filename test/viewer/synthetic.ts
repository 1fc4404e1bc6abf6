/**
 * Seeded synthetic graphs in graph.json's shape (graphology serialisation with
 * techgraph's attributes), for the viewer's scale measurement and the XSS
 * fixture. Pure: no DOM, no sigma.
 */

import { edgeSince } from '../../src/graph/index.js';
import { mulberry32 as rng } from '../../src/layout/index.js';
import { familyPaletteColour, KINDS as VOCABULARY } from '../../src/vocabulary/index.js';

const KINDS: [string, string, number][] = [
  ['version', VOCABULARY.version.color, 0.05],
  ['technique', VOCABULARY.technique.color, 0.45],
  ['motivation', VOCABULARY.motivation.color, 0.05],
  ['source', VOCABULARY.source.color, 0.43],
  ['family', VOCABULARY.family.color, 0.02],
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
/** A chain of `n` techniques, each extending the one before (t1 extends t0 …), on a line: a lineage `n` long. */
export function chainGraph(n: number): SerializedGraph {
  return {
    attributes: { name: `chain ${n}` },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: Array.from({ length: n }, (_, i) => ({
      key: `t${i}`,
      attributes: { kind: 'technique', label: `T${i}`, x: i, y: (i % 7) * 3, size: 3 },
    })),
    edges: Array.from({ length: n - 1 }, (_, i) => ({
      key: `t${i + 1}->extends->t${i}`,
      source: `t${i + 1}`,
      target: `t${i}`,
      attributes: { relation: 'extends' },
    })),
  };
}

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

/**
 * `n` releases of three families (versions and sub-models), weeks to months
 * apart, several on one day, with a few techniques: the time slider's
 * readability case.
 */
export function releasesGraph(n = 40, seed = 3): SerializedGraph {
  const r = rng(seed);
  const families = ['alpha', 'beta', 'gamma'];
  const out: SerializedGraph = {
    attributes: { name: `${n} releases`, start: '2022-01-01', end: '2026-12-31', languages: ['en'] },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: families.map((f, i) => ({
      key: f,
      attributes: { kind: 'family', label: f[0]!.toUpperCase() + f.slice(1), color: familyPaletteColour(i), size: 12, x: i * 100, y: 200 },
    })),
    edges: [],
  };
  let day = Date.parse('2022-03-01');
  for (let i = 0; i < n; i++) {
    if (r() > 0.2) day += Math.floor(r() * 60) * 86_400_000;
    const f = Math.floor(r() * 3);
    const since = new Date(day).toISOString().slice(0, 10);
    out.nodes.push({
      key: `r${i}`,
      attributes: {
        kind: i % 5 === 4 ? 'model' : 'version',
        label: `${families[f]![0]!.toUpperCase()}${families[f]!.slice(1)} ${i}${i % 7 === 0 ? ' Long Release Name' : ''}`,
        family: families[f],
        since,
        released: since,
        color: familyPaletteColour(f),
        size: 14,
        x: Math.cos(i) * 300,
        y: Math.sin(i) * 300,
      },
    });
    out.edges.push({
      key: `r${i}->in_family->${families[f]}`,
      source: `r${i}`,
      target: families[f]!,
      attributes: { relation: 'in_family', since },
    });
  }
  return out;
}

/** A dropped JSON whose one attribute is `depth` arrays deep (as text: JSON.stringify would overflow first). */
export function deepJson(depth: number): string {
  return `{"nodes":[{"key":"a","attributes":{"label":"A","x":0,"y":0,"deep":${'['.repeat(depth)}${']'.repeat(depth)}}}],"edges":[]}`;
}

/** A GEXF whose one entity of `size` characters is referenced `count` times (a "billion laughs" in one step). */
export function entityGexf(size = 100_000, count = 20_000): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE gexf [<!ENTITY big "${'x'.repeat(size)}">]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="${'&big;'.repeat(count)}"/></nodes><edges/></graph></gexf>
`;
}

/** Names found on Object.prototype, as a kind, an attribute key, a relation and a language. */
export const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** A graph using each of PROTO_NAMES as a node kind, an attribute key, a label language and a relation. */
export function protoJson(): string {
  const nodes = PROTO_NAMES.map(
    (name, i) =>
      `{"key":"p${i}","attributes":{"kind":${JSON.stringify(name)},"label":"Proto ${i}",${JSON.stringify(name)}:"value ${i}","labels":{${JSON.stringify(name)}:"lang ${i}"},"claims":{${JSON.stringify(name)}:[{"value":"v","sources":[${JSON.stringify(name)}]}]},"x":${i * 10},"y":${(i % 2) * 10}}}`,
  );
  const edges = PROTO_NAMES.map(
    (name, i) =>
      `{"key":"pe${i}","source":"p${i}","target":"p${(i + 1) % PROTO_NAMES.length}","attributes":{"relation":${JSON.stringify(name)},"sources":[${JSON.stringify(name)}]}}`,
  );
  return `{"attributes":{"name":"proto"},"nodes":[${nodes.join(',')}],"edges":[${edges.join(',')}]}`;
}
