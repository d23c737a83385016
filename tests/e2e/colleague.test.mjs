// A colleague's view end to end (issue 18), at 375 px, in Russian and in
// English: a person finishes the check (the result says "self-reported"),
// asks a colleague; the colleague opens the asking link in their own
// browser — where their own unfinished check stays as it was — answers one
// tap per moment and gets an answer link; the person opens it, and the
// result sets self and colleague side by side and no longer says
// "self-reported". The share link then carries the view, and the team
// view marks the result as having one.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATTERNS, ROOT, answerByClick, browser, completeCheck, heading, newPage, open, server, startApp, startCheck, tap, test } from './harness.mjs';
import { manyLinks } from './team-links.mjs';

startApp();

const MOMENTS = JSON.parse(readFileSync(join(ROOT, 'content/assessment.json'), 'utf8')).observed;

const WORDS = {
  en: {
    selfReported: 'This is self-reported.',
    about: 'About Anna',
    openApp: 'Open the app',
    sideBySide: 'You and your colleagues',
    added: "Your colleague's view was added to your result.",
    team: 'For managers: see your team',
    addText: 'Add from the text',
    marked: '1 of 5 results came with a colleague',
    badge: "Colleague's view",
    refused: 'This link is damaged or was changed on the way',
  },
  ru: {
    selfReported: 'Это самооценка.',
    about: 'О коллеге: Anna',
    openApp: 'Открыть приложение',
    sideBySide: 'Вы и ваши коллеги',
    added: 'Взгляд коллеги добавлен к вашему результату.',
    team: 'Для руководителя: посмотреть команду',
    addText: 'Добавить из текста',
    marked: '1 из 5 результатов пришли со взглядом коллеги',
    badge: 'Взгляд коллеги',
    refused: 'Ссылка повреждена или изменена по дороге',
  },
};

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** Saved documents of the app in a page's storage, by key. */
const stored = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('service-ladder:')).map((k) => [k, localStorage.getItem(k)])));

for (const lang of ['ru', 'en']) {
  const w = WORDS[lang];
  const locale = lang === 'ru' ? 'ru-RU' : 'en-US';
  describe(`a colleague's view (${lang}, 375 px)`, () => {
    test('ask, answer in another browser, open the answer: self and colleague side by side; the team view marks it', { timeout: 300_000 }, async () => {
      const pages = [];
      try {
        // The person.
        const person = await newPage(browser, { width: 375, height: 667, locale });
        pages.push(person);
        await open(person, server.url);
        await person.locator(`.app[lang=${lang}]`).first().waitFor();
        await completeCheck(person, PATTERNS.regulated);
        assert.ok((await text(person.locator('.result'))).includes(w.selfReported), 'self-reported before any colleague');
        assert.equal(await person.locator('.side-by-side').count(), 0);
        await person.locator('#colleague-name').fill('Anna');
        await person.locator('.colleague-make').click();
        const ask = await person.locator('#colleague-ask-link').inputValue();
        assert.match(ask, /#ask=[A-Za-z0-9_-]+$/);
        assert.equal(new URL(ask).origin, new URL(server.url).origin);

        // The colleague, in a browser of their own, with an unfinished check of their own.
        const colleague = await newPage(browser, { width: 375, height: 667, locale });
        pages.push(colleague);
        await open(colleague, server.url);
        await startCheck(colleague);
        await answerByClick(colleague, 0);
        await answerByClick(colleague, 1);
        const ownHeading = await heading(colleague);
        const ownBefore = await stored(colleague);
        await colleague.goto(ask);
        await colleague.locator('.colleague-answer').first().waitFor();
        assert.ok((await text(colleague.locator('.colleague-about'))).includes(w.about));
        // One tap per moment: beyond on the first half, as expected after, one not seen.
        for (const [i, m] of MOMENTS.entries()) {
          const value = i === MOMENTS.length - 1 ? 'unseen' : i < MOMENTS.length / 2 ? 'beyond' : 'as';
          assert.ok((await heading(colleague)).length > 0, m.id);
          await tap(colleague, value);
        }
        await colleague.locator('.colleague-done').waitFor();
        const answer = await colleague.locator('#colleague-answer-link').inputValue();
        assert.match(answer, /#answer=[A-Za-z0-9_-]+$/);
        // A file is offered as well.
        const [download] = await Promise.all([colleague.waitForEvent('download'), colleague.locator('.colleague-download').click()]);
        assert.match(download.suggestedFilename(), /\.txt$/);
        // Nothing was stored for the colleague; their own check is where it was.
        assert.deepEqual(await stored(colleague), ownBefore);
        await colleague.getByRole('button', { name: w.openApp }).first().click();
        await colleague.locator('.question').waitFor();
        assert.equal(await heading(colleague), ownHeading);
        assert.deepEqual(colleague.errors, []);

        // A damaged answer is refused with the reason, and nothing is lost.
        const damaged = answer.slice(0, -3) + (answer.endsWith('A') ? 'BBB' : 'AAA');
        await person.goto(damaged);
        await person.locator('.colleague-refused').waitFor();
        assert.ok((await text(person.locator('.colleague-refused'))).includes(w.refused));
        assert.equal(await person.locator('.side-by-side').count(), 0);

        // Back to the person: the answer link opened in their browser.
        await person.goto(answer);
        await person.locator('.side-by-side').waitFor();
        const result = await text(person.locator('.result'));
        assert.ok(result.includes(w.sideBySide), result.slice(0, 400));
        assert.ok(result.includes(w.added));
        assert.ok(!result.includes(w.selfReported), 'no longer says self-reported');
        // Per rung (three rows) and per quality, self beside colleagues.
        assert.equal(await person.locator('.side-by-side-levels tbody tr').count(), 3);
        assert.ok((await person.locator('.side-by-side-qualities tbody tr').count()) >= 5);
        const beyond = await person.locator('.side-by-side-levels tbody tr').nth(2).locator('td').allInnerTexts();
        assert.equal(beyond.length, 2);
        assert.notEqual(beyond[1].trim(), '0%', 'the colleague saw «beyond»');
        // Kept: a reload shows it again.
        await person.reload();
        await person.locator('.side-by-side').waitFor();

        // The share link carries the view; the team view marks it.
        await person.locator('.result-end .share-button').click();
        const link = await person.locator('#share-link').inputValue();
        assert.match(link, /#share=/);
        const manager = await newPage(browser, { width: 375, height: 667, locale });
        pages.push(manager);
        await open(manager, server.url);
        await manager.getByRole('button', { name: w.team }).click();
        await manager.locator('.team').waitFor();
        await manager.locator('#team-paste').evaluate((el, v) => {
          el.value = v;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }, [link, ...manyLinks(4).split('\n')].join('\n'));
        // Four other people's results with it: the team view shows figures
        // only from five people on (issue 20's threshold).
        await manager.getByRole('button', { name: w.addText }).click();
        await manager.locator('.team-colleagues').waitFor({ timeout: 60_000 });
        const marked = await text(manager.locator('.team-colleagues'));
        assert.ok(marked.includes(w.badge) && marked.includes(w.marked), marked);
        assert.deepEqual(person.errors, []);
        assert.deepEqual(manager.errors, []);
      } finally {
        // Each browser context this test opened (the browser and the server close after the file).
        await Promise.all(pages.map((p) => p.context().close().catch(() => {})));
      }
    });
  });
}
