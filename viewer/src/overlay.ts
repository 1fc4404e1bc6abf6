/**
 * The diagnostics overlay of live reload: when the data being served is
 * invalid, every diagnostic as `file:line:col: severity CODE: message` in a
 * panel over the graph (which stays the last good one); gone once the data
 * is valid again. Built with dom.ts, so no text can become markup.
 */
import { h, replace } from './dom.js';
import type { LiveDiagnostic } from './live.js';
import './overlay.css';

let panel: HTMLElement | null = null;

/** Shows (or replaces) the overlay with `list`. */
export function showDiagnostics(list: readonly LiveDiagnostic[]): void {
  panel ??= document.body.appendChild(
    h('section', { id: 'diagnostics', class: 'diagnostics', role: 'alert', attrs: { 'aria-live': 'assertive' } }),
  );
  replace(
    panel,
    h('strong', {}, `The data has ${list.length} error${list.length === 1 ? '' : 's'}; the graph shown is the last good one.`),
    h(
      'ol',
      {},
      ...list.map((d) => h('li', {}, h('code', {}, `${d.file}:${d.line}:${d.column}`), `: ${d.severity} ${d.code}: ${d.message}`)),
    ),
  );
  panel.hidden = false;
}

/** Removes the overlay. */
export function clearDiagnostics(): void {
  panel?.remove();
  panel = null;
}
