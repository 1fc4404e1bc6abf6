#!/usr/bin/env node
// `npm run build`: compiles src/ to JavaScript with declarations in dist/ (tsc -p tsconfig.build.json;
// the layout worker, plain JavaScript, is copied by allowJs), builds the viewer into dist/viewer/ (Vite),
// and writes dist/build-id.txt, a hash of the compiled code (the query cache keys on it, so a new build
// never reads a graph an older one cached). Fails loudly on any step.
//
//   node scripts/build.mjs [--if-stale] [--no-viewer]
//
// --if-stale: does nothing when dist/ is newer than every file it is built from (npm start, npm test).
// --no-viewer: skips the viewer (dist/viewer is kept as it is).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildViewerInto } from './vite-build.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, 'build-id.txt');
// dist/build-id.txt: written last, so its time says when the build finished (see stale()).
const INPUTS = [
  'src',
  'viewer/src',
  'viewer/index.html',
  'viewer/public',
  'viewer/vite.config.ts',
  'tsconfig.json',
  'tsconfig.build.json',
  'package.json',
];

/** Every file under `p` (a file or a folder), skipping build output. */
function filesUnder(p) {
  const abs = join(ROOT, p);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [abs];
  return readdirSync(abs, { recursive: true })
    .map((f) => join(abs, f))
    .filter((f) => !f.includes(`${join('viewer', 'dist')}`) && statSync(f).isFile());
}

const newest = (files) => Math.max(0, ...files.map((f) => statSync(f).mtimeMs));

/** True when dist/ is missing or older than a file it is built from. */
export function stale() {
  return (
    !existsSync(STAMP) || !existsSync(join(DIST, 'viewer', 'index.html')) || newest(INPUTS.flatMap(filesUnder)) > statSync(STAMP).mtimeMs
  );
}

/**
 * Builds into a fresh folder next to dist/ and swaps it in with two renames, so a CLI or a test running from
 * dist/ meanwhile never sees it half-built (and two builds at once end with one complete dist/).
 */
function build({ viewer }) {
  const tmp = join(ROOT, `.dist-tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(ROOT, 'tsconfig.build.json'), '--outDir', tmp], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (viewer) buildViewerInto(join(tmp, 'viewer'), { stdio: 'inherit' });
    else if (existsSync(join(DIST, 'viewer'))) cpSync(join(DIST, 'viewer'), join(tmp, 'viewer'), { recursive: true });
    const hash = createHash('sha256');
    const compiled = readdirSync(tmp, { recursive: true })
      .filter((f) => !f.startsWith('viewer') && statSync(join(tmp, f)).isFile())
      .sort();
    for (const f of compiled) {
      hash.update(f);
      hash.update(readFileSync(join(tmp, f)));
    }
    writeFileSync(join(tmp, 'build-id.txt'), `${hash.digest('hex').slice(0, 32)}\n`);
    const old = join(ROOT, `.dist-old-${process.pid}`);
    if (existsSync(DIST)) renameSync(DIST, old);
    renameSync(tmp, DIST);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  for (const a of args) if (a !== '--if-stale' && a !== '--no-viewer') throw new Error(`build: unknown option ${a}`);
  if (args.includes('--if-stale') && !stale()) process.exit(0);
  build({ viewer: !args.includes('--no-viewer') });
}
