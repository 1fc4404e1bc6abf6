// The query library must bundle for the browser: no Node import anywhere under src/query/.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('src/query in the browser', () => {
  it('imports nothing from Node', async () => {
    const dir = 'src/query';
    for (const f of await readdir(dir)) {
      const text = await readFile(join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/from ['"](node:|fs|path|os|url|process)/);
    }
  });

  it('bundles with esbuild for platform browser', async () => {
    const r = await build({
      entryPoints: ['src/query/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(r.errors).toEqual([]);
    const text = r.outputFiles[0]!.text;
    expect(text).toContain('function kShortest');
    expect(text).not.toMatch(/require\(|from ?"node:/);
  });
});
