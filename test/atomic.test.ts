// No partial results (issue 5): a build that fails half-way (a write error, a kill while writing, a kill
// between two renames) leaves every previous export intact and, once the next build has run, no
// temporary file; two builds into one folder at once end with the complete set of one of them.
import { spawn } from 'node:child_process';
import { cp, link, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_NAMES, FORMATS as FORMATS_ALL, LOCK_NAME, recover, recoverFolder, TEMP_PREFIX, writeAtomic } from '../src/export/index.js';
import { buildExports } from '../src/pipeline/index.js';
import { type CliRun, cli, leftovers, snapshot } from './hostile-helpers.js';

const FORMATS = ['gexf', 'json'] as const;
let tmp: string;
let dataA: string; // the mini fixture
let dataB: string; // the mini fixture and one more node: different exports
let big: string; // ~20k nodes: writing takes long enough to be interrupted at random

const build = (data: string, out: string, extra: Partial<Parameters<typeof buildExports>[0]> = {}) =>
  buildExports({ data, out, formats: FORMATS, layout: { layout: 'none' }, ...extra });
const cliBuild = (data: string, out: string, env: Record<string, string> = {}, onSpawn?: (pid: number) => void): Promise<CliRun> =>
  cli(['build', '--data', data, '--out', out, '--format', 'gexf,json', '--layout', 'none', '--quiet'], {
    env,
    ...(onSpawn ? { onSpawn } : {}),
  });

/** The pid of a process that has exited (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

async function until(what: string, test: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const exportsOf = async (dir: string) => ({
  gexf: await readFile(join(dir, 'graph.gexf'), 'utf8'),
  json: await readFile(join(dir, 'graph.json'), 'utf8'),
});
const ids = (e: { gexf: string; json: string }) => ({
  gexf: [...e.gexf.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]).sort(),
  json: (JSON.parse(e.json) as { nodes: { key: string }[] }).nodes.map((n) => n.key).sort(),
});

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tg-atomic-'));
  dataA = 'test/fixtures/mini';
  dataB = join(tmp, 'data-b');
  await cp(dataA, dataB, { recursive: true });
  await writeFile(join(dataB, 'more.yaml'), 'motivations:\n  - id: extra\n    label: One more\n');
  big = join(tmp, 'data-big');
  await mkdir(big);
  const parts = ['sources:\n  - id: s\ntechniques:\n'];
  for (let i = 0; i < 20_000; i++)
    parts.push(
      `  - id: t${i}\n    label: "Technique ${i} <&> 长上下文"\n    description: "${'d'.repeat(200)}"\n    sources: s\n${i ? `    complements: t${i - 1}\n` : ''}`,
    );
  await writeFile(join(big, 'facts.yaml'), parts.join(''));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** A folder holding the exports of data A plus a file that is not ours. */
async function previous(name: string): Promise<{ out: string; before: Record<string, string> }> {
  const out = join(tmp, name);
  expect((await build(dataA, out)).ok).toBe(true);
  await writeFile(join(out, 'notes.txt'), 'not ours\n');
  return { out, before: await snapshot(out) };
}

describe('a write error half-way', () => {
  it.each([
    ["in the first export's first chunk", 'graph.gexf', 0],
    ['in the second export, after the first was complete', 'graph.json', 0],
    ['when renaming the first export', 'graph.gexf', 'rename'],
    ['when renaming the second export, after the first was renamed into place (rolled back)', 'graph.json', 'rename'],
  ] as const)('%s: previous exports intact, nothing left behind', async (_, file, at) => {
    const { out, before } = await previous(`fault-${file}-${at}`);
    const r = await build(dataB, out, {
      fault: (f, i) => {
        if (f === file && i === at) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.at(-1)!.code).toBe('WRITE_ERROR');
    expect(r.diagnostics.at(-1)!.message).toMatch(/previous files kept: ENOSPC/);
    expect(await snapshot(out)).toEqual(before);
  });

  it('with no previous exports, a failure after the first rename leaves the folder as it was (empty)', async () => {
    const out = join(tmp, 'fault-fresh');
    const r = await build(dataB, out, {
      fault: (f, i) => {
        if (f === 'graph.json' && i === 'rename') throw new Error('EIO');
      },
    });
    expect(r.ok).toBe(false);
    expect(await readdir(out)).toEqual([]);
  });

  it('exports in sub-folders are rolled back too', async () => {
    const out = join(tmp, 'fault-nested');
    const files = (v: string) => [
      { name: 'a.txt', chunks: () => [`a ${v}`] },
      { name: 'sub/b.txt', chunks: () => [`b ${v}`] },
      { name: 'sub/c.txt', chunks: () => [`c ${v}`] },
    ];
    await writeAtomic(out, files('old'));
    const before = await snapshot(out);
    await expect(
      writeAtomic(out, files('new'), (f, i) => {
        if (f === 'sub/c.txt' && i === 'rename') throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await snapshot(out)).toEqual(before);
  });
});

/** Previous exports (data A), then a CLI build of data B killed between its two renames; returns the mixed folder. */
async function killedBetweenRenames(name: string): Promise<{ out: string; before: Record<string, string>; mixed: Record<string, string> }> {
  const { out, before } = await previous(name);
  let pid = 0;
  const run = cliBuild(dataB, out, { TECHGRAPH_TEST_RENAME_PAUSE_MS: '20000' }, (p) => (pid = p));
  // Wait until graph.gexf is the new one and graph.json still the old one, then kill.
  await until(
    'the first rename',
    async () => (await readFile(join(out, 'graph.gexf')).catch(() => Buffer.from(''))).toString('base64') !== before['graph.gexf'],
  );
  process.kill(pid, 'SIGKILL');
  expect((await run).signal).toBe('SIGKILL');
  return { out, before, mixed: await snapshot(out) };
}

describe('a build killed half-way (SIGKILL to the real CLI)', () => {
  it("while writing its temporaries: previous exports intact; the next build removes the dead build's temporaries", async () => {
    const { out, before } = await previous('kill-write');
    let pid = 0;
    const run = cliBuild(dataB, out, { TECHGRAPH_TEST_WRITE_PAUSE_MS: '20000' }, (p) => (pid = p));
    await until('a temporary file', async () => (await readdir(out)).some((n) => n.startsWith(TEMP_PREFIX)));
    process.kill(pid, 'SIGKILL');
    expect((await run).signal).toBe('SIGKILL');
    // A killed process cannot clean up: its temporary is there, the exports are untouched.
    const after = await snapshot(out);
    expect(Object.keys(after).filter((n) => n.startsWith(TEMP_PREFIX)).length).toBeGreaterThan(0);
    for (const k of Object.keys(before)) expect(after[k], k).toBe(before[k]);
    // The next build cleans up and writes a complete set.
    const r = await build(dataB, out);
    expect(r.ok).toBe(true);
    expect(await leftovers(out)).toEqual([]);
    expect(ids(await exportsOf(out)).gexf).toContain('extra');
  }, 60_000);

  it('between two renames: the next build rolls the dead build back to the previous exports first', async () => {
    const { out, before, mixed } = await killedBetweenRenames('kill-rename');
    expect(mixed['graph.json']).toBe(before['graph.json']);
    expect(mixed['graph.gexf']).not.toBe(before['graph.gexf']); // the window this design must repair
    expect(Object.keys(mixed)).toEqual(expect.arrayContaining([LOCK_NAME, expect.stringMatching(/^\.tg-tmp-\d+-.*\.journal$/)]));
    // The next build fails at its own first rename, so the folder shows only what recovery did: the previous set.
    const r = await build(dataB, out, {
      fault: (_, i) => {
        if (i === 'rename') throw new Error('stop here');
      },
    });
    expect(r.ok).toBe(false);
    expect(await snapshot(out)).toEqual(before);
    // And a build that succeeds writes a complete new set.
    expect((await build(dataB, out)).ok).toBe(true);
    expect(await leftovers(out)).toEqual([]);
    const now = ids(await exportsOf(out));
    expect(now.gexf).toEqual(now.json);
    expect(now.gexf).toContain('extra');
  }, 60_000);

  it('between two renames, then a build on invalid data (exit 1): the folder holds exactly the previous set again', async () => {
    const { out, before, mixed } = await killedBetweenRenames('kill-rename-invalid');
    expect([mixed['graph.gexf'] !== before['graph.gexf'], mixed['graph.json'] === before['graph.json']]).toEqual([true, true]); // new gexf, old json
    // A build that stops on invalid data, before any write step, still recovers the folder at its start.
    const r = await cliBuild('test/fixtures/invalid/cycle', out);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/error CYCLE/);
    expect(await snapshot(out)).toEqual(before); // byte for byte, no .tg-tmp-* file, no lock
    expect(await leftovers(out)).toEqual([]);
  }, 60_000);

  it('at moments spread over the write phase of 20,000 nodes: after recovery the folder holds the complete previous set or the complete new set', async () => {
    const { out, before } = await previous('kill-random');
    const reference = join(tmp, 'kill-random-reference');
    expect((await build(big, reference)).ok).toBe(true);
    const next = await exportsOf(reference);
    const outcomes: string[] = [];
    for (const delay of [0, 150, 500, 800, 1200, 2500]) {
      // Back to the previous set before each round.
      await rm(out, { recursive: true, force: true });
      expect((await build(dataA, out)).ok).toBe(true);
      await writeFile(join(out, 'notes.txt'), 'not ours\n');
      let pid = 0;
      const run = cliBuild(big, out, {}, (p) => (pid = p));
      // Kill `delay` ms after the first temporary appears (or after the build, if it was quicker).
      await until(
        'the write phase',
        async () =>
          (await readdir(out)).some((n) => n.startsWith(TEMP_PREFIX)) ||
          (await Promise.race([run.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 1))])),
        60_000,
      );
      await new Promise((r) => setTimeout(r, delay));
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already finished
      }
      await run;
      // Where the kill landed: while writing temporaries, between renames, or after the build.
      const left = await leftovers(out);
      const phase = left.some((n) => n.endsWith('.journal')) ? 'renaming' : left.length ? 'writing' : 'after';
      // The next build recovers, then fails at its own first rename: what is left is what recovery made.
      await build(dataA, out, {
        fault: (_, i) => {
          if (i === 'rename') throw new Error('recover only');
        },
      });
      const state = await snapshot(out);
      expect(Object.keys(state).sort()).toEqual(['graph.gexf', 'graph.json', 'notes.txt']);
      const now = await exportsOf(out);
      const isPrevious = state['graph.gexf'] === before['graph.gexf'] && state['graph.json'] === before['graph.json'];
      const isNext = now.gexf === next.gexf && now.json === next.json;
      expect(isPrevious || isNext, `kill ${delay} ms into the write phase`).toBe(true);
      outcomes.push(`${delay} ms: ${phase} → ${isPrevious ? 'previous' : 'new'}`);
    }
    console.info(`kills during the write phase: ${outcomes.join('; ')}`);
  }, 300_000);
});

describe('two builds into the same folder at once', () => {
  it('end with the complete set of one of them (the folder lock orders their renames)', async () => {
    const out = join(tmp, 'concurrent');
    // Build A pauses between its renames; build B starts while A is between them. Without the lock, B's two
    // renames would land in A's pause: graph.gexf from B, graph.json from A.
    let pidA = 0;
    const a = cliBuild(dataA, out, { TECHGRAPH_TEST_RENAME_PAUSE_MS: '1500' }, (p) => (pidA = p));
    await until('build A between its renames', async () =>
      (await readdir(out).catch(() => [] as string[])).some((n) => n.endsWith('.journal')),
    );
    expect(pidA).toBeGreaterThan(0);
    const b = cliBuild(dataB, out);
    const [ra, rb] = await Promise.all([a, b]);
    expect([ra.code, rb.code], ra.stderr + rb.stderr).toEqual([0, 0]);
    let now = ids(await exportsOf(out));
    expect(now.gexf).toEqual(now.json);
    expect(now.gexf).toContain('extra'); // B waited for A's lock, then replaced A's set with its own
    expect(await leftovers(out)).toEqual([]);
    // And started at the same moment, a few times.
    for (let round = 0; round < 2; round++) {
      const env = { TECHGRAPH_TEST_RENAME_PAUSE_MS: '200' };
      const [x, y] = await Promise.all([cliBuild(dataA, out, env), cliBuild(dataB, out, env)]);
      expect([x.code, y.code], x.stderr + y.stderr).toEqual([0, 0]);
      now = ids(await exportsOf(out));
      expect(now.gexf).toEqual(now.json);
      expect(await leftovers(out)).toEqual([]);
    }
  }, 120_000);

  it('a lock whose owner died is broken; a live owner is waited for, then the build fails cleanly', async () => {
    const { out, before } = await previous('locks');
    await writeFile(join(out, LOCK_NAME), `${await deadPid()} abc\n`);
    expect((await build(dataA, out)).ok).toBe(true);
    expect(await leftovers(out)).toEqual([]);
    // A live owner: a sleeping process.
    const sleeper = spawn('sleep', ['30']);
    try {
      await writeFile(join(out, LOCK_NAME), `${sleeper.pid} xyz\n`);
      const lockBefore = await snapshot(out);
      const r = await build(dataB, out, { export: { lockTimeoutMs: 300 } });
      expect(r.ok).toBe(false);
      expect(r.diagnostics.at(-1)!.message).toMatch(new RegExp(`held by process ${sleeper.pid}; another build is writing here`));
      expect(await snapshot(out)).toEqual(lockBefore); // the live lock and the exports untouched, no temporary left
    } finally {
      sleeper.kill();
    }
    expect(before['notes.txt']).toBeDefined();
  });

  it('temporaries of dead builds are removed, those of live builds kept', async () => {
    const { out } = await previous('stale');
    const dead = await deadPid();
    const sleeper = spawn('sleep', ['30']);
    try {
      const stale = [`${TEMP_PREFIX}${dead}-x-y-graph.gexf`, `${TEMP_PREFIX}${dead}-x-y-bak-graph.json`];
      const live = `${TEMP_PREFIX}${sleeper.pid}-x-y-graph.gexf`;
      for (const n of [...stale, live]) await writeFile(join(out, n), 'partial');
      expect(await recover(out)).toEqual({ rolledBack: 0, removed: 2 });
      expect(await leftovers(out)).toEqual([live]);
      expect((await stat(join(out, 'graph.gexf'))).size).toBeGreaterThan(0);
    } finally {
      sleeper.kill();
    }
  });

  it('recoverFolder recovers under the lock, but skips a folder whose lock a live build holds, and a missing folder', async () => {
    const { out, before } = await previous('recover-folder');
    const stale = `${TEMP_PREFIX}${await deadPid()}-x-y-graph.gexf`;
    await writeFile(join(out, stale), 'partial');
    const sleeper = spawn('sleep', ['30']);
    try {
      await writeFile(join(out, LOCK_NAME), `${sleeper.pid} xyz\n`);
      const held = await snapshot(out);
      expect(await recoverFolder(out)).toBeNull(); // no wait for the live owner, nothing touched
      expect(await snapshot(out)).toEqual(held);
    } finally {
      sleeper.kill();
      await new Promise((r) => sleeper.on('exit', r));
    }
    // The owner is dead now: its lock is broken, the stale temporary removed, the lock released.
    expect(await recoverFolder(out)).toEqual({ rolledBack: 0, removed: 1 });
    expect(await snapshot(out)).toEqual(before);
    expect(await recoverFolder(join(tmp, 'no-such-folder'))).toBeNull();
    await expect(stat(join(tmp, 'no-such-folder'))).rejects.toThrow(/ENOENT/);
  });
});

describe('what recovery finds in the folder is not trusted (issue 15, class 10)', () => {
  it('EXPORT_NAMES holds every file every format writes', async () => {
    const r = await build(dataA, join(tmp, 'names'), { formats: Object.keys(FORMATS_ALL) as (keyof typeof FORMATS_ALL)[] });
    expect(r.ok).toBe(true);
    for (const w of r.written) expect(EXPORT_NAMES.has(relative(join(tmp, 'names'), w.path).split(sep).join('/')), w.path).toBe(true);
    expect(r.written.length).toBeGreaterThan(10);
  });

  it("follows a dead build's journal only for export names and its own tag's temporaries and backups", async () => {
    const { out, before } = await previous('forged-journal');
    const dead = await deadPid();
    const tag = `${dead}-x1-y1`;
    await writeFile(join(tmp, 'precious.txt'), 'outside\n');
    // The dead build had renamed graph.gexf into place; its backup holds the previous one.
    const prevGexf = await readFile(join(out, 'graph.gexf'));
    await link(join(out, 'graph.gexf'), join(out, `${TEMP_PREFIX}${tag}-bak-graph.gexf`));
    await rm(join(out, 'graph.gexf')); // a new file renamed into place, not the backup's inode
    await writeFile(join(out, 'graph.gexf'), 'half-new');
    const entries = [
      { name: 'graph.gexf', temp: `${TEMP_PREFIX}${tag}-graph.gexf`, backup: `${TEMP_PREFIX}${tag}-bak-graph.gexf` },
      { name: '../precious.txt', temp: `${TEMP_PREFIX}${tag}-.._precious.txt`, backup: null }, // out of the folder
      { name: 'notes.txt', temp: `${TEMP_PREFIX}${tag}-notes.txt`, backup: null }, // not an export
      { name: 'graph.json', temp: `${TEMP_PREFIX}${tag}-graph.json`, backup: '../precious.txt' }, // a backup not of its naming
      { name: 'graph.json', temp: `${TEMP_PREFIX}other-graph.json`, backup: null }, // a temporary of another tag
    ];
    await writeFile(join(out, `${TEMP_PREFIX}${tag}.journal`), JSON.stringify({ pid: dead, entries }));
    expect(await recover(out, EXPORT_NAMES)).toEqual({ rolledBack: 1, removed: 0 });
    expect(await readFile(join(out, 'graph.gexf'))).toEqual(prevGexf);
    expect(await snapshot(out)).toEqual(before);
    expect(await readFile(join(tmp, 'precious.txt'), 'utf8')).toBe('outside\n');
  });

  it('removes what is named like its own files but is a link, never what the link points to; leaves folders alone', async () => {
    const { out } = await previous('forged-links');
    const dead = await deadPid();
    await writeFile(join(tmp, 'target.txt'), 'kept\n');
    await symlink(join(tmp, 'target.txt'), join(out, `${TEMP_PREFIX}${dead}-a-b-graph.gexf`));
    await symlink(join(tmp, 'target.txt'), join(out, `${TEMP_PREFIX}${dead}-a-b.journal`));
    await mkdir(join(out, `${TEMP_PREFIX}${dead}-a-b-folder`));
    await writeFile(join(out, `${TEMP_PREFIX}${dead}-a-b-folder`, 'inside.txt'), 'kept\n');
    await recover(out, EXPORT_NAMES);
    expect(await leftovers(out)).toEqual([`${TEMP_PREFIX}${dead}-a-b-folder`]);
    expect(await readFile(join(tmp, 'target.txt'), 'utf8')).toBe('kept\n');
  });
});
