// Properties (issue 5), with fast-check: any valid fact set builds, and its GEXF validates against both
// schemas and reads back through graphology-gexf and networkx with the same nodes, edges and values, its
// JSON reloads into the same graph; any string survives as a label (exactly in JSON, as xmlSafe() says in
// GEXF); builds are byte-identical under shuffled files, sections, nodes and keys (GEXF files are checked
// in batches, one xmllint per schema and one python per batch, to keep this fast). And (issue 11) every export
// (JSON, GEXF, GraphML, Cytoscape, RDF, Neo4j CSV, Cypher), read back by its own reader, shows per node and
// attribute exactly the value the graph shows (none for a fact whose every claim is disputed), and check's
// CONFLICT warnings name exactly the graph's `conflicts`. Format v2 (issue 12): the fact sets hold sub-models,
// scoped claims and relations, "not reported" claims, drops relative to a release, labels that clash across
// kinds and architecture rows per size (disputed, disagreeing, not reported fields); every export shows, besides
// each value, the scope of the shown claim, each edge's scope and `relative_to`, the name shown (`display`) and
// the architecture of the shown rows field by field, and nothing for a disputed row or a "not reported" claim.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import oxigraph from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/diagnostics/index.js';
import { RDF_BASE, wellFormed, xmlSafe } from '../src/export/index.js';
import { type ClaimRecord, isUnreported, shownClaim, shownClaims, shownRows, type TechGraph } from '../src/graph/index.js';
import { load } from '../src/load/index.js';
import { buildExports, check } from '../src/pipeline/index.js';
import {
  ARCHITECTURE_FIELD_NAMES,
  ARCHITECTURE_FIELDS,
  ATTRIBUTES,
  type Attribute,
  KINDS,
  NOT_REPORTED,
  parseParams,
} from '../src/vocabulary/index.js';
import { emitYaml, gexfColumns, type NxGraph, networkxBatch, seeded, shuffle, xmllintBatch } from './hostile-helpers.js';

type Yaml = string | number | boolean | null | Yaml[] | { [k: string]: Yaml };
type Section = 'families' | 'versions' | 'models' | 'techniques' | 'motivations' | 'sources';
interface GenNode {
  section: Section;
  fields: { [k: string]: Yaml };
}

/** How many runs each property made, reported at the end. */
const RUNS = {
  factSets: 0,
  factSetBatches: 0,
  labels: 0,
  labelBatches: 0,
  determinism: 0,
  agreement: 0,
  agreementNodes: 0,
  agreementValues: 0,
  agreementEdges: 0,
  scoped: 0,
  perScope: 0,
  unreported: 0,
  architectureItems: 0,
  architectureHidden: 0,
  displayed: 0,
};

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'tg-prop-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
  console.info(
    `property runs: ${RUNS.factSets} random fact sets in ${RUNS.factSetBatches} batches; ${RUNS.labels} hostile labels in ${RUNS.labelBatches} batches; ${RUNS.determinism} shuffled rebuilds; ` +
      `${RUNS.agreement} fact sets (${RUNS.agreementNodes} nodes, ${RUNS.agreementValues} node values, ${RUNS.agreementEdges} edge values) read back from all 8 exports: ` +
      `${RUNS.scoped} shown values with a scope (${RUNS.perScope} with several values per scope), ${RUNS.unreported} "not reported" claims, ${RUNS.architectureItems} architecture values shown ` +
      `and ${RUNS.architectureHidden} of disputed or hidden rows not, ${RUNS.displayed} names with a kind after them`,
  );
});

// ------------------------------------------------------------------------------------------------
// Arbitraries

/** Characters people (and attackers) put in text: markup, YAML indicators, controls, lone surrogates, any code point. */
const hostileChar = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      ']]>',
      '\\',
      ': ',
      ' #',
      '- ',
      '{',
      '}',
      '[',
      ']',
      ', ',
      '*a',
      '&a',
      '!!str',
      '%',
      '@',
      '`',
      '|',
      '>-',
      '---',
      '...',
      '\t',
      '\n',
      '\r',
      '\r\n',
      ' ',
      '\u00a0',
      '\u2028',
      '\u2029',
      '\u0085',
      '\ufeff',
      '\u202e',
      '\u200f',
      'null',
      '~',
      'true',
      '0x1F',
      '1e3',
      '2024-01-01',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u0000',
      '\u0001',
      '\u0008',
      '\u000b',
      '\u000c',
      '\u001f',
      '\u007f',
      '\u009f',
      '\ufffe',
      '\uffff',
      '\ud800',
      '\udbff',
      '\udc00',
      '\udfff',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('🧠', '👩🏽‍💻', '🇨🇳', '长上下文', '日本語', '한국어', 'עברית', 'العربية', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) },
);
const hostileText = fc.array(hostileChar, { minLength: 1, maxLength: 10 }).map((a) => a.join(''));
const LANGS = ['en', 'zh', 'ja', 'ar', 'he', 'zh-Hant'];
const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,9}$/);

type G = fc.GeneratorValue;
const pick = <T>(g: G, list: readonly T[]): T => list[g(fc.integer, { min: 0, max: list.length - 1 })]!;
/** True with probability p: unbiased (fast-check's numbers lean to the extremes, which made p = 0.1 nearer 0.5). */
const chance = (g: G, p: number) => g(() => fc.noBias(fc.integer({ min: 0, max: 9999 }))) < p * 10_000;
const text = (g: G): string => g(() => hostileText);
const textOrMap = (g: G): Yaml =>
  chance(g, 0.6)
    ? text(g)
    : Object.fromEntries(g(fc.uniqueArray, fc.constantFrom(...LANGS), { minLength: 1, maxLength: 3 }).map((l) => [l, text(g)]));
const subset = (g: G, ids: readonly string[], max: number): string[] =>
  ids.length ? g(() => fc.uniqueArray(fc.constantFrom(...ids), { maxLength: Math.min(max, ids.length) })) : [];

function date(g: G): Yaml {
  const y = g(fc.integer, { min: 1990, max: 2030 });
  const form = g(fc.integer, { min: 0, max: 3 });
  if (form === 0) return y; // a number
  if (form === 1) return String(y);
  const m = g(fc.integer, { min: 1, max: 12 });
  if (form === 2) return `${y}-${String(m).padStart(2, '0')}`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(g(fc.integer, { min: 1, max: last })).padStart(2, '0')}`;
}
const count = (g: G): Yaml => {
  const n = g(fc.integer, { min: 1, max: 999_999 });
  return pick(g, [
    n,
    String(n),
    `${n}K`,
    `${n % 1000}B`,
    `${n % 100}T`,
    `${n.toLocaleString('en-US')}`,
    `~${n}M`,
    `>${n % 50}B`,
    `${n % 1000}万`,
    `${n % 100}亿`,
  ]);
};
const length = (g: G): Yaml => {
  const n = g(fc.integer, { min: 1, max: 4096 });
  return pick(g, [n, `${n}K`, `${n % 8 || 1}M`]);
};
const params = (g: G): string => {
  const total = g(fc.integer, { min: 1, max: 900 });
  return chance(g, 0.7) ? `${total}B` : `${total}B-A${g(fc.integer, { min: 1, max: total })}B`;
};
const url = (g: G): string => `https://example.org/${g(fc.stringMatching, /^[A-Za-z0-9._~%&=?<>"'-]{0,16}$/)}`;

/** The same value written another way (`7B` → `7.0B`, 5 → "5"): claims that agree, in other words. */
const respell = (v: Yaml): Yaml =>
  typeof v === 'number' ? String(v) : typeof v === 'string' && /^\d+[KMBT]$/.test(v) ? v.replace(/^(\d+)/, '$1.0') : v;

/** A value, or now and then `not reported` (any attribute type takes it). */
const orUnreported =
  (value: (g: G) => Yaml, p = 0.1) =>
  (g: G): Yaml =>
    chance(g, p) ? NOT_REPORTED : value(g);

/** One to three items of a release's scope pool (its sizes, sub-model ids), or none when the pool is empty. */
const scopeOf = (g: G, pool: readonly string[]): Yaml[] => subset(g, pool, 3);

/**
 * An attribute as a plain value, one claim, or a list of claims with at most one preferred: two that may
 * differ, the same value written two ways (no conflict), or claims that are all disputed (nothing shown).
 * With a scope pool (releases): claims for some sizes or sub-models (values that differ for scopes that may
 * or may not overlap, now and then one `not reported`), and a `not reported` claim next to a reported one.
 */
function attribute(g: G, value: (g: G) => Yaml, sources: readonly string[], pool: readonly string[] = []): Yaml {
  const form = g(fc.integer, { min: 0, max: pool.length ? 6 : 4 });
  if (form === 0 || !sources.length) return orUnreported(value)(g);
  const scoped = (): { scope?: Yaml } => {
    const sc = pool.length && chance(g, 0.4) ? scopeOf(g, pool) : [];
    return sc.length ? { scope: sc.length === 1 && chance(g, 0.5) ? sc[0]! : sc } : {};
  };
  if (form === 1)
    return {
      value: orUnreported(value, 0.2)(g),
      sources: pick(g, sources),
      ...(chance(g, 0.3) ? { status: pick(g, ['preferred', 'alternative', 'disputed']) } : {}),
      ...(chance(g, 0.3) ? { note: text(g) } : {}),
      ...scoped(),
    };
  if (form === 5) {
    const disjoint = pool.length > 1 && chance(g, 0.5); // one item each: values for different sizes, no conflict
    return g(fc.array, fc.constant(null), { minLength: 2, maxLength: 3 }).map((_, i) => {
      const sc = disjoint ? [pool[i % pool.length]!] : scopeOf(g, pool);
      return {
        value: orUnreported(value, 0.15)(g),
        sources: [pick(g, sources)],
        ...(sc.length ? { scope: sc } : {}),
        ...(i === 0 && chance(g, 0.5) ? { status: 'preferred' } : chance(g, 0.2) ? { status: 'disputed' } : {}),
      };
    });
  }
  if (form === 6)
    return [
      { value: NOT_REPORTED, sources: [pick(g, sources)], ...scoped(), ...(chance(g, 0.3) ? { note: text(g) } : {}) },
      { value: value(g), sources: [pick(g, sources)], ...scoped() },
    ];
  if (form === 3) {
    const v = value(g);
    return [
      { value: v, sources: [pick(g, sources)], ...(chance(g, 0.5) ? { status: 'preferred' } : {}) },
      { value: respell(v), sources: [pick(g, sources)], status: 'alternative' },
    ];
  }
  if (form === 4)
    return g(fc.array, fc.constant(null), { minLength: 1, maxLength: 2 }).map(() => ({
      value: value(g),
      sources: [pick(g, sources)],
      status: 'disputed',
    }));
  return [
    { value: value(g), status: 'preferred', ...(chance(g, 0.5) ? { quote: text(g) } : {}) },
    { value: value(g), sources: [pick(g, sources)], status: pick(g, ['alternative', 'disputed']) },
  ];
}

/** A relation's value: one id, or a list of ids and { target, sources, status, note, scope } objects. */
function relation(g: G, targets: readonly string[], sources: readonly string[], pool: readonly string[] = []): Yaml {
  if (targets.length === 1 && chance(g, 0.5)) return targets[0]!;
  return targets.map((t) => {
    if (chance(g, 0.6) || !sources.length) return t;
    const sc = pool.length && chance(g, 0.5) ? scopeOf(g, pool) : [];
    return {
      target: t,
      sources: [pick(g, sources)],
      ...(chance(g, 0.3) ? { status: pick(g, ['preferred', 'alternative', 'disputed']) } : {}),
      ...(chance(g, 0.3) ? { note: text(g) } : {}),
      ...(sc.length ? { scope: sc } : {}),
    };
  });
}

/** A whole number an architecture table gives. */
const archValue = (g: G, field: (typeof ARCHITECTURE_FIELD_NAMES)[number]): Yaml => {
  if (chance(g, 0.1)) return NOT_REPORTED;
  const type = ARCHITECTURE_FIELDS[field].type;
  if (type === 'boolean') return chance(g, 0.5);
  const n = g(fc.integer, { min: 1, max: 200_000 });
  return type === 'length' && chance(g, 0.5) ? `${n % 512 || 1}K` : n;
};

/** The same size written another way (7B → 7.0B): one size for the rules. */
const respellSize = (size: string) => size.replace(/^(\d+)B/, '$1.0B');

/**
 * Architecture rows: one to three sizes (the release's, else any), each with some fields; now and then a
 * second row for a size (the same size respelled or not) that agrees, disagrees, is disputed or is marked
 * preferred, and rows whose every field is disputed.
 */
function architecture(g: G, sizes: readonly string[], sources: readonly string[]): Yaml[] {
  const pool = sizes.length ? sizes : [params(g)];
  const rows: Yaml[] = [];
  const fields = () =>
    Object.fromEntries(
      g(() => fc.uniqueArray(fc.constantFrom(...ARCHITECTURE_FIELD_NAMES), { minLength: 1, maxLength: 5 })).map((f) => [
        f,
        archValue(g, f),
      ]),
    );
  for (const size of g(() => fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }))) {
    rows.push({
      size,
      ...fields(),
      ...(sources.length && chance(g, 0.5) ? { sources: [pick(g, sources)] } : {}),
      ...(chance(g, 0.15) ? { status: pick(g, ['alternative', 'disputed']) } : {}),
      ...(chance(g, 0.2) ? { note: text(g) } : {}),
    });
    if (chance(g, 0.35))
      rows.push({
        size: chance(g, 0.5) ? respellSize(size) : size,
        ...fields(),
        ...(sources.length ? { sources: [pick(g, sources)] } : {}),
        status: pick(g, ['preferred', 'alternative', 'disputed']),
      });
  }
  return rows;
}

/** A random valid fact set: every kind, every writable relation (acyclic ones point to earlier nodes only). */
function factSet(g: G): GenNode[] {
  const n = {
    families: g(fc.integer, { min: 0, max: 2 }),
    versions: g(fc.integer, { min: 1, max: 5 }),
    models: g(fc.integer, { min: 0, max: 3 }),
    techniques: g(fc.integer, { min: 1, max: 6 }),
    motivations: g(fc.integer, { min: 0, max: 3 }),
    sources: g(fc.integer, { min: 1, max: 3 }),
  };
  const total = Object.values(n).reduce((a, b) => a + b, 0);
  const all = g(() => fc.uniqueArray(idArb, { minLength: total, maxLength: total, selector: (s) => s.toLowerCase() }));
  let k = 0;
  const ids = Object.fromEntries(Object.entries(n).map(([s, c]) => [s, all.slice(k, (k += c))])) as Record<Section, string[]>;
  const src = ids.sources;
  const nodes: GenNode[] = [];
  // A few labels shared by nodes of different kinds now and then: the build gives them a `display` name.
  const common = (id: string): { [k: string]: Yaml } => ({
    id,
    ...(chance(g, 0.1) ? { label: pick(g, ['Shared', 'R1']) } : chance(g, 0.7) ? { label: textOrMap(g) } : {}),
    ...(chance(g, 0.4) ? { description: textOrMap(g) } : {}),
    ...(chance(g, 0.3) ? { aliases: g(fc.array, hostileText, { minLength: 1, maxLength: 3 }) } : {}),
    ...(chance(g, 0.2) ? { note: text(g) } : {}),
    ...(chance(g, 0.7) ? { sources: chance(g, 0.5) ? pick(g, src) : [src[0]!, ...subset(g, src.slice(1), 1)] } : {}),
    ...(chance(g, 0.2) ? { url: url(g) } : {}),
  });
  const add = (section: Section, fields: { [k: string]: Yaml }) =>
    nodes.push({
      section,
      fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && !(Array.isArray(v) && !v.length))),
    });
  const rel = (targets: string[], pool: readonly string[] = []) => (targets.length ? relation(g, targets, src, pool) : undefined) as Yaml;
  for (const id of ids.families)
    add('families', {
      ...common(id),
      ...(chance(g, 0.5) ? { organisation: attribute(g, text, src) } : {}),
      described_in: rel(subset(g, src, 2)),
    });
  for (const id of ids.sources)
    add('sources', {
      ...common(id),
      ...(chance(g, 0.5) ? { source_type: pick(g, ATTRIBUTES.source_type.values) } : {}),
      ...(chance(g, 0.4) ? { title: text(g) } : {}),
      ...(chance(g, 0.3) ? { authors: text(g) } : {}),
      ...(chance(g, 0.5) ? { date: date(g) } : {}),
      in_family: rel(subset(g, ids.families, 1)),
      published_by: rel(subset(g, ids.families, 1)),
    });
  for (const [i, id] of ids.motivations.entries())
    add('motivations', { ...common(id), part_of: rel(subset(g, ids.motivations.slice(0, i), 2)) });
  ids.techniques.forEach((id, i) => {
    const earlier = ids.techniques.slice(0, i);
    const others = ids.techniques.filter((t) => t !== id);
    add('techniques', {
      ...common(id),
      ...(chance(g, 0.4) ? { full_name: attribute(g, text, src) } : {}),
      ...(chance(g, 0.3) ? { definition: text(g) } : {}),
      ...(chance(g, 0.5) ? { category: pick(g, ATTRIBUTES.category.values) } : {}),
      serves: rel(subset(g, ids.motivations, 2)),
      extends: rel(subset(g, earlier, 1)),
      variant_of: rel(subset(g, earlier, 1)),
      derived_from: rel(subset(g, earlier, 1)),
      generalizes: rel(subset(g, earlier, 1)),
      part_of: rel(subset(g, earlier, 1)),
      replaces: rel(subset(g, others, 1)),
      // Symmetric: written on one side only (the later technique).
      alternative_to: rel(subset(g, earlier, 1)),
      complements: rel(subset(g, others, 2)),
      introduced_in: rel(subset(g, src, 1)),
    });
  });
  /**
   * What versions and sub-models share: the facts (claims scoped to the release's sizes or to sub-models),
   * relations to techniques (scoped too), drops relative to a release, architecture rows. `earlier` are the
   * releases it may point to along the acyclic relations.
   */
  const release = (id: string, earlier: string[], predecessor: string[]): { [k: string]: Yaml } => {
    const sizes = chance(g, 0.5) ? distinctSizes(g(fc.array, fc.constant(null), { minLength: 1, maxLength: 3 }).map(() => params(g))) : [];
    // A size not among the release's now and then (a SCOPE_SIZE warning, still a scope).
    const pool = [...sizes, ...ids.models.filter((m) => m !== id), ...(chance(g, 0.1) ? [params(g)] : [])];
    const relativeTo = predecessor.length ? (chance(g, 0.3) ? subset(g, earlier, 1) : []) : subset(g, earlier, 1);
    const drops =
      predecessor.length || relativeTo.length
        ? subset(g, ids.techniques, 1).map((t) => {
            const sc = pool.length && chance(g, 0.3) ? scopeOf(g, pool) : [];
            return {
              target: t,
              ...(relativeTo.length ? { relative_to: relativeTo[0]! } : {}),
              ...(chance(g, 0.3) ? { sources: [pick(g, src)] } : {}),
              ...(sc.length ? { scope: sc } : {}),
            };
          })
        : [];
    return {
      ...(chance(g, 0.7) ? { released: attribute(g, date, src, pool) } : {}),
      ...(chance(g, 0.2) ? { report_date: orUnreported(date)(g) } : {}),
      ...(chance(g, 0.3) ? { flagship: attribute(g, text, src, pool) } : {}),
      ...(chance(g, 0.3) ? { flagship_params: attribute(g, params, src, pool) } : {}),
      ...(sizes.length ? { sizes } : {}),
      ...(chance(g, 0.5) ? { vocabulary: attribute(g, count, src, pool) } : {}),
      ...(chance(g, 0.4) ? { training_tokens: attribute(g, count, src, pool) } : {}),
      ...(chance(g, 0.3) ? { context_native: attribute(g, length, src, pool) } : {}),
      ...(chance(g, 0.3) ? { context_extended: attribute(g, length, src, pool) } : {}),
      ...(chance(g, 0.2) ? { license: orUnreported(text)(g) } : {}),
      ...(chance(g, 0.5) ? { architecture: architecture(g, sizes, src) } : {}),
      in_family: rel(subset(g, ids.families, 1)),
      // A drop without relative_to is relative to the release succeeded, which a disputed `succeeds` does not name.
      succeeds: predecessor.length && !relativeTo.length && drops.length ? predecessor[0]! : rel(predecessor),
      based_on: rel(subset(g, [...earlier, ...ids.families], 1), pool),
      modelled_on: rel(subset(g, [...earlier, ...ids.families], 1)),
      distilled_from: rel(subset(g, earlier, 1), pool),
      adopts: rel(subset(g, ids.techniques, 3), pool),
      not_adopts: rel(subset(g, ids.techniques, 1), pool),
      // `drops` is relative to a release: the one named, else the one it succeeds.
      drops: drops.length ? drops : undefined,
      described_in: rel(subset(g, src, 2)),
    } as { [k: string]: Yaml };
  };
  ids.versions.forEach((id, i) => {
    const earlier = ids.versions.slice(0, i);
    add('versions', { ...common(id), ...release(id, earlier, subset(g, earlier, 1)) });
  });
  // Sub-models: each a variant of a version (or of an earlier sub-model).
  ids.models.forEach((id, i) => {
    const earlier = [...ids.versions, ...ids.models.slice(0, i)];
    add('models', {
      ...common(id),
      variant_of: rel([pick(g, earlier)]),
      ...release(id, earlier, subset(g, ids.models.slice(0, i), 1)),
    });
  });
  return nodes;
}

/** The sizes of a list, each once (by its parameters: 7B and 7.0B are one size). */
function distinctSizes(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const p = parseParams(s);
    const key = 'total' in p ? `${p.total}/${p.active ?? ''}` : s;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** Writes nodes into 1–3 files (sections grouped per file), in the given key and node order and styles. */
async function writeFacts(
  dir: string,
  nodes: readonly GenNode[],
  random: () => number,
  names = ['a.yaml', 'b.yaml', 'sub/c.yml'],
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'sub'), { recursive: true });
  const files = names.slice(0, 1 + Math.floor(random() * names.length));
  const docs = new Map<string, { [section: string]: Yaml[] }>();
  for (const node of nodes) {
    const f = files[Math.floor(random() * files.length)]!;
    const doc = docs.get(f) ?? docs.set(f, {}).get(f)!;
    (doc[node.section] ??= []).push(node.fields);
  }
  for (const [f, doc] of docs) {
    await mkdir(dirname(join(dir, f)), { recursive: true });
    await writeFile(join(dir, f), emitYaml(doc, { random, flow: random() * 0.6, crlf: random() < 0.3, bom: random() < 0.2 }));
  }
}

/** The same facts, reordered: sections, nodes in a section, keys of every node and relation object, relation target lists. */
function shuffled(nodes: readonly GenNode[], random: () => number): GenNode[] {
  const keys = (o: { [k: string]: Yaml }): { [k: string]: Yaml } => Object.fromEntries(shuffle(Object.entries(o), random));
  const isRelationList = (k: string, v: Yaml) =>
    Array.isArray(v) &&
    !['aliases', 'sizes', 'sources'].includes(k) &&
    v.every((x) => typeof x === 'string' || (typeof x === 'object' && x !== null && 'target' in x));
  return shuffle(nodes, random).map((n) => ({
    section: n.section,
    fields: keys(
      Object.fromEntries(
        Object.entries(n.fields).map(([k, v]) => [
          k,
          isRelationList(k, v)
            ? shuffle(v as Yaml[], random).map((x) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? keys(x) : x))
            : typeof v === 'object' && v !== null && !Array.isArray(v)
              ? keys(v)
              : v,
        ]),
      ),
    ),
  }));
}

// ------------------------------------------------------------------------------------------------
// Checks of one build against the three readers

const primitive = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
const expectedValue = (v: string | number | boolean) => (typeof v === 'string' ? xmlSafe(v) : v);

/** networkx and graphology-gexf read the same nodes, edges and attribute values as the graph has (strings as xmlSafe says). */
function compareReaders(graph: TechGraph, text: string, nx: NxGraph, where: string): void {
  const cols = gexfColumns(text);
  const gx = parseGexf(Graph, text, { allowUndeclaredAttributes: true });
  expect(Object.keys(nx.nodes).sort(), where).toEqual(graph.nodes().sort());
  expect(gx.nodes().sort(), where).toEqual(graph.nodes().sort());
  expect(nx.edges.map((e) => `${e.source} ${e.target} ${e.key}`).sort(), where).toEqual(
    graph.mapEdges((e, _, s, t) => `${s} ${t} ${e}`).sort(),
  );
  expect(gx.edges().sort(), where).toEqual(graph.edges().sort());
  let compared = 0;
  graph.forEachNode((n, a) => {
    expect(nx.nodes[n]!.label, `${where} ${n} label`).toBe(xmlSafe(a.label));
    expect(gx.getNodeAttribute(n, 'label'), `${where} ${n} label`).toBe(xmlSafe(a.label));
    for (const [id, { title }] of cols.node) {
      const v = (a as Record<string, unknown>)[id];
      if (!primitive(v) || v === '') continue;
      expect(nx.nodes[n]![title], `${where} ${n}.${id} (networkx)`).toEqual(expectedValue(v));
      expect(gx.getNodeAttribute(n, id), `${where} ${n}.${id} (graphology-gexf)`).toEqual(expectedValue(v));
      compared++;
    }
  });
  const byKey = new Map(nx.edges.map((e) => [e.key, e]));
  graph.forEachEdge((e, a) => {
    for (const [id, { title }] of cols.edge) {
      const v = (a as unknown as Record<string, unknown>)[id];
      if (!primitive(v) || v === '') continue;
      expect(byKey.get(e)!.attributes[title], `${where} edge ${e}.${id} (networkx)`).toEqual(expectedValue(v));
      expect(gx.getEdgeAttribute(e, id), `${where} edge ${e}.${id} (graphology-gexf)`).toEqual(expectedValue(v));
      compared++;
    }
  });
  expect(compared, where).toBeGreaterThan(graph.order);
}

async function buildOk(data: string, out: string, layout: 'none' | 'fa2' = 'none'): Promise<TechGraph> {
  const r = await buildExports({
    data,
    out,
    formats: ['gexf', 'json'],
    layout: layout === 'none' ? { layout } : { layout, iterations: 20, seed: 7 },
  });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (!r.ok) throw new Error(`a valid fact set did not build:\n${errors.map(formatDiagnostic).join('\n')}`);
  return r.graph!;
}

async function jsonReloads(graph: TechGraph, file: string): Promise<void> {
  const reloaded = Graph.from(JSON.parse(await readFile(file, 'utf8')));
  expect(reloaded.export()).toEqual(graph.export());
}

// ------------------------------------------------------------------------------------------------
// Every export shows the graph's values: per node and attribute, the shown claim's value and scope, nothing for
// a fact whose every claim is disputed or says "not reported"; the name shown; the architecture of the shown
// rows, field by field (`size: value`), nothing from a disputed row; per edge its scope and `relative_to`. Each
// export is read back by an independent reader.

/** One value as the exports show it: a number, or text; a list is its items. */
type Item = string | number;
/** element → column → items; an element is a node id or `edge:` and an edge key (ids have no `:`). */
type Shown = Map<string, Map<string, Item[]>>;
/** The (element, column) pairs a check asks every export about. */
type Asked = [string, string][];

const items = (v: unknown): Item[] => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? (v as Item[]) : [v as Item]);
const put = (into: Shown, node: string, attr: string, v: Item[]) => {
  if (v.length) (into.get(node) ?? into.set(node, new Map()).get(node)!).set(attr, v);
};
/** Columns that hold lists (JSON array text in GraphML). */
const isList = (attr: string) =>
  (ATTRIBUTES as Record<string, { type: string }>)[attr]?.type === 'params-list' ||
  attr.endsWith('_scope') ||
  attr.endsWith('_per_scope') ||
  attr === 'scope' ||
  (attr.startsWith('architecture_') && attr !== 'architecture_claims');
const EDGE = 'edge:';
const EDGE_ASKED = ['scope', 'relative_to'] as const;
const ARCHITECTURE_ASKED = ['architecture_sizes', ...ARCHITECTURE_FIELD_NAMES.map((f) => `architecture_${f}`)];

/**
 * What the graph says each element shows, from its claims, rows and edges, text as `text` turns it: per
 * attribute the shown claim's value, its `_active` part and its scope; the name shown once labels clash; per
 * shown row (`shownRows`) its size and each field it reports; per edge its scope and `relative_to`.
 */
function expectedShown(graph: TechGraph, text: (s: string) => string): { shown: Shown; asked: Asked } {
  const shown: Shown = new Map();
  const asked: Asked = [];
  const display = graph.someNode((_, a) => a.display !== undefined);
  graph.forEachNode((n, a) => {
    if (display) {
      asked.push([n, 'display']);
      put(shown, n, 'display', [text(a.display ?? a.label)]);
    }
    for (const [attr, claims] of Object.entries(a.claims) as [Attribute, ClaimRecord[]][]) {
      const c = shownClaim(claims);
      asked.push([n, attr], [n, `${attr}_scope`]);
      put(
        shown,
        n,
        attr,
        items(c?.value).map((x) => (typeof x === 'string' ? text(x) : x)),
      );
      put(shown, n, `${attr}_scope`, items(c?.scope));
      // Every value shown, per scope item (one claim per scope, the lead first), once the shown value has a scope.
      if (c?.scope?.length) {
        asked.push([n, `${attr}_per_scope`]);
        put(
          shown,
          n,
          `${attr}_per_scope`,
          shownClaims(claims).flatMap((x) => (x.scope ?? []).map((size) => text(`${size}: ${itemValue(x)}`))),
        );
      }
      if (ATTRIBUTES[attr].type === 'params') {
        asked.push([n, `${attr}_active`]);
        put(shown, n, `${attr}_active`, items(c?.active));
      }
    }
    if (a.architecture) {
      for (const col of ARCHITECTURE_ASKED) asked.push([n, col]);
      const rows = shownRows(a.architecture);
      put(
        shown,
        n,
        'architecture_sizes',
        rows.map((r) => r.size),
      );
      for (const f of ARCHITECTURE_FIELD_NAMES)
        put(
          shown,
          n,
          `architecture_${f}`,
          rows.flatMap((r) => {
            const v = r.values[f];
            return v === undefined || v === null ? [] : [`${r.size}: ${v}`];
          }),
        );
    }
  });
  graph.forEachEdge((e, a) => {
    for (const col of EDGE_ASKED) asked.push([EDGE + e, col]);
    put(shown, EDGE + e, 'scope', items(a.scope));
    put(shown, EDGE + e, 'relative_to', items(a.relative_to));
  });
  return { shown, asked };
}

/** A shown value as a per-scope item gives it: the value (a list's items joined), then its active parameters. */
const itemValue = (c: ClaimRecord) =>
  `${Array.isArray(c.value) ? c.value.join(', ') : String(c.value)}${c.active === undefined ? '' : `, active ${c.active}`}`;

/** A Gephi list's text (`["a", "b \\"c\\""]`, a GEXF string holding a list of free text), read back item by item. */
const gephiList = (v: unknown): unknown =>
  typeof v === 'string' && v.startsWith('[') ? [...v.matchAll(/"((?:[^"\\]|\\.)*)"/gs)].map((m) => m[1]!.replace(/\\(.)/gs, '$1')) : v;

/** Reads node and edge attributes from a graphology graph (GEXF, GraphML, JSON readers). */
function fromGraphology(g: Graph, asked: Asked, decodeList: (v: unknown) => unknown = (v) => v): Shown {
  const out: Shown = new Map();
  for (const [el, attr] of asked) {
    const v = el.startsWith(EDGE) ? g.getEdgeAttribute(el.slice(EDGE.length), attr) : g.getNodeAttribute(el, attr);
    put(out, el, attr, items(isList(attr) ? decodeList(v) : v));
  }
  return out;
}

const cypherLs = createRequire(import.meta.url)('@neo4j-cypher/language-support') as {
  parserWrapper: { parse(q: string): { statementsParsing: { tokens: { type: number; text: string }[] }[] } };
  CypherLexer: { symbolicNames: (string | null)[] };
};

/** Cypher's string escapes, read back. */
const unescapeCypher = (literal: string) =>
  literal
    .slice(1, -1)
    .replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) =>
      e.length === 5
        ? String.fromCharCode(parseInt(e.slice(1), 16))
        : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e),
    );

/** The property maps of graph.cypher (`SET n = {…}` per node, `SET r = {…}` per edge), read through Neo4j's own Cypher lexer. */
function cypherElements(text: string): Shown {
  const out: Shown = new Map();
  const names = cypherLs.CypherLexer.symbolicNames;
  for (const st of cypherLs.parserWrapper.parse(text).statementsParsing) {
    const t = st.tokens.filter((x) => names[x.type] !== 'SPACE' && names[x.type] !== 'EOF');
    const set = t.findIndex((x) => names[x.type] === 'SET');
    const variable = t[set + 1]?.text;
    if (set < 0 || (variable !== 'n' && variable !== 'r')) continue;
    let i = set + 4; // after `SET n = {`
    const value = (): Item | Item[] => {
      const tok = t[i++]!;
      const name = names[tok.type];
      if (name === 'STRING_LITERAL1') return unescapeCypher(tok.text);
      if (name === 'DATE') {
        const d = unescapeCypher(t[i + 1]!.text);
        i += 3;
        return d;
      }
      if (name === 'LBRACKET') {
        const list: Item[] = [];
        while (names[t[i]!.type] !== 'RBRACKET') {
          list.push(value() as Item);
          if (names[t[i]!.type] === 'COMMA') i++;
        }
        i++;
        return list;
      }
      if (name === 'TRUE' || name === 'FALSE') return tok.text;
      return Number(tok.text);
    };
    const map: Record<string, Item | Item[]> = {};
    while (names[t[i]!.type] !== 'RCURLY') {
      const key = t[i]!.text.replace(/^`(.*)`$/s, (_, k: string) => k.replaceAll('``', '`'));
      i += 2;
      map[key] = value();
      if (names[t[i]!.type] === 'COMMA') i++;
    }
    const el = variable === 'n' ? String(map.id) : EDGE + String(map.key);
    for (const [k, v] of Object.entries(map)) put(out, el, k, items(v));
  }
  return out;
}

/** The node files and relationships.csv of the neo4j-admin CSV export, read with csv-parse and typed by their headers. */
function csvElements(files: Record<string, string>): Shown {
  const out: Shown = new Map();
  const delimiter = /^ARRAY_DELIMITER=';'$/m.test(files['neo4j/import.sh']!) ? ';' : '\u001f';
  for (const [name, text] of Object.entries(files)) {
    const nodes = /^neo4j\/nodes-.*\.csv$/.test(name);
    if (!nodes && name !== 'neo4j/relationships.csv') continue;
    const [header, ...rows] = parseCsv(text, { relax_column_count: false }) as string[][];
    const keyAt = nodes ? 0 : header!.indexOf('key');
    for (const row of rows) {
      const el = nodes ? row[0]! : EDGE + row[keyAt]!;
      header!.forEach((h, k) => {
        const [col, type] = h.split(':') as [string, string | undefined];
        const v = row[k]!;
        if (v === '' || h.startsWith(':') || h === 'id:ID') return;
        put(out, el, col, type === 'long' ? [Number(v)] : type === 'string[]' ? v.split(delimiter) : [v]);
      });
    }
  }
  return out;
}

/**
 * graph.nt loaded into Oxigraph, read by SPARQL: each asserted value (integers as numbers, other literals as
 * text) and its `_scope`, the name shown, the asserted architecture rows (`size: value` per field), and each
 * edge statement's scope and `relative_to` (an edge key `s->r->t` is the statement `statement/s/r/t`).
 */
function rdfElements(nt: string, asked: Asked): Shown {
  const store = new oxigraph.Store();
  store.load(nt, { format: 'application/n-triples' });
  const out: Shown = new Map();
  const tg = (name: string) => oxigraph.namedNode(`${RDF_BASE}vocab#${name}`);
  const literal = (term: { termType: string; value: string; datatype?: { value: string } }): Item =>
    term.termType === 'Literal' && term.datatype?.value.endsWith('#integer') ? Number(term.value) : term.value;
  const nodeRows = new Map<string, { size: string; row: oxigraph.Term }[]>();
  for (const [el, attr] of asked) {
    if (el.startsWith(EDGE)) {
      const [s, r, t] = el.slice(EDGE.length).split('->') as [string, string, string];
      const st = oxigraph.namedNode(`${RDF_BASE}statement/${s}/${r}/${t}`);
      const objects = store.match(st, tg(attr), null, null).map((q) => q.object);
      put(
        out,
        el,
        attr,
        objects.map((o) => (o.termType === 'NamedNode' ? o.value.slice(`${RDF_BASE}id/`.length) : o.value)),
      );
      continue;
    }
    const node = oxigraph.namedNode(`${RDF_BASE}id/${el}`);
    if (attr.startsWith('architecture_')) {
      let rows = nodeRows.get(el);
      if (!rows) {
        rows = store.match(node, tg('architecture'), null, null).map((q) => ({
          row: q.object,
          size: store.match(q.object as oxigraph.NamedNode, tg('size'), null, null)[0]!.object.value,
        }));
        nodeRows.set(el, rows);
      }
      if (attr === 'architecture_sizes')
        put(
          out,
          el,
          attr,
          rows.map((r) => r.size),
        );
      else
        put(
          out,
          el,
          attr,
          rows.flatMap(({ row, size }) =>
            store
              .match(row as oxigraph.NamedNode, tg(attr.slice('architecture_'.length)), null, null)
              .map((q) => `${size}: ${q.object.value}`),
          ),
        );
      continue;
    }
    put(
      out,
      el,
      attr,
      store.match(node, tg(attr), null, null).map((q) => literal(q.object as never)),
    );
  }
  return out;
}

/** Only the asked columns of a reading, lists sorted (RDF has no order), so readings compare as values. */
function comparable(s: Shown, asked: Asked): Record<string, Item[]> {
  const out: Record<string, Item[]> = {};
  for (const [n, attr] of asked) {
    const v = s.get(n)?.get(attr);
    if (v) out[`${n}.${attr}`] = [...v].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
  }
  return out;
}

/**
 * Where each (node, attribute) key and each architecture row is written, by the loader's own positions:
 * `file:line:column` → `id.attribute` (`id.architecture` for a row).
 */
async function attributeKeys(data: string): Promise<Map<string, string>> {
  const loaded = await load(data);
  const at = new Map<string, string>();
  for (const f of loaded.files) {
    for (const spec of Object.values(KINDS)) {
      const list = (f.data as Record<string, Record<string, unknown>[] | undefined> | undefined)?.[spec.section] ?? [];
      list.forEach((node, i) => {
        for (const attr of Object.keys(node))
          if (attr in ATTRIBUTES) {
            const p = f.locate([spec.section, i, attr], 'key');
            at.set(`${p.file}:${p.line}:${p.column}`, `${String(node.id)}.${attr}`);
          }
        const rows = Array.isArray(node.architecture) ? node.architecture : [];
        rows.forEach((_, j) => {
          const p = f.locate([spec.section, i, 'architecture', j], 'key');
          at.set(`${p.file}:${p.line}:${p.column}`, `${String(node.id)}.architecture`);
        });
      });
    }
  }
  return at;
}

// ------------------------------------------------------------------------------------------------

describe('properties', () => {
  it('any valid fact set builds; GEXF valid (RNG + XSD), read back by networkx and graphology-gexf; JSON reloads identically', async () => {
    const BATCH = 8;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.gen(), { minLength: BATCH, maxLength: BATCH }), fc.integer(), async (gens, seed) => {
        const batch = join(tmp, `batch-${RUNS.factSetBatches++}`);
        const built: { graph: TechGraph; gexf: string; json: string }[] = [];
        for (const [i, g] of gens.entries()) {
          const data = join(batch, `data-${i}`);
          await writeFacts(data, factSet(g), seeded(seed + i));
          const out = join(batch, `out-${i}`);
          built.push({ graph: await buildOk(data, out), gexf: join(out, 'graph.gexf'), json: join(out, 'graph.json') });
          RUNS.factSets++;
        }
        expect(xmllintBatch(built.map((b) => b.gexf))).toEqual({});
        const nx = networkxBatch(built.map((b) => b.gexf));
        for (const b of built) {
          compareReaders(b.graph, await readFile(b.gexf, 'utf8'), nx[b.gexf]!, b.gexf);
          await jsonReloads(b.graph, b.json);
        }
        await rm(batch, { recursive: true, force: true });
      }),
      { numRuns: 4, endOnFailure: true },
    );
  }, 240_000);

  it('any string, however hostile, survives as a label: exactly in the graph and JSON, as xmlSafe() says in GEXF', async () => {
    const BATCH = 40;
    const label = fc.oneof(
      hostileText,
      fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
      fc.constantFrom('x'.repeat(10_000), '长'.repeat(10_000)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(label, { minLength: BATCH, maxLength: BATCH }), async (labels) => {
        const dir = join(tmp, `labels-${RUNS.labelBatches++}`);
        const nodes: GenNode[] = [
          { section: 'sources', fields: { id: 's' } },
          ...labels.map((l, i): GenNode => ({ section: 'techniques', fields: { id: `t${i}`, label: l, note: l, sources: 's' } })),
        ];
        await writeFacts(join(dir, 'data'), nodes, seeded(labels.length));
        const graph = await buildOk(join(dir, 'data'), join(dir, 'out'));
        for (const [i, l] of labels.entries()) expect(graph.getNodeAttribute(`t${i}`, 'label')).toBe(l);
        const gexf = join(dir, 'out', 'graph.gexf');
        expect(xmllintBatch([gexf])).toEqual({});
        const nx = networkxBatch([gexf])[gexf]!;
        const gx = parseGexf(Graph, await readFile(gexf, 'utf8'), { allowUndeclaredAttributes: true });
        labels.forEach((l, i) => {
          expect(nx.nodes[`t${i}`]!.label).toBe(xmlSafe(l));
          expect(nx.nodes[`t${i}`]!.Note).toBe(xmlSafe(l));
          expect(gx.getNodeAttribute(`t${i}`, 'label')).toBe(xmlSafe(l));
        });
        const json = JSON.parse(await readFile(join(dir, 'out', 'graph.json'), 'utf8')) as {
          nodes: { key: string; attributes: { label: string; note: string } }[];
        };
        for (const n of json.nodes.filter((x) => x.key !== 's')) {
          const l = labels[Number(n.key.slice(1))]!;
          expect(n.attributes.label).toBe(l);
          expect(n.attributes.note).toBe(l);
        }
        RUNS.labels += labels.length;
        await rm(dir, { recursive: true, force: true });
      }),
      { numRuns: 5, endOnFailure: true },
    );
  }, 240_000);

  it('builds are byte-identical under shuffled files, sections, nodes, keys, styles, BOM and line endings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), fc.integer(), async (g, seed) => {
        const nodes = factSet(g);
        const dir = join(tmp, `det-${RUNS.determinism++}`);
        await writeFacts(join(dir, 'data'), nodes, seeded(seed));
        await buildOk(join(dir, 'data'), join(dir, 'a'), 'fa2');
        // The same facts, shuffled and split into other files with other names, in the same folder.
        const random = seeded(seed ^ 0x5bd1e995);
        await writeFacts(join(dir, 'data'), shuffled(nodes, random), random, ['z.yaml', 'sub/m.yaml', 'a/b/c.yml', 'y.YAML']);
        await buildOk(join(dir, 'data'), join(dir, 'b'), 'fa2');
        for (const f of ['graph.gexf', 'graph.json'])
          expect(await readFile(join(dir, 'b', f), 'utf8'), f).toBe(await readFile(join(dir, 'a', f), 'utf8'));
        await rm(dir, { recursive: true, force: true });
      }),
      { numRuns: 25, endOnFailure: true },
    );
  }, 240_000);
  it('every export shows, per node and attribute, the value the graph shows (with its scope; none for disputed or not reported), per edge its scope; CONFLICT warnings name exactly the conflicts of the graph', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), fc.integer(), async (g, seed) => {
        const dir = join(tmp, `agree-${RUNS.agreement}`);
        const data = join(dir, 'data');
        await writeFacts(data, factSet(g), seeded(seed));
        const out = join(dir, 'out');
        const r = await buildExports({ data, out, layout: { layout: 'none' }, export: { chunk: 512 } });
        if (!r.ok) throw new Error(`a valid fact set did not build:\n${r.diagnostics.map(formatDiagnostic).join('\n')}`);
        const graph = r.graph!;
        const files: Record<string, string> = {};
        for (const f of await readdir(out, { recursive: true })) if (/\.\w+$/.test(f)) files[f] = await readFile(join(out, f), 'utf8');

        const { shown, asked } = expectedShown(graph, (x) => x);
        const exact = comparable(shown, asked);
        const xml = comparable(expectedShown(graph, xmlSafe).shown, asked);
        const formed = comparable(expectedShown(graph, wellFormed).shown, asked);
        // graph.json is the graph itself (checked whole elsewhere): its flattened values, its `display`
        // (the label where labels do not clash) and its edges' scope and relative_to, as they are.
        const jsonAsked = asked.filter(([, c]) => !c.endsWith('_scope') && !c.startsWith('architecture_'));
        const json = Graph.from(JSON.parse(files['graph.json']!));
        json.forEachNode((n, a) => {
          if (a.display === undefined && graph.someNode((_, b) => b.display !== undefined)) json.setNodeAttribute(n, 'display', a.label);
        });
        const cyjs = JSON.parse(files['graph.cyjs']!) as {
          elements: { nodes: { data: Record<string, unknown> }[]; edges: { data: Record<string, unknown> }[] };
        };
        const cy: Shown = new Map();
        for (const el of cyjs.elements.nodes) for (const [k, v] of Object.entries(el.data)) put(cy, String(el.data.id), k, items(v));
        for (const el of cyjs.elements.edges) for (const [k, v] of Object.entries(el.data)) put(cy, EDGE + String(el.data.id), k, items(v));
        const readings: [string, Record<string, Item[]>, Record<string, Item[]>][] = [
          ['graph.json', comparable(fromGraphology(json, jsonAsked), jsonAsked), comparable(shown, jsonAsked)],
          [
            'graph.gexf',
            comparable(
              fromGraphology(parseGexf(Graph, files['graph.gexf']!, { allowUndeclaredAttributes: true }), asked, gephiList),
              asked,
            ),
            xml,
          ],
          [
            'graph.graphml',
            comparable(
              fromGraphology(parseGraphml(Graph, files['graph.graphml']!), asked, (v) => (typeof v === 'string' ? JSON.parse(v) : v)),
              asked,
            ),
            xml,
          ],
          ['graph.cyjs', comparable(cy, asked), exact],
          ['graph.nt', comparable(rdfElements(files['graph.nt']!, asked), asked), formed],
          ['neo4j/*.csv', comparable(csvElements(files), asked), formed],
          ['graph.cypher', comparable(cypherElements(files['graph.cypher']!), asked), formed],
        ];
        for (const [name, got, want] of readings) expect(got, `${dir} ${name}`).toEqual(want);
        // The Turtle file holds the same triples as the N-Triples file.
        const [ttl, nt] = [new oxigraph.Store(), new oxigraph.Store()];
        ttl.load(files['graph.ttl']!, { format: 'text/turtle' });
        nt.load(files['graph.nt']!, { format: 'application/n-triples' });
        expect(ttl.size, `${dir} graph.ttl`).toBe(nt.size);
        for (const q of nt.match(null, null, null, null)) expect(ttl.has(q), `${dir} graph.ttl`).toBe(true);

        // "Not reported" is never a value: in RDF each such claim is a statement with no object, marked as such.
        const rdf = (name: string) => oxigraph.namedNode(`http://www.w3.org/1999/02/22-rdf-syntax-ns#${name}`);
        const notReported = oxigraph.namedNode(`${RDF_BASE}vocab#not_reported`);
        let unreported = 0;
        graph.forEachNode((n, a) => {
          for (const [attr, claims] of Object.entries(a.claims) as [Attribute, ClaimRecord[]][])
            claims.forEach((c, i) => {
              if (!isUnreported(c)) return;
              unreported++;
              const st = oxigraph.namedNode(`${RDF_BASE}statement/${n}/${attr}/${i}`);
              expect(nt.match(st, rdf('object'), null, null), `${dir} ${st.value}`).toHaveLength(0);
              expect(nt.has(oxigraph.quad(st, notReported, oxigraph.namedNode(`${RDF_BASE}vocab#${attr}`))), `${dir} ${st.value}`).toBe(
                true,
              );
            });
        });
        expect(nt.match(null, notReported, null, null).length, dir).toBe(
          unreported +
            graph.reduceNodes(
              (k, _, a) => k + (a.architecture ?? []).flatMap((r) => Object.values(r.values)).filter((v) => v === null).length,
              0,
            ),
        );
        // No shown architecture value comes from a disputed row; count what is shown and what is not.
        graph.forEachNode((_, a) => {
          const rows = a.architecture ?? [];
          const visible = shownRows(rows);
          for (const row of visible) expect(row.status, dir).not.toBe('disputed');
          for (const row of rows) {
            const reported = Object.values(row.values).filter((v) => v !== null).length;
            if (visible.includes(row)) RUNS.architectureItems += reported;
            else RUNS.architectureHidden += reported;
          }
        });

        // check's CONFLICT warnings: exactly the graph's `conflicts`, found by where each warning points (an
        // attribute's key, once; an architecture row's, once or more per node).
        const keys = await attributeKeys(data);
        const checked = await check({ data });
        const warned = checked.diagnostics
          .filter((d) => d.code === 'CONFLICT' && keys.has(`${d.file}:${d.line}:${d.column}`))
          .map((d) => keys.get(`${d.file}:${d.line}:${d.column}`)!)
          .sort();
        const once = [
          ...warned.filter((w) => !w.endsWith('.architecture')),
          ...new Set(warned.filter((w) => w.endsWith('.architecture'))),
        ].sort();
        const conflicts = graph.reduceNodes<string[]>((acc, n, a) => [...acc, ...a.conflicts.map((c) => `${n}.${c}`)], []).sort();
        expect(once, dir).toEqual(conflicts);
        // The other CONFLICT warnings are the disputed relations written in the facts, one each.
        const disputedEdges = graph.filterEdges((_, a) => a.status === 'disputed' && !a.inferred).length;
        expect(checked.diagnostics.filter((d) => d.code === 'CONFLICT').length - warned.length, dir).toBe(disputedEdges);

        RUNS.agreementEdges += asked.filter(([el]) => el.startsWith(EDGE)).length;
        RUNS.scoped += asked.filter(([el, c]) => c.endsWith('_scope') && shown.get(el)?.has(c)).length;
        RUNS.perScope += asked.filter(
          ([el, c]) =>
            c.endsWith('_per_scope') &&
            new Set(
              shown
                .get(el)
                ?.get(c)
                ?.map((x) => String(x).replace(/^[^:]*: /, '')),
            ).size > 1,
        ).length;
        RUNS.unreported += unreported;
        RUNS.displayed += graph.filterNodes((_, a) => a.display !== undefined).length;
        RUNS.agreement++;
        RUNS.agreementNodes += graph.order;
        RUNS.agreementValues += asked.filter(([el]) => !el.startsWith(EDGE)).length;
        await rm(dir, { recursive: true, force: true });
      }),
      { numRuns: 60, endOnFailure: true },
    );
  }, 240_000);
});
