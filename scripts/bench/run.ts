/**
 * `npm run bench`: generates seeded synthetic fact sets (1k, 10k, 100k nodes
 * by default) and measures every stage of the pipeline on each, next to the
 * YAML parse floor and two reference GEXF writers, in one run. Prints one
 * table and writes it as JSON (and Markdown) under bench-results/.
 *
 *   npm run bench -- --sizes 1k,10k --runs 3 --skip parse-yaml,cli-build-fa2
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as jsyaml from 'js-yaml';
import { parse as yamlParse } from 'yaml';
import { json, writeAtomic } from '../../src/export/index.js';
import { build, type FactSet, type TechGraph } from '../../src/graph/index.js';
import { layout } from '../../src/layout/index.js';
import { check } from '../../src/pipeline/index.js';
import { generate, parseSize } from './generate.js';
import { child, childRuns, median, type Sample, timeRuns } from './measure.js';
import { cliRuns, nodeStart, watchUpdate } from './project.js';
import { markdown, ratios, type SizeResult, STAGES, type Stage } from './table.js';
import { buildViewer, viewerTimes } from './viewer.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/techgraph.mjs');
const WRITERS = fileURLToPath(new URL('./writers.ts', import.meta.url));
const NETWORKX = fileURLToPath(new URL('./networkx_gexf.py', import.meta.url));
/** The viewer is timed up to this size (a browser with software WebGL on 100k nodes measures the GPU emulation). */
const VIEWER_MAX_NODES = 10_000;

/** Options of a benchmark run. */
export interface BenchOptions {
  sizes: string[];
  runs: number;
  out: string;
  skip: Set<Stage>;
  seed: number;
  /** Keep each size's exports (bench-results/work-<size>/, 2 GB at 100k); the generated data is always kept. */
  keep: boolean;
  log: (s: string) => void;
}

export const USAGE = `Usage: npm run bench -- [--sizes 1k,10k,100k] [--runs 3] [--out bench-results] [--skip stage,…] [--seed 1] [--keep]
Stages: ${Object.keys(STAGES).join(', ')}`;

/** Parses the command line; throws a usage message. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = {
    sizes: ['1k', '10k', '100k'],
    runs: 3,
    out: 'bench-results',
    skip: new Set(),
    seed: 1,
    keep: false,
    log: (s) => process.stderr.write(s),
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--sizes') o.sizes = value().split(',').filter(Boolean);
    else if (flag === '--runs') o.runs = Number(value());
    else if (flag === '--out') o.out = value();
    else if (flag === '--seed') o.seed = Number(value());
    else if (flag === '--skip') o.skip = new Set(value().split(',').filter(Boolean) as Stage[]);
    else if (flag === '--keep') o.keep = true;
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  o.sizes.forEach(parseSize);
  for (const s of o.skip) if (!(s in STAGES)) throw new Error(`unknown stage "${s}"\n${USAGE}`);
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error(`--runs takes a whole number ≥ 1\n${USAGE}`);
  return o;
}

/** Measures one size. */
async function benchSize(size: string, o: BenchOptions, viewerDist: () => string): Promise<SizeResult> {
  const dir = resolve(o.out, `data-${size}`);
  const work = resolve(o.out, `work-${size}`);
  const gen = await generate(dir, parseSize(size), o.seed);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const stages: Partial<Record<Stage, Sample>> = {};
  const on = (s: Stage) => !o.skip.has(s);
  const step = (s: Stage) => o.log(`  ${size}: ${STAGES[s].title}\n`);
  o.log(`${size}: ${gen.nodes} nodes, ${gen.relations} relations, ${gen.files} files, ${(gen.bytes / 1e6).toFixed(1)} MB\n`);

  const texts = await readTexts(dir);
  if (on('parse-js-yaml')) {
    step('parse-js-yaml');
    stages['parse-js-yaml'] = {
      seconds: await timeRuns(o.runs, () => {
        for (const t of texts) jsyaml.load(t, { schema: jsyaml.CORE_SCHEMA });
      }),
    };
  }
  if (on('parse-yaml')) {
    step('parse-yaml');
    stages['parse-yaml'] = {
      seconds: await timeRuns(o.runs, () => {
        for (const t of texts) yamlParse(t);
      }),
    };
  }
  texts.length = 0;

  step('load-validate');
  let facts: FactSet | undefined;
  stages['load-validate'] = {
    seconds: await timeRuns(o.runs, async () => {
      const r = await check({ data: dir, cwd: ROOT });
      if (!r.ok)
        throw new Error(`synthetic data ${size} does not pass check: ${r.diagnostics.find((d) => d.severity === 'error')?.message}`);
      facts = r.facts;
    }),
  };
  step('build');
  let graph: TechGraph | undefined;
  stages.build = { seconds: await timeRuns(o.runs, () => void (graph = build(facts!))) };
  facts = undefined;
  const g = graph!;
  // A technique of this size's data, for the query rows.
  const technique = g.findNode((_, a) => a.kind === 'technique') ?? g.nodes()[0]!;
  if (on('layout')) {
    step('layout');
    stages.layout = { seconds: await timeRuns(o.runs, () => layout(g)) };
  } else await layout(g, { layout: 'none' });

  // The writers run in a child, on the graph read back from graph.json, so the memory they use is theirs alone.
  const graphJson = join(work, 'graph.json');
  await writeAtomic(work, [{ name: 'graph.json', chunks: () => json(g) }]);
  graph = undefined;
  const writers = (
    [
      ['gexf', 'ours'],
      ['json', 'json'],
      ['graphml', 'graphml'],
      ['cytoscape', 'cytoscape'],
      ['rdf', 'rdf'],
      ['neo4j', 'neo4j'],
      ['cypher', 'cypher'],
      ['mermaid', 'mermaid'],
      ['plain-gexf', 'plain'],
      ['graphology-gexf', 'graphology'],
    ] as [Stage, string][]
  ).filter(([s]) => on(s));
  if (writers.length) {
    for (const [s] of writers) step(s);
    const r = await child(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', WRITERS, graphJson, writers.map(([, n]) => n).join(','), work, String(o.runs)],
      { cwd: ROOT },
    );
    if (r.code !== 0) throw new Error(`writers failed:\n${r.stderr}`);
    const samples = JSON.parse(r.stdout) as Record<string, Sample>;
    for (const [stage, name] of writers) stages[stage] = samples[name]!;
  }
  if (on('networkx')) {
    step('networkx');
    const r = await child('python3', [NETWORKX, graphJson, join(work, 'networkx.gexf'), String(o.runs)]);
    if (r.code !== 0) throw new Error(`networkx failed:\n${r.stderr}`);
    stages.networkx = JSON.parse(r.stdout) as Sample;
  }

  if ((on('viewer-render') || on('viewer-hover')) && gen.nodes <= VIEWER_MAX_NODES) {
    step('viewer-render');
    const times = await viewerTimes(viewerDist(), work, o.runs);
    if (on('viewer-render')) stages['viewer-render'] = times.render;
    if (on('viewer-hover')) stages['viewer-hover'] = times.hover;
  }

  // GEXF and JSON: the formats the targets are stated for (other formats cost what they cost on top).
  const cli = (extra: string[]) => [BIN, 'build', '--data', dir, '--out', join(work, 'cli'), '--format', 'gexf,json', '--quiet', ...extra];
  if (on('cli-build')) {
    step('cli-build');
    stages['cli-build'] = await childRuns(o.runs, process.execPath, cli(['--layout', 'none']), { rss: true, cwd: ROOT });
  }
  if (on('cli-build-fa2')) {
    step('cli-build-fa2');
    stages['cli-build-fa2'] = await childRuns(o.runs, process.execPath, cli([]), { rss: true, cwd: ROOT });
  }
  // The installable CLI: start-up, queries on unchanged data (graph cache), watch mode.
  const cache = join(work, 'cache');
  if (size === o.sizes[0]) {
    if (on('node-start')) {
      step('node-start');
      stages['node-start'] = await nodeStart(o.runs);
    }
    if (on('cli-help')) {
      step('cli-help');
      stages['cli-help'] = await cliRuns(o.runs, ['--help'], cache);
    }
    if (on('query-qwen')) {
      step('query-qwen');
      stages['query-qwen'] = await cliRuns(o.runs, ['query', 'lineage', 'yarn', '--data', join(ROOT, 'graph-data')], cache);
    }
  }
  if (on('query-cached')) {
    step('query-cached');
    stages['query-cached'] = await cliRuns(o.runs, ['query', 'lineage', technique, '--data', dir], cache);
  }
  if (on('watch-update') && gen.nodes <= VIEWER_MAX_NODES) {
    step('watch-update');
    stages['watch-update'] = await watchUpdate(dir, o.runs, cache);
  }
  const exported = JSON.parse(await readFile(graphJson, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
  if (!o.keep) await rm(work, { recursive: true, force: true });
  return {
    size,
    nodes: exported.nodes.length,
    edges: exported.edges.length,
    relations: gen.relations,
    files: gen.files,
    inputBytes: gen.bytes,
    stages,
  };
}

async function readTexts(dir: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const files = (await readdir(dir, { recursive: true })).filter((f) => /\.ya?ml$/.test(f)).sort();
  return Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
}

/** Runs the benchmark; returns the results and the Markdown table. */
export async function bench(o: BenchOptions): Promise<{ results: SizeResult[]; table: string; file: string }> {
  await mkdir(o.out, { recursive: true });
  const loadBefore = loadavg()[0]!.toFixed(2);
  // The CLI runs compiled code: build it when a source is newer, then warm the file cache.
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--if-stale'], { stdio: 'inherit' });
  await child(process.execPath, [BIN, 'version']);
  let dist: string | undefined;
  const viewerDist = () => {
    if (!dist) buildViewer((dist = resolve(o.out, 'viewer-dist')));
    return dist;
  };
  const results: SizeResult[] = [];
  for (const size of o.sizes) results.push(await benchSize(size, o, viewerDist));
  const meta = {
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    runs: o.runs,
    date: new Date().toISOString().slice(0, 16).replace('T', ' '),
    commit: gitCommit(),
    // Other processes on the machine skew every number: the 1-minute load average says how busy it was.
    load: `${loadBefore} → ${loadavg()[0]!.toFixed(2)}`,
  };
  const table = markdown(results, meta);
  const report = { ...meta, results: results.map((r) => ({ ...r, ratios: ratios(r), medians: medians(r) })), table };
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const file = join(o.out, `bench-${stamp}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(o.out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(o.out, 'latest.md'), table);
  return { results, table, file };
}

const medians = (r: SizeResult) => Object.fromEntries(Object.entries(r.stages).map(([k, s]) => [k, median(s.seconds)]));

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head} (src modified)` : head;
  } catch {
    return 'unknown';
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const { table, file } = await bench(options);
  process.stdout.write(`\n${table}\nwritten: ${file}\n`);
}
