// The first load: the home screen as static HTML before any wasm, in the
// visitor's language, replaced by the app's own; the first question with
// only the first part of the wasm; every other screen from a later part
// (src/ui/router.rs, split off by tools/post-build.mjs); a later part that
// cannot be fetched shows a retry and recovers.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  DIST,
  PATTERNS,
  ROOT,
  answerByClick,
  choiceFor,
  completeCheck,
  heading,
  launch,
  movedFrom,
  newPage,
  questionnaire,
  serve,
  startCheck,
  test,
  toResult,
} from './harness.mjs';
import { homesIn, staticHome } from '../../tools/static-home.mjs';

const ASSETS = JSON.parse(readFileSync(join(DIST, 'assets.json'), 'utf8'));
const { journeys } = JSON.parse(readFileSync(join(ROOT, 'content/journeys.json'), 'utf8'));
const gz = (f) => gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length;
/**
 * What the first question needs: the page, the loader, the stylesheet, the
 * glue, the split JS, the first part, and the first screens' words of the
 * visitor's language (English here) — not the other language's (issue 17),
 * nor the later screens' words (issue 19).
 */
const FIRST = ['index.html', 'loader.js', ASSETS.css, ASSETS.js, ASSETS.split, ASSETS.wasm, ASSETS.words.en];
// Where the first load stands (301 KB with the English table of words: 258.6
// KB before issue 17, then the words moved into locales/ — only the
// visitor's table is fetched — and company languages, the language file
// reader and every screen's keys came into the first part; QUALITY.md's
// target is 150 KB, and docs/size.md says what stands in the way): a guard
// against it growing unnoticed. The bench prints the figure.
// A colleague's view (issue 18) adds 6.7 KB to it, measured 300.7 → 307.4
// KB: the moments a colleague is asked about are content read at start,
// the views are a field of the saved document and of history records (both
// read at start), and the words of the feature are in the visitor's table
// (+1.6 KB). The asking and answer links are read in later parts.
// The last five clients, the time per question and the option order, the
// team's privacy rules in the saved collections, and share links that
// carry the evidence (issues 18-20) bring it to 315.9 KB (measured): the
// saved document's readers and the content are read at start. Known
// reduction for the next step (docs/size.md): concepts and journeys (14.4
// KB gzip of content) are not needed before the first question.
// Sealed results (issue 20) bring it to 318.4 KB (measured; per file,
// gzip, against a build without them): the visitor's table of words +0.9
// KB (the team key, Send's two ways and the sealed-link screens), the JS
// glue +0.5 KB (wasm-bindgen writes the WebCrypto imports into the one
// glue file every part shares; the WebCrypto code itself is in the later
// parts), the first wasm part +0.2 KB (a kept collection's sealed mark is
// read with the saved document; the address's two new link kinds are
// routed to the later screens that read them).
// With the dashboard's words (key figures, trend arrows, fold note), as is
// and to be, the newer-tab notice and the shorter check's words, all in
// the visitor's one table, it measured 320,522 bytes (issue 20's sealing
// +2.5 KB, the dashboard ≈ +1.3 KB, the rest ≈ +0.8 KB, from 315.9 KB).
// The table of words is fetched whole before the first question: splitting
// it by screen (the team's, the walk's and the data screen's words after
// the first question) is the next reduction, with concepts and journeys.
// Links with answers from another setup and the "one option" hold in the
// team intake (their words, and the link reader's item ids) took it to
// 320,855 bytes.
// Each table of words split by screen (locales/first.json: the frame,
// Home, the choice of work and the questions before the first question;
// the rest fetched before a later screen, src/ui/router.rs) took it to
// 306,185 bytes: the English words fetched first 17.9 → 1.8 KiB, the first
// wasm part +1.7 KiB (reading and fetching the later file, a word looked
// up in both halves). The seeds' concepts are not in the first part (moving
// them to a file of their own took 9.3 KiB from the later parts, none from
// the first), so journeys and the saved document's readers are what is
// left to move (docs/size.md).
// The configuration builder (issue 21) is a later part of its own and its
// words are left out of the visitor's tables, but starting it and linking
// it cost +0.9 KB (measured on 320,855 before the split of the words): the split loader +0.2 KB
// (wasm-split writes a loader for each chunk the builder shares with the
// other parts), the first wasm part ≈ +0.5 KB (builder.html's start: its
// words and the call into its part), the link's two words +0.07 KB, the JS
// glue +0.06 KB, loader.js +0.05 KB.

// The later parts a visitor's pages fetch: all but the configuration's
// (only a page with one needs it), the builder's (only builder.html) and
// the chunks of code only those two share (the split JS names, above each
// chunk, the parts that use it).
const SPLIT_JS = readFileSync(join(DIST, ASSETS.split), 'utf8');
const PAGE_ONLY = new Set(['config', 'builder']);
function visitorPart(part) {
  if (part.includes('-config-') || part.includes('-builder-')) return false;
  if (!/-chunk\d+-/.test(part)) return true;
  const at = SPLIT_JS.indexOf(`"./${part}"`);
  const users = at < 0 ? null : [...SPLIT_JS.slice(0, at).matchAll(/\/\* ([a-z0-9_, ]+) \*\//g)].at(-1)?.[1];
  return !users || users.split(', ').some((u) => !PAGE_ONLY.has(u));
}
// Then the team focus (issue 20: the saved document's kept collections
// carry a focus, schema 6, read at start-up) and the sender's optional name
// (issue 19: share links of version 5) took it to 308,955 bytes.
const FIRST_BUDGET = 309_500;

let browser;
let server;
let blocked = () => false;
before(async () => {
  browser = await launch();
  server = await serve(DIST, { gzip: true, block: (path) => blocked(path) });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The app itself is up (not index.html's static home). */
const mounted = (page) => page.locator('.app .step-heading').first().waitFor();

describe('the first load', () => {
  test('the first question is interactive with only the first part downloaded', async () => {
    const page = await newPage(browser);
    // Pressed the moment it can be: the static home's button once loader.js
    // has shown it (before that it is hidden), acted on when the app mounts;
    // then the first kind of work on the choice of work (nothing is
    // pre-selected there) and Next.
    await page.addInitScript(() => {
      new MutationObserver((_, watch) => {
        const start = document.querySelector('.home button.primary');
        if (start && !window.__clicked && (document.documentElement.dataset.boot || start.closest('.app'))) {
          window.__clicked = true;
          start.click();
        }
        // The first kind of work, then Next at once (without waiting for
        // the tap's highlight, in which the later parts would arrive).
        const kind = document.querySelector('.app .role .choice input[type=radio]');
        if (kind && !window.__next) {
          window.__next = true;
          kind.click();
          document.querySelector('.app .role button.next')?.click();
        }
        if (document.querySelector('.question input[type=radio]')) {
          window.__files = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
            name: new URL(e.name).pathname.split('/').pop() || 'index.html',
            bytes: e.encodedBodySize,
          }));
          watch.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-boot'] });
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__files !== undefined);
    assert.match(await heading(page), /^Question 1 of /);
    const files = await page.evaluate(() => window.__files);
    const names = files.map((f) => f.name).sort();
    assert.deepEqual(names, [...FIRST].sort(), 'exactly the first part and what it needs');
    const bytes = files.reduce((n, f) => n + f.bytes, 0);
    assert.equal(bytes, FIRST.reduce((n, f) => n + gz(f), 0), 'gzip on the wire, as served');
    assert.ok(bytes < FIRST_BUDGET, `${bytes} bytes before the first question`);
    console.log(`before the first question: ${names.length} files, ${(bytes / 1000).toFixed(1)} KB gzip`);
    // The rest is fetched once the first screen is up and the browser idle
    // (all but the configuration's part: only a page with one needs it;
    // and the builder's: only builder.html needs it, builder.test.mjs).
    // The later screens' words too.
    const rest = [...ASSETS.parts.filter(visitorPart), ASSETS.wordsLater.en];
    await page.waitForFunction((parts) => parts.every((p) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(p))), rest);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  for (const [locale, lang, title, start] of [
    ['en-US', 'en', 'How client-oriented is your service?', 'Start the self-check'],
    ['ru-RU', 'ru', 'Насколько вы ориентированы на клиента?', 'Начать самопроверку'],
  ]) {
    test(`the static home before any wasm, in the visitor's language (${lang}), becomes the app's home without a jump`, async () => {
      const page = await newPage(browser, { locale, width: 360, height: 740 });
      let release;
      const gate = new Promise((ok) => (release = ok));
      await page.route(`**/${ASSETS.wasm}`, async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto(server.url);
      const shown = page.locator(`.static-home[lang=${lang}]`);
      await shown.locator('.static-heading').waitFor();
      assert.equal(await page.locator('.static-home:visible').count(), 1, 'one language shown');
      assert.equal(await shown.locator('.static-heading').innerText(), title);
      const before = { text: await shown.innerText(), box: await shown.locator('.static-heading').boundingBox() };
      release();
      await mounted(page);
      assert.equal(await page.locator('.static-home').count(), 0, 'replaced');
      const app = page.locator('.app');
      assert.equal(await app.innerText(), before.text, 'the same words in the same order');
      assert.deepEqual(await app.locator('.step-heading').boundingBox(), before.box, 'the heading where it was');
      assert.equal(await app.getByRole('button', { name: start }).count(), 1);
      // The very markup, generated from the app's home: else `make static-home`.
      const built = homesIn(readFileSync(join(DIST, 'index.html'), 'utf8'));
      assert.equal(built.length, 2, 'index.html holds a static home per language');
      assert.equal(await app.evaluate(staticHome), built.find((h) => h.startsWith(`<div class="static-home" lang="${lang}"`)), 'index.html is up to date (make static-home)');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }

  test('a language and a button pressed on the static home are acted on when the app mounts', async () => {
    const page = await newPage(browser);
    let release;
    const gate = new Promise((ok) => (release = ok));
    await page.route(`**/${ASSETS.wasm}`, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(server.url);
    await page.locator('.static-home[lang=en] .static-heading').waitFor();
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('button', { name: 'Начать самопроверку' }).click();
    release();
    // The button's own next step: the choice of work, in the chosen language.
    await page.locator('.app .role').waitFor();
    assert.equal(await heading(page), 'Где вы работаете?');
    // Nothing pre-selected: Next alone says to choose; a tap chooses and goes on.
    await page.locator('.role button.next').click();
    assert.equal(await page.getByRole('status').innerText(), 'Выберите ответ, чтобы продолжить.');
    await page.locator('.role .choice input[type=radio]').first().click();
    await page.locator('.app .question').waitFor();
    assert.match(await heading(page), /^Вопрос 1 из /);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    await answerByClick(page, 1);
    assert.match(await heading(page), /^Вопрос 2 из /);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a question under way opens there, with the loading state instead of the home', async () => {
    const page = await newPage(browser);
    await page.addInitScript(() => localStorage.setItem('service-ladder:state', JSON.stringify({ schema: 2, screen: { question: { index: 2 } }, answers: {} })));
    let release;
    const gate = new Promise((ok) => (release = ok));
    await page.route(`**/${ASSETS.wasm}`, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(server.url);
    await page.locator('.boot').waitFor();
    assert.equal(await page.locator('.static-home:visible').count(), 0);
    release();
    await mounted(page);
    assert.match(await heading(page), /^Question 3 of /);
    await page.context().close();
  });

  test('a share link, a configuration or snippet options: the loading state, never a home that is about to change', async () => {
    const page = await newPage(browser);
    // The wasm held back: what shows is loader.js's choice alone.
    await page.route(`**/${ASSETS.wasm}`, () => {});
    for (const [where, boot] of [
      ['', 'home'],
      ['?lang=ru', 'home'],
      ['#share=x', 'wait'],
      ['?config=acme.json', 'wait'],
      ['?header=none', 'wait'],
      ['?parts=walkthrough', 'wait'],
    ]) {
      await page.goto('about:blank');
      await page.goto(server.url + where);
      await page.waitForFunction(() => document.documentElement.dataset.boot);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.boot), boot, where);
      assert.equal(await page.locator('.static-home:visible').count(), boot === 'home' ? 1 : 0, where);
      assert.equal(await page.locator('.boot').isVisible(), boot === 'wait', where);
    }
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.context().close();
  });
});

describe('the tables of words', () => {
  test('each table is split by screen: the first file and the later one together are locales/<code>.json', () => {
    const prefixes = JSON.parse(readFileSync(join(ROOT, 'locales/first.json'), 'utf8')).first;
    const flat = (messages, prefix = '', out = {}) => {
      for (const [k, v] of Object.entries(messages)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (v && typeof v === 'object' && !('other' in v)) flat(v, key, out);
        else out[key] = v;
      }
      return out;
    };
    for (const code of ['ru', 'en']) {
      const whole = JSON.parse(readFileSync(join(ROOT, `locales/${code}.json`), 'utf8'));
      const first = JSON.parse(readFileSync(join(DIST, ASSETS.words[code]), 'utf8'));
      const later = JSON.parse(readFileSync(join(DIST, ASSETS.wordsLater[code]), 'utf8'));
      for (const half of [first, later]) assert.deepEqual([half.code, half.name], [whole.code, whole.name]);
      const [a, b] = [flat(first.messages), flat(later.messages)];
      // All but the configuration builder's words (issue 21): only
      // builder.html shows them, from the whole table it names.
      const { builder, ...visitors } = whole.messages;
      assert.ok(builder && Object.keys(builder).length > 10, `${code}: the builder's words are in locales/${code}.json`);
      assert.deepEqual({ ...a, ...b }, flat(visitors), `${code}: nothing lost or changed`);
      const page = readFileSync(join(DIST, 'builder.html'), 'utf8');
      const all = page.match(new RegExp(`${code}:(words-all-${code}-[0-9a-f]{16}\\.json)`))?.[1];
      assert.ok(all, `builder.html names the whole ${code} table`);
      assert.deepEqual(JSON.parse(readFileSync(join(DIST, all), 'utf8')), whole, `${code}: builder.html's table is locales/${code}.json`);
      assert.deepEqual(Object.keys(a).filter((k) => k in b), [], `${code}: no key in both`);
      const isFirst = (k) => prefixes.some((p) => k === p || k.startsWith(`${p}.`));
      assert.ok(Object.keys(a).every(isFirst) && !Object.keys(b).some(isFirst), `${code}: split as locales/first.json says`);
      assert.ok(gz(ASSETS.words[code]) * 4 < gz(ASSETS.wordsLater[code]), `${code}: the first file is the small one`);
    }
  });

  test('the questions need only the first file; a later screen waits for the later words, with a retry when they cannot be fetched', async () => {
    blocked = (path) => path.endsWith(ASSETS.wordsLater.en);
    try {
      const page = await newPage(browser);
      await page.goto(server.url);
      await mounted(page);
      await startCheck(page);
      // Every question drawn with its words, answered by key as a person would.
      const items = questionnaire();
      for (const item of items) {
        const before = await heading(page);
        assert.match(before, /^Question \d+ of \d+/);
        assert.ok((await page.locator('.question button.next').innerText()).trim(), 'Next has its word');
        await page.locator(`.choice input[type=radio][value="${choiceFor(item, PATTERNS.regulated)}"]`).focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('Enter');
        if (item !== items.at(-1)) await movedFrom(page, before);
      }
      const failed = page.locator('.later-failed');
      await failed.waitFor();
      assert.match(await failed.innerText(), /\S/, 'the retry is said in words of the first file');
      assert.equal(await page.locator('.app .episodes, .app .result').count(), 0, 'no later screen drawn without its words');
      blocked = () => false;
      await failed.getByRole('button').click();
      await toResult(page);
      assert.match(await heading(page), /\S/, 'the result with its heading');
      assert.ok(await page.getByRole('button', { name: 'Share' }).isVisible(), "a later screen's words are in");
      await page.context().close();
    } finally {
      blocked = () => false;
    }
  });

  test('a table that cannot be fetched: the static home stays, then a failure with a retry, never a blank page', async () => {
    blocked = (path) => path.endsWith(ASSETS.words.en);
    try {
      const page = await newPage(browser);
      await page.goto(server.url);
      const failed = page.locator('.load-failed[role=alert]');
      await failed.waitFor();
      assert.match(await failed.innerText(), /The app could not start\./);
      blocked = () => false;
      await failed.getByRole('button', { name: 'Try again' }).click();
      await mounted(page);
      assert.match(await heading(page), /client-oriented/);
      await page.context().close();
    } finally {
      blocked = () => false;
    }
  });

  test('switching language fetches the other table once, with the switch busy meanwhile', async () => {
    const page = await newPage(browser);
    const fetched = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname.split('/').pop()));
    let release;
    const gate = new Promise((ok) => (release = ok));
    await page.route(`**/${ASSETS.words.ru}`, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(server.url);
    await mounted(page);
    assert.ok(!fetched.includes(ASSETS.words.ru), 'only the visitor\'s table before the switch');
    const ru = page.locator('.app button.lang[lang=ru]');
    await ru.click();
    await page.locator('.app button.lang[lang=ru][aria-busy=true]').waitFor();
    assert.equal(await page.locator('.app button.lang[lang=en]').isDisabled(), true, 'no second switch meanwhile');
    assert.match(await heading(page), /client-oriented/, 'still English until the words are in');
    release();
    await page.waitForFunction(() => document.querySelector('.app .step-heading')?.textContent.includes('клиент'));
    await page.locator('.app button.lang[lang=en]').click();
    await page.waitForFunction(() => document.querySelector('.app .step-heading')?.textContent.includes('client'));
    await page.locator('.app button.lang[lang=ru]').click();
    await page.waitForFunction(() => document.querySelector('.app .step-heading')?.textContent.includes('клиент'));
    assert.deepEqual(
      [ASSETS.words.en, ASSETS.words.ru].map((f) => fetched.filter((n) => n === f).length),
      [1, 1],
      'each table fetched once',
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('the later parts', () => {
  test('every screen of a later part opens: the whole app walked', async () => {
    const page = await newPage(browser);
    // Every file fetched, across the navigations below.
    const loaded = new Set();
    page.on('requestfinished', (request) => loaded.add(new URL(request.url()).pathname.split('/').pop()));
    const seen = [];
    const step = async () => {
      await mounted(page);
      seen.push(await heading(page));
    };
    await page.goto(server.url);
    await mounted(page);
    await completeCheck(page);
    await toResult(page);
    await step(); // result
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.locator('#share-link').inputValue();
    await page.locator('.more > summary').click();
    await page.getByRole('button', { name: 'Change answers' }).click();
    await step(); // review
    await page.locator('.review button.primary').click();
    await toResult(page);
    await page.locator('.more > summary').click();
    await page.getByRole('button', { name: 'Printable report' }).click();
    await step(); // report
    await page.getByRole('button', { name: /Your data/ }).click();
    await step(); // data
    await page.getByRole('button', { name: 'Home' }).first().click();
    await page.getByRole('button', { name: 'Choose a customer journey' }).click();
    await step(); // journeys
    await page.getByRole('button', { name: `Walk it: ${journeys[0].name.en}` }).click();
    await step(); // a touchpoint
    for (let i = 0; i < journeys[0].touchpoints.length; i++) {
      await page.locator('input[name=rating][value="0"]').check();
      await page.locator('.walk button.next').click();
    }
    await page.locator('.map').waitFor();
    await step(); // map
    await page.getByRole('button', { name: 'What to do this week' }).click();
    await step(); // summary
    await page.locator('.more > summary').click();
    await page.locator('.more-list').getByRole('button', { name: 'Home' }).click();
    await page.getByRole('button', { name: 'For managers: see your team' }).click();
    await step(); // team
    await page.goto(link);
    await page.reload();
    await step(); // shared
    assert.equal(seen.at(-1), 'Result (read-only)');
    assert.equal(new Set(seen).size, seen.length, seen.join(' | '));
    // Every part but the configuration's own (a page with a configuration fetches it: embed.test.mjs)
    // and the builder's (builder.html fetches it: builder.test.mjs).
    for (const part of ASSETS.parts.filter(visitorPart)) assert.ok(loaded.has(part), `${part} loaded`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a later part that cannot be fetched: a retry in the status region, in both languages, then it recovers', async () => {
    const screens = ASSETS.parts.find((p) => p.includes('-screens-'));
    blocked = (path) => path.endsWith(screens);
    try {
      const page = await newPage(browser);
      await page.goto(server.url);
      await mounted(page);
      await page.getByRole('button', { name: /Your data/ }).click();
      const failed = page.locator('.later-failed');
      await failed.waitFor();
      assert.match(await failed.innerText(), /This part of the app did not load\.[\s\S]*Try again/);
      assert.equal(await page.locator('[role=status]').innerText(), 'This part of the app did not load. Check the connection and try again.');
      // The rest of the app still works: no trap, nothing blank.
      await page.getByRole('button', { name: 'Русский' }).click();
      // Russian's words are fetched first now (issue 17): the switch is no longer instant.
      await failed.filter({ hasText: 'Эта часть' }).waitFor();
      assert.match(await failed.innerText(), /Эта часть приложения не загрузилась\.[\s\S]*Попробовать ещё раз/);
      assert.match(await page.locator('[role=status]').innerText(), /^Эта часть приложения не загрузилась/);
      await page.getByRole('button', { name: 'English' }).click();
      await failed.waitFor();
      blocked = () => false;
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.locator('.step-heading', { hasText: 'Your data on this device' }).waitFor();
      assert.equal(await failed.count(), 0);
      assert.equal(await page.locator('[role=status]').innerText(), '');
      // Only the failed fetches were reported.
      assert.deepEqual(page.errors.filter((e) => !/404|Failed to fetch|Incorrect response MIME type|WebAssembly/i.test(e)), []);
      await page.context().close();
    } finally {
      blocked = () => false;
    }
  });

  test('the built parts are all named by assets.json and kept offline by the worker', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const wasm = readdirSync(DIST).filter((f) => f.endsWith('.wasm'));
    assert.deepEqual(wasm.sort(), [ASSETS.wasm, ...ASSETS.parts].sort());
    for (const f of [ASSETS.js, ASSETS.split, ...wasm]) {
      assert.match(f, /-[0-9a-f]{16}(_bg)?\.(js|wasm)$/, 'a content hash in the name');
      assert.ok(sw.includes(`"${f}"`), `${f} in sw.js`);
    }
    // The tables of words too: hashed, and kept offline (a language switched to offline).
    assert.deepEqual(Object.keys(ASSETS.words).sort(), ['en', 'ru']);
    for (const f of Object.values(ASSETS.words)) {
      assert.match(f, /^words-[a-z]{2}-[0-9a-f]{16}\.json$/);
      assert.ok(sw.includes(`"${f}"`), `${f} in sw.js`);
    }
    // Each split by screen: the later screens' words, hashed and kept offline as well.
    assert.deepEqual(Object.keys(ASSETS.wordsLater).sort(), ['en', 'ru']);
    for (const f of Object.values(ASSETS.wordsLater)) {
      assert.match(f, /^words-[a-z]{2}-later-[0-9a-f]{16}\.json$/);
      assert.ok(sw.includes(`"${f}"`), `${f} in sw.js`);
    }
  });
});
