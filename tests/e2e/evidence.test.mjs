// The evidence a person cannot simply choose (issue 18), end to end: the
// last five clients after the questions, kept across a reload and counted
// in the verdict; options rotated per person and kept; no "does not happen
// in my job" on a rushed twin whose situation happens; careless answering
// at machine speed shows no level.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PATTERNS,
  ROOT,
  axe,
  browser,
  choiceFor,
  completeCheck,
  heading,
  movedFrom,
  newPage,
  open,
  questionnaire,
  server,
  startApp,
  startCheck,
  tap,
  test,
  toResult,
} from './harness.mjs';

const content = JSON.parse(readFileSync(join(ROOT, 'content/assessment.json'), 'utf8'));
const ITEMS = questionnaire();
const short = (id, lang = 'en') => content.levels.find((l) => l.id === id).short[lang];
const WORDS = {
  en: { heading: 'Your last five clients', rated: (n) => `${n} of 5 rated`, result: 'See my result' },
  ru: { heading: 'Ваши последние пять клиентов', rated: (n) => `Оценено: ${n} из 5`, result: 'Посмотреть результат' },
};

startApp();

/** Answers every question with `pattern` by tapping, up to the step of the last clients. */
async function answerAll(page, pattern) {
  await startCheck(page);
  for (const item of ITEMS) await tap(page, choiceFor(item, pattern));
  await page.locator('.episodes').waitFor();
}

/** The option values of the question on screen, in the order shown. */
const shownOrder = (page) => page.locator('.choice input[type=radio]').evaluateAll((els) => els.map((e) => e.value).join(','));

describe('the last five clients', () => {
  for (const lang of ['en', 'ru']) {
    test(`at 375 px in ${lang}: one tap per client, kept across a reload, then the result`, async () => {
      const page = await newPage(browser, { width: 375, height: 740, locale: lang === 'ru' ? 'ru-RU' : 'en-US' });
      await open(page, server.url);
      await page.locator(`.app[lang=${lang}]`).first().waitFor();
      await answerAll(page, PATTERNS.regulated);
      const w = WORDS[lang];
      assert.equal(await heading(page), w.heading);
      // Five groups of three, nothing chosen for the person.
      assert.equal(await page.locator('.episodes fieldset.client').count(), 5);
      assert.equal(await page.locator('.episodes input:checked').count(), 0);
      for (const [i, r] of [0, -1, 0].entries()) {
        await page.locator(`.episodes input[name="client-${i + 1}"][value="${r}"]`).check();
      }
      assert.equal(await page.locator('.episodes .rated').innerText(), w.rated(3));
      const figures = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        button: Math.round(document.querySelector('.episodes button.primary').getBoundingClientRect().bottom),
      }));
      console.log(`# episodes step at 375 px (${lang}): page ${figures.height} px, "${w.result}" ends at ${figures.button} px`);
      assert.equal(figures.sideways, 0, 'no sideways scroll');
      assert.deepEqual(await axe(page), []);
      // A reload keeps what was tapped.
      await page.reload();
      await page.locator('.episodes').waitFor();
      assert.equal(await page.locator('.episodes input:checked').count(), 3);
      assert.equal(await page.locator('.episodes input[name="client-2"][value="-1"]').isChecked(), true);
      await page.getByRole('button', { name: w.result }).click();
      await page.locator('.result').waitFor();
      assert.doesNotMatch(await heading(page), /Not clear|Пока не ясно/);
      // Kept with the result: its record carries the clients.
      const kept = await page.evaluate(() => {
        const doc = JSON.parse(localStorage.getItem('service-ladder:state'));
        return { episodes: doc.episodes, record: doc.history.at(-1).assessment.episodes };
      });
      assert.deepEqual(kept.episodes, { 1: 0, 2: -1, 3: 0 });
      assert.deepEqual(kept.record, [0, -1, 0]);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }

  test('clients who got less, then more, then less move a by-the-book questionnaire towards spontaneous', async () => {
    const headline = async (clients) => {
      const page = await newPage(browser, { width: 375, height: 740 });
      try {
        await open(page, server.url);
        await completeCheck(page, PATTERNS.regulated, { episodes: clients });
        return await heading(page);
      } finally {
        await page.context().close();
      }
    };
    const steady = await headline([0, 0, 0, 0, 0]);
    const unpredictable = await headline([-1, 1, -1, 1, -1]);
    assert.match(steady, new RegExp(short('regulated')));
    assert.doesNotMatch(steady, new RegExp(short('spontaneous')));
    assert.match(unpredictable, new RegExp(short('spontaneous')), unpredictable);
  });
});

describe('the order of the options', () => {
  test('rotated per person, the same after a reload, and the rushed twin never in its situation’s order', async () => {
    const orders = async () => {
      const page = await newPage(browser);
      try {
        await open(page, server.url);
        await startCheck(page);
        const seen = [];
        for (const item of ITEMS.slice(0, 20)) {
          seen.push(await shownOrder(page));
          await tap(page, choiceFor(item, PATTERNS.regulated));
        }
        // The question on screen after a reload: the same order.
        const now = await shownOrder(page);
        await page.reload();
        await page.locator('.question').waitFor();
        const again = await shownOrder(page);
        return { seen, now, again };
      } finally {
        await page.context().close();
      }
    };
    const a = await orders();
    const b = await orders();
    assert.equal(a.again, a.now, 'a reload shows the same order');
    // Two people: the same seventeen orders by chance about once in 10⁸.
    assert.notDeepEqual(a.seen, b.seen);
    for (const [n, item] of ITEMS.slice(0, 20).entries()) {
      if (item.kind !== 'situation') assert.equal(a.seen[n], b.seen[n], `${item.id}: scales keep their order`);
      const ordinary = item.pressure_of && ITEMS.findIndex((i) => i.id === item.pressure_of);
      if (ordinary >= 0 && ordinary < 20) assert.notEqual(a.seen[n], a.seen[ordinary], `${item.id} in its situation's order`);
      if (n > 0) assert.notEqual(ITEMS[n - 1].id, item.pressure_of, `${item.id} right after its situation`);
    }
  });

  test('no "does not happen in my job" on a rushed twin whose situation was answered', async () => {
    const page = await newPage(browser);
    try {
      await open(page, server.url);
      await startCheck(page);
      const twins = ITEMS.filter((i) => i.pressure_of && i.allows_na);
      assert.ok(twins.length > 0, 'the default set has twins that allow it');
      let checked = 0;
      for (const item of ITEMS) {
        const na = await page.locator('.choice input[value="na"]').count();
        if (twins.includes(item)) {
          assert.equal(na, 0, `${item.id}: its situation was answered`);
          checked++;
        } else {
          assert.equal(na, item.allows_na ? 1 : 0, item.id);
        }
        await tap(page, choiceFor(item, PATTERNS.regulated));
      }
      assert.equal(checked, twins.length);
    } finally {
      await page.context().close();
    }
  });
});

describe('careless answering', () => {
  test('at machine speed the result shows no level, says why kindly, and offers a new try', async () => {
    // The real clock: every answer comes quicker than its text can be read.
    const page = await newPage(browser, { width: 375, height: 740, pace: 1 });
    try {
      await open(page, server.url);
      await startCheck(page);
      for (const item of ITEMS) {
        const before = await heading(page);
        await page.locator(`.choice input[value="${choiceFor(item, PATTERNS.cultural)}"]`).focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('Enter');
        await movedFrom(page, before);
      }
      await toResult(page);
      assert.equal(await heading(page), 'Not clear yet: try again when you have five quiet minutes');
      assert.equal(await page.locator('.result svg.ladder').count(), 0, 'no level on the ladder');
      assert.match(await page.locator('.not-clear').innerText(), /quicker than the questions can be read/);
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.locator('.role, .question').first().waitFor();
      const doc = await page.evaluate(() => JSON.parse(localStorage.getItem('service-ladder:state')));
      assert.deepEqual(doc.answers ?? {}, {}, 'a new try starts empty');
      assert.equal(doc.seed ?? 0, 0, 'and gets a new order of options');
    } finally {
      await page.context().close();
    }
  });
});
