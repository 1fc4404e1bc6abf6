/**
 * Claims: the rules every stage shares about an attribute's claims, written
 * once. Which claim leads (the preferred one, else the first reported one
 * that is not disputed), which claim an export or a query shows (the lead,
 * unless it is disputed or says "not reported": then none), and when claims
 * conflict (a disputed claim, or two reported values that differ by `valueKey`
 * for overlapping scopes). Validation reports conflicts with these rules, the
 * build stores them, every export and query reads them.
 */
import { type ArchitectureField, type ClaimStatus, parseParams, type TypedValue, valueKey } from '../vocabulary/index.js';

/** The least a claim needs for the rules: its trust, and whether its source reports a value at all. */
export interface Ranked {
  status: ClaimStatus;
  /** A fact claim's typed value (`type: 'unreported'`), or a stored claim record's plain value. */
  value?: unknown;
  /** Set on stored claim records whose source does not report the figure. */
  unreported?: boolean;
}

/** True when a claim (a fact claim or a stored claim record) says its source does not report the figure. */
export function isUnreported(c: Ranked): boolean {
  if (c.unreported === true) return true;
  const v = c.value;
  return typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { type?: unknown }).type === 'unreported';
}

/**
 * Orders claims so the lead comes first: the claim marked `preferred`, else
 * the first reported one that is not `disputed`, else the first that is not
 * disputed, else the first. The others keep the order they were written in.
 * Returns the same array when it is already so.
 */
export function leadFirst<C extends Ranked>(claims: C[]): C[] {
  if (claims.length < 2) return claims;
  let lead = claims.findIndex((c) => c.status === 'preferred');
  if (lead < 0) lead = claims.findIndex((c) => c.status !== 'disputed' && !isUnreported(c));
  if (lead < 0)
    lead = Math.max(
      0,
      claims.findIndex((c) => c.status !== 'disputed'),
    );
  return lead === 0 ? claims : [claims[lead]!, ...claims.filter((_, i) => i !== lead)];
}

/**
 * The claim whose value is shown for an attribute (by every export, query and
 * the viewer): the lead claim, unless it is disputed or "not reported": a
 * fact whose every claim is disputed has no value to show; its claims stay
 * visible.
 */
export function shownClaim<C extends Ranked>(claims: readonly C[] | undefined): C | undefined {
  const lead = claims?.[0];
  return lead && lead.status !== 'disputed' && !isUnreported(lead) ? lead : undefined;
}

/**
 * The claims whose values are shown when claims carry scopes: in lead order,
 * every claim that `shownClaim` would show on its own (not disputed, reported)
 * and whose scope overlaps no claim taken before it. An unscoped lead is
 * shown alone; `7T [1.5B, 7B, 72B]` and `12T [0.5B]` are both shown, and an
 * alternative for a scope already covered is not. Nothing when `shownClaim`
 * shows nothing.
 */
export function shownClaims<C extends Ranked & { scope?: readonly string[] }>(claims: readonly C[] | undefined): C[] {
  const out: C[] = [];
  if (!shownClaim(claims)) return out;
  for (const c of claims ?? []) {
    if (c.status === 'disputed' || isUnreported(c)) continue;
    if (out.some((s) => scopesOverlap(s.scope, c.scope))) continue;
    out.push(c);
  }
  return out;
}

/**
 * The architecture rows shown, one per size: for each size (compared as scope
 * items are: 7B and 7.0B are one size), in the order first written, the lead
 * row by `leadFirst` (the row marked preferred, else the first that is not
 * disputed), unless it is disputed. A size whose every row is disputed shows
 * nothing. A field a shown row gives as `null` (not reported) is no value.
 */
export function shownRows<R extends Ranked & { size: string }>(rows: readonly R[] | undefined): R[] {
  if (!rows?.length) return [];
  const bySize = new Map<string, R[]>();
  for (const r of rows) {
    const key = scopeKey(r.size);
    const list = bySize.get(key);
    if (list) list.push(r);
    else bySize.set(key, [r]);
  }
  const out: R[] = [];
  for (const list of bySize.values()) {
    const row = shownClaim(leadFirst(list));
    if (row) out.push(row);
  }
  return out;
}

/** A comparable key of one scope item: a size by its parameters (7B = 7.0B), anything else as a lower-case id. */
export function scopeKey(item: string): string {
  const p = parseParams(item);
  return 'total' in p ? `size:${p.total}/${p.active ?? ''}` : `id:${item.toLowerCase()}`;
}

/** True when two scopes share something: no scope is the whole node, so it overlaps every scope. */
export function scopesOverlap(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (!a?.length || !b?.length) return true;
  const keys = new Set(a.map(scopeKey));
  return b.some((x) => keys.has(scopeKey(x)));
}

/**
 * True when an attribute's claims conflict: one is disputed, or two reported
 * values differ (7B and 7.0B do not) for scopes that overlap. A claim that its
 * source does not report the figure contradicts nothing.
 */
export function conflicts(claims: readonly { status: ClaimStatus; value: TypedValue; scope?: string[] }[]): boolean {
  if (claims.some((c) => c.status === 'disputed')) return true;
  const reported = claims.filter((c) => c.value.type !== 'unreported');
  for (let i = 0; i < reported.length; i++)
    for (let j = i + 1; j < reported.length; j++) {
      const a = reported[i]!;
      const b = reported[j]!;
      if (valueKey(a.value) !== valueKey(b.value) && scopesOverlap(a.scope, b.scope)) return true;
    }
  return false;
}

/**
 * The architecture fields whose rows conflict: a disputed row, or two rows for
 * the same size that give different reported values for a field.
 */
export function architectureConflicts(
  rows: readonly { status: ClaimStatus; total: number; active?: number; values: Partial<Record<ArchitectureField, TypedValue>> }[],
): { size: string; field: ArchitectureField | undefined }[] {
  const out: { size: string; field: ArchitectureField | undefined }[] = [];
  const bySize = new Map<string, typeof rows>();
  for (const r of rows) {
    const key = `${r.total}/${r.active ?? ''}`;
    bySize.set(key, [...(bySize.get(key) ?? []), r]);
  }
  for (const [size, list] of bySize) {
    if (list.some((r) => r.status === 'disputed')) out.push({ size, field: undefined });
    const fields = new Set(list.flatMap((r) => Object.keys(r.values) as ArchitectureField[]));
    for (const field of fields) {
      const keys = new Set(list.map((r) => r.values[field]).flatMap((v) => (v && v.type !== 'unreported' ? [valueKey(v)] : [])));
      if (keys.size > 1) out.push({ size, field });
    }
  }
  return out;
}
