// Vite configuration of the techgraph viewer (viewer/ is the Vite root).
// `vite build --config viewer/vite.config.ts` writes viewer/dist; the page
// fetches its data from exports/ next to it, which `techgraph serve` (and the
// dev/preview servers, through the plugin below) map to the repository's exports/.
import { createReadStream } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Connect, defineConfig, type Plugin } from 'vite';
import { fileInside } from '../src/project/index.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const exportsDir = resolve(root, '..', 'exports');

/** Serves <repo>/exports under /exports/ in `vite` and `vite preview`, by the rule of `techgraph serve` (real paths inside the folder). */
function serveExports(): Plugin {
  const handler: Connect.NextHandleFunction = (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/exports/')) return next();
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname.slice('/exports/'.length));
    } catch {
      return next();
    }
    void fileInside(exportsDir, rel).then((file) => {
      if (!file) return next();
      const type =
        extname(file) === '.json' ? 'application/json' : extname(file) === '.gexf' ? 'application/xml' : 'application/octet-stream';
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', 'no-cache');
      createReadStream(file).pipe(res);
    });
  };
  return {
    name: 'techgraph-exports',
    configureServer: (server) => void server.middlewares.use(handler),
    configurePreviewServer: (server) => void server.middlewares.use(handler),
  };
}

/** The dev server needs a websocket for hot reload and injects CSS as <style>: relax the CSP there only. */
function devCsp(): Plugin {
  return {
    name: 'techgraph-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("connect-src 'self'", "connect-src 'self' ws: wss:").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  root,
  base: './',
  publicDir: 'public',
  plugins: [serveExports(), devCsp()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The ELK chunk (1.4 MB, the lineage tree's layout) is loaded on the first tree only.
    chunkSizeWarningLimit: 1600,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 5173 },
});
