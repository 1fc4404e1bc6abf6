// Mermaid export, parsed by mermaid's own flowchart parser (headless, in jsdom).
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunksToText, mermaidText, mermaid as mmd } from '../../src/export/index.js';
import { graphOf } from '../helpers.js';

interface Vertex {
  id: string;
  text: string;
  type: string;
  classes: string[];
}
interface Edge {
  start: string;
  end: string;
  text: string;
  stroke: string;
  type: string;
}
interface FlowDb {
  getVertices(): Map<string, Vertex>;
  getEdges(): Edge[];
  getSubGraphs(): { id: string; title: string; nodes: string[] }[];
}
interface Mermaid {
  initialize(c: object): void;
  parse(text: string): Promise<{ diagramType: string }>;
  mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: FlowDb }> };
}

let mermaid: Mermaid;

beforeAll(async () => {
  // mermaid sanitises labels with DOMPurify, which needs a DOM.
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
  mermaid.initialize({ startOnLoad: false });
});

/** Label text as mermaid renders it: its entity placeholders and then HTML entities decoded. */
function decoded(text: string): string {
  const html = text.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  const el = new JSDOM('').window.document.createElement('textarea');
  el.innerHTML = html;
  return el.value;
}

async function parsed(text: string) {
  expect(await mermaid.parse(text)).toMatchObject({ diagramType: 'flowchart-v2' });
  const { db } = await mermaid.mermaidAPI.getDiagramFromText(text);
  const vertices = [...db.getVertices().values()];
  const label = (id: string) => decoded(vertices.find((v) => v.id === id)?.text ?? db.getSubGraphs().find((g) => g.id === id)!.title);
  return { db, vertices, label, edges: db.getEdges().map((e) => `${e.start} ${e.stroke}${e.text ? `|${e.text}|` : ''} ${e.end}`) };
}

describe('graph.mmd of the mini fixture', () => {
  it('parses as a flowchart: the version chain in its family, a box of the techniques each version introduces, one of what it drops', async () => {
    const graph = await graphOf('test/fixtures/mini');
    const text = chunksToText(mmd(graph));
    const { db, label, edges, vertices } = await parsed(text);
    expect(vertices.map((v) => v.id).sort()).toEqual(['d_v2', 'i_v1', 'i_v2', 'v_v1', 'v_v2']);
    expect(label('v_v1')).toBe('Model 1<br>2024-01-15');
    expect(label('v_v2')).toBe('Model 2<br>2024-06');
    expect(label('i_v1')).toBe('RoPE<br>YaRN');
    expect(label('i_v2')).toBe('GQA');
    expect(label('d_v2')).toBe('YaRN');
    expect(edges.sort()).toEqual(['v_v1 normal i_v1', 'v_v1 thick|succeeded by| v_v2', 'v_v2 dotted|drops| d_v2', 'v_v2 normal i_v2']);
    expect(db.getSubGraphs().map((s) => ({ id: s.id, title: s.title, nodes: [...s.nodes].sort() }))).toEqual([
      { id: 'f_fam', title: 'Fam', nodes: ['v_v1', 'v_v2'] },
    ]);
    expect(vertices.find((v) => v.id === 'v_v1')!.classes).toEqual(['version']);
    expect(vertices.find((v) => v.id === 'i_v1')!.classes).toEqual(['technique']);
    expect(vertices.find((v) => v.id === 'd_v2')!.classes).toEqual(['dropped']);
    expect(text.split('\n').length).toBeLessThan(20);
    expect(chunksToText(mmd(await graphOf('test/fixtures/mini')))).toBe(text);
  });

  it('lists each technique once per family, at the release that introduced it; every release of the data is drawn', async () => {
    const graph = await graphOf('graph-data');
    const { label, vertices, edges } = await parsed(chunksToText(mmd(graph)));
    const releases = graph.filterNodes((_, a) => a.kind === 'version' || a.kind === 'model');
    expect(
      vertices
        .filter((v) => v.classes.includes('version') || v.classes.includes('model'))
        .map((v) => v.id)
        .sort(),
    ).toEqual(
      releases.map((v) => `${graph.getNodeAttribute(v, 'kind') === 'model' ? 'm' : 'v'}_${v.replace(/[^A-Za-z0-9_]/g, '_')}`).sort(),
    );
    const listed = vertices.filter((v) => v.id.startsWith('i_')).flatMap((v) => label(v.id).split('<br>'));
    // Each line: the technique's name shown, then the sizes or sub-models it was brought in for.
    const introduced = graph
      .filterEdges((_, a) => a.relation === 'introduces')
      .map((e) => {
        const t = graph.getNodeAttributes(graph.target(e));
        const scope = graph.getEdgeAttribute(e, 'scope');
        return `${t.display ?? t.label}${scope ? ` [${scope.join(', ')}]` : ''}`;
      });
    expect(listed.sort()).toEqual(introduced.sort());
    expect(label('i_qwen2')).toContain('YaRN');
    expect(label('i_qwen1_5').split('<br>')).toContain('Grouped-query attention [32B, 110B]');
    // Cross-family arrows read in the relation's direction: R1 is based on V3, the distilled models come from R1.
    expect(edges).toContain('v_deepseek_r1 dotted|based on| v_deepseek_v3');
    expect(edges).toContain('m_deepseek_r1_distill_qwen dotted|distilled from| v_deepseek_r1');
  });
});

describe('graph.mmd of hostile strings and awkward ids', () => {
  it('keeps every label intact through mermaid, with keyword-safe ids and cross-family bases', async () => {
    const graph = await graphOf('test/fixtures/exports-hostile');
    const text = chunksToText(mmd(graph));
    const { label, edges, db } = await parsed(text);
    expect(label('f_end')).toBe('End <family> & "co"');
    expect(label('v_v_1_0')).toBe('V "1"<br>2023-03');
    expect(label('i_v_1_0')).toBe('A <b>bold</b><br>B');
    expect(label('f_other_fam')).toBe('Other');
    // Only the line break is markup: the labels' own angle brackets and quotes stay text.
    const raw = (id: string) => db.getVertices().get(id)!.text;
    expect(raw('i_v_1_0')).toMatch(/^[^<>"]*<br>[^<>"]*$/);
    expect(edges.sort()).toEqual([
      'v_v_1_0 normal i_v_1_0',
      'v_v_1_0 thick|succeeded by| v_v_2',
      'v_v_2 dotted|drops| d_v_2',
      'v_v_2 normal i_v_2',
      'v_w dotted|based on| v_v_2',
      'v_w normal i_w',
    ]);
    expect(
      db
        .getSubGraphs()
        .map((s) => s.id)
        .sort(),
    ).toEqual(['f_end', 'f_other_fam']);
  });

  it('writes the characters mermaid would read as syntax or markup as entity codes', () => {
    expect(mermaidText('a "b" <c> & #d `e`\nf\u0001g')).toBe('a #34;b#34; #60;c#62; #38; #35;d #96;e#96; f g');
  });
});

describe('the documented Qwen diagram', () => {
  it('is exports/graph.mmd, verbatim, in docs/exports.md', () => {
    const mmdText = readFileSync('exports/graph.mmd', 'utf8');
    const blocks = ['docs/exports.md']
      .filter((f) => existsSync(f))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!))
      .filter((b) => b.startsWith(mmdText.split('\n')[0]!));
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(b).toBe(mmdText);
  });
});
