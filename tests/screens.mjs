// Screenshots of home, the choice of work, a question, the result, a touchpoint and the
// journey map at 375 and 1280 px, in Russian, into docs/screens/ — so the
// next change to the look can be compared with this one. `make screens`
// builds the release first; this script only drives it.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, answerByClick, deadline, launch, newPage, open, questionnaire, serve } from './e2e/harness.mjs';

const OUT = join(ROOT, 'docs/screens');
const ITEMS = questionnaire();
// The dealership walk: ticks, hand-off answers and the rating at each touchpoint.
export const WALK = [
  { rating: 1, ticks: ['politeness', 'needs'] },
  { rating: -1, ticks: ['redirecting', 'indifference'], checks: { no_repeat: 'no', next_briefed: 'yes', answered_here: 'no', client_knows_next: 'not_sure' } },
  { rating: 0, ticks: ['formal_approach'] },
  { rating: 1, ticks: ['honesty', 'informed'], checks: { no_repeat: 'yes', next_briefed: 'yes', answered_here: 'yes', client_knows_next: 'yes' } },
  { rating: -1, ticks: ['lateness', 'broken_promise'] },
];

/** Fills in the current touchpoint as planned (without moving on). */
export async function fillTouchpoint(page, step) {
  await page.locator(`input[name=rating][value="${step.rating}"]`).check();
  for (const t of step.ticks ?? []) {
    const chip = page.locator(`input[type=checkbox][value="${t}"]`);
    if (!(await chip.isVisible())) await page.locator('.more-chips').click();
    await chip.check();
  }
  for (const [id, answer] of Object.entries(step.checks ?? {})) {
    await page.locator(`input[name="check-${id}"][value="${answer}"]`).check();
  }
}

async function shot(page, name, width) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
  console.log(`docs/screens/${name}-${width}.png`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  deadline(10 * 60_000, 'make screens');
  await mkdir(OUT, { recursive: true });
  const server = await serve();
  const browser = await launch();
  try {
    for (const width of [375, 1280]) {
      const page = await newPage(browser, { width, height: width < 600 ? 740 : 800, locale: 'ru-RU' });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await open(page, server.url);
      await shot(page, 'home', width);
      await page.locator('.home .part').first().locator('button.primary').click();
      // The kind of work, then the questions (one tap each: a chosen option moves on).
      await page.locator('.role').waitFor();
      await shot(page, 'role', width);
      await answerByClick(page, 0);
      await page.locator('.question').waitFor();
      await shot(page, 'question', width);
      for (let i = 0; i < ITEMS.length; i++) await answerByClick(page, [1, 2, 1, 0][i % 4]);
      await page.locator('.result').waitFor();
      await shot(page, 'result', width);
      await page.locator('.more > summary').click();
      await page.getByRole('button', { name: 'На главную' }).click();
      await page.locator('.home .part').nth(1).locator('button.primary').click();
      await page.locator('.journeys').waitFor();
      await page.locator('.journeys .card').first().locator('button.primary').click();
      for (const [i, step] of WALK.entries()) {
        await page.locator('.walk').waitFor();
        await fillTouchpoint(page, step);
        if (i === 1) await shot(page, 'touchpoint', width);
        await page.locator('.walk button.next').click();
      }
      await page.locator('.map').waitFor();
      await shot(page, 'map', width);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
