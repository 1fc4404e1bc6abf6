// The local server (`techgraph serve`): serves only regular files whose real path lies inside the viewer or the
// exports folder (a link to /etc/passwd is a 404), answers only loopback Host headers unless told otherwise
// (DNS rebinding), GET and HEAD only; with a live channel, the page is told where its event stream is.
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostAllowed, hostnameOf, LiveChannel, type RunningServer, startServer } from '../../src/project/index.js';

/** A raw request, so the Host header and the path are sent exactly as given. */
function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, setHost: !('Host' in headers) }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('hostAllowed', () => {
  it.each([
    ['localhost', true],
    ['localhost:5173', true],
    ['LOCALHOST:5173', true],
    ['app.localhost:80', true],
    ['127.0.0.1:5173', true],
    ['127.1.2.3', true],
    ['[::1]:5173', true],
    ['evil.example', false],
    ['evil.example:5173', false],
    ['127.0.0.1.evil.example', false],
    ['localhost.evil.example', false],
    ['192.168.1.5:5173', false],
    ['', false],
    ['local host', false],
  ])('%s → %s', (host, ok) => expect(hostAllowed(host || undefined, '127.0.0.1')).toBe(ok));

  it('also answers the host bound to, and hosts allowed by name or by *', () => {
    expect(hostAllowed('192.168.1.5:8080', '192.168.1.5')).toBe(true);
    expect(hostAllowed('my-box.lan:8080', '0.0.0.0')).toBe(false);
    expect(hostAllowed('my-box.lan:8080', '0.0.0.0', ['my-box.lan'])).toBe(true);
    expect(hostAllowed('anything.example', '0.0.0.0', ['*'])).toBe(true);
    expect(hostnameOf('[::1]:80')).toBe('::1');
  });
});

describe('the server', () => {
  let dir: string;
  let server: RunningServer;
  let live: LiveChannel;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tg-serve-'));
    const viewer = join(dir, 'viewer');
    const exportsDir = join(dir, 'exports');
    await mkdir(join(viewer, 'assets'), { recursive: true });
    await mkdir(exportsDir);
    await writeFile(join(viewer, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    await writeFile(join(viewer, 'assets', 'app.js'), 'export {};');
    await writeFile(join(exportsDir, 'graph.json'), '{"nodes":[]}');
    await writeFile(join(dir, 'secret.txt'), 'outside');
    await symlink('/etc/passwd', join(exportsDir, 'passwd.json'));
    await symlink('/etc/passwd', join(viewer, 'passwd.txt'));
    await symlink(join(dir, 'secret.txt'), join(exportsDir, 'secret.json'));
    await symlink(dir, join(exportsDir, 'up'));
    await symlink(join(exportsDir, 'graph.json'), join(exportsDir, 'alias.json'));
    live = new LiveChannel();
    server = await startServer({ viewer, exports: exportsDir, port: 0, live });
  });
  afterAll(async () => server?.close());

  it('serves the viewer and the exports', async () => {
    const page = await get(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<meta name="techgraph-live" content="live" />');
    // Download links are offered only when the exports have a manifest (no request the page would get a 404 for).
    expect(page.body).not.toContain('techgraph-downloads');
    await writeFile(join(dir, 'exports', 'manifest.json'), '{"files":[]}');
    expect((await get(server.port, '/')).body).toContain('<meta name="techgraph-downloads" content="manifest.json" />');
    expect((await get(server.port, '/exports/graph.json')).body).toBe('{"nodes":[]}');
    expect((await get(server.port, '/assets/app.js')).status).toBe(200);
    // A link that stays inside the folder is served.
    expect((await get(server.port, '/exports/alias.json')).body).toBe('{"nodes":[]}');
  });

  it.each([
    '/exports/passwd.json',
    '/passwd.txt',
    '/exports/secret.json',
    '/exports/up/secret.txt',
    '/exports/../secret.txt',
    '/exports/%2e%2e/secret.txt',
    '/%2e%2e/secret.txt',
    '/exports/%00',
    '/exports/nope.json',
  ])('does not serve %s', async (path) => {
    const r = await get(server.port, path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('root:');
    expect(r.body).not.toContain('outside');
  });

  it('answers a DNS-rebinding Host with 421 and nothing of the data', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1.evil.example:${server.port}`]) {
      const r = await get(server.port, '/exports/graph.json', { Host: host });
      expect(r.status, host).toBe(421);
      expect(r.body).not.toContain('nodes');
    }
    expect((await get(server.port, '/exports/graph.json', { Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('allows GET and HEAD only', async () => {
    expect((await get(server.port, '/exports/graph.json', {}, 'HEAD')).status).toBe(200);
    const post = await get(server.port, '/exports/graph.json', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('streams the live state: the current one on connect, every change after', async () => {
    const events: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/live' }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          events.push(...c.split('\n').filter((l) => l.startsWith('data: ')));
          if (events.length === 1) {
            live.failed([{ code: 'YAML_SYNTAX', severity: 'error', file: 'a.yaml', line: 2, column: 3, message: 'bad' }]);
            live.graphChanged();
          }
          if (events.length === 3) {
            req.destroy();
            resolve();
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(events.map((e) => JSON.parse(e.slice(6)))).toEqual([
      { version: 0, diagnostics: [] },
      { version: 0, diagnostics: [{ file: 'a.yaml', line: 2, column: 3, severity: 'error', code: 'YAML_SYNTAX', message: 'bad' }] },
      { version: 1, diagnostics: [] },
    ]);
  });
});
