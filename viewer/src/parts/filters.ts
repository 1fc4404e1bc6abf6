/**
 * The filters and legend (left side): kinds (hovering one lights its nodes),
 * families (their colour: a family's releases are drawn in it), motivations,
 * and the inferred relations, each with visible/total counts. The release
 * kinds' swatch shows the family colours in use.
 */

import { isRelease } from '../../../src/vocabulary/index.js';
import type { Ctx } from '../context.js';
import { $, h, replace } from '../dom.js';
import { kindLabel, t, type UiKey } from '../i18n.js';
import { counts, type FacetValue } from '../model/facets.js';
import { labelOf } from '../model/normalise.js';
import { SETTINGS } from '../settings.js';
import type { Key } from '../store.js';
import { releaseSwatch, swatch } from './details.js';

type FacetKey = 'hideKinds' | 'hideFamilies' | 'hideMotivations';
const REDRAW: ReadonlySet<Key> = new Set(['generation', 'lang', 'hideKinds', 'hideFamilies', 'hideMotivations', 'inferred']);
const RECOUNT: ReadonlySet<Key> = new Set(['t', 'layout', 'tree']);

export class FiltersPart {
  private readonly el = $('#filters');

  constructor(private ctx: Ctx) {
    ctx.store.subscribe((_s, changed) => {
      if ([...changed].some((k) => REDRAW.has(k))) this.render();
      else if ([...changed].some((k) => RECOUNT.has(k))) this.updateCounts();
      if (changed.has('legendHot')) this.markHot();
    });
  }

  private render(): void {
    const session = this.ctx.session();
    if (!session) {
      replace(this.el);
      return;
    }
    const s = this.ctx.store.get();
    const lang = s.lang;
    const f = session.facets;
    const familyColours = f.families.map((v) => v.color);
    const section = (title: UiKey, values: FacetValue[], key: FacetKey, legend: boolean) => {
      if (!values.length) return null;
      const hidden = s[key];
      return h(
        'section',
        { class: 'facet', attrs: { 'aria-label': t(lang, title), 'data-facet': key } },
        h(
          'h2',
          {},
          h('span', {}, t(lang, title)),
          hidden.length
            ? h(
                'button',
                { type: 'button', on: { click: () => this.ctx.store.set({ [key]: [] }) } },
                lang === 'zh' ? '全部显示' : 'Show all',
              )
            : null,
        ),
        h(
          'ul',
          { class: values.length > 10 ? 'scroll' : '' },
          ...values.map((v) => {
            const name = key === 'hideKinds' ? kindLabel(v.key, lang) : labelOf(v, lang);
            const on = !hidden.includes(v.key);
            const input = h('input', { type: 'checkbox', attrs: { 'data-key': v.key } });
            input.checked = on;
            input.addEventListener('change', () => {
              const set = new Set(this.ctx.store.get()[key]);
              if (input.checked) set.delete(v.key);
              else set.add(v.key);
              this.ctx.store.set({ [key]: [...set].sort() });
            });
            const release = key === 'hideKinds' && isRelease(v.key) && familyColours.length > 0;
            const label = h(
              'label',
              { class: on ? '' : 'off', attrs: { 'data-key': v.key } },
              input,
              release ? releaseSwatch(familyColours) : swatch(v.color),
              h('span', { class: 'name' }, name),
              h('span', { class: 'count', attrs: { 'data-count': v.key } }),
            );
            if (legend) {
              label.addEventListener('mouseenter', () => this.ctx.store.set({ legendHot: v.key }));
              label.addEventListener('mouseleave', () => this.ctx.store.set({ legendHot: null }));
            }
            return h('li', {}, label);
          }),
        ),
      );
    };
    const inferredCount = session.graph.filterEdges((_e, a) => a.inferred === true).length;
    const inferred = h('input', { type: 'checkbox' });
    inferred.checked = s.inferred;
    inferred.addEventListener('change', () => this.ctx.store.set({ inferred: inferred.checked }));
    replace(
      this.el,
      section('kinds', f.kinds, 'hideKinds', true),
      section('families', f.families, 'hideFamilies', false),
      section('motivations', f.motivations, 'hideMotivations', false),
      inferredCount
        ? h(
            'section',
            { class: 'facet', attrs: { 'aria-label': t(lang, 'edges') } },
            h('h2', {}, h('span', {}, t(lang, 'edges'))),
            h(
              'ul',
              {},
              h(
                'li',
                {},
                h(
                  'label',
                  {},
                  inferred,
                  h('span', { class: 'swatch', style: { background: SETTINGS.colors.edgeInferred } }),
                  h('span', { class: 'name' }, t(lang, 'inferred')),
                  h('span', { class: 'count', attrs: { 'data-count': '__inferred' } }),
                ),
              ),
            ),
          )
        : null,
    );
    this.updateCounts();
    this.markHot();
  }

  private updateCounts(): void {
    const session = this.ctx.session();
    if (!session) return;
    const vis = this.ctx.derived().vis;
    const f = session.facets;
    for (const el of this.el.querySelectorAll<HTMLElement>('[data-count]')) {
      const key = el.dataset.count!;
      if (key === '__inferred') {
        const all = session.graph.filterEdges((_e, a) => a.inferred === true);
        el.textContent = `${all.filter((e) => vis.edges.has(e)).length}/${all.length}`;
        continue;
      }
      const facet = el.closest<HTMLElement>('[data-facet]')?.dataset.facet;
      const values = facet === 'hideKinds' ? f.kinds : facet === 'hideFamilies' ? f.families : f.motivations;
      const v = values.find((x) => x.key === key);
      const n = v && counts([v], vis.nodes).get(key);
      if (n) el.textContent = `${n.visible}/${n.total}`;
    }
  }

  private markHot(): void {
    const hot = this.ctx.store.get().legendHot;
    for (const l of this.el.querySelectorAll<HTMLElement>('[data-facet=hideKinds] label'))
      l.classList.toggle('legend-hot', l.dataset.key === hot);
  }
}
