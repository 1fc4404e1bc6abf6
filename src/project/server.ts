/**
 * The local server of `techgraph serve`: the prebuilt viewer at /, a folder
 * of exports under /exports/, and, with a live channel, Server-Sent Events at
 * /live that tell an open page when the graph changed or the data broke.
 *
 * Trust rules (no other code path serves a file):
 * - A file is served only if its real path (links resolved) lies inside the
 *   real path of its folder, and it is a regular file: a link inside the
 *   viewer or the exports to /etc/passwd is a 404.
 * - Only GET and HEAD.
 * - The Host header must name a loopback host (localhost, *.localhost,
 *   127.0.0.0/8, [::1]), the host bound to, or one allowed with
 *   `allowHosts` (`*`: any): a DNS-rebinding page on another name gets a 421.
 * - HTML gets a Content-Security-Policy: scripts, styles and data from this
 *   origin only.
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { LiveChannel } from './live.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.cyjs': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.graphml': 'application/xml; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.nt': 'application/n-triples; charset=utf-8',
  '.cypher': 'text/plain; charset=utf-8',
  '.mmd': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.sh': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The viewer's policy, sent with every HTML page (the page repeats it in a meta tag for static hosts). */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'";

/** The meta tag that tells the viewer where the live channel is (injected into index.html when serving live). */
export const LIVE_META = '<meta name="techgraph-live" content="live" />';

/** The meta tag that tells the viewer the exports have a manifest.json, so it shows download links (without it, it asks for none). */
export const DOWNLOADS_META = '<meta name="techgraph-downloads" content="manifest.json" />';

/** Options of `startServer`. */
export interface ServerOptions {
  /** The built viewer (its index.html at /). */
  viewer: string;
  /** Served under /exports/. */
  exports: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 5173; 0 takes any free port. */
  port?: number;
  /** Host names answered besides loopback names and `host`; `*` answers any. */
  allowHosts?: readonly string[];
  /** Server-Sent Events at /live, and the page told so. */
  live?: LiveChannel;
}

/** A running server. */
export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * The file `rel` names under `root`, or null when it is missing, not a
 * regular file, or would leave `root` (by `..`, or by a link whose target is
 * outside: the check is on real paths).
 */
export async function fileInside(root: string, rel: string): Promise<string | null> {
  if (rel.includes('\0')) return null;
  const joined = normalize(join(root, rel));
  try {
    const realRoot = await realpath(root);
    const real = await realpath(joined);
    if (real !== realRoot && !real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) return null;
    const s = await stat(real);
    if (s.isFile()) return real;
    if (s.isDirectory()) return fileInside(root, join(rel, 'index.html'));
    return null;
  } catch {
    return null;
  }
}

/** True for a loopback host name: localhost, *.localhost, 127.0.0.0/8, ::1. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || (isIP(h) === 4 && h.startsWith('127.'));
}

/** The host name of a Host header (`name:port`, `[v6]:port`), lower case; null when malformed. */
export function hostnameOf(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(header.trim());
  return m ? m[1]!.toLowerCase().replace(/^\[|\]$/g, '') : null;
}

/** Whether a request with this Host header is answered (see the module header). */
export function hostAllowed(header: string | undefined, bound: string, allow: readonly string[] = []): boolean {
  if (allow.includes('*')) return true;
  const h = hostnameOf(header);
  if (h === null) return false;
  const b = bound.toLowerCase().replace(/^\[|\]$/g, '');
  return isLoopback(h) || (h === b && b !== '0.0.0.0' && b !== '::') || allow.includes(h);
}

/** Starts the server; resolves when it listens. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const allow = (options.allowHosts ?? []).map((h) => h.toLowerCase());
  const server = createServer((req, res) => {
    void answer(req, res, options, host, allow).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('internal error');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5173, host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : (options.port ?? 5173);
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      resolve({
        server,
        url: `http://${shown}:${port}/`,
        port,
        close: () =>
          new Promise<void>((r) => {
            options.live?.close();
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

const plain = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) =>
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...extra }).end(`${text}\n`);

async function answer(req: IncomingMessage, res: ServerResponse, o: ServerOptions, host: string, allow: readonly string[]): Promise<void> {
  if (!hostAllowed(req.headers.host, host, allow)) {
    plain(
      res,
      421,
      `techgraph serve answers loopback host names only (got Host: ${String(req.headers.host ?? '')}); allow another with --allow-host NAME`,
    );
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    plain(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    plain(res, 400, 'bad request');
    return;
  }
  if (pathname === '/live' && o.live) {
    o.live.attach(req, res);
    return;
  }
  const underExports = pathname.startsWith('/exports/');
  const file = underExports
    ? await fileInside(o.exports, pathname.slice('/exports/'.length))
    : await fileInside(o.viewer, pathname.slice(1));
  if (!file) {
    plain(res, 404, 'not found');
    return;
  }
  const html = extname(file) === '.html';
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': !underExports && pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(html ? { 'Content-Security-Policy': CSP } : {}),
  };
  const metas = html ? [...(o.live ? [LIVE_META] : []), ...((await fileInside(o.exports, 'manifest.json')) ? [DOWNLOADS_META] : [])] : [];
  if (metas.length) {
    const text = (await readFile(file, 'utf8')).replace('</head>', `${metas.map((m) => `    ${m}\n`).join('')}  </head>`);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : text);
    return;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
