/**
 * The CLI: parses arguments, calls the library, prints. The only module that
 * writes to the terminal; it returns the exit code instead of exiting.
 * Each command's code is imported when that command runs: `--help` loads
 * the argument parser and the settings faces it reads (no working code), a
 * cached query no validator and no exporter.
 */
import { printable } from '../diagnostics/index.js';
import { isSparql, parseArgs, USAGE } from './args.js';
import type { Io } from './io.js';
import { jsonText } from './json-text.js';
import { counts, printDiagnostics, summary } from './report.js';

export type { Io } from './io.js';

/**
 * Test-only: when set to 1, run() throws, so a test can see how
 * bin/techgraph.mjs reports an internal error. Never set outside tests.
 */
const CRASH_ENV = 'TECHGRAPH_TEST_CRASH';

/**
 * Runs the CLI; resolves to the exit code (0 ok, 1 invalid data, 2 usage).
 * It throws only on a bug: bin/techgraph.mjs then exits 70.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (process.env[CRASH_ENV] === '1') throw new Error(`${CRASH_ENV} is set: a test-only crash`);
  if (isSparql(argv)) return (await import('./sparql.js')).sparqlCli(argv, io);
  const cmd = parseArgs(argv);
  if ('usage' in cmd) {
    io.stderr(`techgraph: ${printable(cmd.usage)}\n\n${cmd.help ?? USAGE}\n`);
    return 2;
  }
  switch (cmd.command) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return 0;
    case 'version':
      io.stdout('techgraph 0.1.0\n');
      return 0;
    case 'query':
      return (await import('./query.js')).runQuery(cmd, io);
    case 'schema': {
      const { jsonSchema } = await import('../validate/index.js');
      io.stdout(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
      return 0;
    }
    case 'init':
      return (await import('./project.js')).runInit(cmd, io);
    case 'serve':
      return (await import('./project.js')).runServe(cmd, io);
    case 'site':
      return (await import('./project.js')).runSite(cmd, io);
    case 'check': {
      const { check } = await import('../pipeline/index.js');
      const result = await check({ data: cmd.data, cwd: io.cwd, load: cmd.limits });
      if (cmd.format === 'json')
        for (const chunk of jsonText({ ok: result.ok, ...counts(result.diagnostics), diagnostics: result.diagnostics })) io.stdout(chunk);
      else {
        printDiagnostics(result.diagnostics, io.stdout);
        io.stdout(
          `${result.ok ? 'ok' : 'failed'}: ${result.facts.nodes.length} nodes, ${result.facts.relations.length} relations; ${summary(result.diagnostics)}\n`,
        );
      }
      return result.ok ? 0 : 1;
    }
    case 'build': {
      if (cmd.watch) return (await import('./project.js')).runWatchBuild(cmd, io);
      const [{ buildExports }, { progressPrinter }, { writeCached }] = await Promise.all([
        import('../pipeline/index.js'),
        import('./progress.js'),
        import('../project/index.js'),
      ]);
      const progress = io.isTTY && !cmd.quiet ? progressPrinter(io.stderr) : undefined;
      const result = await buildExports({
        data: cmd.data,
        out: cmd.out,
        cwd: io.cwd,
        load: cmd.limits,
        formats: cmd.formats,
        layout: { layout: cmd.layout, iterations: cmd.iterations, seed: cmd.seed },
        ...(progress ? { onProgress: progress.update } : {}),
      });
      progress?.end();
      // The next query on this data reads the graph built here (keyed by the bytes this build read).
      if (result.ok && result.graph && result.fingerprint) await writeCached(result.fingerprint, result.graph);
      const shown = result.ok && cmd.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
      printDiagnostics(shown, io.stderr);
      if (!result.ok) {
        io.stderr(`build failed: ${summary(result.diagnostics)}; no export was written or changed\n`);
        return 1;
      }
      if (!cmd.quiet) {
        const g = result.graph!;
        io.stderr(`built ${g.order} nodes, ${g.size} edges; ${summary(result.diagnostics)}\n`);
        for (const w of result.written) io.stderr(`  wrote ${printable(w.path)} (${w.bytes} bytes)\n`);
      }
      return 0;
    }
  }
}
