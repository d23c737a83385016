// The configuration builder (builder.html, issue 21): a hotel chain's
// configuration built from scratch with the live preview, downloaded,
// checked against docs/config.schema.json, and put on a host page with the
// generated snippet and headers (0 CSP violations); a hostile file opens
// with its problems listed and nothing breaks.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, axe, launch, newPage, serve, test } from './harness.mjs';

const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'docs/config.schema.json'), 'utf8'));
// The app's documented policy (docs/embedding.md), `frame-src 'self'` for the builder's preview.
const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:; worker-src 'self'; frame-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";

/**
 * The JSON Schema keywords docs/config.schema.json uses, checked without a
 * dependency: every problem as "path: what".
 */
function validate(schema, value, path = '$', out = []) {
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const is = (t) => t === type || (t === 'integer' && Number.isInteger(value)) || (t === 'number' && type === 'number');
  if (schema.type && ![schema.type].flat().some(is)) out.push(`${path}: not ${schema.type}`);
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) out.push(`${path}: not one of ${schema.enum}`);
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) out.push(`${path}: not ${schema.const}`);
  if (type === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${path}: does not match ${schema.pattern}`);
    if (schema.minLength !== undefined && [...value].length < schema.minLength) out.push(`${path}: too short`);
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) out.push(`${path}: too long`);
  }
  if (type === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) out.push(`${path}: above ${schema.maximum}`);
  }
  if (type === 'array') {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push(`${path}: too few items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push(`${path}: too many items`);
    if (schema.items) value.forEach((v, i) => validate(schema.items, v, `${path}[${i}]`, out));
  }
  if (type === 'object') {
    const props = schema.properties ?? {};
    for (const r of schema.required ?? []) if (!(r in value)) out.push(`${path}: ${r} missing`);
    if (schema.minProperties !== undefined && Object.keys(value).length < schema.minProperties) out.push(`${path}: too few properties`);
    for (const [k, v] of Object.entries(value)) {
      if (schema.propertyNames) validate(schema.propertyNames, k, `${path}.${k} (name)`, out);
      if (props[k]) validate(props[k], v, `${path}.${k}`, out);
      else if (schema.additionalProperties === false) out.push(`${path}: ${k} is not allowed`);
      else if (typeof schema.additionalProperties === 'object') validate(schema.additionalProperties, v, `${path}.${k}`, out);
    }
  }
  for (const [key, need] of [['anyOf', 1], ['oneOf', 1]]) {
    if (!schema[key]) continue;
    const passing = schema[key].filter((s) => validate(s, value, path, []).length === 0).length;
    if (key === 'anyOf' ? passing < need : passing !== need) out.push(`${path}: ${key} not satisfied`);
  }
  return out;
}

let app;
let hosts;
let browser;
// What the app's server sends as its policy, and files put beside it during a test.
let appPolicy = STRICT_CSP;
const beside = {};
before(async () => {
  app = await serve(DIST, { headers: (p) => (p.endsWith('.html') || p.endsWith('/') ? { 'content-security-policy': appPolicy } : {}), extra: beside });
  hosts = await serve(join(ROOT, 'examples'), {
    extra: beside,
    headers: (p) => (p.endsWith('.html') ? { 'content-security-policy': beside.hostPolicy ?? "default-src 'none'" } : {}),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await hosts?.close();
});

/** A page recording CSP violations in every frame from the start. */
async function watchedPage(opts = {}) {
  const page = await newPage(browser, { pace: 1, ...opts });
  await page.context().addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

/**
 * The builder page's own errors. The preview is the real app: it reports a
 * draft's problems in the console as it would on a company's page (the
 * builder shows them at their fields), and a reload a moment after a change
 * may cut the previous load short (its wasm, or a later part it was
 * fetching ahead).
 */
const ownErrors = (page) =>
  page.errors.filter(
    (e) =>
      !e.startsWith('Service Ladder: the configuration was not applied') &&
      !/loading was aborted/.test(e) &&
      !(e.startsWith('TypeError: Failed to fetch') && /service-ladder-split-[0-9a-f]{16}\.js/.test(e)),
  );

async function openBuilder(page) {
  await page.goto(app.url + 'builder.html');
  await page.waitForSelector('.builder-form h2');
}

/** The preview's document once it shows `text` in its header. */
async function previewShows(page, text) {
  const frame = page.frameLocator('.preview-frame');
  await frame.locator('.brand-name', { hasText: text }).waitFor({ timeout: 30_000 });
  return frame;
}

describe('configuration builder', () => {
  test('a hotel chain builds its configuration, downloads it and puts the widget on its page', async () => {
    const page = await watchedPage({ locale: 'ru-RU' });
    try {
      await openBuilder(page);
      assert.equal(await page.locator('.static-home').count(), 0, 'builder.html has no static home');
      // Start from the hotel kind of work, fixed for everyone.
      await page.selectOption('#b-start-role', 'hospitality');
      await page.click('.start-role');
      assert.equal(await page.isChecked('input[name="b-role"][value="hospitality"]'), true);
      // Russian only.
      await page.uncheck('input[type="checkbox"][value="en"]');
      await page.waitForFunction(() => !document.querySelector('#b-name-en'));
      // Brand: the name shows in the preview.
      await page.fill('#b-name-ru', 'Гранд Отели');
      await previewShows(page, 'Гранд Отели');
      // A preview that started just before the change took the draft as it
      // stands and is started again a moment later: look once that is done.
      await page.waitForTimeout(500);
      const frame = await previewShows(page, 'Гранд Отели');
      assert.equal(await frame.locator('.app button.lang').count(), 0, 'the preview offers Russian only: no language switch');
      // A yellow accent is refused with the nearest colour that passes.
      await page.fill('#b-accent', '#ffcc00');
      await page.press('#b-accent', 'Tab');
      await page.waitForSelector('.use-nearest');
      await page.click('.use-nearest');
      const accent = await page.inputValue('#b-accent');
      assert.match(accent, /^#[0-9a-f]{6}$/);
      assert.notEqual(accent, '#ffcc00');
      // The preview takes the colour.
      await page.waitForFunction(
        (hex) => {
          const doc = document.querySelector('.preview-frame')?.contentDocument;
          const el = doc?.querySelector('.app');
          return el && getComputedStyle(el).getPropertyValue('--accent').trim() === hex;
        },
        accent,
        { timeout: 30_000 },
      );
      // The intro, the threshold, the host page.
      // The time from a change to the preview showing it (the bench's figure; the issue asks ≤ 300 ms).
      const changed = Date.now();
      await page.fill('#b-intro-ru', 'Самопроверка для сотрудников наших отелей.');
      await frame.locator('text=Самопроверка для сотрудников наших отелей.').first().waitFor({ timeout: 30_000 });
      console.log(`builder: change → preview updated in ${Date.now() - changed} ms`);
      await page.fill('#b-threshold', '4');
      await page.press('#b-threshold', 'Tab');
      await page.fill('#b-hosts', hosts.origin);
      await page.press('#b-hosts', 'Tab');
      await page.waitForSelector('.builder-status:not(.has-problems)');
      // Two situations of the hotels' own, checked live.
      const situations = [
        ['Гость просит поздний выезд, а номер уже продан на сегодня. Вы…', 'Говорите, что выезд в полдень, так записано в правилах отеля.', 'Предлагаете оставить вещи в камере хранения до вечера.', 'Находите свободный номер и продлеваете гостю выезд без доплаты.'],
        ['Гость жалуется, что в номере шумно из-за ремонта этажом выше. Вы…', 'Объясняете, что ремонт согласован и закончится через неделю.', 'Извиняетесь и обещаете передать жалобу управляющему.', 'Сразу предлагаете тихий номер и помогаете перенести вещи.'],
      ];
      for (const [n, [text, below, same, beyond]] of situations.entries()) {
        await page.click('.add-situation');
        const s = page.locator('fieldset.situation').nth(n);
        await s.locator('.item-problems li').first().waitFor(); // nothing written yet: said at once
        await s.locator('textarea.situation-text').fill(text);
        await s.locator('.option-text[data-key="-1"]').fill(below);
        await s.locator('.option-text[data-key="0"]').fill(same);
        await s.locator('.option-text[data-key="1"]').fill(beyond);
        await s.locator('input[type="checkbox"][value="client_first"]').check();
        await s.locator('.item-problems li').first().waitFor({ state: 'detached' });
      }
      // A journey copied from the hotel template and edited.
      await page.selectOption('#b-template', 'hotel');
      await page.click('.copy-journey');
      const journey = page.locator('fieldset.journey').first();
      await journey.locator('.journey-name').first().fill('Путь гостя «Гранд Отели»');
      const second = await journey.locator('.touchpoint-name').nth(1).inputValue();
      // By keyboard: Enter on the second touchpoint's "earlier"; the focus follows it to the top.
      await journey.locator('.move-earlier').nth(1).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((name) => document.querySelector('fieldset.journey .touchpoint-name')?.value === name, second);
      await page.waitForFunction(() => document.activeElement?.id === 'b-j0-t0-later');
      await journey.locator('.touchpoint-expectation').first().fill('Номер готов к нашему приезду');
      await journey.locator('.handoff').first().check();
      // A threshold out of range is refused, the file keeps 4.
      await page.fill('#b-threshold', '2');
      await page.press('#b-threshold', 'Tab');
      await page.waitForSelector('#b-threshold ~ .field-problems');
      await page.fill('#b-threshold', '4');
      await page.press('#b-threshold', 'Tab');

      // Download the file.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('.download-config')]);
      assert.equal(download.suggestedFilename(), 'config.json');
      const text = readFileSync(await download.path(), 'utf8');
      const config = JSON.parse(text);
      assert.equal(config.role, 'hospitality');
      assert.deepEqual(config.languages, ['ru']);
      assert.equal(config.team_threshold, 4);
      assert.equal(config.brand.name.ru, 'Гранд Отели');
      assert.equal(config.brand.accent, accent);
      assert.deepEqual(config.hosts, [hosts.origin]);
      assert.deepEqual(config.items.map((i) => [i.id, i.kind, i.text.ru, i.options.map((o) => o.key)]), [
        ['own1', 'situation', situations[0][0], [-1, 0, 1]],
        ['own2', 'situation', situations[1][0], [-1, 0, 1]],
      ]);
      assert.equal(config.journeys.length, 1);
      const [own] = config.journeys;
      assert.equal(own.id, 'own-hotel');
      assert.equal(own.name.ru, 'Путь гостя «Гранд Отели»');
      assert.equal(own.touchpoints[0].name.ru, second);
      assert.equal(own.touchpoints[0].expectation.ru, 'Номер готов к нашему приезду');
      assert.equal(own.touchpoints[0].handoff, true);
      assert.deepEqual(validate(SCHEMA, config), [], 'the file validates against docs/config.schema.json');
      assert.ok(validate(SCHEMA, { ...config, team_threshold: 2 }).length > 0, 'the checker can fail');

      // Kept on the device: a reload opens the same draft.
      await page.reload();
      await page.waitForSelector('#b-name-ru');
      assert.equal(await page.inputValue('#b-name-ru'), 'Гранд Отели');

      // The host page with the generated snippet and headers.
      const snippet = await page.locator('.snippet code').textContent();
      assert.match(snippet, /data-config="config\.json"/);
      const hostPolicy = (await page.locator('.host-policy code').textContent()).replace('Content-Security-Policy: ', '');
      appPolicy = (await page.locator('.app-policy code').textContent()).replace('Content-Security-Policy: ', '');
      assert.match(appPolicy, new RegExp(`frame-ancestors 'self' ${hosts.origin}`));
      beside['/config.json'] = text;
      beside.hostPolicy = `default-src 'none'; ${hostPolicy}; base-uri 'none'; object-src 'none'`;
      beside['/hotels.html'] = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Гранд Отели</title></head><body><main><h1>Гранд Отели</h1>${snippet}</main></body></html>`;
      const host = await watchedPage({ locale: 'ru-RU' });
      try {
        await host.goto(hosts.url + 'hotels.html');
        const widget = host.frameLocator('iframe');
        await widget.locator('.brand-name', { hasText: 'Гранд Отели' }).waitFor({ timeout: 60_000 });
        assert.equal(await widget.locator('.config-problems, .config-notice').count(), 0, 'the app accepts the file');
        const inner = host.frames().find((f) => f.url().startsWith(app.origin));
        assert.ok(inner, 'the widget frame is on the app origin');
        assert.deepEqual(await host.evaluate(() => window.__csp), [], 'no CSP violation on the host page');
        assert.deepEqual(await inner.evaluate(() => window.__csp), [], 'no CSP violation in the widget');
        assert.deepEqual(host.errors, []);
      } finally {
        await host.context().close();
      }
      assert.deepEqual(await page.evaluate(() => window.__csp), [], 'no CSP violation in the builder');
      assert.deepEqual(ownErrors(page), []);
    } finally {
      appPolicy = STRICT_CSP;
      await page.context().close();
    }
  });

  test('a hostile file opens with its problems listed and nothing breaks', async () => {
    const page = await watchedPage();
    try {
      await openBuilder(page);
      // Not a configuration at all: said so.
      await page.setInputFiles('#b-open', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('<script>alert(1)</script>') });
      await page.waitForSelector('.not-opened');
      // Markup, huge strings, invisible characters, 10,000 items.
      const hostile = {
        brand: { name: { ru: '<img src=x onerror="window.__pwned=1">', en: '\u202e\u200bevil\u0000' }, accent: 'red' },
        intro: { ru: 'A'.repeat(200_000), en: '<b>bold</b>' },
        role: '<script>',
        team_threshold: 1e9,
        items: Array.from({ length: 10_000 }, (_, i) => ({ id: `x${i}`, kind: 'situation' })),
      };
      await page.setInputFiles('#b-open', { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
      await page.waitForSelector('.builder-status.has-problems');
      assert.ok((await page.locator('.field-problems li').count()) > 0, 'problems are listed');
      assert.equal(await page.locator('.not-opened').count(), 0);
      // Nothing lost: the name is in its field as written, as text.
      assert.equal(await page.inputValue('#b-name-ru'), hostile.brand.name.ru);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.equal(await page.locator('.builder-form img').count(), 0);
      // Smaller, under the size limit: problems at their fields.
      const bad = { role: 'spaceship', team_threshold: 2, brand: { logo: 'http://x.example/l.png' } };
      await page.setInputFiles('#b-open', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
      await page.waitForSelector('[data-field="role"] li');
      await page.waitForSelector('[data-field="team_threshold"] li');
      await page.waitForSelector('[data-field="brand.logo"] li');
      // Still usable: back to the shipped defaults.
      await page.click('.start-defaults');
      await page.waitForSelector('.builder-status:not(.has-problems)');
      assert.deepEqual(ownErrors(page), []);
      assert.deepEqual(await page.evaluate(() => window.__csp), []);
    } finally {
      await page.context().close();
    }
  });

  test('on a phone: no sideways scroll, keyboard reachable, axe-clean', async () => {
    const page = await watchedPage({ width: 375, height: 740 });
    try {
      await openBuilder(page);
      await page.click('.start-defaults');
      await page.waitForSelector('.builder-status:not(.has-problems)');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no sideways scroll at 375 px');
      // The controls are reached with the keyboard: the next after the button pressed.
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'b-start-role');
      // builder.html fetched the builder's part; the app's own page never does.
      const builderPart = () => performance.getEntriesByType('resource').some((e) => /-builder-[0-9a-f]{16}\.wasm$/.test(e.name));
      assert.ok(await page.evaluate(builderPart), 'the builder part is fetched by builder.html');
      const visitor = await newPage(browser);
      try {
        await visitor.goto(app.url + 'index.html');
        await visitor.waitForSelector('.app .step-heading');
        await visitor.waitForTimeout(3000); // the later parts are fetched when idle
        assert.equal(await visitor.evaluate(builderPart), false, 'a visitor never fetches the builder part');
      } finally {
        await visitor.context().close();
      }
      // The builder's own page (the preview's app is checked by its own tests).
      await page.evaluate(() => document.querySelector('.preview-frame')?.remove());
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(ownErrors(page), []);
    } finally {
      await page.context().close();
    }
  });
});
