/**
 * Keyboard shortcuts (/ search, Esc clears, + − 0 zoom and fit, L lineage,
 * P play, T force ↔ timeline, C language) and dropping a file anywhere on
 * the page.
 */
import type { Ctx } from './context.js';
import { $ } from './dom.js';
import { LINEAGE_KINDS } from './model/tree.js';
import type { PathbarPart } from './parts/pathbar.js';
import type { SearchPart } from './parts/search.js';
import type { TimebarPart } from './parts/timebar.js';
import type { LayoutName } from './state.js';

export interface KeyTargets {
  search: SearchPart;
  timebar: TimebarPart;
  pathbar: PathbarPart;
  setLayout(name: LayoutName): void;
  openFile(file: File): void;
}

export function bindKeys(ctx: Ctx, targets: KeyTargets): void {
  const drop = $('#drop');
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
    const s = ctx.store.get();
    if (e.key === 'Escape') {
      if (targets.search.focused) return;
      if (!drop.hidden) drop.hidden = true;
      if (s.pathMode) targets.pathbar.toggle(false);
      else if (s.node) ctx.select(null);
      return;
    }
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    const camera = ctx.renderer()?.sigma.getCamera();
    switch (e.key) {
      case '/':
        e.preventDefault();
        targets.search.focus();
        break;
      case '+':
      case '=':
        void camera?.animatedZoom({ duration: 200 });
        break;
      case '-':
      case '_':
        void camera?.animatedUnzoom({ duration: 200 });
        break;
      case '0':
        ctx.renderer()?.fit(300);
        break;
      case 'l':
      case 'L': {
        const kind = s.node ? ctx.session()?.graph.getNodeAttribute(s.node, 'kind') : undefined;
        if (kind && LINEAGE_KINDS.has(kind)) ctx.store.set({ lineage: !s.lineage });
        break;
      }
      case 'p':
      case 'P':
        targets.timebar.toggle();
        break;
      case 't':
      case 'T':
        targets.setLayout(s.layout === 'timeline' ? 'force' : 'timeline');
        break;
      case 'c':
      case 'C':
        ctx.store.set({ lang: s.lang === 'en' ? 'zh' : 'en' });
        break;
    }
  });

  let depth = 0;
  const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  window.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    drop.hidden = false;
  });
  window.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer!.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', (e) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (!depth) drop.hidden = true;
  });
  window.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    drop.hidden = true;
    const f = e.dataTransfer!.files[0];
    if (f) targets.openFile(f);
  });
}
