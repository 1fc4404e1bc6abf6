// Vitest configuration: every test under test/, in Node; browser tests drive Chromium themselves.
// Before the tests, dist/ is rebuilt when a source is newer (tests that run bin/techgraph.mjs run the compiled
// code); the graph cache goes to a fresh temporary folder, so no test reads or writes the user's cache; every
// python3 a test starts reads the vendored networkx first (test/vendor/python/SOURCE.txt).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The Python packages the tests carry (networkx). */
const PYTHON_VENDOR = fileURLToPath(new URL('./vendor/python', import.meta.url));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    env: {
      TECHGRAPH_CACHE_DIR: mkdtempSync(join(tmpdir(), 'tg-test-cache-')),
      PYTHONPATH: [PYTHON_VENDOR, process.env.PYTHONPATH].filter(Boolean).join(delimiter),
      PYTHONDONTWRITEBYTECODE: '1',
    },
  },
});
