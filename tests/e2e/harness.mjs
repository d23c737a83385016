// Shared pieces of the end-to-end tests: a static server for the built
// dist/, Debian's Chromium driven by playwright-core, axe-core, and
// keyboard helpers. The tests drive the real release build.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync as readFileSyncNode } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { after, before } from 'node:test';

const require = createRequire(import.meta.url);
export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const DIST = join(ROOT, 'dist');
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on a free loopback port.
 * - `headers(path)` adds response headers;
 * - `prefix` serves the files under a sub-path (e.g. `/tools/ladder/`);
 * - `extra` maps paths to extra file contents (a configuration file);
 * - `rewrite(path, text)` changes text files on the way out;
 * - `block(path)` answers 404 for files that exist;
 * - `gzip` compresses text and wasm as a static host does (level 9, like
 *   the release bundle's .gz copies).
 */
export async function serve(dir = DIST, { headers = () => ({}), prefix = '/', extra = {}, rewrite, block = () => false, port = 0, gzip = false } = {}) {
  const zipped = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      if (!url.pathname.startsWith(prefix)) throw new Error('outside');
      const rel = '/' + url.pathname.slice(prefix.length);
      if (block(rel)) throw new Error('blocked');
      let path = normalize(decodeURIComponent(rel)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dir, path);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = extra[rel] !== undefined ? Buffer.from(extra[rel]) : await readFile(file);
      if (rewrite && /\.(html|js|css|json)$/.test(file)) body = Buffer.from(rewrite(rel, body.toString('utf8')));
      const compress = gzip && /\.(html|m?js|css|json|wasm|svg)$/.test(file) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (compress) {
        const key = `${file}:${body.length}`;
        if (!zipped.has(key)) zipped.set(key, gzipSync(body, { level: 9 }));
        body = zipped.get(key);
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(extra[rel] !== undefined ? rel : file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers(url.pathname),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const bound = server.address().port;
  return {
    url: `http://127.0.0.1:${bound}${prefix}`,
    origin: `http://127.0.0.1:${bound}`,
    port: bound,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** The built app's server and the browser of the current test file. */
export let server;
export let browser;

/** Starts them before this file's tests and stops them after. */
export function startApp() {
  before(async () => {
    server = await serve();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A fresh page that records page errors and console errors (a Rust panic
 * shows up as one of them) so a test can assert there were none.
 */
export async function newPage(browser, { width = 1280, height = 900, locale = 'en-US', init } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  return page;
}

/** Opens the app and waits until it has drawn its first screen. */
export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('.app .step-heading');
}

/** Runs axe-core with the WCAG 2.x A/AA tags; returns readable violations. */
export async function axe(page) {
  // Colours are checked at rest, not halfway through a transition.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What has keyboard focus, as tag and text. */
export async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      text: (el?.textContent ?? '').trim(),
      type: el?.getAttribute('type'),
      name: el?.getAttribute('name'),
      value: el?.value ?? null,
      id: el?.id,
      label: el?.getAttribute('aria-label'),
    };
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page, match, { max = 40, shift = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error(`keyboard focus never reached the target after ${max} presses`);
}

/** The text of the step heading. */
export const heading = async (page) => (await page.locator('.step-heading').first().textContent()).trim();

/** Answers the current question by clicking the option at `index`, then Next. */
export async function answerByClick(page, index) {
  const choices = page.locator('.choice input[type=radio]');
  await choices.nth(Math.min(index, (await choices.count()) - 1)).check();
  await page.locator('.question button.next').click();
}

/**
 * The questions a person doing `role` is asked (the first, default set
 * unless named), in the app's order; a "rushed" twin carries its ordinary
 * item's options, qualities and roles, as the app reads it.
 */
export function questionnaire(role) {
  const content = JSON.parse(readFileSyncNode(join(ROOT, 'content/assessment.json'), 'utf8'));
  const set = role ?? content.roles[0].id;
  const byId = new Map(content.items.map((i) => [i.id, i]));
  return content.items
    .map((i) => {
      const twin = i.pressure_of && byId.get(i.pressure_of);
      return twin ? { ...twin, ...i, options: twin.options, roles: twin.roles, allows_na: twin.allows_na } : i;
    })
    .filter((i) => !i.roles || i.roles.length === 0 || i.roles.includes(set));
}
