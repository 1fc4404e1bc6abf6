/**
 * `techgraph sparql '<query>'` (also `techgraph query sparql '<query>'`):
 * checks and builds the graph from the data folder, runs the query over its
 * RDF export in the embedded SPARQL store, within a time limit, a row limit
 * and a memory limit (src/sparql/limited.ts), and prints the answer.
 * Self-contained: args.ts and main.ts only hand the command line over.
 */
import { readFile } from 'node:fs/promises';
import { printable } from '../diagnostics/index.js';
import { LINEAGE_PATH, limitedQuery, resultLines, SPARQL_DEFAULTS, sparqlPrologue } from '../sparql/index.js';
import { thousands } from '../vocabulary/index.js';
import { INPUT_FLAGS, type InputLimits, inputLimits } from './args.js';
import type { Io } from './io.js';
import { loadGraph } from './load-graph.js';
import { scanArgs } from './scan.js';

/** Output formats of `sparql`. */
export const SPARQL_FORMATS = ['text', 'json', 'csv', 'tsv', 'xml'] as const;

/** A parsed `sparql` command line. */
export interface SparqlCommand {
  command: 'sparql';
  /** The query text, or undefined for help. */
  query?: string;
  /** Read the query from this file (`-` = standard input) instead. */
  file?: string;
  data: string;
  format: (typeof SPARQL_FORMATS)[number];
  /** Time limit in seconds (default SPARQL_DEFAULTS.timeoutSeconds). */
  timeout?: number;
  /** Most rows of an answer (default SPARQL_DEFAULTS.maxRows). */
  maxRows?: number;
  /** Input limits (--max-files, --max-input-mib). */
  limits: InputLimits;
}

/** The line of the main usage text. */
export const SPARQL_USAGE_LINE = "  sparql '<query>'      SPARQL 1.1 over the graph's RDF (techgraph sparql --help)\n";

export const SPARQL_USAGE = `Usage: techgraph sparql '<query>' [options]
       techgraph query sparql '<query>' [options]

Runs a SPARQL 1.1 query over the graph built from the data folder: the triples
of graph.ttl / graph.nt, in an embedded store (Oxigraph), no server needed.
Predeclared prefixes: : (nodes, :yarn), tg: (classes, relations, attributes:
tg:Technique, tg:extends, tg:released), rdf:, rdfs:, xsd:, skos:, prov:.

Examples:
  techgraph sparql 'SELECT ?ancestor WHERE { :yarn tg:extends+ ?ancestor }'
  techgraph sparql 'SELECT ?ancestor WHERE { :yarn ${LINEAGE_PATH}+ ?ancestor }'
      (every lineage relation: what techgraph query lineage yarn --up lists)

Predeclared, for use with other stores:
${sparqlPrologue().trimEnd().replace(/^/gm, '  ')}

Options:
  --data DIR      data folder (default: graph-data)
  --file FILE     read the query from FILE (- for standard input)
  --format F      ${SPARQL_FORMATS.join(' | ')} (default: text; json is SPARQL 1.1 JSON results)
  --timeout S     stop the query after S seconds (default: ${SPARQL_DEFAULTS.timeoutSeconds})
  --max-rows N    refuse an answer of more than N rows (default: ${thousands(SPARQL_DEFAULTS.maxRows)})
  --max-files N, --max-input-mib N   input limits, as for check

Exit codes: 0 ok, 1 invalid data or query, 2 bad usage, 70 internal error (a bug).`;

/** Parses a `sparql` command line (argv includes `sparql`, and `query` before it if given so). */
export function parseSparqlArgs(argv: readonly string[]): SparqlCommand | { usage: string; help: string } {
  const usage = (message: string) => ({ usage: message, help: SPARQL_USAGE });
  const scanned = scanArgs(
    argv,
    { value: new Set(['--data', '--format', '--file', '--timeout', '--max-rows', ...INPUT_FLAGS]), bool: new Set(['--help']) },
    { where: 'sparql' },
  );
  if ('usage' in scanned) return usage(scanned.usage);
  const { flags, positional } = scanned;
  const rest = positional.slice(positional[0] === 'query' ? 2 : 1);
  const data = flags.get('--data') ?? 'graph-data';
  const format = flags.get('--format') ?? 'text';
  if (!(SPARQL_FORMATS as readonly string[]).includes(format))
    return usage(`--format for sparql is ${SPARQL_FORMATS.join(', ')}, not "${format}"`);
  const limit = (flag: string, max: number): number | undefined | { usage: string } => {
    const v = flags.get(flag);
    if (v === undefined) return undefined;
    if (!/^\d{1,9}$/.test(v) || Number(v) < 1 || Number(v) > max) return { usage: `${flag} takes a whole number from 1 to ${max}` };
    return Number(v);
  };
  const timeout = limit('--timeout', 86_400);
  if (typeof timeout === 'object') return usage(timeout.usage);
  const maxRows = limit('--max-rows', 100_000_000);
  if (typeof maxRows === 'object') return usage(maxRows.usage);
  const limits = inputLimits(flags);
  if ('usage' in limits) return usage(limits.usage);
  const base = {
    command: 'sparql' as const,
    data,
    limits,
    format: format as SparqlCommand['format'],
    ...(timeout !== undefined ? { timeout } : {}),
    ...(maxRows !== undefined ? { maxRows } : {}),
  };
  if (flags.has('--help')) return base;
  const file = flags.get('--file');
  if (file !== undefined) return rest.length ? usage('give the query as an argument or with --file, not both') : { ...base, file };
  if (rest.length === 0) return base;
  if (rest.length > 1) return usage('sparql takes one query: quote it');
  return { ...base, query: rest[0]! };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The whole `sparql` command from argv: parse, print usage errors (exit 2), run. */
export async function sparqlCli(argv: readonly string[], io: Io): Promise<number> {
  const cmd = parseSparqlArgs(argv);
  if ('usage' in cmd) {
    io.stderr(`techgraph: ${cmd.usage}\n\n${cmd.help}\n`);
    return 2;
  }
  return runSparql(cmd, io);
}

/** Runs a parsed `sparql` command; resolves to the exit code. */
export async function runSparql(cmd: SparqlCommand, io: Io): Promise<number> {
  let text = cmd.query;
  if (cmd.file !== undefined) {
    try {
      text = cmd.file === '-' ? await readStdin() : await readFile(cmd.file, 'utf8');
    } catch (e) {
      io.stderr(`techgraph sparql: cannot read ${cmd.file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  if (text === undefined) {
    io.stdout(`${SPARQL_USAGE}\n`);
    return 0;
  }
  const graph = await loadGraph(cmd.data, io, 'sparql', cmd.limits);
  if (!graph) return 1;
  const answer = await limitedQuery(graph, text, {
    format: cmd.format,
    ...(cmd.timeout !== undefined ? { timeoutSeconds: cmd.timeout } : {}),
    ...(cmd.maxRows !== undefined ? { maxRows: cmd.maxRows } : {}),
  });
  if (!answer.ok) {
    io.stderr(`techgraph sparql: ${printable(answer.error.message)}\n`);
    return 1;
  }
  if ('raw' in answer) io.stdout(answer.raw.endsWith('\n') ? answer.raw : `${answer.raw}\n`);
  else if (answer.result.form === 'select') {
    // Streamed: a large answer is written as it is formatted, never held as one string.
    let chunk = '';
    for (const line of resultLines(answer.result)) {
      chunk += line;
      if (chunk.length >= 1 << 16) {
        io.stdout(chunk);
        chunk = '';
      }
    }
    io.stdout(chunk);
  } else if (answer.result.form === 'ask') io.stdout(`${answer.result.boolean}\n`);
  // N-Triples, one triple per line; a literal may still hold raw control characters, escaped like any data.
  else io.stdout(answer.result.ntriples.split('\n').map(printable).join('\n'));
  return 0;
}
