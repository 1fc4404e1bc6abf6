/**
 * "Export PNG": the current view as the person sees it (layers, labels,
 * highlights, timeline backdrop) with a legend and a title, on white.
 * Sigma renders synchronously on refresh(), so the WebGL layers still hold
 * the frame when they are copied right after it.
 */
import { fontFamilyOf } from '../settings.js';
import type { ViewSigma } from './renderer.js';

export interface LegendEntry {
  color: string;
  label: string;
  count: string;
}

/** What an exported picture says besides the graph (PNG and SVG). */
export interface PictureOptions {
  title: string;
  subtitle: string;
  legend: LegendEntry[];
  legendTitle: string;
}

/** Draws the view and its legend onto a new canvas. */
export function renderPng(sigma: ViewSigma, options: PictureOptions): HTMLCanvasElement {
  const { width, height } = sigma.getDimensions();
  const ratio = Math.max(2, window.devicePixelRatio || 1);
  sigma.refresh();
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of sigma.getContainer().querySelectorAll('canvas')) {
    if (!layer.width || !layer.height) continue;
    ctx.drawImage(layer, 0, 0, out.width, out.height);
  }
  ctx.scale(ratio, ratio);
  const font = fontFamilyOf();

  // Title, top left, on a white card.
  ctx.textBaseline = 'top';
  ctx.font = `700 16px ${font}`;
  const tw = ctx.measureText(options.title).width;
  ctx.font = `12px ${font}`;
  const sw = ctx.measureText(options.subtitle).width;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.beginPath();
  ctx.roundRect(8, 8, Math.max(tw, sw) + 18, 46, 8);
  ctx.fill();
  ctx.fillStyle = '#0f172a';
  ctx.font = `700 16px ${font}`;
  ctx.fillText(options.title, 16, 14);
  ctx.fillStyle = '#64748b';
  ctx.font = `12px ${font}`;
  ctx.fillText(options.subtitle, 16, 35);

  // Legend, bottom left.
  const rowH = 18;
  ctx.font = `12px ${font}`;
  const w =
    28 +
    Math.max(ctx.measureText(options.legendTitle).width, ...options.legend.map((e) => ctx.measureText(`${e.label}  ${e.count}`).width + 8));
  const h = 30 + options.legend.length * rowH;
  const x = 14;
  const y = height - h - 14;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.strokeStyle = '#e2e8f0';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(x, y, w + 12, h, 8);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = '#64748b';
  ctx.font = `600 11px ${font}`;
  ctx.fillText(options.legendTitle.toUpperCase(), x + 10, y + 9);
  options.legend.forEach((e, i) => {
    const ry = y + 28 + i * rowH;
    ctx.fillStyle = e.color;
    ctx.beginPath();
    ctx.arc(x + 16, ry + 6, 5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#0f172a';
    ctx.font = `12px ${font}`;
    ctx.fillText(e.label, x + 28, ry);
    ctx.fillStyle = '#94a3b8';
    ctx.fillText(e.count, x + 28 + ctx.measureText(e.label).width + 8, ry);
  });
  return out;
}

/** Saves a canvas as a PNG download. */
export async function downloadPng(canvas: HTMLCanvasElement, name: string): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  download(blob, name);
}

/** Saves a blob as a download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
