// @vitest-environment jsdom
// The viewer's pure parts, in Node (jsdom for the loader's DOMParser): URL state, normalisation of foreign
// graphs (names found on Object.prototype included), display names, facets and filters, the time model,
// search, lineage trees, slider tick placement, bounded formatting, hostile nesting, SVG text.
// (No sigma here: the browser test drives the page; the timeline's picture is test/layout.test.ts.)
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/layout/index.js';
import { KINDS } from '../../src/vocabulary/index.js';
import { safeUrl } from '../../viewer/src/dom.js';
import { checkNesting, fromGexf, fromJson, LoadError, MAX_NESTING } from '../../viewer/src/loader.js';
import {
  alwaysLabelled,
  counts,
  existsAt,
  type Filter,
  facets,
  monthKey,
  monthLabel,
  NO_FILTER,
  timeRange,
  visibility,
} from '../../viewer/src/model/facets.js';
import { dayOf, labelOf, normalise, type ViewGraph } from '../../viewer/src/model/normalise.js';
import { SearchIndex } from '../../viewer/src/model/search.js';
import { canTree, LINEAGE_KINDS, lineageTree } from '../../viewer/src/model/tree.js';
import { groupTicks, placeTickLabels, TICK_SPACING } from '../../viewer/src/parts/timebar.js';
import { format, scopeOf } from '../../viewer/src/parts/values.js';
import { xmlText } from '../../viewer/src/render/svg.js';
import { DEFAULT_STATE, parseState, serialiseState, type ViewState } from '../../viewer/src/state.js';
import { XSS_IMG, xssGraph } from './synthetic.js';

function mini(): ViewGraph {
  const g = new Graph({ type: 'directed', multi: true });
  const n = (id: string, a: Record<string, unknown>) =>
    g.addNode(id, { label: id, labels: {}, aliases: [], x: 0, y: 0, size: 5, color: '#000000', ...a });
  n('fam', { kind: 'family', since: '2023-08-01' });
  n('v1', { kind: 'version', family: 'fam', since: '2023-08-03' });
  n('v2', { kind: 'version', family: 'fam', since: '2024-06-06' });
  n('rope', {
    kind: 'technique',
    since: '2023-08-03',
    aliases: ['Rotary position embedding'],
    labels: { en: 'RoPE', zh: '旋转位置编码' },
    label: 'RoPE',
  });
  n('yarn', { kind: 'technique', since: '2024-06-06', label: 'YaRN', aliases: ['Yet another RoPE extensioN'] });
  n('gqa', { kind: 'technique', since: '2024-06-06', label: 'GQA' });
  n('long', { kind: 'motivation', since: '2023-08-03', label: 'Long context' });
  n('eff', { kind: 'motivation', since: '2024-06-06', label: 'Efficiency' });
  n('paper', { kind: 'source', since: '2020-01-01', url: 'https://example.org/p' });
  const e = (s: string, r: string, t: string, extra: Record<string, unknown> = {}) =>
    g.addDirectedEdgeWithKey(`${s}->${r}->${t}`, s, t, { relation: r, sources: [], inferred: false, since: '', ...extra });
  e('v1', 'in_family', 'fam');
  e('v2', 'in_family', 'fam');
  e('v1', 'adopts', 'rope');
  e('v2', 'adopts', 'yarn');
  e('v2', 'adopts', 'gqa');
  e('yarn', 'extends', 'rope');
  e('rope', 'serves', 'long');
  e('yarn', 'serves', 'long');
  e('gqa', 'serves', 'eff');
  e('v2', 'pursues', 'eff', { inferred: true });
  return normalise(g);
}

describe('URL state', () => {
  it('round-trips every field and leaves defaults out', () => {
    const s: ViewState = {
      node: 'yarn',
      lineage: true,
      path: ['qwen2', 'long-context'],
      hideKinds: ['source'],
      hideFamilies: ['llama'],
      hideMotivations: ['efficiency', 'alignment'],
      t: '2023-12',
      inferred: false,
      layout: 'tree',
      tree: 'yarn',
      lang: 'zh',
      graph: 'other.json',
    };
    const q = serialiseState(s);
    expect(q).toContain('node=yarn');
    expect(q).toContain('t=2023-12');
    expect(q).toContain('path=qwen2~long-context');
    expect(parseState(q)).toEqual({ ...s, hideMotivations: ['alignment', 'efficiency'] });
    expect(serialiseState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  it('ignores malformed values', () => {
    const s = parseState('?t=2023-13&layout=spiral&lang=fr&graph=../../etc/passwd&path=a&lineage=yes');
    expect(s.t).toBeNull();
    expect(s.layout).toBe('force');
    expect(s.lang).toBe('en');
    expect(s.graph).toBeNull();
    expect(s.path).toBeNull();
    expect(s.lineage).toBe(false);
    expect(parseState('?graph=synthetic-10k.json').graph).toBe('synthetic-10k.json');
  });
});

describe('normalise', () => {
  it('makes a bare graph drawable: label, kind, colour, size, position', () => {
    const g = new Graph();
    g.addNode('a');
    g.addNode('b', { label: 'B', kind: 'technique', x: 3, y: 4 });
    g.addNode('c', { type: 'paper', color: 'javascript:alert(1)', size: -2 });
    g.addEdge('a', 'b');
    const v = normalise(g);
    const a = v.getNodeAttributes('a');
    expect(a.label).toBe('a');
    expect(a.kind).toBe('node');
    expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(a.size).toBeGreaterThan(0);
    expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    expect(v.getNodeAttributes('b')).toMatchObject({ label: 'B', kind: 'technique', color: KINDS.technique.color, x: 3, y: 4 });
    expect(v.getNodeAttribute('c', 'kind')).toBe('paper');
    expect(v.getNodeAttribute('c', 'color')).toMatch(/^#[0-9a-f]{6}$/);
    expect(v.getEdgeAttribute(v.edges()[0]!, 'relation')).toBe('related');
  });

  it('reads dates as days', () => {
    expect(dayOf('2024')).toBe('2024-01-01');
    expect(dayOf('2024-06')).toBe('2024-06-01');
    expect(dayOf('2024-06-16')).toBe('2024-06-16');
    expect(dayOf(2023)).toBe('2023-01-01');
    expect(dayOf('June 2024')).toBe('');
  });
});

describe('time', () => {
  it('counts months', () => {
    expect(monthIndex('2023-12')).toBe(2023 * 12 + 11);
    expect(monthKey(monthIndex('2023-12-25'))).toBe('2023-12');
    expect(monthLabel(monthIndex('2023-12'), 'en')).toBe('Dec 2023');
    expect(monthLabel(monthIndex('2023-12'), 'zh')).toBe('2023年12月');
  });

  it('a node exists at the end of the month it joins', () => {
    expect(existsAt('2023-12-31', '2023-12')).toBe(true);
    expect(existsAt('2024-01-01', '2023-12')).toBe(false);
    expect(existsAt('', '2000-01')).toBe(true);
    expect(existsAt('2099-01-01', null)).toBe(true);
  });

  it('the slider runs from the first release to the last date', () => {
    const f = facets(mini());
    expect(timeRange(f)).toEqual({ min: monthIndex('2023-08'), max: monthIndex('2024-06') });
  });

  it('marks each release on the slider at its released day; an undated one is left off', () => {
    const g = mini();
    // v1 released in 2023-09 (its since says when it joined the graph), v2 undated, a sub-model in 2024-07.
    g.mergeNodeAttributes('v1', { released: '2023-09' });
    g.addNode('v1-mini', {
      kind: 'model',
      label: 'V1 mini',
      labels: {},
      aliases: [],
      x: 0,
      y: 0,
      size: 3,
      color: '#000',
      since: '2024-07-02',
    });
    g.mergeNodeAttributes('v1-mini', { released: '2024-07-02' });
    const f = facets(g);
    expect(Object.fromEntries(f.releaseDay)).toEqual({ v1: '2023-09-01', 'v1-mini': '2024-07-02' });
    expect(f.releases).toEqual(['2023-09-01', '2024-07-02']);
    // A graph from elsewhere without `released`: each release's since.
    expect(Object.fromEntries(facets(mini()).releaseDay)).toEqual({ v1: '2023-08-03', v2: '2024-06-06' });
  });
});

describe('facets and filters', () => {
  const g = mini();
  const f = facets(g);
  const filter = (over: Partial<Filter>): Filter => ({ ...NO_FILTER, ...over });

  it('lists kinds in vocabulary order with their members', () => {
    expect(f.kinds.map((k) => k.key)).toEqual(['family', 'version', 'technique', 'motivation', 'source']);
    expect(f.families.map((x) => [x.key, x.members.sort()])).toEqual([['fam', ['fam', 'v1', 'v2']]]);
    expect(f.motivations.find((m) => m.key === 'long')!.members.sort()).toEqual(['long', 'rope', 'yarn']);
  });

  it('hides a kind, and the edges that touch it', () => {
    const v = visibility(g, f, filter({ hideKinds: new Set(['technique']) }));
    expect(v.nodes.has('rope')).toBe(false);
    expect(v.nodes.has('v1')).toBe(true);
    expect(v.edges.has('v1->adopts->rope')).toBe(false);
    expect(v.edges.has('v1->in_family->fam')).toBe(true);
    expect(counts(f.kinds, v.nodes).get('technique')).toEqual({ visible: 0, total: 3 });
  });

  it('hides a family with its versions', () => {
    const v = visibility(g, f, filter({ hideFamilies: new Set(['fam']) }));
    expect([...v.nodes].filter((n) => ['fam', 'v1', 'v2'].includes(n))).toEqual([]);
  });

  it('hides a motivation and the techniques that serve only hidden motivations', () => {
    const v = visibility(g, f, filter({ hideMotivations: new Set(['eff']) }));
    expect(v.nodes.has('eff')).toBe(false);
    expect(v.nodes.has('gqa')).toBe(false);
    expect(v.nodes.has('yarn')).toBe(true);
  });

  it('shows the graph as it stood at a month', () => {
    const v = visibility(g, f, filter({ month: '2023-12' }));
    expect(v.nodes.has('v1')).toBe(true);
    expect(v.nodes.has('v2')).toBe(false);
    expect(v.nodes.has('yarn')).toBe(false);
    expect(v.nodes.has('paper')).toBe(true);
  });

  it('can leave inferred relations out', () => {
    expect(visibility(g, f, filter({ inferred: false })).edges.has('v2->pursues->eff')).toBe(false);
    expect(visibility(g, f, NO_FILTER).edges.has('v2->pursues->eff')).toBe(true);
  });

  it('always labels versions and families', () => {
    const l = alwaysLabelled(g);
    expect(l.has('v1') && l.has('v2') && l.has('fam')).toBe(true);
    expect(l.has('paper')).toBe(false);
  });
});

describe('search', () => {
  const g = mini();
  const s = new SearchIndex(g);
  it('finds by label, alias, id and other languages, best first', () => {
    expect(s.search('yarn')[0]!.id).toBe('yarn');
    expect(s.search('YaRN')[0]!.id).toBe('yarn');
    expect(s.search('rotary')[0]).toMatchObject({ id: 'rope', via: 'Rotary position embedding' });
    expect(s.search('旋转')[0]!.id).toBe('rope');
    expect(s.search('旋转', 'zh')[0]!.label).toBe('旋转位置编码');
    expect(s.search('long')[0]!.id).toBe('long');
    expect(s.search('   ')).toEqual([]);
    expect(s.search('zzz')).toEqual([]);
  });

  it('keeps markup as text', () => {
    const x = normalise(Graph.from(xssGraph() as never));
    expect(new SearchIndex(x).search('<img')[0]!.label).toBe(XSS_IMG);
  });
});

describe('safeUrl', () => {
  it('allows http(s) only', () => {
    expect(safeUrl('https://arxiv.org/abs/2309.00071')).toBe('https://arxiv.org/abs/2309.00071');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(42)).toBeNull();
  });
});

describe('names found on Object.prototype (hostile class 1, the viewer part)', () => {
  const PROTO = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  it('are kinds, attribute keys, relations and languages like any other: no throw, own colours, own labels', () => {
    const nodes = PROTO.map((name, i) => ({
      key: `n${i}`,
      attributes: JSON.parse(
        `{"kind": ${JSON.stringify(name)}, "label": "N${i}", ${JSON.stringify(name)}: "x", "labels": {${JSON.stringify(name)}: "y", "en": "N${i}"}}`,
      ),
    }));
    const edges = PROTO.map((name, i) => ({
      key: `e${i}`,
      source: `n${i}`,
      target: `n${(i + 1) % PROTO.length}`,
      attributes: { relation: name },
    }));
    const g = fromJson(JSON.stringify({ nodes, edges }));
    expect(g.order).toBe(PROTO.length);
    const f = facets(g);
    expect(f.kinds.map((k) => k.key).sort()).toEqual([...PROTO].sort());
    for (const k of f.kinds) expect(k.color).toMatch(/^#[0-9a-f]{6}$/);
    g.forEachNode((id, a) => {
      expect(a.color, id).toMatch(/^#[0-9a-f]{6}$/);
      expect(labelOf(a, 'en')).toBe(a.label);
      expect(labelOf(a, 'zh')).toBe(a.label);
    });
    expect(Object.getPrototypeOf(g.getNodeAttribute('n1', 'labels'))).toBe(Object.prototype);
    expect(lineageTree(g, 'n0')).toBeNull();
    expect(canTree('constructor')).toBe(false);
  });
});

describe('display names', () => {
  it('name a node where its label clashes, in every language whose label is the plain one', () => {
    const a = { label: 'DeepSeek-R1', labels: { en: 'DeepSeek-R1', zh: 'DeepSeek-R1' }, display: 'DeepSeek-R1 (paper)' };
    expect(labelOf(a, 'en')).toBe('DeepSeek-R1 (paper)');
    expect(labelOf(a, 'zh')).toBe('DeepSeek-R1 (paper)');
    expect(labelOf({ ...a, labels: { zh: '深度求索R1论文' } }, 'zh')).toBe('深度求索R1论文');
    expect(labelOf({ label: 'Qwen2', labels: {} }, 'zh')).toBe('Qwen2');
    // With its kind, the name is in the language shown: the graph's displayName rule, not an English suffix.
    const v = { label: 'DeepSeek LLM', labels: { zh: 'DeepSeek LLM' }, display: 'DeepSeek LLM (version)', kind: 'version' };
    expect(labelOf(v, 'en')).toBe('DeepSeek LLM (version)');
    expect(labelOf(v, 'zh')).toBe(`DeepSeek LLM (${KINDS.version.label.zh})`);
    expect(labelOf({ ...v, labels: {} }, 'zh')).toBe(`DeepSeek LLM (${KINDS.version.label.zh})`);
    expect(labelOf({ ...a, kind: 'source', source_type: 'paper' }, 'zh')).toBe('DeepSeek-R1 (paper)');
    expect(labelOf({ ...v, kind: 'constructor' }, 'zh')).toBe('DeepSeek LLM');
    const g = new Graph();
    g.addNode('p', { label: 'DeepSeek-R1', display: 'DeepSeek-R1 (paper)', kind: 'source' });
    expect(new SearchIndex(normalise(g)).search('(paper)')[0]!.label).toBe('DeepSeek-R1 (paper)');
  });
});

describe('hostile class 1: node ids named like Object.prototype members', () => {
  const graphOf = (ids: string[], edgeKey?: string) =>
    JSON.stringify({
      nodes: ids.map((key) => ({ key, attributes: { label: `L ${key}` } })),
      edges: ids.map((source, i) => ({
        ...(i === 0 && edgeKey ? { key: edgeKey } : {}),
        source,
        target: ids[(i + 1) % ids.length],
        attributes: { relation: 'extends' },
      })),
    });
  const ids = ['a', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  const json = graphOf(ids);

  it('refuses __proto__ as a node id or an edge key, naming it (the renderer cannot store it)', () => {
    expect(() => fromJson(graphOf(['a', '__proto__']))).toThrow(LoadError);
    expect(() => fromJson(graphOf(['a', '__proto__']))).toThrow('node id "__proto__"');
    expect(() => fromJson(graphOf(['a', 'b'], '__proto__'))).toThrow('edge key "__proto__"');
  });

  it('loads them from JSON and GEXF, and every neighbour look-up next to them answers', () => {
    const g = fromJson(json);
    expect(g.order).toBe(ids.length);
    ids.forEach((id, i) => {
      expect(g.outNeighbors(id), id).toEqual([ids[(i + 1) % ids.length]]);
      expect(g.inNeighbors(id), id).toEqual([ids[(i + ids.length - 1) % ids.length]]);
      expect(g.getNodeAttribute(id, 'label')).toBe(`L ${id}`);
    });
    expect(g.hasEdge('a', 'constructor')).toBe(true);
    expect(g.hasEdge('constructor', 'a')).toBe(false);
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="a"/><node id="valueOf" label="v"/><node id="constructor" label="c"/></nodes><edges><edge source="a" target="valueOf"/><edge source="a" target="valueOf"/><edge source="valueOf" target="constructor"/></edges></graph></gexf>`;
    const x = fromGexf(gexf);
    expect(x.outEdges('a').length).toBe(2);
    expect(x.outNeighbors('valueOf')).toEqual(['constructor']);
  });
});

describe('hostile class 3: a lineage 20,000 techniques long', () => {
  it('is walked without recursion: every ancestor and every edge lit', async () => {
    const { lineageOf } = await import('../../viewer/src/model/query.js');
    const n = 20_000;
    const text = JSON.stringify({
      options: { type: 'directed', multi: true },
      nodes: Array.from({ length: n }, (_, i) => ({ key: `t${i}`, attributes: { kind: 'technique', label: `T${i}` } })),
      edges: Array.from({ length: n - 1 }, (_, i) => ({
        key: `t${i + 1}->extends->t${i}`,
        source: `t${i + 1}`,
        target: `t${i}`,
        attributes: { relation: 'extends' },
      })),
    });
    const l = lineageOf(fromJson(text), `t${n - 1}`)!;
    expect(l.ancestors.length).toBe(n - 1);
    expect(l.nodes.size).toBe(n);
    expect(l.edges.size).toBe(n - 1);
  });
});

describe('hostile class 13: values nested without bound', () => {
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

  it('refuses a dropped JSON nested deeper than MAX_NESTING, with a LoadError', () => {
    const text = `{"nodes": [{"key": "a", "attributes": {"x": ${deep(100_000)}}}]}`;
    expect(() => fromJson(text)).toThrow(LoadError);
    expect(() => checkNesting(deep(MAX_NESTING))).not.toThrow();
    expect(() => checkNesting(deep(MAX_NESTING + 1))).toThrow(LoadError);
    // Brackets inside strings (after escaped quotes too) are text, not nesting.
    expect(() => checkNesting(JSON.stringify({ s: '['.repeat(1000), t: '\\"[[[[' }))).not.toThrow();
  });

  it('formats any value iteratively and within bounds', () => {
    let v: unknown = 1;
    for (let i = 0; i < 100_000; i++) v = [v];
    expect(format(v)).toContain('…');
    expect(format(v).length).toBeLessThan(100);
    expect(format(Array.from({ length: 10_000 }, (_, i) => i)).length).toBeLessThan(2100);
    expect(format([1, [2, 3], { a: 'x' }])).toBe('1, [2, 3], {a: x}');
    expect(format(1234567)).toBe('1,234,567');
    expect(format(null)).toBe('—');
    expect(scopeOf(['32B', 4, '110B'])).toEqual(['32B', '110B']);
    expect(scopeOf('7B')).toEqual(['7B']);
    expect(scopeOf({})).toEqual([]);
  });
});

describe('the lineage tree', () => {
  const g = mini();
  g.addNode('pi', { kind: 'technique', label: 'PI', labels: {}, aliases: [], since: '2023-06-01', x: 0, y: 0, size: 5, color: '#000000' });
  g.addDirectedEdgeWithKey('pi->extends->rope', 'pi', 'rope', { relation: 'extends', since: '', sources: ['paper'] });
  g.addDirectedEdgeWithKey('yarn->extends->pi', 'yarn', 'pi', { relation: 'extends', since: '' });
  g.addNode('v0', {
    kind: 'version',
    label: 'V0',
    labels: {},
    aliases: [],
    family: 'fam',
    since: '2023-01-01',
    x: 0,
    y: 0,
    size: 5,
    color: '#000000',
  });
  g.addDirectedEdgeWithKey('v1->succeeds->v0', 'v1', 'v0', { relation: 'succeeds', since: '' });
  g.addDirectedEdgeWithKey('v2->succeeds->v1', 'v2', 'v1', { relation: 'succeeds', since: '' });

  it('walks the lineage relations both ways from a technique, edges from ancestor to descendant', () => {
    const t = lineageTree(g, 'yarn')!;
    expect([...t.nodes].sort()).toEqual(['pi', 'rope', 'yarn']);
    expect(t.edges.map((e) => [e.from, e.to, e.relation])).toEqual([
      ['rope', 'pi', 'extends'],
      ['pi', 'yarn', 'extends'],
      ['rope', 'yarn', 'extends'],
    ]);
    // Adoptions and motivations are not lineage.
    expect(t.nodes.has('v2') || t.nodes.has('long')).toBe(false);
  });

  it('draws a family as the lineage of each of its releases', () => {
    const t = lineageTree(g, 'fam')!;
    expect(t.starts).toEqual(['v0', 'v1', 'v2']);
    expect([...t.nodes].sort()).toEqual(['v0', 'v1', 'v2']);
    expect(t.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['v0>v1', 'v1>v2']);
  });

  it('lays a tree out in date order: a year per partition, raised to the ancestors’ where a date says otherwise', async () => {
    const { yearPartitions } = await import('../../viewer/src/model/tree-layout.js');
    const t = lineageTree(g, 'fam')!;
    expect(Object.fromEntries(yearPartitions(g, t))).toEqual({ v0: 2023, v1: 2023, v2: 2024 });
    const odd = lineageTree(g, 'yarn')!;
    g.setNodeAttribute('pi', 'since', '2025-01-01'); // an ancestor dated after its descendant
    expect(Object.fromEntries(yearPartitions(g, odd))).toEqual({ rope: 2023, pi: 2025, yarn: 2025 });
    g.setNodeAttribute('pi', 'since', '2023-06-01');
  });

  it('has a tree for techniques, releases and families only', () => {
    expect(lineageTree(g, 'long')).toBeNull();
    expect(lineageTree(g, 'paper')).toBeNull();
    expect(lineageTree(g, 'nope')).toBeNull();
    expect([...LINEAGE_KINDS].sort()).toEqual(['model', 'technique', 'version']);
    expect(canTree('model') && canTree('family')).toBe(true);
  });
});

describe('slider ticks', () => {
  it('group releases so no two dots meet, each release in exactly one tick', () => {
    // A crowd at the end of a group pulls its centre right; the next release lands just past it.
    const xs = [0, 10, 10, 10, 10.5, 21, 21.5, 40, 200, 205, 209, 400];
    const ticks = groupTicks(xs.map((x, i) => ({ x, i })));
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(TICK_SPACING);
    expect(ticks.flatMap((t) => t.items.map((p) => p.i))).toEqual(xs.map((_, i) => i));
    for (const t of ticks) expect(t.x).toBeCloseTo(t.items.reduce((s, p) => s + p.x, 0) / t.items.length, 9);
    // Far-apart releases keep a tick each.
    expect(groupTicks([0, 50, 100].map((x) => ({ x }))).length).toBe(3);
    // 400 releases on a 600 px track: still apart.
    const many = groupTicks(Array.from({ length: 400 }, (_, i) => ({ x: (i * 600) / 399 })));
    for (let i = 1; i < many.length; i++) expect(many[i]!.x - many[i - 1]!.x).toBeGreaterThanOrEqual(TICK_SPACING);
    // Uniform crowding: a tick takes about two spacings of track (its own releases, then the gap).
    expect(many.length).toBeGreaterThanOrEqual(600 / (2 * TICK_SPACING));
  });
});

describe('slider tick labels', () => {
  const measure = (s: string) => s.length * 6;
  const apart = (labels: { row: number; x0: number; x1: number }[]) =>
    labels.every((a, i) => labels.every((b, j) => i === j || a.row !== b.row || a.x1 + 8 <= b.x0 || b.x1 + 8 <= a.x0));

  it.each([3, 12, 40, 400])('never overlap, stay inside the track, and label as many ticks as fit (%i releases)', (n) => {
    const ticks = Array.from({ length: n }, (_, i) => ({ x: (i * 600) / Math.max(1, n - 1), texts: [`Release ${i}`] }));
    const labels = placeTickLabels(ticks, 600, measure);
    expect(apart(labels)).toBe(true);
    for (const l of labels) expect(l.x0 >= 0 && l.x1 <= 600).toBe(true);
    // 60 px labels 8 px apart on two rows of 600 px: all of 3 and of 12; of more, what two rows hold.
    if (n <= 12) expect(labels.length).toBe(n);
    else expect(labels.length).toBeGreaterThanOrEqual(14);
  });

  it('falls back to a shorter text where the longer one does not fit', () => {
    const labels = placeTickLabels(
      [
        { x: 0, texts: ['First release'] },
        { x: 120, texts: ['Second release · Third release', 'Second +1'] },
      ],
      600,
      measure,
      1,
    );
    expect(labels.map((l) => l.text)).toEqual(['First release', 'Second +1']);
  });
});

describe('the SVG export’s text', () => {
  it('escapes markup and drops what XML cannot hold', () => {
    expect(xmlText(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&apos;1&apos;)&quot;&gt;&amp;');
    expect(xmlText('a\u0000b\u001bc\ud800d\uffff')).toBe('abcd');
    expect(xmlText('长上下文 😀')).toBe('长上下文 😀');
  });
});

describe('labels wrapped below their node (the tree)', () => {
  it('wrap at spaces and after hyphens, and join back to the label', async () => {
    const { joinLines } = await import('../../viewer/src/render/labels.js');
    for (const lines of [['Absolute /', 'sinusoidal', 'position', 'embedding'], ['DeepSeek-R1-', 'Distill-Llama'], ['YaRN']])
      expect(joinLines(lines)).toBe(lines.join(' ').replace(/- /g, '-'));
  });
});
