// The README documents the format from the same vocabulary the code uses: a stale README fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, QUERY_USAGE, USAGE } from '../src/cli/args.js';
import { CODES } from '../src/diagnostics/index.js';
import { check } from '../src/pipeline/index.js';
import { ATTRIBUTE_NAMES, FAMILY_PALETTE, KINDS, RELATION_NAMES, RELATIONS } from '../src/vocabulary/index.js';
import { ARTIFACTS } from './helpers.js';

const readme = readFileSync('README.md', 'utf8');
/** A reference page under docs/. */
const doc = (name: string) => readFileSync(join('docs', name), 'utf8');
/** The README and every page under docs/, for checks that the whole documentation covers something. */
const docs = [
  readme,
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map(doc),
].join('\n');

describe('README and docs/', () => {
  it('gives the two commands and CI calls the test one', () => {
    expect(readme).toMatch(/\| run the main job\b.*\| `npm start` \|/);
    expect(readme).toMatch(/\| run every test \| `npm test` \|/);
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/^npm test$/m);
  });

  it('lists every diagnostic code', () => {
    for (const code of Object.keys(CODES)) expect(doc('diagnostics.md')).toContain(`| \`${code}\` |`);
  });

  it('lists every relation with its kinds, and marks the acyclic and inferred ones', () => {
    for (const name of RELATION_NAMES) {
      const row = doc('facts-format.md')
        .split('\n')
        .find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      const spec = RELATIONS[name];
      for (const k of [...spec.from, ...spec.to]) expect(row).toContain(k);
      expect(row!.includes('inferred')).toBe(spec.inferred);
      if (spec.acyclic) expect(row).toContain('yes');
    }
  });

  it('documents every attribute, the palette of every kind and the family palette in order', () => {
    for (const a of ATTRIBUTE_NAMES) expect(doc('facts-format.md')).toContain(`\`${a}\``);
    for (const [kind, spec] of Object.entries(KINDS))
      expect(doc('gephi.md')).toContain(`| \`${kind}\` | \`${spec.color}\` | ${spec.size} |`);
    expect(doc('gephi.md').replace(/\s+/g, ' ')).toContain(FAMILY_PALETTE.map((c) => `\`${c}\``).join(', '));
  });

  it('gives every exit code of the CLI help in its exit code table and its summary', () => {
    const codes = (text: string) => [.../Exit codes: (.*)/.exec(text)![1]!.matchAll(/\b(\d+) /g)].map((m) => m[1]!);
    const table = /## Exit codes and output\n\n([\s\S]*?)\n\n/.exec(doc('diagnostics.md'))![1]!;
    const summary = doc('cli.md')
      .split('\n')
      .find((l) => l.startsWith('- Exit codes:'))!;
    expect(codes(USAGE)).toEqual(['0', '1', '2', '70']);
    for (const c of codes(USAGE)) {
      expect(table, c).toMatch(new RegExp(`^\\| ${c} \\|`, 'm'));
      expect(summary, c).toContain(`**${c}**`);
    }
    const query = /Exit codes: 0 answered;[\s\S]*?\n\n/.exec(doc('queries.md'))![0];
    expect(codes(QUERY_USAGE)).toContain('70');
    for (const c of codes(QUERY_USAGE)) expect(query, c).toMatch(new RegExp(`\\b${c}\\b`));
  });

  it('documents every TECHGRAPH_* environment variable the CLI reads', () => {
    const files = [
      'bin/techgraph.mjs',
      ...readdirSync('src', { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join('src', f)),
    ];
    const sources = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const names = new Set(sources.match(/TECHGRAPH_[A-Z_]+/g));
    expect([...names].sort()).toEqual([
      'TECHGRAPH_CACHE_DIR',
      'TECHGRAPH_DEBUG',
      'TECHGRAPH_TEST_CRASH',
      'TECHGRAPH_TEST_RENAME_PAUSE_MS',
      'TECHGRAPH_TEST_WRITE_PAUSE_MS',
    ]);
    for (const n of names) expect(docs, n).toContain(`\`${n}`);
  });

  it('has a full example that validates (with stubs for what it refers to)', async () => {
    const example = /## A full example[\s\S]*?```yaml\n([\s\S]*?)```/.exec(doc('facts-format.md'))![1]!;
    const dir = await mkdtemp(join(tmpdir(), 'tg-readme-'));
    await cp('test/fixtures/readme-example', dir, { recursive: true });
    await writeFile(join(dir, 'example.yaml'), example);
    const r = await check({ data: dir });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.facts.nodes.map((n) => n.kind).filter((k) => k !== 'source')).toEqual(
      expect.arrayContaining(['version', 'technique', 'motivation']),
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual(['CONFLICT', 'CONFLICT']);
  });
});

describe('README: Use techgraph on your own facts', () => {
  const section = /## Use techgraph on your own facts\n([\s\S]*?)\n## /.exec(readme)![1]!;
  const commands = [...section.matchAll(/^npx techgraph ([^#\n]+?)\s*(?:#.*)?$/gm)].map((m) => m[1]!.split(/\s+/));

  it('shows install, init, serve --watch, build --watch, a query, site --base and how to publish', () => {
    expect(section).toMatch(/^npm install --save-dev \S+techgraph-\d+\.\d+\.\d+\.tgz/m);
    expect(commands.map((c) => c[0])).toEqual(['init', 'serve', 'build', 'query', 'site']);
    expect(commands.filter((c) => c.includes('--watch')).map((c) => c[0])).toEqual(['serve', 'build']);
    expect(section).toMatch(/\*\*Publish\*\*/);
  });

  it('gives command lines the CLI accepts (their runs: test/package.test.ts, test/project/)', () => {
    for (const argv of commands) expect(parseArgs(argv), argv.join(' ')).not.toHaveProperty('usage');
  });
});

describe('docs/queries.md', () => {
  const section = doc('queries.md');

  it('lists every query with every flag it takes', async () => {
    const { QUERIES } = await import('../src/cli/args.js');
    for (const [query, spec] of Object.entries(QUERIES)) {
      const row = section.split('\n').find((l) => l.startsWith(`| \`${query}`));
      expect(row, query).toBeDefined();
      for (const flag of spec.flags) expect(row, `${query} ${flag}`).toContain(`\`${flag}`);
    }
  });

  // Every `techgraph query …` example under "From the data" is the real output of that command.
  const examples = [...section.matchAll(/^`techgraph (query [^`]+)`[\s\S]*?\n```\n([\s\S]*?)```/gm)].map((m) => ({
    argv: [...m[1]!.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((t) => t[1] ?? t[2] ?? t[3]!),
    output: m[2]!,
  }));

  it('has examples of lineage, adopters, version, diff, path (with and without --through) and select', () => {
    const asked = examples.map((e) => e.argv.join(' '));
    for (const q of [
      'query path qwen1 qwen3 --through version',
      'query version qwen1.5',
      'query diff qwen2.5 qwen3',
      'query adopters gqa',
      'query path deepseek-r1 qwen2.5',
      'query lineage yarn',
      'query lineage dpo',
    ])
      expect(asked).toContain(q);
    for (const q of ['lineage', 'adopters', 'version', 'diff', 'path', 'select'])
      expect(
        asked.some((a) => a.startsWith(`query ${q} `)),
        q,
      ).toBe(true);
  });

  it.each(examples.map((e) => [e.argv.join(' '), e] as const))(
    '`techgraph %s` prints what the README shows',
    async (_, { argv, output }) => {
      const { run } = await import('../src/cli/main.js');
      let stdout = '';
      let stderr = '';
      const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd: process.cwd() });
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout).toBe(output);
    },
  );
});

// Every YAML example of docs/facts-format.md is valid facts: a whole file as it is, a fragment of a node's fields
// inside a node of the kind it belongs to. The ids an example refers to get stub nodes of the kind the error asks for.
describe('docs/facts-format.md examples', () => {
  const blocks = [...doc('facts-format.md').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const SECTIONS = /^(families|versions|models|techniques|motivations|sources|extend):/m;

  /** The fragment as a whole file: fields of a release unless they are a technique's. */
  const asFile = (text: string) => {
    if (SECTIONS.test(text)) return text;
    const kind = /^(alternative_to|extends|serves|introduced_in):/m.test(text) ? 'techniques' : 'versions';
    const indented = text.replace(/^(?=.)/gm, '    ');
    return `${kind}:\n  - id: example\n    sizes: [0.5B, 1.5B, 7B, 32B, 72B, 110B, 57B-A14B]\n${indented}`;
  };

  it.each(blocks.map((b, i) => [i, b] as const))('example %i validates', async (_, text) => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-doc-'));
    await writeFile(join(dir, 'example.yaml'), asFile(text));
    let r = await check({ data: dir });
    // Stub every unknown id with a node of the kind the reference asks for; again, as long as stubs reveal more.
    const stubs = new Map<string, Set<string>>();
    for (let round = 0; round < 3; round++) {
      for (const d of r.diagnostics.filter((x) => x.code === 'UNKNOWN_REFERENCE')) {
        const [, what, id] = /^(.*?) "([^"]+)" names no node/.exec(d.message)!;
        const section = /^(source|described_in target|introduced_in target)$/.test(what!)
          ? 'sources'
          : /^((adopts|not_adopts|drops|alternative_to|extends|complements|serves) target|extend: id)$/.test(what!)
            ? /^serves/.test(what!)
              ? 'motivations'
              : 'techniques'
            : /^in_family target$/.test(what!)
              ? 'families'
              : 'versions';
        stubs.set(section, (stubs.get(section) ?? new Set()).add(id!));
      }
      await writeFile(
        join(dir, 'stubs.yaml'),
        [...stubs].map(([k, ids]) => `${k}:\n${[...ids].map((id) => `  - { id: ${id} }`).join('\n')}`).join('\n'),
      );
      r = await check({ data: dir });
    }
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });
});

describe('docs/architecture.md', () => {
  it('runs its options example as written (the package name stands for src/index.ts)', async () => {
    const example = /## Options[\s\S]*?```ts\n([\s\S]*?)```/.exec(doc('architecture.md'))![1]!;
    await mkdir(ARTIFACTS, { recursive: true });
    const dir = await mkdtemp(join(ARTIFACTS, 'architecture-'));
    const file = join(dir, 'example.ts');
    await writeFile(file, example.replace("from 'techgraph'", `from ${JSON.stringify(join(process.cwd(), 'src', 'index.ts'))}`));
    await expect(import(file)).resolves.toBeDefined();
  });
});
