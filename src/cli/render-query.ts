/**
 * Text rendering of query answers for a terminal: trees drawn with ├─ └─,
 * aligned columns, no colour. Pure: every function returns the text.
 */
import type {
  Adopters,
  EdgeInfo,
  Lineage,
  LineageNode,
  MotivationReport,
  NodeRef,
  NumberChange,
  Paths,
  Selection,
  Timeline,
  VersionDiff,
  VersionRef,
  VersionReport,
} from '../query/index.js';
import { relationLabel } from '../vocabulary/index.js';

/** `Label (id)`, or just the label when it only differs from the id in case. */
export function name(n: NodeRef): string {
  return n.label.toLowerCase() === n.id.toLowerCase() ? n.label : `${n.label} (${n.id})`;
}

/** `[src1, src2]`, `[inferred]`, plus `disputed` / `alternative` marks. */
export function cite(edges: readonly EdgeInfo[]): string {
  const sources = [...new Set(edges.flatMap((e) => e.sources))];
  const parts: string[] = [];
  if (sources.length) parts.push(`[${sources.join(', ')}]`);
  else if (edges.length && edges.every((e) => e.inferred)) parts.push('[inferred]');
  if (edges.some((e) => e.status === 'disputed')) parts.push('(disputed)');
  else if (edges.some((e) => e.status === 'alternative')) parts.push('(alternative)');
  const notes = [...new Set(edges.map((e) => e.note).filter((n): n is string => !!n))];
  if (notes.length) parts.push(`— ${notes.length === 1 ? notes[0] : notes.map((n) => n.replace(/[.;]\s*$/, '')).join('; ')}`);
  return parts.join(' ');
}

/** Columns a string takes in a terminal: East Asian wide characters count 2. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

/** Aligned columns, two spaces apart, trailing spaces trimmed. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths: number[] = [];
  for (const r of rows) for (const [i, c] of r.entries()) widths[i] = Math.max(widths[i] ?? 0, width(c));
  return rows
    .map((r) => (indent + r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - width(c)))).join('  ')).trimEnd())
    .join('\n');
}

/** Items joined by ", ", wrapped at `max` columns; continuation lines start with `indent`. */
export function wrap(items: readonly string[], indent: string, max = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const [i, item] of items.entries()) {
    const piece = item + (i < items.length - 1 ? ',' : '');
    if (line && width(`${indent + line} ${piece}`) > max) {
      lines.push(line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

const UNITS = {
  count: [
    ['T', 1e12],
    ['B', 1e9],
    ['M', 1e6],
    ['K', 1e3],
  ],
  params: [
    ['T', 1e12],
    ['B', 1e9],
    ['M', 1e6],
    ['K', 1e3],
  ],
  length: [
    ['M', 1024 * 1024],
    ['K', 1024],
  ],
} as const;

/** A number as people write it: `36T`, `128K` (length, K = 1024), `72B`, or `151,646`. */
export function human(n: number, type: NumberChange['type']): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  for (const [suffix, unit] of UNITS[type]) {
    const q = a / unit;
    if (a >= unit && Math.abs(Math.round(q * 100) - q * 100) < 1e-6) return `${sign}${Number(q.toFixed(2))}${suffix}`;
  }
  return sign + String(Math.round(a)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// Lineage -------------------------------------------------------------------

function tree(root: LineageNode): string {
  const lines = [`${name(root)}${root.children.length ? '' : '  (none)'}`];
  const walk = (n: LineageNode, prefix: string) => {
    n.children.forEach((c, i) => {
      const last = i === n.children.length - 1;
      const marks = [c.cycle ? '(cycle)' : '', c.repeat ? '(repeated)' : '', c.truncated ? '(…)' : ''].filter(Boolean).join(' ');
      const reading = [...new Set(c.via.map((e) => e.reading))].join(' + ');
      lines.push(`${prefix}${last ? '└─ ' : '├─ '}${reading} ${name(c)}${marks ? ` ${marks}` : ''}  ${cite(c.via)}`.trimEnd());
      walk(c, prefix + (last ? '   ' : '│  '));
    });
  };
  walk(root, '');
  return lines.join('\n');
}

/** Renders `lineage`. */
export function renderLineage(l: Lineage): string {
  const out: string[] = [`lineage of ${name(l.node)}`];
  if (l.up) {
    out.push('', 'ancestors (what it comes from)', tree(l.up));
    if (l.roots.length && !(l.roots.length === 1 && l.roots[0]!.id === l.node.id)) out.push(`roots: ${l.roots.map(name).join(', ')}`);
  }
  if (l.down) out.push('', 'descendants (what comes from it)', tree(l.down));
  out.push('', 'companions (complements)');
  if (!l.companions.length) out.push('  (none)');
  else
    out.push(
      table(
        l.companions.map((c) => {
          const out = c.edges.some((e) => e.source === l.node.id);
          const into = c.edges.some((e) => e.target === l.node.id);
          return [out && into ? 'complements (both ways)' : relationLabel('complements', out ? 'out' : 'in'), name(c), cite(c.edges)];
        }),
      ),
    );
  return `${out.join('\n')}\n`;
}

// Adopters ------------------------------------------------------------------

const date = (v: VersionRef) => v.released ?? '—';

/** Renders `adopters`. */
export function renderAdopters(a: Adopters): string {
  const out = [`${name(a.technique)}: adopted by ${a.adopters.length} version${a.adopters.length === 1 ? '' : 's'}`];
  if (a.adopters.length) {
    const rows = [['released', 'version', 'family', 'first', 'sources']];
    for (const v of a.adopters)
      rows.push([date(v), name(v), v.family ?? '—', v.disputed ? 'disputed' : v.first ? 'first' : '', cite([v.edge])]);
    out.push('', table(rows));
    out.push('', 'first: the first version of its family to adopt it; disputed adoptions do not count');
  }
  if (a.droppedBy.length) out.push('', 'dropped by', table(a.droppedBy.map((v) => [date(v), name(v), v.family ?? '—', cite([v.edge])])));
  return `${out.join('\n')}\n`;
}

// Version and diff ----------------------------------------------------------

function numbers(d: VersionDiff): string {
  const rows = [['', d.from.label, d.to.label, 'change', 'ratio']];
  for (const n of d.numbers) {
    if (n.from === null && n.to === null) continue;
    const change = n.change === null ? '' : n.change === 0 ? '=' : `${n.change > 0 ? '+' : ''}${human(n.change, n.type)}`;
    rows.push([
      n.label,
      n.fromText ?? '—',
      n.toText ?? '—',
      change,
      n.ratio === null ? '' : `${n.change !== 0 && Number(n.ratio.toFixed(2)) === 1 ? '≈' : ''}×${Number(n.ratio.toFixed(2))}`,
    ]);
  }
  return rows.length > 1 ? table(rows) : '  (no numbers stated)';
}

function changes(d: VersionDiff): string {
  const rows: string[][] = [];
  for (const t of d.added) rows.push(['+', name(t), t.firstInFamily ? 'first in family' : '', cite(t.adoption ? [t.adoption] : [])]);
  for (const t of d.removed)
    rows.push(['-', name(t), t.drop ? 'dropped' : 'not adopted', cite(t.drop ? [t.drop] : t.adoption ? [t.adoption] : [])]);
  const out = [rows.length ? table(rows) : '  (same techniques)'];
  if (d.kept.length)
    out.push(`  = ${wrap([`${d.kept.length} kept: ${d.kept[0]!.label}`, ...d.kept.slice(1).map((t) => t.label)], '    ')}`);
  return out.join('\n');
}

/** Renders `diff`. */
export function renderDiff(d: VersionDiff): string {
  const head = `${name(d.from)} (${date(d.from)}, ${d.from.family ?? 'no family'}) → ${name(d.to)} (${date(d.to)}, ${d.to.family ?? 'no family'})`;
  return `${[head, '', 'techniques', changes(d), '', 'numbers', numbers(d)].join('\n')}\n`;
}

/** Renders `version`. */
export function renderVersion(r: VersionReport): string {
  const v = r.version;
  const out = [`${name(v)}: ${v.family ? `family ${v.family}, ` : ''}released ${date(v)}`];
  const facts: string[][] = [];
  facts.push(['succeeds', r.predecessor ? `${name(r.predecessor)}, released ${date(r.predecessor)}` : '— (first of its line)']);
  if (r.successors.length) facts.push(['succeeded by', r.successors.map((s) => `${name(s)}, released ${date(s)}`).join('; ')]);
  if (r.basedOn.length) facts.push(['based on', r.basedOn.map(name).join(', ')]);
  if (r.describedIn.length) facts.push(['described in', r.describedIn.map((s) => s.id).join(', ')]);
  out.push(table(facts));
  if (r.changes) {
    out.push(
      '',
      `techniques since ${r.changes.from.label}`,
      changes(r.changes),
      '',
      `numbers since ${r.changes.from.label}`,
      numbers(r.changes),
    );
  } else {
    out.push('', 'techniques (first of its line)');
    out.push(
      r.adopts.length
        ? table(r.adopts.map((t) => ['+', name(t), r.introduces.some((i) => i.id === t.id) ? 'first in family' : '', cite([t.edge])]))
        : '  (none)',
    );
  }
  out.push('', 'motivations pursued (inferred from the techniques it adopts)');
  out.push(r.pursues.length ? table(r.pursues.map((p) => [name(p), `via ${p.via.map((t) => t.label).join(', ')}`])) : '  (none)');
  out.push('', 'conflicting claims');
  if (!r.conflicts.length && !r.disputed.length) out.push('  (none)');
  for (const c of r.conflicts) {
    out.push(`  ${c.label}`);
    out.push(
      table(
        c.claims.map((cl) => [
          cl.text,
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

// Paths ---------------------------------------------------------------------

/** ` through version nodes only`, for a path restricted to some kinds. */
const throughText = (through: Paths['through']) =>
  !through ? '' : through.length ? ` through ${through.join(' or ')} nodes only` : ' with no node in between';

/** Renders `paths`. */
export function renderPaths(p: Paths, inferred: boolean): string {
  const n = p.paths.length;
  const out = [
    `${n === 0 ? 'no path' : n === 1 ? '1 shortest path' : `${n} shortest paths`} from ${name(p.from)} to ${name(p.to)}${throughText(p.through)}${inferred ? '' : ' (inferred edges left out; --inferred walks them)'}`,
  ];
  if (p.more) out.push(`more paths of ${p.paths[n - 1]!.length} hops exist; ask for them with --k`);
  p.paths.forEach((path, i) => {
    out.push('', `${i + 1}. ${path.nodes.map((x) => x.label).join(' → ')}  (${path.length} hop${path.length === 1 ? '' : 's'})`);
    const rows: string[][] = [];
    for (const h of path.hops)
      for (const e of h.edges) {
        const rel = relationLabel(e.relation, 'out').replace(/ /g, '_');
        rows.push([h.from.id, e.forward ? `─${rel}→` : `←${rel}─`, h.to.id, cite([e])]);
      }
    out.push(table(rows, '   '));
  });
  return `${out.join('\n')}\n`;
}

// Motivation and timeline ---------------------------------------------------

/** Renders `motivation`. */
export function renderMotivation(m: MotivationReport): string {
  const out = [`${name(m.motivation)}`];
  if (m.narrower.length) out.push(`narrower motivations: ${m.narrower.map(name).join(', ')}`);
  out.push('', 'served by');
  out.push(
    m.techniques.length
      ? table(m.techniques.map((t) => [name(t), `serves ${t.edges.map((e) => e.target).join(', ')}`, cite(t.edges)]))
      : '  (no technique)',
  );
  out.push('', 'used by (* first of its family to adopt)');
  if (!m.versions.length) out.push('  (no version)');
  const head = table(m.versions.map((v) => [date(v), name(v), v.family ?? '—', '']));
  head.split('\n').forEach((line, i) => {
    const v = m.versions[i]!;
    const intro = new Set(v.introduces.map((t) => t.id));
    const items = v.uses.map((t) => `${t.label}${intro.has(t.id) ? '*' : ''}`);
    out.push(`${line}  ${items.length ? wrap(items, ' '.repeat(width(line) + 2)) : '—'}`);
  });
  return `${out.join('\n')}\n`;
}

/** Renders `timeline`. */
export function renderTimeline(t: Timeline): string {
  const out = [t.family ? `timeline of ${name(t.family)}` : 'timeline'];
  if (!t.versions.length) out.push('', '  (no version)');
  for (const v of t.versions) {
    out.push('', `  ${date(v)}  ${name(v)}${v.family ? `  (${v.family})` : ''}`);
    const rows: [string, string[]][] = [['introduces', v.introduces.map((x) => x.label)]];
    if (v.drops.length) rows.push(['drops', v.drops.map((x) => x.label)]);
    for (const [label, items] of rows) out.push(`    ${label.padEnd(10)}  ${items.length ? wrap(items, ' '.repeat(16)) : '—'}`);
  }
  return `${out.join('\n')}\n`;
}

/** Renders `select`: ids, one per line. */
export function renderSelection(s: Selection): string {
  return s.nodes.map((n) => `${n.id}\n`).join('');
}
