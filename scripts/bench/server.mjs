/**
 * A small static file server for the benchmark and Lighthouse: serves `root` (the
 * repository) read-only on 127.0.0.1 at a free port, plus in-memory pages under any
 * path given in `pages`. Bounded: it answers at most `maxRequests` requests and closes
 * itself after `lifetimeMs`, whatever the caller does; `close()` stops it sooner.
 * Text is sent gzip-compressed (level 6, as most servers) to clients that accept it,
 * as a real site would; `cacheControl` is sent on every response when given.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {{root: string, pages?: Map<string, {type?: string, body: string|Buffer}>, maxRequests?: number, lifetimeMs?: number, cacheControl?: string|null, compress?: boolean}} options
 * @returns {Promise<{origin: string, pages: Map, requests: string[], stats: {bytes: number}, close: () => Promise<void>}>}
 *   `requests`: every path asked for, in order; `stats.bytes`: body bytes sent (compressed where sent so).
 */
export async function serve({
  root,
  pages = new Map(),
  maxRequests = 50_000,
  lifetimeMs = 20 * 60_000,
  cacheControl = 'no-store',
  compress = true,
}) {
  const base = resolve(root);
  const requests = [];
  const stats = { bytes: 0 };
  let count = 0;
  /** Compressed bodies by path (pages) or path and modification time (files). */
  const gzipped = new Map();
  const server = createServer((req, res) => {
    count++;
    if (count > maxRequests) {
      res.writeHead(503, { connection: 'close' }).end('request limit reached');
      void close();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    requests.push(path);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const headers = cacheControl ? { 'cache-control': cacheControl } : {};
    const send = (type, body, key) => {
      const gzip = compress && /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (gzip && !gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
      const out = gzip ? gzipped.get(key) : body;
      res.writeHead(200, {
        ...headers,
        'content-type': type,
        'content-length': out.length,
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        vary: 'accept-encoding',
      });
      if (req.method === 'GET') stats.bytes += out.length;
      res.end(req.method === 'HEAD' ? undefined : out);
    };
    const page = pages.get(path);
    if (page) {
      send(
        page.type ?? TYPES[extname(path)] ?? 'application/octet-stream',
        typeof page.body === 'string' ? Buffer.from(page.body) : page.body,
        `page:${path}`,
      );
      return;
    }
    let file = resolve(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('outside the served folder');
      return;
    }
    let body;
    let key;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      key = `file:${file}:${statSync(file).mtimeMs}`;
      body = readFileSync(file);
    } catch {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    send(TYPES[extname(file)] ?? 'application/octet-stream', body, key);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const timer = setTimeout(() => void close(), lifetimeMs);
  timer.unref();
  let closing;
  function close() {
    closing ??= new Promise((ok) => {
      clearTimeout(timer);
      server.close(() => ok());
      server.closeAllConnections();
    });
    return closing;
  }
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, pages, requests, stats, close };
}
