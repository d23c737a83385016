// Serves the built app and the example host pages on two origins, the way
// a company would: the app on PORT (default 8080) with the headers of
// README's "Deploy" section — the strict CSP, CORS for direct mode, a year
// of caching for hashed files and revalidation for the fixed names,
// precompressed .br/.gz copies when present — and the host pages on
// HOST_PORT (default 8000), their app address rewritten to the app's, and a
// stand-in for a company's results collector on COLLECTOR_PORT (default 8001).
//
//   make examples PORT=9080 HOST_PORT=9000
//   DIST=service-ladder-0.1.0/dist node examples/serve.mjs   # an unpacked bundle
//
// Node's standard library only: no test dependencies. Port 0 picks free ports.
import { createServer } from 'node:http';
import { startCollector } from './collector.mjs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const HERE = resolve(new URL('.', import.meta.url).pathname);
const DIST = resolve(process.env.DIST ?? join(HERE, '..', 'dist'));
const BIND = process.env.BIND ?? '127.0.0.1';
const port = (v, fallback) => (v === undefined || v === '' ? fallback : Number(v));
const APP_PORT = port(process.env.PORT, 8080);
const HOST_PORT = port(process.env.HOST_PORT, 8000);
const COLLECTOR_PORT = port(process.env.COLLECTOR_PORT, 8001);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
// Files whose names carry a content hash are cached for a year; every
// other file (index.html, loader.js, embed.js, sw.js, assets.json, the
// schema, configuration files) is revalidated on every use.
const HASHED = /-[0-9a-f]{6,16}(_bg)?\.(js|wasm|css)$/;

async function file(dir, pathname) {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '').replace(/^[/\\]+/, '');
  let path = join(dir, rel);
  if (!path.startsWith(dir)) return null;
  const s = await stat(path).catch(() => null);
  if (s?.isDirectory()) path = join(path, 'index.html');
  else if (!s) return null;
  return path;
}

function listen(handler, p) {
  const server = createServer((req, res) =>
    handler(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    }),
  );
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(p, BIND, () => ok(server));
  });
}

const origin = (server) => `http://${BIND}:${server.address().port}`;

let hostOrigins = [];
const app = await listen(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = await file(DIST, url.pathname);
  if (!path) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  const name = path.slice(DIST.length + 1);
  const headers = {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'cache-control': HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'access-control-allow-origin': '*',
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy':
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:; " +
      `worker-src 'self'; frame-src 'self'; manifest-src 'none'; base-uri 'none'; object-src 'none'; form-action 'none'; frame-ancestors 'self' ${hostOrigins.join(' ')}`,
  };
  // Precompressed copies from the release bundle, when the browser takes them.
  const accepts = String(req.headers['accept-encoding'] ?? '');
  let body = null;
  for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepts.includes(enc)) continue;
    body = await readFile(path + ext).catch(() => null);
    if (body) {
      headers['content-encoding'] = enc;
      break;
    }
  }
  body ??= await readFile(path);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}, APP_PORT);
const appOrigin = origin(app);
const collector = await startCollector({ port: COLLECTOR_PORT });

const hosts = await listen(async (req, res) => {
  const path = await file(HERE, new URL(req.url, 'http://x').pathname);
  if (!path || path.endsWith('.mjs')) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  let body = await readFile(path);
  if (path.endsWith('.html')) {
    // The pages are written for the default ports; point them at these.
    body = body
      .toString('utf8')
      .replaceAll('http://127.0.0.1:8080', appOrigin)
      .replaceAll('http://127.0.0.1:8001', collector.url.replace(/\/$/, ''))
      .replaceAll('"http://127.0.0.1:8000", "http://localhost:8000"', hostOrigins.map((o) => JSON.stringify(o)).join(', '));
  }
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  res.end(body);
}, HOST_PORT);
const hostsPort = hosts.address().port;
hostOrigins = [origin(hosts), `http://localhost:${hostsPort}`];

console.log(`the app (${DIST}) on ${appOrigin}/`);
console.log(`open ${origin(hosts)}/iframe.html, ${origin(hosts)}/direct.html or ${origin(hosts)}/hostile.html`);
console.log(`open ${origin(hosts)}/collector.html: finished results go to the collector, whose table is ${collector.url}responses.csv`);
