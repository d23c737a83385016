// The customer-journey walkthrough and the journey map, end to end.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATTERNS, ROOT, axe, browser, completeCheck, focused, heading, newPage, open, server, startApp, tabTo } from './harness.mjs';

const { journeys } = JSON.parse(readFileSync(join(ROOT, 'content/journeys.json'), 'utf8'));
const dealer = journeys[0];
const names = dealer.touchpoints.map((t) => t.name.en);

startApp();

/** From the start screen to the first touchpoint of the default journey, by mouse. */
async function startDealerWalk(page) {
  await page.getByRole('button', { name: 'Choose a customer journey' }).click();
  await page.getByRole('button', { name: `Walk it: ${dealer.name.en}` }).click();
  await page.waitForFunction(() => document.querySelector('.step-heading')?.textContent.startsWith('Touchpoint 1 of'));
}

/** Rates the current touchpoint (+1, 0 or −1 as 1/0/-1) and moves on. */
async function rateAndNext(page, rating, ticks = []) {
  for (const t of ticks) await page.locator(`input[type=checkbox][value="${t}"]`).check();
  await page.locator(`input[name=rating][value="${rating}"]`).check();
  await page.locator('.walk button.next').click();
}

const mapRows = (page) => page.locator('.map .table-view tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));

describe('walkthrough', () => {
  test('the default dealership journey can be walked with the keyboard alone', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await tabTo(page, (f) => f.text === 'Choose a customer journey');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent === "Your customer's journey");
    await tabTo(page, (f) => f.label === `Walk it: ${dealer.name.en}`);
    await page.keyboard.press('Enter');
    // +1 with a thank-you; −1 with a redirected question and a client who repeated
    // themselves at the hand-off; +1; 0; −1 with a broken promise.
    const plan = [
      { rating: 0, arrows: 0, tick: 'thanked' },
      { rating: 2, arrows: 2, tick: 'redirecting', check: 'no_repeat' },
      { rating: 0, arrows: 0 },
      { rating: 1, arrows: 1 },
      { rating: 2, arrows: 2, tick: 'broken_promise' },
    ];
    for (const [i, step] of plan.entries()) {
      await page.waitForFunction((n) => document.activeElement?.textContent?.startsWith(`Touchpoint ${n} of`), i + 1);
      const f = await focused(page);
      assert.equal(f.tag, 'h2');
      assert.equal(f.text, `Touchpoint ${i + 1} of ${names.length}: ${names[i]}`);
      if (step.tick) {
        await tabTo(page, (f) => f.type === 'checkbox' && f.value === step.tick, { max: 60 });
        await page.keyboard.press('Space');
      }
      if (step.check) {
        await tabTo(page, (f) => f.name === `check-${step.check}`, { max: 60 });
        await page.keyboard.press('Space'); // "Yes"
        await page.keyboard.press('ArrowRight'); // "No": the client had to repeat themselves
      }
      await tabTo(page, (f) => f.name === 'rating', { max: 60 });
      await page.keyboard.press('Space');
      for (let k = 0; k < step.arrows; k++) await page.keyboard.press('ArrowDown');
      await tabTo(page, (f) => f.text === 'Next' || f.text === 'See the journey map');
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Journey map: '));
    // 2 × +1, 1 × 0, 2 × −1 of 5: (2 − 2) / 5.
    assert.equal(await page.locator('.balance-value strong').innerText(), '0');
    const counts = await page.locator('.balance dd').allInnerTexts();
    assert.deepEqual(counts, ['2', '1', '2', '0']);
    const graves = await page.locator('.moments.bad > li .tp-name').allInnerTexts();
    assert.deepEqual(graves, [`2. ${names[1]}`, `5. ${names[4]}`]);
    const behind = await page.locator('.moments.bad > li').first().locator('.behaviours li').allInnerTexts();
    assert.equal(behind.length, 2, 'the redirected question and the repeated story');
    assert.match(await page.locator('.map').innerText(), new RegExp(`2\\. ${names[1]} — rated −1, 1 of 1 hand-off checks failed`));
    assert.equal(await page.locator('svg.curve circle, svg.curve path').count(), 5);
    assert.deepEqual(page.errors, []);
  });

  test('editing the journey — add, rename, reorder, delete — and the map follows', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await page.getByRole('button', { name: 'Choose a customer journey' }).click();
    await page.getByRole('button', { name: `Copy and edit: ${dealer.name.en}` }).click();
    assert.equal(await heading(page), 'Edit the customer journey');
    assert.equal(await page.locator('#journey-name').inputValue(), `${dealer.name.en} (my copy)`);
    await page.getByRole('button', { name: 'Add a touchpoint' }).click();
    const rows = page.locator('.tp-row');
    assert.equal(await rows.count(), 6);
    // The new touchpoint's form is open and focused.
    await page.waitForFunction(() => document.activeElement?.id?.endsWith('-name'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Test drive');
    await page.locator('.tp-row').nth(5).getByLabel('Channel').selectOption('phone');
    await page.locator('.tp-row').nth(5).getByLabel('The client is handed to another department here').check();
    assert.equal(await rows.nth(5).locator('.tp-name').innerText(), '6. Test drive');
    // Up twice: it becomes the fourth.
    await page.getByRole('button', { name: 'Up: Test drive' }).click();
    await page.getByRole('button', { name: 'Up: Test drive' }).click();
    assert.equal(await rows.nth(3).locator('.tp-name').innerText(), '4. Test drive');
    assert.equal(await page.getByRole('status').innerText(), 'Moved to place 4 of 6.');
    // Focus stays on the moved button (it is put back after the list moves).
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Up: Test drive');
    await page.getByRole('button', { name: `Delete: ${names[0]}` }).click();
    assert.equal(await rows.count(), 5);
    await page.getByRole('button', { name: 'Walk this journey' }).click();
    assert.match(await heading(page), new RegExp(`^Touchpoint 1 of 5: ${names[1]}`));
    for (const r of [1, 0, -1, 1, 0]) await rateAndNext(page, r);
    const row = (r) => [r[1], r[2].split(' ')[0], r[3]];
    assert.deepEqual((await mapRows(page)).map(row), [
      [names[1], '+1', 'yes'],
      [names[2], '0', ''],
      ['Test drive', '−1', 'yes'],
      [names[3], '+1', 'yes'],
      [names[4], '0', ''],
    ]);
    assert.equal(await page.locator('.balance-value strong').innerText(), '+20');
    // Edit again: rename and move the test drive; its rating follows it.
    await page.getByRole('button', { name: 'Edit the journey' }).click();
    await page.getByRole('button', { name: 'Edit: Test drive' }).click();
    await page.locator('.tp-row').nth(2).getByLabel('Name').fill('Test drive on the highway');
    await page.getByRole('button', { name: 'Down: Test drive on the highway' }).click();
    await page.getByRole('button', { name: 'Delete: ' + names[4] }).click();
    await page.getByRole('button', { name: 'Walk this journey' }).click();
    await page.getByRole('button', { name: 'Journey map' }).click();
    assert.deepEqual((await mapRows(page)).map(row), [
      [names[1], '+1', 'yes'],
      [names[2], '0', ''],
      [names[3], '+1', 'yes'],
      ['Test drive on the highway', '−1', 'yes'],
    ]);
    assert.equal(await page.locator('.balance-value strong').innerText(), '+25');
    assert.deepEqual(page.errors, []);
  });

  test('a reload mid-walk continues at the same touchpoint with everything kept', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await startDealerWalk(page);
    await rateAndNext(page, 1, ['thanked', 'surprise']);
    await page.locator('input[type=checkbox][value="lateness"]').check();
    await page.locator('#note').fill('Waited 20 minutes');
    await rateAndNext(page, -1);
    await page.reload();
    await page.waitForSelector('.step-heading');
    assert.match(await heading(page), new RegExp(`^Touchpoint 3 of 5: ${names[2]}`));
    await page.getByRole('button', { name: 'Back' }).click();
    assert.ok(await page.locator('input[value="lateness"]').isChecked());
    assert.ok(await page.locator('input[name=rating][value="-1"]').isChecked());
    assert.equal(await page.locator('#note').inputValue(), 'Waited 20 minutes');
    await page.getByRole('button', { name: 'Back' }).click();
    assert.ok(await page.locator('input[value="thanked"]').isChecked());
    assert.ok(await page.locator('input[value="surprise"]').isChecked());
    // The start screen offers to continue the walk.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Home' }).click();
    assert.ok(await page.getByRole('button', { name: `Continue: ${dealer.name.en}` }).isVisible());
  });

  test('switching language mid-walk keeps ticks, checks and rating', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await startDealerWalk(page);
    await rateAndNext(page, 0);
    await page.locator('input[name="check-next_briefed"][value="no"]').check();
    await page.locator('input[type=checkbox][value="indifference"]').check();
    await page.locator('input[name=rating][value="-1"]').check();
    assert.match(await page.locator('.suggestion').innerText(), /suggest −1/);
    await page.getByRole('button', { name: 'Русский' }).click();
    assert.match(await heading(page), new RegExp(`^Точка контакта 2 из 5: ${dealer.touchpoints[1].name.ru}`));
    assert.ok(await page.locator('input[value="indifference"]').isChecked());
    assert.ok(await page.locator('input[name="check-next_briefed"][value="no"]').isChecked());
    assert.ok(await page.locator('input[name=rating][value="-1"]').isChecked());
  });

  test('text typed by the user is shown as text, never as HTML', async () => {
    const page = await newPage(browser);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      d.dismiss();
    });
    const hostile = '<img src=x onerror=alert(1)><b>bold</b>';
    await open(page, server.url);
    await page.getByRole('button', { name: 'Choose a customer journey' }).click();
    await page.getByRole('button', { name: 'New journey' }).click();
    await page.locator('#journey-name').fill(hostile);
    await page.getByRole('button', { name: /^Edit: / }).click();
    await page.locator('.tp-form input[type=text]').first().fill(hostile);
    await page.getByRole('button', { name: 'Walk this journey' }).click();
    assert.equal(await page.locator('.prompt').innerText(), hostile);
    await page.locator('#note').fill(hostile);
    await rateAndNext(page, -1);
    assert.equal(await heading(page), `Journey map: ${hostile}`);
    assert.equal(await page.locator('.note').innerText(), `Note: ${hostile}`);
    assert.equal(await page.locator('.app img, .app b').count(), 0);
    assert.equal(dialogs, 0);
    assert.deepEqual(page.errors, []);
  });

  test('a finished walkthrough and self-assessment are shown side by side', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await completeCheck(page, PATTERNS.regulated);
    // "Your level: Regulated." — the summary names the level in full.
    const level = (await heading(page)).replace('Your level: ', '').replace(/\.$/, '');
    await page.locator('.more summary').click();
    await page.getByRole('button', { name: 'Home' }).click();
    await startDealerWalk(page);
    for (const r of [1, 1, 0, -1, 1]) await rateAndNext(page, r);
    await page.getByRole('button', { name: 'Summary' }).click();
    assert.equal(await heading(page), 'Summary');
    const parts = page.locator('.summary .part');
    assert.equal(await parts.count(), 2);
    assert.ok((await parts.nth(0).locator('.big').innerText()).startsWith(level), level);
    assert.equal(await parts.nth(1).locator('.big').innerText(), dealer.name.en);
    assert.match(await parts.nth(1).innerText(), /Balance index\s*\+40/);
    // The start screen links to it too.
    await page.getByRole('button', { name: 'Home' }).click();
    assert.ok(await page.getByRole('button', { name: 'Both results side by side' }).isVisible());
  });
});

describe('walkthrough accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const [lang, locale] of [['en', 'en-US'], ['ru', 'ru-RU']]) {
    test(`chooser, editor, touchpoint and map at 320px in ${lang}`, async () => {
      const page = await newPage(browser, { width: 320, height: 720, locale });
      await open(page, server.url);
      await page.locator('.home .part').nth(1).locator('button').click();
      await page.locator('.journeys').waitFor();
      assert.deepEqual(await axe(page), [], 'chooser');
      await page.locator('.journeys .card').first().locator('button').nth(1).click();
      await page.locator('.tp-row').first().locator('[aria-expanded]').click();
      assert.deepEqual(await axe(page), [], 'editor with a form open');
      await page.locator('.editor .nav .primary').click();
      await page.locator('.walk').waitFor();
      await page.locator('input[name=rating][value="1"]').check();
      await page.locator('.walk button.next').click();
      assert.ok(await page.locator('.handoff-check').count(), 'the second touchpoint is a hand-off');
      assert.deepEqual(await axe(page), [], 'a hand-off touchpoint');
      await page.locator('.walk .nav button').nth(1).click();
      await page.locator('.map').waitFor();
      await page.locator('.map .table-view summary').click();
      assert.deepEqual(await axe(page), [], 'map');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
    });
  }
});
