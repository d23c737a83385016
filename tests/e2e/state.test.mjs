// Nothing lost, nothing crossed: two tabs, two iframes and two direct
// widgets on one page, storage that is full at start-up or midway, a backup
// that cannot be written, deletion in another tab, a person's own export
// imported back, hostile files and links. Each case checks that every
// answer is still somewhere the person can get it.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, ROOT, answerByClick, browser, heading, launch, newPage, open, questionnaire, serve, server, startApp, test, toResult } from './harness.mjs';
import { join } from 'node:path';
import { FIXTURE } from './team-links.mjs';

const TOTAL = questionnaire().length;
const { journeys } = JSON.parse(readFileSync(join(ROOT, 'content/journeys.json'), 'utf8'));
const KEY = 'service-ladder:state';

startApp();

const stored = (page, key = KEY) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), key);

/** Acts in `page` as a person would: its tab comes to the front first. */
async function front(target) {
  const page = typeof target.bringToFront === 'function' ? target : target.page();
  await page.bringToFront();
}

async function start(page) {
  await front(page);
  await page.getByRole('button', { name: /^(Start the self-check|Continue)/ }).click();
  // The kind of work is asked once, before the first question.
  await page.locator('.role, .question').first().waitFor();
  if (await page.locator('.role').count()) await answerByClick(page, 0);
}

/** Answers every remaining question and opens the result. */
async function finishCheck(page, from = 0) {
  await start(page);
  for (let i = from; i < TOTAL; i++) await answerByClick(page, i % 3);
  const see = page.getByRole('button', { name: 'See my result' });
  if (await see.count()) await see.click();
  await toResult(page);
}

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await d.path(), 'utf8');
}

/** Fills localStorage to its quota with the host page's own keys. */
function fill() {
  let n = 0;
  for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1]) {
    try {
      for (;;) localStorage.setItem(`host:fill-${n++}`, 'x'.repeat(size));
    } catch {
      /* this size no longer fits */
    }
  }
}

/** A document of today's schema with `answers` and a walk of the dealership. */
function doc(extra = {}) {
  return { schema: 3, rev: 5, prefs: {}, screen: 'home', answers: {}, ...extra };
}

describe('copies of the app that share storage', () => {
  test('a tab opened earlier keeps the other tab’s finished check when it answers', async () => {
    const context = await browser.newContext();
    const [a, b] = [await context.newPage(), await context.newPage()];
    await open(a, server.url);
    await open(b, server.url);
    // Tab B is at the first question when tab A finishes the whole check…
    await start(b);
    await finishCheck(a);
    // A record is kept as {"assessment": {…}} or {"walkthrough": {…}} (src/document/history.rs).
    const id = (r) => (r.assessment ?? r.walkthrough).id;
    const finished = (await stored(a)).history.map(id);
    assert.equal(finished.length, 1);
    assert.ok(finished[0], 'a record has its id');
    // …and only then does B answer it (and, every question now answered,
    // sees the result of the set with its own answer in it).
    await front(b);
    await answerByClick(b, 2);
    const s = await stored(b);
    assert.equal(Object.keys(s.answers).length, TOTAL, 'every answer of tab A is still stored');
    assert.ok(s.history.some((r) => id(r) === finished[0]), 'and its finished result');
    await context.close();
  });

  test('deleting in one tab holds in every open tab', async () => {
    const context = await browser.newContext();
    const [a, b] = [await context.newPage(), await context.newPage()];
    await open(a, server.url);
    await start(a);
    for (let i = 0; i < 3; i++) await answerByClick(a, 1);
    await open(b, server.url);
    await a.bringToFront();
    await a.getByRole('button', { name: /Your data/ }).click();
    await a.getByRole('button', { name: 'Delete my data on this device' }).click();
    await a.getByRole('button', { name: 'Yes, delete' }).click();
    await b.locator('.notice').filter({ hasText: 'deleted in another tab' }).waitFor();
    // Tab B's next answer does not bring the deleted ones back.
    await start(b);
    await answerByClick(b, 0);
    const s = await stored(b);
    assert.equal(Object.keys(s.answers).length, 1);
    await context.close();
  });

  test('a newer version saving in another tab: this tab stops writing, says so, and keeps the answers for a download', async () => {
    const context = await browser.newContext();
    try {
      const [a, b] = [await context.newPage(), await context.newPage()];
      await open(a, server.url);
      await start(a);
      for (let i = 0; i < 2; i++) await answerByClick(a, 1);
      // Tab B stands for a newer build of the app: it writes a document of a later schema.
      await open(b, server.url);
      const newer = '{"schema":99,"rev":50,"future":true}';
      await b.evaluate(([k, t]) => {
        localStorage.setItem(k, t);
        localStorage.setItem('service-ladder:rev', '50');
      }, [KEY, newer]);
      await front(a);
      const notice = a.locator('.notice').filter({ hasText: 'newer version' });
      await notice.waitFor();
      // The true cause: another tab, not the browser refusing storage.
      assert.match(await notice.innerText(), /another tab/);
      assert.doesNotMatch(await notice.innerText(), /does not let/);
      assert.equal(await notice.getByRole('button', { name: 'Reload' }).count(), 1);
      // Tab A answers on; the newer version's document is never overwritten…
      await answerByClick(a, 2);
      assert.equal(await a.evaluate((k) => localStorage.getItem(k), KEY), newer);
      // …and every answer given here is in the copy the notice offers.
      const file = await download(a, () => notice.getByRole('button', { name: 'Download a copy' }).click());
      assert.equal(Object.keys(JSON.parse(file).answers).length, 3);
    } finally {
      await context.close();
    }
  });

  test('two iframes on one page: the first one’s finished result survives a reload', async () => {
    const host = await serve(DIST, {
      extra: {
        '/two.html':
          '<!doctype html><html lang="en"><title>Two</title><body>' +
          '<div data-service-ladder data-title="First"></div><div data-service-ladder data-title="Second"></div>' +
          '<script src="embed.js"></script></body></html>',
      },
    });
    const page = await newPage(browser, { height: 4000 });
    await page.goto(host.url + 'two.html');
    const [one, two] = [page.frameLocator('iframe').nth(0), page.frameLocator('iframe').nth(1)];
    await one.locator('.step-heading').waitFor();
    await two.locator('.step-heading').waitFor();
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    await start(frames[1]);
    await finishCheck(frames[0]);
    await answerByClick(frames[1], 0);
    await page.reload();
    await page.frameLocator('iframe').nth(0).locator('.step-heading').waitFor();
    const again = page.frames().filter((f) => f !== page.mainFrame())[0];
    const s = await stored(again);
    assert.equal(s.history.length, 1, 'the first widget’s result is still there');
    assert.equal(Object.keys(s.answers).length, TOTAL);
    await page.context().close();
    await host.close();
  });

  test('two iframes answering at once on a slow CPU (×4): every tap moves its frame on, merges or not', async () => {
    // Each answer one frame writes reaches the other as a merge, often
    // inside a tap's highlight; the merge redraws the step, and that must
    // not eat the tap's move. Both frames give the same answers, so the
    // merges never conflict.
    const host = await serve(DIST, {
      extra: {
        '/two.html':
          '<!doctype html><html lang="en"><title>Two</title><link rel="icon" href="data:,"><body>' +
          '<div data-service-ladder data-title="First"></div><div data-service-ladder data-title="Second"></div>' +
          '<script src="embed.js"></script></body></html>',
      },
    });
    const page = await newPage(browser, { height: 4000 });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(host.url + 'two.html');
    await page.frameLocator('iframe').nth(0).locator('.step-heading').waitFor();
    await page.frameLocator('iframe').nth(1).locator('.step-heading').waitFor();
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    await start(frames[0]);
    await start(frames[1]);
    // Both frames gave the same answers by position only while they show
    // the options in one order: two copies that start at the same moment
    // each make an order (issue 18) and settle on one through the merge.
    const order = (f) => f.locator('.choice input[type=radio]').evaluateAll((els) => els.map((e) => e.value).join());
    const until = Date.now() + 30_000;
    while ((await order(frames[0])) !== (await order(frames[1]))) {
      if (Date.now() > until) throw new Error('the two frames never settled on one option order');
      await new Promise((r) => setTimeout(r, 100));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const ANSWERS = 12;
    for (let i = 0; i < ANSWERS; i++) {
      // The step did not move on within 30 s: the tap was lost.
      await Promise.all(frames.map((f) => answerByClick(f, i % 3)));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    for (const f of frames) assert.match(await heading(f), new RegExp(`^Question ${ANSWERS + 1} of ${TOTAL}`));
    const s = await stored(frames[0]);
    assert.equal(Object.keys(s.answers).length, ANSWERS);
    assert.deepEqual(page.errors, []);
  });

  test('two direct widgets: each has its own storage and hears only its own events', async () => {
    const app = await serve(DIST, { headers: () => ({ 'access-control-allow-origin': '*' }) });
    const host = await serve(DIST, {
      extra: {
        '/direct.html':
          '<!doctype html><html lang="en"><title>Two widgets</title><body>' +
          `<div id="sales" data-service-ladder data-mode="direct" data-src="${app.url}"></div>` +
          `<div id="service" data-service-ladder data-mode="direct" data-src="${app.url}"></div>` +
          `<script src="${app.url}embed.js"></script></body></html>`,
      },
    });
    const page = await newPage(browser, { height: 6000 });
    await page.goto(host.url + 'direct.html');
    await page.evaluate(() => {
      window.heard = [];
      for (const id of ['sales', 'service']) {
        for (const type of ['step', 'assessment-completed']) {
          document.getElementById(id).addEventListener(`service-ladder:${type}`, () => window.heard.push(`${id}:${type}`));
        }
      }
    });
    const sales = page.locator('#sales');
    await sales.locator('.step-heading').waitFor();
    await page.locator('#service .step-heading').waitFor();
    // From here on, only what happens in the sales widget.
    await page.evaluate(() => (window.heard = []));
    await finishCheck(sales);
    const heard = await page.evaluate(() => window.heard);
    assert.ok(heard.includes('sales:assessment-completed'));
    assert.ok(!heard.some((h) => h.startsWith('service:')), `the other widget heard nothing: ${heard}`);
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('service-ladder:')).sort());
    assert.deepEqual(keys, ['service-ladder:sales:rev', 'service-ladder:sales:state']);
    await page.context().close();
    await host.close();
    await app.close();
  });
});

describe('storage that is full or unreadable', () => {
  test('full at start-up: the saved answers are read, the person is told it is full, and Delete deletes', async () => {
    const answers = Object.fromEntries(questionnaire().slice(0, 4).map((i) => [i.id, i.options?.[0]?.id ?? 'sometimes']));
    const p = await newPageWithState(JSON.stringify(doc({ answers })));
    await open(p, server.url);
    const notice = await p.locator('.notice').innerText();
    assert.match(notice, /storage for this site is full/);
    assert.doesNotMatch(notice, /does not let/);
    assert.ok(await p.getByRole('button', { name: `Continue (4 of ${TOTAL} answered)` }).isVisible(), 'the answers are there');
    await p.getByRole('button', { name: /Your data/ }).click();
    await p.getByRole('button', { name: 'Delete my data on this device' }).click();
    await p.getByRole('button', { name: 'Yes, delete' }).click();
    assert.equal(await p.getByRole('status').innerText(), "All of this app's data was deleted from this device.");
    const left = await p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('service-ladder:')));
    assert.deepEqual(left, []);
    await p.context().close();
  });

  test('full midway: the next answers stay in the page and a copy can be downloaded', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    await start(page);
    await answerByClick(page, 0);
    await page.evaluate(fill);
    await answerByClick(page, 1);
    await answerByClick(page, 2);
    await page.locator('.notice').filter({ hasText: 'full' }).waitFor();
    const text = await download(page, () => page.getByRole('button', { name: 'Download a copy' }).click());
    assert.equal(Object.keys(JSON.parse(text).answers).length, 3, 'all three answers are in the copy');
    await page.context().close();
  });

  test('an unreadable document with no room for its backup: said so, kept, and offered for download', async () => {
    const raw = '{"schema": 3, "answers": {"broken';
    const p = await newPageWithState(raw);
    await open(p, server.url);
    const notice = p.locator('.notice');
    assert.match(await notice.innerText(), /no room to set a copy aside/);
    assert.equal(await p.evaluate(() => localStorage.getItem('service-ladder:state')), raw, 'left untouched');
    const text = await download(p, () => p.getByRole('button', { name: 'Download that data' }).click());
    assert.equal(text, raw);
    await p.context().close();
  });
});

/** A page whose storage holds `state` and is then filled to the quota. */
async function newPageWithState(state) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await context.addInitScript((state) => {
    if (sessionStorage.getItem('filled')) return;
    sessionStorage.setItem('filled', '1');
    localStorage.setItem('service-ladder:state', state);
    localStorage.setItem('service-ladder:rev', '5');
    let n = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8, 16, 1]) {
      try {
        for (;;) localStorage.setItem(`host:fill-${n++}`, 'x'.repeat(size));
      } catch {
        /* next size */
      }
    }
  }, state);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  return page;
}

describe('what comes in is checked before it is used', () => {
  async function importText(page, text) {
    await page.getByRole('button', { name: /Your data/ }).click();
    await page.locator('#import-text').fill(text);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  test('a person’s own export with a share link in a note imports back', async () => {
    const j = journeys[0];
    const note = `see ${server.url}#share=AgAAAAAB and #share=zzz`;
    const state = doc({
      prefs: { lang: 'en' },
      walk: { journey: j.id, audits: { [j.touchpoints[0].id]: { rating: 1, note } } },
    });
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.evaluate((s) => localStorage.setItem('service-ladder:state', s), JSON.stringify(state));
    await open(page, server.url);
    await page.getByRole('button', { name: /Your data/ }).click();
    const file = await download(page, () => page.getByRole('button', { name: 'Everything (JSON)' }).click());
    await page.getByRole('button', { name: 'Delete my data on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByRole('button', { name: /Your data/ }).click();
    await page.locator('#import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Replace' }).click();
    const s = await stored(page);
    assert.equal(s.walk.audits[j.touchpoints[0].id].note, note);
    await page.context().close();
  });

  test('out-of-range ratings, forged levels and a journey without touchpoints are refused, and nothing breaks', async () => {
    const page = await newPage(browser);
    await open(page, server.url);
    const j = journeys[0];
    const rating = doc({ walk: { journey: j.id, audits: { [j.touchpoints[0].id]: { rating: 127 } } } });
    await importText(page, JSON.stringify(rating));
    assert.match(await page.locator('#import-error').innerText(), /damaged and cannot be read/);
    const empty = doc({ journeys: [{ id: 'my-1', name: { ru: 'x', en: 'x' }, touchpoints: [] }] });
    await page.locator('#import-text').fill(JSON.stringify(empty));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    assert.match(await page.locator('#import-error').innerText(), /damaged and cannot be read/);
    // Stored, too: set aside as a backup, the app still runs.
    await page.evaluate((s) => localStorage.setItem('service-ladder:state', s), JSON.stringify(empty));
    await open(page, server.url);
    assert.match(await page.locator('.notice').innerText(), /could not be read/);
    await page.getByRole('button', { name: 'Choose a customer journey' }).click();
    assert.equal(await page.getByRole('button', { name: /Walk it/ }).count() > 0, true);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('share links say what they are', () => {
  async function linkFrom(page) {
    await page.getByRole('button', { name: /^(Create a share link|Share)/ }).first().click();
    return (await page.locator('#share-link').inputValue().catch(() => page.locator('#share-link').innerText())).trim();
  }

  test('a label is the sender’s words; a saved link stays “received”, once; a new link in the same tab opens', async () => {
    const maker = await newPage(browser);
    await open(maker, server.url + '?label=' + encodeURIComponent('CEO\u202E of the company'));
    await finishCheck(maker);
    const first = await linkFrom(maker);
    await maker.context().close();
    const maker2 = await newPage(browser);
    await open(maker2, server.url + '?label=Shift%202');
    await finishCheck(maker2, 0);
    const second = await linkFrom(maker2);
    await maker2.context().close();

    const page = await newPage(browser);
    await page.goto(first);
    await page.waitForSelector('.step-heading');
    const box = await page.locator('.self-reported').innerText();
    assert.match(box, /In the sender's words, answered by: “?CEO of the company”?/);
    assert.match(box, /anyone can make such a link/i);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Save to this device' }).click();
    assert.equal(await page.getByRole('status').innerText(), 'This result is already saved on this device.');
    const s = await stored(page);
    assert.equal(s.history.length, 1, 'saved once');
    assert.equal(s.history[0].assessment.source, 'link');
    assert.equal(s.history[0].assessment.label, 'CEO of the company', 'the hidden direction mark is gone');
    // Link B in the same tab opens B.
    await page.evaluate((hash) => (location.hash = hash), second.slice(second.indexOf('#')));
    await page.locator('.self-reported').filter({ hasText: 'Shift 2' }).waitFor();
    await page.context().close();
  });

  test('an intact but empty link is refused with the reason, and nothing is saved', async () => {
    // A real link cut down to its header: version and content fingerprint,
    // no day, no label, no answers, no walk; its checksum made afresh.
    const payload = Buffer.from(FIXTURE.links[0].split('#share=')[1], 'base64url');
    const body = Buffer.concat([payload.subarray(0, 5), Buffer.from([0])]);
    let h = 0x811c9dc5;
    for (const b of body) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    const sum = Buffer.alloc(4);
    sum.writeUInt32LE(h);
    const page = await newPage(browser);
    await page.goto(`${server.url}index.html#share=${Buffer.concat([body, sum]).toString('base64url')}`);
    await page.locator('.refused .error').waitFor();
    assert.equal(
      await page.locator('.refused .error').innerText(),
      'This link is intact but empty: it holds no answers and no walk, so there is no result to show or save. Ask the sender to share the result again.',
    );
    assert.equal(await page.getByRole('button', { name: 'Save to this device' }).count(), 0);
    assert.equal((await stored(page))?.history?.length ?? 0, 0);
    assert.deepEqual(page.errors, []);
  });
});

describe('results are recorded once and links open where their questions are', () => {
  test('reaching the map of the same walk again records it once', async () => {
    const j = journeys[0];
    const audits = Object.fromEntries(j.touchpoints.map((t, i) => [t.id, { rating: (i % 3) - 1 }]));
    const last = j.touchpoints.length - 1;
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.evaluate(
      (s) => localStorage.setItem('service-ladder:state', s),
      JSON.stringify(doc({ prefs: { lang: 'en' }, screen: { touchpoint: { index: last } }, walk: { journey: j.id, audits } })),
    );
    await open(page, server.url);
    await page.locator('.walk button.next').click();
    await page.locator('.map').waitFor();
    // Back to the ratings, through every touchpoint, to the map again.
    await page.locator('details.more summary').first().click();
    await page.getByRole('button', { name: /^Change ratings/ }).first().click();
    for (let i = 0; i <= last; i++) {
      await page.locator('.walk button.next').click();
    }
    await page.locator('.map').waitFor();
    const s = await stored(page);
    assert.equal(s.history.filter((r) => r.walkthrough).length, 1);
    await page.context().close();
  });

  test('a link made under a configuration file opens with that configuration', async () => {
    const config = readFileSync(join(ROOT, 'docs/config.example.json'), 'utf8');
    const app = await serve(DIST, { extra: { '/acme.json': config } });
    const maker = await newPage(browser);
    await open(maker, app.url + 'index.html?config=acme.json');
    const set = questionnaire(JSON.parse(config).role).length + JSON.parse(config).items.length;
    await start(maker);
    for (let i = 0; i < set; i++) await answerByClick(maker, i % 3);
    const see = maker.getByRole('button', { name: 'See my result' });
    if (await see.count()) await see.click();
    await toResult(maker);
    await maker.getByRole('button', { name: /^(Create a share link|Share)/ }).first().click();
    const link = (await maker.locator('#share-link').inputValue()).trim();
    assert.match(link, /index\.html\?config=acme\.json#share=/);
    await maker.context().close();
    const reader = await newPage(browser);
    await reader.goto(link);
    await reader.locator('.self-reported').waitFor();
    assert.equal(await heading(reader), 'Result (read-only)');
    await reader.context().close();
    // Without the configuration (issue 19): the plain app opens it with the
    // answers to its own questions and says how many came from the other setup.
    const bare = link.replace('?config=acme.json', '');
    assert.notEqual(bare, link);
    const plain = await newPage(browser);
    try {
      await plain.goto(bare);
      await plain.locator('.self-reported.foreign').waitFor();
      assert.equal(await heading(plain), 'Result (read-only)');
      const said = (await plain.locator('.self-reported.foreign strong').textContent()).trim();
      const own = JSON.parse(config).items.length;
      assert.equal(
        said,
        `${own} of the answers came from another setup of this self-check (questions this one does not have); ` +
          `the result below uses the ${set - own} it knows.`,
      );
      assert.equal(await plain.getByText(/cannot be opened/).count(), 0);
    } finally {
      await plain.context().close();
      await app.close();
    }
  });
});
