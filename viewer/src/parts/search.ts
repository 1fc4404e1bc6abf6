/**
 * The search box: suggestions as you type (label in any language, display
 * name, alias, id), arrow keys to move, Enter to choose, Esc to clear. A
 * choice selects the node and flies to it (in the path tool: picks it).
 */
import type { Ctx } from '../context.js';
import { $, h, replace } from '../dom.js';
import { kindLabel, t } from '../i18n.js';
import type { Suggestion } from '../model/search.js';
import { swatch } from './details.js';

export class SearchPart {
  private readonly input = $('#search-input') as HTMLInputElement;
  private readonly list = $('#search-list');
  private suggestions: Suggestion[] = [];
  private active = -1;

  constructor(private ctx: Ctx) {
    const input = this.input;
    input.addEventListener('input', () => {
      this.suggestions = ctx.session()?.search.search(input.value, ctx.store.get().lang) ?? [];
      this.active = this.suggestions.length ? 0 : -1;
      this.render();
    });
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => {
      this.list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    });
    input.addEventListener('focus', () => {
      if (input.value.trim()) this.render();
    });
    ctx.store.subscribe((_s, changed) => {
      if (changed.has('generation')) this.clear();
    });
  }

  /** Puts the cursor in the box (the `/` shortcut). */
  focus(): void {
    this.input.focus();
    this.input.select();
  }

  get focused(): boolean {
    return document.activeElement === this.input;
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.suggestions.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      this.active = (this.active + 1) % n;
      this.render();
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      this.active = (this.active - 1 + n) % n;
      this.render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const s = this.suggestions[Math.max(0, this.active)];
      if (s) this.choose(s.id);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (this.input.value) this.clear();
      else this.input.blur();
    }
  }

  private clear(): void {
    this.input.value = '';
    this.suggestions = [];
    this.active = -1;
    this.render();
  }

  private render(): void {
    const { list, input } = this;
    const q = input.value.trim();
    const session = this.ctx.session();
    if (!q || !session) {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      replace(list);
      return;
    }
    const lang = this.ctx.store.get().lang;
    if (!this.suggestions.length) {
      replace(list, h('li', { class: 'empty', role: 'option', attrs: { 'aria-disabled': 'true' } }, t(lang, 'noSearch')));
    } else {
      replace(
        list,
        ...this.suggestions.map((s, i) => {
          const li = h(
            'li',
            { id: `sugg-${i}`, role: 'option', attrs: { 'aria-selected': String(i === this.active), 'data-node': s.id } },
            swatch(session.graph.getNodeAttribute(s.id, 'color')),
            h('span', { class: 's-label' }, s.label),
            s.via ? h('span', { class: 's-via' }, `${t(lang, 'via')}: ${s.via}`) : null,
            h('span', { class: 's-kind' }, kindLabel(s.kind, lang)),
          );
          li.addEventListener('mousedown', (e) => {
            e.preventDefault();
            this.choose(s.id);
          });
          return li;
        }),
      );
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) input.setAttribute('aria-activedescendant', `sugg-${this.active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  private choose(id: string): void {
    this.clear();
    const s = this.ctx.store.get();
    if (!(s.pathMode && !(s.pathSlots[0] && s.pathSlots[1]))) this.input.blur();
    this.ctx.select(id, { fly: true });
  }
}
