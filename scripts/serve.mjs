#!/usr/bin/env node
// Serves the built viewer (viewer/dist) and the exports (exports/ under /exports/)
// on 127.0.0.1, so the page always shows the latest `techgraph build`.
//
//   node scripts/serve.mjs [--port N] [--host H] [--dist DIR] [--exports DIR]
//
// Port: --port, else $PORT, else 5173. Also importable: serve({ ... }) → { server, url, close }.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

/** The file under `root` that `rel` names, or null when it would leave `root`. */
function inside(root, rel) {
  const file = normalize(join(root, rel));
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : null;
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts the server. Resolves when it listens.
 * @param {{ port?: number, host?: string, dist?: string, exports?: string, quiet?: boolean }} [options]
 */
export function serve(options = {}) {
  const dist = resolve(options.dist ?? join(repo, 'viewer', 'dist'));
  const exportsDir = resolve(options.exports ?? join(repo, 'exports'));
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 5173;
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = null;
    let cache = 'no-cache';
    if (pathname.startsWith('/exports/')) file = inside(exportsDir, pathname.slice('/exports/'.length));
    else {
      file = inside(dist, pathname === '/' ? 'index.html' : pathname.slice(1));
      if (file && pathname.startsWith('/assets/')) cache = 'public, max-age=31536000, immutable';
    }
    if (file && !isFile(file) && isFile(join(file, 'index.html'))) file = join(file, 'index.html');
    if (!file || !isFile(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': cache,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      ...(extname(file) === '.html' ? { 'Content-Security-Policy': CSP } : {}),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const url = `http://${host}:${actual}/`;
      resolvePromise({ server, url, port: actual, close: () => new Promise((r) => server.close(() => r(undefined))) });
    });
  });
}

function args(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--port') out.port = Number(value());
    else if (a === '--host') out.host = value();
    else if (a === '--dist') out.dist = value();
    else if (a === '--exports') out.exports = value();
    else if (a === '--help' || a === '-h') out.help = true;
    else throw new Error(`unknown option ${a}`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = args(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e.message}`);
    process.exit(2);
  }
  if (opts.help) {
    console.log('usage: node scripts/serve.mjs [--port N] [--host H] [--dist DIR] [--exports DIR]');
    process.exit(0);
  }
  const port = opts.port ?? Number(process.env.PORT || 5173);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: invalid port ${opts.port ?? process.env.PORT}`);
    process.exit(2);
  }
  const dist = resolve(opts.dist ?? join(repo, 'viewer', 'dist'));
  if (!isFile(join(dist, 'index.html'))) {
    console.error(`serve: ${dist}/index.html is missing; run \`npm run build:viewer\` first`);
    process.exit(1);
  }
  const exportsDir = resolve(opts.exports ?? join(repo, 'exports'));
  if (!isFile(join(exportsDir, 'graph.json')))
    console.error(`serve: warning: ${exportsDir}/graph.json is missing; run \`node bin/techgraph.mjs build\``);
  try {
    const { url, close } = await serve({ ...opts, port, dist, exports: exportsDir });
    console.log(`techgraph viewer: ${url}`);
    console.log('(Ctrl+C to stop)');
    const stop = () => void close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    if (e && e.code === 'EADDRINUSE') console.error(`serve: port ${port} is in use; set PORT to another port (PORT=5174 npm start)`);
    else console.error(`serve: ${e?.message ?? e}`);
    process.exit(1);
  }
}
