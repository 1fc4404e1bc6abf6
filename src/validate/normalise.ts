/**
 * Normalise: one schema-valid raw node → a NodeFact and its relations. Values
 * are parsed into typed values, claims get their defaults (the node's
 * sources, a status) and the lead claim first, architecture rows are typed,
 * and every reference met (sources, scope ids, `relative_to`) is queued to be
 * checked once every id is known.
 */
import type { Code } from '../diagnostics/index.js';
import {
  type ArchitectureRow,
  type Claim,
  leadFirst,
  type NodeFact,
  type RelationFact,
  type Site,
  type Statement,
} from '../graph/index.js';
import type { DataPath } from '../load/index.js';
import {
  ARCHITECTURE_FIELD_NAMES,
  ARCHITECTURE_FIELDS,
  attributeSpec,
  type ClaimStatus,
  cmp,
  isAttribute,
  isRelation,
  type Kind,
  parseArchitectureValue,
  parseParams,
  parseValue,
  RELEASE_KINDS,
  type Relation,
  type TypedValue,
} from '../vocabulary/index.js';
import { isObj, type Raw, subSite, toList } from './raw.js';

/** A reference to check once every id is known: which id, where, what it is for, and the kinds it may name. */
export interface Reference {
  id: string;
  site: Site;
  what: string;
  kinds: readonly Kind[];
}

/** A scope met on a claim or a relation entry, checked once the node (with its extensions) is complete. */
export interface ScopeUse {
  node: string;
  items: string[];
  /** The site of the `scope` value, and whether it is a list (items are then below it). */
  site: Site;
  list: boolean;
}

/** Where normalise reports and queues. */
export interface NormaliseContext {
  report(code: Code, site: Site, message: string, target?: 'key' | 'value'): void;
  references: Reference[];
  scopes: ScopeUse[];
}

/** Turns one schema-valid raw node into a NodeFact and its relations; undefined when a value does not parse (reported). */
export function normalise(
  kind: Kind,
  raw: Raw,
  site: Site,
  ctx: NormaliseContext,
): { node: NodeFact; relations: RelationFact[] } | undefined {
  const id = raw.id as string;
  const sources = toList(raw.sources);
  cite(ctx, raw.sources, site, []);
  const node: NodeFact = {
    id,
    kind,
    labels: text(raw.label) ?? { en: id },
    aliases: (raw.aliases as string[] | undefined) ?? [],
    descriptions: text(raw.description) ?? {},
    sources,
    ...(typeof raw.note === 'string' ? { note: raw.note } : {}),
    attributes: {},
    architecture: [],
    site,
  };
  const relations: RelationFact[] = [];
  let ok = true;
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    if (key === 'architecture' && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const row = architectureRow(value[i] as Raw, id, sources, subSite(site, ['architecture', i]), ctx);
        if (row) node.architecture.push(row);
        else ok = false;
      }
    } else if (isAttribute(key)) {
      const spec = attributeSpec(key);
      const entries = claimEntries(value);
      const claims: Claim[] = [];
      for (const { raw: v, meta, path } of entries) {
        const parsed = parseValue(spec.type, v);
        const valueSite = subSite(site, meta ? [key, ...path, 'value'] : [key, ...path]);
        const statement = provenance(meta, sources, entries.length, id, subSite(site, [key, ...path]), ctx);
        if (!parsed.ok) {
          ctx.report(spec.type === 'date' ? 'INVALID_DATE' : 'INVALID_VALUE', valueSite, `${key}: ${parsed.reason}`);
          ok = false;
          continue;
        }
        claims.push({ value: parsed.value, ...statement, site: valueSite });
      }
      if (!preferredOnce(claims, id, key, subSite(site, [key]), ctx)) ok = false;
      if (claims.length) node.attributes[key] = leadFirst(claims);
    } else if (isRelation(key)) {
      const list = Array.isArray(value) ? value : [value];
      for (let i = 0; i < list.length; i++) {
        const item: unknown = list[i];
        const path = Array.isArray(value) ? [key, i] : [key];
        const meta = isObj(item) ? item : undefined;
        const target = meta ? (meta.target as string) : (item as string);
        const entrySite = subSite(site, path);
        const r: RelationFact = {
          relation: key as Relation,
          source: id,
          target,
          ...provenance(meta, sources, 1, id, entrySite, ctx),
          site: subSite(site, meta ? [...path, 'target'] : path),
        };
        if (typeof meta?.relative_to === 'string') {
          r.relativeTo = meta.relative_to;
          ctx.references.push({
            id: meta.relative_to,
            site: subSite(entrySite, ['relative_to']),
            what: 'relative_to',
            kinds: RELEASE_KINDS,
          });
        }
        relations.push(r);
      }
    }
  }
  return ok ? { node, relations } : undefined;
}

/** A node's claims may mark one of them `preferred`, not several; reports and returns false otherwise. */
export function preferredOnce(
  claims: readonly Claim[],
  id: string,
  key: string,
  site: Site,
  ctx: Pick<NormaliseContext, 'report'>,
): boolean {
  const marked = claims.filter((c) => c.status === 'preferred').length;
  if (claims.length > 1 && marked > 1) {
    ctx.report('PREFERRED_CLAIMS', site, `${id}.${key}: mark one claim as preferred, not ${marked}`);
    return false;
  }
  return true;
}

/** One architecture row, typed; undefined when a field does not parse (reported). */
function architectureRow(raw: Raw, id: string, defaults: string[], site: Site, ctx: NormaliseContext): ArchitectureRow | undefined {
  const size = parseParams(raw.size);
  if (!('total' in size)) {
    ctx.report('INVALID_VALUE', subSite(site, ['size']), `architecture size: ${size.reason}`);
    return undefined;
  }
  const values: ArchitectureRow['values'] = {};
  let ok = true;
  for (const f of ARCHITECTURE_FIELD_NAMES) {
    if (raw[f] === undefined) continue;
    const parsed = parseArchitectureValue(ARCHITECTURE_FIELDS[f].type, raw[f]);
    if (parsed.ok) values[f] = parsed.value;
    else {
      ctx.report('INVALID_VALUE', subSite(site, [f]), `architecture ${f}: ${parsed.reason}`);
      ok = false;
    }
  }
  if (!ok) return undefined;
  return {
    size: String(raw.size),
    total: size.total,
    ...(size.active !== undefined ? { active: size.active } : {}),
    values,
    ...provenance(raw, defaults, 1, id, site, ctx),
    site,
  };
}

/** Splits an attribute value into its claims: plain value, one claim object, or a list of claim objects. */
function claimEntries(value: unknown): { raw: unknown; meta?: Raw; path: DataPath }[] {
  if (isObj(value)) return [{ raw: value.value, meta: value, path: [] }];
  // A list of claim objects; any other list is itself the value (a params-list).
  if (Array.isArray(value) && value.length && value.every(isObj)) return value.map((v: Raw, i) => ({ raw: v.value, meta: v, path: [i] }));
  return [{ raw: value, path: [] }];
}

/**
 * Sources, status, note, quote and scope of a claim, a relation entry or an
 * architecture row, with defaults: the node's sources, `preferred` when it is
 * the only claim (else `alternative`). Queues its source ids and scope.
 */
function provenance(meta: Raw | undefined, defaults: string[], count: number, node: string, site: Site, ctx: NormaliseContext): Statement {
  if (meta) cite(ctx, meta.sources, site, []);
  const own = toList(meta?.sources);
  const written = meta?.status as ClaimStatus | undefined;
  const out: Statement = { sources: own.length ? own : defaults, status: written ?? (count === 1 ? 'preferred' : 'alternative') };
  if (!written) out.implicit = true;
  if (typeof meta?.note === 'string') out.note = meta.note;
  if (typeof meta?.quote === 'string') out.quote = meta.quote;
  if (meta?.scope !== undefined) {
    out.scope = toList(meta.scope).map(String);
    ctx.scopes.push({ node, items: out.scope, site: subSite(site, ['scope']), list: Array.isArray(meta.scope) });
  }
  return out;
}

/** Queues the ids of a `sources` value (at `path` below `site`) for checking once every id is known. */
function cite(ctx: NormaliseContext, value: unknown, site: Site, path: DataPath): void {
  const at = (tail: DataPath) => subSite(site, [...path, 'sources', ...tail]);
  if (typeof value === 'string') ctx.references.push({ id: value, site: at([]), what: 'source', kinds: ['source'] });
  else if (Array.isArray(value))
    for (let i = 0; i < value.length; i++)
      ctx.references.push({ id: value[i] as string, site: at([i]), what: 'source', kinds: ['source'] });
}

/** Text or a map by language → a map by language, `en` first, then code-unit order. */
function text(v: unknown): Record<string, string> | undefined {
  if (typeof v === 'string') return { en: v };
  if (isObj(v)) {
    if (inTextOrder(Object.keys(v))) return v as Record<string, string>;
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

/** The values of claims, for messages: `7T [1.5B, 7B] (qwen2-report; preferred)`. */
export function claimText(c: { value: TypedValue; sources: string[]; status: ClaimStatus; scope?: string[] }): string {
  return `${c.value.text}${c.scope ? ` [${c.scope.join(', ')}]` : ''} (${c.sources.join(', ') || 'no source'}; ${c.status})`;
}
