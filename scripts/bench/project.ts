/**
 * The benchmark rows of the installable CLI (issue: techgraph on anyone's
 * facts), each a child process of the compiled CLI (bin/techgraph.mjs → dist/),
 * with the graph cache in a folder of the run:
 * - `node -e 0`, the floor every command starts from, and `techgraph --help`;
 * - `query lineage yarn` on the Qwen data (graph-data/) and a lineage query
 *   on the size's data, both with the cache warm (the data unchanged since the
 *   first, untimed, query);
 * - `serve --watch`: from saving one file (a new technique) in the size's data
 *   to the open page (headless Chromium) showing the new node; the note gives
 *   the server's share (rebuild until graph.json is in place), the rest is the
 *   page fetching, parsing and drawing the new graph.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../chromium.mjs';
import { child, childRuns, median, type Sample } from './measure.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/techgraph.mjs');

/** Times `techgraph ...args` `runs` times after one untimed run (which fills the cache). */
export async function cliRuns(runs: number, args: readonly string[], cacheDir: string): Promise<Sample> {
  const env = { TECHGRAPH_CACHE_DIR: cacheDir };
  const warm = await child(process.execPath, [BIN, ...args], { cwd: ROOT, env });
  if (warm.code !== 0) throw new Error(`techgraph ${args.join(' ')} exited ${warm.code}:\n${warm.stderr.slice(-2000)}`);
  return childRuns(runs, process.execPath, [BIN, ...args], { cwd: ROOT, env });
}

/** `node -e 0`: what any command costs before it runs a line of techgraph. */
export const nodeStart = (runs: number) => childRuns(runs, process.execPath, ['-e', '0']);

/** Seconds from writing one new fact file into `data` to the page served by `serve --watch` showing its node. */
export async function watchUpdate(data: string, runs: number, cacheDir: string, timeoutMs = 600_000): Promise<Sample> {
  const { spawn } = await import('node:child_process');
  const server = spawn(process.execPath, [BIN, 'serve', '--data', data, '--port', '0', '--watch'], {
    cwd: ROOT,
    env: { ...process.env, TECHGRAPH_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  server.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.setEncoding('utf8').on('data', (c: string) => {
        out += c;
        const m = /techgraph viewer: (http:\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      server.on('exit', (code) => reject(new Error(`serve --watch exited ${code}:\n${stderr.slice(-2000)}`)));
    });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__techgraph?.ready === true, null, { timeout: timeoutMs });
    const seconds: number[] = [];
    for (let i = 0; i < runs; i++) {
      const id = `bench-watch-${i}`;
      const file = join(data, `${id}.yaml`);
      const t0 = performance.now();
      await writeFile(file, `techniques:\n  - id: ${id}\n    label: Bench watch ${i}\n    category: attention\n`);
      written.push(file);
      await page.waitForFunction((n) => !!window.__techgraph?.graph?.hasNode(n), id, { timeout: timeoutMs, polling: 20 });
      seconds.push((performance.now() - t0) / 1000);
    }
    // The server's share: from the start of each rebuild to graph.json in place (serve prints it).
    const rebuilds = [...stderr.matchAll(/^rebuilt: .* in ([\d.]+) s/gm)].map((m) => Number(m[1]));
    const share = rebuilds.length ? median(rebuilds) : undefined;
    return { seconds, ...(share !== undefined ? { note: `graph.json in place after ${share.toFixed(2)} s` } : {}) };
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    const { rm } = await import('node:fs/promises');
    await Promise.all(written.map((f) => rm(f, { force: true })));
  }
}
