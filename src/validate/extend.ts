/**
 * Extending a node declared in another file: an `extend` entry's facts are
 * merged into the node. Aliases and sources are added (once each), notes
 * appended, a label or description may add a language the node lacks, claims
 * join the attribute's claims (one `preferred` at most, the lead recomputed),
 * architecture rows and relations are added. Setting a language the node
 * already has, to other text, is an EXTEND_CLASH.
 */
import { leadFirst, type NodeFact, type Site } from '../graph/index.js';
import type { Attribute } from '../vocabulary/index.js';
import { type NormaliseContext, preferredOnce } from './normalise.js';
import { subSite } from './raw.js';

/** Merges `ext` (an extend entry, normalised as a node of the base's kind) into `base`. */
export function mergeExtension(
  base: NodeFact,
  ext: NodeFact,
  extSite: Site,
  written: ReadonlySet<string>,
  ctx: Pick<NormaliseContext, 'report'>,
): void {
  const texts = (field: 'label' | 'description', from: Record<string, string>, into: Record<string, string>) => {
    if (!written.has(field)) return;
    for (const [lang, value] of Object.entries(from)) {
      if (into[lang] === undefined) into[lang] = value;
      else if (into[lang] !== value)
        ctx.report(
          'EXTEND_CLASH',
          subSite(extSite, [field]),
          `extend ${base.id}: ${field} (${lang}) is already "${into[lang]}" where ${base.id} is declared; an extension may add a language, not change one`,
        );
    }
  };
  texts('label', ext.labels, base.labels);
  texts('description', ext.descriptions, base.descriptions);
  // New arrays: the base's lists are shared with its claims (default sources) and with the parsed data.
  base.aliases = [...base.aliases, ...ext.aliases.filter((a, i) => !base.aliases.includes(a) && ext.aliases.indexOf(a) === i)];
  base.sources = [...base.sources, ...ext.sources.filter((s, i) => !base.sources.includes(s) && ext.sources.indexOf(s) === i)];
  if (ext.note) base.note = base.note ? `${base.note}\n${ext.note}` : ext.note;
  for (const [attr, claims] of Object.entries(ext.attributes) as [Attribute, NonNullable<NodeFact['attributes'][Attribute]>][]) {
    const before = base.attributes[attr] ?? [];
    // A status nobody wrote gives way: the extension's single claim joins as an alternative, and a claim it marks
    // preferred takes the lead from a base claim that was preferred only for being alone.
    const marks = claims.some((c) => c.status === 'preferred' && !c.implicit);
    const demote = <C extends { status: string; implicit?: boolean }>(c: C): C =>
      c.status === 'preferred' && c.implicit ? { ...c, status: 'alternative' } : c;
    const merged = [...(marks ? before.map(demote) : before), ...(before.length ? claims.map(demote) : claims)];
    if (preferredOnce(merged, base.id, attr, subSite(extSite, [attr]), ctx)) base.attributes[attr] = leadFirst(merged);
  }
  base.architecture.push(...ext.architecture);
}
