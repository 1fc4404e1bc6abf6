/**
 * Text rendering of the release queries — `version`, `diff`, `adopters` —
 * for a terminal. The status words are the query library's (status.ts):
 * adopted, inherited (with where from), stated no, dropped (relative to what),
 * not stated; silence is printed as "not stated", never as a no. Scopes follow
 * names in brackets (`GQA [32B, 110B]`), sources follow in brackets too, in
 * their own column. Pure: every function returns the text.
 */

import type { ArchitectureRecord } from '../graph/index.js';
import type {
  Adopters,
  ArchitectureComparison,
  EdgeInfo,
  Inheritance,
  NumberComparison,
  NumberFact,
  NumberPair,
  TechniqueStatus,
  VersionDiff,
  VersionRef,
  VersionReport,
} from '../query/index.js';
import { ARCHITECTURE_FIELD_NAMES, ARCHITECTURE_FIELDS, type ArchitectureField, KINDS, relationLabel } from '../vocabulary/index.js';
import { cite, date, human, name, scopeText, table, wrap } from './render-query.js';

/** `version of family qwen, released 2024-02-05` for a release. */
const about = (v: VersionRef) => `${KINDS[v.kind].label.en.toLowerCase()}${v.family ? ` of family ${v.family}` : ''}, released ${date(v)}`;

/** `Qwen2, released 2024-06-06`. */
const dated = (v: VersionRef) => `${name(v)}, released ${date(v)}`;

/** The scopes of some edges, `[32B, 110B]`, or '' when one covers the whole release. */
const scopeOf = (edges: readonly EdgeInfo[]) => (edges.some((e) => !e.scope?.length) ? '' : scopeText(edges.flatMap((e) => e.scope!)));

/** Rows without the columns that are empty in every row. */
function compact(rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const keep = [...Array(width).keys()].filter((i) => rows.some((r) => (r[i] ?? '') !== ''));
  return rows.map((r) => keep.map((i) => r[i] ?? ''));
}

// Statuses --------------------------------------------------------------------

/** `adopted in Qwen1.5 [32B, 110B]`, `stated no in LLaMA`, `dropped in Qwen2 (relative to Qwen1.5)`, with the route when longer than one hop. */
function origin(i: Inheritance): string {
  const what = i.statements.some((e) => e.relation === 'adopts')
    ? 'adopted'
    : i.statements.some((e) => e.relation === 'not_adopts')
      ? 'stated no'
      : 'dropped';
  const drop = i.statements.find((e) => e.relation === 'drops' && e.relativeTo);
  const scope = scopeOf(i.statements.filter((e) => (what === 'adopted' ? e.relation === 'adopts' : e.relation !== 'adopts')));
  const through = i.via.slice(0, -1).map((e) => e.target);
  const first = i.via[0]!;
  return [
    `${what} in ${name(i.from)}`,
    scope,
    drop?.relativeTo && what === 'dropped' ? `relative to ${drop.relativeTo.display}` : '',
    first.scope?.length ? `for ${first.scope.join(', ')}` : '',
    through.length ? `via ${through.join(' → ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** How a status reads in a cell of a comparison with the release `other` (`first`: say it is the first of its family). */
function statusCell(s: TechniqueStatus, other: string, first = false): string {
  const parts: string[] = [];
  if (s.adopted.length)
    parts.push(['adopted', scopeOf(s.adopted), first && s.firstInFamily ? '(first in family)' : ''].filter(Boolean).join(' '));
  for (const e of s.notAdopted)
    parts.push(
      e.relation === 'drops'
        ? e.relativeTo?.id === other
          ? 'dropped'
          : `stated no (dropped relative to ${e.relativeTo?.display ?? '?'})`
        : ['stated no', scopeText(e.scope)].filter(Boolean).join(' '),
    );
  if (s.status === 'inherited')
    parts.push(s.inherited.map((i) => `inherited from ${i.from.display}${i.status === 'adopted' ? '' : ': no'}`).join('; '));
  if (s.status === 'not stated') parts.push('not stated');
  if (s.disputed.length) parts.push(`disputed: ${s.disputed.map((e) => relationLabel(e.relation, 'out')).join(', ')}`);
  return parts.join('; ');
}

/** The edges whose sources a row cites: the release's own statements, else the inherited ones, else the disputed ones. */
const citedEdges = (s: TechniqueStatus): EdgeInfo[] =>
  s.adopted.length || s.notAdopted.length
    ? [...s.adopted, ...s.notAdopted]
    : s.inherited.length
      ? s.inherited.flatMap((i) => i.statements)
      : s.disputed;

// Numbers ---------------------------------------------------------------------

/** `128K [7B, 72B] · 32K [0.5B, 1.5B]`, `not reported (paper-deepseek-r1)`, or `not stated`. */
function factText(f: NumberFact): string {
  const parts = f.values.map((v) => [v.text, scopeText(v.scope)].filter(Boolean).join(' '));
  for (const u of f.unreported) parts.push(['not reported', scopeText(u.scope), `(${u.sources.join(', ')})`].filter(Boolean).join(' '));
  if (!parts.length) return f.disputedOnly ? 'disputed only (see conflicting claims)' : 'not stated';
  return parts.join(' · ');
}

/** `+18T ×2`, `=`, `about the same`, `≈+90 ≈×4.1`. */
function pairText(p: NumberPair, type: NumberFact['type']): string {
  if (p.verdict === 'same') return '=';
  if (p.verdict === 'about the same') return 'about the same';
  const approx = p.approximate ? '≈' : '';
  const change = p.change === 0 ? '±0' : `${p.change! > 0 ? '+' : ''}${human(p.change!, type)}`;
  const rounded = p.ratio === null ? null : Number(p.ratio.toFixed(2));
  const ratio = rounded === null ? '' : ` ${approx || (rounded === 1 && p.change !== 0) ? '≈' : ''}×${rounded}`;
  return `${approx}${change}${ratio}`;
}

/** The change cell of an attribute: per pair of matching scopes; `different scopes` when both state values but none match. */
function changeText(n: NumberComparison): string {
  if (!n.pairs.length) return n.from.values.length && n.to.values.length ? 'different scopes' : '';
  return n.pairs.map((p) => [scopeText(p.scope), pairText(p, n.type)].filter(Boolean).join(' ')).join(' · ');
}

/** The numbers of two releases side by side; attributes neither states are left out. */
function numbersTable(from: VersionRef, to: VersionRef, numbers: readonly NumberComparison[]): string {
  const rows = [['', from.display, to.display, 'change']];
  for (const n of numbers) {
    if (
      !n.from.values.length &&
      !n.to.values.length &&
      !n.from.unreported.length &&
      !n.to.unreported.length &&
      !n.from.disputedOnly &&
      !n.to.disputedOnly
    )
      continue;
    rows.push([n.label, factText(n.from), factText(n.to), changeText(n)]);
  }
  return rows.length > 1 ? table(rows) : '  (neither states a number)';
}

// Architecture ----------------------------------------------------------------

/** One architecture value as a table cell: `151,646`, `32K`, `yes`, `not reported`. */
function fieldText(field: ArchitectureField, v: number | boolean | null | undefined): string {
  if (v === undefined) return '';
  if (v === null) return 'n/r';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return ARCHITECTURE_FIELDS[field].type === 'length' ? human(v, 'length') : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The architecture rows of a release: a column per field any row gives. */
function architectureTable(rows: readonly ArchitectureRecord[]): string {
  if (!rows.length) return '  (not stated)';
  const fields = ARCHITECTURE_FIELD_NAMES.filter((f) => rows.some((r) => f in r.values));
  const head = ['size', ...fields.map((f) => ARCHITECTURE_FIELDS[f].label.en), 'sources'];
  const body = rows.map((r) => [
    r.size,
    ...fields.map((f) => fieldText(f, r.values[f])),
    `[${r.sources.join(', ')}]${r.status === 'preferred' ? '' : ` (${r.status})`}`,
  ]);
  const legend = rows.some((r) => Object.values(r.values).includes(null)) ? '\n  n/r: not reported by the source' : '';
  return table([head, ...body]) + legend;
}

/** Architecture of the sizes both releases give, field by field. */
function architectureComparison(from: VersionRef, to: VersionRef, sizes: readonly ArchitectureComparison[]): string {
  if (!sizes.length) return '  (no size in common)';
  const rows = [['size', '', from.display, to.display, '']];
  for (const s of sizes)
    for (const [i, f] of s.fields.entries())
      rows.push([
        i === 0 ? s.size : '',
        ARCHITECTURE_FIELDS[f.field].label.en,
        fieldText(f.field, f.from),
        fieldText(f.field, f.to),
        f.same ? '=' : '',
      ]);
  return table(rows);
}

// Version ---------------------------------------------------------------------

/** Renders `version`. */
export function renderVersion(r: VersionReport): string {
  const v = r.version;
  const out = [`${name(v)}: ${about(v)}`];
  const facts: [string, string[]][] = [];
  for (const p of r.variantOf) facts.push(['variant of', [[dated(p), scopeText(p.edge.scope)].filter(Boolean).join(' ')]]);
  if (r.predecessor) facts.push(['succeeds', [dated(r.predecessor)]]);
  if (r.successors.length) facts.push(['succeeded by', r.successors.map(dated)]);
  for (const b of r.basedOn) facts.push(['based on', [[name(b), scopeText(b.edge.scope)].filter(Boolean).join(' ')]]);
  for (const b of r.modelledOn) facts.push(['modelled on', [[name(b), scopeText(b.edge.scope)].filter(Boolean).join(' ')]]);
  for (const d of r.distilledFrom) facts.push(['distilled from', [[dated(d), scopeText(d.edge.scope)].filter(Boolean).join(' ')]]);
  if (r.distilledInto.length) facts.push(['distilled into', r.distilledInto.map(name)]);
  if (r.subModels.length) facts.push(['sub-models', r.subModels.map((s) => `${name(s)} ${date(s)}`)]);
  if (r.describedIn.length) facts.push(['described in', r.describedIn.map((s) => s.id)]);
  const column = Math.max(0, ...facts.map(([label]) => label.length)) + 4;
  for (const [label, items] of facts) out.push(`  ${label.padEnd(column - 4)}  ${wrap(items, ' '.repeat(column))}`);

  const adopted = r.techniques.filter((t) => t.adopted.length);
  out.push('', 'adopted (* first of its family)');
  out.push(
    adopted.length
      ? table(compact(adopted.map((t) => [`${name(t)}${t.firstInFamily ? '*' : ''}`, scopeOf(t.adopted), cite(t.adopted)])))
      : '  (none stated)',
  );
  const inherited = r.techniques.filter((t) => t.status === 'inherited');
  out.push('', 'inherited (not stated on it; the nearest statement up the releases it comes from)');
  out.push(
    inherited.length
      ? table(inherited.flatMap((t) => t.inherited.map((i, n) => [n === 0 ? name(t) : '', origin(i), cite(i.statements)])))
      : '  (none)',
  );
  const no = r.techniques.flatMap((t) => t.notAdopted.filter((e) => e.relation === 'not_adopts').map((e) => [t, e] as const));
  out.push('', 'stated no');
  out.push(no.length ? table(compact(no.map(([t, e]) => [name(t), scopeText(e.scope), cite([e])]))) : '  (none)');
  const dropped = r.techniques.flatMap((t) => t.notAdopted.filter((e) => e.relation === 'drops').map((e) => [t, e] as const));
  out.push('', 'dropped');
  out.push(
    dropped.length
      ? table(
          compact(
            dropped.map(([t, e]) => [name(t), e.relativeTo ? `relative to ${name(e.relativeTo)}` : '', scopeText(e.scope), cite([e])]),
          ),
        )
      : '  (none)',
  );

  out.push('', r.predecessor ? `numbers (compared with ${name(r.predecessor)}, which it succeeds)` : 'numbers');
  if (r.numbersSince && r.predecessor) out.push(numbersTable(r.predecessor, v, r.numbersSince));
  else out.push(table(r.numbers.map((n) => [n.label, factText(n)])));

  out.push('', 'architecture (per size)', architectureTable(r.architecture));

  out.push('', 'motivations pursued (inferred from the techniques it adopts)');
  out.push(r.pursues.length ? table(r.pursues.map((p) => [name(p), `via ${p.via.map((t) => t.display).join(', ')}`])) : '  (none)');
  out.push('', 'conflicting claims');
  if (!r.conflicts.length && !r.disputed.length) out.push('  (none)');
  for (const c of r.conflicts) {
    out.push(`  ${c.label}`);
    if (!c.claims.length) {
      out.push('    rows for the same size disagree (see the architecture table)');
      continue;
    }
    out.push(
      table(
        c.claims.map((cl) => [
          [cl.text, scopeText(cl.scope)].filter(Boolean).join(' '),
          cl.status,
          cl.sources.length ? `[${cl.sources.join(', ')}]` : '',
          [cl.quote ? `"${cl.quote}"` : '', cl.note ? `— ${cl.note}` : ''].filter(Boolean).join(' '),
        ]),
        '    ',
      ),
    );
  }
  for (const e of r.disputed) out.push(`  ${relationLabel(e.relation, 'out')} ${e.target}  ${cite([e])}`);
  return `${out.join('\n')}\n`;
}

// Diff ------------------------------------------------------------------------

const SIGN = { added: '+', removed: '-', inherited: '^', other: '·', kept: '=' } as const;

/** Renders `diff`. */
export function renderDiff(d: VersionDiff): string {
  const side = (v: VersionRef) => `${name(v)} (${KINDS[v.kind].label.en.toLowerCase()}, ${date(v)}, ${v.family ?? 'no family'})`;
  const out = [`${side(d.from)} → ${side(d.to)}`, ''];
  const [a, b] = [d.from.display, d.to.display];
  out.push('techniques');
  const rows = d.techniques
    .filter((t) => t.change !== 'kept')
    .map((t) => {
      const sign = t.change === 'removed' && t.to.status === 'not stated' ? '?' : SIGN[t.change];
      const edges =
        t.change === 'removed' && t.to.status === 'not stated'
          ? citedEdges(t.from)
          : citedEdges(t.to).length
            ? citedEdges(t.to)
            : citedEdges(t.from);
      return [sign, name(t), statusCell(t.from, d.to.id), statusCell(t.to, d.from.id, t.change === 'added'), cite(edges)];
    });
  out.push(rows.length ? table([['', '', a, b, ''], ...rows]) : '  (no technique differs)');
  const legend: Record<string, string> = {
    '+': `${b} uses it, ${a} does not`,
    '-': `${a} uses it, ${b} states no or drops it`,
    '?': `${a} uses it, not stated for ${b} (silence is not a drop)`,
    '^': `${a} adopts it, ${b} inherits it without restating it`,
    '·': 'neither uses it, stated differently',
  };
  const signs = new Set(rows.map((r) => r[0]!));
  for (const k of Object.keys(legend)) if (signs.has(k)) out.push(`  ${k}: ${legend[k]}`);
  const kept = d.techniques.filter((t) => t.change === 'kept');
  if (kept.length) {
    const items = kept.map((t) => `${t.display}${t.from.status === 'inherited' || t.to.status === 'inherited' ? '^' : ''}`);
    out.push(`  = ${wrap([`${kept.length} used by both: ${items[0]}`, ...items.slice(1)], '    ')}`);
    if (items.some((i) => i.endsWith('^'))) out.push('    ^ inherited on one side or both');
  }
  out.push('', 'numbers (values of the same scope compared; qualified values as intervals)', numbersTable(d.from, d.to, d.numbers));
  out.push('', 'architecture (sizes both give)', architectureComparison(d.from, d.to, d.architecture));
  return `${out.join('\n')}\n`;
}

// Adopters ----------------------------------------------------------------------

/** Renders `adopters`. */
export function renderAdopters(a: Adopters): string {
  const n = a.adopters.length;
  const out = [`${name(a.technique)}: adopted by ${n} release${n === 1 ? '' : 's'} (stated), inherited by ${a.inherited.length} more`];
  const row = (v: VersionRef, ...rest: string[]) => [date(v), name(v), v.family ?? '—', ...rest];
  const firsts: string[][] = [];
  if (a.first) firsts.push(['first adopter', ...row(a.first, scopeText(a.first.edge.scope))]);
  for (const [i, f] of a.firstPerFamily.entries()) firsts.push([i === 0 ? 'first per family' : '', ...row(f, scopeText(f.edge.scope))]);
  if (firsts.length) out.push(table(firsts));
  out.push('', 'adopted (stated), in release order');
  out.push(
    n
      ? table([
          ['released', 'release', 'family', 'first', 'scope', 'sources'],
          ...a.adopters.map((v) => row(v, v.first ? 'first' : '', scopeText(v.edge.scope), cite([v.edge]))),
        ])
      : '  (none)',
  );
  if (n) out.push('', 'first: the first release of its family to adopt it (stated; disputed statements do not count)');
  out.push('', 'inherited (not stated on the release; adopted by a release it comes from)');
  out.push(
    a.inherited.length
      ? table(a.inherited.flatMap((v) => v.inherited.map((i, k) => (k === 0 ? row(v, origin(i)) : ['', '', '', origin(i)]))))
      : '  (none)',
  );
  out.push('', 'stated no');
  out.push(a.notAdopted.length ? table(compact(a.notAdopted.map((v) => row(v, scopeText(v.edge.scope), cite([v.edge]))))) : '  (none)');
  out.push('', 'dropped');
  out.push(
    a.droppedBy.length
      ? table(
          compact(
            a.droppedBy.map((v) =>
              row(v, v.edge.relativeTo ? `relative to ${name(v.edge.relativeTo)}` : '', scopeText(v.edge.scope), cite([v.edge])),
            ),
          ),
        )
      : '  (none)',
  );
  if (a.disputed.length)
    out.push(
      '',
      'disputed statements (not counted)',
      table(a.disputed.map((v) => row(v, relationLabel(v.edge.relation, 'out'), cite([v.edge])))),
    );
  return `${out.join('\n')}\n`;
}
