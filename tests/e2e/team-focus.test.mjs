// The team focus and the trend across kept collections (issue 20): a
// manager sees one action for next month, sets an owner and a date, keeps
// it with the collection across a reload, prints it on the one-page report
// in both languages; the next collections show whether it moved and the
// trend; below the threshold no figure, with the reason. And the heatmap's
// small cells stay apart in greyscale on screen.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { axe, browser, newPage, open, server, startApp, test } from './harness.mjs';
import { FIXTURE, otherAnswers, seal, vary } from './team-links.mjs';
import { openTeam, paste, status, text, texts } from './team-screen.mjs';
import { printCheck } from './team-print.mjs';

startApp();

const WALKS = FIXTURE.walks.split('\n').filter((l) => l.includes('#share='));

/**
 * A fixture walk (a template, five touchpoints, a label) with other
 * ratings: the walk starts after the label with the template's index and
 * the touchpoint count, then 9 bytes per touchpoint, the rating first (1 −1,
 * 2 0, 3 +1).
 */
function walkWith(link, ratings) {
  const [page, payload] = link.split('#share=');
  const bytes = Buffer.from(payload, 'base64url');
  const body = Buffer.from(bytes.subarray(0, bytes.length - 4));
  const start = 9 + body[8] + 3;
  assert.equal(body[start - 1], ratings.length, 'five touchpoints');
  ratings.forEach((r, i) => (body[start + 9 * i] = r + 2));
  return seal(page, body);
}

/** `n` new people: the fixture's self-checks on other days with other answers. */
const people = (n, round) =>
  Array.from({ length: n }, (_, i) => otherAnswers(vary(FIXTURE.links[i % FIXTURE.links.length], -40 * round - i), 1000 * round + i)).join('\n');

/** Saves the open collection under a name and a date. */
async function save(page, name, date) {
  await page.locator('#team-name').fill(name);
  await page.locator('#team-day').fill(date);
  await page.getByRole('button', { name: /^Save the (collection|name and date)$/ }).click();
  assert.match(await status(page), /^The collection is kept on this device/);
}

async function fresh(page) {
  await page.getByRole('button', { name: 'Start a new collection' }).click();
  assert.equal(await status(page), 'A new collection is started.');
}

describe('the team focus', () => {
  test('one action from the growth quality and the weakest touchpoint, set with an owner and a date, kept, printed on one page in both languages', async () => {
    const page = await newPage(browser);
    await openTeam(page);
    await paste(page, `${FIXTURE.chat}\n${FIXTURE.walks}`, { unfold: false });
    const focus = page.locator('.team-focus');
    assert.equal(await text(focus.locator('h3')), 'Team focus for the next month');
    const why = await texts(focus.locator('.team-focus-why li'));
    assert.equal(why.length, 2, `${why}`);
    assert.match(why[0], /^Grow .+: it is among what to grow for \d+ of 16 people \(\d+%\), median \d+ out of 100\.$/);
    // The weakest touchpoint of the fixture's walks: the loan, rated −1 in 4 of 5.
    assert.match(why[1], /^Start at “Arranging the loan” \(Buying a car at a dealership\): balance index −\d+, rated −1 in 4 of 5 ratings\.$/);
    assert.match(await text(focus.locator('.team-focus-action')), /^The action: \S.{20,}/);
    assert.match(await text(focus.locator('.principle summary')), /^The principle behind it: \S+/);

    // The owner is cleaned like other typed text.
    await page.locator('#team-focus-owner').fill('  Anna\u200b  Petrova ');
    await page.locator('#team-focus-due').fill('2026-04-30');
    await page.getByRole('button', { name: "Set as the team's focus" }).click();
    assert.equal(await status(page), 'The team focus is set. Save the collection to keep it on this device.');
    assert.equal(await text(page.locator('.team-focus-owner')), 'Owner: Anna Petrova. Due by 2026-04-30.');
    await save(page, 'March', '2026-03-12');
    const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('service-ladder:state')));
    assert.equal(doc.schema, 6);
    assert.deepEqual(
      { owner: doc.teams[0].focus.owner, due: doc.teams[0].focus.due, journey: doc.teams[0].focus.journey, touchpoint: doc.teams[0].focus.touchpoint },
      { owner: 'Anna Petrova', due: 20573, journey: { template: 'car_dealership' }, touchpoint: 1 },
    );

    // Kept across a reload.
    await page.reload();
    await page.locator('.team').waitFor();
    await page.getByRole('button', { name: /^Open: March/ }).click();
    assert.equal(await text(page.locator('.team-focus-owner')), 'Owner: Anna Petrova. Due by 2026-04-30.');
    assert.equal(await text(page.locator('.team-focus > p.meta').first()), "The team's focus, set for this collection.");
    // The team file carries it (format 2).
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download as a file: March/ }).click()]);
    const file = readFileSync(await d.path(), 'utf8');
    assert.match(file, /^\{"kind":"service-ladder-team","version":2,/);
    assert.equal(JSON.parse(file).collection.focus.owner, 'Anna Petrova');

    // Printed on the one page, in both languages, nothing over anything.
    const en = await printCheck(page, 'en');
    const report = page.locator('.team-report-focus');
    assert.match(await report.textContent(), /Owner: Anna Petrova\. Due by 2026-04-30\./);
    assert.match(await report.textContent(), /Start at “Arranging the loan”/);
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.locator('.app[lang=ru]').first().waitFor();
    await page.locator('.team-report').waitFor({ state: 'attached' });
    const ru = await printCheck(page, 'ru');
    assert.match(await report.textContent(), /Ответственный: Anna Petrova\. Срок: 2026-04-30\./);
    assert.match(await report.textContent(), /Фокус команды на следующий месяц/);
    console.log(`report spare below: en ${en.spare.toFixed(0)} px, ru ${ru.spare.toFixed(0)} px`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.app[lang=en]').first().waitFor();
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.errors, []);
  });

  test('the next collections show whether the focus moved, and the trend across three; a small one shows no figures, with the reason', async () => {
    const page = await newPage(browser);
    await openTeam(page);
    await paste(page, `${FIXTURE.chat}\n${FIXTURE.walks}`, { unfold: false });
    await page.getByRole('button', { name: "Set as the team's focus" }).click();
    await save(page, 'March', '2026-03-12');

    // A month on: eight other people, and the walks rated better at the loan.
    await fresh(page);
    // Each walk rates differently: the same ratings twice would be one answer set, held back.
    const better = WALKS.map((w, i) => walkWith(vary(w, -3), [1, i < 2 ? -1 : 1, (i % 3) - 1, i >= 3 ? 0 : 1, 1]));
    await paste(page, `${people(8, 1)}\n${better.join('\n')}`, { unfold: false });
    const moved = page.locator('.team-focus-moved');
    assert.equal(await text(moved.locator('h4')), 'Did the focus of “March” move?');
    const rows = await moved.locator('tbody tr').allInnerTexts();
    assert.equal(rows.length, 3, `the quality's share and median, the touchpoint's balance: ${await text(moved)}`);
    assert.match(rows[0], /^People with .+ among what to grow\t\d+%\t\d+%\t[+−]?\d+ [↑↓→]\s*(up|down|no change)$/);
    assert.match(rows[2], /^Balance index at “Arranging the loan”\t−\d+\t\+20\t\+\d+ ↑\s*up$/);
    assert.deepEqual(
      [...new Set(await moved.locator('.sr-only').allTextContents())].every((w) => ['up', 'down', 'no change'].includes(w)),
      true,
    );
    // The report carries whether it moved too, still on one page in both languages.
    const en = await printCheck(page, 'en');
    assert.match(await page.locator('.team-report-focus').textContent(), /Did the focus of “March” move\?.*Balance index at “Arranging the loan”: then −80, now \+20/);
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.locator('.app[lang=ru]').first().waitFor();
    await page.locator('.team-report').waitFor({ state: 'attached' });
    const ru = await printCheck(page, 'ru');
    console.log(`report with "did it move" spare below: en ${en.spare.toFixed(0)} px, ru ${ru.spare.toFixed(0)} px`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.app[lang=en]').first().waitFor();
    await save(page, 'April', '2026-04-12');
    await fresh(page);
    await paste(page, `${people(8, 2)}\n${WALKS.map((w, i) => walkWith(vary(w, -5), [1, i < 1 ? -1 : 0, (i % 3) - 1, i >= 3 ? 0 : 1, 1])).join('\n')}`, { unfold: false });
    await save(page, 'May', '2026-05-12');

    // The trend: three columns in date order, each adding up to 100 %.
    const trend = page.locator('.team-trend');
    const heads = await texts(trend.locator('thead th'));
    assert.deepEqual(heads, ['Figure', 'March (2026-03-12)', 'April (2026-04-12)', 'May (2026-05-12)']);
    const body = await trend.locator('tbody tr').allInnerTexts();
    assert.equal(body.length, 1 + 4 + 8, 'the level, three levels and between, eight qualities');
    for (const col of [1, 2, 3]) {
      const sum = body.slice(1, 5).map((r) => Number(r.split('\t')[col].match(/\((\d+)%\)/)[1])).reduce((a, b) => a + b, 0);
      assert.equal(sum, 100, `column ${col}: ${body.slice(1, 5)}`);
    }
    // Arrows between consecutive columns only: none in the first.
    for (const r of body) {
      const cells = r.split('\t').map((c) => c.trim());
      assert.doesNotMatch(cells[1], /[↑↓→]/);
      assert.match(cells[2], /[↑↓→]\s*(up|down|no change)$/);
      assert.match(cells[3], /[↑↓→]\s*(up|down|no change)$/);
    }
    assert.equal(await trend.locator('.trend[aria-hidden=true]').count(), 13 * 2);
    assert.deepEqual(await axe(page), []);

    // A fourth collection of three people: below the threshold, its column
    // shows nothing and says why, and so does the step into it.
    await fresh(page);
    await paste(page, people(3, 3), { unfold: false });
    assert.match(await text(page.locator('.team-below-threshold')), /^Below the privacy threshold 3 of at least 5 people are in/);
    await save(page, 'June', '2026-06-12');
    // Open May again to see the trend (a collection under the threshold shows no figures at all).
    await page.getByRole('button', { name: /^Open: May/ }).click();
    const notes = await texts(page.locator('.team-trend-notes li'));
    assert.deepEqual(notes, [
      '“June” is not shown. Not compared: one of the collections holds only 3 people, fewer than 5. The change would show those people\'s own answers.',
    ]);
    const last = (await page.locator('.team-trend tbody tr').allInnerTexts()).map((r) => r.split('\t')[4]);
    assert.ok(last.every((c) => c === '—'), `no figure for June: ${last}`);
    assert.deepEqual(page.errors, []);
  });

  test('a collection where the self-checks and the walks are each under the threshold suggests no focus, and says why', async () => {
    const page = await newPage(browser);
    await openTeam(page);
    await paste(page, `${people(3, 4)}\n${WALKS.slice(0, 3).join('\n')}`, { unfold: false });
    assert.equal(
      await text(page.locator('.team-focus .team-below')),
      'No focus is suggested: 3 of at least 5 people. A focus built from fewer would show their own answers.',
    );
    assert.equal(await page.locator('.team-focus-why').count(), 0);
    assert.equal(await page.getByRole('button', { name: "Set as the team's focus" }).count(), 0);
    assert.deepEqual(page.errors, []);
  });

  test("on screen the heatmap's cells under 12 px carry a cross on +1 and a bar on −1", async () => {
    const page = await newPage(browser);
    await openTeam(page);
    // Thirty walks of other ratings: rows of 8 px, too small for a sign.
    const walks = Array.from({ length: 30 }, (_, i) => walkWith(vary(WALKS[0], -2 * i), [0, 1, 2, 3, 4].map((k) => (Math.floor(i / 3 ** k) % 3) - 1)));
    await paste(page, walks.join('\n'), { unfold: false });
    const map = page.locator('.team-journey svg.heatmap');
    const found = await map.evaluate((svg) => {
      const count = (sel) => svg.querySelectorAll(sel).length;
      const shapes = (sel) => [...new Set([...svg.querySelectorAll(sel)].map((p) => (p.getAttribute('d').includes('V') ? 'cross' : 'bar')))];
      const grey = (e) => {
        const [r, g, b] = getComputedStyle(e).fill.match(/\d+/g).map(Number);
        return Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      };
      const good = svg.querySelector('rect.heat.good');
      const bad = svg.querySelector('rect.heat.bad');
      return {
        rows: Number(svg.getAttribute('viewBox').split(' ')[3]),
        good: count('rect.heat.good'),
        bad: count('rect.heat.bad'),
        neutral: count('rect.heat.neutral'),
        crosses: count('path.heat-mark.on-good'),
        bars: count('path.heat-mark.on-bad'),
        signs: count('.heat-sign'),
        shapes: [shapes('path.heat-mark.on-good'), shapes('path.heat-mark.on-bad')],
        greys: [grey(good), grey(bad)],
      };
    });
    assert.equal(found.signs, 0, 'no sign fits in 8 px');
    assert.ok(found.good > 0 && found.bad > 0 && found.neutral > 0, JSON.stringify(found));
    assert.equal(found.crosses, found.good);
    assert.equal(found.bars, found.bad);
    assert.deepEqual(found.shapes, [['cross'], ['bar']]);
    // The reason for the marks: on screen +1 and −1 are nearly one grey.
    assert.ok(Math.abs(found.greys[0] - found.greys[1]) < 30, `${found.greys}`);
    assert.deepEqual(page.errors, []);
  });
});
