// Build: facts → graph, inferred relations and the time model.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, newGraph } from '../src/graph/index.js';
import { check } from '../src/pipeline/index.js';

async function graphFrom(yaml: string) {
  const dir = await mkdtemp(join(tmpdir(), 'tg-build-'));
  await writeFile(join(dir, 'f.yaml'), yaml);
  const r = await check({ data: dir });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return build(r.facts);
}

describe('build', () => {
  it('infers pursues (with the techniques it goes through) and the first adopter per family', async () => {
    const g = await graphFrom(`
families: [{ id: f }, { id: other }]
sources: [{ id: s }]
versions:
  - { id: a1, in_family: f, released: 2023-01, sources: s, adopts: [t1] }
  - { id: a2, in_family: f, released: 2024-01-05, succeeds: a1, sources: s, adopts: [t1, t2, { target: t3, status: disputed }] }
  - { id: b1, in_family: other, released: 2022, sources: s, adopts: [t2] }
techniques:
  - { id: t1, sources: s, serves: m }
  - { id: t2, sources: s, serves: [m, n] }
  - { id: t3, sources: s, serves: n }
motivations: [{ id: m }, { id: n }]
`);
    const inferred = g.filterEdges((_, a) => a.inferred).map((e) => [e, g.getEdgeAttribute(e, 'via') ?? null]);
    expect(inferred).toEqual([
      ['a1->pursues->m', ['t1']],
      ['a2->pursues->m', ['t1', 't2']],
      ['a2->pursues->n', ['t2']], // not t3: a disputed adoption does not count
      ['b1->pursues->m', ['t2']],
      ['b1->pursues->n', ['t2']],
      ['a1->introduces->t1', null],
      ['a2->introduces->t2', null], // first in family f, although b1 had it earlier in another family
      ['b1->introduces->t2', null],
    ]);
    expect(g.getEdgeAttributes('a2->adopts->t3')).toMatchObject({ status: 'disputed', inferred: false });
  });

  it('dates every node by what brings it, and every edge by its later end', async () => {
    const g = await graphFrom(`
sources: [{ id: paper, date: 2021-04 }, { id: undated }]
versions:
  - { id: v1, released: 2023-08-03, sources: undated, adopts: [child] }
  - { id: v2, released: 2024-06, sources: undated, adopts: [late], succeeds: v1 }
techniques:
  - { id: child, sources: undated, extends: parent, introduced_in: paper }
  - { id: parent, sources: undated, serves: goal }
  - { id: late, sources: undated, serves: goal }
  - { id: orphan, sources: undated }
motivations: [{ id: goal }]
`);
    const since = Object.fromEntries(g.mapNodes((n, a) => [n, a.since]));
    expect(since).toEqual({
      child: '2023-08-03',
      goal: '2023-08-03', // brought by parent, brought by child, brought by v1
      late: '2024-06-01',
      orphan: '2021-04-01', // reached by nothing dated: the start of the timeline
      paper: '2021-04-01', // sources keep their own date
      parent: '2023-08-03',
      undated: '2021-04-01',
      v1: '2023-08-03',
      v2: '2024-06-01',
    });
    expect(g.getAttributes()).toMatchObject({ start: '2021-04-01', end: '2025-12-31' });
    expect(g.getEdgeAttribute('child->introduced_in->paper', 'since')).toBe('2023-08-03');
    expect(g.getEdgeAttribute('v2->succeeds->v1', 'since')).toBe('2024-06-01');
  });

  it('shows no value for a fact whose every claim is disputed, but keeps the claims', async () => {
    const g = await graphFrom(`
sources: [{ id: seed }]
versions:
  - id: v
    sft_examples: { value: 30万, sources: seed, status: disputed, quote: 30万 }
    vocabulary: [{ value: 148K, sources: seed, status: disputed }, { value: "151,646", sources: seed }]
`);
    const a = g.getNodeAttributes('v');
    expect(a.sft_examples).toBeUndefined();
    expect(a.claims.sft_examples).toEqual([{ value: 300000, text: '30万', sources: ['seed'], status: 'disputed', quote: '30万' }]);
    expect(a.conflicts).toEqual(['vocabulary', 'sft_examples']); // registry order
    expect(a.vocabulary).toBe(151646); // the non-disputed claim leads even when written second
  });
});

describe('node ids named like Object.prototype members (issue 15, class 1)', () => {
  const NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__proto__', '__defineGetter__'];

  it("newGraph keeps graphology's neighbour indexes free of the prototype: edges, neighbours and look-ups work", () => {
    const g = newGraph({ type: 'directed', multi: true });
    for (const n of [...NAMES, 'x']) g.addNode(n);
    for (const n of NAMES) {
      g.addDirectedEdgeWithKey(`x->${n}`, 'x', n);
      g.addDirectedEdgeWithKey(`x->${n}-2`, 'x', n); // a second (parallel) edge chains onto the first
      g.addDirectedEdgeWithKey(`${n}->x`, n, 'x');
    }
    for (const n of NAMES) {
      expect(g.outNeighbors(n)).toEqual(['x']);
      expect(g.inEdges(n).sort()).toEqual([`x->${n}`, `x->${n}-2`]);
      expect(g.hasDirectedEdge('x', n)).toBe(true);
      expect(g.hasEdge(n, 'x')).toBe(true);
      expect(g.hasUndirectedEdge('x', n)).toBe(false);
      expect(g.areNeighbors('x', n)).toBe(true);
    }
    expect(g.outNeighbors('x').sort()).toEqual([...NAMES].sort());
    expect(g.hasDirectedEdge('x', 'propertyIsEnumerable')).toBe(false);
    g.clearEdges();
    expect(g.size).toBe(0);
    g.addDirectedEdge('x', 'constructor');
    expect(g.outNeighbors('x')).toEqual(['constructor']);
  });

  it('the build takes them as ids (those the id pattern allows) and relates them', async () => {
    const g = await graphFrom(`
sources: [{ id: s }]
techniques:
  - { id: constructor, sources: s }
  - { id: toString, sources: s, extends: constructor }
  - { id: valueOf, sources: s, extends: [toString, constructor], complements: hasOwnProperty }
  - { id: hasOwnProperty, sources: s }
`);
    expect(g.outNeighbors('valueOf').sort()).toEqual(['constructor', 'hasOwnProperty', 'toString']);
    expect(g.inNeighbors('constructor').sort()).toEqual(['toString', 'valueOf']);
  });
});
