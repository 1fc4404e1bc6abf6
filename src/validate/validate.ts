/**
 * Validate: parsed fact files → FactSet plus every diagnostic at once.
 * Structure is checked per node against the zod schemas (so one bad node does
 * not hide the others), then values are parsed, ids and references resolved,
 * relation kinds and acyclicity checked, and conflicting claims reported.
 */
import type { z } from 'zod';
import { type Code, type Diagnostic, didYouMean, error, suggest, warning } from '../diagnostics/index.js';
import { type Claim, conflicts, type FactSet, leadFirst, type NodeFact, positionOf, type RelationFact, type Site } from '../graph/index.js';
import type { DataPath, FactFile } from '../load/index.js';
import {
  type Attribute,
  attributeSpec,
  type ClaimStatus,
  cmp,
  isAttribute,
  isRelation,
  KIND_BY_SECTION,
  KINDS,
  type Kind,
  parseValue,
  RELATION_NAMES,
  RELATIONS,
  type Relation,
} from '../vocabulary/index.js';
import { conforms } from './conforms.js';
import { resolveValidateOptions, type ValidateOptions } from './options.js';
import { CLAIM_FIELDS, nodeFields, nodeSchema, RELATION_FIELDS } from './schema.js';

/** Result of validation: facts are complete only when there is no error. */
export interface Validated {
  facts: FactSet;
  diagnostics: Diagnostic[];
}

type Raw = Record<string, unknown>;
/** A reference to a source node, checked once every id is known. */
interface SourceRef {
  id: string;
  site: Site;
}

/** Validates every file and returns the merged facts with all diagnostics. Throws OptionsError (INVALID_OPTION) on an invalid option. */
export function validate(files: readonly FactFile[], options: ValidateOptions = {}): Validated {
  const o = resolveValidateOptions(options);
  const diagnostics: Diagnostic[] = [];
  const nodes: NodeFact[] = [];
  const relations: RelationFact[] = [];
  const idSites = new Map<string, Site>();
  const kindOf = new Map<string, Kind>();
  const sourceRefs: SourceRef[] = [];
  const report = (code: Code, site: Site, message: string, target: 'key' | 'value' = 'value', related?: Site[]) =>
    diagnostics.push(
      error(
        code,
        positionOf(site, target),
        message,
        related?.map((s) => positionOf(s)),
      ),
    );

  // 1. Structure, per node.
  let filesDone = 0;
  for (const f of files) {
    o.onProgress?.(filesDone++, files.length);
    if (f.data === undefined || f.data === null) continue; // YAML errors already reported; empty files hold nothing.
    const site = (path: DataPath): Site => ({ file: f.file, path, locate: f.locate });
    if (typeof f.data !== 'object' || Array.isArray(f.data)) {
      report('NOT_A_MAPPING', site([]), `a fact file is a mapping of sections (${sectionList()}), not ${describe(f.data)}`);
      continue;
    }
    for (const [section, list] of Object.entries(f.data as Raw)) {
      const kind = KIND_BY_SECTION.get(section);
      if (!kind) {
        report(
          'UNKNOWN_FIELD',
          site([section]),
          `unknown section "${section}"${didYouMean(section, KIND_BY_SECTION.keys())} (sections: ${sectionList()})`,
          'key',
        );
        continue;
      }
      if (list === null) continue;
      if (!Array.isArray(list)) {
        report('NOT_A_MAPPING', site([section]), `section "${section}" is a list of ${kind} nodes, not ${describe(list)}`);
        continue;
      }
      list.forEach((item, i) => {
        const path = [section, i];
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
          report('NOT_A_MAPPING', site(path), `each entry of "${section}" is a mapping with an id, not ${describe(item)}`);
          return;
        }
        const raw = item as Raw;
        const id = typeof raw.id === 'string' ? raw.id : undefined;
        if (id !== undefined) {
          const first = idSites.get(id.toLowerCase());
          if (first) {
            const p = positionOf(first);
            report('DUPLICATE_ID', site([...path, 'id']), `id "${id}" is already used at ${p.file}:${p.line}:${p.column}`, 'value', [
              first,
            ]);
          } else {
            idSites.set(id.toLowerCase(), site([...path, 'id']));
            kindOf.set(id, kind);
          }
        }
        // zod runs only on a node the fast check does not accept; its issues are the diagnostics.
        const result = conforms(kind, raw) ? undefined : nodeSchema(kind).safeParse(raw);
        if (result && !result.success) {
          for (const issue of result.error.issues) structuralIssue(issue, raw, kind, (p) => site([...path, ...p]), diagnostics);
          // Every problem at once: the fields that passed the schema still get their values checked (the node itself is dropped).
          const broken = new Set(
            result.error.issues.flatMap((i) => (i.path.length ? [String(i.path[0])] : i.code === 'unrecognized_keys' ? i.keys : [])),
          );
          if (typeof raw.id === 'string' && !broken.has('id')) {
            const rest = Object.fromEntries(Object.entries(raw).filter(([k]) => !broken.has(k)));
            normalise(kind, rest, site(path), report, sourceRefs);
          }
          return;
        }
        const node = normalise(kind, raw, site(path), report, sourceRefs);
        if (node) {
          nodes.push(node.node);
          relations.push(...node.relations);
        }
      });
    }
  }

  o.onProgress?.(files.length, files.length);
  // 2. References, relation kinds, duplicates.
  // Did-you-mean scans every name; only the first `maxSuggestions` unknown references get one, so a big file full of bad references stays fast.
  let names: Map<string, NodeFact> | undefined;
  let suggestions = 0;
  const didYouMeanNode = (ref: string, allowed: readonly Kind[]) =>
    suggestions++ < o.maxSuggestions ? closest(ref, (names ??= nameIndex(nodes)), allowed) : '';
  const refOk = (ref: string, s: Site, what: string, allowed: readonly Kind[]): boolean => {
    const kind = kindOf.get(ref);
    if (!kind) {
      report('UNKNOWN_REFERENCE', s, `${what} "${ref}" names no node${didYouMeanNode(ref, allowed)}`);
      return false;
    }
    if (!allowed.includes(kind)) {
      report('RELATION_KINDS', s, `${what} "${ref}" is a ${kind}; it must be a ${allowed.join(' or ')}`);
      return false;
    }
    return true;
  };
  for (const ref of sourceRefs) refOk(ref.id, ref.site, 'source', ['source']);
  const seen = new Map<string, RelationFact>();
  const good: RelationFact[] = [];
  for (const r of relations) {
    const spec = RELATIONS[r.relation];
    let ok = refOk(r.target, r.site, `${r.relation} target`, spec.to);
    if (r.source === r.target) {
      report('SELF_RELATION', r.site, `"${r.source}" ${r.relation} itself`);
      ok = false;
    }
    const key = `${r.source}\u0000${r.relation}\u0000${r.target}`;
    const dup = seen.get(key);
    if (dup) {
      report(
        'DUPLICATE_RELATION',
        r.site,
        `"${r.source}" ${r.relation} "${r.target}" is written twice; merge the sources into one entry`,
        'value',
        [dup.site],
      );
      ok = false;
    } else seen.set(key, r);
    if (ok) good.push(r);
  }

  // 3. Cycles in acyclic relations.
  for (const rel of RELATION_NAMES.filter((n) => RELATIONS[n].acyclic)) {
    for (const cycle of findCycles(good.filter((r) => r.relation === rel))) {
      const ids = [...cycle.map((r) => r.source), cycle[0]!.source];
      report(
        'CYCLE',
        cycle[0]!.site,
        `"${rel}" must not loop, but ${ids.join(' → ')}`,
        'value',
        cycle.slice(1).map((r) => r.site),
      );
    }
  }

  // 4. Conflicts and provenance (warnings).
  for (const n of nodes) {
    for (const [attr, claims] of Object.entries(n.attributes) as [Attribute, Claim[]][]) {
      if (conflicts(claims)) {
        const text = claims.map((c) => `${c.value.text} (${c.sources.join(', ') || 'no source'}; ${c.status})`).join(' vs ');
        diagnostics.push(warning('CONFLICT', positionOf(subSite(n.site, [attr]), 'key'), `${n.id}.${attr}: ${text}`));
      }
      if (needsSources(n.kind))
        for (const c of claims)
          if (!c.sources.length) diagnostics.push(warning('MISSING_SOURCE', positionOf(c.site), `${n.id}.${attr} cites no source`));
    }
  }
  for (const r of good) {
    if (r.status === 'disputed')
      diagnostics.push(
        warning(
          'CONFLICT',
          positionOf(r.site),
          `${r.source} ${r.relation} ${r.target}: disputed (${r.sources.join(', ') || 'no source'})${r.note ? `: ${r.note}` : ''}`,
        ),
      );
    if (!r.sources.length && needsSources(kindOf.get(r.source)!))
      diagnostics.push(warning('MISSING_SOURCE', positionOf(r.site), `${r.source} ${r.relation} ${r.target} cites no source`));
  }

  nodes.sort((a, b) => cmp(a.id, b.id));
  good.sort((a, b) => cmp(a.source, b.source) || cmp(a.relation, b.relation) || cmp(a.target, b.target));
  return { facts: { nodes, relations: good }, diagnostics };
}

/** Turns one schema-valid raw node into a NodeFact and its relations. */
function normalise(
  kind: Kind,
  raw: Raw,
  site: Site,
  report: (code: Code, site: Site, message: string) => void,
  sourceRefs: SourceRef[],
): { node: NodeFact; relations: RelationFact[] } | undefined {
  const id = raw.id as string;
  const sources = toList(raw.sources);
  // Every `sources` list met below is checked once all ids are known.
  cite(sourceRefs, raw.sources, site, []);
  const labels = text(raw.label) ?? { en: id };
  const node: NodeFact = {
    id,
    kind,
    labels,
    aliases: (raw.aliases as string[] | undefined) ?? [],
    descriptions: text(raw.description) ?? {},
    sources,
    ...(typeof raw.note === 'string' ? { note: raw.note } : {}),
    attributes: {},
    site,
  };
  const relations: RelationFact[] = [];
  let ok = true;
  for (const key in raw) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    if (isAttribute(key)) {
      const spec = attributeSpec(key);
      const entries = claimEntries(value);
      const claims: Claim[] = [];
      for (const { raw: v, meta, path } of entries) {
        const parsed = parseValue(spec.type, v);
        const valueSite = subSite(site, meta ? [key, ...path, 'value'] : [key, ...path]);
        if (meta) cite(sourceRefs, meta.sources, site, [key, ...path]);
        if (!parsed.ok) {
          report(spec.type === 'date' ? 'INVALID_DATE' : 'INVALID_VALUE', valueSite, `${key}: ${parsed.reason}`);
          ok = false;
          continue;
        }
        claims.push({ value: parsed.value, ...claimMeta(meta, sources, entries.length), site: valueSite });
      }
      if (claims.length > 1 && claims.filter((c) => c.status === 'preferred').length > 1) {
        report(
          'PREFERRED_CLAIMS',
          subSite(site, [key]),
          `${id}.${key}: mark one claim as preferred, not ${claims.filter((c) => c.status === 'preferred').length}`,
        );
        ok = false;
      }
      if (claims.length) node.attributes[key] = leadFirst(claims);
    } else if (isRelation(key)) {
      const list = Array.isArray(value) ? value : [value];
      for (let i = 0; i < list.length; i++) {
        const item: unknown = list[i];
        const path = Array.isArray(value) ? [key, i] : [key];
        const meta = typeof item === 'object' ? (item as Raw) : undefined;
        const target = meta ? (meta.target as string) : (item as string);
        if (meta) cite(sourceRefs, meta.sources, site, path);
        relations.push({
          relation: key as Relation,
          source: id,
          target,
          ...claimMeta(meta, sources, 1),
          site: subSite(site, meta ? [...path, 'target'] : path),
        });
      }
    }
  }
  return ok ? { node, relations } : undefined;
}

/**
 * A place below a node's site. Its path is joined only when a diagnostic asks
 * for it, so the many sites of valid data cost one small object each.
 */
class SubSite implements Site {
  constructor(
    private readonly base: Site,
    private readonly tail: DataPath,
  ) {}
  get file(): string {
    return this.base.file;
  }
  get path(): DataPath {
    return [...this.base.path, ...this.tail];
  }
  get locate(): Site['locate'] {
    return this.base.locate;
  }
}

const subSite = (base: Site, tail: DataPath): Site => new SubSite(base, tail);

/** Queues the ids of a `sources` value (at `path` below `site`) for checking once every id is known. */
function cite(sourceRefs: SourceRef[], value: unknown, site: Site, path: DataPath): void {
  if (typeof value === 'string') sourceRefs.push({ id: value, site: subSite(site, [...path, 'sources']) });
  else if (Array.isArray(value))
    for (let i = 0; i < value.length; i++) sourceRefs.push({ id: value[i] as string, site: subSite(site, [...path, 'sources', i]) });
}

/** Splits an attribute value into its claims: plain value, one claim object, or a list of claim objects. */
function claimEntries(value: unknown): { raw: unknown; meta?: Raw; path: DataPath }[] {
  if (isObj(value)) return [{ raw: (value as Raw).value, meta: value as Raw, path: [] }];
  // A list of claim objects; any other list is itself the value (a params-list).
  if (Array.isArray(value) && value.length && value.every(isObj)) return value.map((v: Raw, i) => ({ raw: v.value, meta: v, path: [i] }));
  return [{ raw: value, path: [] }];
}

/** Sources, status, note and quote of a claim or relation object, with defaults. */
function claimMeta(
  meta: Raw | undefined,
  defaults: string[],
  count: number,
): { sources: string[]; status: ClaimStatus; note?: string; quote?: string } {
  const own = toList(meta?.sources);
  const status = (meta?.status as ClaimStatus | undefined) ?? (count === 1 ? 'preferred' : 'alternative');
  return {
    sources: own.length ? own : defaults,
    status,
    ...(typeof meta?.note === 'string' ? { note: meta.note } : {}),
    ...(typeof meta?.quote === 'string' ? { quote: meta.quote } : {}),
  };
}

/** Maps one zod issue to diagnostics with our codes and the position of the offending key or value. */
function structuralIssue(issue: z.core.$ZodIssue, raw: Raw, kind: Kind, site: (p: DataPath) => Site, out: Diagnostic[]): void {
  const path = issue.path as (string | number)[];
  const push = (code: Code, p: DataPath, message: string, target: 'key' | 'value' = 'value') =>
    out.push(error(code, positionOf(site(p), target), message));
  const field = typeof path[0] === 'string' ? path[0] : undefined;
  const where = field ? `${field}: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(kind, path);
      for (const key of issue.keys) {
        const what = path.length ? `key "${key}" in ${field}` : `field "${key}" on a ${kind}`;
        push('UNKNOWN_FIELD', [...path, key], `unknown ${what}${unknownKeyHint(key, kind, path, allowed)}`, 'key');
      }
      return;
    }
    case 'invalid_union': {
      const branch = bestBranch(issue.errors as z.core.$ZodIssue[][]);
      if (branch)
        for (const sub of branch) structuralIssue({ ...sub, path: [...path, ...sub.path] } as z.core.$ZodIssue, raw, kind, site, out);
      else if (
        field &&
        isAttribute(field) &&
        path.length === 1 &&
        attributeSpec(field).type === 'date' &&
        typeof lookup(raw, path) === 'number'
      ) {
        // `2023.9` reads as a number: say so, in the words of the date rules.
        push(
          'INVALID_DATE',
          path,
          `${field}: ${String(lookup(raw, path))} is a number, not a date; write YYYY, YYYY-MM or YYYY-MM-DD (keep the source's wording in \`quote\`)`,
        );
      } else push('INVALID_TYPE', path, `${where}${expectedShape(kind, path)}, got ${describe(lookup(raw, path))}`);
      return;
    }
    case 'invalid_type':
      if (lookup(raw, path) === undefined) push('MISSING_FIELD', path.slice(0, -1), `missing required field "${path[path.length - 1]}"`);
      else push('INVALID_TYPE', path, `${where}expected ${issue.expected}, got ${describe(lookup(raw, path))}`);
      return;
    default: {
      const value = lookup(raw, path);
      if (field && isAttribute(field)) {
        const spec = attributeSpec(field);
        const parsed = parseValue(spec.type === 'params-list' && typeof value === 'string' ? 'params' : spec.type, value);
        const reason = !parsed.ok
          ? parsed.reason
          : spec.values
            ? `"${String(value)}" is not one of ${spec.values.join(', ')}`
            : issue.message;
        push(spec.type === 'date' ? 'INVALID_DATE' : 'INVALID_VALUE', path, `${field}: ${reason}`);
      } else if (
        field &&
        (field === 'id' || isRelation(field) || field === 'sources' || path.includes('target') || path.includes('sources'))
      ) {
        push('INVALID_VALUE', path, `${where}"${String(value)}" is not a valid id (letters, digits, ".", "_", "-")`);
      } else {
        push('INVALID_VALUE', path, `${where}${issue.message}`);
      }
    }
  }
}

/** Of a union's failed branches, the one that got furthest (deepest path), then the one with fewest issues. */
function bestBranch(branches: z.core.$ZodIssue[][]): z.core.$ZodIssue[] | undefined {
  const depth = (b: z.core.$ZodIssue[]) => Math.max(...b.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
  // A branch that failed on the value's own type says nothing when another branch accepted the type.
  const pool = branches.filter((b) => !(b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0));
  if (!pool.length) return undefined;
  return [...pool].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
}

/** Keys allowed at `path` inside a node of `kind`. */
function allowedKeys(kind: Kind, path: DataPath): string[] {
  if (!path.length) return nodeFields(kind);
  const field = String(path[0]);
  return isRelation(field) ? RELATION_FIELDS : CLAIM_FIELDS;
}

function expectedShape(kind: Kind, path: DataPath): string {
  const field = String(path[0] ?? '');
  if (isRelation(field))
    return `expected a ${RELATIONS[field].to.join(' or ')} id, an object { target, sources, status, note }, or a list of them`;
  if (isAttribute(field))
    return `expected a ${attributeSpec(field).type} value, a claim { value, sources, status, note, quote }, or a list of claims`;
  if (field === 'label' || field === 'description') return 'expected text, or a map from language to text ({ en: …, zh: … })';
  return `not a valid value on a ${kind}`;
}

/** After `unknown field "x"`: why it is not allowed, or the closest allowed key. */
function unknownKeyHint(key: string, kind: Kind, path: DataPath, allowed: readonly string[]): string {
  if (key === '<<') return '; YAML merge keys are not supported, write the fields out';
  if (!path.length && isRelation(key)) {
    const spec = RELATIONS[key];
    if (spec.inferred) return `; "${key}" is inferred by the build, never written`;
    return `; "${key}" is written on a ${spec.from.join(' or ')}, not on a ${kind}`;
  }
  if (!path.length && isAttribute(key)) return `; "${key}" belongs to a ${attributeSpec(key).kinds.join(' or ')}, not a ${kind}`;
  return didYouMean(key, allowed);
}

/** Every id, label and alias → the node, for did-you-mean on references. */
function nameIndex(nodes: readonly NodeFact[]): Map<string, NodeFact> {
  const m = new Map<string, NodeFact>();
  for (const n of nodes) for (const name of [n.id, ...Object.values(n.labels), ...n.aliases]) if (!m.has(name)) m.set(name, n);
  return m;
}

/** `; did you mean "yarn" (YaRN)?` among nodes of the allowed kinds, or the empty string. */
function closest(ref: string, names: Map<string, NodeFact>, allowed: readonly Kind[]): string {
  const ids = new Map<string, NodeFact>();
  for (const name of suggest(
    ref,
    [...names.keys()].filter((k) => allowed.includes(names.get(k)!.kind)),
    6,
  )) {
    const n = names.get(name)!;
    if (!ids.has(n.id)) ids.set(n.id, n);
  }
  const list = [...ids.values()].slice(0, 3).map((n) => `"${n.id}"${n.labels.en && n.labels.en !== n.id ? ` (${n.labels.en})` : ''}`);
  return list.length ? `; did you mean ${list.join(' or ')}?` : '';
}

/** Every elementary cycle's edges, one representative per strongly connected loop. */
function findCycles(edges: readonly RelationFact[]): RelationFact[][] {
  const out = new Map<string, RelationFact[]>();
  for (const r of edges) {
    if (!out.has(r.source)) out.set(r.source, []);
    out.get(r.source)!.push(r);
  }
  const state = new Map<string, 1 | 2>(); // 1 = on the path, 2 = done
  const cycles: RelationFact[][] = [];
  // Iterative depth-first search: a chain of 100k `extends` must not exhaust the call stack.
  const path: RelationFact[] = []; // edges from the root to the current node
  const depthOf = new Map<string, number>(); // node on the path → its index in `path`
  const frames: { node: string; edges: RelationFact[]; next: number }[] = [];
  const enter = (n: string) => {
    state.set(n, 1);
    depthOf.set(n, path.length);
    frames.push({ node: n, edges: out.get(n) ?? [], next: 0 });
  };
  for (const root of [...out.keys()].sort(cmp)) {
    if (state.has(root)) continue;
    enter(root);
    while (frames.length) {
      const f = frames[frames.length - 1]!;
      if (f.next === f.edges.length) {
        state.set(f.node, 2);
        depthOf.delete(f.node);
        frames.pop();
        path.pop();
        continue;
      }
      const e = f.edges[f.next++]!;
      const s = state.get(e.target);
      if (s === 1) cycles.push([...path.slice(depthOf.get(e.target)!), e]);
      else if (s === undefined) {
        path.push(e);
        enter(e.target);
      }
    }
  }
  return cycles;
}

const needsSources = (kind: Kind) => KINDS[kind].needsSources;
const sectionList = () =>
  Object.values(KINDS)
    .map((k) => k.section)
    .join(', ');
const isObj = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
const toList = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? (v as string[]) : []);

function text(v: unknown): Record<string, string> | undefined {
  if (typeof v === 'string') return { en: v };
  if (isObj(v)) {
    if (inTextOrder(Object.keys(v as object))) return v as Record<string, string>;
    const entries = Object.entries(v as Record<string, string>);
    entries.sort(([a], [b]) => (a === 'en' ? -1 : b === 'en' ? 1 : cmp(a, b)));
    return Object.fromEntries(entries);
  }
  return undefined;
}

/** `en` first, then the other languages in code-unit order. */
function inTextOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i] === 'en' || (keys[i - 1] !== 'en' && cmp(keys[i - 1]!, keys[i]!) > 0)) return false;
  return true;
}

function lookup(root: unknown, path: DataPath): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v === 'string' ? 'the text' : `the ${typeof v}`} ${JSON.stringify(v).slice(0, 40)}`;
}
