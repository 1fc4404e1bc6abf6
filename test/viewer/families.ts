// Many families (the three-families fixture: Qwen, LLaMA, DeepSeek, 17 releases): the slider's labels, labels
// in the force, timeline and tree views (never overlapping, inside the canvas, at the fitted view and after one
// zoom-out), family colours, the lineage trees of yarn, grpo and a family, an edge's sources on hover, the
// SVG export, Chinese glyphs, and 40 releases on the slider. Screenshots for a person to look at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, type Box, done, drawnLabels, H, open, outside, overlaps, settle, shot } from './harness.js';

const THREE = '?graph=three.json';

/** The slider's drawn tick labels, in page pixels, and the track's extent. */
const sliderLabels = (page: Page) =>
  page.evaluate(() => {
    const track = document.querySelector('#time-ticks')!.getBoundingClientRect();
    const labels = [...document.querySelectorAll<HTMLElement>('#time-ticks .tick-label')].map((el, i) => {
      const r = el.getBoundingClientRect();
      return {
        key: `${i}:${el.textContent}`,
        x0: r.left,
        x1: r.right,
        y0: r.top,
        y1: r.bottom,
        full: el.scrollWidth <= el.clientWidth + 1,
      };
    });
    const dotEls = [...document.querySelectorAll<HTMLElement>('#time-ticks .tick-dot')];
    const dots = dotEls.map((d, i) => {
      const r = d.getBoundingClientRect();
      return { key: `dot ${i}:${d.dataset.releases}`, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    });
    // Each label and the centre of the dot it names.
    const named = [...document.querySelectorAll<HTMLElement>('#time-ticks .tick-label')].map((el) => {
      const r = el.getBoundingClientRect();
      const d = dotEls[Number(el.dataset.tick)]!.getBoundingClientRect();
      return { text: el.textContent ?? '', x0: r.left, x1: r.right, dot: (d.left + d.right) / 2 };
    });
    const releases = dotEls.flatMap((d) => (d.dataset.releases ?? '').split(' '));
    return { labels, dots, named, releases, track: { x0: track.left, x1: track.right } };
  });

/** The slider is readable: labels apart, whole and inside the track, dots apart, each label above the dot it names. */
function sliderReadable(s: Awaited<ReturnType<typeof sliderLabels>>, what: string): void {
  expect(overlaps(s.labels), what).toEqual([]);
  expect(overlaps(s.dots), what).toEqual([]);
  for (const l of s.labels) {
    expect(l.x0, l.key).toBeGreaterThanOrEqual(s.track.x0 - 0.5);
    expect(l.x1, l.key).toBeLessThanOrEqual(s.track.x1 + 0.5);
    expect(l.full, `${l.key} clipped`).toBe(true);
  }
  for (const n of s.named) expect(n.x0 <= n.dot && n.dot <= n.x1, `${n.text} not above its dot`).toBe(true);
  for (const d of s.dots) expect((d.x0 + d.x1) / 2, d.key).toBeLessThanOrEqual(s.track.x1 + 0.5);
}

/** The checks every view must pass at the fitted view and after one zoom-out: labels apart, inside the canvas. */
async function labelsReadable(page: Page, name: string): Promise<Box[]> {
  const fitted = await drawnLabels(page);
  expect(overlaps(fitted.labels), `${name}: fitted`).toEqual([]);
  expect(outside(fitted), `${name}: fitted`).toEqual([]);
  await shot(page, `three-${name}`);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await settle(page);
  const out = await drawnLabels(page);
  expect(overlaps(out.labels), `${name}: zoomed out`).toEqual([]);
  expect(outside(out), `${name}: zoomed out`).toEqual([]);
  await shot(page, `three-${name}-zoomed-out`);
  return fitted.labels;
}

/** x of each node in the view (framed graph coordinates). */
const xs = (page: Page, ids: string[]) =>
  page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, window.__techgraph!.sigma.getNodeDisplayData(id)?.x ?? Number.NaN])), ids);

export function familiesSuite(): void {
  describe('the viewer on three families', () => {
    it('the slider names releases without overlap, inside the track; every release has a tick', async () => {
      const o = await open(THREE);
      const { page } = o;
      for (const lang of ['en', 'zh']) {
        if (lang === 'zh') await page.keyboard.press('c');
        await page.waitForTimeout(300);
        const s = await sliderLabels(page);
        sliderReadable(s, lang);
        expect(s.labels.length).toBeGreaterThanOrEqual(8);
        const releases = H.three.nodes.filter((n) => n.attributes.kind === 'version').map((n) => n.key);
        expect([...s.releases].sort()).toEqual([...releases].sort());
        await page.locator('#timebar').screenshot({ path: join(ARTIFACTS, `viewer-three-slider-${lang}.png`) });
      }
      // A tick without a label names its releases on hover.
      await page.locator('#time-ticks .tick-dot').last().hover();
      await page.locator('.tick-card').waitFor();
      expect(await page.locator('.tick-card').textContent()).toMatch(/DeepSeek|Llama|Qwen|通义/);
      await page.locator('#timebar').screenshot({ path: join(ARTIFACTS, 'viewer-three-slider-hover.png') });
      await done(o);
    });

    it('40 releases stay readable on the slider', async () => {
      const o = await open('?graph=releases-40.json');
      const s = await sliderLabels(o.page);
      expect(s.releases.length).toBe(40);
      sliderReadable(s, '40 releases');
      expect(s.labels.length).toBeGreaterThanOrEqual(8);
      await o.page.locator('#timebar').screenshot({ path: join(ARTIFACTS, 'viewer-releases-40-slider.png') });
      // Releases a few days apart share a dot, and a dot without a label names its releases on hover.
      expect(s.dots.length).toBeLessThan(40);
      const unnamed = s.dots.findIndex((_, i) => !s.named.some((n) => n.dot === (s.dots[i]!.x0 + s.dots[i]!.x1) / 2));
      expect(unnamed).toBeGreaterThanOrEqual(0);
      await o.page.locator('#time-ticks .tick-dot').nth(unnamed).hover();
      const card = o.page.locator('.tick-card');
      await card.waitFor();
      const ids = s.dots[unnamed]!.key.replace(/^dot \d+:/, '').split(' ');
      expect(await card.locator('div').count()).toBe(ids.length);
      await done(o);
    });

    it('force view: two families’ releases in two colours; labels apart and inside the canvas, releases labelled first', async () => {
      const o = await open(THREE);
      const { page } = o;
      await settle(page, 400);
      const colour = (id: string) => page.evaluate((id) => window.__techgraph!.sigma.getNodeDisplayData(id)!.color, id);
      const [q, d, l] = [await colour('qwen2'), await colour('deepseek-v3'), await colour('llama-3')];
      expect(new Set([q, d, l]).size).toBe(3);
      expect(await colour('qwen3')).toBe(q);
      const labels = await labelsReadable(page, 'force');
      const releases = H.three.nodes.filter((n) => n.attributes.kind === 'version').map((n) => n.key);
      const named = releases.filter((v) => labels.some((x) => x.key === v));
      expect(named.length).toBeGreaterThanOrEqual(12);
      await done(o);
    });

    it('timeline view: labels apart and inside the canvas, the four releases of 2025-01-20 on screen', async () => {
      const o = await open(`${THREE}&layout=timeline`);
      const { page } = o;
      await settle(page, 400);
      // The releases of 2025-01-20 (DeepSeek-R1 and its three siblings) are inside the canvas, named, at the fitted view.
      const day = H.three.nodes.filter((n) => n.attributes.kind === 'version' && n.attributes.released === '2025-01-20').map((n) => n.key);
      expect(day.length).toBe(4);
      const at = await page.evaluate((ids) => {
        const s = window.__techgraph!.sigma;
        return { ...s.getDimensions(), xy: ids.map((id) => s.framedGraphToViewport(s.getNodeDisplayData(id)!)) };
      }, day);
      for (const p of at.xy) expect(p.x > 0 && p.x < at.width && p.y > 0 && p.y < at.height, JSON.stringify(p)).toBe(true);
      const labels = await labelsReadable(page, 'timeline');
      expect(labels.length).toBeGreaterThan(20);
      // Releases are named first: at least 12 of the 17 at the fitted view, and 3 of the 4 of that crowded day.
      const releases = H.three.nodes.filter((n) => n.attributes.kind === 'version').map((n) => n.key);
      expect(releases.filter((id) => labels.some((l) => l.key === id)).length).toBeGreaterThanOrEqual(12);
      expect(day.filter((id) => labels.some((l) => l.key === id)).length).toBeGreaterThanOrEqual(3);
      await done(o);
    });

    it('the tree of yarn: RoPE → … → YaRN left to right, each edge’s sources on hover, labels apart', async () => {
      const o = await open(`${THREE}&layout=tree&tree=yarn`);
      const { page } = o;
      await settle(page, 400);
      const x = await xs(page, ['rope', 'position-interpolation', 'ntk-aware-interpolation', 'dynamic-ntk', 'yarn']);
      expect(x.rope).toBeLessThan(x['position-interpolation']!);
      expect(x['position-interpolation']).toBeLessThan(x['ntk-aware-interpolation']!);
      expect(x['ntk-aware-interpolation']).toBeLessThan(x.yarn!);
      expect(x['dynamic-ntk']).toBeLessThan(x.yarn!);
      // Only the tree is drawn.
      const shown = await page.evaluate(() =>
        window.__techgraph!.graph.filterNodes((n) => !window.__techgraph!.sigma.getNodeDisplayData(n)!.hidden),
      );
      expect(shown).toContain('absolute-position-embedding');
      expect(shown).not.toContain('gqa');
      const labels = await labelsReadable(page, 'tree-yarn');
      expect(labels.map((l) => l.key).sort()).toEqual([...shown].sort());
      // Hover the edge yarn extends dynamic-ntk at its middle: a card with the relation and its sources.
      await page.getByRole('button', { name: 'Fit graph' }).click();
      await settle(page);
      const mid = await page.evaluate(() => {
        const s = window.__techgraph!.sigma;
        const a = s.framedGraphToViewport(s.getNodeDisplayData('dynamic-ntk')!);
        const b = s.framedGraphToViewport(s.getNodeDisplayData('yarn')!);
        const r = s.getContainer().getBoundingClientRect();
        return { x: r.left + (a.x + b.x) / 2, y: r.top + (a.y + b.y) / 2 };
      });
      // A 1.5 px line: try the middle and a pixel or two either side of it.
      for (const dy of [0, 1, -1, 2, -2]) {
        await page.mouse.move(mid.x, mid.y + dy, { steps: 2 });
        await page.waitForTimeout(300);
        if (await page.locator('#edge-card').isVisible()) break;
      }
      await page.locator('#edge-card').waitFor();
      const card = await page.locator('#edge-card').textContent();
      expect(card).toContain('extends');
      expect(card).toMatch(/YaRN/);
      await shot(page, 'three-tree-yarn-edge-hover');
      await done(o);
    });

    it('the tree of grpo shows PPO before GRPO; the tree of DeepSeek reaches Qwen and LLaMA releases', async () => {
      const o = await open(`${THREE}&layout=tree&tree=grpo`);
      const { page } = o;
      await settle(page, 400);
      const x = await xs(page, ['ppo', 'grpo']);
      expect(x.ppo).toBeLessThan(x.grpo!);
      await labelsReadable(page, 'tree-grpo');
      await page.evaluate(() => window.__techgraph!.app.openTree('deepseek'));
      await page.waitForFunction(() => window.__techgraph!.state().tree === 'deepseek');
      await settle(page, 1400);
      const f = await xs(page, [
        'deepseek-llm',
        'deepseek-v2',
        'deepseek-v3',
        'deepseek-r1',
        'qwen2.5',
        'llama-3.1',
        'deepseek-r1-distill-qwen',
      ]);
      expect(f['deepseek-llm']).toBeLessThan(f['deepseek-v2']!);
      expect(f['deepseek-v2']).toBeLessThan(f['deepseek-v3']!);
      expect(f['deepseek-v3']).toBeLessThan(f['deepseek-r1']!);
      expect(f['qwen2.5']).toBeLessThan(f['deepseek-r1-distill-qwen']!);
      expect(Number.isNaN(f['llama-3.1'])).toBe(false);
      await labelsReadable(page, 'tree-deepseek');
      expect(page.url()).toContain('tree=deepseek');
      await done(o);
    });

    it('exports the tree as SVG: well-formed, every drawn label as text, markup escaped', async () => {
      const o = await open(`${THREE}&layout=tree&tree=yarn`);
      const { page } = o;
      await settle(page, 400);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
      expect(download.suggestedFilename()).toBe('techgraph-tree-yarn.svg');
      const file = join(ARTIFACTS, 'viewer-three-tree-yarn.svg');
      await download.saveAs(file);
      const svg = readFileSync(file, 'utf8');
      const labels = (await drawnLabels(page)).labels;
      const parsed = await page.evaluate((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        return {
          error: doc.getElementsByTagName('parsererror').length,
          texts: [...doc.querySelectorAll('g.labels text')].map((t) => t.textContent),
          circles: doc.querySelectorAll('g.nodes circle').length,
          paths: doc.querySelectorAll('g.edges path').length,
        };
      }, svg);
      expect(parsed.error).toBe(0);
      expect(parsed.texts.sort()).toEqual(labels.map((l) => l.text).sort());
      expect(parsed.circles).toBe(labels.length);
      expect(parsed.paths).toBeGreaterThanOrEqual(5);
      await done(o);
    });

    it('draws Chinese labels as glyphs (a CJK font is installed), in a screenshot to look at', async () => {
      const o = await open(`${THREE}&lang=zh&node=qwen2`);
      const { page } = o;
      await settle(page, 400);
      // Each character drawn in the labels' font: distinct characters give distinct pictures (a missing font
      // draws every one as the same empty box), and none looks like a character no font has.
      const pictures = await page.evaluate(() => {
        const font = getComputedStyle(document.body).fontFamily;
        const draw = (ch: string) => {
          const c = document.createElement('canvas');
          c.width = c.height = 32;
          const ctx = c.getContext('2d')!;
          ctx.font = `500 24px ${font}`;
          ctx.fillText(ch, 2, 26);
          return Array.from(ctx.getImageData(0, 0, 32, 32).data.filter((_, i) => i % 4 === 3)).join(',');
        };
        return { chang: draw('长'), shang: draw('上'), wen: draw('问'), missing: draw('\u{10FFFD}') };
      });
      expect(new Set([pictures.chang, pictures.shang, pictures.wen]).size).toBe(3);
      expect(pictures.chang).not.toBe(pictures.missing);
      expect(await page.locator('#details h2').textContent()).toBe('通义千问2');
      const labels = await drawnLabels(page);
      expect(labels.labels.some((l) => /[\u4e00-\u9fff]/.test(l.text))).toBe(true);
      expect(overlaps(labels.labels)).toEqual([]);
      await shot(page, 'three-zh');
      await done(o);
    });
  });
}
