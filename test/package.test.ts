// The package as a user gets it: `npm pack`, installed into an empty project (its dependencies from the
// registry, no devDependency, no tsx), then `npx techgraph` --help, init, build, query, serve, and headless
// Chromium sees the scaffolded nodes; the library's faces import, the parse worker starts without tsx.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_FACTS } from '../src/project/index.js';
import { KIND_NAMES } from '../src/vocabulary/index.js';
import { launch, openPage, ROOT, serve, waitForNode } from './project/browser.js';

/** Nodes in the scaffold's example: one per `- id:` line. */
const EXAMPLE_NODES = EXAMPLE_FACTS.match(/^ {2}- id: /gm)!.length;

let project: string;
let tarball: string;
let browser: Browser;
const npx = (...args: string[]) =>
  execFileSync('npx', ['--no-install', 'techgraph', ...args], { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(async () => {
  const packs = await mkdtemp(join(tmpdir(), 'tg-pack-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packs], { cwd: ROOT, encoding: 'utf8' })) as {
    filename: string;
  }[];
  tarball = join(packs, packed[0]!.filename);
  project = await mkdtemp(join(tmpdir(), 'tg-user-'));
  await writeFile(join(project, 'package.json'), '{ "name": "my-facts", "private": true, "type": "module" }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], {
    cwd: project,
    stdio: 'pipe',
  });
  browser = await launch();
}, 600_000);
afterAll(async () => browser?.close());

describe('the packed package', () => {
  it('holds the compiled code, its declarations and the prebuilt viewer, and no source or test', async () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
    for (const f of [
      'package/bin/techgraph.mjs',
      'package/dist/cli/index.js',
      'package/dist/index.d.ts',
      'package/dist/query/index.d.ts',
      'package/dist/load/parse-worker.js',
      'package/dist/layout/worker.mjs',
      'package/dist/viewer/index.html',
    ])
      expect(listing, f).toContain(f);
    expect(listing.filter((f) => /^package\/(src|test|scripts|graph-data|exports)\//.test(f))).toEqual([]);
    expect((await stat(tarball)).size).toBeLessThan(2_000_000);
    const installed = join(project, 'node_modules');
    expect(existsSync(join(installed, 'tsx')), 'tsx is a development tool only').toBe(false);
    expect(existsSync(join(installed, 'vite'))).toBe(false);
  });

  it('runs: --help, init, check, build, a query (twice: the second from the cache)', async () => {
    expect(npx('--help')).toContain('Usage: techgraph <command>');
    npx('init');
    expect((await readdir(join(project, 'graph-data'))).sort()).toEqual(['example.yaml', 'schema.json']);
    expect(npx('check')).toMatch(new RegExp(`^ok: ${EXAMPLE_NODES} nodes`, 'm'));
    npx('build', '--quiet');
    const graph = JSON.parse(readFileSync(join(project, 'exports', 'graph.json'), 'utf8')) as { nodes: { key: string }[] };
    expect(graph.nodes.map((n) => n.key)).toContain('example-attention');
    const q = npx('query', 'lineage', 'example-attention', '--format', 'json');
    expect(npx('query', 'lineage', 'example-attention', '--format', 'json')).toBe(q);
    expect(JSON.parse(q)).toMatchObject({ node: { id: 'example-attention', kind: 'technique' } });
  });

  it('exposes the library faces, and the parse worker starts without tsx', async () => {
    const script = `
      import { check, buildExports } from 'techgraph';
      import { lineage } from 'techgraph/query';
      import { KIND_NAMES } from 'techgraph/vocabulary';
      import { Worker } from 'node:worker_threads';
      const r = await check({ data: 'graph-data' });
      const w = new Worker(new URL('./node_modules/techgraph/dist/load/parse-worker.js', import.meta.url));
      const first = await new Promise((res, rej) => { w.once('message', res); w.once('error', rej); });
      await w.terminate();
      console.log(JSON.stringify({ ok: r.ok, nodes: r.facts.nodes.length, fns: [typeof buildExports, typeof lineage], kinds: KIND_NAMES.length, worker: first }));
    `;
    await writeFile(join(project, 'library.mjs'), script);
    const out = JSON.parse(execFileSync(process.execPath, ['library.mjs'], { cwd: project, encoding: 'utf8' }));
    expect(out).toEqual({
      ok: true,
      nodes: EXAMPLE_NODES,
      fns: ['function', 'function'],
      kinds: KIND_NAMES.length,
      worker: { ready: true },
    });
  });

  it('resolves every face of its exports map, with types for TypeScript', async () => {
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules', 'techgraph', 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const faces = Object.keys(pkg.exports).filter((k) => !k.includes('*') && k !== './package.json');
    expect(faces).toEqual(expect.arrayContaining(['.', './query', './vocabulary', './graph', './project', './cli']));
    const names = faces.map((f) => (f === '.' ? 'techgraph' : `techgraph/${f.slice(2)}`));
    await writeFile(join(project, 'faces.mjs'), `for (const n of ${JSON.stringify(names)}) await import(n);\nconsole.log('ok');\n`);
    expect(execFileSync(process.execPath, ['faces.mjs'], { cwd: project, encoding: 'utf8' })).toBe('ok\n');
    // A TypeScript user gets the real types (an unknown property is an error, not \`any\`).
    await writeFile(
      join(project, 'use.ts'),
      [
        "import { check, type CheckResult } from 'techgraph';",
        "import { lineage, type QueryGraph } from 'techgraph/query';",
        'export async function count(): Promise<number> {',
        "  const r: CheckResult = await check({ data: 'graph-data' });",
        '  // @ts-expect-error: no such property',
        '  r.nope;',
        '  return r.diagnostics.length;',
        '}',
        'export const ask = (g: QueryGraph) => lineage(g, "yarn");',
        '',
      ].join('\n'),
    );
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    const r = spawnSync(
      tsc,
      [
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--types',
        'node',
        '--typeRoots',
        join(ROOT, 'node_modules', '@types'),
        'use.ts',
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('serves the data: headless Chromium sees the scaffolded nodes', async () => {
    const { child, url } = await serve(
      project,
      ['--data', 'graph-data'],
      join(project, 'node_modules', 'techgraph', 'bin', 'techgraph.mjs'),
    );
    try {
      const { page, errors } = await openPage(browser);
      await page.goto(url);
      await waitForNode(page, 'example-attention');
      const ids = await page.evaluate(() => window.__techgraph!.graph.nodes().sort());
      expect(ids).toEqual([
        'efficiency',
        'example-1',
        'example-1-chat',
        'example-attention',
        'example-blog',
        'example-family',
        'example-report',
      ]);
      expect(errors).toEqual([]);
    } finally {
      expect(await child.stop()).toBe(0);
    }
  }, 120_000);
});
