/**
 * Seeded generator of synthetic fact sets in the techgraph YAML format, for
 * the benchmark. Same (nodes, seed) → same bytes. The mix imitates real data:
 * every kind, block and flow style, dates of every precision, counts with
 * units, sourced claims (a few disputed, so `check` reports conflicts as it
 * does on real data), multilingual labels with CJK, `&`, `<` and quotes, and
 * nodes spread over several files in several folders, referring across files.
 * The result passes `techgraph check` with no error.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mulberry32 } from '../../src/layout/index.js';
import { ATTRIBUTES } from '../../src/vocabulary/index.js';

/** What was generated. */
export interface Generated {
  dir: string;
  nodes: number;
  relations: number;
  files: number;
  bytes: number;
}

/** Share of each kind in the node count. */
const MIX = { family: 0.01, motivation: 0.03, source: 0.24, version: 0.34 } as const;
/** The vocabulary's own values, so generated data stays valid when they change. */
const CATEGORIES = ATTRIBUTES.category.values!;
const SOURCE_TYPES = ATTRIBUTES.source_type.values!;
const LICENSES = ['Apache-2.0', 'MIT', 'Llama 3 Community License', 'Qwen License', 'CC-BY-NC-4.0'];
const WORDS = [
  'sparse',
  'grouped',
  'rotary',
  'linear',
  'gated',
  'mixture',
  'expert',
  'latent',
  'sliding',
  'window',
  'flash',
  'paged',
  'quantized',
  'aligned',
  'reward',
  'preference',
  'chunked',
  'dual',
  'multi-token',
  'speculative',
];
const CJK = ['长上下文', '注意力', '混合专家', '位置编码', '对齐', '量化', '推理', '预训练', '分词器', '归一化', '通义千问', '深度求索'];
const ASCII_MARKS = ['&', '<', '"', '>', "'", '&amp;'];

/** Writes a fact set of about `nodes` nodes under `dir` (emptied first). */
export async function generate(dir: string, nodes: number, seed = 1): Promise<Generated> {
  const rand = mulberry32(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const chance = (p: number) => rand() < p;

  const F = Math.max(3, Math.round(nodes * MIX.family));
  const M = Math.max(5, Math.round(nodes * MIX.motivation));
  const S = Math.max(5, Math.round(nodes * MIX.source));
  const V = Math.max(5, Math.round(nodes * MIX.version));
  const T = Math.max(5, nodes - F - M - S - V);
  const pad = (i: number) => String(i).padStart(6, '0');
  const fam = (i: number) => `fam-${pad(i)}`;
  const mot = (i: number) => `goal-${pad(i)}`;
  const src = (i: number) => `src-${pad(i)}`;
  const tech = (i: number) => `tech-${pad(i)}`;
  const ver = (i: number) => `ver-${pad(i)}`;

  // Quoted scalars: JSON strings are valid YAML double-quoted scalars.
  const q = (s: string) => JSON.stringify(s);
  const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const label = (i: number) => `${phrase(2)} ${pick(ASCII_MARKS)} ${pick(CJK)} ${i}`;
  const description = () => {
    const s = `${phrase(3)} ${pick(ASCII_MARKS)} "${pick(WORDS)}" <${pick(WORDS)}> ${pick(CJK)}, ${phrase(4)} & ${pick(CJK)}`;
    return s.length > 80 ? s.slice(0, 80).trimEnd() : s;
  };
  const year = () => 2015 + int(10);
  const date = (y = year()) => {
    const r = rand();
    const m = String(1 + int(12)).padStart(2, '0');
    return r < 0.2 ? `${y}` : r < 0.5 ? `${y}-${m}` : `${y}-${m}-${String(1 + int(28)).padStart(2, '0')}`;
  };
  const srcRef = () => src(int(S));
  const srcList = (n: number) => [...new Set(Array.from({ length: n }, srcRef))];
  const flow = (xs: readonly string[]) => (xs.length === 1 ? xs[0]! : `[${xs.join(', ')}]`);

  let relations = 0;
  const files = new Map<string, string[]>();
  const emit = (file: string, section: string, entry: string) => {
    let parts = files.get(file);
    if (!parts)
      files.set(
        file,
        (parts = [`# yaml-language-server: $schema=../schema.json\n# Synthetic facts for the benchmark (seed ${seed}).\n\n${section}:\n`]),
      );
    parts.push(entry);
  };
  // Nodes per file: at least 8 files of each big kind, at most 1500 nodes a file.
  const perFile = Math.max(50, Math.min(1500, Math.ceil(nodes / 64)));
  const counts = new Map<string, number>();
  const part = (folder: string) => {
    const n = counts.get(folder) ?? 0;
    counts.set(folder, n + 1);
    return `${folder}/part-${String(Math.floor(n / perFile)).padStart(3, '0')}.yaml`;
  };

  // Families: one file.
  for (let i = 0; i < F; i++) {
    let e = `  - id: ${fam(i)}\n    label: { en: ${q(`Family ${i} ${pick(ASCII_MARKS)} Co.`)}, zh: ${pick(CJK)}${i} }\n    organisation: ${q(`${pick(WORDS)} labs ${pick(ASCII_MARKS)} ${pick(CJK)}`)}\n`;
    e += `    url: https://example.org/family/${i}\n`;
    emit('families.yaml', 'families', e);
  }
  // Motivations: one file; part_of points to an earlier motivation (acyclic).
  for (let i = 0; i < M; i++) {
    let e = `  - id: ${mot(i)}\n    label: { en: ${q(`Goal ${i}: ${phrase(2)}`)}, zh: ${pick(CJK)} }\n    description: ${q(description())}\n`;
    if (i > 0 && chance(0.5)) {
      e += `    part_of: ${mot(int(i))}\n`;
      relations++;
    }
    emit('motivations.yaml', 'motivations', e);
  }
  // Sources: in folders by type, each published by or in a family.
  for (let i = 0; i < S; i++) {
    const type = pick(SOURCE_TYPES);
    let e = `  - id: ${src(i)}\n    label: ${q(`${phrase(3)} ${pick(ASCII_MARKS)} ${pick(CJK)}`)}\n    source_type: ${type}\n`;
    e += `    title: ${q(`${phrase(4)}: "${pick(WORDS)}" & <${pick(WORDS)}> ${pick(CJK)}`)}\n    authors: ${q(`Author ${i} et al.`)}\n    date: ${date()}\n`;
    if (type === 'paper') e += `    arxiv: "${2300 + int(99)}.${String(int(99999)).padStart(5, '0')}"\n`;
    e += `    url: https://example.org/source/${i}\n`;
    e += chance(0.5) ? `    published_by: ${fam(int(F))}\n` : `    in_family: ${fam(int(F))}\n`;
    relations++;
    emit(part('sources'), 'sources', e);
  }
  // Techniques: in folders by category; lineage points to earlier techniques (acyclic).
  for (let i = 0; i < T; i++) {
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const sources = srcList(1 + int(2));
    let e = `  - id: ${tech(i)}\n    label: { en: ${q(label(i))}, zh: ${pick(CJK)}${i} }\n`;
    if (chance(0.4)) e += `    aliases: [${q(`T${i}`)}, ${q(`${pick(WORDS)}-${i}`)}]\n`;
    e += `    full_name: ${q(`${phrase(3)} ${pick(ASCII_MARKS)} ${i}`)}\n    category: ${category}\n    definition: ${q(description())}\n`;
    e += `    sources: ${flow(sources)}\n    serves: ${mot(int(M))}\n`;
    relations++;
    if (chance(0.5)) {
      e += `    introduced_in: ${sources[0]}\n`;
      relations++;
    }
    if (i > 10 && chance(0.3)) {
      const rel = pick(['extends', 'variant_of', 'derived_from', 'generalizes']);
      e += `    ${rel}: ${tech(i - 1 - int(Math.min(i - 1, 500)))}\n`;
      relations++;
    }
    emit(part(`techniques/${category}`), 'techniques', e);
  }
  // Versions: in folders by family; each family adopts from its own pool of techniques.
  const pools = Array.from({ length: F }, () => Array.from({ length: 8 }, () => int(T)));
  const lastOf = new Map<number, number>();
  for (let i = 0; i < V; i++) {
    const f = int(F);
    const y = year();
    const sources = srcList(1 + int(2));
    let e = `  - id: ${ver(i)}\n    label: { en: ${q(`Model ${f}.${i} ${pick(ASCII_MARKS)} ${pick(WORDS)}`)}, zh: ${pick(CJK)}${i} }\n`;
    e += `    description: ${q(description())}\n    sources: ${flow(sources)}\n    in_family: ${fam(f)}\n`;
    relations++;
    const prev = lastOf.get(f);
    if (prev !== undefined) {
      e += `    succeeds: ${ver(prev)}\n`;
      relations++;
    }
    lastOf.set(f, i);
    if (i > 0 && chance(0.05)) {
      e += `    based_on: ${ver(int(i))}\n`;
      relations++;
    }
    const adopted = [...new Set(Array.from({ length: 2 + int(2) }, () => tech(pick(pools[f]!))))];
    relations += adopted.length;
    if (chance(0.2)) {
      e += `    adopts:\n${adopted.map((t, k) => (k === 0 ? `      - { target: ${t}, sources: ${flow(srcList(2))} }\n` : `      - ${t}\n`)).join('')}`;
    } else e += `    adopts: [${adopted.join(', ')}]\n`;
    if (chance(0.5)) {
      e += `    described_in: ${sources[0]}\n`;
      relations++;
    }
    e += `    released: ${date(y)}\n`;
    if (chance(0.3)) e += `    report_date: ${date(y)}\n`;
    const moe = chance(0.2);
    const total = 1 + int(400);
    e += `    flagship: ${q(`Model-${total}B ${pick(CJK)}`)}\n    flagship_params: ${moe ? `${total}B-A${1 + int(total)}B` : `${total}B`}\n`;
    // Each size once (a size listed twice is an error): the middle size may equal a small flagship.
    e += `    sizes: [${[...new Set(['0.5B', `${1 + int(14)}B`, `${total}B`])].join(', ')}]\n`;
    const vocab = 30_000 + int(200_000);
    if (chance(0.02)) {
      // A disputed claim: reported by `check` as a CONFLICT warning.
      e += `    vocabulary:\n      - { value: ${q(vocab.toLocaleString('en-US'))}, sources: ${sources[0]}, status: preferred }\n      - { value: ${Math.round(vocab / 1000)}K, sources: ${srcRef()}, status: disputed, quote: ${q(`${Math.round(vocab / 1000)}K`)}, note: Rounded in the blog post. }\n`;
    } else e += `    vocabulary: ${q(vocab.toLocaleString('en-US'))}\n`;
    e += `    training_tokens: ${pick(['2T', '7T', '18T', '36T', '1.4T', '500B', '30万', '">1T"'])}\n`;
    e += `    context_native: ${pick(['2048', '4K', '8K', '32K', '128K'])}\n`;
    if (chance(0.3))
      e += `    context_extended: { value: ${pick(['128K', '256K', '1M'])}, sources: ${srcRef()}, note: ${q(`with ${pick(WORDS)} scaling`)} }\n`;
    e += `    license: ${q(pick(LICENSES))}\n`;
    if (chance(0.25)) e += `    note: >-\n      ${description()}\n      ${phrase(6)}; ${pick(CJK)}.\n`;
    emit(part(`versions/group-${f % 4}`), 'versions', e);
  }

  await rm(dir, { recursive: true, force: true });
  let bytes = 0;
  for (const [file, parts] of files) {
    const text = parts.join('');
    bytes += Buffer.byteLength(text);
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), text);
  }
  return { dir, nodes: F + M + S + T + V, relations, files: files.size, bytes };
}

/** `1k` → 1000, `100k` → 100000, `250` → 250. */
export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(s.trim());
  if (!m) throw new Error(`not a size: "${s}" (write 1k, 10k, 100k or a number)`);
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === 'k' ? 1e3 : m[2] ? 1e6 : 1));
}

// `tsx scripts/bench/generate.ts 10k out-dir [seed]`
if (import.meta.url === `file://${process.argv[1]}`) {
  const [size = '1k', out = `bench-results/data-${size}`, seed = '1'] = process.argv.slice(2);
  const g = await generate(out, parseSize(size), Number(seed));
  process.stdout.write(`${g.dir}: ${g.nodes} nodes, ${g.relations} relations, ${g.files} files, ${(g.bytes / 1e6).toFixed(1)} MB\n`);
}
