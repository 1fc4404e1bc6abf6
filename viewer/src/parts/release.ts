/**
 * The details panel's format-v2 sections, answered by the library's faces
 * (src/query, src/vocabulary), never by a second copy of their rules:
 * a release's techniques by status (adopted, inherited and from where, stated
 * not adopted or dropped, disputed only), its architecture per size (a field
 * the source says it does not report reads "not reported"; one it does not
 * give stays blank), and a technique's status for every release (silence is
 * "not stated", never "not adopted"). A graph from elsewhere, where the
 * library's questions have no answer (it throws), gets none of these sections.
 */
import {
  type EdgeInfo,
  type QueryGraph,
  releasesInOrder,
  statusReader,
  type TechniqueStatus,
  techniqueStatus,
} from '../../../src/query/index.js';
import { ARCHITECTURE_FIELD_NAMES, ARCHITECTURE_FIELDS } from '../../../src/vocabulary/index.js';
import { h } from '../dom.js';
import { t, type UiKey } from '../i18n.js';
import { labelOf } from '../model/normalise.js';
import { cites, format, isArchitectureRows, scopeText, type ValueContext } from './values.js';

/** What a section needs from the panel: the graph, the language, selecting a node and drawing a node's chip. */
export interface SectionContext extends ValueContext {
  chip(id: string, extra?: { title?: string; suffix?: string }): HTMLElement;
}

/** The groups a status falls in, in the order shown. */
type Group = 'adopted' | 'inherited' | 'notAdopted' | 'disputed' | 'notStated';
const GROUPS: readonly Group[] = ['adopted', 'inherited', 'notAdopted', 'disputed', 'notStated'];
const GROUP_LABEL: Record<Group, UiKey> = {
  adopted: 'stAdopted',
  inherited: 'stInherited',
  notAdopted: 'stNotAdopted',
  disputed: 'stDisputed',
  notStated: 'stNotStated',
};

/** The library's answer, or null when it cannot answer for this graph (a graph from elsewhere). */
function attempt<T>(question: () => T): T | null {
  try {
    return question();
  } catch {
    return null;
  }
}

const nameOf = (ctx: SectionContext, id: string) => (ctx.graph.hasNode(id) ? labelOf(ctx.graph.getNodeAttributes(id), ctx.lang) : id);

/** The sources of some statements, as one hover text. */
function sourcesTitle(ctx: SectionContext, edges: readonly EdgeInfo[]): string {
  const ids = [...new Set(edges.flatMap((e) => e.sources))];
  return ids.length ? `${t(ctx.lang, 'sources')}: ${ids.map((s) => nameOf(ctx, s)).join('; ')}` : '';
}

/** Where a status falls, and what its chip says after the name (scope, where from, relative to what). */
function placeStatus(ctx: SectionContext, s: TechniqueStatus): { group: Group; suffix: string; title: string } {
  const scopes = (edges: readonly EdgeInfo[]) => (edges.every((e) => e.scope?.length) ? edges.flatMap((e) => e.scope ?? []) : []);
  switch (s.status) {
    case 'adopted':
      return {
        group: 'adopted',
        suffix: scopeText(ctx.graph, scopes(s.adopted), ctx.lang).replace(/^ — /, ''),
        title: sourcesTitle(ctx, s.adopted),
      };
    case 'not adopted': {
      const drop = s.notAdopted.find((e) => e.relation === 'drops');
      const suffix = drop
        ? `${t(ctx.lang, 'dropped')}${drop.relativeTo ? ` ${t(ctx.lang, 'relativeTo')} ${nameOf(ctx, drop.relativeTo.id)}` : ''}`
        : scopeText(ctx.graph, scopes(s.notAdopted), ctx.lang).replace(/^ — /, '');
      return { group: 'notAdopted', suffix, title: sourcesTitle(ctx, s.notAdopted) };
    }
    case 'inherited': {
      const from = s.inherited.map((i) => `${i.status === 'adopted' ? '' : `${t(ctx.lang, 'stNo')} `}← ${nameOf(ctx, i.from.id)}`);
      return {
        group: 'inherited',
        suffix: [...new Set(from)].join(', '),
        title: sourcesTitle(
          ctx,
          s.inherited.flatMap((i) => i.statements),
        ),
      };
    }
    default: {
      // Not stated, and nothing inherited because the release adopts a technique that replaces this one.
      const instead = [...new Set(s.excludedBy.map((e) => nameOf(ctx, e.source === s.id ? e.target : e.source)))];
      const suffix = instead.length ? `${t(ctx.lang, 'adoptsInstead')} ${instead.join(', ')}` : '';
      return s.disputed.length
        ? { group: 'disputed', suffix, title: sourcesTitle(ctx, s.disputed) }
        : { group: 'notStated', suffix, title: sourcesTitle(ctx, s.excludedBy) };
    }
  }
}

/** Grouped chips, each group with its name and count; empty groups left out. */
function grouped(ctx: SectionContext, items: { id: string; group: Group; suffix: string; title: string }[], kind: string): HTMLElement {
  return h(
    'div',
    { class: 'statuses', attrs: { 'data-section': kind } },
    ...GROUPS.map((g) => {
      const members = items.filter((i) => i.group === g);
      if (!members.length) return null;
      const name = t(ctx.lang, GROUP_LABEL[g]);
      return h(
        'div',
        { class: `group status-${g}`, role: 'group', attrs: { 'aria-label': name, 'data-status': g } },
        h('div', { class: 'group-head' }, name, h('span', { class: 'n' }, String(members.length))),
        h(
          'div',
          { class: 'chips' },
          ...members.map((m) => ctx.chip(m.id, { ...(m.suffix ? { suffix: m.suffix } : {}), ...(m.title ? { title: m.title } : {}) })),
        ),
      );
    }),
  );
}

/** A release's techniques by status (`techniqueStatus`): what it states, inherits, says no to; disputed apart. */
export function releaseTechniques(ctx: SectionContext, release: string): HTMLElement | null {
  const list = attempt(() => techniqueStatus(ctx.graph as unknown as QueryGraph, release));
  if (!list?.length) return null;
  return grouped(
    ctx,
    list.map((s) => ({ id: s.id, ...placeStatus(ctx, s) })),
    'techniques',
  );
}

/**
 * A technique's status for every release (`statusReader`), in release order:
 * every version appears (those that state nothing under "not stated"); a
 * sub-model only when something is known about it.
 */
export function techniqueReleases(ctx: SectionContext, technique: string): HTMLElement | null {
  const rows = attempt(() => {
    const graph = ctx.graph as unknown as QueryGraph;
    const read = statusReader(graph);
    return releasesInOrder(graph).map((r) => ({ id: r, ...placeStatus(ctx, read(r, technique)) }));
  });
  const shown = rows?.filter((r) => r.group !== 'notStated' || ctx.graph.getNodeAttribute(r.id, 'kind') === 'version');
  if (!shown?.length || shown.every((r) => r.group === 'notStated')) return null;
  return grouped(ctx, shown, 'releases');
}

/** A cell of the architecture table. */
function cell(ctx: SectionContext, values: Record<string, unknown>, field: string): HTMLElement {
  if (!Object.hasOwn(values, field)) return h('td', { class: 'blank' });
  const v = values[field];
  if (v === null) return h('td', { class: 'unreported', title: t(ctx.lang, 'notReported') }, t(ctx.lang, 'notReportedShort'));
  if (typeof v === 'boolean') return h('td', {}, t(ctx.lang, v ? 'yes' : 'no'));
  return h('td', {}, format(v));
}

/**
 * The architecture per size as a table (sizes across, fields down, only the
 * fields some size gives), a disputed row's size struck through, and the
 * rows' sources and notes below it. Null when `rows` is not a list of rows.
 */
export function architectureTable(ctx: SectionContext, rows: unknown): HTMLElement | null {
  if (!isArchitectureRows(rows) || !rows.length) return null;
  const fields = ARCHITECTURE_FIELD_NAMES.filter((f) => rows.some((r) => Object.hasOwn(r.values, f)));
  const notes = rows.filter((r) => typeof r.note === 'string' && r.note);
  return h(
    'div',
    { class: 'arch', attrs: { 'data-section': 'architecture' } },
    h(
      'div',
      { class: 'arch-scroll' },
      h(
        'table',
        { class: 'arch-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', {}, t(ctx.lang, 'size')),
            ...rows.map((r) =>
              h(
                'th',
                {
                  class: r.status === 'disputed' ? 'disputed' : '',
                  ...(r.status === 'disputed' ? { title: t(ctx.lang, 'disputed') } : {}),
                },
                r.size,
              ),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...fields.map((f) =>
            h(
              'tr',
              { attrs: { 'data-field': f } },
              h('th', {}, ARCHITECTURE_FIELDS[f].label[ctx.lang]),
              ...rows.map((r) => cell(ctx, r.values, f)),
            ),
          ),
        ),
      ),
    ),
    h('div', { class: 'claim-meta' }, cites(ctx, [...new Set(rows.flatMap((r) => r.sources))])),
    ...notes.map((r) => h('div', { class: 'claim-meta' }, `${r.size}: ${r.note}`)),
  );
}
