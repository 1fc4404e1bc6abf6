// docs/limits.md (issue 15): every limit it gives is the one the code has, every flag it names is one the CLI
// takes, and every console example is the real output of its command (run in process).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT_FLAGS } from '../src/cli/args.js';
import { SUGGEST_LIMITS } from '../src/diagnostics/index.js';
import { EXPORT_DEFAULTS } from '../src/export/index.js';
import { LOAD_DEFAULTS } from '../src/load/index.js';
import { QUERY_DEFAULTS } from '../src/query/index.js';
import { SPARQL_DEFAULTS } from '../src/sparql/index.js';
import { cli } from './helpers.js';

const doc = readFileSync('docs/limits.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const n = (x: number) => x.toLocaleString('en-US');

describe('docs/limits.md', () => {
  it('is linked from the README', () => {
    expect(readme).toContain('(docs/limits.md)');
  });

  it('gives each limit as the code has it, with its flag', () => {
    const rows = (name: string) => doc.split('\n').filter((l) => l.includes(name));
    const has = (name: string, ...parts: string[]) => {
      const row = rows(name).join('\n');
      expect(row, name).not.toBe('');
      for (const p of parts) expect(row, `${name}: ${p}`).toContain(p);
    };
    has('LOAD_DEFAULTS.maxFiles', n(LOAD_DEFAULTS.maxFiles), '`--max-files N`');
    has('LOAD_DEFAULTS.maxTotalBytes', `${LOAD_DEFAULTS.maxTotalBytes / 1024 / 1024} MiB`, '`--max-input-mib N`');
    has('LOAD_DEFAULTS.maxFileBytes', `${LOAD_DEFAULTS.maxFileBytes / 1024 / 1024} MiB`);
    has('LOAD_DEFAULTS.maxDepth', String(LOAD_DEFAULTS.maxDepth));
    has('LOAD_DEFAULTS.nodesPerByte', `${LOAD_DEFAULTS.nodesPerByte} values per input byte`, n(LOAD_DEFAULTS.minNodes));
    has('LOAD_DEFAULTS.preciseMaxChars', n(LOAD_DEFAULTS.preciseMaxChars));
    has('QUERY_DEFAULTS.maxK', n(QUERY_DEFAULTS.maxK), '`--max-k N`');
    has('QUERY_DEFAULTS.allShortestLimit', `${QUERY_DEFAULTS.allShortestLimit} paths`);
    has('SUGGEST_LIMITS.maxLength', `${SUGGEST_LIMITS.maxLength} characters`);
    has('SUGGEST_LIMITS.maxWords', `${SUGGEST_LIMITS.maxWords} words`);
    has('SPARQL_DEFAULTS.timeoutSeconds', `${SPARQL_DEFAULTS.timeoutSeconds} s`, '`--timeout SECONDS`');
    has('SPARQL_DEFAULTS.maxRows', n(SPARQL_DEFAULTS.maxRows), '`--max-rows N`');
    has('SPARQL_DEFAULTS.memoryMiB', `${n(SPARQL_DEFAULTS.memoryMiB)} MiB`);
    has('EXPORT_DEFAULTS.lockTimeoutMs', `${EXPORT_DEFAULTS.lockTimeoutMs / 1000} s`);
    for (const flag of INPUT_FLAGS) expect(doc).toContain(`\`${flag} N\``);
  });

  // Every console example: the command, and the first lines it prints (stdout, then stderr).
  const examples = [...doc.matchAll(/```console\n\$ techgraph (.+)\n([\s\S]*?)```/g)].map((m) => ({
    argv: [...m[1]!.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((t) => t[1] ?? t[2] ?? t[3]!),
    output: m[2]!,
  }));

  it('has examples for input, queries and SPARQL', () => {
    expect(examples.map((e) => e.argv[0])).toEqual(['check', 'query', 'sparql']);
  });

  it.each(examples.map((e) => [e.argv.join(' '), e] as const))(
    '%s',
    async (_, e) => {
      const r = await cli(...e.argv);
      const printed = r.stdout + r.stderr;
      expect(printed.slice(0, e.output.length)).toBe(e.output);
    },
    60_000,
  );
});
