/**
 * Validate: parsed fact files → FactSet plus every diagnostic at once, one per
 * mistake. Passes:
 * 1. structure and values, per node (zod only on nodes the fast check does not
 *    accept; one bad node does not hide the others); `extend` entries are set
 *    aside; a second declaration of an id is one DUPLICATE_ID and adds nothing;
 * 2. extensions merged into the nodes they name;
 * 3. references (sources, relation targets by the tail's kind, scope ids,
 *    `relative_to`), self relations, duplicates, cycles;
 * 4. warnings: conflicts (the graph's one rule), scopes naming sizes a node
 *    does not have, facts without a source.
 */
import { type Code, type Diagnostic, didYouMean, error, warning } from '../diagnostics/index.js';
import {
  architectureConflicts,
  type Claim,
  conflicts,
  type FactSet,
  type NodeFact,
  positionOf,
  type RelationFact,
  type Site,
  scopeKey,
} from '../graph/index.js';
import type { DataPath, FactFile } from '../load/index.js';
import {
  type Attribute,
  cmp,
  KIND_BY_SECTION,
  KINDS,
  type Kind,
  PARAMS_PATTERN,
  RELATION_NAMES,
  RELEASE_KINDS,
  relationSpec,
  relationTargets,
} from '../vocabulary/index.js';
import { conforms } from './conforms.js';
import { mergeExtension } from './extend.js';
import { claimText, type NormaliseContext, normalise } from './normalise.js';
import { resolveValidateOptions, type ValidateOptions } from './options.js';
import { describe, isObj, type Raw, subSite } from './raw.js';
import { findCycles, References } from './references.js';
import { EXTEND_SECTION, nodeSchema } from './schema.js';
import { structuralIssue } from './structure.js';

/** Result of validation: facts are complete only when there is no error. */
export interface Validated {
  facts: FactSet;
  diagnostics: Diagnostic[];
}

/** An `extend` entry, set aside until every node is known. */
interface Extension {
  raw: Raw;
  site: Site;
}

/** Validates every file and returns the merged facts with all diagnostics. Throws OptionsError (INVALID_OPTION) on an invalid option. */
export function validate(files: readonly FactFile[], options: ValidateOptions = {}): Validated {
  const o = resolveValidateOptions(options);
  const diagnostics: Diagnostic[] = [];
  const nodes: NodeFact[] = [];
  const byId = new Map<string, NodeFact>();
  const relations: RelationFact[] = [];
  const declared = new Map<string, { id: string; kind: Kind; site: Site }>(); // lower-case id → first declaration
  const refs = new References(nodes, o.maxSuggestions);
  const extensions: Extension[] = [];
  const report = (code: Code, site: Site, message: string, target: 'key' | 'value' = 'value', related?: Site[]) =>
    diagnostics.push(
      error(
        code,
        positionOf(site, target),
        message,
        related?.map((s) => positionOf(s)),
      ),
    );
  const ctx: NormaliseContext = { report, references: [], scopes: [] };

  /** Structure and values of one raw node of `kind`; the normalised node, or undefined when it has an error. */
  const check = (kind: Kind, raw: Raw, site: Site) => {
    // zod runs only on a node the fast check does not accept; its issues are the diagnostics.
    const result = conforms(kind, raw) ? undefined : nodeSchema(kind).safeParse(raw);
    if (result && !result.success) {
      for (const issue of result.error.issues) structuralIssue(issue, raw, kind, (p) => subSite(site, p), diagnostics);
      // Every problem at once: the fields that passed the schema still get their values checked (the node itself is dropped).
      const broken = new Set(
        result.error.issues.flatMap((i) => (i.path.length ? [String(i.path[0])] : i.code === 'unrecognized_keys' ? i.keys : [])),
      );
      if (typeof raw.id === 'string' && !broken.has('id'))
        normalise(kind, Object.fromEntries(Object.entries(raw).filter(([k]) => !broken.has(k))), site, ctx);
      return undefined;
    }
    return normalise(kind, raw, site, ctx);
  };

  // 1. Structure and values, per node.
  let filesDone = 0;
  for (const f of files) {
    o.onProgress?.(filesDone++, files.length);
    if (f.data === undefined || f.data === null) continue; // YAML errors already reported; empty files hold nothing.
    const site = (path: DataPath): Site => ({ file: f.file, path, locate: f.locate, written: f.written });
    if (!isObj(f.data)) {
      report('NOT_A_MAPPING', site([]), `a fact file is a mapping of sections (${sectionList()}), not ${describe(f.data)}`);
      continue;
    }
    for (const [section, list] of Object.entries(f.data)) {
      const kind = KIND_BY_SECTION.get(section);
      if (!kind && section !== EXTEND_SECTION) {
        report(
          'UNKNOWN_FIELD',
          site([section]),
          `unknown section "${section}"${didYouMean(section, sections())} (sections: ${sectionList()})`,
          'key',
        );
        continue;
      }
      if (list === null) continue;
      if (!Array.isArray(list)) {
        report('NOT_A_MAPPING', site([section]), `section "${section}" is a list of ${kind ?? 'extend'} entries, not ${describe(list)}`);
        continue;
      }
      for (let i = 0; i < list.length; i++) {
        const item: unknown = list[i];
        const path = [section, i];
        if (!isObj(item)) {
          report('NOT_A_MAPPING', site(path), `each entry of "${section}" is a mapping with an id, not ${describe(item)}`);
          continue;
        }
        if (!kind) {
          if (typeof item.id === 'string') extensions.push({ raw: item, site: site(path) });
          else if (item.id === undefined)
            report('MISSING_FIELD', site(path), 'missing required field "id": an extend entry names the node it adds to');
          else report('INVALID_TYPE', site([...path, 'id']), `id: expected the id of an existing node, got ${describe(item.id)}`);
          continue;
        }
        const id = typeof item.id === 'string' ? item.id : undefined;
        let duplicate = false;
        if (id !== undefined) {
          const first = declared.get(id.toLowerCase());
          if (first) {
            // One mistake, one error: the second declaration adds nothing (no follow-up duplicate relations), and its
            // spelling still resolves (no follow-up unknown references).
            const p = positionOf(first.site);
            const how = first.id === id ? '' : ` as "${first.id}" (ids compare case-insensitively)`;
            report('DUPLICATE_ID', site([...path, 'id']), `id "${id}" is already used${how} at ${p.file}:${p.line}:${p.column}`, 'value', [
              first.site,
            ]);
            if (!refs.kindOf.has(id)) refs.kindOf.set(id, first.kind);
            duplicate = true;
          } else {
            declared.set(id.toLowerCase(), { id, kind, site: site([...path, 'id']) });
            refs.kindOf.set(id, kind);
          }
        }
        const node = check(kind, item, site(path));
        if (node && !duplicate) {
          nodes.push(node.node);
          byId.set(node.node.id, node.node);
          relations.push(...node.relations);
        }
      }
    }
  }
  o.onProgress?.(files.length, files.length);

  // 2. Extensions, merged into the nodes they name.
  for (const ext of extensions) {
    const id = ext.raw.id as string;
    const idSite = subSite(ext.site, ['id']);
    const kind = refs.kindOf.get(id);
    if (!kind) {
      report('UNKNOWN_REFERENCE', idSite, `extend: id "${id}" names no node${refs.didYouMean(id, Object.keys(KINDS) as Kind[])}`);
      continue;
    }
    const fragment = check(kind, ext.raw, ext.site);
    const base = byId.get(id);
    if (!fragment || !base) continue;
    mergeExtension(base, fragment.node, ext.site, new Set(Object.keys(ext.raw)), ctx);
    relations.push(...fragment.relations);
  }

  // 3. References, relation kinds, duplicates, cycles.
  for (const r of ctx.references) {
    const problem = refs.problem(r.id, r.what, r.kinds);
    if (problem) report(problem.code, r.site, problem.message);
  }
  const seen = new Map<string, RelationFact>();
  const good: RelationFact[] = [];
  const succeeded = new Map<string, RelationFact[]>(); // release → its succeeds entries
  for (const r of relations) {
    const spec = relationSpec(r.relation);
    const problem = refs.problem(r.target, `${r.relation} target`, relationTargets(r.relation, refs.kindOf.get(r.source)!));
    let ok = !problem;
    if (problem) report(problem.code, r.site, problem.message);
    if (r.source === r.target) {
      report('SELF_RELATION', r.site, `"${r.source}" ${r.relation} itself`);
      ok = false;
    }
    // A symmetric relation is the same fact whichever side it is written on.
    const [a, b] = spec.symmetric && cmp(r.target, r.source) < 0 ? [r.target, r.source] : [r.source, r.target];
    const key = `${a}\u0000${r.relation}\u0000${b}`;
    const dup = seen.get(key);
    if (dup) {
      const both =
        spec.symmetric && dup.source !== r.source
          ? ` (${r.relation} is symmetric: write it on one side only)`
          : '; merge the sources into one entry';
      report('DUPLICATE_RELATION', r.site, `"${r.source}" ${r.relation} "${r.target}" is written twice${both}`, 'value', [dup.site]);
      ok = false;
    } else seen.set(key, r);
    if (!ok) continue;
    good.push(r);
    if (r.relation === 'succeeds' && r.status !== 'disputed') succeeded.set(r.source, [...(succeeded.get(r.source) ?? []), r]);
  }
  // `drops` is relative to a predecessor: the one named, else the only release the node succeeds.
  for (const r of good) {
    if (!relationSpec(r.relation).relative || r.relativeTo !== undefined) continue;
    const preds = succeeded.get(r.source) ?? [];
    if (preds.length === 1) r.relativeTo = preds[0]!.target;
    else
      report(
        'MISSING_FIELD',
        r.site,
        `${r.source} ${r.relation} ${r.target}: say which release it is relative to with relative_to (${r.source} succeeds ${preds.length ? preds.map((p) => p.target).join(' and ') : 'no release'})`,
      );
  }
  for (const rel of RELATION_NAMES.filter((n) => relationSpec(n).acyclic)) {
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

  // 4. Scopes, conflicts and provenance.
  for (const use of ctx.scopes) {
    const node = byId.get(use.node);
    const sizes = node ? sizeKeys(node) : undefined;
    use.items.forEach((item, i) => {
      const itemSite = use.list ? subSite(use.site, [i]) : use.site;
      if (PARAMS_PATTERN.test(item)) {
        if (sizes?.size && !sizes.has(scopeKey(item)))
          diagnostics.push(
            warning(
              'SCOPE_SIZE',
              positionOf(itemSite),
              `${use.node}: scope ${item} is not one of its sizes (${[...sizes.values()].join(', ')})`,
            ),
          );
      } else {
        const problem = refs.problem(item, 'scope', RELEASE_KINDS);
        if (problem) report(problem.code, itemSite, problem.message);
      }
    });
  }
  for (const n of nodes) {
    for (const [attr, claims] of Object.entries(n.attributes) as [Attribute, Claim[]][]) {
      if (conflicts(claims))
        diagnostics.push(
          warning('CONFLICT', positionOf(subSite(n.site, [attr]), 'key'), `${n.id}.${attr}: ${claims.map(claimText).join(' vs ')}`),
        );
      if (KINDS[n.kind].needsSources)
        for (const c of claims)
          if (!c.sources.length) diagnostics.push(warning('MISSING_SOURCE', positionOf(c.site), `${n.id}.${attr} cites no source`));
    }
    for (const { size, field } of architectureConflicts(n.architecture)) {
      const rows = n.architecture.filter((r) => `${r.total}/${r.active ?? ''}` === size);
      const what = field
        ? `${rows[0]!.size} ${field}: ${rows.map((r) => `${r.values[field]?.text ?? '—'} (${r.sources.join(', ') || 'no source'}; ${r.status})`).join(' vs ')}`
        : `${rows[0]!.size}: a disputed row`;
      diagnostics.push(warning('CONFLICT', positionOf(rows[0]!.site, 'key'), `${n.id}.architecture ${what}`));
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
    if (!r.sources.length && KINDS[refs.kindOf.get(r.source)!].needsSources)
      diagnostics.push(warning('MISSING_SOURCE', positionOf(r.site), `${r.source} ${r.relation} ${r.target} cites no source`));
  }

  nodes.sort((a, b) => cmp(a.id, b.id));
  good.sort((a, b) => cmp(a.source, b.source) || cmp(a.relation, b.relation) || cmp(a.target, b.target));
  return { facts: { nodes, relations: good }, diagnostics };
}

/** A node's sizes (every `sizes` claim), keyed as scopes compare them → as written. */
function sizeKeys(node: NodeFact): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of node.attributes.sizes ?? []) if (c.value.type === 'params-list') for (const s of c.value.value) out.set(scopeKey(s), s);
  return out;
}

const sections = () => [...KIND_BY_SECTION.keys(), EXTEND_SECTION];
const sectionList = () => sections().join(', ');
