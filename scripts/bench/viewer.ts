/**
 * The viewer's time to first render and hover on a benchmark export, in
 * headless Chromium (/usr/bin/chromium through playwright-core): the viewer
 * is built once with Vite, served by the server of `techgraph serve` next
 * to the export, and opened in a fresh browser context per run (no cache). Time to first
 * render is the page's clock (ms since navigation) when the first frame after
 * sigma's first render is on screen; fetch, parse and sigma set-up are
 * recorded alongside. Hover is the page's clock from the pointer moving onto
 * a node to the first frame after sigma's `enterNode` (the neighbourhood lit).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../src/project/index.js';
import { CHROMIUM_PATH, launchChromium } from '../chromium.mjs';
import { buildViewerInto } from '../vite-build.mjs';
import type { Sample } from './measure.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Page timings the viewer publishes on window.__techgraph. */
interface Timings {
  fetchMs?: number;
  parseMs?: number;
  sigmaMs?: number;
  firstFrame?: number;
  nodes?: number;
}

/** Newest modification time of the files under `dir`. */
function newest(dir: string): number {
  return Math.max(0, ...(readdirSync(dir, { recursive: true }) as string[]).map((f) => statSync(join(dir, f)).mtimeMs));
}

/** Builds the viewer into `dist` (Vite), unless `dist` is newer than every file of viewer/. */
export function buildViewer(dist: string): void {
  const index = join(dist, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs > newest(join(ROOT, 'viewer'))) return;
  buildViewerInto(dist);
}

/** Opens `exportsDir/graph.json` in the viewer `runs` times: seconds to first frame (with the breakdown of the median run), and seconds from pointer to lit frame on hover. */
export async function viewerTimes(
  dist: string,
  exportsDir: string,
  runs: number,
  timeoutMs = 180_000,
): Promise<{ render: Sample; hover: Sample }> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing (apt-get install chromium)`);
  const server = await startServer({ port: 0, viewer: dist, exports: exportsDir });
  const browser = await launchChromium();
  try {
    const all: Timings[] = [];
    const hovers: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => window.__techgraph?.ready === true && !!window.__techgraph.timings.firstFrame, null, {
        timeout: timeoutMs,
      });
      all.push(await page.evaluate(() => ({ ...window.__techgraph!.timings }) as Timings));
      await page.waitForTimeout(500);
      // The visible node nearest the middle of the canvas, and clocks on the pointer, enterNode and the next frame.
      const at = await page.evaluate(() => {
        const s = window.__techgraph!.sigma;
        const { width, height } = s.getDimensions();
        let best = { d: Infinity, x: 0, y: 0 };
        window.__techgraph!.graph.forEachNode((n) => {
          const data = s.getNodeDisplayData(n);
          if (!data || data.hidden) return;
          const v = s.framedGraphToViewport(data);
          const d = Math.hypot(v.x - width / 2, v.y - height / 2);
          if (d < best.d) best = { d, x: v.x, y: v.y };
        });
        const m: Record<string, number> = {};
        (window as unknown as { __hover: Record<string, number> }).__hover = m;
        s.getContainer().addEventListener('mousemove', () => void (m.move ??= performance.now()), true);
        s.on('enterNode', () => requestAnimationFrame(() => void (m.frame ??= performance.now())));
        const r = s.getContainer().getBoundingClientRect();
        return { x: r.left + best.x, y: r.top + best.y };
      });
      await page.mouse.move(at.x, at.y);
      await page.waitForFunction(() => !!(window as unknown as { __hover: Record<string, number> }).__hover.frame, null, {
        timeout: timeoutMs,
      });
      const m = await page.evaluate(() => (window as unknown as { __hover: Record<string, number> }).__hover);
      hovers.push((m.frame! - m.move!) / 1000);
      await context.close();
    }
    const sorted = [...all].sort((a, b) => a.firstFrame! - b.firstFrame!);
    const mid = sorted[sorted.length >> 1]!;
    const ms = (x: number | undefined) => `${Math.round(x ?? 0)}`;
    return {
      render: {
        seconds: all.map((t) => t.firstFrame! / 1000),
        note: `fetch ${ms(mid.fetchMs)} + parse ${ms(mid.parseMs)} + sigma ${ms(mid.sigmaMs)} ms`,
      },
      hover: { seconds: hovers },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
