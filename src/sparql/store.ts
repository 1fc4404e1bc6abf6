/**
 * SPARQL over the built graph: loads the RDF export (the same N-Triples text
 * `graph.nt` holds) into Oxigraph, an embedded SPARQL 1.1 store compiled to
 * WebAssembly, and runs a query. The export's prefixes (`:`, `tg:`, `rdf:`,
 * `rdfs:`, `xsd:`, `skos:`, `prov:`) are predeclared; a query may redeclare
 * them. Lineage is a property path over the ancestry relations:
 *
 *   SELECT ?ancestor WHERE { :yarn (tg:extends|tg:replaces|…)+ ?ancestor }
 *
 * (`LINEAGE_PATH` spells the path the `lineage` query walks.)
 */
import oxigraph from 'oxigraph';
import { ntriples, oneLine, RDF_BASE, rdfPrefixes } from '../export/index.js';
import type { GraphReader } from '../graph/index.js';
import { ANCESTRY_RELATIONS } from '../vocabulary/index.js';

/** The property path of the ancestry relations (the vocabulary's, as the lineage query walks them): `(tg:succeeds|…|tg:generalizes)`. */
export const LINEAGE_PATH = `(${ANCESTRY_RELATIONS.map((r) => `tg:${r}`).join('|')})`;

/** The PREFIX lines predeclared for every query. */
export function sparqlPrologue(base = RDF_BASE): string {
  return Object.entries(rdfPrefixes(base))
    .map(([p, iri]) => `PREFIX ${p}: <${iri}>\n`)
    .join('');
}

/** An RDF term of a result, as in the SPARQL 1.1 JSON results format. */
export type SparqlTerm =
  | { type: 'uri'; value: string }
  | { type: 'bnode'; value: string }
  | { type: 'literal'; value: string; 'xml:lang'?: string; datatype?: string }
  | { type: 'triple'; value: unknown };

/** What a query returns: rows (SELECT), a boolean (ASK) or triples as N-Triples (CONSTRUCT, DESCRIBE). */
export type SparqlResult =
  | { form: 'select'; vars: string[]; rows: Record<string, SparqlTerm>[] }
  | { form: 'ask'; boolean: boolean }
  | { form: 'graph'; ntriples: string };

/** A store holding one graph's RDF export. */
export class SparqlStore {
  private readonly store: InstanceType<typeof oxigraph.Store>;
  readonly prologue: string;
  constructor(graph: GraphReader, options: { base?: string } = {}) {
    this.store = new oxigraph.Store();
    this.store.load(ntriples(graph, options), { format: 'application/n-triples' });
    this.prologue = sparqlPrologue(options.base);
  }

  /** Number of triples loaded. */
  get size(): number {
    return this.store.size;
  }

  /** Runs the query with Oxigraph; errors report positions in the user's text, not in the prefixed query. */
  private run(text: string, format: string): string {
    try {
      return String(this.store.query(this.prologue + text, { results_format: format }));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const lines = this.prologue.split('\n').length - 1;
      throw new Error(
        message.replace(/error at (\d+):(\d+)/, (_, l: string, c: string) => `error at ${Math.max(1, Number(l) - lines)}:${c}`),
      );
    }
  }

  /** Runs a query; throws an Error with Oxigraph's message on a bad query. */
  query(text: string): SparqlResult {
    // `json`: SPARQL JSON results for SELECT and ASK, JSON-LD (an array) for graphs.
    const json = this.run(text, 'json');
    const parsed = JSON.parse(json) as {
      head?: { vars?: string[] };
      boolean?: boolean;
      results?: { bindings: Record<string, SparqlTerm>[] };
    };
    if (!Array.isArray(parsed) && parsed.head) {
      if (typeof parsed.boolean === 'boolean') return { form: 'ask', boolean: parsed.boolean };
      return { form: 'select', vars: parsed.head.vars ?? [], rows: parsed.results?.bindings ?? [] };
    }
    return { form: 'graph', ntriples: this.run(text, 'application/n-triples') };
  }

  /**
   * Runs a query and returns the answer as Oxigraph serialises it: SELECT and
   * ASK as SPARQL results (`json`, `csv`, `tsv`, `xml`), CONSTRUCT and
   * DESCRIBE as N-Triples (`json`: JSON-LD).
   */
  raw(text: string, format: 'json' | 'csv' | 'tsv' | 'xml'): string {
    const form = this.query(text).form;
    if (form === 'graph') return this.run(text, format === 'json' ? 'application/ld+json' : 'application/n-triples');
    return this.run(text, format);
  }
}

/** Shortens an IRI with the export's prefixes: `:yarn`, `tg:extends`; others stay `<…>`. */
export function compactIri(iri: string, base = RDF_BASE): string {
  let best: [string, string] | undefined;
  for (const [p, ns] of Object.entries(rdfPrefixes(base))) if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [p, ns];
  if (best && /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(iri.slice(best[1].length)) && !iri.endsWith('.'))
    return `${best[0]}:${iri.slice(best[1].length)}`;
  return `<${iri}>`;
}

/** A result term as text: compact IRIs, literals as their value (with `@lang` when tagged). */
export function termText(t: SparqlTerm | undefined, base = RDF_BASE): string {
  if (!t) return '';
  if (t.type === 'uri') return compactIri(t.value, base);
  if (t.type === 'bnode') return `_:${t.value}`;
  if (t.type === 'literal') return t['xml:lang'] ? `${t.value}@${t['xml:lang']}` : t.value;
  return JSON.stringify(t.value);
}

/** A SELECT result as an aligned text table, a row a line (line breaks and control characters shown as spaces: `oneLine`). */
export function resultTable(r: Extract<SparqlResult, { form: 'select' }>, base = RDF_BASE): string {
  const cells = r.rows.map((row) => r.vars.map((v) => oneLine(termText(row[v], base))));
  const head = r.vars.map((v) => `?${v}`);
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((s, i) => (i === c.length - 1 ? s : s.padEnd(width[i]!)))
      .join('  ')
      .trimEnd();
  return `${[line(head), ...cells.map(line)].join('\n')}\n(${r.rows.length} row${r.rows.length === 1 ? '' : 's'})\n`;
}
