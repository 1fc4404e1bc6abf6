/**
 * Text rendering of query answers for a terminal: trees drawn with ├─ └─,
 * aligned columns, no colour, every name by its display name. Pure: every
 * function returns the text. Releases (version, diff, adopters) are in
 * render-release.ts.
 */
import type {
  EdgeInfo,
  Lineage,
  LineageNode,
  MotivationReport,
  NodeRef,
  NumberFact,
  Paths,
  Selection,
  Timeline,
  VersionRef,
} from '../query/index.js';
import { KINDS, relationLabel } from '../vocabulary/index.js';

/**
 * The display name, followed by the id when it differs from the label by more
 * than case: `Qwen2`, `Dual Chunk Attention (dca)`, `DeepSeek-R1 (version)`,
 * `AWQ (technique)`, `Position Interpolation (technique, position-interpolation)`.
 */
export function name(n: NodeRef): string {
  const display = n.display ?? n.label;
  if (n.label.toLowerCase() === n.id.toLowerCase()) return display;
  if (display === n.label) return `${n.label} (${n.id})`;
  const what = display.startsWith(`${n.label} (`) && display.endsWith(')') ? display.slice(n.label.length + 2, -1) : '';
  return what ? `${n.label} (${what}, ${n.id})` : `${display} (${n.id})`;
}

/** `[7B, 72B]` for a scope, or '' for the whole release. */
export function scopeText(scope: readonly string[] | null | undefined): string {
  return scope?.length ? `[${scope.join(', ')}]` : '';
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

/** Rows as aligned lines, columns two spaces apart, every column padded to its width (the last one too). */
export function padded(rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) for (const [i, c] of r.entries()) widths[i] = Math.max(widths[i] ?? 0, width(c));
  return rows.map((r) => indent + r.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  '));
}

/** Aligned columns, two spaces apart, trailing spaces trimmed. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string {
  return padded(rows, indent)
    .map((l) => l.trimEnd())
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
export function human(n: number, type: NumberFact['type']): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  for (const [suffix, unit] of UNITS[type]) {
    const q = a / unit;
    if (a >= unit && Math.abs(Math.round(q * 100) - q * 100) < 1e-6) return `${sign}${Number(q.toFixed(2))}${suffix}`;
  }
  return sign + String(Math.round(a)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// Lineage -------------------------------------------------------------------

/** Levels of a tree drawn in full; a deeper line shows `…` and the last levels only, so deep chains print in linear size. */
export const TREE_INDENT_LEVELS = 40;

/** A lineage tree, drawn line by line with an explicit stack (a chain thousands deep must not exhaust the call stack). */
function tree(root: LineageNode): string {
  const lines = [`${name(root)}${root.children.length ? '' : '  (none)'}`];
  const keep = 3 * TREE_INDENT_LEVELS;
  const stack: { n: LineageNode; prefix: string; i: number }[] = [{ n: root, prefix: '', i: 0 }];
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    if (f.i === f.n.children.length) {
      stack.pop();
      continue;
    }
    const c = f.n.children[f.i]!;
    const last = ++f.i === f.n.children.length;
    const deep = c.depth > TREE_INDENT_LEVELS;
    const marks = [c.cycle ? '(cycle)' : '', c.repeat ? '(repeated)' : '', c.truncated ? '(…)' : '', deep ? `(depth ${c.depth})` : '']
      .filter(Boolean)
      .join(' ');
    const reading = [...new Set(c.via.map((e) => e.reading))].join(' + ');
    lines.push(
      `${deep ? '… ' : ''}${f.prefix}${last ? '└─ ' : '├─ '}${reading} ${name(c)}${marks ? ` ${marks}` : ''}  ${cite(c.via)}`.trimEnd(),
    );
    // Each level adds three columns; beyond TREE_INDENT_LEVELS only the last ones are kept.
    const prefix = f.prefix + (last ? '   ' : '│  ');
    stack.push({ n: c, prefix: prefix.length > keep ? prefix.slice(-keep) : prefix, i: 0 });
  }
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
  out.push('', 'companions (used with it, or an alternative to it)');
  if (!l.companions.length) out.push('  (none)');
  else
    out.push(
      table(
        l.companions.map((c) => {
          const readings = [...new Set(c.edges.map((e) => e.relation))].map((relation) => {
            const edges = c.edges.filter((e) => e.relation === relation);
            const out = edges.some((e) => e.source === l.node.id);
            const into = edges.some((e) => e.target === l.node.id);
            if (out && into) return `${relationLabel(relation, 'out')} (both ways)`;
            return relationLabel(relation, out ? 'out' : 'in');
          });
          return [readings.join(' + '), name(c), cite(c.edges)];
        }),
      ),
    );
  return `${out.join('\n')}\n`;
}

/** A release's date as written, or — when it has none. */
export const date = (v: VersionRef) => v.released ?? '—';

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
    out.push('', `${i + 1}. ${path.nodes.map((x) => x.display).join(' → ')}  (${path.length} hop${path.length === 1 ? '' : 's'})`);
    const rows: string[][] = [];
    for (const h of path.hops)
      for (const e of h.edges) {
        const rel = relationLabel(e.relation, 'out').replace(/ /g, '_');
        rows.push([h.from.id, e.forward ? `─${rel}→` : `←${rel}─`, h.to.id, [scopeText(e.scope), cite([e])].filter(Boolean).join(' ')]);
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
  out.push('', 'used by (* first of its family to adopt; ^ inherited, not stated on the release)');
  if (!m.versions.length) out.push('  (no version)');
  padded(m.versions.map((v) => [date(v), name(v), v.family ?? '—'])).forEach((line, i) => {
    const v = m.versions[i]!;
    const intro = new Set(v.introduces.map((t) => t.id));
    const items = v.uses.map((t) => `${t.display}${intro.has(t.id) ? '*' : ''}${t.inherited ? '^' : ''}`);
    out.push(`${line}  ${items.length ? wrap(items, ' '.repeat(width(line) + 2)) : '—'}`);
  });
  return `${out.join('\n')}\n`;
}

/** Renders `timeline`. */
export function renderTimeline(t: Timeline): string {
  const out = [t.family ? `timeline of ${name(t.family)}` : 'timeline'];
  if (!t.versions.length) out.push('', '  (no version)');
  for (const v of t.versions) {
    const about = [v.family, v.kind === 'version' ? '' : KINDS[v.kind].label.en.toLowerCase()].filter(Boolean).join(', ');
    out.push('', `  ${date(v).padEnd(10)}  ${name(v)}${about ? `  (${about})` : ''}`);
    const rows: [string, string[]][] = [['introduces', v.introduces.map((x) => x.display)]];
    if (v.drops.length)
      rows.push(['drops', v.drops.map((x) => `${x.display}${x.edge.relativeTo ? ` (relative to ${x.edge.relativeTo.display})` : ''}`)]);
    for (const [label, items] of rows) out.push(`    ${label.padEnd(10)}  ${items.length ? wrap(items, ' '.repeat(16)) : '—'}`);
  }
  return `${out.join('\n')}\n`;
}

/** Renders `select`: ids, one per line. */
export function renderSelection(s: Selection): string {
  return s.nodes.map((n) => `${n.id}\n`).join('');
}
