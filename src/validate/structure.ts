/**
 * Structure: zod's issues on one node become our diagnostics, one per
 * mistake, each at the offending key or value, in the author's words: a value
 * is quoted as written (`2024.10`, not 2024.1), an unknown field gets a
 * did-you-mean and the list of the fields the kind allows.
 */
import type { z } from 'zod';
import { type Code, type Diagnostic, didYouMean, error, suggest } from '../diagnostics/index.js';
import { positionOf, type Site, writtenAt } from '../graph/index.js';
import type { DataPath } from '../load/index.js';
import {
  ARCHITECTURE_FIELDS,
  ATTRIBUTE_NAMES,
  attributeSpec,
  idProblem,
  isArchitectureField,
  isAttribute,
  isRelation,
  type Kind,
  parseArchitectureValue,
  parseValue,
  RELATION_NAMES,
  RELATIONS,
  relationSpec,
} from '../vocabulary/index.js';
import { describe, lookup, type Raw } from './raw.js';
import { ARCHITECTURE_ROW_FIELDS, CLAIM_FIELDS, nodeFields, RELATION_FIELDS, RELATIVE_FIELDS } from './schema.js';

/** Maps one zod issue on a node of `kind` to diagnostics with our codes and the position of the offending key or value. */
export function structuralIssue(issue: z.core.$ZodIssue, raw: Raw, kind: Kind, site: (p: DataPath) => Site, out: Diagnostic[]): void {
  const path = issue.path as (string | number)[];
  const push = (code: Code, p: DataPath, message: string, target: 'key' | 'value' = 'value') =>
    out.push(error(code, positionOf(site(p), target), message));
  const written = (p: DataPath) => writtenAt(site(p));
  const field = typeof path[0] === 'string' ? path[0] : undefined;
  const where = field ? `${field}: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(kind, path);
      for (const key of issue.keys) {
        const what = path.length ? `key "${key}" in ${field}` : `field "${key}" on a ${kind}`;
        const nullish = lookup(raw, [...path, key]) === null;
        push('UNKNOWN_FIELD', [...path, key], `unknown ${what}${unknownKeyHint(key, kind, path, allowed, nullish)}`, 'key');
      }
      return;
    }
    case 'invalid_union': {
      const branch = bestBranch(issue.errors as z.core.$ZodIssue[][]);
      const value = lookup(raw, path);
      if (branch)
        for (const sub of branch) structuralIssue({ ...sub, path: [...path, ...sub.path] } as z.core.$ZodIssue, raw, kind, site, out);
      else if (field && isAttribute(field) && path.length === 1 && attributeSpec(field).type === 'date' && typeof value === 'number') {
        // `2023.9` reads as a number: say so, in the words of the date rules.
        push(
          'INVALID_DATE',
          path,
          `${field}: ${written(path) ?? String(value)} is a number, not a date; write YYYY, YYYY-MM or YYYY-MM-DD (keep the source's wording in \`quote\`)`,
        );
      } else if (field === 'scope' || path.includes('scope'))
        push('INVALID_VALUE', path, `scope: ${describe(value, written(path))} is neither a size (32B, 57B-A14B) nor an id`);
      else push('INVALID_TYPE', path, `${where}${expectedShape(kind, path)}, got ${describe(value, written(path))}`);
      return;
    }
    case 'invalid_key': {
      // A key of a text map that is not a language tag (`label: { english: Foo }`): said at the key, with what is allowed.
      const key = String(path[path.length - 1]);
      push(
        'INVALID_VALUE',
        path,
        `${where}"${key}" is not a language tag; write { en: …, zh: … } with tags such as en, zh, zh-Hant`,
        'key',
      );
      return;
    }
    case 'invalid_type':
      if (lookup(raw, path) === undefined) push('MISSING_FIELD', path.slice(0, -1), `missing required field "${path[path.length - 1]}"`);
      else push('INVALID_TYPE', path, `${where}expected ${issue.expected}, got ${describe(lookup(raw, path), written(path))}`);
      return;
    default: {
      const value = lookup(raw, path);
      // The value as written (escapes kept); a quoted one without its quotes, so messages quote it once.
      const text = written(path);
      const shown = text !== undefined && /^["']/.test(text) ? text.slice(1, -1) : (text ?? String(value));
      const last = path[path.length - 1];
      // Only the `not reported` alternative takes a string here (a list of sizes, true/false): the value has the wrong type.
      const takesText =
        field && isAttribute(field)
          ? attributeSpec(field).type !== 'params-list'
          : !(field === 'architecture' && last === 'tied_embeddings');
      if (isNotReportedIssue(issue) && !takesText) {
        push('INVALID_TYPE', path, `${where}${expectedShape(kind, path)}, got ${describe(value, written(path))}`);
        return;
      }
      if (field === 'architecture' && typeof last === 'string' && isArchitectureField(last)) {
        const parsed = parseArchitectureValue(ARCHITECTURE_FIELDS[last].type, value);
        push('INVALID_VALUE', path, `architecture ${last}: ${parsed.ok ? `"${shown}" is not valid here` : parsed.reason}`);
      } else if (field === 'architecture' && last === 'size') {
        push('INVALID_VALUE', path, `architecture size: "${shown}" is not a size; write 72B or 235B-A22B`);
      } else if (field && isAttribute(field) && !path.includes('scope')) {
        const spec = attributeSpec(field);
        const parsed = parseValue(spec.type === 'params-list' && typeof value === 'string' ? 'params' : spec.type, value);
        const reason = !parsed.ok ? parsed.reason : spec.values ? `"${shown}" is not one of ${spec.values.join(', ')}` : issue.message;
        push(spec.type === 'date' ? 'INVALID_DATE' : 'INVALID_VALUE', path, `${field}: ${reason}`);
      } else if (path.includes('scope')) {
        push('INVALID_VALUE', path, `scope: "${shown}" is neither a size (32B, 57B-A14B) nor an id`);
      } else if (
        field &&
        (field === 'id' ||
          isRelation(field) ||
          field === 'sources' ||
          path.includes('target') ||
          path.includes('sources') ||
          path.includes('relative_to'))
      ) {
        const why = typeof value === 'string' ? idProblem(value) : undefined;
        push('INVALID_VALUE', path, `${where}"${shown}" is not a valid id${why ? `: ${why}` : ''} (letters, digits, ".", "_", "-")`);
      } else {
        push('INVALID_VALUE', path, `${where}${issue.message}`);
      }
    }
  }
}

/** An issue of the `not reported` alternative that every value has: it says nothing about what was meant. */
const isNotReportedIssue = (i: z.core.$ZodIssue) =>
  i.code === 'invalid_format' && String((i as { pattern?: unknown }).pattern).includes('not reported');

/** Of a union's failed branches, the one that got furthest (deepest path), then the one with fewest issues. */
function bestBranch(branches: z.core.$ZodIssue[][]): z.core.$ZodIssue[] | undefined {
  const depth = (b: z.core.$ZodIssue[]) => {
    let d = 0;
    for (const i of b) d = Math.max(d, i.path.length + (i.code === 'invalid_type' ? 0 : 0.5));
    return d;
  };
  // A branch that failed on the value's own type says nothing when another branch accepted the type; nor does the
  // `not reported` alternative that every value has.
  const pool = branches.filter(
    (b) => !(b.length === 1 && b[0]!.code === 'invalid_type' && b[0]!.path.length === 0) && !b.every(isNotReportedIssue),
  );
  if (!pool.length) return undefined;
  return [...pool].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
}

/** Keys allowed at `path` inside a node of `kind`. */
function allowedKeys(kind: Kind, path: DataPath): string[] {
  if (!path.length) return nodeFields(kind);
  const field = String(path[0]);
  if (field === 'architecture') return ARCHITECTURE_ROW_FIELDS;
  if (isRelation(field)) return relationSpec(field).relative ? RELATIVE_FIELDS : RELATION_FIELDS;
  return CLAIM_FIELDS;
}

function expectedShape(kind: Kind, path: DataPath): string {
  const field = String(path[0] ?? '');
  if (isRelation(field))
    return `expected a ${RELATIONS[field].to.join(' or ')} id, an object { target, sources, status, note, quote, scope }, or a list of them`;
  if (isAttribute(field))
    return `expected a ${attributeSpec(field).type} value, a claim { value, sources, status, note, quote, scope }, or a list of claims`;
  if (field === 'architecture') return 'expected a list of rows { size, layers, hidden_size, heads, kv_heads, …, sources }';
  if (field === 'label' || field === 'description') return 'expected text, or a map from language to text ({ en: …, zh: … })';
  return `not a valid value on a ${kind}`;
}

/** What YAML's core schema makes of a key written as null, a boolean or a number, once it is a property name. */
const NOT_TEXT_KEY = /^(?:null|true|false|-?Infinity|NaN|-?\d+(?:\.\d+)?(?:e[+-]\d+)?)$/;

/** After `unknown field "x"`: why it is not allowed, the closest allowed key, and the keys that are. */
function unknownKeyHint(key: string, kind: Kind, path: DataPath, allowed: readonly string[], nullish: boolean): string {
  if (key === '<<') return '; YAML merge keys are not supported, write the fields out';
  if (NOT_TEXT_KEY.test(key))
    return '; YAML read the key as a null, a boolean or a number (written ~, .inf, 0x1A, true, …): keys are field names';
  if (!path.length && isRelation(key)) {
    const spec = RELATIONS[key];
    if (spec.inferred) return `; "${key}" is inferred by the build, never written`;
    return `; "${key}" is written on a ${spec.from.join(' or ')}, not on a ${kind}`;
  }
  if (!path.length && isAttribute(key)) return `; "${key}" belongs to a ${attributeSpec(key).kinds.join(' or ')}, not a ${kind}`;
  // `{ value: 1, note: a, b }`: the comma ended the note, and `b` became a key with no value.
  const comma = nullish ? '; if it is the rest of the previous value, quote that value: a comma ends a value in { … }' : '';
  let hint = didYouMean(key, allowed);
  if (!hint && !path.length) {
    // A field of another kind, misspelt: name it and where it is written.
    const other = suggest(key, [...RELATION_NAMES, ...ATTRIBUTE_NAMES], 1)[0];
    if (other && isRelation(other))
      hint = `; did you mean "${other}"? (written on a ${RELATIONS[other].from.join(' or ')}, not on a ${kind})`;
    else if (other && isAttribute(other))
      hint = `; did you mean "${other}"? (it belongs to a ${attributeSpec(other).kinds.join(' or ')}, not a ${kind})`;
  }
  return `${hint}${comma} (allowed: ${allowed.join(', ')})`;
}
