/**
 * SPARQL with limits (SparqlSettings, SPARQL_DEFAULTS). Oxigraph runs a query to its end in one synchronous
 * call, and builds the whole answer in memory: a cross product of the
 * graph's triples with itself runs for hours, and its answer does not fit in
 * memory. So a query runs on a worker thread, which is stopped after
 * `timeoutSeconds` (the time counts from the moment the triples are loaded),
 * whose JavaScript heap and WebAssembly memory are each capped at
 * `memoryMiB` (an answer too big to hold stops the engine, not the
 * machine), and whose answer is refused when it has more than
 * `maxRows` rows (solutions, or triples of a CONSTRUCT). Each limit ends in
 * an error value with a one-line message; the engine's own messages (a
 * syntax error, a panic) are cut to their first line, and what the engine
 * prints is never passed on.
 */
import { Worker } from 'node:worker_threads';
import { formatOptionError } from '../diagnostics/index.js';
import { type Chunk, ntriples } from '../export/index.js';
import type { GraphReader } from '../graph/index.js';
import { thousands } from '../vocabulary/index.js';
import { resolveSparqlOptions, type SparqlFormat, type SparqlOptions, validateSparqlOptions } from './options.js';
import { parseAnswer, type SparqlAnswer, type SparqlResult } from './store.js';

/** What the worker is given. */
export interface SparqlJob {
  /** The graph's N-Triples, as the writer's chunks (text or UTF-8 bytes). */
  ntriples: Chunk[];
  query: string;
  format: SparqlFormat;
  maxRows: number;
  /** The engine's WebAssembly memory limit, in MiB (wasm-limit.ts). */
  memoryMiB: number;
}

/** What the worker answers. */
export type WorkerReply = { loaded: true } | { tooMany: number } | { answer: SparqlAnswer } | { raw: string } | { failed: string };

/** Why a query gave no answer. */
export type SparqlErrorCode = 'QUERY_ERROR' | 'TIMEOUT' | 'TOO_MANY_ROWS' | 'OUT_OF_MEMORY' | 'ENGINE_FAILED' | 'INVALID_OPTION';

/** The answer of a limited query, or why there is none. */
export type LimitedAnswer =
  | { ok: true; result: SparqlResult }
  | { ok: true; raw: string }
  | { ok: false; error: { code: SparqlErrorCode; message: string } };

const firstLine = (s: string) => s.split('\n').find((l) => l.trim() !== '') ?? s;

/** The worker's entry: compiled (dist/sparql/worker.js) next to compiled code; from the TypeScript sources (tests, tsx), worker.mjs, which registers tsx first. */
const WORKER = new URL(import.meta.url.endsWith('.ts') ? './worker.mjs' : './worker.js', import.meta.url);

/** Runs `query` over the graph's RDF on a worker thread, within the limits; an invalid option is an INVALID_OPTION answer. */
export function limitedQuery(graph: GraphReader, query: string, options: SparqlOptions = {}): Promise<LimitedAnswer> {
  const fail = (code: SparqlErrorCode, message: string): LimitedAnswer => ({ ok: false, error: { code, message } });
  const [bad] = validateSparqlOptions(options);
  if (bad) return Promise.resolve(fail('INVALID_OPTION', formatOptionError(bad)));
  const { format, timeoutSeconds, maxRows, memoryMiB } = resolveSparqlOptions(options);
  const job: SparqlJob = { ntriples: [...ntriples(graph)], query, format, maxRows, memoryMiB };
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: memoryMiB },
      // The engine prints a panic's trace on its stderr: kept off the terminal; its first line may say why.
      stdout: true,
      stderr: true,
    });
    let printed = '';
    worker.stdout.resume();
    worker.stderr.setEncoding('utf8').on('data', (s: string) => {
      if (printed.length < 4096) printed += s;
    });
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (answer: LimitedAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
      void worker.terminate();
    };
    worker.on('message', (m: WorkerReply) => {
      if ('loaded' in m) {
        timer = setTimeout(
          () =>
            settle(
              fail(
                'TIMEOUT',
                `the query ran for more than ${timeoutSeconds} s, the time limit (--timeout SECONDS raises it); it was stopped`,
              ),
            ),
          timeoutSeconds * 1000,
        );
      } else if ('tooMany' in m)
        settle(
          fail(
            'TOO_MANY_ROWS',
            `the answer has ${thousands(m.tooMany)} rows, more than the limit of ${thousands(maxRows)}: add LIMIT to the query, or raise the limit with --max-rows N`,
          ),
        );
      else if ('answer' in m) settle({ ok: true, result: parseAnswer(m.answer) });
      else if ('raw' in m) settle({ ok: true, raw: m.raw });
      // WebAssembly traps (`unreachable`, out of bounds) mean the engine itself failed: most likely it ran out of its memory.
      else if (/^(unreachable|RuntimeError|memory access out of bounds)/i.test(m.failed))
        settle(
          fail(
            'ENGINE_FAILED',
            `the SPARQL engine stopped (${firstLine(m.failed)}): most likely the answer outgrew its memory limit of ${memoryMiB} MiB; add LIMIT to the query or narrow it`,
          ),
        );
      else settle(fail('QUERY_ERROR', firstLine(m.failed)));
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY')
        settle(
          fail(
            'OUT_OF_MEMORY',
            `the answer does not fit in ${memoryMiB} MiB (far more rows than the limit of ${thousands(maxRows)}): add LIMIT to the query or narrow it`,
          ),
        );
      else settle(fail('ENGINE_FAILED', `the SPARQL engine failed: ${firstLine(printed.includes('panicked') ? printed : e.message)}`));
    });
    worker.on('exit', (code) => settle(fail('ENGINE_FAILED', `the SPARQL engine stopped (exit code ${code})`)));
  });
}
