/**
 * The one command-line scanner: splits argv into flags and positional words.
 * Every command's parser (build/check, query, sparql) uses it with its own
 * flag sets, so `--flag value`, `--flag=value`, boolean flags and `-h` behave
 * the same everywhere.
 */

/** Flags a command accepts: those that take a value and those that do not. */
export interface FlagSpec {
  value: ReadonlySet<string>;
  bool: ReadonlySet<string>;
  /** Value flags that may be given several times: their values are joined with commas. Other flags: the last one wins. */
  repeat?: ReadonlySet<string>;
}

/** Scanned argv: flag → value (`'true'` for boolean flags), and the other words in order. */
export interface Scanned {
  flags: Map<string, string>;
  positional: string[];
}

/**
 * Scans `argv`. With `lenient`, unknown flags and a flag missing its value are
 * skipped instead of refused (used to find the command word before the
 * command's own flags are known; the command's own scan reports them).
 * `where` names the command in error messages (`unknown option --x for query`).
 */
export function scanArgs(
  argv: readonly string[],
  spec: FlagSpec,
  options: { lenient?: boolean; where?: string } = {},
): Scanned | { usage: string } {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h') flags.set('--help', 'true');
    else if (!arg.startsWith('--')) positional.push(arg);
    else {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (spec.bool.has(name)) {
        if (eq > 0) return { usage: `${name} takes no value` };
        flags.set(name, 'true');
      } else if (spec.value.has(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '') {
          if (options.lenient) continue;
          return { usage: `${name} needs a value` };
        }
        const before = flags.get(name);
        flags.set(name, before !== undefined && spec.repeat?.has(name) ? `${before},${value}` : value);
      } else if (!options.lenient) return { usage: `unknown option ${name}${options.where ? ` for ${options.where}` : ''}` };
    }
  }
  return { flags, positional };
}
