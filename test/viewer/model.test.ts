// The viewer's pure parts, in Node: URL state, normalisation of foreign graphs,
// facets and filters, the time model, the timeline layout and search.
// (No sigma here: the browser test drives the page.)
import Graph from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunksToText, json } from '../../src/export/index.js';
import { build } from '../../src/graph/index.js';
import { check } from '../../src/pipeline/index.js';
import {
  alwaysLabelled,
  type Box,
  counts,
  dayOf,
  existsAt,
  type Filter,
  facets,
  LABEL_BOX_PX,
  monthIndex,
  monthKey,
  monthLabel,
  NO_FILTER,
  normalise,
  SearchIndex,
  safeUrl,
  TIMELINE_PX,
  type Timeline,
  timelineLabelBox,
  timelineLane,
  timelineLayout,
  timelineReadRadius,
  timeRange,
  type ViewGraph,
  visibility,
} from '../../viewer/src/model.js';
import { DEFAULT_STATE, parseState, serialiseState, type ViewState } from '../../viewer/src/state.js';
import { syntheticGraph, XSS_IMG, xssGraph } from './synthetic.js';

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
      layout: 'timeline',
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
    expect(v.getNodeAttributes('b')).toMatchObject({ label: 'B', kind: 'technique', color: '#2e86c1', x: 3, y: 4 });
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

describe('timeline layout', () => {
  it('orders x by date, puts versions in their family lane and other kinds in lanes of their own', () => {
    const g = mini();
    const t = timelineLayout(g, facets(g));
    const p = (id: string) => t.positions.get(id)!;
    expect(t.positions.size).toBe(g.order);
    expect(p('v1').x).toBeLessThan(p('v2').x);
    expect(p('paper').x).toBeLessThan(p('v1').x);
    expect(p('v1').y).toBe(p('v2').y);
    expect(t.lanes.map((l) => l.key)).toEqual(['family:fam', 'kind:family', 'kind:technique', 'kind:motivation', 'kind:source']);
    for (const lane of t.lanes) expect(lane.top).toBeGreaterThan(lane.bottom);
    // Lanes do not overlap.
    for (let i = 1; i < t.lanes.length; i++) expect(t.lanes[i]!.top).toBeLessThan(t.lanes[i - 1]!.bottom);
    expect(t.xOfMonth(monthIndex('2024-01'))).toBeLessThan(t.xOfMonth(monthIndex('2024-06')));
  });

  it('gives distinct positions to the nodes of a big synthetic graph', () => {
    const g = normalise(Graph.from(syntheticGraph(2000, 2, 3) as never));
    const t = timelineLayout(g, facets(g));
    const seen = new Set([...t.positions.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(seen.size).toBe(g.order);
  });
});

/** Nodes that share lane and date (a date's block), in graph order. */
function sameDate(g: ViewGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  g.forEachNode((id, a) => {
    const k = `${timelineLane(a)} ${a.since}`;
    (out.get(k) ?? out.set(k, []).get(k)!).push(id);
  });
  return out;
}

const meets = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * At the reading scale, in every date's block: no two label boxes meet (so
 * boxes in one column are at least a label height apart, centre to centre),
 * and no label covers another node of the block. Also: each node (disc
 * included) inside its lane, lanes apart, and nothing of the lane drawn on a
 * multi-column block's labels.
 */
function expectReadable(g: ViewGraph, t: Timeline): void {
  const box = (id: string) => timelineLabelBox(g.getNodeAttributes(id), t.positions.get(id)!);
  const disc = (id: string): Box => {
    const p = t.positions.get(id)!;
    const r = timelineReadRadius(g.getNodeAttributes(id));
    return { x0: p.x - r, x1: p.x + r, y0: p.y - r, y1: p.y + r };
  };
  const problems: string[] = [];
  for (const [key, ids] of sameDate(g)) {
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        if (a < b && meets(box(a), box(b))) problems.push(`${key}: labels of ${a} and ${b} meet`);
        if (meets(box(a), disc(b))) problems.push(`${key}: the label of ${a} covers ${b}`);
        const pa = t.positions.get(a)!;
        const pb = t.positions.get(b)!;
        if (a < b && pa.x === pb.x && Math.abs(pa.y - pb.y) < LABEL_BOX_PX / TIMELINE_PX)
          problems.push(`${key}: ${a} and ${b} less than a label height apart`);
      }
    }
    // A block of several columns: no node of the lane (any date) on its labels.
    if (new Set(ids.map((id) => t.positions.get(id)!.x)).size > 1) {
      const lane = timelineLane(g.getNodeAttributes(ids[0]!));
      const others = g.filterNodes((id, a) => timelineLane(a) === lane && !ids.includes(id));
      for (const a of ids) for (const o of others) if (meets(box(a), disc(o))) problems.push(`${key}: ${o} on the label of ${a}`);
    }
  }
  expect(problems).toEqual([]);
  for (let i = 1; i < t.lanes.length; i++) expect(t.lanes[i]!.top).toBeLessThan(t.lanes[i - 1]!.bottom);
  const lanes = new Map(t.lanes.map((l) => [l.key, l]));
  g.forEachNode((id, a) => {
    const lane = lanes.get(timelineLane(a))!;
    const d = disc(id);
    expect(d.y1, id).toBeLessThanOrEqual(lane.top + 1e-9);
    expect(d.y0, id).toBeGreaterThanOrEqual(lane.bottom - 1e-9);
  });
}

describe('timeline layout: crowded dates', () => {
  let qwen: ViewGraph;
  beforeAll(async () => {
    const r = await check({ data: 'graph-data' });
    if (!r.ok) throw new Error('graph-data does not validate');
    qwen = normalise(Graph.from(JSON.parse(chunksToText(json(build(r.facts)))) as never));
  });

  it('lays the Qwen data’s 33 techniques of 2023-08-03 out in columns whose labels do not meet', () => {
    const t = timelineLayout(qwen, facets(qwen));
    const block = sameDate(qwen).get('kind:technique 2023-08-03')!;
    expect(block.length).toBe(33);
    const columns = new Set(block.map((id) => t.positions.get(id)!.x));
    expect(columns.size).toBeGreaterThan(1);
    expectReadable(qwen, t);
    // Still a timeline: the next technique date comes after the block, versions in date order.
    const after = qwen.filterNodes((_id, a) => a.kind === 'technique' && a.since > '2023-08-03').map((id) => t.positions.get(id)!.x);
    expect(Math.min(...after)).toBeGreaterThan(
      Math.max(...block.map((id) => timelineLabelBox(qwen.getNodeAttributes(id), t.positions.get(id)!).x1)),
    );
    const versions = qwen
      .filterNodes((_id, a) => a.kind === 'version')
      .sort((a, b) => (qwen.getNodeAttribute(a, 'since') < qwen.getNodeAttribute(b, 'since') ? -1 : 1));
    for (let i = 1; i < versions.length; i++)
      expect(t.positions.get(versions[i]!)!.x).toBeGreaterThan(t.positions.get(versions[i - 1]!)!.x);
  });

  it('is the same whatever order the nodes come in', () => {
    const a = timelineLayout(qwen, facets(qwen));
    const shuffled = new Graph({ type: 'directed', multi: true }) as unknown as ViewGraph;
    const ids = qwen.nodes();
    for (const id of [...ids.filter((_, i) => i % 2), ...ids.filter((_, i) => !(i % 2))].reverse())
      shuffled.addNode(id, { ...qwen.getNodeAttributes(id) });
    qwen.forEachEdge((e, attrs, s, t) => void shuffled.addDirectedEdgeWithKey(e, s, t, { ...attrs }));
    const b = timelineLayout(shuffled, facets(shuffled));
    for (const id of ids) expect(b.positions.get(id), id).toEqual(a.positions.get(id));
  });

  it('keeps big synthetic blocks readable: 120 nodes on one date, labels of every length, in English and Chinese', () => {
    const g = mini();
    for (let i = 0; i < 120; i++) {
      const words = ['Attention', 'sparse', 'rotary', 'grouped', 'mixture', 'of', 'experts', 'scaling'].slice(0, 1 + ((i * 7) % 8));
      g.addNode(`t${i}`, {
        kind: 'technique',
        since: '2023-08-03',
        label: words.join(' '),
        labels: i % 3 ? {} : { zh: '长'.repeat(1 + (i % 11)) },
        aliases: [],
        x: 0,
        y: 0,
        size: 4 + (i % 9),
        color: '#000000',
      });
    }
    for (let i = 0; i < 12; i++)
      g.addNode(`m${i}`, {
        kind: 'technique',
        since: `2023-0${1 + (i % 9)}-15`,
        label: `Method number ${i}`,
        labels: {},
        aliases: [],
        x: 0,
        y: 0,
        size: 8,
        color: '#000000',
      });
    const t = timelineLayout(g, facets(g));
    expect(
      new Set(
        sameDate(g)
          .get('kind:technique 2023-08-03')!
          .map((id) => t.positions.get(id)!.x),
      ).size,
    ).toBeGreaterThan(2);
    expectReadable(g, t);
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
