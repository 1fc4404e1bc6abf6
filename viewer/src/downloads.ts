/**
 * Download links for the exports next to the page: when the page carries a
 * `techgraph-downloads` meta tag (`techgraph serve` and `techgraph site` add
 * it when they wrote `exports/manifest.json`), reads that manifest and lists
 * every file in a "Download" menu of the toolbar. Without it, nothing is
 * asked for (a plain `techgraph build` folder has no manifest).
 */
import { exportsUrl } from './base.js';
import { h, replace } from './dom.js';
import './downloads.css';

interface Manifest {
  files: { name: string; bytes: number }[];
}

const size = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : n >= 1e3 ? `${Math.round(n / 1e3)} kB` : `${n} B`);
const SAFE_NAME = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

let menu: HTMLElement | null = null;

/** Shows (or refreshes) the menu; resolves once done, quietly when there is no manifest. */
export async function showDownloads(toolbar: Element | null = document.querySelector('.toolbar')): Promise<void> {
  const name = document.querySelector<HTMLMetaElement>('meta[name="techgraph-downloads"]')?.content;
  if (name !== 'manifest.json') return;
  let manifest: Manifest;
  try {
    const res = await fetch(exportsUrl(name), { cache: 'no-cache' });
    if (!res.ok) return;
    manifest = (await res.json()) as Manifest;
  } catch {
    return;
  }
  const files = (Array.isArray(manifest.files) ? manifest.files : []).filter(
    (f) => typeof f.name === 'string' && SAFE_NAME.test(f.name) && !f.name.split('/').includes('..'),
  );
  if (!files.length || !toolbar) return;
  menu ??= toolbar.appendChild(h('details', { class: 'downloads', id: 'downloads' }));
  replace(
    menu,
    h('summary', { class: 'btn' }, 'Download'),
    h(
      'ul',
      {},
      ...files.map((f) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: exportsUrl(f.name), attrs: { download: f.name.split('/').pop() } },
            h('span', {}, f.name),
            h('span', { class: 'size' }, size(Number(f.bytes) || 0)),
          ),
        ),
      ),
    ),
  );
}
