/**
 * "Export SVG": the current view as vector graphics: the visible edges
 * (arrows, curved where parallel), nodes, the labels and relation pills the
 * placer drew (same text, same place), a title and a legend.
 * Every text from the data is XML-escaped (and characters XML cannot hold are
 * dropped), so a label is characters, never markup.
 */
import { SETTINGS } from '../settings.js';
import type { PlacedLabel } from './labels.js';
import type { PictureOptions } from './png.js';
import type { ViewSigma } from './renderer.js';

/** Text as XML character data or attribute value. */
export function xmlText(s: string): string {
  return (
    s
      // Characters XML 1.0 cannot hold: C0 controls but tab, newline, return; lone surrogates; U+FFFE/U+FFFF.
      .replace(
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        '',
      )
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const n = (x: number) => (Math.round(x * 10) / 10).toString();

/** The SVG document of what `sigma` shows now, with `labels` as the placer drew them. */
export function renderSvg(
  sigma: ViewSigma,
  labels: readonly PlacedLabel[],
  pills: readonly PlacedLabel[],
  options: PictureOptions,
  font: string,
): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${xmlText(font)}">`,
    `<title>${xmlText(options.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="context-stroke"/></marker></defs>',
  );
  const view = (id: string) => {
    const d = sigma.getNodeDisplayData(id)!;
    return { ...sigma.framedGraphToViewport(d), r: sigma.scaleSize(d.size), d };
  };
  const edges: { z: number; svg: string }[] = [];
  graph.forEachEdge((e, _a, s, t) => {
    const d = sigma.getEdgeDisplayData(e);
    if (!d || d.hidden) return;
    const a = view(s);
    const b = view(t);
    if (a.d.hidden || b.d.hidden) return;
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    // From the rim of the source to the rim of the target.
    const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
    const x0 = a.x + ux * a.r;
    const y0 = a.y + uy * a.r;
    const x1 = b.x - ux * b.r;
    const y1 = b.y - uy * b.r;
    const k = (d as { curvature?: number }).curvature ?? 0;
    // The control point of a curved edge, as @sigma/edge-curve draws it (see labels.ts drawEdgeLabel).
    const cx = (a.x + b.x) / 2 + uy * len * k;
    const cy = (a.y + b.y) / 2 - ux * len * k;
    const path = k ? `M${n(x0)} ${n(y0)}Q${n(cx)} ${n(cy)} ${n(x1)} ${n(y1)}` : `M${n(x0)} ${n(y0)}L${n(x1)} ${n(y1)}`;
    const arrow = d.type === 'arrow' ? ' marker-end="url(#arrow)"' : '';
    edges.push({
      z: d.zIndex ?? 0,
      svg: `<path d="${path}" fill="none" stroke="${xmlText(d.color)}" stroke-width="${n(Math.max(1, d.size))}"${arrow}/>`,
    });
  });
  out.push('<g class="edges">', ...edges.sort((p, q) => p.z - q.z).map((e) => e.svg), '</g>');
  const nodes: { z: number; svg: string }[] = [];
  graph.forEachNode((id) => {
    const v = view(id);
    if (v.d.hidden) return;
    const halo = v.d.highlighted ? ` stroke="#0f172a" stroke-width="2"` : ` stroke="#ffffff" stroke-width="1"`;
    nodes.push({ z: v.d.zIndex ?? 0, svg: `<circle cx="${n(v.x)}" cy="${n(v.y)}" r="${n(v.r)}" fill="${xmlText(v.d.color)}"${halo}/>` });
  });
  out.push('<g class="nodes">', ...nodes.sort((p, q) => p.z - q.z).map((x) => x.svg), '</g>');
  const L = SETTINGS.label;
  out.push(
    `<g class="labels" fill="${L.color}" stroke="#ffffff" stroke-width="${L.haloWidth}" stroke-linejoin="round" paint-order="stroke">`,
    ...labels.map((l) => {
      const [weight, size] = l.font.split(' ');
      // One tspan per line; the spaces the lines were wrapped at stay in the text.
      const lines = l.lines.map(
        (x, i) =>
          `<tspan x="${n(x.x)}" y="${n(x.baseline)}">${xmlText(x.text)}${i < l.lines.length - 1 && !x.text.endsWith('-') ? ' ' : ''}</tspan>`,
      );
      return `<text font-weight="${xmlText(weight ?? '500')}" font-size="${xmlText(size ?? '13px')}">${lines.join('')}</text>`;
    }),
    '</g>',
    '<g class="edge-labels">',
    ...pills.map((p) => {
      const E = SETTINGS.edgeLabel;
      const h = p.y1 - p.y0;
      return `<rect x="${n(p.x0)}" y="${n(p.y0)}" width="${n(p.x1 - p.x0)}" height="${n(h)}" rx="${n(h / 2)}" fill="#ffffff" stroke="${E.border}"/><text x="${n(p.lines[0]!.x)}" y="${n(p.lines[0]!.baseline)}" font-size="${E.size}" font-weight="${E.weight}" dominant-baseline="middle" fill="${E.color}">${xmlText(p.text)}</text>`;
    }),
    '</g>',
  );
  // Title and legend.
  out.push(
    `<text x="16" y="28" font-size="16" font-weight="700" fill="#0f172a">${xmlText(options.title)}</text>`,
    `<text x="16" y="46" font-size="12" fill="#64748b">${xmlText(options.subtitle)}</text>`,
  );
  const top = height - 30 - options.legend.length * 18;
  out.push(
    `<text x="24" y="${n(top)}" font-size="11" font-weight="600" fill="#64748b">${xmlText(options.legendTitle.toUpperCase())}</text>`,
  );
  options.legend.forEach((e, i) => {
    const y = top + 18 + i * 18;
    out.push(
      `<circle cx="28" cy="${n(y - 4)}" r="5" fill="${xmlText(e.color)}"/>`,
      `<text x="40" y="${n(y)}" font-size="12" fill="#0f172a">${xmlText(e.label)} <tspan fill="#94a3b8">${xmlText(e.count)}</tspan></text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
