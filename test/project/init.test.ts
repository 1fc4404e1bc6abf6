// techgraph init: a data folder with one example of every kind that checks, the schema and the modeline;
// never overwrites a file (and then writes none).
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { check } from '../../src/pipeline/index.js';
import { jsonSchema } from '../../src/validate/index.js';
import { KIND_NAMES } from '../../src/vocabulary/index.js';

async function cli(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd });
  return { code, stdout, stderr };
}

describe('techgraph init', () => {
  it('writes an example of every kind that checks, the schema and the modeline', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'tg-init-'));
    const r = await cli(cwd, 'init');
    expect(r.code).toBe(0);
    const dir = join(cwd, 'graph-data');
    expect((await readdir(dir)).sort()).toEqual(['example.yaml', 'schema.json']);
    const example = await readFile(join(dir, 'example.yaml'), 'utf8');
    expect(example.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    expect(JSON.parse(await readFile(join(dir, 'schema.json'), 'utf8'))).toEqual(jsonSchema());
    const checked = await check({ data: dir });
    expect(checked.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning CONFLICT']);
    expect(new Set(checked.facts.nodes.map((n) => n.kind))).toEqual(new Set(KIND_NAMES));
    expect(r.stdout).toContain('techgraph serve --data graph-data --watch');
  });

  it('takes a folder, and refuses to overwrite: one existing file means nothing is written', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'tg-init-'));
    await mkdir(join(cwd, 'facts'));
    await writeFile(join(cwd, 'facts', 'schema.json'), 'mine');
    const r = await cli(cwd, 'init', 'facts');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('facts/schema.json exists');
    expect(await readdir(join(cwd, 'facts'))).toEqual(['schema.json']);
    expect(await readFile(join(cwd, 'facts', 'schema.json'), 'utf8')).toBe('mine');
    expect((await cli(cwd, 'init', 'other')).code).toBe(0);
    expect((await cli(cwd, 'init', 'other')).code).toBe(1);
    expect((await cli(cwd, 'init', 'a', 'b')).code).toBe(2);
  });
});
