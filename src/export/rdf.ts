/**
 * RDF writer: the graph as Turtle (`graph.ttl`) and N-Triples (`graph.nt`),
 * written with the `n3` package from one stream of quads, so both files hold
 * the same triples. Streams node by node.
 *
 * Vocabulary, all under one base (`https://techgraph.invalid/`, never
 * dereferenced; see RDF_BASE):
 * - `:` = `<base>id/`: one IRI per node (`:yarn`, `:qwen2`).
 * - `tg:` = `<base>vocab#`: a class per kind (`tg:Technique`), a property per
 *   relation (`tg:extends`) and per attribute (`tg:released`), and the
 *   provenance terms `tg:status`, `tg:inferred`, `tg:text`, `tg:qualifier`,
 *   `tg:active`, `tg:note`, `tg:quote`, `tg:via`, `tg:since`. The file starts
 *   with their declarations (labels in English and Chinese, comments).
 * - Standard terms: `rdfs:label` (one per language, language-tagged: Chinese
 *   labels are `@zh`), `rdfs:comment` (descriptions, tagged), `skos:altLabel`
 *   (aliases), `prov:wasDerivedFrom` (sources), RDF reification.
 *
 * Values: dates as `xsd:date`, `xsd:gYearMonth` or `xsd:gYear` by precision;
 * counts, lengths and parameter counts as `xsd:integer`; URLs as `xsd:anyURI`
 * literals; a list of sizes as one triple per size.
 *
 * Provenance, per statement, by standard RDF reification (readable by every
 * triple store, unlike RDF-star or named graphs, which Turtle and N-Triples
 * cannot carry): every edge is asserted (`:yarn tg:extends :rope`) and
 * described by a statement resource `<base>statement/yarn/extends/rope`
 * (`rdf:subject`, `rdf:predicate`, `rdf:object`, `prov:wasDerivedFrom` each
 * source, `tg:status`, `tg:inferred`, `tg:scope`, `tg:relative_to` …). For
 * attributes, the node asserts the column model's value columns
 * (`src/export/columns.ts`, as every writer): the shown claim's value
 * (`shownClaim`), `tg:<attribute>_active`, its scope as
 * `tg:<attribute>_scope`, and every value per scope item as
 * `tg:<attribute>_per_scope` (`"0.5B: 12000000000000"`); every claim (alternative and disputed ones too,
 * which are *not* asserted) is a statement `<base>statement/v1/vocabulary/0`,
 * numbered in the order written, with its `tg:scope`. A claim that its source
 * does not report the figure is a statement without `rdf:object`, marked
 * `tg:not_reported tg:<attribute>`: "not reported" is never a value.
 *
 * Architecture per size: each row is a resource `<base>architecture/v1/0`
 * (`tg:ArchitectureRow`: `tg:size` as written, `tg:params`, `tg:params_active`,
 * one typed property per field, `tg:not_reported tg:<field>` for a field its
 * source does not report), described by a statement of `v1 tg:architecture
 * row` with its sources, status, note and quote. Only the shown rows
 * (`shownRows`: one per size, never a disputed one) are asserted
 * (`:v1 tg:architecture <row>`), so a query that starts from a release never
 * reaches a disputed row's numbers.
 */
import { createRequire } from 'node:module';
import type * as N3 from 'n3';
import type { NamedNode, Quad, Quad_Object } from 'n3';
import {
  type ArchitectureRecord,
  type ClaimRecord,
  type GraphReader,
  isUnreported,
  type NodeAttributes,
  shownRows,
} from '../graph/index.js';
import {
  ARCHITECTURE_FIELD_NAMES,
  ARCHITECTURE_FIELDS,
  ATTRIBUTE_NAMES,
  ATTRIBUTES,
  type Attribute,
  attributeSpec,
  cmp,
  isAttribute,
  KIND_NAMES,
  KINDS,
  type Kind,
  RELATION_NAMES,
  RELATIONS,
} from '../vocabulary/index.js';
import { ByteSink, type Chunk } from './bytes.js';
import { CLAIM_COLUMN_TITLES, type ClaimColumnRole, type Column, nodeColumns } from './columns.js';
import { EXPORT_DEFAULTS, type ExportOptions, resolveExportOptions } from './options.js';
import { oneLine, wellFormed } from './text.js';

// n3's term factory and writer only: its index also loads the parser, the store and stream polyfills,
// which every command importing this face (even `techgraph --help`) would pay for at start.
const require = createRequire(import.meta.url);
const DataFactory = (require('n3/lib/N3DataFactory.js') as { default: typeof N3.DataFactory }).default;
const Writer = (require('n3/lib/N3Writer.js') as { default: typeof N3.Writer }).default;
const { namedNode, literal, quad } = DataFactory;

/** The one IRI base of everything techgraph mints. `.invalid` is reserved: these IRIs name, they do not resolve. */
export const RDF_BASE = EXPORT_DEFAULTS.base;

/** Standard namespaces used by the export. */
export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
} as const;

/** The prefixes of the Turtle file (and of `techgraph sparql` queries) for a base. */
export function rdfPrefixes(base = RDF_BASE): Record<string, string> {
  return { '': `${base}id/`, tg: `${base}vocab#`, ...NS };
}

/** Class name of a kind: `Technique`. */
export const className = (kind: Kind) => kind[0]!.toUpperCase() + kind.slice(1);

/** Terms of the export for one base. */
export class RdfTerms {
  readonly id: string;
  readonly vocab: string;
  readonly statement: string;
  constructor(readonly base = RDF_BASE) {
    this.id = `${base}id/`;
    this.vocab = `${base}vocab#`;
    this.statement = `${base}statement/`;
  }
  node = (id: string): NamedNode => namedNode(this.id + id);
  tg = (name: string): NamedNode => namedNode(this.vocab + name);
  cls = (kind: Kind): NamedNode => this.tg(className(kind));
  stmt = (...parts: (string | number)[]): NamedNode => namedNode(this.statement + parts.join('/'));
  /** The resource of a node's architecture row, by its index in the order written. */
  row = (node: string, i: number): NamedNode => namedNode(`${this.base}architecture/${node}/${i}`);
}

const iri = (ns: keyof typeof NS, name: string) => namedNode(NS[ns] + name);
const RDF_TYPE = iri('rdf', 'type');
const LABEL = iri('rdfs', 'label');
const COMMENT = iri('rdfs', 'comment');
const str = (s: string) => literal(wellFormed(s));
const lang = (s: string, l: string) => literal(wellFormed(s), l);
const typedLit = (s: string, type: string) => literal(s, iri('xsd', type));
const int = (n: number) => typedLit(BigInt(Math.round(n)).toString(), 'integer');
const bool = (b: boolean) => typedLit(String(b), 'boolean');

/** A date by its precision: `xsd:date`, `xsd:gYearMonth` or `xsd:gYear`. */
export function dateLiteral(d: string) {
  return typedLit(d, /^\d{4}-\d{2}-\d{2}$/.test(d) ? 'date' : /^\d{4}-\d{2}$/.test(d) ? 'gYearMonth' : 'gYear');
}

/** Provenance terms of the `tg:` vocabulary, with their meaning. */
export const PROVENANCE_TERMS: Readonly<Record<string, string>> = {
  status: 'Trust of a statement: preferred, alternative or disputed.',
  inferred: 'True when the builder inferred the statement (pursues, introduces).',
  text: 'The value as written in the facts (151,646; 235B-A22B).',
  qualifier: 'Qualifier of a number as written: >, <, ~, >=, <=.',
  active: 'Active parameters of a mixture-of-experts size.',
  note: 'A note on a node or statement.',
  quote: 'The words of the source that back a statement.',
  via: 'For pursues: a technique through which the version pursues the motivation.',
  since: 'Date from which a node or edge is part of the graph (the time model).',
  scope: 'A size (7B, 57B-A14B) or sub-model a statement applies to; a statement without one applies to the whole node.',
  relative_to: 'For drops: the release the technique is dropped relative to.',
  not_reported: 'The property (a fact, or an architecture field) that the source says it does not report: never a value.',
  display: 'The name every view shows: the label, with the kind after it where labels of different kinds clash.',
};

/** The terms of architecture rows that are not fields: the row class's properties. */
const ROW_TERMS: Readonly<Record<string, { label: string; comment: string }>> = {
  architecture: { label: 'Architecture', comment: 'An architecture row of the release: the numbers of one size, from its sources.' },
  size: { label: 'Size', comment: 'The size an architecture row describes, as written (7B, 57B-A14B).' },
  params: { label: 'Parameters', comment: 'Total parameters of the size an architecture row describes.' },
  params_active: { label: 'Parameters (active)', comment: 'Active parameters of a mixture-of-experts size.' },
};

/** Declares a class or property: its type, its labels (`en`, and `zh` when there is one), its comment. */
function* declaration(s: NamedNode, type: NamedNode, label: { en: string; zh?: string } | undefined, comment: string): Generator<Quad> {
  yield quad(s, RDF_TYPE, type);
  if (label) yield quad(s, LABEL, lang(label.en, 'en'));
  if (label?.zh) yield quad(s, LABEL, lang(label.zh, 'zh'));
  yield quad(s, COMMENT, lang(comment, 'en'));
}

/** The vocabulary's declarations: classes, relation and attribute properties, provenance terms. */
export function* vocabularyQuads(t: RdfTerms): Generator<Quad> {
  const cls = iri('rdfs', 'Class');
  const prop = iri('rdf', 'Property');
  for (const k of KIND_NAMES) yield* declaration(t.cls(k), cls, KINDS[k].label, KINDS[k].description);
  for (const r of RELATION_NAMES) yield* declaration(t.tg(r), prop, RELATIONS[r].label, RELATIONS[r].description);
  for (const a of ATTRIBUTE_NAMES) {
    const spec = attributeSpec(a);
    yield* declaration(t.tg(a), prop, spec.label, spec.description);
    if (spec.type === 'params')
      yield* declaration(
        t.tg(`${a}_active`),
        prop,
        { en: CLAIM_COLUMN_TITLES.active(spec.label.en) },
        'Active parameters of a mixture-of-experts size (of the preferred claim).',
      );
    yield* declaration(
      t.tg(`${a}_scope`),
      prop,
      { en: CLAIM_COLUMN_TITLES.scope(spec.label.en) },
      'A size or sub-model the shown value applies to; none: the whole node.',
    );
    yield* declaration(
      t.tg(`${a}_per_scope`),
      prop,
      { en: CLAIM_COLUMN_TITLES.per_scope(spec.label.en) },
      'Every value shown, one per size or sub-model it applies to: "7B: 7000000000000" (written with a scoped value).',
    );
  }
  for (const [name, comment] of Object.entries(PROVENANCE_TERMS)) yield* declaration(t.tg(name), prop, undefined, comment);
  yield* declaration(t.tg('ArchitectureRow'), cls, { en: 'Architecture row' }, 'The numbers of one size of a release, from its sources.');
  for (const [name, { label, comment }] of Object.entries(ROW_TERMS)) yield* declaration(t.tg(name), prop, { en: label }, comment);
  // A field named like an attribute (vocabulary) shares its property.
  for (const f of ARCHITECTURE_FIELD_NAMES)
    if (!isAttribute(f)) yield* declaration(t.tg(f), prop, ARCHITECTURE_FIELDS[f].label, ARCHITECTURE_FIELDS[f].description);
}

/** An architecture field's value as a literal: integers (a context length too) and true/false. */
const fieldLiteral = (v: number | boolean) => (typeof v === 'boolean' ? bool(v) : int(v));

/** The RDF objects of a claim's value (several for a list of sizes). */
function claimObjects(attr: Attribute, c: ClaimRecord): Quad_Object[] {
  const type = ATTRIBUTES[attr].type;
  const v = c.value;
  switch (type) {
    case 'date':
      return [dateLiteral(String(v))];
    case 'count':
    case 'length':
    case 'params':
      return typeof v === 'number' && Number.isFinite(v) ? [int(v)] : [];
    case 'params-list':
      return (Array.isArray(v) ? v : [v]).map((x) => str(String(x)));
    case 'url':
      return [typedLit(wellFormed(String(v)), 'anyURI')];
    default:
      return [str(String(v))];
  }
}

/** The roles of the columns RDF asserts on a node; the others (text, sources, every claim) are on its statements. */
const ASSERTED: ReadonlySet<ClaimColumnRole> = new Set(['value', 'active', 'scope', 'per_scope']);

/** The RDF objects of a value column's value: typed as the attribute's claims are (`claimObjects`). */
function valueObjects(attr: Attribute, v: string | number | boolean | string[]): Quad_Object[] {
  return claimObjects(attr, { value: v } as ClaimRecord);
}

/** Options of the RDF quads: the IRI base, and whether to leave out the vocabulary. */
export type RdfOptions = Pick<ExportOptions, 'base' | 'noVocabulary'>;

/** Every triple of the export, vocabulary first, then node by node (its triples, its out-edges, their statements). */
export function* rdfQuads(graph: GraphReader, options: RdfOptions = {}): Generator<Quad> {
  const o = resolveExportOptions(options);
  const t = new RdfTerms(o.base);
  const derived = iri('prov', 'wasDerivedFrom');
  const reify = function* (st: NamedNode, s: NamedNode, p: NamedNode, o: Quad_Object): Generator<Quad> {
    yield quad(st, RDF_TYPE, iri('rdf', 'Statement'));
    yield quad(st, iri('rdf', 'subject'), s);
    yield quad(st, iri('rdf', 'predicate'), p);
    yield quad(st, iri('rdf', 'object'), o);
  };
  if (!o.noVocabulary) yield* vocabularyQuads(t);
  // The name shown, on every node, once some labels clash (as the tabular exports' `display` column).
  let display = false;
  graph.forEachNode((_, a) => {
    if (a.display !== undefined) display = true;
  });
  const SCOPE = t.tg('scope');
  // The columns RDF asserts on a node, worked out on the first node (one pass over the graph).
  let columns: Column<NodeAttributes>[] | undefined;
  const valueColumns = () => (columns ??= nodeColumns(graph, { display: false }).filter((c) => c.role && ASSERTED.has(c.role)));
  const predicates = new Map<string, NamedNode>();
  for (const c of valueColumns()) predicates.set(c.id, t.tg(c.id));
  /** A claim's provenance on its statement: status, text as written, qualifier, active, scope, sources, note, quote. */
  const claimProvenance = function* (st: NamedNode, c: ClaimRecord): Generator<Quad> {
    yield quad(st, t.tg('status'), str(c.status));
    yield quad(st, t.tg('text'), str(c.text));
    if (c.qualifier) yield quad(st, t.tg('qualifier'), str(c.qualifier));
    if (c.active !== undefined) yield quad(st, t.tg('active'), int(c.active));
    if (c.scope) for (const x of c.scope) yield quad(st, SCOPE, str(x));
    for (const src of c.sources) yield quad(st, derived, t.node(src));
    if (c.note) yield quad(st, t.tg('note'), str(c.note));
    if (c.quote) yield quad(st, t.tg('quote'), str(c.quote));
  };
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const s = t.node(node);
    yield quad(s, RDF_TYPE, t.cls(a.kind));
    for (const [l, text] of Object.entries(a.labels)) yield quad(s, LABEL, lang(text, l));
    if (!Object.keys(a.labels).length) yield quad(s, LABEL, str(a.label));
    if (display) yield quad(s, t.tg('display'), str(a.display ?? a.label));
    for (const alias of a.aliases) yield quad(s, iri('skos', 'altLabel'), str(alias));
    for (const [l, text] of Object.entries(a.descriptions)) yield quad(s, COMMENT, lang(text, l));
    if (a.note) yield quad(s, t.tg('note'), str(a.note));
    if (a.since) yield quad(s, t.tg('since'), dateLiteral(a.since));
    for (const src of a.sources) yield quad(s, derived, t.node(src));
    // Shown values, asserted, as the column model gives them: the value, its active parameters, its scope,
    // every value per size or sub-model (none for a fact whose every claim is disputed or not reported).
    const claims: [Attribute, ClaimRecord[]][] = ATTRIBUTE_NAMES.filter((n) => a.claims[n]?.length).map((n) => [n, a.claims[n]!]);
    for (const c of valueColumns()) {
      if (!a.claims[c.claim as Attribute]) continue;
      const v = c.get(a);
      if (v === undefined) continue;
      const p = predicates.get(c.id)!;
      if (c.role !== 'value') for (const x of Array.isArray(v) ? v : [v]) yield quad(s, p, typeof x === 'number' ? int(x) : str(String(x)));
      else for (const o of valueObjects(c.claim as Attribute, v)) yield quad(s, p, o);
    }
    // Shown architecture rows, asserted (never a disputed one).
    const rows = a.architecture ?? [];
    if (rows.length) {
      const visible = new Set<ArchitectureRecord>(shownRows(rows));
      for (const [i, r] of rows.entries()) if (visible.has(r)) yield quad(s, t.tg('architecture'), t.row(node, i));
    }
    // Out-edges, asserted unless disputed (a disputed edge is only reified, below).
    const out = graph.outEdges(node).sort(cmp); // by relation, then target: keys are `source->relation->target`
    for (const e of out)
      if (graph.getEdgeAttribute(e, 'status') !== 'disputed')
        yield quad(s, t.tg(graph.getEdgeAttribute(e, 'relation')), t.node(graph.target(e)));
    // Every claim, reified.
    for (const [attr, list] of claims) {
      const p = t.tg(attr);
      for (const [i, c] of list.entries()) {
        if (isUnreported(c)) {
          // No value to name: a statement of subject and predicate, marked as not reported.
          const st = t.stmt(node, attr, i);
          yield quad(st, RDF_TYPE, iri('rdf', 'Statement'));
          yield quad(st, iri('rdf', 'subject'), s);
          yield quad(st, iri('rdf', 'predicate'), p);
          yield quad(st, t.tg('not_reported'), p);
          yield* claimProvenance(st, c);
          continue;
        }
        const objects = claimObjects(attr, c);
        for (const [j, o] of objects.entries()) {
          const st = objects.length === 1 ? t.stmt(node, attr, i) : t.stmt(node, attr, `${i}.${j}`);
          yield* reify(st, s, p, o);
          yield* claimProvenance(st, c);
        }
      }
    }
    // Every architecture row: its numbers on the row, its provenance on a statement.
    for (const [i, r] of rows.entries()) {
      const row = t.row(node, i);
      yield quad(row, RDF_TYPE, t.tg('ArchitectureRow'));
      yield quad(row, t.tg('size'), str(r.size));
      yield quad(row, t.tg('params'), int(r.total));
      if (r.active !== undefined) yield quad(row, t.tg('params_active'), int(r.active));
      for (const f of ARCHITECTURE_FIELD_NAMES) {
        const v = r.values[f];
        if (v === undefined) continue;
        yield v === null ? quad(row, t.tg('not_reported'), t.tg(f)) : quad(row, t.tg(f), fieldLiteral(v));
      }
      const st = t.stmt(node, 'architecture', i);
      yield* reify(st, s, t.tg('architecture'), row);
      yield quad(st, t.tg('status'), str(r.status));
      for (const src of r.sources) yield quad(st, derived, t.node(src));
      if (r.note) yield quad(st, t.tg('note'), str(r.note));
      if (r.quote) yield quad(st, t.tg('quote'), str(r.quote));
    }
    // Every edge, reified.
    for (const e of out) {
      const ea = graph.getEdgeAttributes(e);
      const target = graph.target(e);
      const st = t.stmt(node, ea.relation, target);
      yield* reify(st, s, t.tg(ea.relation), t.node(target));
      yield quad(st, t.tg('status'), str(ea.status));
      yield quad(st, t.tg('inferred'), bool(ea.inferred));
      if (ea.since) yield quad(st, t.tg('since'), dateLiteral(ea.since));
      if (ea.scope) for (const x of ea.scope) yield quad(st, SCOPE, str(x));
      if (ea.relative_to !== undefined) yield quad(st, t.tg('relative_to'), t.node(ea.relative_to));
      for (const src of ea.sources) yield quad(st, derived, t.node(src));
      for (const v of ea.via ?? []) yield quad(st, t.tg('via'), t.node(v));
      if (ea.note) yield quad(st, t.tg('note'), str(ea.note));
      if (ea.quote) yield quad(st, t.tg('quote'), str(ea.quote));
    }
  }
}

/** Options of the text writers: those of the quads, and the chunk size. */
export type RdfTextOptions = Pick<ExportOptions, 'base' | 'noVocabulary' | 'chunk'>;

function* serialise(graph: GraphReader, format: 'Turtle' | 'N-Triples', options: RdfTextOptions): Generator<Chunk> {
  const o = resolveExportOptions(options);
  const out = new ByteSink(o.chunk);
  // n3's Writer writes to a stream: this one encodes what it is given into the sink.
  const sink = {
    write: (s: string, _enc?: unknown, done?: () => void) => {
      out.text(s);
      done?.();
      return true;
    },
    end: (done?: () => void) => done?.(),
  };
  // A comment line first (before the prefixes the writer starts with); the name cannot break out of it.
  if (format === 'Turtle')
    out.text(
      `# ${oneLine(String(graph.getAttribute('name')))}: the graph as RDF, written by techgraph (vocabulary and provenance: docs/exports.md)\n`,
    );
  const writer =
    format === 'Turtle' ? new Writer(sink as never, { format, prefixes: rdfPrefixes(o.base) }) : new Writer(sink as never, { format });
  for (const q of rdfQuads(graph, options)) {
    writer.addQuad(q);
    if (out.ready) yield* out.drain();
  }
  writer.end();
  yield* out.end();
}

/** Writes the graph as Turtle, yielding chunks of UTF-8 bytes. */
export function turtle(graph: GraphReader, options: RdfTextOptions = {}): Generator<Chunk> {
  return serialise(graph, 'Turtle', options);
}

/** Writes the graph as N-Triples (canonical form: one triple per line, escapes per RDF 1.1), yielding chunks of UTF-8 bytes. */
export function ntriples(graph: GraphReader, options: RdfTextOptions = {}): Generator<Chunk> {
  return serialise(graph, 'N-Triples', options);
}
