// Two builds on one host never mix. The built dist/ is build A; build B is
// derived from it with other bytes and so other hashed names (the wasm
// gains a custom section, the JS and CSS a comment, the loader too) and its
// own assets.json and sw.js. The host sends README's cache headers (a year
// for hashed files, revalidation for the fixed names), and the browser, a
// stale cache in front of the host, or the service worker holds one build's
// files while the other is deployed: the app always starts, and each page
// uses one build's files only.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finish } from '../../tools/post-build.mjs';
import { DIST, ROOT, launch, newPage, serve, test } from './harness.mjs';

// README's Deploy headers: a year for hashed names, revalidation for the rest.
const DEPLOY_HEADERS = (path) => ({
  'cache-control': /-[0-9a-f]{6,16}(_bg)?\.(js|wasm|css)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  'access-control-allow-origin': '*',
});

let work;
const builds = {};
let browser;

const read = (dir, f) => readFileSync(join(dir, f));
const assetsOf = (dir) => JSON.parse(read(dir, 'assets.json'));
/** The hashed files a page of a build loads first (the later parts follow when needed or idle). */
const names = (a) => [a.js, a.split, a.wasm, a.css];
/** Every hashed file of a build. */
const every = (a) => [...names(a), ...a.parts];

/** Build B: build A's files with other bytes and names. */
function derive(from, to, tag) {
  cpSync(from, to, { recursive: true });
  const a = assetsOf(to);
  const h = createHash('sha256').update(tag).digest('hex').slice(0, 16);
  const renamed = new Map(every(a).map((f) => [f, f.replace(/-[0-9a-f]{16}((_bg)?\.(js|wasm|css))$/, `-${h}$1`)]));
  assert.equal(new Set(renamed.values()).size, renamed.size);
  const rename = (text) => [...renamed].reduce((t, [x, y]) => t.replaceAll(x, y), text);
  // A custom section changes the bytes, not what the module does.
  const label = Buffer.from('build');
  const payload = Buffer.concat([Buffer.from([label.length]), label, Buffer.from(tag)]);
  assert.ok(payload.length < 128);
  const section = Buffer.concat([Buffer.from([0, payload.length]), payload]);
  let integrity = '';
  for (const [x, y] of renamed) {
    if (x.endsWith('.wasm')) writeFileSync(join(to, y), Buffer.concat([read(to, x), section]));
    // The glue and the split JS name each other and the wasm parts.
    else if (x.endsWith('.js')) writeFileSync(join(to, y), rename(read(to, x).toString('utf8')) + `\n// ${tag}\n`);
    else {
      const css = read(to, x).toString('utf8') + `\n/* ${tag} */\n`;
      writeFileSync(join(to, y), css);
      integrity = 'sha384-' + createHash('sha384').update(css).digest('base64');
    }
    unlinkSync(join(to, x));
  }
  // The stylesheet link carries Trunk's integrity attribute: B's own.
  let html = rename(read(to, 'index.html').toString('utf8'));
  html = html.replace(/(<link rel="stylesheet" href="[^"]+"[^>]*? integrity=")[^"]+/, `$1${integrity}`);
  writeFileSync(join(to, 'index.html'), html);
  writeFileSync(join(to, 'loader.js'), read(to, 'loader.js').toString('utf8') + `// ${tag}\n`);
  finish(to, { source: ROOT });
  return to;
}

/** A fresh site directory holding `layers` copied in order (later ones win). */
function site(name, ...layers) {
  const dir = join(work, 'sites', name);
  rmSync(dir, { recursive: true, force: true });
  for (const layer of layers) cpSync(layer, dir, { recursive: true });
  return dir;
}

/** Copies `files` of `from` over `dir` (a deploy, or a stale cache's answer). */
function put(dir, from, files) {
  for (const f of files) cpSync(join(from, f), join(dir, f));
}

/** The hashed files this page has loaded, by name. */
async function used(page) {
  return page.evaluate(() =>
    [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop()))].filter((n) =>
      /-[0-9a-f]+(_bg)?\.(js|wasm|css)$/.test(n),
    ),
  );
}

/** `page` runs build `want` and nothing of build `other`. */
async function runs(page, want, other) {
  const loaded = await used(page);
  for (const f of names(builds[want])) assert.ok(loaded.includes(f), `build ${want}'s ${f} is used (${loaded.join(', ')})`);
  for (const f of every(builds[other])) assert.ok(!loaded.includes(f), `build ${other}'s ${f} is not used (${loaded.join(', ')})`);
  const sheet = await page.evaluate(() => document.querySelector('link[rel=stylesheet]')?.href ?? '');
  if (sheet) assert.ok(sheet.endsWith(builds[want].css), sheet);
}

const started = (page) => page.locator('.app .step-heading').first().waitFor();

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'service-ladder-versions-'));
  const A = site('A', DIST);
  const B = derive(A, join(work, 'B'), 'build B');
  builds.A = assetsOf(A);
  builds.B = assetsOf(B);
  builds.dirs = { A, B };
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A context without service workers: only HTTP caches are in play. */
async function plainPage() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

describe('two builds on one host', () => {
  test('the derived build differs in every hashed name', () => {
    for (const k of ['js', 'split', 'wasm', 'css']) assert.notEqual(builds.A[k], builds.B[k]);
    assert.equal(builds.B.parts.length, builds.A.parts.length);
    for (const f of builds.A.parts) assert.ok(!builds.B.parts.includes(f), f);
    assert.notEqual(builds.A.build, builds.B.build);
  });

  test('B unpacked over A: a browser holding A in its cache reloads into B alone', async () => {
    const dir = site('over', builds.dirs.A);
    const server = await serve(dir, { headers: DEPLOY_HEADERS });
    const page = await plainPage();
    await page.goto(server.url);
    await started(page);
    await runs(page, 'A', 'B');
    site('over', builds.dirs.A, builds.dirs.B); // the deploy
    await page.reload();
    await started(page);
    await runs(page, 'B', 'A');
    assert.deepEqual(page.errors, []);
    await page.context().close();
    await server.close();
  });

  test('B replacing A entirely: a browser holding A in its cache starts B', async () => {
    const dir = site('replaced', builds.dirs.A);
    const server = await serve(dir, { headers: DEPLOY_HEADERS });
    const page = await plainPage();
    await page.goto(server.url);
    await started(page);
    site('replaced', builds.dirs.B);
    await page.reload();
    await started(page);
    await runs(page, 'B', 'A');
    assert.deepEqual(page.errors, []);
    await page.context().close();
    await server.close();
  });

  test('a stale index.html (A) served next to B: the page runs A alone; a stale loader.js with B’s page runs B alone', async () => {
    const staleIndex = site('stale-index', builds.dirs.A, builds.dirs.B);
    put(staleIndex, builds.dirs.A, ['index.html']);
    const staleLoader = site('stale-loader', builds.dirs.A, builds.dirs.B);
    put(staleLoader, builds.dirs.A, ['loader.js']);
    for (const [dir, want, other] of [
      [staleIndex, 'A', 'B'],
      [staleLoader, 'B', 'A'],
    ]) {
      const server = await serve(dir, { headers: DEPLOY_HEADERS });
      const page = await plainPage();
      await page.goto(server.url);
      await started(page);
      await runs(page, want, other);
      assert.deepEqual(page.errors, []);
      await page.context().close();
      await server.close();
    }
  });

  test('a page whose preload links a host dropped starts from assets.json, the same build', async () => {
    const dir = site('no-preload', builds.dirs.A, builds.dirs.B);
    const html = read(builds.dirs.B, 'index.html').toString('utf8').replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
    assert.doesNotMatch(html, /data-entry/);
    writeFileSync(join(dir, 'index.html'), html);
    const server = await serve(dir, { headers: DEPLOY_HEADERS });
    const page = await plainPage();
    await page.goto(server.url);
    await started(page);
    await runs(page, 'B', 'A');
    assert.deepEqual(page.errors, []);
    await page.context().close();
    await server.close();
  });

  test('direct mode follows assets.json: B’s over A, or a stale one (A), never a mix', async () => {
    const fresh = site('direct-b', builds.dirs.A, builds.dirs.B);
    const stale = site('direct-stale', builds.dirs.A, builds.dirs.B);
    put(stale, builds.dirs.A, ['assets.json']);
    for (const [dir, want, other] of [
      [fresh, 'B', 'A'],
      [stale, 'A', 'B'],
    ]) {
      const server = await serve(dir, { headers: DEPLOY_HEADERS });
      const hosts = await serve(join(ROOT, 'examples'), { rewrite: (path, text) => text.replaceAll('http://127.0.0.1:8080', server.origin) });
      const page = await plainPage();
      await page.goto(hosts.url + 'direct.html');
      await page.locator('#widget .step-heading').waitFor();
      const loaded = await used(page);
      for (const f of names(builds[want])) assert.ok(loaded.includes(f), `${f} in ${loaded}`);
      for (const f of every(builds[other])) assert.ok(!loaded.includes(f), `${f} not in ${loaded}`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
      await hosts.close();
      await server.close();
    }
  });
});

describe('the service worker across a deploy', () => {
  test('A keeps running until the person accepts B; then B alone, offline too', async () => {
    const dir = site('sw', builds.dirs.A);
    const server = await serve(dir, { headers: DEPLOY_HEADERS });
    const page = await newPage(browser);
    await page.goto(server.url);
    await started(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    site('sw', builds.dirs.A, builds.dirs.B); // B unpacked over A
    await page.reload();
    await started(page);
    // Still A, from the worker, and told about B.
    await runs(page, 'A', 'B');
    const notice = page.locator('.notice.update');
    await notice.waitFor();
    assert.match(await notice.innerText(), /A new version is ready — reload\./);
    assert.equal(await page.locator('[role=status]').innerText(), 'A new version is ready — reload.');
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.locator('.app[lang=ru]').first().waitFor();
    assert.match(await notice.innerText(), /Готова новая версия — перезагрузите страницу\./);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.app[lang=en]').first().waitFor();
    // Accepting: B takes over and the page reloads into it.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await started(page);
    await runs(page, 'B', 'A');
    assert.equal(await notice.count(), 0);
    const caches = await page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1, caches.join());
    assert.ok(caches[0].endsWith(':' + builds.B.build), caches[0]);
    // Offline, B starts from the worker.
    await page.context().setOffline(true);
    await page.reload();
    await started(page);
    await runs(page, 'B', 'A');
    assert.deepEqual(page.errors, []);
    await page.context().close();
    await server.close();
  });

  test('a new sw.js next to a stale index.html is not taken: no notice, A keeps running', async () => {
    const dir = site('sw-stale', builds.dirs.A);
    const server = await serve(dir, { headers: DEPLOY_HEADERS });
    const page = await newPage(browser);
    await page.goto(server.url);
    await started(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // B's files and worker are out, but a cache still answers with A's page.
    site('sw-stale', builds.dirs.A, builds.dirs.B);
    put(dir, builds.dirs.A, ['index.html']);
    await page.reload();
    await started(page);
    const outcome = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update().catch(() => {});
      while (registration.installing) await new Promise((ok) => setTimeout(ok, 50));
      return { waiting: !!registration.waiting, active: registration.active?.state };
    });
    assert.deepEqual(outcome, { waiting: false, active: 'activated' });
    await page.waitForTimeout(200);
    assert.equal(await page.locator('.notice.update').count(), 0);
    await runs(page, 'A', 'B');
    await page.context().close();
    await server.close();
  });
});
