// Offline: after one visit the service worker keeps the build, and the app
// reloads and completes the self-check with the network gone — with a
// company configuration file too. It is registered on the app's own page
// (its tab, the snippet's iframe), never in a host page (direct mode).
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, answerByClick, launch, newPage, questionnaire, serve, startCheck, test, toResult } from './harness.mjs';

// The questions of the default kind of work.
const TOTAL = questionnaire().length;
const CONFIG = readFileSync(join(ROOT, 'docs/config.example.json'), 'utf8');
const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:; worker-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";

let app;
let hosts;
let hostsOrigin = '';
let browser;
before(async () => {
  app = await serve(DIST, {
    headers: () => ({ 'content-security-policy': STRICT_CSP, 'access-control-allow-origin': '*' }),
    extra: { '/acme.json': CONFIG },
  });
  hosts = await serve(join(ROOT, 'examples'), {
    rewrite: (path, text) =>
      text.replaceAll('http://127.0.0.1:8080', app.origin).replaceAll('"http://127.0.0.1:8000", "http://localhost:8000"', `"${hostsOrigin}"`),
  });
  hostsOrigin = hosts.origin;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await hosts?.close();
});

/** Waits until this page's build is kept offline (the worker is active). */
const kept = (frame) =>
  frame.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return { state: registration.active.state, script: registration.active.scriptURL };
  });

async function completeIn(page) {
  await startCheck(page);
  for (let i = 0; i < TOTAL; i++) await answerByClick(page, i % 3);
  await toResult(page);
}

describe('offline', () => {
  test('one visit, then no network: the app reloads and the check is completed', async () => {
    const page = await newPage(browser);
    await page.context().addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(app.url);
    await page.locator('.app .step-heading').waitFor();
    const worker = await kept(page);
    assert.equal(worker.script, app.url + 'sw.js');
    await page.context().setOffline(true);
    await page.reload();
    await page.locator('.app .step-heading').waitFor();
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'served by the service worker');
    await completeIn(page);
    // Answers by position in turn may contradict each other: then no level, said so (issue 18).
    assert.match(await page.locator('.result').innerText(), /spontaneous|regulated|cultural|between|not clear yet/i);
    // A share link and the data screen work offline too.
    await page.getByRole('button', { name: 'Share' }).click();
    // The other language's words, never fetched on the visit, are kept too (sw.js keeps every table).
    await page.locator('.app button.lang[lang=ru]').click();
    await page.waitForFunction(() => /[а-яё]/i.test(document.querySelector('.app .step-heading')?.textContent ?? ''));
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a configuration file used on the first visit applies offline as well', async () => {
    const page = await newPage(browser);
    await page.goto(app.url + 'index.html?config=acme.json');
    await page.locator('.app .step-heading').waitFor();
    assert.equal(await page.locator('.brand span').innerText(), 'Avtodom');
    await kept(page);
    await page.context().setOffline(true);
    await page.reload();
    await page.locator('.app .step-heading').waitFor();
    assert.equal(await page.locator('.brand span').innerText(), 'Avtodom');
    assert.equal(await page.locator('.config-notice, .config-problems').count(), 0);
    await page.context().close();
  });

  test('not kept offline where the build does not load: nothing is registered', async () => {
    const server = await serve(DIST, { block: (p) => p.endsWith('.wasm') });
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.locator('.load-failed').waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    await page.context().close();
    await server.close();
  });
});

describe('where the worker is registered', () => {
  test('iframe mode: in the app’s own frame, on the app’s origin', async () => {
    const page = await newPage(browser);
    await page.goto(hosts.url + 'iframe.html');
    await page.frameLocator('#widget iframe').locator('.step-heading').waitFor();
    const worker = await kept(page.frames().find((f) => f.url().startsWith(app.url)));
    assert.equal(worker.script, app.url + 'sw.js');
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'none in the host page');
    await page.context().close();
  });

  test('direct mode: never in the host page', async () => {
    const page = await newPage(browser);
    await page.goto(hosts.url + 'direct.html');
    await page.locator('#widget .step-heading').waitFor();
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), false);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
