/**
 * Argument parsing for the CLI: a pure function from argv to a command or a
 * usage error. No I/O, so every case is a table-driven test.
 */
import { LAYOUTS, type LayoutName } from '../layout.js';
import { FORMATS, type Format } from '../pipeline.js';

/** A parsed command line. */
export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'schema' }
  | { command: 'check'; data: string; format: 'text' | 'json' }
  | {
      command: 'build';
      data: string;
      out: string;
      formats: Format[];
      quiet: boolean;
      layout: LayoutName;
      iterations: number | 'auto';
      seed: number;
    };

/** A usage error: the CLI prints it with the usage text and exits 2. */
export interface UsageError {
  usage: string;
}

/** Defaults of every option, in one place. */
export const CLI_DEFAULTS = { data: 'graph-data', out: 'exports', layout: 'fa2' as LayoutName, seed: 42 };

export const USAGE = `Usage: techgraph <command> [options]

Commands:
  check                 validate the facts; every problem at once
  build                 validate, build the graph, lay it out, write the exports
  schema                print the JSON Schema of the facts format
  help, version

Options:
  --data DIR            data folder (default: ${CLI_DEFAULTS.data})
  --out DIR             output folder for build (default: ${CLI_DEFAULTS.out})
  --format F            check: text | json; build: export formats, comma-separated (${Object.keys(FORMATS).join(', ')}; default all)
  --layout L            build: ${LAYOUTS.join(' | ')} (default: ${CLI_DEFAULTS.layout})
  --layout-iterations N build: ForceAtlas2 iterations (default: scaled to the graph)
  --seed N              build: layout seed (default: ${CLI_DEFAULTS.seed})
  --quiet               build: no progress or summary

Exit codes: 0 ok, 1 invalid data, 2 bad usage.`;

const VALUE_FLAGS = new Set(['--data', '--out', '--format', '--layout', '--layout-iterations', '--seed']);
const BOOL_FLAGS = new Set(['--quiet', '--help']);

/** Parses `argv` (without node and script). */
export function parseArgs(argv: readonly string[]): Command | UsageError {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (BOOL_FLAGS.has(name)) {
        if (eq > 0) return { usage: `${name} takes no value` };
        flags.set(name, 'true');
      } else if (VALUE_FLAGS.has(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '') return { usage: `${name} needs a value` };
        flags.set(name, value);
      } else return { usage: `unknown option ${name}` };
    } else if (arg === '-h') flags.set('--help', 'true');
    else positional.push(arg);
  }
  const [command = 'help', ...rest] = positional;
  if (flags.has('--help') || command === 'help') return { command: 'help' };
  if (command === 'version' || command === '--version') return { command: 'version' };
  if (rest.length) return { usage: `unexpected argument "${rest[0]}"` };
  const allowed: Record<string, string[]> = {
    check: ['--data', '--format'],
    build: ['--data', '--out', '--format', '--layout', '--layout-iterations', '--seed', '--quiet'],
    schema: [],
  };
  if (!(command in allowed)) return { usage: `unknown command "${command}"` };
  for (const f of flags.keys()) if (!allowed[command]!.includes(f)) return { usage: `${f} does not apply to ${command}` };
  const data = flags.get('--data') ?? CLI_DEFAULTS.data;
  if (command === 'schema') return { command };
  if (command === 'check') {
    const format = flags.get('--format') ?? 'text';
    if (format !== 'text' && format !== 'json') return { usage: `--format for check is text or json, not "${format}"` };
    return { command, data, format };
  }
  const formats = (flags.get('--format') ?? Object.keys(FORMATS).join(',')).split(',').map((s) => s.trim());
  for (const f of formats) if (!(f in FORMATS)) return { usage: `unknown export format "${f}" (known: ${Object.keys(FORMATS).join(', ')})` };
  const layout = flags.get('--layout') ?? CLI_DEFAULTS.layout;
  if (!(LAYOUTS as readonly string[]).includes(layout)) return { usage: `--layout is one of ${LAYOUTS.join(', ')}` };
  const it = flags.get('--layout-iterations');
  if (it !== undefined && !/^[1-9]\d{0,5}$/.test(it)) return { usage: '--layout-iterations takes a whole number from 1 to 999999' };
  const seed = flags.get('--seed') ?? String(CLI_DEFAULTS.seed);
  if (!/^\d{1,9}$/.test(seed)) return { usage: '--seed takes a whole number' };
  return {
    command: 'build',
    data,
    out: flags.get('--out') ?? CLI_DEFAULTS.out,
    formats: [...new Set(formats)] as Format[],
    quiet: flags.has('--quiet'),
    layout: layout as LayoutName,
    iterations: it === undefined ? 'auto' : Number(it),
    seed: Number(seed),
  };
}
