/**
 * The CLI commands on a data folder: `init`, `serve` (with `--watch`),
 * `build --watch` and `site`. They print; the work is src/project's. The
 * long-running ones resolve when SIGINT or SIGTERM arrives (Ctrl+C), after
 * closing the server and the watcher and removing their temporary folder.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { FORMATS, type Format } from '../export/index.js';
import {
  buildSite,
  init,
  LiveBuild,
  LiveChannel,
  type RebuildResult,
  type RunningServer,
  SCAFFOLD_FILES,
  startServer,
  viewerDir,
  watchFolder,
} from '../project/index.js';
import type { Command, ServeCommand } from './args.js';
import type { Io } from './io.js';
import { printDiagnostics, summary } from './report.js';

type BuildCommand = Extract<Command, { command: 'build' }>;

/** Resolves on the first SIGINT or SIGTERM. */
const interrupted = () =>
  new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

/** `techgraph init [DIR]`. */
export async function runInit(cmd: Extract<Command, { command: 'init' }>, io: Io): Promise<number> {
  const { jsonSchema } = await import('../validate/index.js');
  const dir = resolve(io.cwd, cmd.dir);
  const r = await init(dir, jsonSchema());
  const show = (p: string) => relative(io.cwd, p) || '.';
  if (!r.ok) {
    for (const e of r.errors) io.stderr(`techgraph init: ${show(e.path)} ${e.message}\n`);
    io.stderr('techgraph init: nothing was written\n');
    return 1;
  }
  for (const w of r.written) io.stderr(`  wrote ${show(w)}\n`);
  const data = show(dir);
  io.stdout(
    `A new data folder: ${data}/\n` +
      `  edit    ${data}/${SCAFFOLD_FILES.facts} (one family, version, sub-model, technique, motivation and source)\n` +
      `  check   npx techgraph check --data ${data}\n` +
      `  view    npx techgraph serve --data ${data} --watch\n`,
  );
  return 0;
}

/** Prints one watch-mode rebuild. */
function report(r: RebuildResult, io: Io, what: string): void {
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (!r.ok) {
    printDiagnostics(errors, io.stderr);
    io.stderr(`${what} failed: ${summary(r.diagnostics)}; the last good graph stays\n`);
  } else io.stderr(`${what}: ${r.nodes} nodes, ${r.edges} edges in ${(r.ms / 1000).toFixed(2)} s; ${summary(r.diagnostics)}\n`);
}

/** `techgraph serve [--data DIR] [--port N] [--host H] [--watch]`. */
export async function runServe(cmd: ServeCommand, io: Io): Promise<number> {
  const viewer = viewerDir();
  if (!existsSync(join(viewer, 'index.html'))) {
    io.stderr(`techgraph serve: the viewer is missing (${viewer}); in a checkout, run \`npm run build\` first\n`);
    return 1;
  }
  const data = resolve(io.cwd, cmd.data);
  const out = await mkdtemp(join(tmpdir(), 'techgraph-serve-'));
  const live = cmd.watch ? new LiveChannel() : undefined;
  let first = true;
  const builder = new LiveBuild({
    data,
    out,
    cwd: io.cwd,
    formats: Object.keys(FORMATS) as Format[],
    onGraph: () => live?.graphChanged(),
    onResult: (r) => {
      if (!r.ok) live?.failed(r.diagnostics);
      if (first && !r.ok && !cmd.watch) printDiagnostics(r.diagnostics, io.stderr);
      else report(r, io, first ? 'built' : 'rebuilt');
      first = false;
    },
  });
  let server: RunningServer | undefined;
  let watcher: { close: () => void } | undefined;
  try {
    await builder.trigger();
    if (!existsSync(join(out, 'graph.json')) && !cmd.watch) {
      io.stderr(`techgraph serve: the data in ${cmd.data} is invalid; nothing to serve (fix it, or serve --watch to follow your edits)\n`);
      return 1;
    }
    try {
      server = await startServer({
        viewer,
        exports: out,
        host: cmd.host,
        port: cmd.port,
        allowHosts: cmd.allowHosts,
        ...(live ? { live } : {}),
      });
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      io.stderr(
        err.code === 'EADDRINUSE'
          ? `techgraph serve: port ${cmd.port} is in use; choose another with --port N (0: any free port)\n`
          : `techgraph serve: cannot listen on ${cmd.host}:${cmd.port}: ${err.code ?? err.message}\n`,
      );
      return 1;
    }
    if (cmd.watch) watcher = watchFolder(data, () => void builder.trigger());
    io.stdout(`techgraph viewer: ${server.url}\n`);
    io.stderr(`serving ${cmd.data}${cmd.watch ? ', rebuilding on every change' : ''} (Ctrl+C to stop)\n`);
    await interrupted();
    return 0;
  } finally {
    watcher?.close();
    await server?.close();
    await builder.idle().catch(() => undefined);
    await rm(out, { recursive: true, force: true });
  }
}

/** `techgraph build --watch`: builds, then again on every change, until interrupted. */
export async function runWatchBuild(cmd: BuildCommand, io: Io): Promise<number> {
  const data = resolve(io.cwd, cmd.data);
  const builder = new LiveBuild({
    data,
    out: resolve(io.cwd, cmd.out),
    cwd: io.cwd,
    formats: cmd.formats,
    layout: { layout: cmd.layout, iterations: cmd.iterations, seed: cmd.seed },
    onResult: (r) => (cmd.quiet && r.ok ? undefined : report(r, io, 'built')),
  });
  await builder.trigger();
  const watcher = watchFolder(data, () => void builder.trigger());
  io.stderr(`watching ${cmd.data} (Ctrl+C to stop)\n`);
  await interrupted();
  watcher.close();
  await builder.flush().catch(() => undefined);
  return 0;
}

/** `techgraph site --out DIR [--base PATH]`. */
export async function runSite(cmd: Extract<Command, { command: 'site' }>, io: Io): Promise<number> {
  const viewer = viewerDir();
  if (!existsSync(join(viewer, 'index.html'))) {
    io.stderr(`techgraph site: the viewer is missing (${viewer}); in a checkout, run \`npm run build\` first\n`);
    return 1;
  }
  const r = await buildSite({ data: resolve(io.cwd, cmd.data), out: resolve(io.cwd, cmd.out), base: cmd.base, cwd: io.cwd, viewer });
  printDiagnostics(r.ok ? r.diagnostics.filter((d) => d.severity === 'error') : r.diagnostics, io.stderr);
  if (!r.ok) {
    io.stderr(`site failed: ${summary(r.diagnostics)}; nothing was written\n`);
    return 1;
  }
  io.stderr(`site: ${r.nodes} nodes, ${r.edges} edges; ${r.written.length} files in ${cmd.out}; ${summary(r.diagnostics)}\n`);
  io.stdout(`${join(cmd.out, 'index.html')}${cmd.base === '/' ? '' : ` (for ${cmd.base})`}\n`);
  return 0;
}
