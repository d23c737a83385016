// The customer-journey walkthrough and the journey map, end to end.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATTERNS, ROOT, axe, browser, completeCheck, focused, heading, newPage, open, server, splitWords, startApp, tabTo, test } from './harness.mjs';

const { journeys } = JSON.parse(readFileSync(join(ROOT, 'content/journeys.json'), 'utf8'));
const dealer = journeys[0];
const ladder = JSON.parse(readFileSync(join(ROOT, 'content/ladder.json'), 'utf8'));
const names = dealer.touchpoints.map((t) => t.name.en);

startApp();

/** From the start screen to the first touchpoint of the default journey, by mouse. */
async function startDealerWalk(page) {
  await page.getByRole('button', { name: 'Choose a customer journey' }).click();
  await page.getByRole('button', { name: `Walk it: ${dealer.name.en}` }).click();
  await page.waitForFunction(() => document.querySelector('.step-heading')?.textContent.startsWith('Touchpoint 1 of'));
}

/** Rates the current touchpoint (+1, 0 or −1 as 1/0/-1), ticks what happened and moves on. */
async function rateAndNext(page, rating, ticks = []) {
  await page.locator(`input[name=rating][value="${rating}"]`).click();
  for (const t of ticks) {
    const chip = page.locator(`input[type=checkbox][value="${t}"]`);
    if (!(await chip.isVisible())) await page.locator('.more-chips').click();
    await chip.check();
  }
  await page.locator('.walk button.next').click();
}

/** The map's columns: name, the rating on the emotion row, hand-off or not. */
const mapColumns = (page) =>
  page.locator('.journey-grid').evaluate((t) => {
    const heads = [...t.tHead.rows[0].cells].slice(1);
    const emotion = [...t.tBodies[0].rows[0].cells].slice(1);
    return heads.map((h, i) => [
      h.querySelector('.col-name').textContent.trim(),
      emotion[i].querySelector('.emo-word').textContent.trim().split(' ')[0],
      h.classList.contains('handoff') ? 'yes' : '',
    ]);
  });

/** The cells of one row of the map grid (0 emotion, 1 expected, 2 happened, 3 fix). */
const mapRow = (page, row) =>
  page.locator('.journey-grid').evaluate((t, r) => [...t.tBodies[0].rows[r].cells].slice(1).map((c) => c.innerText.trim()), row);

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
    // themselves at the hand-off; +1; 0; −1 with a broken promise. The rating
    // comes first: Space picks −1, each arrow moves one rung up.
    const plan = [
      { arrows: 2, tick: 'thanked' },
      { arrows: 0, tick: 'redirecting', check: 'no_repeat' },
      { arrows: 2 },
      { arrows: 1 },
      { arrows: 0, tick: 'broken_promise' },
    ];
    for (const [i, step] of plan.entries()) {
      await page.waitForFunction((n) => document.activeElement?.textContent?.startsWith(`Touchpoint ${n} of`), i + 1);
      const f = await focused(page);
      assert.equal(f.tag, 'h2');
      assert.equal(f.text, `Touchpoint ${i + 1} of ${names.length}: ${names[i]}`);
      await tabTo(page, (f) => f.name === 'rating');
      await page.keyboard.press('Space');
      for (let k = 0; k < step.arrows; k++) await page.keyboard.press('ArrowRight');
      if (step.tick) {
        // Only the chosen rung's behaviours are there to tab through.
        await tabTo(page, (f) => f.type === 'checkbox' && f.value === step.tick, { max: 12 });
        await page.keyboard.press('Space');
      }
      if (step.check) {
        await tabTo(page, (f) => f.name === `check-${step.check}`, { max: 20 });
        await page.keyboard.press('Space'); // "Yes"
        await page.keyboard.press('ArrowRight'); // "No": the client had to repeat themselves
      }
      await tabTo(page, (f) => f.text === 'Next' || f.text === 'See the journey map', { max: 30 });
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Journey map: '));
    // 2 × +1, 1 × 0, 2 × −1 of 5: (2 − 2) / 5.
    assert.equal(await page.locator('.balance-value strong').innerText(), '0');
    assert.deepEqual(await page.locator('.balance .counts dd').allInnerTexts(), ['2', '1', '2']);
    assert.deepEqual((await mapColumns(page)).map((c) => c[1]), ['+1', '−1', '+1', '0', '−1']);
    const happened = await mapRow(page, 2);
    assert.match(happened[1], /Question redirected elsewhere\s+The client had to repeat what they had already said/);
    assert.match(happened[4], /Promise not kept/);
    assert.match(await page.locator('.map').innerText(), new RegExp(`2\\. ${names[1]} — rated −1, 1 of 1 hand-off checks failed`));
    assert.equal(await page.locator('.row-emotion .face').count(), 5);
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
    assert.deepEqual(await mapColumns(page), [
      [names[1], '+1', 'yes'],
      [names[2], '0', ''],
      ['Test drive', '−1', 'yes'],
      [names[3], '+1', 'yes'],
      [names[4], '0', ''],
    ]);
    assert.equal(await page.locator('.balance-value strong').innerText(), '+20');
    // Edit again: rename and move the test drive; its rating follows it.
    await page.locator('.more > summary').click();
    await page.getByRole('button', { name: 'Edit the journey' }).click();
    await page.getByRole('button', { name: 'Edit: Test drive' }).click();
    await page.locator('.tp-row').nth(2).getByLabel('Name').fill('Test drive on the highway');
    await page.getByRole('button', { name: 'Down: Test drive on the highway' }).click();
    await page.getByRole('button', { name: 'Delete: ' + names[4] }).click();
    await page.getByRole('button', { name: 'Walk this journey' }).click();
    await page.locator('.walk .to-map').click();
    assert.deepEqual(await mapColumns(page), [
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
    await page.locator('#note').fill('Waited 20 minutes');
    await rateAndNext(page, -1, ['lateness']);
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
    // The failed check suggests −1: pre-selected, marked, its rung open.
    assert.ok(await page.locator('input[name=rating][value="-1"]').isChecked());
    assert.ok(await page.locator('.tile.bad .tile-flag').isVisible());
    await page.locator('input[type=checkbox][value="indifference"]').check();
    await page.locator('input[name=rating][value="-1"]').click();
    assert.ok(!(await page.locator('.tile.bad .tile-flag').isVisible()), 'chosen now, no longer a suggestion');
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.locator('.app[lang=ru]').first().waitFor();
    assert.match(await heading(page), new RegExp(`^Точка контакта 2 из 5: ${dealer.touchpoints[1].name.ru}`));
    assert.ok(await page.locator('input[value="indifference"]').isChecked());
    assert.ok(await page.locator('input[name="check-next_briefed"][value="no"]').isChecked());
    assert.ok(await page.locator('input[name=rating][value="-1"]').isChecked());
    assert.equal(await page.locator('.tile-flag:visible').count(), 0);
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
    assert.equal(await page.locator('.journey-grid .note').innerText(), hostile);
    assert.equal(await page.locator('.app img, .app b').count(), 0);
    assert.equal(dialogs, 0);
    assert.deepEqual(page.errors, []);
  });

  test('a finished walkthrough and self-assessment are shown side by side', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await completeCheck(page, PATTERNS.regulated);
    // The summary names the level as the result's heading does.
    const level = await heading(page);
    await page.locator('.more summary').click();
    await page.getByRole('button', { name: 'Home' }).click();
    await startDealerWalk(page);
    for (const r of [1, 1, 0, -1, 1]) await rateAndNext(page, r);
    await page.getByRole('button', { name: 'What to do this week' }).click();
    assert.equal(await heading(page), 'What to do this week');
    const glance = await page.locator('.summary .glance dd').allInnerTexts();
    assert.equal(glance[0], level);
    assert.match(glance[1], new RegExp(`^\\+40 · ${dealer.name.en}`));
    // The one −1 touchpoint is set beside the self-check.
    assert.deepEqual(await page.locator('.gaps .gap-tp strong').allInnerTexts(), [names[3]]);
    // The start screen links to it too.
    await page.locator('.more > summary').click();
    await page.getByRole('button', { name: 'Home' }).click();
    assert.ok(await page.getByRole('button', { name: 'What to do this week' }).isVisible());
  });
});

describe('a touchpoint on a phone', () => {
  // Measured on the release before this screen was rebuilt (ticks first, all
  // 33 of them, the rating last), at 375 × 740 in Russian: 2,851–3,502 px a
  // touchpoint, 15,657 px for the dealership walk.
  const BEFORE_WALK = 15_657;

  test('each dealership touchpoint fits in 1,200 px at 375 px with one rung open, the walk in under a third of before', async (t) => {
    const page = await newPage(browser, { width: 375, height: 740, locale: 'ru-RU' });
    await open(page, server.url);
    await page.locator('.home .part').nth(1).locator('button.primary').click();
    await page.locator('.journeys .card').first().locator('button.primary').click();
    const heights = [];
    for (let i = 0; i < dealer.touchpoints.length; i++) {
      await page.waitForFunction((n) => document.querySelector('.step-heading')?.textContent.startsWith(`Точка контакта ${n} из`), i + 1);
      // −1 opens the rung with the most behaviours.
      await page.locator('input[name=rating][value="-1"]').click();
      assert.equal(await page.locator('.chip:visible').count(), 6, 'the common six of the rung');
      heights.push(await page.evaluate(() => document.documentElement.scrollHeight));
      await page.locator('.walk button.next').click();
    }
    const total = heights.reduce((a, b) => a + b, 0);
    t.diagnostic(`touchpoint heights at 375 px: ${heights.join(', ')}; the walk: ${total} px (before: ${BEFORE_WALK} px)`);
    for (const [i, h] of heights.entries()) assert.ok(h <= 1200, `touchpoint ${i + 1} is ${h}px tall`);
    assert.ok(total * 3 < BEFORE_WALK, `the walk is ${total}px, more than a third of ${BEFORE_WALK}px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  });

  test('the rating comes first, then only its rung, and the order is −1, 0, +1', async () => {
    const page = await newPage(browser, { width: 375, height: 740 });
    await open(page, server.url);
    await startDealerWalk(page);
    assert.deepEqual(await page.locator('input[name=rating]').evaluateAll((els) => els.map((e) => e.value)), ['-1', '0', '1']);
    assert.equal(await page.locator('.chip:visible').count(), 0, 'no behaviours before a rating');
    await page.locator('input[name=rating][value="1"]').click();
    const wow = await page.locator('.chip:visible input').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(wow, ['surprise', 'needs', 'honesty', 'informed', 'politeness', 'thanked']);
    // Changed with issue 19: "Show more" opens the rest of the same rung, not
    // every behaviour of all three.
    await page.locator('.more-chips').click();
    const rung = ladder.behaviours.filter((b) => b.rung === 1).map((b) => b.id);
    const shown = await page.locator('.chip:visible input').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual([...shown].sort(), [...rung].sort(), 'every +1 behaviour and only those, after "more"');
    assert.ok(rung.length < ladder.behaviours.length);
    assert.equal(await page.locator('.more-chips').isVisible(), false, 'nothing more to show');
    // Another rung: its common ones, and "more" again for its rest.
    await page.locator('input[name=rating][value="-1"]').click();
    const bad = ladder.behaviours.filter((b) => b.rung === -1).length;
    assert.equal(await page.locator('.chip.bad:visible').count(), 6);
    assert.match(await page.locator('.more-chips').innerText(), new RegExp(`\\(${bad - 6}\\)`));
    await page.locator('.more-chips').click();
    assert.equal(await page.locator('.chip.bad:visible').count(), bad);
    assert.equal(await page.locator('.chip.neutral:visible').count(), 0, 'not the other rungs');
    assert.deepEqual(page.errors, []);
  });

  test('at 375 px in Russian the three rating tiles share one layout and each hand-off check is three labelled buttons within 343 px', async () => {
    const page = await newPage(browser, { width: 375, height: 740, locale: 'ru-RU' });
    await open(page, server.url);
    await page.locator('.home .part').nth(1).locator('button.primary').click();
    await page.locator('.journeys .card').first().locator('button.primary').click();
    await page.locator('input[name=rating][value="1"]').click();
    await page.locator('.walk button.next').click();
    await page.locator('.hcheck').first().waitFor();
    const tiles = await page.locator('.tile').evaluateAll((ts) =>
      ts.map((t) => {
        const r = t.getBoundingClientRect();
        const face = t.querySelector('.face').getBoundingClientRect();
        return { top: Math.round(r.top), height: Math.round(r.height), face: Math.round(face.top) };
      }),
    );
    assert.equal(new Set(tiles.map((t) => t.top)).size, 1, JSON.stringify(tiles));
    assert.equal(new Set(tiles.map((t) => t.height)).size, 1, JSON.stringify(tiles));
    assert.equal(new Set(tiles.map((t) => t.face)).size, 1, `the faces on one line: ${JSON.stringify(tiles)}`);
    assert.deepEqual(await splitWords(page, '.tiles'), []);
    const checks = page.locator('.hcheck');
    assert.equal(await checks.count(), ladder.handoff_checks.length);
    for (let i = 0; i < (await checks.count()); i++) {
      const check = checks.nth(i);
      assert.deepEqual(await check.locator('.hopt').allInnerTexts(), ['Да', 'Нет', 'Не знаю']);
      const box = await check.locator('.seg').boundingBox();
      assert.ok(box.width <= 343 && box.x >= 16, `check ${i + 1}: ${JSON.stringify(box)}`);
      // Each button is labelled by its own word, within the check's question.
      await check.getByRole('radio', { name: 'Нет' }).check();
      assert.equal(await check.locator('input[value="no"]').isChecked(), true);
    }
    const w = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(w.scroll <= w.client, `no sideways wobble: ${w.scroll} in ${w.client}`);
    assert.deepEqual(await axe(page), [], 'the hand-off touchpoint at 375 px');
    assert.deepEqual(page.errors, []);
  });

  test('the suggestion follows the seed: pre-selected, marked, changeable, accepted by Next, never written', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await startDealerWalk(page);
    const flag = page.locator('.tile-flag:visible');
    const checked = () => page.locator('input[name=rating]:checked').getAttribute('value');
    const tick = (id) => page.locator(`input[type=checkbox][value="${id}"]`);
    // Nothing ticked: nothing suggested, and Next says so.
    await page.locator('.walk button.next').click();
    assert.match(await page.getByRole('status').innerText(), /Choose how it went/);
    await page.locator('.more-chips').click();
    // A thank-you alone: +1.
    await tick('thanked').check();
    assert.equal(await checked(), '1');
    assert.equal(await flag.count(), 1);
    // Rudeness beside it: a disappointment whatever else happened.
    await tick('rudeness').check();
    assert.equal(await checked(), '-1');
    assert.match(await page.locator('.tile.bad').innerText(), /suggested/);
    // Without the rudeness, a formal approach done politely is the standard.
    await tick('rudeness').uncheck();
    await tick('politeness').check();
    await tick('formal_approach').check();
    assert.equal(await checked(), '0');
    // The person may choose otherwise; the ticks' view stays in sight.
    await page.locator('input[name=rating][value="1"]').click();
    assert.equal(await flag.count(), 0);
    assert.match(await page.locator('.hint').innerText(), /point to what was expected \(0\)/);
    await page.getByRole('button', { name: 'Use the suggestion' }).click();
    assert.equal(await checked(), '0');
    assert.equal(await flag.count(), 1);
    // Next accepts the suggestion without writing it down…
    await page.locator('.walk button.next').click();
    await page.waitForFunction(() => document.querySelector('.step-heading')?.textContent.startsWith('Touchpoint 2 of'));
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('service-ladder:state')));
    const first = stored.walk.audits[dealer.touchpoints[0].id];
    assert.equal(first.rating ?? null, null, 'the suggestion is not stored as the choice');
    // …so it follows a later tick.
    await page.getByRole('button', { name: 'Back' }).click();
    await page.locator('.more-chips').click();
    await tick('indifference').check();
    assert.equal(await checked(), '-1');
    // At a hand-off, a failed check suggests −1 on its own; "not sure" counts as neither.
    await page.locator('.walk button.next').click();
    await page.locator('input[name="check-client_knows_next"][value="not_sure"]').check();
    assert.equal(await page.locator('input[name=rating]:checked').count(), 0);
    await page.locator('input[name="check-answered_here"][value="no"]').check();
    assert.equal(await checked(), '-1');
    // The map shows the suggestions, marked, with the legend saying so.
    await page.locator('.walk .to-map').click();
    const emotion = await mapRow(page, 0);
    assert.match(emotion[0], /^−1 Disappointed\s+suggested$/);
    assert.match(emotion[1], /^−1 Disappointed\s+suggested$/);
    assert.match(await page.locator('.legend').innerText(), /suggested by the ticks/);
    assert.deepEqual(page.errors, []);
  });
});

/** The size of each page of a PDF, in points ("842x595" is A4 landscape). */
function pageSizes(pdf) {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Type\s*\/Page[^s][\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/g)].map(
    (m) => `${Math.round(m[3] - m[1])}x${Math.round(m[4] - m[2])}`,
  );
}

/** From the home screen to the map of the dealership rated as given, nothing ticked (Russian or English). */
async function rateOnly(page, ratings) {
  await page.locator('.home .part').nth(1).locator('button.primary').click();
  await page.locator('.journeys .card').first().locator('button.primary').click();
  for (const r of ratings) {
    await page.locator(`input[name=rating][value="${r}"]`).click();
    await page.locator('.walk button.next').click();
  }
  await page.locator('.map').waitFor();
}

describe('the journey map', () => {
  // Changed with issue 19: on a phone the map is the curve, "Fix first" and
  // a card per touchpoint; the grid that scrolled sideways in its own box is
  // now behind "Show as a table", and still scrolls that way there.
  test('on a phone the grid waits behind "Show as a table" and scrolls in its own box with the row names fixed; on a desktop it uses the width', async () => {
    const page = await newPage(browser, { width: 375, height: 740 });
    await open(page, server.url);
    await startDealerWalk(page);
    for (const r of [1, -1, 0, 1, -1]) await rateAndNext(page, r);
    const box = page.locator('.grid-box');
    assert.equal(await box.isVisible(), false, 'cards first on a phone');
    assert.equal(await page.locator('.tp-card:visible').count(), 5);
    const toggle = page.getByRole('button', { name: 'Show as a table' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await page.getByRole('button', { name: 'Show as cards' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.tp-card:visible').count(), 0, 'the table instead of the cards');
    assert.ok(!page.url().includes('table'), 'the choice is not in the address');
    const m = await box.evaluate((b) => ({ client: b.clientWidth, scroll: b.scrollWidth }));
    assert.ok(m.scroll > m.client + 200, `the grid scrolls sideways (${m.scroll} in ${m.client})`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0, 'the page does not');
    const rowName = page.locator('.journey-grid tbody th').first();
    const before = (await rowName.boundingBox()).x;
    await box.evaluate((b) => b.scrollBy(300, 0));
    assert.equal((await rowName.boundingBox()).x, before, 'the first column stays put');
    assert.deepEqual(await axe(page), [], 'the map at 375 px, as a table');

    await page.setViewportSize({ width: 1280, height: 900 });
    const wide = await box.evaluate((b) => ({ client: b.clientWidth, scroll: b.scrollWidth }));
    assert.ok(wide.client >= 1150, `the grid is ${wide.client}px wide at 1280`);
    assert.equal(wide.scroll, wide.client, 'no sideways scrolling on a desktop');
    assert.equal(await page.locator('.tp-card:visible, .map-curve:visible, .table-toggle:visible').count(), 0, 'no phone parts on a desktop');
    // Names and departments head the columns; the legend explains the hand-off.
    const heads = await page.locator('.journey-grid thead th').allInnerTexts();
    assert.match(heads[1], new RegExp(`${dealer.touchpoints[1].name.en}[\\s\\S]*${dealer.touchpoints[1].who.en}[\\s\\S]*Hand-off`));
    assert.match(await page.locator('.legend').innerText(), /Hand-off — The client is passed from one department to another/);
  });

  test('two touchpoints rated −1 with nothing ticked are two things to fix, each a button to its touchpoint, on the map and in the week plan', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await rateOnly(page, [1, -1, 0, 1, -1]);
    const fix = page.locator('.fix-first');
    assert.match(await fix.innerText(), /2 touchpoints rated −1 — add what happened/);
    assert.doesNotMatch(await fix.innerText(), /No touchpoint was rated|No disappointments/);
    const links = fix.locator('button.to-touchpoint');
    assert.deepEqual(await links.allInnerTexts(), [`2. ${names[1]}`, `5. ${names[4]}`]);
    // The grid's "What to fix" row asks at each −1, and only there.
    const fixRow = await mapRow(page, 3);
    assert.deepEqual(fixRow.map((c) => c !== '—'), [false, true, false, false, true], fixRow.join(' | '));
    assert.equal(await page.locator('.journey-grid td.ask button').count(), 2);
    // A link opens the touchpoint; a tick there refines the advice, and the other still asks.
    await links.first().click();
    await page.waitForFunction(() => document.querySelector('.step-heading')?.textContent.startsWith('Touchpoint 2 of'));
    const chip = page.locator('input[type=checkbox][value="redirecting"]');
    if (!(await chip.isVisible())) await page.locator('.more-chips').click();
    await chip.check();
    await page.locator('.walk .to-map').click();
    await page.locator('.map').waitFor();
    const after = await fix.innerText();
    assert.match(after, /1 touchpoint rated −1 — add what happened/);
    const redirecting = ladder.behaviours.find((b) => b.id === 'redirecting');
    assert.ok(after.includes(redirecting.text.en) && after.includes(redirecting.fix.en), after);
    assert.deepEqual(await fix.locator('button.to-touchpoint').allInnerTexts(), [`5. ${names[4]}`]);
    // The week plan: one gap per −1; the one with nothing recorded asks for it.
    await page.locator('.end .action-bar > .primary').click();
    await page.locator('.summary').waitFor();
    assert.equal(await page.locator('.gap').count(), 2);
    assert.equal(await page.locator('.gap button.to-touchpoint').count(), 1);
    assert.deepEqual(page.errors, []);
  });

  test('as it is and as it should be: both curves in one picture, the biggest gaps named, the target never sent as a result', async () => {
    const page = await newPage(browser, { width: 375, height: 740 });
    await open(page, server.url);
    await rateOnly(page, [1, -1, 0, 1, -1]);
    assert.equal(await page.locator('.map-curve .curve-line').count(), 1, 'one walk: one curve');
    assert.equal(await page.locator('.to-target').count(), 0);
    // The same journey again, as it should be.
    await page.locator('details.more summary').first().click();
    await page.getByRole('button', { name: 'Other journeys' }).click();
    const kind = page.getByRole('group', { name: 'What will this walk show?' });
    assert.equal(await kind.getByRole('radio', { name: 'How it is now' }).isChecked(), true, 'the usual walk is the default');
    await kind.getByRole('radio', { name: 'How it should be' }).check();
    await page.locator('.journeys .card').first().locator('button.primary').click();
    // Starting the other kind replaces the walk in progress only when the person says so.
    await page.locator('#confirm-walk').click();
    for (const r of [1, 1, 1, 1, 0]) {
      await page.locator(`input[name=rating][value="${r}"]`).click();
      await page.locator('.walk button.next').click();
    }
    await page.locator('.map').waitFor();
    assert.match(await page.locator('.step-heading').innerText(), /as it should be/);
    const figure = page.locator('.map-curve.both');
    assert.equal(await figure.locator('.curve-line').count(), 2, 'now and the target in one picture');
    assert.equal(await figure.locator('.curve-line.target').count(), 1);
    assert.match(await figure.locator('svg.curve').getAttribute('aria-label'), /Now: 1\. .*: \+1; 2\. .*: −1.*Target: 1\. .*: \+1; 2\. .*: \+1/);
    // Two rungs first (−1 → +1 at 2), then one rung in journey order (3), and 5 (−1 → 0).
    const gaps = await page.locator('.to-target li').allInnerTexts();
    assert.deepEqual(gaps.map((g) => g.split('\n')[0].replace(/ now.*/, '')), [`2. ${names[1]}`, `3. ${names[2]}`, `5. ${names[4]}`]);
    assert.match(gaps[0], /now −1, target \+1/);
    // A plan is not a result: nothing to send to the manager or share.
    assert.equal(await page.getByRole('button', { name: /Send to my manager|^Share|Create a share link/ }).count(), 0);
    // At a desktop width the picture is there too, and the page does not scroll sideways at 320 px.
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.equal(await figure.isVisible(), true);
    await page.setViewportSize({ width: 320, height: 740 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
    assert.deepEqual(await axe(page), []);
    // Both walks are in the history, each with its mark, and a reload keeps the target walk.
    const history = await page.evaluate(() => JSON.parse(localStorage.getItem('service-ladder:state')).history.filter((r) => r.walkthrough));
    assert.deepEqual(history.map((r) => r.walkthrough.target === true), [false, true], 'the current state is written without a mark');
    await open(page, server.url);
    await page.locator('.map-curve.both').waitFor();
    // The week plan names the same gaps.
    await page.locator('.end .action-bar > .primary').click();
    await page.locator('.summary').waitFor();
    assert.deepEqual(
      (await page.locator('.summary .to-target li strong').allInnerTexts()),
      [names[1], names[2], names[4]],
    );
    assert.deepEqual(page.errors, []);
  });

  test('on a phone in Russian: the curve and "Fix first" on the first screen, a card per touchpoint, no word split, no sideways scroll at 320 px, one A4 landscape page in print', async (t) => {
    const page = await newPage(browser, { width: 375, height: 740, locale: 'ru-RU' });
    await open(page, server.url);
    await rateOnly(page, [1, -1, 0, 1, -1]);
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = (sel) => page.locator(sel).first().evaluate((e) => Math.round(e.getBoundingClientRect().top + window.scrollY));
    const m = { curve: await top('.map-curve'), fix: await top('.fix-first'), height: await page.evaluate(() => document.documentElement.scrollHeight) };
    t.diagnostic(`map at 375×740 (ru): curve at ${m.curve}px, "Fix first" at ${m.fix}px, page ${m.height}px`);
    assert.ok(m.curve <= 740 && m.fix <= 740, JSON.stringify(m));
    // One picture of every touchpoint: five faces, five numbers.
    assert.equal(await page.locator('.map-curve .curve-face').count(), 5);
    assert.match(await page.locator('.map-curve svg.curve').getAttribute('aria-label'), /2\. .+: −1; 3\. .+: 0/);
    assert.match(await page.locator('.fix-first').innerText(), /2 точки оценены на −1 — добавьте, что произошло/);
    const cards = page.locator('.tp-card');
    assert.equal(await cards.count(), 5);
    for (const label of ['Ожидание', 'Что было', 'Исправить']) assert.ok((await cards.nth(1).innerText()).includes(label), label);
    assert.match(await cards.nth(1).innerText(), /Добавить, что произошло/);
    assert.deepEqual(await splitWords(page, '.map-body'), [], 'cards');
    await page.getByRole('button', { name: 'Показать таблицей' }).click();
    assert.deepEqual(await splitWords(page, '.journey-grid th[scope="row"]'), [], 'the row names of the table');
    assert.deepEqual(await axe(page), [], 'the map as a table at 375 px');
    await page.getByRole('button', { name: 'Показать карточками' }).click();
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 740 });
      const w = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(w.scroll <= w.client, `at ${width}px the page is ${w.scroll}px wide in ${w.client}px`);
    }
    assert.deepEqual(await splitWords(page, '.map-body'), [], 'cards at 320 px');
    assert.deepEqual(await axe(page), [], 'the map as cards at 320 px');
    // On paper the grid, whatever the screen showed, on one landscape page.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.journey-grid').isVisible(), 'the grid prints');
    assert.equal(await page.locator('.tp-card:visible, .map-curve:visible').count(), 0, 'the phone parts do not');
    assert.deepEqual(pageSizes(await page.pdf({ format: 'A4', preferCSSPageSize: true })), ['842x595']);
    assert.deepEqual(page.errors, []);
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
      assert.ok(await page.locator('.hcheck').count(), 'the second touchpoint is a hand-off');
      assert.deepEqual(await axe(page), [], 'a hand-off touchpoint');
      await page.locator('.walk .to-map').click();
      await page.locator('.map').waitFor();
      await page.locator('.map .more > summary').click();
      assert.deepEqual(await axe(page), [], 'map, with "More" open');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
    });
  }
});
