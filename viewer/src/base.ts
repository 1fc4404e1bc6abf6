/**
 * Where the page's data lives: `exports/` next to the page, or, on a site
 * built with `techgraph site --base /PATH/`, under that path (the build adds
 * a `techgraph-base` meta tag), so the page also works at `/PATH` without
 * the trailing slash.
 */

/** URL of an export file (`graph.json`, `manifest.json`, …). */
export function exportsUrl(file: string): string {
  const base = document.querySelector<HTMLMetaElement>('meta[name="techgraph-base"]')?.content;
  // Only a path the build could have written (see `techgraph site --base`); anything else is ignored.
  return `${base && /^\/([\w.~%-]+\/)*$/.test(base) ? base : ''}exports/${file}`;
}
