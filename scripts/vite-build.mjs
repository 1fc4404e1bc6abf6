// Builds the viewer (viewer/, Vite) into a folder: one command line for `npm run build`, the browser
// tests and the bench. Synchronous; throws when Vite fails.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Builds the viewer into `outDir` (emptied first); `stdio` as for child_process (default: 'pipe'). */
export function buildViewerInto(outDir, { stdio = 'pipe' } = {}) {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(ROOT, 'viewer/vite.config.ts'),
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio },
  );
}
