// techgraph site: the folder works from a plain static file server (python3 -m http.server) under a sub-path,
// with and without --base; the graph renders in Chromium and every download link gives the export's bytes.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { ARTIFACTS, type Child, freePort, launch, openPage, start, waitForNode } from './browser.js';

const io = (cwd: string) => ({ stdout: () => undefined, stderr: () => undefined, isTTY: false, cwd });

let browser: Browser;
let cwd: string;
let server: Child;
let origin: string;
beforeAll(async () => {
  browser = await launch();
  cwd = await mkdtemp(join(tmpdir(), 'tg-site-'));
  expect(await run(['init', 'data'], io(cwd))).toBe(0);
  expect(await run(['site', '--data', 'data', '--out', 'www/repo', '--base', '/repo/'], io(cwd))).toBe(0);
  expect(await run(['site', '--data', 'data', '--out', 'www/plain/deeper'], io(cwd))).toBe(0);
  const port = await freePort();
  ({ child: server } = await start('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', join(cwd, 'www')], {
    cwd,
    ready: /Serving HTTP/,
  }));
  origin = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('techgraph site', () => {
  it.each([
    ['/repo/', 'repo'],
    ['/repo', 'repo'],
    ['/repo/index.html', 'repo'],
    ['/plain/deeper/', 'plain/deeper'],
  ])(
    'renders at %s and its download links give the exports',
    async (path, folder) => {
      const { page, errors } = await openPage(browser);
      await page.goto(`${origin}${path}`);
      await waitForNode(page, 'example-attention');
      await page.waitForSelector('#downloads a', { state: 'attached' });
      const links = await page.$$eval('#downloads a', (as) =>
        as.map((a) => ({ href: (a as HTMLAnchorElement).href, download: a.getAttribute('download') })),
      );
      const names = links.map((l) => l.href.split(`/${folder}/exports/`)[1]);
      expect(names).toEqual(expect.arrayContaining(['graph.json', 'graph.gexf', 'graph.graphml', 'graph.ttl', 'neo4j/relationships.csv']));
      for (const [i, l] of links.entries()) {
        const body = await page.evaluate(async (href) => {
          const r = await fetch(href);
          return { status: r.status, bytes: [...new Uint8Array(await r.arrayBuffer())] };
        }, l.href);
        expect(body.status, l.href).toBe(200);
        expect(Buffer.from(body.bytes).equals(await readFile(join(cwd, 'www', folder, 'exports', names[i]!))), l.href).toBe(true);
        expect(l.download).toBe(names[i]!.split('/').pop());
      }
      // A click downloads the file.
      await page.click('#downloads summary');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#downloads a[download="graph.gexf"]')]);
      expect(download.suggestedFilename()).toBe('graph.gexf');
      if (path === '/repo/') await page.screenshot({ path: join(ARTIFACTS, 'site-downloads.png') });
      expect(errors).toEqual([]);
    },
    120_000,
  );

  it('writes nothing for invalid data', async () => {
    const { writeFile } = await import('node:fs/promises');
    const { existsSync } = await import('node:fs');
    await writeFile(join(cwd, 'data', 'broken.yaml'), 'techniques:\n  - id: [\n');
    let stderr = '';
    const code = await run(['site', '--data', 'data', '--out', 'www/never'], { ...io(cwd), stderr: (s) => (stderr += s) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/data\/broken\.yaml:\d+:\d+: error YAML_SYNTAX/);
    expect(existsSync(join(cwd, 'www', 'never'))).toBe(false);
  });
});
