// The look on every screen: the design tokens and the brand flowing into
// them, a header of at most 56 px on a phone, the static loading state,
// reduced motion, sharing in one tap, dates in the reader's language, and
// axe-core on the screens of the walk and its results at 320 and 1280 px.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, answerByClick, axe, browser, heading, newPage, open, questionnaire, serve, server, startApp, startCheck, test, toResult } from './harness.mjs';

const { journeys } = JSON.parse(readFileSync(join(ROOT, 'content/journeys.json'), 'utf8'));
const TOTAL = questionnaire().length;

startApp();

async function finishCheck(page) {
  await startCheck(page);
  for (let i = 0; i < TOTAL; i++) await answerByClick(page, [1, 2, 1, 0][i % 4]);
  await toResult(page);
}

async function finishWalk(page, ratings = [1, -1, 0, 1, -1]) {
  await page.locator('.home .part').nth(1).locator('button.primary').click();
  await page.locator('.journeys .card').first().locator('button.primary').click();
  for (const [i, r] of ratings.entries()) {
    await page.locator(`input[name=rating][value="${r}"]`).click();
    if (i === 1) {
      await page.locator('input[type=checkbox][value="redirecting"]').check();
      await page.locator('input[name="check-no_repeat"][value="no"]').check();
    }
    if (i === 4) await page.locator('#note').fill('The car was two days late');
    await page.locator('.walk button.next').click();
  }
  await page.locator('.map').waitFor();
}

const home = async (page) => {
  await page.locator('.foot button').click();
  await page.locator('.data').waitFor();
  await page.locator('.data .nav button').first().click();
  await page.locator('.home').waitFor();
};

describe('design tokens', () => {
  test('every token other screens style with is defined, and a brand colour flows into the derived ones', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    const names = ['--accent', '--accent-text', '--text', '--muted', '--bg', '--surface', '--line', '--bad', '--neutral', '--good', '--focus',
      '--s1', '--s2', '--s3', '--s4', '--s5', '--s6', '--fs-small', '--fs-body', '--fs-h3', '--fs-h2', '--fs-h1', '--radius', '--radius-lg'];
    const values = await page.locator('.app').evaluate((app, names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(app).getPropertyValue(n).trim()])), names);
    for (const n of names) assert.ok(values[n], `${n} is defined`);
    assert.deepEqual([values['--s1'], values['--s4'], values['--s6']], ['0.25em', '1em', '2em']);

    const branded = await serve(DIST, { extra: { '/brand.json': JSON.stringify({ brand: { accent: '#0b5394', text: '#222222' } }) } });
    await page.goto(branded.url + 'index.html?config=brand.json');
    await page.locator('.step-heading').waitFor();
    const brand = await page.locator('.app').evaluate((app) => {
      const s = getComputedStyle(app);
      return { focus: s.getPropertyValue('--focus').trim(), text: s.color, button: getComputedStyle(app.querySelector('button.primary')).backgroundColor };
    });
    assert.equal(brand.focus, '#0b5394', 'the focus ring follows the brand');
    assert.equal(brand.button, 'rgb(11, 83, 148)');
    assert.equal(brand.text, 'rgb(34, 34, 34)');
    await branded.close();
  });
});

describe('the frame of every screen', () => {
  for (const [lang, locale] of [['en', 'en-US'], ['ru', 'ru-RU']]) {
    test(`the header is at most 56 px on a phone, the privacy promise said once (${lang})`, async () => {
      const page = await newPage(browser, { width: 375, height: 740, locale });
      await open(page, server.url);
      const header = () => page.locator('.top').evaluate((e) => e.getBoundingClientRect().height);
      const promise = lang === 'ru' ? /ничего не отправляется|никуда не отправляются/g : /sent nowhere|nothing is sent/g;
      const said = async () => ((await page.locator('.app').innerText()).match(promise) ?? []).length;
      assert.ok((await header()) <= 56, `home: ${await header()}px`);
      assert.equal(await said(), 1, 'home says it once');
      await finishCheck(page);
      assert.ok((await header()) <= 56, `result: ${await header()}px`);
      await home(page);
      await finishWalk(page);
      assert.ok((await header()) <= 56, `map: ${await header()}px`);
      assert.equal(await said(), 0, 'the map does not repeat it');
      // The compact language toggle: two letters each, the full name for screen readers.
      const toggle = await page.locator('.langs button').evaluateAll((bs) => bs.map((b) => [b.firstChild.textContent, Math.round(b.getBoundingClientRect().width)]));
      assert.deepEqual(toggle.map((b) => b[0]), ['RU', 'EN']);
      assert.ok(toggle.every((b) => b[1] < 64), JSON.stringify(toggle));
      assert.ok(await page.getByRole('button', { name: 'Русский' }).isVisible());
    });
  }

  test('the loading state is branded static HTML; reduced motion stops its animation', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    assert.match(html, /class="boot"/);
    assert.match(html, /Лестница сервиса/);
    assert.doesNotMatch(html, /Загрузка…/);
    assert.doesNotMatch(html, /<style|\sstyle=|<script(?![^>]*\bsrc=)[^>]*>/);
    // Before the app starts (here: never, its loader held back), with and without reduced motion.
    const slow = await serve(DIST, { block: (p) => p.endsWith('loader.js') });
    const page = await newPage(browser);
    const animation = () => page.locator('.boot-bar span').evaluate((e) => getComputedStyle(e).animationName);
    await page.goto(slow.url);
    // Shown after a moment (a quick start shows no flash of it).
    await page.locator('.boot').waitFor();
    assert.equal(await animation(), 'boot-slide');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await animation(), 'none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await slow.close();
  });
});

describe('sharing in one tap', () => {
  test("the phone's share sheet gets a short summary and the link", async () => {
    const page = await newPage(browser, {
      init: () => {
        window.__shared = [];
        Object.defineProperty(navigator, 'share', { value: (data) => (window.__shared.push(data), Promise.resolve()) });
      },
    });
    await open(page, server.url);
    await finishWalk(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.waitForFunction(() => window.__shared.length === 1);
    const [data] = await page.evaluate(() => window.__shared);
    assert.equal(data.title, 'Service Ladder');
    assert.equal(data.text, `Customer journey “${journeys[0].name.en}”: balance index 0 (−1: 2, 0: 1, +1: 2)`);
    assert.ok(data.url.startsWith(server.url) && data.url.includes('#share='), data.url);
    assert.ok(await page.locator('.share-out').isHidden(), 'nothing else to do');
    assert.equal(await page.getByRole('status').innerText(), 'The link was shared.');
  });

  test('without a share sheet, or where it is not allowed, the link is copied and shown', async () => {
    const page = await newPage(browser, {
      init: () => Object.defineProperty(navigator, 'share', { value: () => Promise.reject(new DOMException('no', 'NotAllowedError')) }),
    });
    await open(page, server.url);
    await finishWalk(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.locator('#share-link').waitFor();
    assert.match(await page.locator('#share-link').inputValue(), /#share=/);
    assert.match(await page.getByRole('status').innerText(), /Link copied/);
    assert.equal(await page.locator('svg.qr').count(), 1);
    assert.deepEqual(page.errors, []);
  });

  test("the shared view dates the result in the reader's language and offers the check", async () => {
    const page = await newPage(browser, { locale: 'ru-RU' });
    await open(page, server.url);
    await finishWalk(page);
    await page.locator('.end .share-button').click();
    const link = await page.locator('#share-link').inputValue();
    const other = await newPage(browser, { locale: 'ru-RU' });
    await other.goto(link);
    await other.locator('.viewing').waitFor();
    const months = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
    assert.match(await other.locator('.self-reported').innerText(), new RegExp(`создан(ной)? \\d{1,2} (${months}) \\d{4}`));
    await other.getByRole('button', { name: 'Проверить себя' }).click();
    assert.equal(await heading(other), 'Насколько вы ориентированы на клиента?');
  });
});

describe('accessibility of the walk and its results (axe-core, WCAG 2.2 AA)', () => {
  for (const width of [1280, 320]) {
    for (const [lang, locale] of [['en', 'en-US'], ['ru', 'ru-RU']]) {
      test(`touchpoint, map, what to do this week and the shared view at ${width}px in ${lang}`, async () => {
        const page = await newPage(browser, { width, height: 800, locale });
        await open(page, server.url);
        await finishCheck(page);
        await home(page);
        await page.locator('.home .part').nth(1).locator('button.primary').click();
        await page.locator('.journeys .card').first().locator('button.primary').click();
        await page.locator('input[name=rating][value="-1"]').click();
        await page.locator('.walk button.next').click();
        await page.locator('input[name="check-no_repeat"][value="no"]').check();
        await page.locator('.more-chips').click();
        assert.deepEqual(await axe(page), [], 'a hand-off touchpoint with a suggestion and every behaviour shown');
        const small = await page.$$eval('button, input:not([type=checkbox]):not([type=radio]), summary, .tile, .chip, .hopt', (els) =>
          els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && (r.width < 24 || r.height < 24)).length,
        );
        assert.equal(small, 0, 'targets smaller than 24×24');
        for (let i = 1; i < 5; i++) {
          await page.locator(`input[name=rating][value="${i % 2 ? 0 : 1}"]`).click();
          await page.locator('.walk button.next').click();
        }
        await page.locator('.map').waitFor();
        await page.locator('.more > summary').click();
        assert.deepEqual(await axe(page), [], 'the map with "More" open');
        await page.locator('.end .action-bar > .primary').click();
        await page.locator('.summary').waitFor();
        assert.deepEqual(await axe(page), [], 'what to do this week');
        await page.locator('.end .share-button').click();
        const link = await page.locator('#share-link').inputValue();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
        const other = await newPage(browser, { width, height: 800, locale });
        await other.goto(link);
        await other.locator('.viewing').waitFor();
        assert.deepEqual(await axe(other), [], 'the shared view');
        assert.deepEqual(page.errors, []);
      });
    }
  }
});
