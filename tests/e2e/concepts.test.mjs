// Everything the seeds hold is reachable: tests/content.rs lists every
// concept of the seeds with where the content holds it and the places of
// the interface that show it. This visits each place, in both languages,
// and finds each concept's name there.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATTERNS, ROOT, browser, completeCheck, newPage, open, server, startApp, test } from './harness.mjs';

const read = (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const assessment = read('content/assessment.json');
const concepts = read('content/concepts.json');
const ladder = read('content/ladder.json');
const { journeys } = read('content/journeys.json');

startApp();

/** The list in tests/content.rs: `concept("000", "what", "where in the content", "places shown")`. */
const SEEDS = [
  ...readFileSync(join(ROOT, 'tests/content.rs'), 'utf8').matchAll(
    /concept\(\s*"(\d{3})",\s*"((?:[^"\\]|\\.)*)",\s*"([^"]+)",\s*"([^"]+)",?\s*\)/g,
  ),
].map(([, seed, concept, content, shown]) => ({ seed, concept, content, places: shown.split(' ') }));

/** The words that stand for a concept on screen, in one language (any of them will do). */
function names(content, lang) {
  const [place, id] = content.split(':');
  const [file, section] = place.split('.');
  if (file === 'concepts') return [concepts[section].find((c) => c.id === id).name[lang]];
  if (place === 'assessment.qualities') return [assessment.qualities.find((q) => q.id === id).name[lang]];
  if (place === 'assessment.levels') {
    const l = assessment.levels.find((x) => x.id === id);
    return [l.name[lang], l.short[lang]];
  }
  if (place === 'ladder.rungs') return [ladder.rungs.find((r) => String(r.key) === id).name[lang]];
  if (place === 'journeys') return [journeys.find((j) => j.id === id).name[lang]];
  throw new Error(`no names for ${content}`);
}

/** Every name of a whole list (`ladder.behaviours:rung=1`), or the concept's one. */
const expected = (content, lang) =>
  content.startsWith('ladder.behaviours:rung=')
    ? ladder.behaviours.filter((b) => String(b.rung) === content.split('=')[1]).map((b) => [b.text[lang]])
    : [names(content, lang)];

/** The text of each place, with every disclosure in it open. */
async function visit(lang) {
  const page = await newPage(browser, { width: 1280, height: 900, locale: lang === 'ru' ? 'ru-RU' : 'en-US' });
  await open(page, server.url);
  const texts = {};
  const openAll = async (sel) => {
    for (const d of await page.locator(`${sel} details`).all()) await d.evaluate((e) => (e.open = true));
  };
  // Before the first question.
  await page.locator('.home button.primary').first().click();
  await page.locator('.role').waitFor();
  await openAll('.role');
  texts['role.clients'] = await page.locator('.role .clients').innerText();
  // A result with answers on the disappointment rung.
  await page.locator('.role .choice input').first().click();
  await page.locator('.question').waitFor();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForSelector('.step-heading');
  await completeCheck(page, { ...PATTERNS.spontaneous, ordinary: -1, pressed: -1 });
  await openAll('.result');
  texts['result.ladder'] = (await page.locator('svg.ladder').getAttribute('aria-label')) + (await page.locator('svg.ladder').textContent());
  texts['result.chart'] = await page.locator('.result-body > .block svg.chart').getAttribute('aria-label');
  texts['result.how'] = await page.locator('details.how').innerText();
  texts['result.shortfalls'] = await page.locator('details.how .definition').innerText();
  texts['result.library'] = await page.locator('details.library').innerText();
  // The walkthrough.
  await page.locator('.result-end .action-bar button.primary').click();
  await page.locator('.journeys, .step').first().waitFor();
  texts.journeys = await page.locator('.screen').innerText();
  await page.locator('.screen button', { hasText: lang === 'ru' ? /^Пройти/ : /^Walk it/ }).first().click();
  await page.locator('.walk').waitFor();
  // The behaviours show under a rating: pick each in turn and ask for the
  // rest of its rung ("more" opens the chosen rung only, since issue 19).
  const seen = [];
  for (const rung of ['-1', '0', '1']) {
    await page.locator(`input[name=rating][value="${rung}"]`).click();
    await page.locator('.more-chips').click();
    await openAll('.walk');
    seen.push(await page.locator('.walk').innerText());
  }
  texts.touchpoint = seen.join('\n');
  assert.deepEqual(page.errors, []);
  await page.context().close();
  return texts;
}

describe('every concept of the seeds is reachable', () => {
  test('the list names places for all of them', () => {
    assert.equal(SEEDS.length, 72);
    for (const k of SEEDS) assert.ok(k.places.length > 0, k.concept);
  });

  for (const lang of ['en', 'ru']) {
    test(`each is found where the list says, in ${lang}`, async () => {
      const texts = await visit(lang);
      const missing = [];
      for (const k of SEEDS) {
        for (const place of k.places) {
          assert.ok(place in texts, `unknown place ${place}`);
          for (const any of expected(k.content, lang)) {
            if (!any.some((name) => texts[place].includes(name))) missing.push(`${k.concept} (${k.seed}): "${any[0]}" not in ${place}`);
          }
        }
      }
      assert.deepEqual(missing, []);
    });
  }
});
