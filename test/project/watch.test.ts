// serve --watch end to end, in headless Chromium: an edit shows the new node without a page reload, keeping the
// selection and the camera; a broken file shows every diagnostic (file:line:col) over the old graph, which stays;
// fixing it removes the overlay. Plus build --watch: rapid saves coalesced, invalid data never written.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { formatDiagnostic } from '../../src/diagnostics/index.js';
import { check } from '../../src/pipeline/index.js';
import { ARTIFACTS, BIN, type Child, launch, openPage, serve, start, waitForNode } from './browser.js';

const io = (cwd: string) => ({ stdout: () => undefined, stderr: () => undefined, isTTY: false, cwd });
const ADDED = `
  - id: live-added
    label: Live added
    category: attention
    sources: example-report
    extends: example-attention
`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('serve --watch', () => {
  let cwd: string;
  let server: { child: Child; url: string };
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'tg-watch-'));
    expect(await run(['init', 'data'], io(cwd))).toBe(0);
    server = await serve(cwd, ['--data', 'data', '--watch']);
  });
  afterAll(async () => {
    expect(await server?.child.stop()).toBe(0);
  });

  it('follows edits in place, shows every diagnostic of broken data over the last good graph, and clears them', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.url}?node=example-1`);
    await waitForNode(page, 'example-attention');
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
    });
    const camera = await page.evaluate(() => window.__techgraph!.sigma.getCamera().getState());
    const file = join(cwd, 'data', 'example.yaml');
    const good = (await readFile(file, 'utf8')).replace('\nmotivations:', `${ADDED}\nmotivations:`);

    // Edit: the new node appears, the page was not reloaded, selection and camera stay.
    await writeFile(file, good);
    await waitForNode(page, 'live-added');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.evaluate(() => window.__techgraph!.state().node)).toBe('example-1');
    expect(await page.evaluate(() => window.__techgraph!.sigma.getCamera().getState())).toEqual(camera);

    // Break it: a dangling reference and a syntax error in another file; every diagnostic shows, the graph stays.
    const broken = good.replace('extends: example-attention', 'extends: example-atention');
    await writeFile(file, broken);
    await writeFile(join(cwd, 'data', 'second.yaml'), 'techniques:\n  - id: [unclosed\n');
    const expected = (await check({ data: join(cwd, 'data'), cwd })).diagnostics.filter((d) => d.severity === 'error');
    expect(expected.map((d) => d.code).sort()).toEqual(['UNKNOWN_REFERENCE', 'YAML_SYNTAX']);
    await page.waitForSelector('#diagnostics', { timeout: 30_000 });
    await page.waitForFunction((n) => document.querySelectorAll('#diagnostics li').length === n, expected.length, { timeout: 30_000 });
    const shown = await page.$$eval('#diagnostics li', (lis) => lis.map((li) => li.textContent));
    expect(shown).toEqual(expected.map((d) => formatDiagnostic(d)));
    for (const d of expected) expect(shown.join('\n')).toContain(`data/${d.file.split('data/')[1]}:${d.line}:${d.column}`);
    expect(await page.evaluate(() => window.__techgraph!.graph.hasNode('live-added'))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'watch-diagnostics.png') });

    // Fix it: the overlay goes, the graph is the fixed data's.
    await writeFile(join(cwd, 'data', 'second.yaml'), '');
    await writeFile(file, good.replace('label: Live added', 'label: Live fixed'));
    await page.waitForSelector('#diagnostics', { state: 'detached', timeout: 30_000 });
    await page.waitForFunction(() => window.__techgraph?.graph.getNodeAttribute('live-added', 'label') === 'Live fixed', null, {
      timeout: 30_000,
    });
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(errors).toEqual([]);
  }, 180_000);
});

/** Resolves once `test()` holds, polling. */
async function until(test: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('build --watch', () => {
  it('coalesces rapid saves and never writes invalid data', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'tg-watch-build-'));
    expect(await run(['init', 'data'], io(cwd))).toBe(0);
    const { child } = await start(
      process.execPath,
      [BIN, 'build', '--watch', '--data', 'data', '--out', 'out', '--format', 'json,gexf', '--layout', 'none'],
      {
        cwd,
        ready: /watching data/,
      },
    );
    const builds = () => child.stderr().match(/^built: /gm)?.length ?? 0;
    const json = join(cwd, 'out', 'graph.json');
    expect(builds()).toBe(1);
    const file = join(cwd, 'data', 'example.yaml');
    const text = await readFile(file, 'utf8');
    // Ten saves within a few milliseconds: one or two builds, the last one of the last save.
    for (let i = 0; i < 10; i++) await writeFile(file, text.replace('label: Example attention', `label: Rapid ${i}`));
    await until(async () => (await readFile(json, 'utf8')).includes('"Rapid 9"'));
    // The other formats follow once the folder is quiet (WATCH_LIMITS.restMs).
    await until(async () => (await readFile(join(cwd, 'out', 'graph.gexf'), 'utf8')).includes('Rapid 9'));
    expect(JSON.parse(await readFile(join(cwd, 'out', 'manifest.json'), 'utf8')).files.map((f: { name: string }) => f.name)).toEqual([
      'graph.gexf',
      'graph.json',
    ]);
    expect(builds()).toBeGreaterThanOrEqual(2);
    expect(builds()).toBeLessThanOrEqual(3);
    // Invalid data: reported, nothing written.
    const before = await readFile(json);
    await writeFile(file, `${text}\n  - id: x\n    label: [\n`);
    await until(() => /built failed: 1 error/.test(child.stderr()));
    expect(child.stderr()).toMatch(/data\/example\.yaml:\d+:\d+: error YAML_SYNTAX/);
    expect(await readFile(json)).toEqual(before);
    expect(await child.stop()).toBe(0);
  }, 120_000);
});

describe('LiveBuild', () => {
  it('runs a rebuild asked for while the deferred writes run, and flushes them at the end', async () => {
    const { LiveBuild, WATCH_LIMITS } = await import('../../src/project/index.js');
    const cwd = await mkdtemp(join(tmpdir(), 'tg-live-build-'));
    expect(await run(['init', 'data'], io(cwd))).toBe(0);
    const file = join(cwd, 'data', 'example.yaml');
    const text = await readFile(file, 'utf8');
    const results: { ok: boolean }[] = [];
    const builder = new LiveBuild({
      data: join(cwd, 'data'),
      out: join(cwd, 'out'),
      cwd,
      formats: ['json', 'gexf', 'graphml', 'rdf'],
      layout: { layout: 'none' },
      onResult: (r) => results.push(r),
    });
    const before = WATCH_LIMITS.restMs;
    WATCH_LIMITS.restMs = 0;
    try {
      await builder.trigger();
      await writeFile(file, text.replace('label: Example attention', 'label: Second'));
      await builder.trigger();
      // The deferred writes start at once (restMs 0): ask for a rebuild while they run.
      const state = builder as unknown as { running?: Promise<void>; deferred?: unknown };
      await new Promise((r) => setTimeout(r, 0));
      expect(state.running ?? state.deferred).toBeDefined();
      await writeFile(file, text.replace('label: Example attention', 'label: Third'));
      await builder.trigger();
      expect(await readFile(join(cwd, 'out', 'graph.json'), 'utf8')).toContain('"Third"');
      await builder.flush();
      expect(await readFile(join(cwd, 'out', 'graph.gexf'), 'utf8')).toContain('Third');
      expect(await readFile(join(cwd, 'out', 'graph.ttl'), 'utf8')).toContain('Third');
      expect(results.every((r) => r.ok)).toBe(true);
    } finally {
      WATCH_LIMITS.restMs = before;
    }
  });
});
