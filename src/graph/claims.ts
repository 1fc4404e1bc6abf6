/**
 * Claims: the rules every stage shares about an attribute's claims, written
 * once. Which claim leads (the preferred one, else the first that is not
 * disputed), which claim an export or a query shows (the lead, unless it is
 * disputed: then none), and when claims conflict (a disputed claim, or two
 * claims whose values differ by `valueKey`). Validation reports conflicts with
 * these rules, the build stores them, every export and query reads them.
 */
import { type ClaimStatus, type TypedValue, valueKey } from '../vocabulary/index.js';

/** The least a claim needs for the rules: its trust. */
export interface Ranked {
  status: ClaimStatus;
}

/**
 * Orders claims so the lead comes first: the claim marked `preferred`, else
 * the first one that is not `disputed`, else the first. The others keep the
 * order they were written in. Returns the same array when it is already so.
 */
export function leadFirst<C extends Ranked>(claims: C[]): C[] {
  if (claims.length < 2) return claims;
  const marked = claims.findIndex((c) => c.status === 'preferred');
  const lead =
    marked >= 0
      ? marked
      : Math.max(
          0,
          claims.findIndex((c) => c.status !== 'disputed'),
        );
  return lead === 0 ? claims : [claims[lead]!, ...claims.filter((_, i) => i !== lead)];
}

/**
 * The claim whose value is shown for an attribute (by every export, query and
 * the viewer): the lead claim, unless it is disputed: a fact whose every claim
 * is disputed has no value to show, its claims stay visible.
 */
export function shownClaim<C extends Ranked>(claims: readonly C[] | undefined): C | undefined {
  const lead = claims?.[0];
  return lead && lead.status !== 'disputed' ? lead : undefined;
}

/** True when an attribute's claims conflict: one is disputed, or two values differ (7B and 7.0B do not). */
export function conflicts(claims: readonly (Ranked & { value: TypedValue })[]): boolean {
  if (claims.some((c) => c.status === 'disputed')) return true;
  if (claims.length < 2) return false;
  const first = valueKey(claims[0]!.value);
  return claims.some((c) => valueKey(c.value) !== first);
}
