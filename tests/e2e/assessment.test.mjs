// The self-assessment end to end, in headless Chromium against dist/.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, answerByClick, axe, browser, focused, heading, newPage, open, server, startApp, tabTo , questionnaire } from './harness.mjs';

const content = JSON.parse(readFileSync(join(ROOT, 'content/assessment.json'), 'utf8'));
const ITEMS = questionnaire();
const TOTAL = ITEMS.length;

/** The option id an always-«wow» respondent picks for an item. */
function wowChoice(item) {
  switch (item.kind) {
    case 'situation':
      return item.options.find((o) => o.key === 1).id;
    case 'frequency':
      return 'always';
    case 'reverse':
      return 'never';
    case 'mood':
    case 'script':
    // Candour items ("I have never once been impatient…"): an honest no.
    case 'candour':
      return item.reversed ? 'strongly_agree' : 'strongly_disagree';
    default:
      return item.reversed ? 'strongly_disagree' : 'strongly_agree';
  }
}

startApp();

describe('self-assessment', () => {
  test('can be completed with the keyboard alone, focus moving to each question heading', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Start the self-check');
    await page.keyboard.press('Enter');
    for (let n = 1; n <= TOTAL; n++) {
      await page.waitForFunction((n) => document.activeElement?.textContent?.startsWith(`Question ${n} of`), n);
      const f = await focused(page);
      assert.equal(f.tag, 'h2');
      assert.match(f.text, new RegExp(`^Question ${n} of ${TOTAL}: .+`));
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).type, 'radio');
      // Space takes the first option; each arrow press moves on and selects.
      await page.keyboard.press('Space');
      for (let k = 0; k < n % 3; k++) await page.keyboard.press('ArrowDown');
      await tabTo(page, (f) => f.tag === 'button' && (f.text === 'Next' || f.text === 'Review answers'));
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => document.activeElement?.textContent === 'Review your answers');
    assert.equal(await page.locator('.review-row').count(), TOTAL);
    assert.equal(await page.getByText('Not answered').count(), 0);
    await tabTo(page, (f) => f.text === 'See my result');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Your level: '));
    assert.match(await heading(page), /^Your level: (Spontaneous|Regulated|Cultural)/);
    assert.equal(await page.locator('svg.chart').count(), 2, 'level chart and quality chart');
    assert.equal(await page.locator('.table-view tbody tr').count(), content.qualities.length);
    // At most two growth areas, so the result leads to action (issue 9).
    const growth = await page.locator('.growth li').count();
    assert.ok(growth >= 1 && growth <= 2, `${growth} growth areas`);
    assert.deepEqual(page.errors, []);
  });

  test('an always-wow respondent sees the cultural level and the numbers as text', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    for (const item of ITEMS) {
      await page.locator(`input[type=radio][value="${wowChoice(item)}"]`).check();
      await page.locator('.question button.next').click();
    }
    await page.getByRole('button', { name: 'See my result' }).click();
    const levels = content.levels.map((l) => l.name.en);
    assert.equal(await heading(page), `Your level: ${levels[2]}`);
    const label = await page.locator('svg.chart').first().getAttribute('aria-label');
    assert.match(label, new RegExp(`${levels[2]} 100`));
    const cells = await page.locator('.table-view tbody td:nth-child(2)').allTextContents();
    assert.deepEqual(cells, content.qualities.map(() => '100'));
    assert.equal(await page.locator('.shortfalls li').count(), 0);
  });

  test('a reload mid-way continues where the person was, answers kept', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    const picked = [];
    for (let i = 0; i < 5; i++) {
      picked.push(i % 3);
      await answerByClick(page, i % 3);
    }
    await page.reload();
    await page.waitForSelector('.step-heading');
    assert.match(await heading(page), new RegExp(`^Question 6 of ${TOTAL}`));
    for (let i = 4; i >= 0; i--) {
      await page.getByRole('button', { name: 'Back' }).click();
      assert.match(await heading(page), new RegExp(`^Question ${i + 1} of`));
      const checked = await page.locator('.choice input').evaluateAll((els) => els.findIndex((e) => e.checked));
      assert.equal(checked, picked[i], `answer to question ${i + 1} kept`);
    }
    // The start screen offers to continue.
    await page.getByRole('button', { name: 'Back' }).click();
    assert.ok(await page.getByRole('button', { name: `Continue (5 of ${TOTAL} answered)` }).isVisible());
    assert.deepEqual(page.errors, []);
  });

  test('switching language mid-way keeps every answer', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    for (let i = 0; i < 3; i++) await answerByClick(page, 1);
    await page.getByRole('button', { name: 'Русский' }).click();
    assert.match(await heading(page), new RegExp(`^Вопрос 4 из ${TOTAL}`));
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    assert.equal(await page.getByRole('button', { name: 'Русский' }).getAttribute('aria-pressed'), 'true');
    await page.getByRole('button', { name: 'Назад' }).click();
    assert.match(await heading(page), /^Вопрос 3 из/);
    assert.ok(await page.locator('.choice input').nth(1).isChecked());
    assert.ok((await page.locator('.prompt').innerText()).includes(ITEMS[2].text.ru));
    await page.getByRole('button', { name: 'English' }).click();
    assert.ok(await page.locator('.choice input').nth(1).isChecked());
    assert.ok((await page.locator('.prompt').innerText()).includes(ITEMS[2].text.en));
    // The choice of language is remembered.
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.reload();
    await page.waitForSelector('.step-heading');
    assert.match(await heading(page), /^Вопрос 3 из/);
  });

  test('the language follows the browser by default', async () => {
    const page = await newPage(browser, { locale: 'ru-RU' });
    await open(page, server.url);
    assert.equal(await heading(page), 'Насколько вы ориентированы на клиента?');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  });

  test('Next without an answer says so in the status region and stays', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    await page.locator('.question button.next').click();
    assert.equal(await page.getByRole('status').innerText(), 'Choose an answer to continue.');
    assert.match(await heading(page), /^Question 1 of/);
    assert.equal(await page.locator('[role=status]').count(), 1);
  });

  test('retake clears the answers after a confirmation', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    for (let i = 0; i < TOTAL; i++) await answerByClick(page, 0);
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.getByRole('button', { name: 'Retake' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.match(await heading(page), /^Your level/);
    await page.getByRole('button', { name: 'Retake' }).click();
    await page.getByRole('button', { name: 'Yes, start again' }).click();
    assert.match(await heading(page), /^Question 1 of/);
    assert.equal(await page.locator('.choice input:checked').count(), 0);
  });

  test('with storage blocked the app still runs, in memory, and says so', async () => {
    const page = await newPage(browser, {
      init: () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      },
    });
    await open(page, server.url);
    assert.match(await page.locator('.notice').innerText(), /kept only while this page is open/);
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    for (let i = 0; i < TOTAL; i++) await answerByClick(page, 2);
    await page.getByRole('button', { name: 'See my result' }).click();
    assert.match(await heading(page), /^Your level/);
    assert.deepEqual(page.errors, []);
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const width of [1280, 320]) {
    for (const lang of ['en', 'ru']) {
      test(`intro, question and result have no violations at ${width}px in ${lang}`, async () => {
        const page = await newPage(browser, { width, height: 800, locale: lang === 'ru' ? 'ru-RU' : 'en-US' });
        await open(page, server.url);
        assert.deepEqual(await axe(page), [], 'intro');
        await page.locator('.home button.primary').first().click();
        await answerByClick(page, 0);
        assert.deepEqual(await axe(page), [], 'question');
        for (let i = 1; i < TOTAL; i++) await answerByClick(page, i % 4);
        await page.locator('.review button.primary').click();
        await page.locator('.result').waitFor();
        await page.locator('.table-view summary').click();
        assert.deepEqual(await axe(page), [], 'result');
        // Nothing may scroll sideways on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
        // Every button is at least 24×24 CSS pixels.
        const small = await page.$$eval('button, input, summary', (els) =>
          els
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24)).length,
        );
        assert.equal(small, 0, 'targets smaller than 24×24');
      });
    }
  }
});
