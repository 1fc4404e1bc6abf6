/**
 * Typed values: turns what people write (`36T`, `128K`, `30万`, `235B-A22B`,
 * `2024-06`) into numbers and normalised dates, keeping the original text.
 * Pure functions; a failure is returned as a reason, never thrown.
 */
import type { ArchitectureType } from './architecture.js';
import { NOT_REPORTED, type ValueType } from './attributes.js';

/** A parsed value: `value` is what exports type, `text` what the author wrote. */
export type TypedValue =
  | { type: 'string' | 'url' | 'enum'; value: string; text: string }
  | { type: 'date'; value: string; precision: 'year' | 'month' | 'day'; text: string }
  | { type: 'count' | 'length'; value: number; qualifier?: '>' | '<' | '~' | '>=' | '<='; text: string }
  | { type: 'params'; value: number; active?: number; text: string }
  | { type: 'params-list'; value: string[]; totals: number[]; text: string }
  | { type: 'boolean'; value: boolean; text: string }
  /** The source says the figure is not reported: no value, never a conflict, never shown as a value. */
  | { type: 'unreported'; value: null; text: string };

/** True when `raw` is the words `not reported` (any case): a claim whose source does not report the figure. */
export function isNotReported(raw: unknown): boolean {
  return typeof raw === 'string' && raw.trim().toLowerCase() === NOT_REPORTED;
}

/**
 * The value patterns, once: the parsers below match with them (their groups
 * are the parts), and the facts schema (validate) checks the same text with
 * them. Ranges (months, days, more active than total) are checked by the parsers.
 */
/** `2024`, `2024-06`, `2024-06-06`: year, month, day. */
export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Numbers with units, as people write them (`36T`, `151,646`, `30万`, `>1M`): qualifier, digits, unit. */
export const COUNT_PATTERN = /^\s*([<>~≈]=?|≥|≤)?\s*(\d[\d,_]*(?:\.\d+)?)\s*([KkMBT]|万|亿)?\s*$/;
/** `72B`, `0.5B`, `235B-A22B`: total and its unit, active and its unit. */
export const PARAMS_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*([KMBT])(?:\s*-\s*A\s*(\d+(?:\.\d+)?)\s*([KMBT]))?\s*$/;
/** An http(s) URL. */
export const URL_PATTERN = /^https?:\/\/\S+$/;

/** Result of parsing: a value, or why not. */
export type Parsed = { ok: true; value: TypedValue } | { ok: false; reason: string };

const DECIMAL: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, T: 1e12, 万: 1e4, 亿: 1e8 };
const BINARY: Record<string, number> = { k: 1024, K: 1024, M: 1024 * 1024 };
const PARAM_UNITS: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
const QUALIFIERS: Record<string, '>' | '<' | '~' | '>=' | '<='> = {
  '>': '>',
  '<': '<',
  '~': '~',
  '≈': '~',
  '>=': '>=',
  '<=': '<=',
  '≥': '>=',
  '≤': '<=',
};

/** Parses `raw` (from YAML: a string or a number, or a list for params-list) as `type`; `not reported` is accepted for every type. */
export function parseValue(type: ValueType, raw: unknown): Parsed {
  if (isNotReported(raw)) return ok({ type: 'unreported', value: null, text: NOT_REPORTED });
  switch (type) {
    case 'string':
    case 'url':
    case 'enum':
      return typeof raw === 'string' ? ok({ type, value: raw, text: raw }) : fail('expected text');
    case 'date':
      return parseDate(raw);
    case 'count':
    case 'length':
      return parseCount(type, raw);
    case 'params': {
      const p = parseParams(raw);
      return 'reason' in p ? p : ok({ type, value: p.total, ...(p.active !== undefined ? { active: p.active } : {}), text: String(raw) });
    }
    case 'params-list': {
      if (!Array.isArray(raw)) return fail('expected a list of sizes');
      const totals: number[] = [];
      const seen = new Map<string, unknown>();
      for (const item of raw) {
        const p = parseParams(item);
        if ('reason' in p) return p;
        // 7B and 7.0B are one size: listed twice is a slip (and would be one value in any set-based export).
        const key = `${p.total}/${p.active ?? ''}`;
        if (seen.has(key))
          return fail(
            `size ${String(item)} is listed twice${String(seen.get(key)) === String(item) ? '' : ` (as ${String(seen.get(key))})`}`,
          );
        seen.set(key, item);
        totals.push(p.total);
      }
      const value = raw.map(String);
      return ok({ type, value, totals, text: value.join(', ') });
    }
  }
}

/** Parses a date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking the calendar. */
export function parseDate(raw: unknown): Parsed {
  const s = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : raw;
  if (typeof s !== 'string') return fail('expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
  const m = DATE_PATTERN.exec(s);
  if (!m) return fail(`"${s}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return fail(`"${s}" has month ${mo}; months run from 01 to 12`);
    if (d !== undefined) {
      const day = Number(d);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > last) return fail(`"${s}" has day ${d}; ${y}-${mo} has ${last} days`);
    }
  }
  const precision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  return ok({ type: 'date', value: s, precision, text: s });
}

/** What a count or a length may be written as: the hint every unit diagnostic ends with. */
const UNIT_HINT: Record<'count' | 'length', string> = {
  count:
    'write digits with an optional unit: K or k (thousand), M, B, T, 万, 亿, and an optional qualifier > < ~ (36T, 151,646, 30万, >1M)',
  length: 'write digits with an optional unit: K or k (= 1024) or M (= 1024²) (2048, 32K, 128K, 1M)',
};
const PARAMS_SHAPE = /^\s*\d+(?:\.\d+)?\s*[KMBT]\s*-\s*A/;

/**
 * A number with its whole part in groups of three digits (`134,500,791`), as
 * every message writes counts. Plain string work: `toLocaleString` would load
 * the ICU locale data, which cost a tenth of the CLI's start-up.
 */
export function thousands(n: number): string {
  const [whole = '', fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * Counts, lengths and parameter counts are whole numbers no larger than
 * 2^53 - 1: every export types them as integers (GEXF and GraphML `long`,
 * Neo4j `long`, `xsd:integer`), and a JavaScript number is exact only up to
 * there. `0.5`, `0.3K` (307.2) and `10000000T` are refused, not rounded.
 */
export const MAX_WHOLE = Number.MAX_SAFE_INTEGER;

const TOO_LARGE = `larger than ${thousands(MAX_WHOLE)} (2^53 - 1), the largest whole number kept exactly`;

/**
 * `digits` (a decimal such as `1.5`) times a whole `unit`, computed exactly:
 * the whole number, or why there is none.
 */
function wholeTimes(digits: string, unit: number, raw: string): number | { ok: false; reason: string } {
  const [int = '', frac = ''] = digits.split('.');
  const scale = 10n ** BigInt(frac.length);
  const total = BigInt(int + frac) * BigInt(unit);
  if (total % scale !== 0n) return fail(`"${raw}" is ${Number(total) / Number(scale)}, not a whole number`);
  const n = total / scale;
  return n > BigInt(MAX_WHOLE) ? fail(`"${raw}" is ${TOO_LARGE}`) : Number(n);
}

/** Parses a count (`36T`, `151,646`, `30万`, `>1M`) or a length (`32K` = 32768). */
export function parseCount(type: 'count' | 'length', raw: unknown): Parsed {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return fail('expected a non-negative number');
    if (!Number.isInteger(raw)) return fail(`${raw} is not a whole number`);
    if (raw > MAX_WHOLE) return fail(`${raw} is ${TOO_LARGE}`);
    return ok({ type, value: raw, text: String(raw) });
  }
  if (typeof raw !== 'string') return fail('expected a number such as 128K or 36T');
  const m = COUNT_PATTERN.exec(raw);
  if (!m) {
    if (PARAMS_SHAPE.test(raw)) return fail(`"${raw}" is a model size (total-Aactive), not a ${type}; ${UNIT_HINT[type]}`);
    return fail(`"${raw}" is not a number; ${UNIT_HINT[type]}`);
  }
  const [, q, digits, unit] = m;
  const units = type === 'length' ? BINARY : DECIMAL;
  if (unit && !(unit in units)) return fail(`unit "${unit}" does not apply to a ${type}; ${UNIT_HINT[type]}`);
  const n = wholeTimes(digits!.replace(/[,_]/g, ''), unit ? units[unit]! : 1, raw);
  if (typeof n !== 'number') return n;
  const qualifier = q ? QUALIFIERS[q] : undefined;
  return ok({ type, value: n, ...(qualifier ? { qualifier } : {}), text: raw });
}

/** Parses one field of an architecture row: an integer (`28`, `1,000,000`, `1M`), a length (`32K`), or true/false. */
export function parseArchitectureValue(type: ArchitectureType, raw: unknown): Parsed {
  if (isNotReported(raw)) return ok({ type: 'unreported', value: null, text: NOT_REPORTED });
  if (type === 'boolean')
    return typeof raw === 'boolean' ? ok({ type: 'boolean', value: raw, text: String(raw) }) : fail('expected true or false');
  const parsed = parseCount(type === 'length' ? 'length' : 'count', raw);
  if (!parsed.ok) return parsed;
  if (parsed.value.type === 'count' && parsed.value.qualifier)
    return fail(`"${String(raw)}" has a qualifier; an architecture field is an exact number`);
  return parsed;
}

/** Parses `72B` or `235B-A22B` into total (and active) parameters. */
export function parseParams(raw: unknown): { total: number; active?: number } | { ok: false; reason: string } {
  if (typeof raw !== 'string') return fail('expected a size such as 72B or 235B-A22B');
  const m = PARAMS_PATTERN.exec(raw);
  if (!m) return fail(`"${raw}" is not a size; write 72B or 235B-A22B`);
  const total = wholeTimes(m[1]!, PARAM_UNITS[m[2]!]!, raw);
  if (typeof total !== 'number') return total;
  if (m[3] === undefined) return { total };
  const active = wholeTimes(m[3], PARAM_UNITS[m[4]!]!, raw);
  if (typeof active !== 'number') return active;
  if (active > total) return fail(`"${raw}" has more active than total parameters`);
  return { total, active };
}

/** A stable identity for comparing claims: same value, same key. */
export function valueKey(v: TypedValue): string {
  if (v.type === 'unreported') return '';
  if (v.type === 'params-list') return v.totals.join(',');
  if (v.type === 'params') return `${v.value}/${v.active ?? ''}`;
  if (v.type === 'count' || v.type === 'length') return `${v.qualifier ?? ''}${v.value}`;
  return String(v.value);
}

const ok = (value: TypedValue): Parsed => ({ ok: true, value });
const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });
