/**
 * A fast yes/no check of a raw node against its zod schema (schema.ts), built
 * from the same vocabulary. Validation asks it first and runs zod, whose
 * issues become the diagnostics, only on nodes it does not accept: on valid
 * data zod never runs, and on invalid data the diagnostics are zod's as
 * before. It must never accept what zod rejects (a property test holds it to
 * that); rejecting more than zod only costs a zod run.
 */

import {
  ARCHITECTURE_FIELD_NAMES,
  ARCHITECTURE_FIELDS,
  type ArchitectureType,
  attributeSpec,
  attributesOf,
  CLAIM_STATUSES,
  COUNT_PATTERN,
  DATE_PATTERN,
  ID_PATTERN,
  isNotReported,
  KINDS,
  type Kind,
  LANG_PATTERN,
  PARAMS_PATTERN,
  relationSpec,
  URL_PATTERN,
  type ValueType,
  writableRelations,
} from '../vocabulary/index.js';

type Check = (v: unknown) => boolean;

const STATUSES: ReadonlySet<unknown> = new Set(CLAIM_STATUSES);

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const nonEmpty: Check = (v) => isString(v) && v.length > 0;
const matches =
  (re: RegExp): Check =>
  (v) =>
    isString(v) && re.test(v);
const id = matches(ID_PATTERN);
const ids: Check = (v) => id(v) || (Array.isArray(v) && v.length > 0 && v.every(id));
const text: Check = (v) => nonEmpty(v) || (isRecord(v) && Object.entries(v).every(([k, x]) => LANG_PATTERN.test(k) && nonEmpty(x)));
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const date = matches(DATE_PATTERN);
const count = matches(COUNT_PATTERN);
const params = matches(PARAMS_PATTERN);

/** A plain value of one type, or `not reported` (schema.ts `plainValue`). */
function plainValue(type: ValueType, values?: readonly string[]): Check {
  const typed = typedValue(type, values);
  return (v) => typed(v) || isNotReported(v);
}

function typedValue(type: ValueType, values?: readonly string[]): Check {
  switch (type) {
    case 'string':
      return nonEmpty;
    case 'url':
      return matches(URL_PATTERN);
    case 'date':
      return (v) => date(v) || (isNumber(v) && Number.isSafeInteger(v) && v >= 1000 && v <= 9999);
    case 'count':
      return (v) => (isNumber(v) && v >= 0) || count(v);
    case 'length':
      return (v) => (isNumber(v) && Number.isSafeInteger(v) && v > 0) || count(v);
    case 'params':
      return params;
    case 'params-list':
      return (v) => Array.isArray(v) && v.length > 0 && v.every(params);
    case 'enum': {
      const allowed = new Set(values);
      return (v) => isString(v) && allowed.has(v);
    }
  }
}

/** A strict object: every key known, required keys present, each value accepted. */
function strictObject(fields: Record<string, Check>, required: readonly string[]): Check {
  const known = new Map(Object.entries(fields));
  return (v) => {
    if (!isRecord(v)) return false;
    for (const r of required) if (!(r in v)) return false;
    for (const k in v) {
      const check = known.get(k);
      if (!check?.(v[k])) return false;
    }
    return true;
  };
}

const scopeItem: Check = (v) => params(v) || id(v);
const scope: Check = (v) => scopeItem(v) || (Array.isArray(v) && v.length > 0 && v.every(scopeItem));
const provenance = {
  sources: optional(ids),
  status: optional((v) => STATUSES.has(v)),
  note: optional(isString),
  quote: optional(isString),
};
const claimMeta = { ...provenance, scope: optional(scope) };

function architectureValue(type: ArchitectureType): Check {
  if (type === 'boolean') return (v) => typeof v === 'boolean' || isNotReported(v);
  return (v) => (isNumber(v) && Number.isSafeInteger(v) && v >= 0) || count(v) || isNotReported(v);
}
const architectureRow = strictObject(
  {
    size: params,
    ...Object.fromEntries(ARCHITECTURE_FIELD_NAMES.map((f) => [f, optional(architectureValue(ARCHITECTURE_FIELDS[f].type))])),
    ...provenance,
  },
  ['size'],
);
const architecture: Check = (v) => Array.isArray(v) && v.length > 0 && v.every(architectureRow);

function attributeValue(type: ValueType, values?: readonly string[]): Check {
  const plain = plainValue(type, values);
  const claim = strictObject({ value: plain, ...claimMeta }, ['value']);
  return (v) => plain(v) || claim(v) || (Array.isArray(v) && v.length > 0 && v.every(claim));
}

const listOf =
  (one: Check): Check =>
  (v) =>
    one(v) || (Array.isArray(v) && v.every(one));
const relationObject = strictObject({ target: id, ...claimMeta }, ['target']);
const relationValue = listOf((v) => id(v) || relationObject(v));
const relativeObject = strictObject({ target: id, relative_to: optional(id), ...claimMeta }, ['target']);
const relativeValue = listOf((v) => id(v) || relativeObject(v));

const checks = new Map<Kind, Check>();

/** True when zod's schema of `kind` certainly accepts `raw`. */
export function conforms(kind: Kind, raw: unknown): boolean {
  let check = checks.get(kind);
  if (!check) {
    const fields: Record<string, Check> = {
      id,
      label: optional(text),
      aliases: optional((v) => Array.isArray(v) && v.every(nonEmpty)),
      description: optional(text),
      sources: optional(ids),
      note: optional(isString),
    };
    for (const a of attributesOf(kind)) {
      const spec = attributeSpec(a);
      fields[a] = optional(attributeValue(spec.type, spec.values));
    }
    if (KINDS[kind].release) fields.architecture = optional(architecture);
    for (const rel of writableRelations(kind)) fields[rel] = optional(relationSpec(rel).relative ? relativeValue : relationValue);
    check = strictObject(fields, ['id']);
    checks.set(kind, check);
  }
  return check(raw);
}
