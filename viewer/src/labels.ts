/**
 * Label drawing for sigma: text with a white halo so it stays readable over
 * edges, versions and families in bold, and a hover card. Labels are drawn on
 * a canvas (fillText), so markup in a label is just characters.
 */
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type Data = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { kind?: unknown };

const BOLD = new Set(['version', 'family']);
const MAX = 48;

const clip = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);

function font(data: Data, settings: Settings): { size: number; css: string } {
  const bold = BOLD.has(String(data.kind));
  const size = bold ? settings.labelSize + 1 : settings.labelSize;
  return { size, css: `${bold ? '650' : settings.labelWeight} ${size}px ${settings.labelFont}` };
}

export function drawLabel(ctx: CanvasRenderingContext2D, data: Data, settings: Settings): void {
  if (!data.label) return;
  const { size, css } = font(data, settings);
  const text = clip(data.label);
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  ctx.font = css;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3.5;
  ctx.strokeStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = settings.labelColor.color ?? '#1e293b';
  ctx.fillText(text, x, y);
}

export function drawHover(ctx: CanvasRenderingContext2D, data: Data, settings: Settings): void {
  const { size, css } = font(data, settings);
  ctx.font = css;
  const text = data.label ? clip(data.label) : '';
  const pad = 4;
  const r = data.size + pad;
  ctx.save();
  ctx.shadowColor = 'rgba(15,23,42,0.28)';
  ctx.shadowBlur = 10;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  if (text) {
    const w = ctx.measureText(text).width;
    const h = size + 2 * pad + 2;
    ctx.roundRect(data.x - r, data.y - Math.max(r, h / 2), 2 * r + w + 8, Math.max(2 * r, h), Math.max(r, h / 2));
  } else ctx.arc(data.x, data.y, r, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  if (text) {
    ctx.fillStyle = '#0f172a';
    ctx.fillText(text, data.x + data.size + 4, data.y + size / 3);
  }
}
