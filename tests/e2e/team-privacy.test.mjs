// Privacy that holds on the team screen (issue 20): the attacks a curious
// manager tried, each refused or suppressed with its reason — one pasted
// link, subtracting one person between two collections, 200 identical
// links in one paste.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { answerByClick, browser, newPage, open, questionnaire, server, startApp, startCheck, test, toResult } from './harness.mjs';
import { FIXTURE, vary } from './team-links.mjs';
import { openFold, openTeam, paste, status, text } from './team-screen.mjs';

startApp();

const TIMEOUT = { timeout: 120_000 };

/** Runs `body` on a fresh page, closing its context whatever happens. */
async function withPage(body) {
  const page = await newPage(browser);
  try {
    await body(page);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
}

describe('privacy that holds', () => {
  test('one link alone gives no figures, in words unlike "no results yet"', TIMEOUT, () =>
    withPage(async (page) => {
      await openTeam(page);
      // No data: its own words, and no threshold words.
      assert.match(await text(page.locator('.team')), /No results yet/);
      assert.equal(await page.locator('.team-below-threshold').count(), 0);

      await paste(page, `Вот мой результат: ${FIXTURE.links[0]}`);
      assert.equal(await status(page), 'Done. Taken: 1; duplicates (counted once): 0; refused: 0.');
      const below = await text(page.locator('.team-below-threshold'));
      assert.match(below, /^Below the privacy threshold 1 of at least 5 people are in\. No team figures, groups, comparisons or exports are shown/);
      assert.doesNotMatch(await text(page.locator('.team')), /No results yet/);
      // Not one figure, and nothing to export.
      assert.equal(await page.locator('#team-level-title').count(), 0);
      assert.equal(await page.locator('.team-groups, .team-consistency, .team-walks').count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Every row (CSV)' }).count(), 0);

      // Four people are still under 5; the fifth brings the figures.
      await paste(page, FIXTURE.links.slice(1, 4).join('\n'));
      assert.match(await text(page.locator('.team-below-threshold')), /4 of at least 5 people are in/);
      await paste(page, FIXTURE.links[4]);
      assert.equal(await page.locator('.team-below-threshold').count(), 0);
      // A heading by the one headline rule (issue 20): a level, or mixed.
      assert.match(await page.locator('#team-level-title').innerText(), /^(Team level: |Mixed team — )/);
    }));

  test('save everyone as "before", collect all but one: the comparison is suppressed with its reason', TIMEOUT, () =>
    withPage(async (page) => {
      await openTeam(page);
      const everyone = FIXTURE.links;
      await paste(page, everyone.join('\n'));
      await page.locator('#team-name').fill('Everyone');
      await page.getByRole('button', { name: 'Save the collection' }).click();
      assert.match(await status(page), /^The collection is kept on this device/);

      await page.getByRole('button', { name: 'Start a new collection' }).click();
      await paste(page, everyone.slice(1).join('\n'));
      await page.getByRole('button', { name: /^Compare with the open one as “before”: Everyone/ }).click();
      const cmp = await text(page.locator('.team-compare'));
      assert.match(cmp, /Not compared: only 1 people differ between the two collections, fewer than 5\. The change would show those people's own answers\./);
      assert.doesNotMatch(cmp, /Team level: before/);
      assert.equal(await page.locator('.team-compare table').count(), 0, 'no change drawn');
    }));

  test('200 identical links in one paste are flagged, counted once, and the paste is said to be one sender', TIMEOUT, () =>
    withPage(async (page) => {
      await openTeam(page);
      await paste(page, FIXTURE.links.slice(0, 12).join('\n'));
      // One person's link on 200 consecutive earlier days, under one label.
      const stuffed = Array.from({ length: 200 }, (_, d) => vary(FIXTURE.links[12], -d - 1)).join('\n');
      await paste(page, stuffed);
      assert.equal(await status(page), 'Done. Taken: 1; duplicates (counted once): 0; refused: 0.');
      assert.equal(
        await text(page.locator('.team-flagged')),
        'Same answers as another result, counted once until you confirm each: 199.',
      );
      assert.match(await text(page.locator('.team-row.sender')), /^One sender\? Pasted text: This looks like one sender's doing: up to 200 results with the same answers, or results on 200 days in a row/);
      assert.equal(await page.locator('.team-row.flagged').count(), 199);
      assert.match(await text(page.locator('.team-row.flagged').first()), /^Same answers Pasted text, line \d+, .*the same answers as “Pasted text, line 1/);
      // Counted once: 13 people, not 212.
      assert.match(await text(page.locator('.team-level')), /^.*13 people:/);
      // The manager confirms one: it counts.
      await openFold(page);
      await page.getByRole('button', { name: /^Count anyway: / }).first().click();
      await openFold(page);
      assert.match(await text(page.locator('.team-level')), /14 people:/);
      assert.equal(await text(page.locator('.team-flagged')), 'Same answers as another result, counted once until you confirm each: 198.');
    }));

  test('a result with one option throughout is held back until the manager counts it anyway', TIMEOUT, async () => {
    // A person taps the first option shown on every question and sends it.
    const person = await newPage(browser, {
      init: () => {
        navigator.share = async (data) => {
          window.__shared = data;
        };
      },
    });
    let link;
    try {
      await open(person, server.url);
      await startCheck(person);
      for (let i = 0; i < questionnaire().length; i++) await answerByClick(person, 0);
      await toResult(person);
      await person.getByRole('button', { name: 'Send to my manager' }).click();
      await person.waitForFunction(() => window.__shared);
      link = (await person.evaluate(() => window.__shared)).url;
    } finally {
      await person.context().close();
    }
    await withPage(async (page) => {
      await openTeam(page);
      await paste(page, [...FIXTURE.links.slice(0, 12), link].join('\n'));
      assert.equal(await page.locator('.team-row.one-option').count(), 1);
      assert.match(await text(page.locator('.team-row.one-option')), /^One option Pasted text, line 13, .*One option throughout/);
      assert.equal(await text(page.locator('.team-one-option')), 'One option throughout (nearly every answer at the same position), not counted until you confirm each: 1.');
      assert.match(await text(page.locator('.team-level')), /12 people:/);
      await page.getByRole('button', { name: /^Count anyway: / }).click();
      await openFold(page);
      assert.match(await text(page.locator('.team-level')), /13 people:/);
      assert.equal(await page.locator('.team-one-option').count(), 0);
    });
  });

  test('a collection that does not fit the storage is refused with the reason and offered as a download', TIMEOUT, () =>
    withPage(async (page) => {
      await openTeam(page);
      await paste(page, FIXTURE.chat);
      // Fill this origin's storage to the last kilobyte.
      await page.evaluate(() => {
        let size = 1 << 20;
        for (let i = 0; size >= 256; i++) {
          try {
            localStorage.setItem(`junk-${i}`, 'x'.repeat(size));
          } catch {
            size >>= 1;
          }
        }
      });
      await page.locator('#team-name').fill('Too big');
      await page.getByRole('button', { name: 'Save the collection' }).click();
      const why = `Not kept: the collection (${FIXTURE.expect.taken} results) does not fit this device's storage, so nothing was written. Download it as a file to keep it.`;
      assert.equal(await status(page), why);
      assert.equal(await text(page.locator('.team-unkept p')), why);
      assert.doesNotMatch(await text(page.locator('.team-collections')), /is kept on this device/);
      assert.equal(await page.locator('.team-kept-row').count(), 0);
      const stored = await page.evaluate(() => localStorage.getItem('service-ladder:state'));
      assert.ok(!stored || !JSON.parse(stored).teams, 'nothing of it was written');
      const [d] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the collection' }).click(),
      ]);
      assert.match(d.suggestedFilename(), /^service-ladder-team-\d{4}-\d{2}-\d{2}\.json$/);
    }));
});
