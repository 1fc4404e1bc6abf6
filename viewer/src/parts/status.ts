/**
 * The status overlay over the stage (loading, a failed load, an empty graph)
 * and the toast (a short message at the bottom, red for an error).
 */
import { $, h, replace } from '../dom.js';
import { t } from '../i18n.js';
import type { Lang } from '../state.js';

export type StatusKind = 'loading' | 'error' | 'empty' | null;

export class Status {
  private readonly app = $('#app');
  private readonly el = $('#status');
  private readonly toastEl = $('#toast');
  private toastTimer: number | null = null;

  show(kind: StatusKind, lang: Lang, message = ''): void {
    this.app.dataset.state = kind ?? 'ready';
    if (!kind) {
      replace(this.el);
      return;
    }
    if (kind === 'loading') {
      replace(this.el, h('div', {}, h('div', { class: 'spinner' }), t(lang, 'loading')));
      return;
    }
    replace(
      this.el,
      h(
        'div',
        { class: 'error' },
        h('strong', {}, kind === 'empty' ? '∅' : t(lang, 'loadFailed')),
        message ? h('p', {}, message) : null,
        h('p', { class: 'muted' }, t(lang, 'loadHint')),
      ),
    );
  }

  toast(message: string, error = false): void {
    const el = this.toastEl;
    el.textContent = message;
    el.classList.toggle('error', error);
    el.classList.add('show');
    if (this.toastTimer !== null) clearTimeout(this.toastTimer);
    this.toastTimer = window.setTimeout(() => el.classList.remove('show'), error ? 6000 : 2600);
  }
}
