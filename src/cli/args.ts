/**
 * Argument parsing for the CLI: a pure function from argv to a command or a
 * usage error. No I/O, so every case is a table-driven test.
 */

import { describeValue, didYouMean, rule } from '../diagnostics/index.js';
import { FORMAT_NAMES, type Format } from '../export/options.js';
import { LAYOUT_DEFAULTS, LAYOUTS, type LayoutName, validateLayoutOptions } from '../layout/options.js';
import { LOAD_DEFAULTS, type LoadSettings } from '../load/options.js';
import { SITE_RULES } from '../project/options.js';
import { QUERY_DEFAULTS } from '../query/options.js';
import { KIND_NAMES, type Kind, thousands } from '../vocabulary/index.js';
import { scanArgs } from './scan.js';

/** A parsed command line. */
export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'schema' }
  | { command: 'check'; data: string; format: 'text' | 'json'; limits: InputLimits }
  | {
      command: 'build';
      data: string;
      limits: InputLimits;
      out: string;
      formats: Format[];
      quiet: boolean;
      layout: LayoutName;
      iterations: number | 'auto';
      seed: number;
      /** Rebuild on every change to the data folder until interrupted. */
      watch: boolean;
    }
  | { command: 'init'; dir: string }
  | ServeCommand
  | { command: 'site'; data: string; out: string; base: string }
  | QueryCommand;

/** A parsed `techgraph serve` line. */
export interface ServeCommand {
  command: 'serve';
  data: string;
  port: number;
  host: string;
  watch: boolean;
  /** Host names the server answers besides loopback ones and `host` (`*`: any; a DNS-rebinding risk). */
  allowHosts: string[];
}

/** A usage error: the CLI prints it with the usage text and exits 2. */
export interface UsageError {
  usage: string;
  /** Usage text to show instead of USAGE (a subcommand's own). */
  help?: string;
}

/**
 * Defaults of the CLI's own options: the data and output folders, and where `serve` listens and `site` is
 * served under. The layout's are the layout stage's (LAYOUT_DEFAULTS).
 */
export const CLI_DEFAULTS = { data: 'graph-data', out: 'exports', port: 5173, host: '127.0.0.1', base: '/' };

export const USAGE = `Usage: techgraph <command> [options]

Commands:
  check                 validate the facts; every problem at once
  build                 validate, build the graph, lay it out, write the exports
                        (--watch: again on every change to the data folder)
  init [DIR]            start a data folder (default: ${CLI_DEFAULTS.data}): an example of every kind, the schema
  serve                 build and serve the viewer on http://${CLI_DEFAULTS.host}:${CLI_DEFAULTS.port}/ [--port N] [--host H]
                        (--watch: the open page follows every change to the data folder)
  site --out DIR        a static site: the viewer, graph.json and every export, for any static host
                        [--base /PATH/] the URL path it is served under (GitHub Pages: /REPO/)
  schema                print the JSON Schema of the facts format
  query Q ...           lineage, adopters, version, diff, path, motivation, timeline, select
                        (techgraph query --help)
  sparql '<query>'      SPARQL 1.1 over the graph's RDF (techgraph sparql --help)
  help, version

Options:
  --data DIR            data folder (default: ${CLI_DEFAULTS.data})
  --out DIR             output folder for build (default: ${CLI_DEFAULTS.out})
  --format F            check: text | json; build: export formats, comma-separated (${FORMAT_NAMES.join(', ')}; default all)
  --layout L            build: ${LAYOUTS.join(' | ')} (default: ${LAYOUT_DEFAULTS.layout})
  --layout-iterations N build: ForceAtlas2 iterations (default: scaled to the graph)
  --seed N              build: layout seed (default: ${LAYOUT_DEFAULTS.seed})
  --quiet               build: no progress or summary
  --max-files N         most fact files read (default: ${thousands(LOAD_DEFAULTS.maxFiles)})
  --max-input-mib N     most MiB of fact files read in all (default: ${LOAD_DEFAULTS.maxTotalBytes / 1024 / 1024})
  --watch               build, serve: rebuild on every change to the data folder

Exit codes: 0 ok, 1 invalid data, 2 bad usage, 70 internal error (a bug).`;

/** The flag of each layout option. */
const LAYOUT_FLAGS = { layout: 'layout', iterations: 'layout-iterations', seed: 'seed' } as const;

/** Flags of every command that reads a data folder: its input limits. */
export const INPUT_FLAGS = ['--max-files', '--max-input-mib'] as const;

/** The input limits a command line sets (load settings; absent ones keep LOAD_DEFAULTS). */
export type InputLimits = Partial<Pick<LoadSettings, 'maxFiles' | 'maxTotalBytes'>>;

/** The input limits the flags set, or a usage error. */
export function inputLimits(flags: ReadonlyMap<string, string>): InputLimits | UsageError {
  const limits: InputLimits = {};
  for (const [flag, set] of [
    ['--max-files', (n: number) => (limits.maxFiles = n)],
    ['--max-input-mib', (n: number) => (limits.maxTotalBytes = n * 1024 * 1024)],
  ] as const) {
    const v = flags.get(flag);
    if (v === undefined) continue;
    if (!/^[1-9]\d{0,6}$/.test(v)) return { usage: `${flag} takes a whole number from 1 to 9999999` };
    set(Number(v));
  }
  return limits;
}

const VALUE_FLAGS = new Set([
  '--data',
  '--out',
  '--format',
  '--layout',
  '--layout-iterations',
  '--seed',
  '--port',
  '--host',
  '--allow-host',
  '--base',
  ...INPUT_FLAGS,
]);
const BOOL_FLAGS = new Set(['--quiet', '--help', '--watch']);

/** Flags of each command (besides --help). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  check: ['--data', '--format', ...INPUT_FLAGS],
  build: ['--data', '--out', '--format', '--layout', '--layout-iterations', '--seed', '--quiet', '--watch', ...INPUT_FLAGS],
  schema: [],
  init: [],
  serve: ['--data', '--port', '--host', '--allow-host', '--watch'],
  site: ['--data', '--out', '--base'],
};

/** What `serve --port` takes (0: any free port), with the rules every stage's options use. */
const PORT = rule.wholeNumber(0, 65_535);

/** A flag's digits as a number (for its rule to check); anything else as written. */
const number = (s: string | undefined) => (s !== undefined && /^\d{1,16}$/.test(s) ? Number(s) : s);

/** Parses `argv` (without node and script). */
export function parseArgs(argv: readonly string[]): Command | UsageError {
  if (commandOf(argv) === 'query') return parseQueryArgs(argv);
  const scanned = scanArgs(argv, { value: VALUE_FLAGS, bool: BOOL_FLAGS, repeat: new Set(['--allow-host']) });
  if ('usage' in scanned) return scanned;
  const { flags, positional } = scanned;
  const [command = 'help', ...rest] = positional;
  if (flags.has('--help') || command === 'help') return { command: 'help' };
  if (command === 'version' || command === '--version') return { command: 'version' };
  if (!Object.hasOwn(ALLOWED, command)) return { usage: `unknown command "${command}"` };
  if (rest.length > (command === 'init' ? 1 : 0)) return { usage: `unexpected argument "${rest.at(-1)}"` };
  for (const f of flags.keys()) if (!ALLOWED[command]!.includes(f)) return { usage: `${f} does not apply to ${command}` };
  const data = flags.get('--data') ?? CLI_DEFAULTS.data;
  if (command === 'schema') return { command };
  if (command === 'init') return { command, dir: rest[0] ?? CLI_DEFAULTS.data };
  if (command === 'serve') {
    const port = number(flags.get('--port')) ?? CLI_DEFAULTS.port;
    if (!PORT.test(port)) return { usage: `--port takes ${PORT.expected} (0: any free port), not ${describeValue(port)}` };
    const allowHosts = (flags.get('--allow-host') ?? '').split(',').map((h) => h.trim().toLowerCase());
    return {
      command,
      data,
      port: port as number,
      host: flags.get('--host') ?? CLI_DEFAULTS.host,
      watch: flags.has('--watch'),
      allowHosts: allowHosts.filter(Boolean),
    };
  }
  if (command === 'site') {
    const out = flags.get('--out');
    if (out === undefined) return { usage: 'site needs --out DIR: the folder to write the site into' };
    const base = flags.get('--base') ?? CLI_DEFAULTS.base;
    if (!SITE_RULES.base.test(base)) return { usage: `--base takes ${SITE_RULES.base.expected}, not ${describeValue(base)}` };
    return { command, data, out, base };
  }
  const limits = inputLimits(flags);
  if ('usage' in limits) return limits;
  if (command === 'check') {
    const format = flags.get('--format') ?? 'text';
    if (format !== 'text' && format !== 'json') return { usage: `--format for check is text or json, not "${format}"` };
    return { command, data, format, limits };
  }
  const formats = (flags.get('--format') ?? FORMAT_NAMES.join(',')).split(',').map((s) => s.trim());
  for (const f of formats)
    if (!(FORMAT_NAMES as readonly string[]).includes(f))
      return { usage: `unknown export format "${f}" (known: ${FORMAT_NAMES.join(', ')})` };
  // The layout flags are checked by the layout stage's own rules.
  const layoutOptions = {
    layout: flags.get('--layout') ?? LAYOUT_DEFAULTS.layout,
    iterations: number(flags.get('--layout-iterations')) ?? LAYOUT_DEFAULTS.iterations,
    seed: number(flags.get('--seed')) ?? LAYOUT_DEFAULTS.seed,
  };
  const [bad] = validateLayoutOptions(layoutOptions);
  if (bad) return { usage: `--${LAYOUT_FLAGS[bad.option as keyof typeof layoutOptions]} takes ${bad.expected}, not ${bad.actual}` };
  const { layout, iterations, seed } = layoutOptions as { layout: LayoutName; iterations: number | 'auto'; seed: number };
  return {
    command: 'build',
    data,
    limits,
    out: flags.get('--out') ?? CLI_DEFAULTS.out,
    formats: [...new Set(formats)] as Format[],
    quiet: flags.has('--quiet'),
    layout,
    iterations,
    seed,
    watch: flags.has('--watch'),
  };
}

// ---------------------------------------------------------------------------
// `query`: its own flags and arity, parsed here so the rest stays untouched.

/** The queries, with the names each takes. */
export const QUERIES = {
  lineage: { args: ['technique'], flags: ['--up', '--down', '--depth'] },
  adopters: { args: ['technique'], flags: [] },
  version: { args: ['release'], flags: [] },
  diff: { args: ['releaseA', 'releaseB'], flags: [] },
  path: { args: ['from', 'to'], flags: ['--k', '--max-k', '--inferred', '--through'] },
  motivation: { args: ['motivation'], flags: ['--family'] },
  timeline: { args: [], flags: ['--family'] },
  select: { args: ['selector'], flags: [] },
} as const;
/** A query name. */
export type QueryName = keyof typeof QUERIES;

/** A parsed `techgraph query …` line. */
export interface QueryCommand {
  command: 'query';
  /** `help` for `techgraph query` alone or with --help. */
  query: QueryName | 'help';
  /** The names, in the order of QUERIES[query].args. */
  args: string[];
  data: string;
  format: 'text' | 'json';
  /** lineage: directions (both when neither flag is given). */
  up: boolean;
  down: boolean;
  /** lineage: levels, unlimited when absent. */
  depth?: number;
  /** path: how many paths (default: every shortest path). */
  k?: number;
  /** path: the largest k accepted (default QUERY_DEFAULTS.maxK). */
  maxK?: number;
  /** path: also walk inferred edges. */
  inferred: boolean;
  /** path: the kinds every node between the two ends must have (absent: any kind). */
  through?: Kind[];
  /** motivation, timeline: one family. */
  family?: string;
  /** Input limits (--max-files, --max-input-mib). */
  limits: InputLimits;
}

/** Usage text of `techgraph query`. */
export const QUERY_USAGE = `Usage: techgraph query <query> [names] [options]

Queries:
  lineage <technique>      ancestors and descendants as trees, with companions (also for a release)
                           [--up | --down] [--depth N]
  adopters <technique>     releases that adopt it (stated, with scope), inherit it, state no, drop it;
                           the first adopter across families and per family
  version <release>        a version or sub-model: techniques adopted / inherited / stated no /
                           dropped, numbers with scope, architecture per size, sub-models, conflicts
  diff <releaseA> <releaseB>  techniques by status on both sides, numbers of the same scope,
                           architecture of the sizes both give
  path <from> <to>         every shortest path, or the k shortest, most informative first;
                           edges walked both ways
                           [--k N] [--max-k N] [--inferred] [--through KIND[,KIND...]]
                           --k is at most ${QUERY_DEFAULTS.maxK} unless --max-k raises the limit
                           --through: every node between the two ends is of one of these kinds
                           (${KIND_NAMES.join(', ')}); repeatable;
                           version also lets sub-models through
  motivation <motivation>  techniques serving it, and which release used which [--family F]
  timeline                 releases in release order with what each introduced [--family F]
  select '<selector>'      matching ids, one per line: name, +name, name+, 2+name, name+1, a+,b+
  sparql '<query>'         SPARQL 1.1 over the graph's RDF, e.g. lineage as a property path
                           (techgraph query sparql --help)

Names match an id, label or alias, ignoring case ("yarn", "YaRN", "Yet another RoPE extensioN").

Options:
  --data DIR               data folder (default: ${CLI_DEFAULTS.data})
  --format F               text | json (default: text)
  --max-files N, --max-input-mib N   input limits, as for check

Exit codes: 0 ok, 1 unknown name or invalid data, 2 bad usage, 70 internal error (a bug).`;

const QUERY_VALUE_FLAGS = new Set(['--data', '--format', '--depth', '--k', '--max-k', '--family', '--through', ...INPUT_FLAGS]);
const QUERY_BOOL_FLAGS = new Set(['--up', '--down', '--inferred', '--help']);

/** Value flags of every command, to find the command words of a line before its own flags are known. */
const ANY_VALUE_FLAGS = new Set([...VALUE_FLAGS, ...QUERY_VALUE_FLAGS, '--file', '--timeout', '--max-rows']);

/** True when the command line is `sparql …` or `query sparql …` (parsed by sparql.ts). */
export function isSparql(argv: readonly string[]): boolean {
  const scanned = scanArgs(argv, { value: ANY_VALUE_FLAGS, bool: new Set() }, { lenient: true });
  if ('usage' in scanned) return false;
  const [first, second] = scanned.positional;
  return first === 'sparql' || (first === 'query' && second === 'sparql');
}

/** The first positional argument of argv: the command. */
function commandOf(argv: readonly string[]): string | undefined {
  const scanned = scanArgs(argv, { value: new Set([...VALUE_FLAGS, ...QUERY_VALUE_FLAGS]), bool: new Set() }, { lenient: true });
  return 'usage' in scanned ? undefined : scanned.positional[0];
}

/** Parses a `query` command line (argv includes the word `query`). */
export function parseQueryArgs(argv: readonly string[]): QueryCommand | UsageError {
  const parsed = parseQuery(argv);
  return 'usage' in parsed ? { ...parsed, help: QUERY_USAGE } : parsed;
}

function parseQuery(argv: readonly string[]): QueryCommand | UsageError {
  const scanned = scanArgs(argv, { value: QUERY_VALUE_FLAGS, bool: QUERY_BOOL_FLAGS, repeat: new Set(['--through']) }, { where: 'query' });
  if ('usage' in scanned) return scanned;
  const { flags, positional } = scanned;
  const [, query, ...args] = positional;
  const data = flags.get('--data') ?? CLI_DEFAULTS.data;
  const limits = inputLimits(flags);
  if ('usage' in limits) return limits;
  const base = { command: 'query' as const, data, format: 'text' as const, up: false, down: false, inferred: false, limits };
  if (query === undefined || query === 'help' || flags.has('--help')) return { ...base, query: 'help', args: [] };
  if (!Object.hasOwn(QUERIES, query)) return { usage: `unknown query "${query}" (known: ${Object.keys(QUERIES).join(', ')})` };
  const spec = QUERIES[query as QueryName];
  const allowed: readonly string[] = ['--data', '--format', ...INPUT_FLAGS, ...spec.flags];
  for (const f of flags.keys()) if (!allowed.includes(f)) return { usage: `${f} does not apply to query ${query}` };
  if (args.length !== spec.args.length) {
    const want = spec.args.map((a) => `<${a}>`).join(' ');
    return {
      usage: `query ${query} takes ${spec.args.length === 0 ? 'no name' : want}${args.length > spec.args.length ? ' (quote a name with spaces)' : ''}`,
    };
  }
  const format = flags.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') return { usage: `--format for query is text or json, not "${format}"` };
  const whole = (flag: string, min: number): number | undefined | UsageError => {
    const v = flags.get(flag);
    if (v === undefined) return undefined;
    if (!/^\d{1,6}$/.test(v) || Number(v) < min) return { usage: `${flag} takes a whole number from ${min} to 999999` };
    return Number(v);
  };
  const depth = whole('--depth', 0);
  if (typeof depth === 'object') return depth;
  const k = whole('--k', 1);
  if (typeof k === 'object') return k;
  const maxK = whole('--max-k', 1);
  if (typeof maxK === 'object') return maxK;
  const kLimit = maxK ?? QUERY_DEFAULTS.maxK;
  if (k !== undefined && k > kLimit) return { usage: `--k is at most ${kLimit} (the limit on k; --max-k N raises it)` };
  const through = kindsOf(flags.get('--through'));
  if (typeof through === 'object' && 'usage' in through) return through;
  const family = flags.get('--family');
  return {
    ...base,
    query: query as QueryName,
    args,
    format,
    up: flags.has('--up'),
    down: flags.has('--down'),
    inferred: flags.has('--inferred'),
    ...(depth !== undefined ? { depth } : {}),
    ...(k !== undefined ? { k } : {}),
    ...(maxK !== undefined ? { maxK } : {}),
    ...(through !== undefined ? { through } : {}),
    ...(family !== undefined ? { family } : {}),
  };
}

/** `--through technique,Version`: node kinds, ignoring case, deduplicated, in declaration order. */
function kindsOf(value: string | undefined): Kind[] | undefined | UsageError {
  if (value === undefined) return undefined;
  const words = value.split(',').map((w) => w.trim());
  for (const w of words) {
    if (!w) return { usage: `--through takes node kinds, comma-separated: ${KIND_NAMES.join(', ')}` };
    if (!(KIND_NAMES as readonly string[]).includes(w.toLowerCase()))
      return { usage: `--through: unknown kind "${w}"${didYouMean(w, KIND_NAMES)} (kinds: ${KIND_NAMES.join(', ')})` };
  }
  const lower = new Set(words.map((w) => w.toLowerCase()));
  return KIND_NAMES.filter((kind) => lower.has(kind));
}
