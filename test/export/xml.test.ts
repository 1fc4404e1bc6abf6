// The one XML text rule: escapeXml's fast paths give what the one-pass rule gives (decoding the output yields
// xmlSafe(s), with nothing raw left that a reader could read differently), and GEXF and GraphML both apply it, so
// every line break survives xmllint, networkx and the graphology readers in both formats.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunksToText, escapeXml, gexf, graphml, xmlSafe } from '../../src/export/index.js';
import type { TechGraph } from '../../src/graph/index.js';
import { graphOf, sh, xmllint } from '../helpers.js';

const decode = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#\d+);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e] ?? String.fromCodePoint(Number(e.slice(1))),
  );

/** Anything an XML 1.0 or 1.1 reader would read differently from what it is, or could not read at all. */
const RAW =
  /[<>"\t\n\r\u0085\u2028\u2029\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&(?!(?:amp|lt|gt|quot|#\d+);)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('escapeXml', () => {
  const check = (s: string) => {
    const out = escapeXml(s);
    expect(decode(out)).toBe(xmlSafe(s));
    expect(out).not.toMatch(RAW);
  };
  it('round-trips any text', () => fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 20_000 }));
  it('round-trips text made of the characters that matter', () =>
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            '中',
            '&',
            '<',
            '>',
            '"',
            "'",
            '\t',
            '\n',
            '\r',
            '\u0001',
            '\u0085',
            '\u2028',
            '\u2029',
            '\uD83D',
            '\uDE00',
            '\uFFFE',
          ),
        }),
        check,
      ),
      { numRuns: 20_000 },
    ));
  it('returns text with nothing to escape as is', () => {
    const s = 'ver-000001 长上下文 plain';
    expect(escapeXml(s)).toBe(s);
    expect(escapeXml('a->b & "c" <d>')).toBe('a-&gt;b &amp; &quot;c&quot; &lt;d&gt;');
  });
  it('writes tab and every line break as a character reference, and keeps them in xmlSafe', () => {
    expect(escapeXml('\t\n\r\u0085\u2028\u2029')).toBe('&#9;&#10;&#13;&#133;&#8232;&#8233;');
    expect(xmlSafe('\t\n\r\r\n\u0085\r\u0085\u2028\u2029')).toBe('\t\n\r\r\n\u0085\r\u0085\u2028\u2029');
  });
});

/** Reads a GraphML file with networkx: node and edge data. */
function networkxGraphml(file: string): { nodes: Record<string, Record<string, unknown>>; edges: Record<string, Record<string, unknown>> } {
  const py = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": {n: d for n, d in g.nodes(data=True)}, "edges": {k: d for u, v, k, d in g.edges(keys=True, data=True)}}))
`;
  const r = sh('python3', ['-c', py, file]);
  if (r.status !== 0) throw new Error(`networkx failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Reads a GEXF file with networkx: node and edge attributes, edges by id. */
function networkxGexf(file: string): { nodes: Record<string, Record<string, unknown>>; edges: Record<string, Record<string, unknown>> } {
  const py = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
edges = {k: d for u, v, k, d in g.edges(keys=True, data=True)} if g.is_multigraph() else {d["id"]: d for u, v, d in g.edges(data=True)}
print(json.dumps({"nodes": {n: d for n, d in g.nodes(data=True)}, "edges": edges}))
`;
  const r = sh('python3', ['-c', py, file]);
  if (r.status !== 0) throw new Error(`networkx failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('the one XML rule in GEXF and GraphML', () => {
  // Every line break alone and in the pairs readers fold (CR LF in XML 1.0, CR NEL in XML 1.1), and tab.
  const TEXT = 'tab\t lf\n cr\r crlf\r\n nel\u0085 crnel\r\u0085 ls\u2028 ps\u2029 <&"> end';
  let graph: TechGraph;
  let dir: string;
  const edge = 'v1->adopts->yarn';
  beforeAll(async () => {
    graph = await graphOf('test/fixtures/mini');
    graph.setNodeAttribute('v1', 'label', TEXT);
    graph.setNodeAttribute('v1', 'note', TEXT);
    graph.setEdgeAttribute(edge, 'note', TEXT);
    dir = await mkdtemp(join(tmpdir(), 'tg-xml-'));
  });

  it('writes the same escaped text in both formats', () => {
    const escaped = escapeXml(TEXT);
    expect(escaped).not.toMatch(RAW);
    expect(chunksToText(gexf(graph))).toContain(`label="${escaped}"`);
    expect(chunksToText(graphml(graph))).toContain(`>${escaped}</data>`);
  });

  it('GEXF: valid for xmllint (RNG and XSD); networkx and graphology-gexf read every line break back', async () => {
    const file = join(dir, 'graph.gexf');
    const text = chunksToText(gexf(graph));
    await writeFile(file, text);
    expect(xmllint(file)).toEqual({ rng: 'valid', xsd: 'valid' });
    const nx = networkxGexf(file);
    expect(nx.nodes.v1!.label).toBe(TEXT);
    expect(nx.nodes.v1!.Note).toBe(TEXT);
    expect(nx.edges[edge]!.Note).toBe(TEXT);
    const gx = parseGexf(Graph, text, { allowUndeclaredAttributes: true });
    expect(gx.getNodeAttribute('v1', 'label')).toBe(TEXT);
    expect(gx.getNodeAttribute('v1', 'note')).toBe(TEXT);
    expect(gx.getEdgeAttribute(edge, 'note')).toBe(TEXT);
  });

  it('GraphML: well-formed for xmllint; networkx and graphology-graphml read every line break back', async () => {
    const file = join(dir, 'graph.graphml');
    const text = chunksToText(graphml(graph));
    await writeFile(file, text);
    const lint = sh('xmllint', ['--noout', file]);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(0);
    const nx = networkxGraphml(file);
    expect(nx.nodes.v1!.label).toBe(TEXT);
    expect(nx.nodes.v1!.note).toBe(TEXT);
    expect(nx.edges[edge]!.note).toBe(TEXT);
    const gx = parseGraphml(Graph, text);
    expect(gx.getNodeAttribute('v1', 'label')).toBe(TEXT);
    expect(gx.getNodeAttribute('v1', 'note')).toBe(TEXT);
    expect(gx.getEdgeAttribute(edge, 'note')).toBe(TEXT);
  });

  it('raw line breaks would not survive: the readers fold them (why the rule writes references)', async () => {
    // The same document with the characters raw: xmllint (libxml2, XML 1.0) folds CR; xmldom also folds NEL and LS.
    const raw = `<?xml version="1.0" encoding="UTF-8"?>\n<r a="${TEXT.replace(/[<&"]/g, '')}">${TEXT.replace(/[<&"]/g, '')}</r>\n`;
    const file = join(dir, 'raw.xml');
    await writeFile(file, raw);
    const { DOMParser } = await import('@xmldom/xmldom');
    const doc = new DOMParser().parseFromString(raw, 'application/xml');
    const content = doc.documentElement!.textContent!;
    expect(content).not.toContain('\r');
    expect(content).not.toContain('\u0085');
    expect(content).not.toContain('\u2028');
    expect(doc.documentElement!.getAttribute('a')).not.toContain('\t');
    const lint = sh('xmllint', ['--noout', file]);
    expect(lint.status).toBe(0);
  });
});
