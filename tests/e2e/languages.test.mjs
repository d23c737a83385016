// A company's own language, with no rebuild: language files made with the
// translators' tools (tests/e2e/languages.sh: template → a mechanical
// translation in full-width letters, placeholders kept → import) named in
// a configuration, in the snippet's iframe and in direct mode. Every screen
// shows only the file's words (no built-in Russian or English sentence);
// a file with keys missing shows the fallback's words and, in preview,
// lists the keys; a right-to-left file turns the widget.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, launch, newPage, questionnaire, serve, toResult } from './harness.mjs';

const read = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** Letters outside {placeholders} in full width, as languages.sh writes them. */
const wide = (s) => {
  let depth = 0;
  return [...s]
    .map((ch) => {
      if (ch === '{') depth++;
      const out = depth === 0 && /[A-Za-z]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch;
      if (ch === '}') depth--;
      return out;
    })
    .join('');
};

/** Every sentence of the built-in tables and the shipped content: the literal pieces between placeholders. */
function builtInPieces() {
  const pieces = new Set();
  const add = (s) => s.split(/\{[a-z0-9_]+\}/).map((p) => p.trim()).filter((p) => p.length >= 8).forEach((p) => pieces.add(p));
  const walk = (v) => {
    if (typeof v === 'string') add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const code of ['ru', 'en']) walk(read(`locales/${code}.json`).messages);
  // Content texts: every {ru, en} pair of the shipped content.
  const texts = (v) => {
    if (Array.isArray(v)) v.forEach(texts);
    else if (v && typeof v === 'object') {
      if (typeof v.ru === 'string' || typeof v.en === 'string') [v.ru, v.en].filter(Boolean).forEach(add);
      else Object.values(v).forEach(texts);
    }
  };
  for (const file of ['assessment', 'journeys', 'ladder']) texts(read(`content/${file}.json`));
  return [...pieces];
}
const PIECES = builtInPieces();

let dir;
let app;
let browser;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'languages-'));
  execFileSync(join(ROOT, 'tests/e2e/languages.sh'), [dir], { stdio: 'inherit' });
  const file = (name) => readFileSync(join(dir, name), 'utf8');
  const config = (entry) => JSON.stringify({ languages: ['ru', 'en', entry] });
  const host = (attrs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
    <body><main><h1>Host</h1><div id="w" data-service-ladder ${attrs}></div><script src="embed.js" async></script></main></body></html>`;
  app = await serve(DIST, {
    extra: {
      '/eo.json': file('eo.json'),
      '/eo-part.json': file('eo-part.json'),
      '/he.json': file('he.json'),
      '/langs.json': config({ code: 'eo', name: 'Esperanto', file: 'eo.json', fallback: 'en' }),
      '/part.json': config({ code: 'eo', name: 'Esperanto', file: 'eo-part.json', fallback: 'en' }),
      '/rtl.json': config({ code: 'he', name: 'עברית', file: 'he.json', fallback: 'en' }),
      '/iframe.html': host('data-config="langs.json" data-lang="eo"'),
      '/direct.html': host('data-mode="direct" data-config="langs.json" data-lang="eo"'),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The widget's visible words, without the language switch (it names every language in itself). */
const words = (root) =>
  root.locator('.app').evaluate((a) => {
    const langs = a.querySelector('.langs')?.innerText ?? '';
    return a.innerText.replace(langs, '');
  });

/** Fails on any built-in Russian or English sentence, or any Cyrillic at all, on the screen shown. */
async function onlyTheFilesWords(root, where) {
  const text = await words(root);
  const cyrillic = text.match(/[А-Яа-яЁё][^\n]{0,40}/);
  assert.equal(cyrillic, null, `${where}: Russian on screen: ${cyrillic?.[0]}`);
  const found = PIECES.filter((p) => text.includes(p));
  assert.deepEqual(found, [], `${where}: built-in sentences on screen`);
  assert.ok(/[Ａ-Ｚａ-ｚ]/.test(text), `${where}: the file's words are shown`);
}

/** Home → kind of work → a question → result, the journeys, a touchpoint, the map, data, team. */
async function walkEverything(root) {
  await root.locator('.step-heading').first().waitFor();
  assert.equal(await root.locator('.app').getAttribute('lang'), 'eo');
  await onlyTheFilesWords(root, 'home');
  await root.locator('.home button.primary').first().click();
  await root.locator('.role, .question').first().waitFor();
  let role;
  if (await root.locator('.role').count()) {
    await onlyTheFilesWords(root, 'kind of work');
    role = await root.locator('.choice input').first().getAttribute('value');
    await root.locator(`.choice input[value="${role}"]`).click();
  }
  await root.locator('.question').waitFor();
  await onlyTheFilesWords(root, 'a question');
  for (const [i, item] of questionnaire(role).entries()) {
    const heading = await root.locator('.step-heading').first().textContent();
    await root.locator('.choice input[type=radio]').nth(i % 2).click();
    if (item) await root.locator('.step-heading').first().filter({ hasNotText: heading }).waitFor();
  }
  await toResult(root);
  await onlyTheFilesWords(root, 'result');
  // The journeys, from the start screen.
  const home = async () => {
    const button = root.getByRole('button', { name: wide('Home'), exact: true }).first();
    // On the result it waits under "More".
    if (!(await button.isVisible()) && (await root.locator('.more summary').count())) await root.locator('.more summary').first().click();
    await button.click();
    await root.locator('.home').waitFor();
  };
  await home();
  await root.locator('.home .part button.primary').nth(1).click();
  await root.getByRole('button', { name: wide('Walk it') }).first().waitFor();
  await onlyTheFilesWords(root, 'journey list');
  await root.getByRole('button', { name: wide('Walk it') }).first().click();
  await root.locator('input[name=rating]').first().waitFor();
  await onlyTheFilesWords(root, 'a touchpoint');
  await root.locator('.walk .to-map').click();
  await root.locator('.map').waitFor();
  await onlyTheFilesWords(root, 'the map');
  await home();
  await root.getByRole('button', { name: wide('Your data') }).first().click();
  await root.locator('.home').waitFor({ state: 'detached' });
  await onlyTheFilesWords(root, 'data');
  await home();
  await root.locator('.managers button').click();
  await root.locator('.home').waitFor({ state: 'detached' });
  await root.locator('.screen .step-heading').first().waitFor();
  await onlyTheFilesWords(root, 'team');
}

describe('a company language from a file', () => {
  test('iframe: ?lang=xx picks it, the switch names it in itself, every screen shows only its words', async () => {
    const page = await newPage(browser);
    await page.goto(app.url + 'iframe.html');
    const frame = page.frameLocator('#w iframe');
    await frame.locator('.step-heading').first().waitFor();
    assert.equal(await frame.locator('.config-problems, .config-notice').count(), 0, 'the configuration applied');
    assert.ok(await frame.getByRole('button', { name: /Esperanto/ }).isVisible());
    await walkEverything(frame);
    assert.deepEqual(page.errors, []);
  });

  test('direct mode: the file is fetched beside the app, every screen shows only its words', async () => {
    const page = await newPage(browser);
    await page.goto(app.url + 'direct.html');
    const root = page.locator('#w');
    await root.locator('.step-heading').first().waitFor();
    assert.equal(await root.locator('.config-problems, .config-notice').count(), 0, 'the configuration applied');
    await walkEverything(root);
    assert.deepEqual(page.errors, []);
  });

  test('the home screen and the switch', async () => {
    // What passes before every screen's words are in the tables: the first screen and the switch back.
    const page = await newPage(browser);
    await page.goto(app.url + 'index.html?config=langs.json&lang=eo');
    await page.locator('.step-heading').first().waitFor();
    assert.equal(await page.locator('.app').getAttribute('lang'), 'eo');
    const heading = await page.locator('.step-heading').first().innerText();
    assert.match(heading, /[Ａ-Ｚａ-ｚ]/, `the file's words: ${heading}`);
    await page.getByRole('button', { name: /English/ }).click();
    await page.locator('.app[lang=en]').waitFor();
    assert.doesNotMatch(await page.locator('.step-heading').first().innerText(), /[Ａ-Ｚａ-ｚ]/);
    await page.getByRole('button', { name: /Esperanto/ }).click();
    await page.locator('.app[lang=eo]').waitFor();
    assert.equal(await page.locator('.step-heading').first().innerText(), heading);
    assert.deepEqual(page.errors, []);
  });

  test('a file with keys missing shows the fallback, never a key, and preview lists the keys', async () => {
    const page = await newPage(browser);
    await page.goto(app.url + 'index.html?config=part.json&lang=eo&preview=1');
    await page.locator('.step-heading').first().waitFor();
    const notices = await page.locator('.config-problems.warnings').innerText();
    assert.match(notices, /languages\[2\]\(eo\): \d+ messages missing, shown in "en": /);
    assert.match(notices, /languages\[2\]\(eo\): \d+ content texts missing, shown in "en": .*items\./);
    // The home screen's own words are the file's; a question's are English, the fallback.
    assert.match(await page.locator('.home').innerText(), /[Ａ-Ｚａ-ｚ]/);
    await page.locator('.home button.primary').first().click();
    await page.locator('.role, .question').first().waitFor();
    const text = await page.locator('.screen').innerText();
    assert.doesNotMatch(text, /\b[a-z0-9_]+\.[a-z0-9_]+\.[a-z0-9_.]+\b/, 'no key shown');
    assert.match(text, /[A-Za-z]{4,}/, 'the English fallback');
    // Without preview, visitors see no list.
    await page.goto(app.url + 'index.html?config=part.json&lang=eo');
    await page.locator('.step-heading').first().waitFor();
    assert.equal(await page.locator('.config-problems').count(), 0);
  });

  test('a broken language file is a configuration problem with its path; the built-in languages run', async () => {
    const page = await newPage(browser);
    await page.route('**/eo.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"code": "eo", "name": "Esperanto", "messages": {"app": {"language": "<b>x</b>"}}}' }),
    );
    await page.goto(app.url + 'index.html?config=langs.json&lang=eo&preview=1');
    await page.locator('.config-problems').first().waitFor();
    assert.match(await page.locator('.config-problems li').first().innerText(), /^languages\[2\]\(eo\.json\)\.messages\.app\.language: contains markup/);
    assert.equal(await page.getByRole('button', { name: /Esperanto/ }).count(), 0);
    assert.equal(await page.locator('.app').getAttribute('lang'), 'en');
  });

  test('a right-to-left language file turns the widget', async () => {
    const page = await newPage(browser);
    await page.goto(app.url + 'index.html?config=rtl.json&lang=he');
    await page.locator('.app[lang=he]').waitFor();
    assert.equal(await page.locator('.app').getAttribute('dir'), 'rtl');
    await page.getByRole('button', { name: /English/ }).click();
    await page.locator('.app[lang=en]').waitFor();
    assert.notEqual(await page.locator('.app').getAttribute('dir'), 'rtl');
  });
});
