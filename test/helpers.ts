// Shared test helpers: build a graph from a data folder, run external readers.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/index.js';
import { build, type TechGraph } from '../src/graph/index.js';
import { layout } from '../src/layout/index.js';
import { check } from '../src/pipeline/index.js';

/** Checks, builds and lays out `data`; fails the test on any error. */
export async function graphOf(data: string): Promise<TechGraph> {
  const r = await check({ data });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`).join('\n'));
  const g = build(r.facts);
  await layout(g, { iterations: 50 });
  return g;
}

/** Runs a command; returns its exit status and output. */
export function sh(cmd: string, args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input, maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Where tests write what a person may look at afterwards (screenshots, timings, scratch files): git-ignored. */
export const ARTIFACTS = fileURLToPath(new URL('./artifacts', import.meta.url));

/** The GEXF 1.3 schemas, vendored in test/vendor/gexf-schema (CC BY 4.0; see its SOURCE.txt): tests read nothing outside the repository. */
export const SCHEMAS = {
  rng: fileURLToPath(new URL('./vendor/gexf-schema/1.3/gexf.rng', import.meta.url)),
  xsd: fileURLToPath(new URL('./vendor/gexf-schema/1.3-xsd-fixed/gexf.xsd', import.meta.url)),
};

/** Validates a GEXF file with xmllint against the official RNG and the fixed XSD. */
export function xmllint(file: string): { rng: string; xsd: string } {
  const rng = sh('xmllint', ['--noout', '--relaxng', SCHEMAS.rng, file]);
  const xsd = sh('xmllint', ['--noout', '--schema', SCHEMAS.xsd, file]);
  return { rng: rng.status === 0 ? 'valid' : rng.stderr, xsd: xsd.status === 0 ? 'valid' : xsd.stderr };
}

/** Reads a GEXF file with networkx; returns nodes and edges with their attributes. */
export function networkx(file: string): {
  graph: string;
  nodes: Record<string, Record<string, unknown>>;
  edges: { source: string; target: string; key: string; attributes: Record<string, unknown> }[];
} {
  const py = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
out = {"graph": type(g).__name__,
       "nodes": {n: {k: v for k, v in d.items()} for n, d in g.nodes(data=True)},
       "edges": [{"source": u, "target": v, "key": k, "attributes": d} for u, v, k, d in g.edges(keys=True, data=True)]}
print(json.dumps(out, ensure_ascii=False))
`;
  const r = sh('python3', ['-c', py, file]);
  if (r.status !== 0) throw new Error(`networkx failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Runs the CLI in process with captured output (not a TTY). */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false, cwd: process.cwd() });
  return { code, stdout, stderr };
}
