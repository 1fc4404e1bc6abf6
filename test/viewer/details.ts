// The details panel on format v2 (the Qwen, DeepSeek and LLaMA data of graph-data/): each value with its scope
// (the graph's shownClaims), "not reported" apart from disputed, the architecture table per size, a release's
// techniques by status and a technique's status for every version — each checked against the library's own
// answer (src/graph, src/query), so silence never shows as "not adopted".
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isUnreported, shownClaims } from '../../src/graph/index.js';
import { releasesInOrder, type Status, statusOf, techniqueStatus } from '../../src/query/index.js';
import { ARCHITECTURE_FIELDS } from '../../src/vocabulary/index.js';
import { details, done, H, open, shot } from './harness.js';

/** The group a status is listed under (release.ts's groups). */
const GROUP: Record<Status, string> = {
  adopted: 'adopted',
  inherited: 'inherited',
  'not adopted': 'notAdopted',
  'not stated': 'notStated',
};

/** The node ids listed under each status group of a section. */
const groups = (page: Page, section: string) =>
  details(page)
    .locator(`[data-section=${section}] [data-status]`)
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((g) => [
          (g as HTMLElement).dataset.status!,
          [...g.querySelectorAll<HTMLElement>('[data-node]')].map((c) => c.dataset.node!).sort(),
        ]),
      ),
    ) as Promise<Record<string, string[]>>;

const attrs = (id: string) => H.qwen.nodes.find((n) => n.key === id)!.attributes as Record<string, unknown>;
type Claim = { text: string; scope?: string[]; status: 'preferred' | 'alternative' | 'disputed'; unreported?: boolean; value: unknown };
const claimsOf = (id: string, attribute: string) => (attrs(id).claims as Record<string, Claim[]>)[attribute]!;

export function detailsSuite(): void {
  describe('the details panel on format v2', () => {
    it('a release: values per scope, "not reported" apart from disputed, the architecture per size, techniques by status', async () => {
      const o = await open('?node=qwen2');
      const { page } = o;
      const region = details(page);
      await region.getByRole('heading', { name: 'Qwen2', exact: true }).waitFor();
      // Training tokens: every value the graph shows (one per scope) as a value line with its scope, none as a card.
      const tokens = claimsOf('qwen2', 'training_tokens');
      const shown = shownClaims(tokens);
      expect(shown.length).toBeGreaterThan(1);
      const dd = region.locator('dt', { hasText: /^Training tokens$/ }).locator('xpath=following-sibling::dd[1]');
      const lines = await dd
        .locator('.value-line')
        .evaluateAll((ls) => ls.map((l) => l.firstChild!.textContent + l.children[1]!.textContent!));
      expect(lines).toEqual(shown.map((c) => `${c.text}${c.scope?.length ? ` — ${c.scope.join(', ')}` : ''}`));
      expect(await dd.locator('.claim').count()).toBe(tokens.length - shown.length);
      // The architecture table: one column per row written, one line per field some size gives, values as written.
      const rows = attrs('qwen2').architecture as { size: string; values: Record<string, number | boolean | null> }[];
      const table = region.locator('[data-section=architecture] table');
      expect(await table.locator('thead th').allTextContents()).toEqual(['Size', ...rows.map((r) => r.size)]);
      const layers = await table.locator('tr[data-field=layers] td').allTextContents();
      expect(layers).toEqual(rows.map((r) => (typeof r.values.layers === 'number' ? r.values.layers.toLocaleString('en-US') : '')));
      const fields = Object.keys(ARCHITECTURE_FIELDS).filter((f) => rows.some((r) => Object.hasOwn(r.values, f)));
      expect(await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.field))).toEqual(fields);
      // Techniques by status, as the query library answers: each technique in the group of its status.
      const want = techniqueStatus(H.qwenGraph, 'qwen2');
      const got = await groups(page, 'techniques');
      for (const s of want) {
        const group = s.status === 'not stated' ? 'disputed' : GROUP[s.status];
        expect(got[group], `${s.id} (${s.status})`).toContain(s.id);
      }
      expect(Object.values(got).flat().length).toBe(want.length);
      await shot(page, 'details-qwen2');

      // A figure the source does not report: "not reported", never struck through as disputed, never a value.
      await page.goto(`${H.server!.url}?node=deepseek-r1`);
      await region
        .getByRole('heading', { name: /DeepSeek-R1/ })
        .first()
        .waitFor();
      const none = claimsOf('deepseek-r1', 'training_tokens');
      expect(none.some((c) => isUnreported(c) && c.status !== 'disputed')).toBe(true);
      expect(shownClaims(none)).toEqual([]);
      const r1 = region.locator('dt', { hasText: /^Training tokens$/ }).locator('xpath=following-sibling::dd[1]');
      expect(await r1.locator('.value-line.unreported').textContent()).toContain('not reported');
      expect(await r1.locator('.claim.disputed').count()).toBe(0);
      // A stated no of its own, and what it inherits, in their groups.
      const r1want = techniqueStatus(H.qwenGraph, 'deepseek-r1');
      expect(r1want.some((s) => s.status === 'inherited')).toBe(true);
      const r1got = await groups(page, 'techniques');
      for (const s of r1want) expect(r1got[s.status === 'not stated' ? 'disputed' : GROUP[s.status]], s.id).toContain(s.id);
      await done(o);
    });

    it('a technique: its status for every version, silence as "not stated", never "not adopted"; in Chinese too', async () => {
      const o = await open('?node=gqa');
      const { page } = o;
      const region = details(page);
      await region.locator('[data-section=releases]').waitFor();
      // The selected node is named once, right of it, where its card is (never a second time on its left).
      await page.waitForTimeout(500);
      const own = await page.evaluate(() => {
        const s = window.__techgraph!.sigma;
        const v = s.framedGraphToViewport(s.getNodeDisplayData('gqa')!);
        return { x: v.x, labels: window.__techgraph!.labels().filter((l) => l.key === 'gqa') };
      });
      expect(own.labels.length).toBe(1);
      expect(own.labels[0]!.x0).toBeGreaterThan(own.x);
      const got = await groups(page, 'releases');
      const read = (r: string) => statusOf(H.qwenGraph, r, 'gqa');
      const releases = releasesInOrder(H.qwenGraph);
      const byStatus = (st: Status) => releases.filter((r) => read(r).status === st).sort();
      // Every version is listed; a sub-model only when something is known about it.
      const versions = releases.filter((r) => attrs(r).kind === 'version');
      expect(
        Object.values(got)
          .flat()
          .filter((id) => attrs(id).kind === 'version')
          .sort(),
      ).toEqual([...versions].sort());
      expect(got.notAdopted ?? []).toEqual(byStatus('not adopted'));
      expect(byStatus('not adopted').length).toBeGreaterThan(0);
      expect(got.adopted).toEqual(byStatus('adopted'));
      expect(got.inherited).toEqual(byStatus('inherited'));
      const silent = byStatus('not stated').filter((r) => attrs(r).kind === 'version');
      expect(silent.length).toBeGreaterThan(0);
      expect(got.notStated).toEqual(silent);
      await shot(page, 'details-gqa');
      // A release that adopts a technique replacing this one: "not stated", naming what it adopts instead.
      await page.goto(`${H.server!.url}?node=absolute-position-embedding`);
      await region.locator('[data-section=releases]').waitFor();
      const excluded = releasesInOrder(H.qwenGraph).filter(
        (r) => attrs(r).kind === 'version' && statusOf(H.qwenGraph, r, 'absolute-position-embedding').excludedBy.length > 0,
      );
      expect(excluded.length).toBeGreaterThan(0);
      for (const r of excluded) {
        const chip = region.locator(`[data-section=releases] [data-status=notStated] [data-node="${r}"]`);
        expect(await chip.textContent(), r).toContain('adopts instead: RoPE');
      }
      // Chinese: the table's and the groups' names.
      await page.goto(`${H.server!.url}?node=qwen2&lang=zh`);
      await region.locator('[data-section=architecture]').waitFor();
      expect(await region.locator('[data-section=architecture] thead th').first().textContent()).toBe('尺寸');
      expect(await region.locator('tr[data-field=layers] th').textContent()).toBe(ARCHITECTURE_FIELDS.layers.label.zh);
      expect(await region.locator('[data-section=techniques] [data-status=adopted] .group-head').textContent()).toContain('已采用');
      await done(o);
    });
  });
}
