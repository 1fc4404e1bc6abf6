// The CLI end to end through run(): output, exit codes, and what it writes.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';
import { cli as cliProcess, STACK_LINE } from '../hostile-helpers.js';

describe('techgraph CLI', () => {
  it('check prints each diagnostic as file:line:column and exits 1 on errors', async () => {
    const r = await cli('check', '--data', 'test/fixtures/invalid/unknown-field');
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(
      lines.slice(0, 4).every((l) => /^test\/fixtures\/invalid\/unknown-field\/facts\.yaml:\d+:\d+: error UNKNOWN_FIELD: /.test(l)),
    ).toBe(true);
    expect(lines.at(-1)).toMatch(/^failed: .*4 errors, 0 warnings$/);
  });

  it('check --format json gives machine-readable diagnostics', async () => {
    const r = await cli('check', '--data', 'test/fixtures/invalid/conflict', '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ok: true, errors: 0, warnings: 2 });
    expect(out.diagnostics.map((d: { code: string; line: number }) => [d.code, d.line])).toEqual([
      ['CONFLICT', 7],
      ['CONFLICT', 11],
    ]);
  });

  it('exits 2 on bad usage, with the usage text', async () => {
    const r = await cli('build', '--layout', 'spiral');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: techgraph');
  });

  it('build writes nothing on invalid data and says so', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tg-cli-'));
    const r = await cli('build', '--data', 'test/fixtures/invalid/cycle', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error CYCLE/);
    expect(await readdir(out)).toEqual([]);
  });

  it('build writes both exports and reports their sizes', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tg-cli-'));
    const r = await cli('build', '--data', 'test/fixtures/mini', '--out', out);
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      'graph.cyjs',
      'graph.cypher',
      'graph.gexf',
      'graph.graphml',
      'graph.json',
      'graph.mmd',
      'graph.nt',
      'graph.ttl',
      'neo4j',
    ]);
    expect(r.stderr).toMatch(/built 10 nodes, 18 edges/);
  });

  it('schema prints a draft-07 JSON Schema', async () => {
    const r = await cli('schema');
    expect(JSON.parse(r.stdout).$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
});

describe('an internal error (a bug) in the real CLI, made by the test-only TECHGRAPH_TEST_CRASH=1', () => {
  const lines = [
    'techgraph: internal error: TECHGRAPH_TEST_CRASH is set: a test-only crash',
    'this is a bug: please report it, with the output of the same command run with TECHGRAPH_DEBUG=1 (which prints the stack)',
  ];

  it('exits 70 with exactly two lines on stderr and no stack trace', async () => {
    const r = await cliProcess(['check', '--data', 'test/fixtures/mini'], { env: { TECHGRAPH_TEST_CRASH: '1', TECHGRAPH_DEBUG: '' } });
    expect(r.code).toBe(70);
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${lines.join('\n')}\n`);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('prints the stack too with TECHGRAPH_DEBUG=1', async () => {
    const r = await cliProcess(['check', '--data', 'test/fixtures/mini'], { env: { TECHGRAPH_TEST_CRASH: '1', TECHGRAPH_DEBUG: '1' } });
    expect(r.code).toBe(70);
    const err = r.stderr.split('\n');
    expect(err.slice(0, 2)).toEqual(lines);
    expect(err[2]).toBe('Error: TECHGRAPH_TEST_CRASH is set: a test-only crash');
    expect(r.stderr).toMatch(/\n {4}at run \(.*dist\/cli\/main\.js:\d+:\d+\)/);
  });

  it('without the hook the same command runs normally', async () => {
    const r = await cliProcess(['check', '--data', 'test/fixtures/mini'], { env: { TECHGRAPH_TEST_CRASH: '', TECHGRAPH_DEBUG: '1' } });
    expect(r.code, r.stderr).toBe(0);
  });
});
