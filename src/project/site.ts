/**
 * `techgraph site`: a static folder any static host serves as it is (GitHub
 * Pages, a bucket, `python3 -m http.server`), with no server code:
 *
 *   OUT/index.html, OUT/assets/…   the prebuilt viewer
 *   OUT/exports/graph.json …       every export, written atomically by the pipeline
 *   OUT/exports/manifest.json      the list of exports, for the viewer's download links
 *   OUT/.nojekyll                  GitHub Pages serves the folder as it is
 *
 * The viewer's URLs are relative, so the folder works under any path that
 * ends with `/`. With `base` (the URL path the site is published under, e.g.
 * `/REPO/`), index.html names its assets and its data absolutely under it,
 * so `/REPO` without the slash, or `/REPO/index.html`, work as well.
 * Invalid data writes nothing.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/index.js';
import type { OutputFile } from '../export/index.js';
import { resolveSiteOptions, type SiteOptions } from './options.js';
import { DOWNLOADS_META } from './server.js';

/** The exports' list, next to them. */
export const MANIFEST = 'manifest.json';

/** The prebuilt viewer: dist/viewer in the package (`npm run build` makes it in a checkout). */
export function viewerDir(): string {
  return fileURLToPath(new URL('../../dist/viewer/', import.meta.url));
}

/** manifest.json: the exports written (paths relative to the exports folder, forward slashes) and their sizes. */
export function manifestFile(out: string, written: readonly { path: string; bytes: number }[]): OutputFile {
  const files = written
    .map((w) => ({ name: relative(out, w.path).split(sep).join('/'), bytes: w.bytes }))
    .filter((f) => f.name !== MANIFEST)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { name: MANIFEST, chunks: () => [`${JSON.stringify({ files }, null, 2)}\n`] };
}

/** The meta tag that tells the viewer the base path of a site built with `--base`. */
export const baseMeta = (base: string) => `<meta name="techgraph-base" content="${base}" />`;

/** The viewer's index.html for a site published under `base`: download links on; with a base other than `/`, absolute URLs. */
export function indexFor(html: string, base: string): string {
  const metas = [DOWNLOADS_META, ...(base === '/' ? [] : [baseMeta(base)])];
  const page = base === '/' ? html : html.replace(/(\s(?:src|href))="\.\//g, `$1="${base}`);
  return page.replace('</head>', `${metas.map((m) => `    ${m}\n`).join('')}  </head>`);
}

/** Result of `buildSite`. */
export interface SiteResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Every file written, exports included. */
  written: string[];
  nodes?: number;
  edges?: number;
}

/** Builds the site; writes nothing when the data is invalid. Throws OptionsError (code INVALID_OPTION) on an invalid option, before reading anything. */
export async function buildSite(options: SiteOptions): Promise<SiteResult> {
  const o = resolveSiteOptions(options);
  const [{ buildExports }, { writeAtomic }] = await Promise.all([import('../pipeline/index.js'), import('../export/index.js')]);
  const exportsDir = join(o.out, 'exports');
  const built = await buildExports({ data: o.data, out: exportsDir, ...(o.cwd ? { cwd: o.cwd } : {}) });
  if (!built.ok) return { ok: false, diagnostics: built.diagnostics, written: [] };
  const written = built.written.map((w) => w.path);
  written.push(...(await writeAtomic(exportsDir, [manifestFile(exportsDir, built.written)])).map((w) => w.path));
  const viewer = o.viewer ?? viewerDir();
  // The viewer: assets first (their names carry a content hash), index.html last; assets of an older viewer go.
  await rm(join(o.out, 'assets'), { recursive: true, force: true });
  for (const f of (await readdir(viewer, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const from = join(f.parentPath, f.name);
    const rel = relative(viewer, from);
    if (rel === 'index.html') continue;
    await mkdir(join(o.out, rel, '..'), { recursive: true });
    await copyFile(from, join(o.out, rel));
    written.push(join(o.out, rel));
  }
  await writeFile(join(o.out, '.nojekyll'), '');
  await writeFile(join(o.out, 'index.html'), indexFor(await readFile(join(viewer, 'index.html'), 'utf8'), o.base));
  written.push(join(o.out, 'index.html'));
  return { ok: true, diagnostics: built.diagnostics, written, nodes: built.graph?.order ?? 0, edges: built.graph?.size ?? 0 };
}
