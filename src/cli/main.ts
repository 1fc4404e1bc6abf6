/**
 * The CLI: parses arguments, calls the library, prints. The only module that
 * writes to the terminal; it returns the exit code instead of exiting.
 */
import { type Diagnostic, formatDiagnostic, formatRelated, printable } from '../diagnostics/index.js';
import { buildExports, check } from '../pipeline/index.js';
import { jsonSchema } from '../validate/index.js';
import { parseArgs, USAGE } from './args.js';
import type { Io } from './io.js';
import { jsonText } from './json-text.js';
import { progressPrinter } from './progress.js';
import { runQuery } from './query.js';
import { isSparql, sparqlCli } from './sparql.js';

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
  if (isSparql(argv)) return sparqlCli(argv, io);
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
      return runQuery(cmd, io);
    case 'schema':
      io.stdout(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
      return 0;
    case 'check': {
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

function printDiagnostics(list: readonly Diagnostic[], write: (s: string) => void): void {
  for (const d of list) {
    write(`${formatDiagnostic(d)}\n`);
    for (const r of d.related ?? []) write(`${formatRelated(r)}\n`);
  }
}

function counts(list: readonly Diagnostic[]) {
  return { errors: list.filter((d) => d.severity === 'error').length, warnings: list.filter((d) => d.severity === 'warning').length };
}

function summary(list: readonly Diagnostic[]): string {
  const { errors, warnings } = counts(list);
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
