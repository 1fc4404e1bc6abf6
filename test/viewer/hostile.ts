// Hostile files dropped on the page (issue classes 1, 3 and 13, the viewer's part): a JSON nested 100,000
// arrays deep, a GEXF whose entity would expand to 2 GB, a JSON whose kinds, attribute keys, languages and
// relations are named like Object.prototype members, one whose node ids are, and a link to the lineage of a
// 20,000-long chain. Each: no page error, a toast saying why (or the graph shown and clickable), and never a
// blank canvas with the old graph's panels.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHAIN, details, done, dropFile, H, open, screenPos, settle, shot } from './harness.js';
import { deepJson, entityGexf, PROTO_NAMES, protoJson } from './synthetic.js';

/** What is on screen: the graph's size, the panels' graph name, a canvas with something drawn. */
const onScreen = (page: Page) =>
  page.evaluate(() => {
    const t = window.__techgraph!;
    return {
      order: t.graph.order,
      name: document.querySelector('#graph-name')?.textContent ?? '',
      kinds: [...document.querySelectorAll<HTMLElement>('[data-facet=hideKinds] label')].map((l) => l.dataset.key),
      drawn: t.graph.filterNodes((n) => !t.sigma.getNodeDisplayData(n)?.hidden).length,
    };
  });

export function hostileSuite(): void {
  describe('hostile files dropped on the viewer', () => {
    it('refuses a JSON nested 100,000 arrays deep and keeps the graph on screen', async () => {
      const o = await open();
      const { page } = o;
      const before = await onScreen(page);
      await dropFile(page, 'deep.json', deepJson(100_000));
      await page.locator('#toast.show.error').waitFor();
      expect(await page.locator('#toast').textContent()).toContain('nested more than');
      expect(await onScreen(page)).toEqual(before);
      await done(o);
    });

    it('refuses a 160 KB GEXF with an entity declaration (100 KB × 12,000) before parsing it', async () => {
      const o = await open();
      const { page } = o;
      const before = await onScreen(page);
      const text = entityGexf(100_000, 12_000);
      expect(text.length).toBeLessThan(170_000);
      await dropFile(page, 'laughs.gexf', text, 'application/xml');
      await page.locator('#toast.show.error').waitFor();
      expect(await page.locator('#toast').textContent()).toContain('<!DOCTYPE');
      expect(await onScreen(page)).toEqual(before);
      await done(o);
    });

    it('shows a JSON whose kinds, keys, languages and relations are Object.prototype names; clicking its nodes throws nothing', async () => {
      const o = await open();
      const { page } = o;
      await dropFile(page, 'proto.json', protoJson());
      await page.waitForFunction(() => document.querySelector('#graph-name')?.textContent?.includes('proto.json'));
      const now = await onScreen(page);
      expect(now.order).toBe(PROTO_NAMES.length);
      expect([...now.kinds].sort()).toEqual([...PROTO_NAMES].sort());
      expect(now.drawn).toBeGreaterThan(0);
      await settle(page, 300);
      for (let i = 0; i < PROTO_NAMES.length; i++) {
        const at = await screenPos(page, `p${i}`);
        await page.mouse.click(at.x, at.y);
        await details(page)
          .getByRole('heading', { name: `Proto ${i}` })
          .waitFor();
        expect(await details(page).textContent()).toContain(PROTO_NAMES[i]!);
      }
      // Its relations read as written, its tree and lineage are refused quietly, the language switch holds.
      await page.keyboard.press('c');
      await page.keyboard.press('l');
      await page.keyboard.press('c');
      await shot(page, 'hostile-proto');
      await done(o);
    });

    it('shows a graph whose node ids are Object.prototype names (JSON and GEXF), clicking each throws nothing; refuses __proto__', async () => {
      const o = await open();
      const { page } = o;
      const ids = ['a', ...PROTO_NAMES.filter((n) => n !== '__proto__')];
      const json = JSON.stringify({
        nodes: ids.map((key, i) => ({ key, attributes: { label: `Node ${key}`, kind: 'technique', x: i * 10, y: (i % 2) * 10 } })),
        edges: ids.map((source, i) => ({ source, target: ids[(i + 1) % ids.length], attributes: { relation: 'extends' } })),
      });
      await dropFile(page, 'proto-ids.json', json);
      await page.waitForFunction(() => document.querySelector('#graph-name')?.textContent?.includes('proto-ids.json'));
      expect((await onScreen(page)).order).toBe(ids.length);
      await settle(page, 300);
      for (const id of ids) {
        const at = await screenPos(page, id);
        await page.mouse.click(at.x, at.y);
        await details(page)
          .getByRole('heading', { name: `Node ${id}`, exact: true })
          .waitFor();
        // Its neighbours, each way, in the panel.
        expect(await details(page).locator('[data-node]').count()).toBeGreaterThanOrEqual(2);
      }
      // Lineage of one of them, and a tree.
      await page.keyboard.press('l');
      await page.waitForFunction(() => window.__techgraph!.state().lineage === true);
      await shot(page, 'hostile-proto-ids');
      const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="a"/><node id="toString" label="t"/></nodes><edges><edge source="a" target="toString"/></edges></graph></gexf>`;
      await dropFile(page, 'proto-ids.gexf', gexf, 'application/xml');
      await page.waitForFunction(() => window.__techgraph!.graph.order === 2);
      // `__proto__` is the one key the renderer cannot hold: refused, with a toast, the graph on screen kept.
      const before = await onScreen(page);
      await dropFile(
        page,
        'proto-key.json',
        JSON.stringify({ nodes: [{ key: 'a' }, { key: '__proto__' }], edges: [{ source: 'a', target: '__proto__' }] }),
      );
      await page.locator('#toast.show.error').filter({ hasText: 'proto-key.json' }).waitFor();
      expect(await page.locator('#toast').textContent()).toContain('"__proto__"');
      expect(await onScreen(page)).toEqual(before);
      await done(o);
    });

    it(`opens the link to the lineage of the end of a ${CHAIN.toLocaleString('en-US')}-long chain`, async () => {
      const o = await open(`?graph=chain.json&node=t${CHAIN - 1}&lineage=1`, 120_000);
      const { page } = o;
      await details(page)
        .getByRole('heading', { name: `T${CHAIN - 1}`, exact: true })
        .waitFor();
      expect(await page.evaluate(() => window.__techgraph!.state().lineage)).toBe(true);
      const ancestors = details(page).locator('.group', { hasText: 'Ancestors' }).locator('.n').first();
      expect(await ancestors.textContent()).toBe(String(CHAIN - 1));
      expect(await page.evaluate((id) => window.__techgraph!.sigma.getNodeDisplayData(id)!.highlighted, 't0')).toBe(true);
      await done(o);
    }, 180_000);

    it('keeps the previous graph when the new one cannot be drawn', async () => {
      const o = await open();
      const { page } = o;
      const before = await onScreen(page);
      // A graph whose edge joins a node to one the file does not declare: graphology refuses it.
      await dropFile(page, 'dangling.json', JSON.stringify({ nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'b' }] }));
      await page.locator('#toast.show.error').waitFor();
      expect(await onScreen(page)).toEqual(before);
      expect(H.qwen.nodes.length).toBe(before.order);
      await done(o);
    });
  });
}
