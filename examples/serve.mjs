// Serves the built app and the example host pages on two origins, the way
// a company would: the app at http://127.0.0.1:8080/ (with the strict CSP
// and the CORS header direct mode needs), the host pages at
// http://127.0.0.1:8000/, and a stand-in for a company's results collector
// at http://127.0.0.1:8001/. `make examples` runs this after a build.
import { join } from 'node:path';
import { DIST, ROOT, serve } from '../tests/e2e/harness.mjs';
import { startCollector } from './collector.mjs';

const APP_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; object-src 'none'; form-action 'none'";

const app = await serve(DIST, { port: 8080, headers: () => ({ 'content-security-policy': APP_CSP, 'access-control-allow-origin': '*' }) });
const hosts = await serve(join(ROOT, 'examples'), { port: 8000 });
console.log(`the app on ${app.url}`);
const collector = await startCollector({ port: 8001 });
console.log(`open ${hosts.url}iframe.html, ${hosts.url}direct.html or ${hosts.url}hostile.html`);
console.log(`open ${hosts.url}collector.html: finished results go to the collector, whose table is ${collector.url}responses.csv`);
