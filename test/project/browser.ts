// Helpers of the end-to-end tests of serve, watch, site and the package: headless Chromium (Debian's
// /usr/bin/chromium through playwright-core, software WebGL as in test/viewer), `techgraph serve` as a
// child process, a plain static file server, and waiting for the viewer to show a graph.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/techgraph.mjs');
export { ARTIFACTS } from '../helpers.js';

import { ARTIFACTS } from '../helpers.js';

export function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return launchChromium();
}

/** A page of a fresh context, failing on page errors (collected in `errors`). */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

/** Waits until the viewer shows a graph that has `node`. */
export async function waitForNode(page: Page, node: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((id) => window.__techgraph?.ready === true && !!window.__techgraph.graph?.hasNode(id), node, { timeout });
}

/** A running child: its output so far, and how to stop it (SIGTERM, then its exit). */
export interface Child {
  process: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  stop: () => Promise<number | null>;
}

/** Starts `command` and resolves once its output (stdout, then stderr) matches `ready`, with the match; rejects when it exits first. */
export function start(
  command: string,
  args: readonly string[],
  options: { cwd: string; ready: RegExp; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<{ child: Child; match: RegExpMatchArray }> {
  const p = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((r) => p.on('exit', (code) => r(code)));
  const child: Child = {
    process: p,
    stdout: () => out,
    stderr: () => err,
    stop: async () => {
      if (p.exitCode === null) p.kill('SIGTERM');
      return exited;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${command} ${args.join(' ')}: not ready after ${options.timeoutMs ?? 120_000} ms\n${err}`)),
      options.timeoutMs ?? 120_000,
    );
    const check = () => {
      const m = options.ready.exec(out) ?? options.ready.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m });
      }
    };
    p.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      check();
    });
    p.stderr.setEncoding('utf8').on('data', (c: string) => {
      err += c;
      check();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited ${code} before it was ready:\n${out}\n${err}`));
    });
  });
}

/** `techgraph serve` (the checkout's bin) on `data`; resolves with the URL it prints. */
export async function serve(cwd: string, args: readonly string[], bin = BIN): Promise<{ child: Child; url: string }> {
  const { child, match } = await start(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    cwd,
    ready: /techgraph viewer: (http:\S+)/,
  });
  return { child, url: match[1]! };
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}
