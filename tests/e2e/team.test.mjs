// The team view end to end (issue 10): links pasted from a chat, files
// chosen and dropped, what the manager sees, collections kept and moved as
// files, exports, the one-page report, "Send to my manager" — and that
// nothing leaves the browser.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, answerByClick, axe, browser, heading, newPage, open, questionnaire, serve, server, startApp, startCheck, test, track, toResult } from './harness.mjs';
import { FIXTURE, manyLinks } from './team-links.mjs';
import { added, openFold, openTeam, paste, status, text, texts } from './team-screen.mjs';
import { printCheck } from './team-print.mjs';
import { startCollector } from '../../examples/collector.mjs';

const E = FIXTURE.expect;
/** The heading of a team where no level holds more than half (issue 20). */
const MIXED = {
  en: 'Mixed team — service depends on who the client meets',
  ru: 'Смешанная команда — обслуживание зависит от того, к кому попадёт клиент',
};
const TOTAL = questionnaire().length;
const fixtureFile = (name) => join(ROOT, 'tests/fixtures', name);

startApp();

/** A small RFC 4180 reader: rows of fields, quotes undone. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (ch !== '\r') field += ch;
  }
  return rows;
}



async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), path: await d.path() };
}

describe('the team view', () => {
  test('twenty links from a chat, three damaged and one sent twice, give the distribution and the refusals', async () => {
    const page = await newPage(browser);
    await openTeam(page);
    // From here on nothing may be requested: everything happens in this browser.
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    assert.equal(await heading(page), "For managers: your team's results");
    await paste(page, FIXTURE.chat);
    assert.equal(await status(page), `Done. Taken: ${E.taken}; duplicates (counted once): ${E.duplicates}; refused: ${E.refused}.`);
    assert.equal(await page.locator('.team-summary').innerText(), `Taken: ${E.taken}. Duplicates (counted once): ${E.duplicates}. Refused: ${E.refused}.`);
    const refused = await texts(page.locator('.team-row.refused'));
    assert.equal(refused.length, 3);
    refused.forEach((r, i) => {
      assert.match(r, new RegExp(`^Refused Pasted text, line ${E.refused_lines[i]}, #share=`));
      assert.match(r, /This link is damaged or incomplete/);
    });
    const dup = await text(page.locator('.team-row.duplicate'));
    assert.match(dup, new RegExp(`^Duplicate Pasted text, line ${E.duplicate_lines[0]}, .*the same result as “Pasted text, line \\d+`));
    // Focus moved to what was read.
    assert.equal(await page.evaluate(() => document.activeElement.id), 'team-intake-title');

    // The team's level with its confidence and the counts.
    // One headline rule (issue 20): 8 of 16 is not more than half, so the
    // team is mixed — not "Regulated", the level most people are at.
    assert.equal(E.confidence, 'mixed');
    assert.equal(await page.locator('#team-level-title').innerText(), MIXED.en);
    assert.match(await page.locator('.team-confidence').innerText(), /^mixed: no level holds more than half/);
    const [s, r, c] = E.at;
    const pct = (n) => Math.round((100 * n) / E.taken);
    // Counts of people as "n (pct %)".
    assert.match(await text(page.locator('.team-level')), new RegExp(`${E.taken} people: spontaneous ${s} \\(${pct(s)}%\\), regulated ${r} \\(${pct(r)}%\\), cultural ${c} \\(${pct(c)}%\\)`));
    const bars = await page.locator('.team-level svg.chart').getAttribute('aria-label');
    assert.match(bars, new RegExp(`Regulated ${r} \\(${pct(r)}%\\)`));
    assert.ok((await page.locator('.team-level svg.chart .chart-value').allTextContents()).every((v) => /^\d+ \(\d+%\)$/.test(v)));
    // Uneven: said in a plain sentence, and each quality's spread drawn.
    assert.match(await text(page.locator('.team-uneven').first()), /The team is uneven: no level holds more than half of the people/);
    assert.equal(await page.locator('.team-consistency svg.spread g').count(), 8);
    // Groups: the three large ones, and the two small ones folded into "other".
    const rows = await page.locator('.team-groups table').first().locator('tbody tr').allInnerTexts();
    const groups = rows.map((t) => t.split('\t').slice(0, 2).join(' '));
    // At the default privacy threshold of 5 (issue 20; it was 3).
    assert.deepEqual(groups, [...E.groups.map((g) => `${g.name} ${g.people}`), 'Other 6']);
    // The fold note names each folded group and why.
    const note = await text(page.locator('.team-groups .team-folded').first());
    assert.match(note, /^Folded into “Other”: “[^”]+”, “[^”]+”, “[^”]+” — each has fewer than 5 people, so no one can be identified\.$/);
    // Groups follow the headline rule too: 3 of 5 regulated is a majority.
    assert.deepEqual(rows.slice(0, 2).map((t) => t.split('\t').at(-1)), ['Regulated', 'Regulated']);
    assert.match(rows[0], /\t1 \(20%\)\t3 \(60%\)\t1 \(20%\)\t/);
    assert.equal(await page.locator('.team-groups table').nth(1).locator('tbody tr').count(), 8, 'a quality profile per group');

    // Two people really gave the same answers: count the second anyway.
    await openFold(page);
    await page.getByRole('button', { name: /^Count anyway: / }).click();
    await openFold(page);
    assert.equal(await status(page), "Counted again, as another person's result.");
    assert.match(await text(page.locator('.team-level')), new RegExp(`${E.taken + 1} people:`));
    assert.match(await text(page.locator('.team-row.duplicate')), /^Counted again /);
    // The copy counted is regulated: 9 of 17 is more than half, so now the
    // heading names the level, by the same rule.
    assert.match(await text(page.locator('.team-level')), new RegExp(`regulated ${r + 1} \\(53%\\)`));
    assert.equal(await page.locator('#team-level-title').innerText(), `Team level: ${E.level.en}`);

    assert.deepEqual(await axe(page), [], 'axe at 1280 px, English');
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.locator('.app[lang=ru]').first().waitFor();
    await page.locator('#team-level-title').waitFor();
    assert.equal(await page.locator('#team-level-title').innerText(), `Уровень команды: ${E.level.ru}`);
    assert.deepEqual(await axe(page), [], 'axe at 1280 px, Russian');
    await page.setViewportSize({ width: 320, height: 800 });
    assert.deepEqual(await axe(page), [], 'axe at 320 px, Russian');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 320, `the page stays within a phone's width (${wide} px)`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.app[lang=en]').first().waitFor();
    await page.locator('#team-level-title').waitFor();
    assert.deepEqual(await axe(page), [], 'axe at 320 px, English');

    // The other language's table of words is the app's own static file,
    // fetched once when first shown (issue 17) — with the team screen open,
    // its later screens' half too (issue 19); nothing else goes out.
    const own = (u) => new URL(u).origin === new URL(server.url).origin && /\/words-[a-z]{2,3}(-later)?-[0-9a-f]{6,16}\.json$/.test(u);
    assert.deepEqual(requests.filter((u) => !own(u)), [], 'no network requests after load');
    assert.deepEqual(page.errors, []);
  });

  test('a dashboard: key figures in the first screen at 1280 × 800 and the first two on a phone, the intake folded to one line', async () => {
    for (const [width, height, screens] of [[1280, 800, 1], [375, 740, 2]]) {
      const page = await newPage(browser, { width, height });
      await openTeam(page);
      await paste(page, `${FIXTURE.chat}\n${FIXTURE.walks}`, { unfold: false });
      const keys = page.locator('.team-keys');
      const box = await keys.boundingBox();
      assert.ok(box.y + box.height <= screens * height, `key figures end at ${box.y + box.height} px at ${width} px`);
      const terms = await page.locator('.team-key dt').allInnerTexts();
      assert.deepEqual(terms, ['People', 'Team level', 'How evenly the team serves', 'Journey balance index']);
      const values = await page.locator('.team-key-value').allInnerTexts();
      assert.equal(values[0], String(E.taken + FIXTURE.walks_expect.rows));
      assert.equal(values[1], 'Mixed');
      assert.equal(values[2], 'Uneven');
      assert.match(values[3], /^[+−]?\d+$/);
      // The intake is one line; it opens the paste box.
      const fold = page.locator('#team-intake-fold');
      assert.equal(await fold.getAttribute('open'), null);
      assert.equal(await text(fold.locator('> summary')), `${E.taken + FIXTURE.walks_expect.rows} taken · ${E.duplicates} duplicate · ${E.refused} refused Add more`);
      assert.equal(await page.locator('#team-paste').isVisible(), false);
      await fold.locator('> summary').click();
      assert.equal(await page.locator('#team-paste').isVisible(), true);
      if (width === 1280) {
        // Wide: the distribution and the consistency side by side.
        const [a, b] = [await page.locator('.team-level').boundingBox(), await page.locator('.team-consistency').boundingBox()];
        assert.ok(b.x > a.x + a.width - 1 && Math.abs(a.y - b.y) < 2, `side by side: ${JSON.stringify([a, b])}`);
      }
      assert.deepEqual(await axe(page), [], `axe at ${width} px`);
      assert.deepEqual(page.errors, []);
      await page.close();
    }
  });

  test('JSON and CSV files chosen at once, then dropped; results whose figures cannot be checked are refused', async () => {
    // The committed files are the first release's: their self-checks answer
    // questions this build no longer asks, so their figures cannot be
    // re-derived from the answers and are refused (issue 20); the walk is taken.
    const page = await newPage(browser);
    await openTeam(page);
    await paste(page, FIXTURE.links.slice(0, 6).join('\n'));
    await added(page, () => page.locator('#team-file').setInputFiles([fixtureFile('team-result.csv'), fixtureFile('team-export.json')]));
    const F = FIXTURE.files_expect;
    assert.equal(await status(page), `Done. Taken: ${F.taken}; duplicates (counted once): 0; refused: ${F.refused}.`);
    const refused = await texts(page.locator('.team-row.refused'));
    assert.equal(refused.length, 2);
    refused.forEach((r) => assert.match(r, /answers questions the app no longer asks, so its figures cannot be checked/));

    // The same files dropped: the walk is already there.
    await added(page, () => page.evaluate(async (texts) => {
      const data = new DataTransfer();
      for (const [name, text] of texts) data.items.add(new File([text], name, { type: 'text/plain' }));
      const zone = document.querySelector('.team-add');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [
      ['team-result.csv', readFileSync(fixtureFile('team-result.csv'), 'utf8')],
      ['team-export.json', readFileSync(fixtureFile('team-export.json'), 'utf8')],
      ['notes.txt', 'Добрый день! Ссылки пришлю позже.'],
    ]));
    assert.equal(await status(page), 'Done. Taken: 0; duplicates (counted once): 1; refused: 3.');
    assert.match((await texts(page.locator('.team-row.refused'))).join('\n'), /Refused notes\.txt: No result links were found here/);
    assert.equal(await page.locator('.team-row.duplicate').count(), 1);
    assert.deepEqual(page.errors, []);
  });

  test('walks make a heatmap, the gravediggers, the weakest hand-off and a balance index', async () => {
    const page = await newPage(browser);
    await openTeam(page);
    await paste(page, FIXTURE.walks);
    const W = FIXTURE.walks_expect;
    const head = await page.locator('.team-journey-head').innerText();
    assert.ok(head.startsWith(`${W.journey}: ${W.rows} walks, balance index ${W.balance > 0 ? '+' : ''}${W.balance}`), head);
    assert.equal(await page.locator('.team-journey svg.heatmap rect.heat').count(), W.rows * 5);
    assert.match(await page.locator('.team-journey svg.heatmap').getAttribute('aria-label'), /^Ratings per touchpoint: /);
    assert.match(await text(page.locator('.team-journey .moments.bad > li').first()), new RegExp(`^2\\. ${W.gravedigger.en} — rated −1 in ${W.gravedigger.walks} of ${W.rows} walks`));
    assert.match(await text(page.locator('.team-journey')), new RegExp(`Weakest hand-off \\d\\. ${W.weakest_handoff} — balance index`));
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.errors, []);
  });

  test('a saved collection survives a reload, travels as a file, is compared and deleted', async () => {
    const page = await newPage(browser);
    await openTeam(page);
    await paste(page, FIXTURE.chat);
    await page.locator('#team-name').fill('Sales floor, March');
    await page.locator('#team-day').fill('2026-03-12');
    await page.getByRole('button', { name: 'Save the collection' }).click();
    assert.match(await status(page), /^The collection is kept on this device/);
    const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('service-ladder:state')));
    assert.equal(doc.teams.length, 1);
    assert.equal(doc.teams[0].people.length, E.taken);
    assert.equal(doc.teams[0].name, 'Sales floor, March');

    await page.reload();
    await page.locator('.team').waitFor();
    const row = page.locator('.team-kept-row');
    assert.match(await text(row), new RegExp(`^Sales floor, March · 2026-03-12 · ${E.taken} results`));
    assert.equal(await page.locator('#team-level-title').count(), 0, 'nothing is open after a reload');
    await page.getByRole('button', { name: /^Open: Sales floor, March/ }).click();
    assert.equal(await page.locator('#team-level-title').innerText(), MIXED.en);

    // Added results are kept as they come.
    await paste(page, FIXTURE.walks);
    const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('service-ladder:state')));
    assert.equal(kept.teams[0].people.length, E.taken + FIXTURE.walks_expect.rows);

    // As one file: download, delete, take the file in again.
    const file = await download(page, () => page.getByRole('button', { name: /^Download as a file: Sales floor/ }).click());
    assert.equal(file.name, 'service-ladder-team-2026-03-12.json');
    assert.match(readFileSync(file.path, 'utf8'), /^\{"kind":"service-ladder-team","version":1,/);
    await page.getByRole('button', { name: /^Delete: Sales floor/ }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    assert.equal(await status(page), 'The collection was deleted from this device.');
    assert.equal(await page.locator('.team-kept-row').count(), 0);
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('service-ladder:state'))).teams, undefined);
    await added(page, () => page.locator('#team-file').setInputFiles(file.path));
    assert.match(await text(page.locator('.team-row').first()), /the collection “Sales floor, March” \(21 results\) is kept on this device/);
    assert.equal(await page.locator('.team-kept-row').count(), 1);

    // A second collection, compared with the first as "before".
    await page.getByRole('button', { name: 'Start a new collection' }).click();
    await paste(page, FIXTURE.links.slice(0, 8).join('\n'));
    await page.getByRole('button', { name: /^Compare with the open one as “before”: Sales floor/ }).click();
    const cmp = await text(page.locator('.team-compare'));
    assert.match(cmp, /Before and after: “Sales floor, March” and the open collection/);
    assert.match(cmp, /Team level: before mixed \(16 people\), after \S+ \(8 people\)/);
    // Every row of people, "between levels" included: each side adds up to
    // 100 % (issue 20: 72 % and 75 %), each change with an arrow and words.
    const levelRows = await page.locator('.team-compare table').first().locator('tbody tr').allInnerTexts();
    assert.equal(levelRows.length, 4, `three levels and between: ${levelRows}`);
    for (const side of [1, 2]) {
      const sum = levelRows.map((r) => Number(r.split('\t')[side].match(/\((\d+)%\)/)[1])).reduce((a, b) => a + b, 0);
      assert.equal(sum, 100, `shares ${side === 1 ? 'before' : 'after'}: ${levelRows}`);
    }
    for (const r of levelRows) assert.match(r.split('\t')[3], /^[+−-]?\d+ [↑↓→]\s*(up|down|no change)$/);
    assert.equal(await page.locator('.team-compare .trend[aria-hidden=true]').count(), 4 + 8 + 1, 'levels, qualities and the team level');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(page.errors, []);
  });

  test('exports: slides as SVG and PNG, every row as CSV, and a report that prints on one A4 page', async () => {
    const page = await newPage(browser);
    await openTeam(page);
    await paste(page, `${FIXTURE.chat}\n${FIXTURE.walks}`);
    const svg = await download(page, () => page.getByRole('button', { name: 'Level distribution (SVG)' }).click());
    assert.match(svg.name, /^service-ladder-team-\d{4}-\d\d-\d\d-levels\.svg$/);
    const text = readFileSync(svg.path, 'utf8');
    assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1280" height="720"/);
    assert.match(text, /Mixed team — service depends on who the client meets/);
    const png = await download(page, () => page.getByRole('button', { name: 'Heatmap (PNG)' }).click());
    const bytes = readFileSync(png.path);
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
    assert.equal(bytes.readUInt32BE(16), 2560, 'twice the slide, for a sharp projector');
    const csv = await download(page, () => page.getByRole('button', { name: 'Every row (CSV)' }).click());
    const lines = readFileSync(csv.path, 'utf8').trimEnd().split('\r\n');
    assert.equal(lines.length, 1 + E.taken + FIXTURE.walks_expect.rows);
    assert.match(lines[0], /^#,Group,Date,Model version,Level,/);
    // Numbers where numbers are: the balance and the ratings as plain
    // numbers a spreadsheet sums (no true minus signs, no guard before them).
    const rows = parseCsv(readFileSync(csv.path, 'utf8'));
    const balance = rows[0].indexOf('Balance index');
    const walks = rows.slice(1).filter((r) => r[balance - 1] !== '');
    assert.equal(walks.length, FIXTURE.walks_expect.rows);
    for (const r of walks) for (const cell of r.slice(balance)) assert.match(cell, /^(-?\d+)?$/, `${r}`);
    assert.ok(walks.some((r) => r.slice(balance + 5).includes('-1')), 'a −1 rating among the walks');

    await printCheck(page, 'en');
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.locator('.app[lang=ru]').first().waitFor();
    await page.locator('.team-report').waitFor({ state: 'attached' });
    await printCheck(page, 'ru');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.team-report').isVisible(), true);
    assert.equal(await page.locator('.team-add').isVisible(), false);
    assert.deepEqual(page.errors, []);
  });

  // Reading ten thousand links may take its reader's two minutes and more.
  test('ten thousand pasted links are read a slice at a time, with progress', { timeout: 360_000 }, async () => {
    const page = await newPage(browser);
    await openTeam(page);
    await page.evaluate(() => {
      window.__said = [];
      new MutationObserver(() => window.__said.push(document.querySelector('[role=status]').textContent)).observe(
        document.querySelector('[role=status]'),
        { childList: true, characterData: true, subtree: true },
      );
    });
    await paste(page, manyLinks(10_000));
    assert.equal(await status(page), 'Done. Taken: 10000; duplicates (counted once): 0; refused: 0.');
    const said = await page.evaluate(() => window.__said);
    assert.ok(said.some((s) => /^Reading: \d+% \(taken: \d+/.test(s)), `progress was said on the way: ${said.slice(0, 5)}`);
    assert.match(await text(page.locator('.team-level')), /10000 people:/);
    assert.deepEqual(page.errors, []);
  });
});

describe('send to my manager', () => {
  test('a finished self-check goes out through the share sheet with its group, and the manager takes it in', async () => {
    const page = await newPage(browser, {
      init: () => {
        navigator.share = async (data) => {
          window.__shared = data;
        };
      },
    });
    await open(page, server.url);
    await startCheck(page);
    for (let i = 0; i < TOTAL; i++) await answerByClick(page, i % 3);
    await toResult(page);
    await page.locator('#send-label').fill('Night shift');
    // The optional name (issue 19): typed here, it travels in this link.
    await page.getByLabel('Your name (optional)').fill('Anna K.');
    await page.getByRole('button', { name: 'Send to my manager' }).click();
    await page.waitForFunction(() => window.__shared);
    const shared = await page.evaluate(() => window.__shared);
    assert.match(shared.url, /#share=/);
    assert.equal(shared.title, 'My Service Ladder result');
    assert.equal(await status(page), 'The link was passed on.');
    assert.deepEqual(await axe(page), []);

    // Whoever opens the link alone reads the name as the sender's words.
    const reader = await newPage(browser);
    await open(reader, shared.url);
    await reader.locator('.viewing').waitFor();
    assert.match(await text(reader.locator('.viewing .signed')), /^Signed by the sender \(not checked\): “?Anna K\.”?$/);
    assert.match(await text(reader.locator('.viewing .self-reported')), /answered by: “?Night shift/);
    assert.deepEqual(reader.errors, []);

    const manager = await newPage(browser);
    await openTeam(manager);
    await paste(manager, `Ночная смена прислала: ${shared.url}`);
    assert.equal(await manager.locator('.team-summary').innerText(), 'Taken: 1. Duplicates (counted once): 0. Refused: 0.');
    await manager.getByText('Show the results taken (1)').click();
    assert.match(await text(manager.locator('.team-taken li')), /^Pasted text, line 1, #share=.*: taken\.$/);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(manager.errors, []);
  });

  test('without a share sheet the link is copied, and shown to copy by hand', async () => {
    const page = await newPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, server.url);
    await page.getByRole('button', { name: 'Choose a customer journey' }).click();
    await page.getByRole('button', { name: /^Walk it: / }).first().click();
    for (const r of [1, -1, 0, 1, -1]) {
      await page.locator(`input[name=rating][value="${r}"]`).check();
      await page.locator('.walk button.next').click();
    }
    await page.locator('.map').waitFor();
    await page.getByRole('button', { name: 'Send to my manager' }).click();
    await page.locator('#send-link').waitFor();
    const link = await page.locator('#send-link').inputValue();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#share=/);
    // Said once the copy is done (the clipboard answers asynchronously).
    await page.getByRole('status').filter({ hasText: /\S/ }).waitFor();
    assert.equal(await status(page), 'The link is copied: paste it into a message to your manager.');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    assert.deepEqual(page.errors, []);
  });
});

describe('beyond one browser', () => {
  test("a host page forwards finished results to the company's collector, whose CSV the team view takes in", async () => {
    const collector = await startCollector({ port: 0 });
    track(() => collector.close());
    let hostsOrigin = '';
    const hosts = await serve(join(ROOT, 'examples'), {
      rewrite: (path, text) =>
        text
          .replaceAll('http://127.0.0.1:8080', server.origin)
          .replaceAll('http://127.0.0.1:8001', collector.origin)
          .replaceAll('"http://127.0.0.1:8000", "http://localhost:8000"', `"${hostsOrigin}"`),
    });
    hostsOrigin = hosts.origin;
    try {
      const page = await newPage(browser);
      await page.goto(hosts.url + 'collector.html');
      const frame = page.frameLocator('#widget iframe');
      await frame.getByRole('button', { name: 'Choose a customer journey' }).click();
      await frame.getByRole('button', { name: /^Walk it: / }).first().click();
      for (const r of [1, -1, 0, 1, 1]) {
        await frame.locator(`input[name=rating][value="${r}"]`).check();
        await frame.locator('.walk button.next').click();
      }
      await frame.locator('.map').waitFor();
      await page.waitForFunction(() => window.forwarded.length === 1);
      assert.deepEqual(await page.evaluate(() => window.forwarded), [{ type: 'walkthrough-completed', outcome: 'sent' }]);
      assert.equal(collector.rows.length, 1);
      assert.equal(collector.rows[0].label, 'Sales team');
      const csv = await (await fetch(collector.url + 'responses.csv')).text();
      assert.match(csv, /^received,event,group,level,balance,link\r\n.*,walkthrough-completed,Sales team,,40,http:\/\/127\.0\.0\.1:\d+\/index\.html#share=/);

      // The manager drops the collector's table on the team screen.
      const manager = await newPage(browser);
      await openTeam(manager);
      await added(manager, () =>
        manager.locator('#team-file').setInputFiles({ name: 'responses.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }),
      );
      assert.equal(await manager.locator('.team-summary').innerText(), 'Taken: 1. Duplicates (counted once): 0. Refused: 0.');
      // One walk is one person's: under the privacy threshold, no figures (issue 20).
      assert.match(await text(manager.locator('.team-below-threshold')), /^Below the privacy threshold 1 of at least 5 people are in/);
      assert.equal(await manager.locator('.team-journey-head').count(), 0);
      assert.deepEqual(page.errors, []);
      assert.deepEqual(manager.errors, []);
    } finally {
      await hosts.close();
      await collector.close();
    }
  });
});
