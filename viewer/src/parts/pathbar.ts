/**
 * The path tool's bar: pick two nodes (click them or search them), see the
 * shortest path between them hop by hop, with each hop's relations. The
 * picks are transient state; the chosen pair is `path` in the URL.
 */
import type { Ctx } from '../context.js';
import { $, h, replace } from '../dom.js';
import { relationLabel, t, type UiKey } from '../i18n.js';
import type { Key } from '../store.js';
import { chip, panelContext } from './details.js';

const REDRAW: ReadonlySet<Key> = new Set([
  'generation',
  'pathMode',
  'pathSlots',
  'path',
  'lang',
  't',
  'hideKinds',
  'hideFamilies',
  'hideMotivations',
]);

export class PathbarPart {
  private readonly bar = $('#pathbar');
  private readonly app = $('#app');
  private readonly button = $('#path-btn');

  constructor(private ctx: Ctx) {
    this.button.addEventListener('click', () => this.toggle(!ctx.store.get().pathMode));
    ctx.store.subscribe((_s, changed) => {
      if ([...changed].some((k) => REDRAW.has(k))) this.render();
    });
  }

  /** Opens or closes the tool; opening starts from the selection. */
  toggle(on: boolean): void {
    const s = this.ctx.store.get();
    if (on) this.ctx.store.set({ pathMode: true, pathSlots: s.path ? [...s.path] : [s.node, null] });
    else this.ctx.store.set({ pathMode: false, path: null, pathSlots: [null, null] });
  }

  /** The tool is waiting for a node. */
  get picking(): boolean {
    const s = this.ctx.store.get();
    return s.pathMode && !(s.pathSlots[0] && s.pathSlots[1]);
  }

  /** Takes a node as the next end of the path. */
  pick(id: string): void {
    const [a, b] = this.ctx.store.get().pathSlots;
    const slots: [string | null, string | null] = !a ? [id, b] : !b && id !== a ? [a, id] : [id, null];
    this.ctx.store.set({ pathSlots: slots, path: slots[0] && slots[1] ? [slots[0], slots[1]] : null });
  }

  private render(): void {
    const s = this.ctx.store.get();
    const session = this.ctx.session();
    this.bar.hidden = !s.pathMode;
    this.button.setAttribute('aria-pressed', String(s.pathMode));
    this.app.classList.toggle('mode-pick', this.picking);
    if (!s.pathMode || !session) {
      replace(this.bar);
      return;
    }
    const lang = s.lang;
    const ctx = panelContext(this.ctx)!;
    const slot = (name: UiKey, id: string | null) =>
      h(
        'span',
        { class: 'slot' },
        h('span', { class: 'slot-name' }, t(lang, name)),
        id && session.graph.hasNode(id) ? chip(ctx, id) : h('span', { class: 'pick' }, t(lang, 'pathPick')),
      );
    const steps: (HTMLElement | string)[] = [];
    const p = this.ctx.derived().path;
    if (s.path && p) {
      if (!p.order.length) steps.push(h('span', { class: 'path-meta' }, t(lang, 'pathNone')));
      else {
        steps.push(h('span', { class: 'path-meta' }, `· ${p.order.length - 1} ${t(lang, 'pathHops')}:`));
        p.order.forEach((n, i) => {
          if (i > 0) {
            const text = (p.hops[i - 1] ?? [])
              .map((e) => (e.forward ? `${relationLabel(e.relation, 'out', lang)} →` : `← ${relationLabel(e.relation, 'out', lang)}`))
              .join(' / ');
            steps.push(h('span', { class: 'hop' }, text || '—'));
          }
          steps.push(chip(ctx, n));
        });
      }
    }
    replace(
      this.bar,
      h('strong', {}, t(lang, 'path')),
      slot('pathFrom', s.pathSlots[0]),
      '→',
      slot('pathTo', s.pathSlots[1]),
      ...steps,
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', class: 'btn', on: { click: () => this.toggle(false) } }, t(lang, 'clear')),
    );
  }
}
