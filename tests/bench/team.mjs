// Prints how long the team view takes in headless Chromium with 1,000 and
// 10,000 results: aggregating them (the team's level, consistency, groups,
// walks — `overview` as the screen computes it, measured by the app with
// performance.measure "team:aggregate"), and reading them in as pasted
// links a slice per frame ("team:intake"). Figures, not assertions: the
// target is ≤ 100 ms to aggregate 1,000 results (issue 10).
import { deadline, launch, newPage, serve } from '../e2e/harness.mjs';
// Timings are read from the page's own clock: the real one, not the
// tests' reading pace.
const REAL_CLOCK = 1;
import { manyLinks } from '../e2e/team-links.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

deadline(15 * 60_000, 'team bench');
const server = await serve();
const browser = await launch();
// Closed whatever happens: a failure ends the bench, never a hang.
const results = [];
try {
  for (const n of [1_000, 10_000]) {
    const text = manyLinks(n);
    const aggregate = [];
    const intake = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await newPage(browser, { pace: REAL_CLOCK });
      await page.goto(server.url);
      await page.waitForSelector('.home');
      await page.locator('.managers button').click();
      await page.locator('#team-paste').evaluate((el, v) => {
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
      await page.evaluate(() => performance.clearMeasures());
      await page.locator('.team-add button.primary').click();
      // Once results are in, what was read sits in the intake's fold (issue 20).
      await page.waitForSelector('.team-summary', { state: 'attached', timeout: 300_000 });
      const times = await page.evaluate(() => ({
        aggregate: performance.getEntriesByName('team:aggregate').map((e) => e.duration),
        intake: performance.getEntriesByName('team:intake').map((e) => e.duration),
      }));
      const level = await page.locator('.team-level').innerText();
      if (!level.includes(`${n} people`)) throw new Error(`expected ${n} people, the page says: ${level}`);
      // The screen drawn after reading aggregates every result once.
      aggregate.push(times.aggregate.at(-1));
      intake.push(times.intake.at(-1));
      await page.context().close();
    }
    results.push({ n, aggregate: median(aggregate), intake: median(intake) });
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (x) => `${x.toFixed(1)} ms`.padStart(11);
const count = (n) => n.toLocaleString('en-US').padStart(6);
console.log(`team view, median of ${RUNS} runs (headless Chromium, local server)`);
for (const r of results) console.log(`aggregate ${count(r.n)} results  ${ms(r.aggregate)}${r.n === 1_000 ? '   (target ≤ 100 ms)' : ''}`);
for (const r of results) console.log(`read ${count(r.n)} pasted links ${ms(r.intake)}   (a slice per frame, the page stays responsive)`);
