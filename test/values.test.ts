// Typed values: what people write → numbers and dates, table-driven.
import { describe, expect, it } from 'vitest';
import { dateStart } from '../src/graph/index.js';
import { parseValue, thousands, type ValueType, valueKey } from '../src/vocabulary/index.js';

const good: [ValueType, unknown, unknown, Record<string, unknown>?][] = [
  ['count', '36T', 36e12],
  ['count', '151,646', 151646],
  ['count', 151646, 151646],
  ['count', '500K', 500_000],
  ['count', '30万', 300_000],
  ['count', '1.8B', 1_800_000_000],
  ['count', '>1M', 1_000_000, { qualifier: '>' }],
  ['count', '~3T', 3e12, { qualifier: '~' }],
  ['count', '≥2亿', 2e8, { qualifier: '>=' }],
  // Exact, not rounded (issue 15, class 11): decimals times the unit, with no float error.
  ['count', '1.1T', 1_100_000_000_000],
  ['count', '0.001K', 1],
  ['count', '9,007,199,254,740,991', Number.MAX_SAFE_INTEGER],
  ['length', '0.5K', 512],
  ['length', '32K', 32768],
  ['length', '128K', 131072],
  ['length', '1M', 1048576],
  ['length', 2048, 2048],
  ['params', '72B', 72e9],
  ['params', '235B-A22B', 235e9, { active: 22e9 }],
  ['params', '0.5B', 5e8],
  ['params-list', ['0.5B', '57B-A14B'], ['0.5B', '57B-A14B'], { totals: [5e8, 57e9] }],
  ['date', '2024', '2024', { precision: 'year' }],
  ['date', 2024, '2024', { precision: 'year' }],
  ['date', '2024-06', '2024-06', { precision: 'month' }],
  ['date', '2024-02-29', '2024-02-29', { precision: 'day' }],
  ['enum', 'paper', 'paper'],
];

const bad: [ValueType, unknown][] = [
  ['count', '36X'],
  ['count', 'many'],
  ['count', -1],
  // Not whole, or beyond 2^53 - 1 (issue 15, class 11).
  ['count', 0.5],
  ['count', '0.5'],
  ['count', '0.0001K'],
  ['count', 1.5e300],
  ['count', '99,999,999,999,999,999,999T'],
  ['count', '10000000T'],
  ['count', '9,007,199,254,740,992'],
  ['length', '0.3K'],
  ['params', '1.0000000001B'],
  ['params', '10000000T'],
  ['params', '72B-A0.5'],
  ['length', '3T'],
  ['params', '72'],
  ['params', '22B-A235B'],
  ['params-list', '7B'],
  ['date', '2024-13-01'],
  ['date', '2023-02-29'],
  ['date', '2024-04-31'],
  ['date', '2023.9'],
  ['date', 2023.9],
  ['date', '24-01-01'],
];

describe('parseValue', () => {
  it.each(good)('%s %j → %j', (type, raw, value, extra) => {
    const r = parseValue(type, raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.value).toEqual(value);
    if (extra) expect(r.value).toMatchObject(extra);
    expect(r.value.text).toBe(Array.isArray(raw) ? raw.join(', ') : String(raw));
  });

  it.each(bad)('%s %j is refused with a reason', (type, raw) => {
    const r = parseValue(type, raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
  });
});

describe('counts that do not fit the column type (issue 15, class 11)', () => {
  it.each([
    ['count', 0.5, '0.5 is not a whole number'],
    ['count', '0.0003K', '"0.0003K" is 0.3, not a whole number'],
    ['length', '0.3K', '"0.3K" is 307.2, not a whole number'],
    ['count', 1.5e300, '1.5e+300 is larger than 9,007,199,254,740,991 (2^53 - 1), the largest whole number kept exactly'],
    ['count', '10000000T', '"10000000T" is larger than 9,007,199,254,740,991 (2^53 - 1), the largest whole number kept exactly'],
    ['params', '0.0000000001B', '"0.0000000001B" is 0.1, not a whole number'],
  ] as const)('%s %j: %s', (type, raw, reason) => {
    expect(parseValue(type, raw)).toEqual({ ok: false, reason });
  });
});

describe('dateStart and valueKey', () => {
  it.each([
    ['2024', '2024-01-01'],
    ['2024-06', '2024-06-01'],
    ['2024-06-06', '2024-06-06'],
  ])('dateStart(%s) = %s', (d, want) => expect(dateStart(d)).toBe(want));

  it('treats the same number written two ways as one value', () => {
    const a = parseValue('count', '151,646');
    const b = parseValue('count', 151646);
    const c = parseValue('count', '148K');
    if (!a.ok || !b.ok || !c.ok) throw new Error('parse failed');
    expect(valueKey(a.value)).toBe(valueKey(b.value));
    expect(valueKey(a.value)).not.toBe(valueKey(c.value));
  });
});

describe('thousands: counts in messages', () => {
  it('groups the whole part by three digits and keeps a fraction and a sign', () => {
    expect([0, 999, 1000, 134_500_791, Number.MAX_SAFE_INTEGER, -1234567, 1234.5].map(thousands)).toEqual([
      '0',
      '999',
      '1,000',
      '134,500,791',
      '9,007,199,254,740,991',
      '-1,234,567',
      '1,234.5',
    ]);
  });
});
