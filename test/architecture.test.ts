// The architecture holds: src/ is a pipeline of folders, each with an index.ts face (and maybe a settings face,
// options.ts, that loads no working code); code outside a folder (another folder, the viewer, scripts, bin) imports
// only those faces; and no file imports itself back in a circle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

/** The stages, in pipeline order: a folder may import the faces of earlier folders only. */
const FOLDERS = [
  'vocabulary',
  'diagnostics',
  'load',
  'graph',
  'validate',
  'layout',
  'export',
  'sparql',
  'query',
  'pipeline',
  'project',
  'cli',
];

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|mts|mjs)$/.test(e) && !e.endsWith('.d.ts') && !e.endsWith('.d.mts')) out.push(p);
  }
  return out;
}

/** Relative imports of a file, resolved to the files they name. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
    const spec = m[1] ?? m[2]!;
    const base = resolve(dirname(file), spec);
    const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, join(base, 'index.ts')];
    const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (found) out.push(found);
  }
  return out;
}

const folderOf = (file: string): string | undefined => {
  const rel = relative(SRC, file);
  if (rel.startsWith('..')) return undefined;
  const parts = rel.split(sep);
  return parts.length > 1 ? parts[0] : '';
};

const all = [...files(SRC), ...files(join(ROOT, 'viewer', 'src')), ...files(join(ROOT, 'scripts')), ...files(join(ROOT, 'bin'))];

describe('src/ as a pipeline of folders with faces', () => {
  it('has the stage folders, each with an index.ts face, and the library face', () => {
    for (const f of FOLDERS) expect(existsSync(join(SRC, f, 'index.ts')), f).toBe(true);
    expect(existsSync(join(SRC, 'index.ts'))).toBe(true);
    const loose = readdirSync(SRC).filter((e) => statSync(join(SRC, e)).isFile());
    expect(loose).toEqual(['index.ts']);
  });

  it('imports another folder only through its face (index.ts) or its settings face (options.ts)', () => {
    const bad: string[] = [];
    for (const file of all) {
      const from = folderOf(file);
      for (const target of imports(file)) {
        const to = folderOf(target);
        if (to === undefined || to === from) continue;
        if (target !== join(SRC, to, 'index.ts') && target !== join(SRC, to, 'options.ts'))
          bad.push(`${relative(ROOT, file)} → ${relative(ROOT, target)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('a settings face (options.ts) loads no code that does work: values only from the vocabulary and diagnostics faces', () => {
    const bad: string[] = [];
    for (const folder of FOLDERS) {
      const file = join(SRC, folder, 'options.ts');
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      // Value imports and re-exports (type-only ones are erased by the compiler and load nothing).
      for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/g)) {
        const allowed = ['../vocabulary/index.js', '../diagnostics/index.js'];
        if (!allowed.includes(m[1]!)) bad.push(`${folder}/options.ts → ${m[1]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('imports folders in pipeline order only (no folder reaches a later stage)', () => {
    const bad: string[] = [];
    for (const file of all) {
      const from = folderOf(file);
      if (!from) continue;
      for (const target of imports(file)) {
        const to = folderOf(target);
        if (!to || to === from) continue;
        if (FOLDERS.indexOf(to) > FOLDERS.indexOf(from)) bad.push(`${from} → ${to} (${relative(ROOT, file)})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has no import circle between files', () => {
    const graph = new Map(all.map((f) => [f, imports(f).filter((t) => all.includes(t))]));
    const state = new Map<string, 1 | 2>();
    const circles: string[] = [];
    const visit = (f: string, path: string[]) => {
      state.set(f, 1);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 1) circles.push([...path.slice(path.indexOf(t)), t].map((p) => relative(ROOT, p)).join(' → '));
        else if (!state.has(t)) visit(t, [...path, t]);
      }
      state.set(f, 2);
    };
    for (const f of all) if (!state.has(f)) visit(f, [f]);
    expect(circles).toEqual([]);
  });

  it('docs/architecture.md shows every folder in pipeline order, each with every value its face exports', async () => {
    const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
    const sections = [...doc.matchAll(/^### `([a-z]+)\/`([\s\S]*?)(?=^##)/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(sections.map(([f]) => f)).toEqual(FOLDERS);
    const missing: string[] = [];
    for (const [folder, text] of sections) {
      const face = (await import(join(SRC, folder, 'index.ts'))) as Record<string, unknown>;
      for (const name of Object.keys(face)) if (!text.includes(`\`${name}\``)) missing.push(`${folder}: ${name}`);
    }
    expect(missing).toEqual([]);
  });
});
