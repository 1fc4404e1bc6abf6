// Vite configuration of the techgraph viewer (viewer/ is the Vite root).
// `vite build --config viewer/vite.config.ts` writes viewer/dist; the page
// fetches its data from exports/ next to it, which scripts/serve.mjs (and the
// dev/preview servers, through the plugin below) map to the repository's exports/.
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Connect, defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const exportsDir = resolve(root, '..', 'exports');

/** Serves <repo>/exports under /exports/ in `vite` and `vite preview`. */
function serveExports(): Plugin {
  const handler: Connect.NextHandleFunction = (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith('/exports/')) return next();
    const rel = normalize(decodeURIComponent(url.pathname.slice('/exports/'.length)));
    const file = join(exportsDir, rel);
    if (!file.startsWith(exportsDir + sep)) return next();
    try {
      if (!statSync(file).isFile()) return next();
    } catch {
      return next();
    }
    const type =
      extname(file) === '.json' ? 'application/json' : extname(file) === '.gexf' ? 'application/xml' : 'application/octet-stream';
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
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
    chunkSizeWarningLimit: 1024,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 5173 },
});
