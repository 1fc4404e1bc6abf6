/**
 * The typed column model shared by the tabular exports (GraphML keys,
 * Cytoscape data fields, Neo4j CSV headers): one flat, typed value per node or
 * edge property, derived from the graph in one fixed order so that every
 * export declares the same columns in the same order for the same graph.
 *
 * Per attribute present on some node: its shown value (typed by the
 * vocabulary; `shownClaim`, the graph's one rule), the active parameters of a
 * mixture-of-experts size, the text as written for numbers, the sizes or
 * sub-models the shown value is for (`_scope`), every value shown per size
 * or sub-model (`_per_scope`, `7B: 7000000000000`: `shownClaims`, one claim
 * per scope), the sources of the shown
 * claim, and a summary of every claim (`_claims`, with scopes and "not
 * reported") when the value columns cannot say it all. "Not reported" is never
 * a value. Then the architecture per size (`shownRows`): one list column per
 * field, each item `size: value` (`7B: 28`), the sizes, the sources per size
 * and every row summarised. Edges carry their scope and `relative_to`.
 */
import {
  type ArchitectureRecord,
  type ClaimRecord,
  type EdgeAttributes,
  type GraphAttributes,
  type GraphReader,
  isUnreported,
  type NodeAttributes,
  shownClaim,
  shownClaims,
  shownRows,
} from '../graph/index.js';
import {
  ARCHITECTURE_FIELD_NAMES,
  ARCHITECTURE_FIELDS,
  type ArchitectureField,
  ATTRIBUTE_NAMES,
  type Attribute,
  attributeSpec,
  cmp,
  type ValueType,
} from '../vocabulary/index.js';

/** Column types, named after Neo4j's CSV header types; each export maps them to its own. */
export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'string[]';

/** One typed column. `get` returns undefined when the element has no value. */
export interface Column<A> {
  /** Machine name: a JSON attribute name (`vocabulary`, `label_zh`, `vocabulary_sources`). */
  id: string;
  /** Human title (`Vocabulary (as written)`). */
  title: string;
  type: ColumnType;
  get(a: A): string | number | boolean | string[] | undefined;
  /**
   * For node columns derived from one attribute's claims: that attribute (no
   * claims, no value); for the architecture columns: `architecture` (no rows,
   * no value). Writers may skip such a group at once.
   */
  claim?: Attribute | 'architecture';
  /**
   * What a column of one attribute's claims holds: the shown value (`value`),
   * its active parameters (`active`), the text as written (`text`), the scope
   * of the shown value (`scope`), every shown value per scope item
   * (`per_scope`), the sources (`sources`) or every claim (`claims`). The RDF
   * writer asserts the value, active, scope and per-scope columns and puts
   * the rest on its statements.
   */
  role?: ClaimColumnRole;
  /**
   * A list whose items are free text (aliases, values of text facts): an
   * item may hold `)`, which Gephi 0.10.1 strips from list items, so GEXF
   * writes such a list as a string holding the list's text.
   */
  freeText?: boolean;
}

/** What a column derived from one attribute's claims holds (see Column.role). */
export type ClaimColumnRole = 'value' | 'active' | 'text' | 'scope' | 'per_scope' | 'sources' | 'claims';

/** The title of each claim column of an attribute titled `title`: one wording for the tabular headers and RDF's labels. */
export const CLAIM_COLUMN_TITLES: Readonly<Record<ClaimColumnRole, (title: string) => string>> = {
  value: (t) => t,
  active: (t) => `${t} (active)`,
  text: (t) => `${t} (as written)`,
  scope: (t) => `${t} (scope)`,
  per_scope: (t) => `${t} per size or sub-model`,
  sources: (t) => `${t} sources`,
  claims: (t) => `${t} (all claims)`,
};

const COLUMN_TYPE: Record<ValueType, ColumnType> = {
  string: 'string',
  url: 'string',
  enum: 'string',
  date: 'date',
  count: 'long',
  length: 'long',
  params: 'long',
  'params-list': 'string[]',
};

const isText = (x: unknown) => typeof x === 'string';
const text = (v: unknown) => (v === undefined || v === null || v === '' ? undefined : String(v));
const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * Normalises an attribute value to what a column of each type holds, or
 * undefined. One function per type, chosen once per column: a writer calls
 * `get` for every element. A list of strings is returned as is, not copied.
 */
const NORMALISE: Record<ColumnType, (v: unknown) => string | number | boolean | string[] | undefined> = {
  'string[]': (v) => (Array.isArray(v) && v.length ? (v.every(isText) ? (v as string[]) : v.map(String)) : undefined),
  long: number,
  double: number,
  boolean: (v) => (typeof v === 'boolean' ? v : undefined),
  string: text,
  date: text,
};

const col = <A>(
  id: string,
  title: string,
  type: ColumnType,
  get: (a: A) => unknown,
  more: Pick<Column<A>, 'claim' | 'role' | 'freeText'> = {},
): Column<A> => {
  const normalise = NORMALISE[type];
  return { id, title, type, get: (a) => normalise(get(a)), ...more };
};

/** Languages other than English used by labels or descriptions, sorted. */
function otherLanguages(graph: GraphReader): { labels: string[]; descriptions: string[] } {
  const labels = new Set<string>();
  const descriptions = new Set<string>();
  graph.forEachNode((_, a) => {
    for (const l of Object.keys(a.labels)) labels.add(l);
    for (const l of Object.keys(a.descriptions)) descriptions.add(l);
  });
  const others = (s: Set<string>) => [...s].filter((l) => l !== 'en').sort(cmp);
  return { labels: others(labels), descriptions: others(descriptions) };
}

/** The claim whose value the columns show (the graph's one rule). */
const shown = (a: NodeAttributes, name: Attribute) => shownClaim(a.claims[name]);

/** ` for 7B, 72B` after a value with a scope; '' for the whole node. */
const forScope = (scope: readonly string[] | undefined) => (scope?.length ? ` for ${scope.join(', ')}` : '');

/** A shown value as a `per_scope` item's text: numbers as the value column holds them, lists joined, the active parameters after. */
function valueText(c: ClaimRecord): string {
  const v = Array.isArray(c.value) ? c.value.join(', ') : String(c.value);
  return c.active === undefined ? v : `${v}, active ${c.active}`;
}

/**
 * Every value shown for an attribute, one item per scope item:
 * `['1.5B: 7000000000000', '7B: 7000000000000', '72B: 7000000000000', '0.5B: 12000000000000']`
 * (`shownClaims`: one claim per scope, the lead first). None when the shown
 * value is for the whole node (the value column says it all) or nothing is shown.
 */
export function perScopeItems(claims: readonly ClaimRecord[] | undefined): string[] | undefined {
  if (!shownClaim(claims)?.scope?.length) return undefined;
  return shownClaims(claims).flatMap((c) => {
    const v = valueText(c);
    return (c.scope ?? []).map((x) => `${x}: ${v}`);
  });
}

/**
 * Every claim of an attribute on one line, the lead first:
 * `7T for 1.5B, 7B, 72B [qwen2-report] preferred | 12T for 0.5B [qwen2-report] alternative: …`,
 * `not reported [paper-deepseek-r1] preferred: Post-training only.`
 */
export function claimSummary(claims: readonly ClaimRecord[] | undefined): string | undefined {
  return claims
    ?.map(
      (c) =>
        `${isUnreported(c) ? 'not reported' : c.text}${forScope(c.scope)} [${c.sources.join(', ')}] ${c.status}${c.note ? `: ${c.note}` : ''}`,
    )
    .join(' | ');
}

/** An architecture value as a list item's text: `28`, `131072`, `true`. */
const fieldText = (v: number | boolean) => String(v);

/**
 * Every architecture row on one line, in the order written:
 * `7B: layers 28, hidden_size 3584, rope_base not reported [qwen2-report] preferred: Table 1 | …`.
 */
function architectureSummary(rows: readonly ArchitectureRecord[] | undefined): string | undefined {
  if (!rows?.length) return undefined;
  return rows
    .map((r) => {
      const fields = ARCHITECTURE_FIELD_NAMES.filter((f) => f in r.values).map((f) => {
        const v = r.values[f];
        return `${f} ${v === null || v === undefined ? 'not reported' : fieldText(v)}`;
      });
      return `${r.size}: ${fields.join(', ')} [${r.sources.join(', ')}] ${r.status}${r.note ? `: ${r.note}` : ''}`;
    })
    .join(' | ');
}

/** What the architecture columns of one node hold, computed once per node and read by each column. */
interface ArchitectureView {
  sizes: string[];
  sources: string[];
  fields: Partial<Record<ArchitectureField, string[]>>;
}

/**
 * The architecture columns' values of a set of rows: the shown row of each
 * size (`shownRows`), each field as `size: value` items (a field not reported
 * gives no item), and `size: source, source` items.
 */
function architectureView(rows: readonly ArchitectureRecord[]): ArchitectureView {
  const view: ArchitectureView = { sizes: [], sources: [], fields: {} };
  for (const r of shownRows(rows)) {
    view.sizes.push(r.size);
    if (r.sources.length) view.sources.push(`${r.size}: ${r.sources.join(', ')}`);
    for (const f of ARCHITECTURE_FIELD_NAMES) {
      const v = r.values[f];
      if (v === null || v === undefined) continue;
      (view.fields[f] ??= []).push(`${r.size}: ${fieldText(v)}`);
    }
  }
  return view;
}

/** Options of `nodeColumns`. */
export interface NodeColumnOptions {
  /** Include the display columns (colour, size, x, y). Default true. */
  display?: boolean;
}

/**
 * Node columns: `label`, `display` (once some labels clash), `kind`,
 * other-language labels and descriptions, aliases, description, family, since,
 * sources, conflicts, note, the display columns (colour, size, position), then
 * per attribute present (vocabulary order) its value columns, then the
 * architecture columns (once some release has rows).
 */
export function nodeColumns(graph: GraphReader, options: NodeColumnOptions = {}): Column<NodeAttributes>[] {
  const langs = otherLanguages(graph);
  // One pass over the nodes: what each attribute's columns need, whether any label clashes, which architecture fields appear.
  const present = new Set<Attribute>();
  const summarised = new Set<Attribute>();
  const active = new Set<Attribute>();
  const scoped = new Set<Attribute>();
  const archFields = new Set<ArchitectureField>();
  const views = new WeakMap<readonly ArchitectureRecord[], ArchitectureView>();
  const viewOf = (a: NodeAttributes): ArchitectureView | undefined => {
    const rows = a.architecture;
    if (!rows) return undefined;
    let v = views.get(rows);
    if (!v) views.set(rows, (v = architectureView(rows)));
    return v;
  };
  let architecture = false;
  let clashes = false;
  graph.forEachNode((_, a) => {
    if (a.display !== undefined) clashes = true;
    for (const [k, claims] of Object.entries(a.claims) as [Attribute, ClaimRecord[]][]) {
      present.add(k);
      if (claims[0]?.active !== undefined) active.add(k);
      if (!scoped.has(k) && shownClaim(claims)?.scope?.length) scoped.add(k);
      // The value columns show one claim: the others are summarised when they disagree, give other scopes or say "not reported".
      if (
        !summarised.has(k) &&
        (a.conflicts.includes(k) || claims.some(isUnreported) || (claims.length > 1 && shownClaims(claims).length > 1))
      )
        summarised.add(k);
    }
    if (a.architecture?.length) {
      architecture = true;
      for (const f of Object.keys(viewOf(a)!.fields) as ArchitectureField[]) archFields.add(f);
    }
  });
  const cols: Column<NodeAttributes>[] = [col('label', 'Label', 'string', (a) => a.label)];
  // The name every view shows (the label, with the kind after it where labels of different kinds clash).
  if (clashes) cols.push(col('display', 'Display name', 'string', (a) => a.display ?? a.label));
  cols.push(
    col('kind', 'Kind', 'string', (a) => a.kind),
    ...langs.labels.map((l) => col<NodeAttributes>(`label_${l}`, `Label (${l})`, 'string', (a) => a.labels[l])),
    col('aliases', 'Aliases', 'string[]', (a) => a.aliases, { freeText: true }),
    col('description', 'Description', 'string', (a) => a.description),
    ...langs.descriptions.map((l) => col<NodeAttributes>(`description_${l}`, `Description (${l})`, 'string', (a) => a.descriptions[l])),
    col('family', 'Family', 'string', (a) => a.family),
    col('since', 'Since', 'date', (a) => a.since),
    col('sources', 'Sources', 'string[]', (a) => a.sources),
    col('conflicts', 'Conflicts', 'string[]', (a) => a.conflicts),
    col('note', 'Note', 'string', (a) => a.note),
  );
  if (options.display !== false) {
    cols.push(
      col('color', 'Colour', 'string', (a) => a.color),
      col('size', 'Size', 'double', (a) => a.size),
      col('x', 'X', 'double', (a) => a.x),
      col('y', 'Y', 'double', (a) => a.y),
    );
  }
  for (const name of ATTRIBUTE_NAMES.filter((n) => present.has(n))) {
    const spec = attributeSpec(name);
    const type = COLUMN_TYPE[spec.type];
    const named = (role: ClaimColumnRole) => CLAIM_COLUMN_TITLES[role](spec.label.en);
    const claim = (role: ClaimColumnRole) => ({ claim: name, role });
    // A list of sizes (params-list) holds size names; text facts hold free text.
    const freeText = spec.type === 'string' || spec.type === 'enum' || spec.type === 'url';
    cols.push(col(name, named('value'), type, (a) => a[name], claim('value')));
    if (active.has(name)) cols.push(col(`${name}_active`, named('active'), 'long', (a) => a[`${name}_active`], claim('active')));
    if (type === 'long') cols.push(col(`${name}_text`, named('text'), 'string', (a) => shown(a, name)?.text, claim('text')));
    if (scoped.has(name))
      cols.push(
        col(`${name}_scope`, named('scope'), 'string[]', (a) => shown(a, name)?.scope, claim('scope')),
        col(`${name}_per_scope`, named('per_scope'), 'string[]', (a) => perScopeItems(a.claims[name]), {
          ...claim('per_scope'),
          freeText,
        }),
      );
    cols.push(col(`${name}_sources`, named('sources'), 'string[]', (a) => shown(a, name)?.sources, claim('sources')));
    if (summarised.has(name))
      cols.push(col(`${name}_claims`, named('claims'), 'string', (a) => claimSummary(a.claims[name]), claim('claims')));
  }
  if (architecture) {
    const claim = { claim: 'architecture' as const };
    cols.push(col('architecture_sizes', 'Architecture: sizes', 'string[]', (a) => viewOf(a)?.sizes, claim));
    for (const f of ARCHITECTURE_FIELD_NAMES.filter((x) => archFields.has(x)))
      cols.push(
        col(
          `architecture_${f}`,
          `Architecture: ${ARCHITECTURE_FIELDS[f].label.en.toLowerCase()} per size`,
          'string[]',
          (a) => viewOf(a)?.fields[f],
          claim,
        ),
      );
    cols.push(
      col('architecture_sources', 'Architecture: sources per size', 'string[]', (a) => viewOf(a)?.sources, claim),
      col('architecture_claims', 'Architecture (all rows)', 'string', (a) => architectureSummary(a.architecture), claim),
    );
  }
  return cols;
}

/**
 * Edge columns: relation, label, provenance, the sizes or sub-models it is for
 * (`scope`), the release a `drops` is relative to, inferred flag, since, and
 * `via` for inferred `pursues`.
 */
export const EDGE_COLUMNS: readonly Column<EdgeAttributes>[] = [
  col('relation', 'Relation', 'string', (a) => a.relation),
  col('label', 'Label', 'string', (a) => a.label),
  col('sources', 'Sources', 'string[]', (a) => a.sources),
  col('status', 'Status', 'string', (a) => a.status),
  col('scope', 'Scope', 'string[]', (a) => a.scope),
  col('relative_to', 'Relative to', 'string', (a) => a.relative_to),
  col('inferred', 'Inferred', 'boolean', (a) => a.inferred),
  col('since', 'Since', 'date', (a) => a.since),
  col('via', 'Via', 'string[]', (a) => a.via),
  col('note', 'Note', 'string', (a) => a.note),
  col('quote', 'Quote', 'string', (a) => a.quote),
];

/**
 * For each column, the index after its group: the adjacent columns of one
 * attribute's claims (or the architecture columns) form a group, which a
 * writer skips at once for a node without such claims (`groupAbsent`).
 */
export function groupEnds<A>(cols: readonly Column<A>[]): number[] {
  const ends = new Array<number>(cols.length);
  for (let i = cols.length - 1; i >= 0; i--) {
    const claim = cols[i]!.claim;
    ends[i] = claim !== undefined && i + 1 < cols.length && cols[i + 1]!.claim === claim ? ends[i + 1]! : i + 1;
  }
  return ends;
}

/** True when a column belongs to a group of which the element has nothing: no claims for its attribute, no architecture rows. */
export function groupAbsent(claim: Column<unknown>['claim'], a: object): boolean {
  if (claim === undefined) return false;
  const { claims, architecture } = a as { claims?: Record<string, unknown>; architecture?: unknown };
  return (claim === 'architecture' ? architecture : claims?.[claim]) === undefined;
}

/** Graph columns: name and the timeline's bounds. */
export const GRAPH_COLUMNS: readonly Column<GraphAttributes>[] = [
  col('name', 'Name', 'string', (a) => a.name),
  col('start', 'Start', 'date', (a) => a.start),
  col('end', 'End', 'date', (a) => a.end),
];
