// Prints how fast the built app is in headless Chromium against a local
// server: navigation → the start screen interactive, start → the first
// question painted, and answer → the next question painted (median of
// several runs). Figures, not assertions: see QUALITY.md's targets.
import { launch, newPage, serve } from '../e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve();
const browser = await launch();
const ready = [];
const first = [];
const next = [];
for (let run = 0; run < RUNS; run++) {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.waitForSelector('.home button.primary');
  ready.push(await page.evaluate(() => performance.now()));
  // Time from a click to the frame after the new heading is in the DOM.
  const paint = async (click) =>
    page.evaluate(
      (selector) =>
        new Promise((done) => {
          const before = document.querySelector('.step-heading')?.textContent;
          const t0 = performance.now();
          const watch = new MutationObserver(() => {
            if (document.querySelector('.step-heading')?.textContent !== before) {
              watch.disconnect();
              requestAnimationFrame(() => done(performance.now() - t0));
            }
          });
          watch.observe(document.body, { subtree: true, childList: true, characterData: true });
          document.querySelector(selector).click();
        }),
      click,
    );
  first.push(await paint('.home button.primary'));
  for (let i = 0; i < 5; i++) {
    await page.locator('.choice input').nth(i % 3).check();
    next.push(await paint('.question button.next'));
  }
  await page.context().close();
}
await browser.close();
await server.close();
const ms = (x) => `${x.toFixed(1)} ms`.padStart(10);
console.log(`speed, median of ${RUNS} runs (headless Chromium, local server)`);
console.log(`navigation → start screen interactive ${ms(median(ready))}`);
console.log(`start → first question painted        ${ms(median(first))}`);
console.log(`answer → next question painted        ${ms(median(next))}   (one frame is 16.7 ms)`);
