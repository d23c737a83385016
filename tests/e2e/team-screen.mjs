// What every team-screen test does: open the team screen, open the
// intake's fold, paste links and wait until what was read is listed
// afresh, and read text as a person sees it.
import { open, server } from './harness.mjs';

/** A locator's text with its white space as one space. */
export const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();
export const texts = async (locator) => (await locator.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
/** What the status region said last. */
export const status = (page) => page.getByRole('status').innerText();

/** Opens the team screen from the start screen, in English or Russian. */
export async function openTeam(page, { lang = 'en' } = {}) {
  await open(page, server.url);
  if (lang === 'ru') {
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.locator('.app[lang=ru]').first().waitFor();
  }
  const name = lang === 'ru' ? 'Для руководителя: посмотреть команду' : 'For managers: see your team';
  await page.getByRole('button', { name }).click();
  await page.locator('.team').waitFor();
}

/** Opens the intake's one-line fold (issue 20) when results are in, to add more. */
export async function openFold(page) {
  const fold = page.locator('#team-intake-fold:not([open]) > summary');
  if (await fold.count()) await fold.click();
}

/**
 * Runs `action` (adding results) and waits until what was read is listed
 * afresh: the screen is rebuilt when an intake finishes. What was read sits
 * in the intake's fold once results are in: opened to read it (`unfold`),
 * as a manager would.
 */
export async function added(page, action, { unfold = true } = {}) {
  await page.evaluate(() => document.querySelectorAll('.team-summary').forEach((e) => (e.__seen = true)));
  await action();
  await page.waitForFunction(() => {
    const e = document.querySelector('.team-summary');
    return e && !e.__seen;
  }, null, { timeout: 120_000 });
  if (unfold) await openFold(page);
}

/** Pastes text (set at once, as a paste does) and adds it. */
export async function paste(page, value, { lang = 'en', unfold = true } = {}) {
  await added(page, async () => {
    await openFold(page);
    await page.locator('#team-paste').evaluate((el, v) => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
    await page.getByRole('button', { name: lang === 'ru' ? 'Добавить из текста' : 'Add from the text' }).click();
  }, { unfold });
}
