// Results that travel: storage that never loses work, share links, export
// and import, CSV and Mermaid, the printable report — end to end.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATTERNS, ROOT, answerByKey, axe, browser, completeCheck, heading, newPage, open, questionnaire, server, startApp, startCheck, tap, test, toResult } from './harness.mjs';

const content = JSON.parse(readFileSync(join(ROOT, 'content/assessment.json'), 'utf8'));
const ITEMS = questionnaire();
const TOTAL = ITEMS.length;
const { journeys } = JSON.parse(readFileSync(join(ROOT, 'content/journeys.json'), 'utf8'));

startApp();

/** Completes the self-check (one key per question) and opens "More" on the result. */
async function finishCheck(page, pattern = PATTERNS.regulated) {
  await completeCheck(page, pattern);
  await page.locator('.more summary').click();
}

async function finishWalk(page, ratings = [1, -1, 0, 1, -1]) {
  await page.getByRole('button', { name: 'Choose a customer journey' }).click();
  await page.getByRole('button', { name: `Walk it: ${journeys[0].name.en}` }).click();
  for (const [i, r] of ratings.entries()) {
    await page.locator(`input[name=rating][value="${r}"]`).click();
    if (i === 1) await page.locator('input[type=checkbox][value="redirecting"]').check();
    await page.locator('.walk button.next').click();
  }
  await page.locator('.map').waitFor();
}

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

const stored = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

describe('share links', () => {
  test('a shared link opens the same result, read-only, in a fresh browser', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await finishCheck(page);
    const level = await heading(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.locator('#share-link').inputValue();
    assert.ok(link.startsWith(server.url) && link.includes('#share='), link);
    assert.ok(link.length <= 2000);
    assert.equal(await page.locator('svg.qr path.qr-dark').count(), 1, 'a QR code of the link');
    assert.deepEqual(await axe(page), [], 'the share panel');
    const levelsHere = await page.locator('svg.chart').first().getAttribute('aria-label');

    const other = await newPage(browser);
    await other.goto(link);
    await other.waitForSelector('.step-heading');
    assert.equal(await heading(other), 'Result (read-only)');
    assert.match(await other.locator('.self-reported').innerText(), /This is self-reported\.[\s\S]*intact/);
    assert.equal(await other.locator('.result-body h3.big').innerText(), level);
    assert.equal(await other.locator('svg.chart').first().getAttribute('aria-label'), levelsHere);
    // It is not the other person's own progress…
    assert.equal(await other.evaluate(() => localStorage.getItem('service-ladder:state')), null);
    // …until they keep it.
    await other.getByRole('button', { name: 'Save to this device' }).click();
    assert.equal(await other.getByRole('status').innerText(), "Saved in this device's history.");
    const saved = JSON.parse(await other.evaluate(() => localStorage.getItem('service-ladder:state')));
    assert.equal(saved.history.length, 1);
    assert.ok(saved.history[0].assessment);
    assert.deepEqual(other.errors, []);
  });

  test('a walkthrough with notes travels only when the person opts in', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await page.getByRole('button', { name: 'Choose a customer journey' }).click();
    await page.getByRole('button', { name: `Walk it: ${journeys[0].name.en}` }).click();
    for (const r of [1, -1, 0, 1, -1]) {
      await page.locator('#note').fill(`note ${r}`);
      await page.locator(`input[name=rating][value="${r}"]`).check();
      await page.locator('.walk button.next').click();
    }
    await page.getByRole('button', { name: 'Share' }).click();
    const without = await page.locator('#share-link').inputValue();
    await page.getByLabel('Include my notes in the link').check();
    await page.getByRole('button', { name: 'Share' }).click();
    const withNotes = await page.locator('#share-link').inputValue();
    assert.ok(withNotes.length > without.length);
    const other = await newPage(browser);
    await other.goto(without);
    await other.locator('.map-body').waitFor();
    assert.equal(await other.locator('.journey-grid .note').count(), 0);
    assert.equal(await other.locator('.balance-value strong').innerText(), '0');
    await other.goto(withNotes);
    await other.reload();
    await other.locator('.map-body').waitFor();
    assert.ok((await other.locator('.journey-grid .note').allInnerTexts()).includes('note -1'));
  });

  test('a damaged or foreign link is refused with a message that says what to do', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await finishCheck(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const link = await page.locator('#share-link').inputValue();
    for (const [bad, why] of [
      [link.slice(0, -6), /damaged or incomplete/],
      [link.replace(/share=(.)(.)/, (m, a, b) => `share=${b}${a}`), /damaged or incomplete/],
      [`${server.url}#share=hello`, /damaged or incomplete/],
    ]) {
      const other = await newPage(browser);
      await other.goto(bad);
      await other.waitForSelector('.step-heading');
      assert.equal(await heading(other), 'This link cannot be opened');
      assert.match(await other.locator('.error').innerText(), why);
      assert.deepEqual(await axe(other), [], 'the refusal screen');
      assert.deepEqual(other.errors, []);
    }
    // A fragment that is not ours is simply ignored.
    const other = await newPage(browser);
    await other.goto(`${server.url}#section-2`);
    await other.waitForSelector('.step-heading');
    assert.equal(await heading(other), 'How client-oriented is your service?');
  });
});

describe('export and import', () => {
  test('export everything, delete, import: identical state', async () => {
    const page = await newPage(browser, { init: () => localStorage.setItem('host-page:cart', '3 items') });
    await open(page, server.url);
    await finishCheck(page);
    await page.getByRole('button', { name: 'Home' }).click();
    await finishWalk(page);
    await page.getByRole('button', { name: /Your data/ }).click();
    const before = (await stored(page))['service-ladder:state'];
    const file = await download(page, () => page.getByRole('button', { name: 'Everything (JSON)' }).click());
    assert.match(file.name, /^service-ladder-\d{4}-\d{2}-\d{2}\.json$/);
    assert.deepEqual(JSON.parse(file.text), JSON.parse(before));
    // The revision counts writes to this browser's storage; it is not part of the state.
    const state = (text) => ({ ...JSON.parse(text), rev: undefined });

    await page.getByRole('button', { name: 'Delete my data on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    assert.deepEqual(await stored(page), { 'host-page:cart': '3 items' }, "every key of the app gone, the host's kept");
    assert.equal(await heading(page), 'How client-oriented is your service?');

    await page.getByRole('button', { name: /Your data/ }).click();
    await page.locator('#import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await page.getByRole('button', { name: 'Replace' }).click();
    assert.equal(await page.getByRole('status').innerText(), 'Your data was imported.');
    assert.deepEqual(state((await stored(page))['service-ladder:state']), state(before));
    assert.equal(await page.locator('.history-row').count(), 2);
    assert.deepEqual(await axe(page), [], 'the data screen');
  });

  test('anything else is refused with a clear error and nothing changes', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await finishCheck(page);
    await page.getByRole('button', { name: /Your data/ }).click();
    const before = await stored(page);
    await page.locator('#import-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello there') });
    // The file is read asynchronously: wait for the answer before reading it.
    await page.locator('#import-error:not([hidden])').waitFor();
    assert.match(await page.locator('#import-error').innerText(), /neither a Service Ladder export file nor a result link/);
    await page.locator('#import-text').fill('{"schema": 2, "answers": [');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    assert.match(await page.locator('#import-error').innerText(), /damaged and cannot be read/);
    assert.deepEqual(await axe(page), [], 'the import screen with an error');
    assert.deepEqual(await stored(page), before);
  });

  test('CSV and Mermaid downloads carry the answers and the ladder', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await finishCheck(page);
    const csv = await download(page, () => page.getByRole('button', { name: 'Download CSV' }).click());
    const lines = csv.text.split('\r\n');
    assert.equal(lines[0], 'section,id,name,answer,score');
    assert.equal(lines.filter((l) => l.startsWith('answer,')).length, TOTAL);
    await page.getByRole('button', { name: 'Home' }).click();
    await finishWalk(page);
    await page.locator('.more > summary').click();
    const mmd = await download(page, () => page.getByRole('button', { name: 'Download as Mermaid' }).click());
    assert.ok(mmd.text.startsWith('journey\n'));
    assert.deepEqual(mmd.text.match(/: (\d): /g).map((s) => s[2]), ['5', '1', '3', '5', '1']);
  });
});

describe('storage that never loses work', () => {
  test('corrupt stored data goes to a backup, the person is told, and can download it', async () => {
    const corrupt = '{"schema":2,"answers":{"s01":';
    const page = await newPage(browser);
    await page.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('service-ladder:state', text);
        sessionStorage.setItem('seeded', '1');
      }
    }, corrupt);
    await open(page, server.url);
    assert.match(await page.locator('.notice').innerText(), /could not be read.*backup/);
    assert.equal((await stored(page))['service-ladder:backup'], corrupt);
    await finishCheck(page);
    assert.match(await heading(page), /^Your level/);
    await page.getByRole('button', { name: /Your data/ }).click();
    const file = await download(page, () => page.getByRole('button', { name: /Download the backup/ }).click());
    assert.equal(file.text, corrupt);
    // The backup survives: the fresh state went to its own key.
    assert.equal((await stored(page))['service-ladder:backup'], corrupt);
    assert.deepEqual(page.errors, []);
  });

  test('data from a newer version is left untouched', async () => {
    const newer = '{"schema":99,"future":true}';
    const page = await newPage(browser);
    await page.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('service-ladder:state', text);
        sessionStorage.setItem('seeded', '1');
      }
    }, newer);
    await open(page, server.url);
    assert.match(await page.locator('.notice').innerText(), /newer version/);
    await startCheck(page);
    await answerByKey(page, 0);
    assert.equal((await stored(page))['service-ladder:state'], newer);
  });

  test('a full storage quota: the app carries on in memory and says so', async () => {
    const page = await newPage(browser, {
      init: () => {
        const set = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key === 'service-ladder:state') throw new DOMException('full', 'QuotaExceededError');
          return set.call(this, key, value);
        };
      },
    });
    await open(page, server.url);
    await finishCheck(page);
    assert.match(await heading(page), /^Your level/);
    assert.match(await page.locator('.notice').innerText(), /kept only while this page is open/);
    assert.deepEqual(page.errors, []);
  });
});

describe('history and the printable report', () => {
  test('a retake shows the previous result beside the new one', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await finishCheck(page, PATTERNS.regulated);
    await page.getByRole('button', { name: 'Retake' }).click();
    await page.getByRole('button', { name: 'Yes, start again' }).click();
    await page.locator('.role').waitFor();
    await tap(page, content.roles[0].id);
    for (let i = 0; i < TOTAL; i++) await answerByKey(page, 2);
    await toResult(page);
    assert.match(await page.locator('.previous').innerText(), /^Previous result \(\d{4}-\d{2}-\d{2}\): .+\. Dashed marks/);
    // The quality chart, then (in the disclosure) the level chart: both show the previous values.
    assert.equal(await page.locator('svg.chart').nth(0).locator('line.chart-prev').count(), content.qualities.length);
    assert.equal(await page.locator('svg.chart').nth(1).locator('line.chart-prev').count(), 3);
    assert.equal(await page.locator('.table-view tbody td:nth-child(3)').first().textContent() !== '', true);
    await page.getByRole('button', { name: /Your data/ }).click();
    assert.equal(await page.locator('.history-row').count(), 2);
  });

  test('the report prints: content visible, controls hidden', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await finishCheck(page);
    await page.getByRole('button', { name: 'Home' }).click();
    await finishWalk(page);
    await page.locator('.more > summary').click();
    await page.getByRole('button', { name: 'Home' }).click();
    await page.getByRole('button', { name: 'What to do this week' }).click();
    await page.locator('.more > summary').click();
    await page.getByRole('button', { name: 'Printable report' }).click();
    assert.equal(await heading(page), 'Service Ladder — report');
    assert.deepEqual(await axe(page), [], 'the report on screen');
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.result-body h3.big', '.report svg.chart', '.growth li', '.map-body .balance', '.report .journey-grid .face', '.map-body table']) {
      assert.ok(await page.locator(sel).first().isVisible(), `${sel} is printed`);
    }
    for (const sel of ['button', '.top', '.foot', '.share', '.end']) {
      const shown = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.offsetParent !== null || getComputedStyle(e).display !== 'none').length);
      assert.equal(shown, 0, `${sel} is hidden in print`);
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    assert.ok(pdf.length > 10_000, 'a PDF renders');
    // The self-check on its page, the map on a landscape one.
    assert.deepEqual(pageSizes(pdf), ['595x842', '842x595']);
  });

  test('on paper: the self-assessment report is one A4 page, the journey map one A4 landscape page', async (t) => {
    const page = await newPage(browser);
    await open(page, server.url);
    await finishCheck(page);
    await page.getByRole('button', { name: 'Printable report' }).click();
    await page.locator('.report').waitFor();
    const report = pageSizes(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.getByRole('button', { name: 'Close the report' }).click();
    await finishWalk(page);
    const map = pageSizes(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    t.diagnostic(`report: ${report.length} page(s) ${report}; map: ${map.length} page(s) ${map}`);
    assert.deepEqual(report, ['595x842'], 'the report: one A4 portrait page');
    assert.deepEqual(map, ['842x595'], 'the map: one A4 landscape page');
  });
});

/** The size of each page of a PDF, in points ("595x842" is A4 portrait). */
function pageSizes(pdf) {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Type\s*\/Page[^s][\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/g)].map(
    (m) => `${Math.round(m[3] - m[1])}x${Math.round(m[4] - m[2])}`,
  );
}

describe('the journey map as a picture', () => {
  test('SVG and PNG for a 16:9 slide, made on the device', async (t) => {
    const page = await newPage(browser);
    const requests = [];
    await open(page, server.url);
    page.on('request', (r) => requests.push(r.url()));
    await finishWalk(page);
    await page.locator('.more > summary').click();
    const svg = await download(page, () => page.getByRole('button', { name: 'Download for a slide (SVG)' }).click());
    assert.equal(svg.name, 'customer-journey.svg');
    assert.match(svg.text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1920" height="1080"/);
    const words = svg.text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    for (const tp of journeys[0].touchpoints) assert.ok(words.includes(tp.name.en), tp.name.en);
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a picture (PNG)' }).click()]);
    const png = readFileSync(await d.path());
    assert.equal(d.suggestedFilename(), 'customer-journey.png');
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1920, 1080], 'IHDR: 1920 × 1080');
    t.diagnostic(`SVG ${Buffer.byteLength(svg.text)} bytes, PNG ${png.length} bytes`);
    assert.ok(png.length > 30_000, 'the picture is drawn, not blank');
    // Both open as images.
    const sizes = await page.evaluate(async ({ svgText, pngBase64 }) => {
      const load = (src) => new Promise((ok, no) => {
        const img = new Image();
        img.onload = () => ok([img.naturalWidth, img.naturalHeight]);
        img.onerror = no;
        img.src = src;
      });
      return [
        await load('data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svgText)),
        await load('data:image/png;base64,' + pngBase64),
      ];
    }, { svgText: svg.text, pngBase64: png.toString('base64') });
    assert.deepEqual(sizes, [[1920, 1080], [1920, 1080]]);
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:')), [], 'no network');
    assert.deepEqual(page.errors, []);
  });
});
