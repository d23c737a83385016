// Serves the built app and the example host pages on two origins, the way
// a company would: the app at http://127.0.0.1:8080/ (with the strict CSP
// and the CORS header direct mode needs), the host pages at
// http://127.0.0.1:8000/. `make examples` runs this after a build.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};
const APP_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; object-src 'none'; form-action 'none'";

function serve(dir, port, headers) {
  createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  }).listen(port, '127.0.0.1', () => console.log(`${dir} on http://127.0.0.1:${port}/`));
}

serve(join(root, 'dist'), 8080, { 'content-security-policy': APP_CSP, 'access-control-allow-origin': '*' });
serve(join(root, 'examples'), 8000, {});
console.log('Open http://127.0.0.1:8000/iframe.html, direct.html or hostile.html');
