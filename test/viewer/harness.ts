// The browser tests' harness: builds the viewer and the exports into a temp folder (the Qwen data as
// graph.json and graph.gexf, the three-families fixture as three.json, synthetic and hostile graphs), serves
// them with the server of `techgraph serve`, drives Debian's Chromium (/usr/bin/chromium, via playwright-core; fails, never
// skips, without it), and gives the suites what they share: opening the page, collecting problems, drawn
// labels, screenshots (test/artifacts/, git-ignored, for a person to look at) and dropping files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { buildViewerInto } from '../../scripts/vite-build.mjs';
import { startServer } from '../../src/project/index.js';
import type { QueryGraph } from '../../src/query/index.js';
import { chainGraph, releasesGraph, type SerializedGraph, syntheticGraph, xssGraph } from './synthetic.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export { ARTIFACTS } from '../helpers.js';

import { ARTIFACTS } from '../helpers.js';
/** Length of the lineage chain served as chain.json (hostile class 3). */
export const CHAIN = 20_000;

/** What the suites share once the harness is up. */
export const H = {
  work: '',
  exportsDir: '',
  server: null as Awaited<ReturnType<typeof startServer>> | null,
  context: null as BrowserContext | null,
  qwen: null as unknown as SerializedGraph,
  qwenGraph: null as unknown as QueryGraph,
  three: null as unknown as SerializedGraph,
  timings: {} as Record<string, unknown>,
};

function build(data: string, out: string): SerializedGraph {
  execFileSync(
    process.execPath,
    [join(ROOT, 'bin/techgraph.mjs'), 'build', '--data', data, '--out', out, '--format', 'json,gexf', '--quiet'],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  return JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as SerializedGraph;
}

export async function setUp(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  H.work = mkdtempSync(join(tmpdir(), 'techgraph-viewer-'));
  const dist = join(H.work, 'dist');
  H.exportsDir = join(H.work, 'exports');
  buildViewerInto(dist);

  H.qwen = build(join(ROOT, 'graph-data'), H.exportsDir);
  H.qwenGraph = Graph.from(H.qwen as never) as unknown as QueryGraph;
  H.three = build(join(ROOT, 'test/fixtures/three-families'), join(H.work, 'three'));
  writeFileSync(join(H.exportsDir, 'three.json'), JSON.stringify(H.three));
  writeFileSync(join(H.exportsDir, 'xss.json'), JSON.stringify(xssGraph()));
  writeFileSync(join(H.exportsDir, 'synthetic-10k.json'), JSON.stringify(syntheticGraph(10_000, 3)));
  writeFileSync(join(H.exportsDir, 'releases-40.json'), JSON.stringify(releasesGraph(40)));
  writeFileSync(join(H.exportsDir, 'chain.json'), JSON.stringify(chainGraph(CHAIN)));
  H.server = await startServer({ port: 0, viewer: dist, exports: H.exportsDir });
  H.context = await chromium.launchPersistentContext(join(H.work, 'profile'), {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    headless: true,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
}

export async function tearDown(): Promise<void> {
  await H.context?.close();
  await H.server?.close();
  writeFileSync(join(ARTIFACTS, 'viewer-timings.json'), `${JSON.stringify(H.timings, null, 2)}\n`);
  if (H.work) rmSync(H.work, { recursive: true, force: true });
}

export interface Opened {
  page: Page;
  problems: string[];
}

/** Opens the viewer at `query` and waits until the first frame is on screen. Collects console errors, page errors and dialogs. */
export async function open(query = '', timeout = 30_000): Promise<Opened> {
  const page = await H.context!.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog (${d.type()}): ${d.message()}`);
    void d.dismiss();
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(H.server!.url + query);
  await page.waitForFunction(() => window.__techgraph?.ready === true && !!window.__techgraph.timings.firstFrame, null, { timeout });
  return { page, problems };
}

/** Ends a test: no console error, no page error, no dialog, no failed request. */
export async function done({ page, problems }: Opened): Promise<void> {
  await page.waitForTimeout(150);
  await page.close();
  expect(problems).toEqual([]);
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `viewer-${name}.png`) });

export const display = (page: Page, id: string) =>
  page.evaluate((id) => {
    const d = window.__techgraph!.sigma.getNodeDisplayData(id);
    return d ? { hidden: d.hidden, highlighted: d.highlighted, color: d.color, label: d.label, x: d.x, y: d.y } : null;
  }, id);

/** Where a node is on the page (CSS pixels). */
export const screenPos = (page: Page, id: string) =>
  page.evaluate((id) => {
    const s = window.__techgraph!.sigma;
    const v = s.framedGraphToViewport(s.getNodeDisplayData(id)!);
    const r = s.getContainer().getBoundingClientRect();
    return { x: r.left + v.x, y: r.top + v.y };
  }, id);

export interface PngDecoder {
  __decodePng: (base64: string) => Promise<ImageData>;
}

/** Gives the page `__decodePng(base64)`: a PNG's pixels. */
export const installPngDecoder = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as PngDecoder).__decodePng = async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height);
    };
  });

export interface Box {
  key: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Pairs of boxes that overlap. */
export function overlaps(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push(`${a.key} × ${b.key}`);
    }
  }
  return out;
}

/** The labels drawn in the last frame, and the canvas's size. */
export const drawnLabels = (page: Page) =>
  page.evaluate(() => ({ labels: window.__techgraph!.labels(), ...window.__techgraph!.sigma.getDimensions() }));

/** Labels outside a canvas of `width` × `height`. */
export const outside = (d: { labels: Box[]; width: number; height: number }) =>
  d.labels.filter((l) => l.x0 < 0 || l.y0 < 0 || l.x1 > d.width || l.y1 > d.height).map((l) => l.key);

export const details = (page: Page) => page.getByRole('region', { name: /^(Details|详情)$/ });

/** Drops a file with `text` on the page, as a person dragging it from the desktop would. */
export const dropFile = (page: Page, name: string, text: string, type = 'application/json') =>
  page.evaluate(
    ({ name, text, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, text, type },
  );

/** Waits for the camera to stop moving. */
export const settle = async (page: Page, ms = 700) => {
  await page.waitForTimeout(ms);
  await page.waitForFunction(() => !window.__techgraph!.sigma.getCamera().isAnimated());
};
