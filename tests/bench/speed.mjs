// Prints how fast the built app is in headless Chromium against a local
// server: navigation → the start screen interactive, start → the first
// question painted, answer → the next question painted, and — side by side
// in the same run — navigation → first question interactive for Service
// Ladder and for SurveyJS rendering the same questionnaire (median of
// several runs). Figures, not assertions: see QUALITY.md's targets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, launch, newPage, serve } from '../e2e/harness.mjs';

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

// Navigation → first question interactive, measured inside the page: a
// script clicks "start" the moment it exists (Service Ladder opens on its
// start screen) and notes when the first radio button appears.
const firstQuestion = async (url) => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    new MutationObserver((_, watch) => {
      const start = document.querySelector('.home button.primary');
      if (start && !window.__clicked) {
        window.__clicked = true;
        start.click();
      }
      if (document.querySelector('input[type=radio]')) {
        window.__first = performance.now();
        watch.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__first !== undefined);
  const t = await page.evaluate(() => window.__first);
  await page.context().close();
  return t;
};
const root = await serve(ROOT);
const ours = [];
const theirs = [];
for (let run = 0; run < RUNS; run++) {
  ours.push(await firstQuestion(root.url + 'dist/index.html'));
  theirs.push(await firstQuestion(root.url + 'tests/bench/surveyjs.html'));
}
await root.close();
await browser.close();
await server.close();
const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(join(ROOT, f)), { level: 9 }).length, 0);
const surveyBytes = gz(['node_modules/survey-core/survey.core.min.js', 'node_modules/survey-js-ui/survey-js-ui.min.js', 'node_modules/survey-core/survey-core.min.css']);
// The build's hashed names, as embed.js finds them.
const assets = JSON.parse(readFileSync(join(ROOT, 'dist/assets.json'), 'utf8'));
const ourBytes = gz(['dist/index.html', 'dist/loader.js', ...[assets.js, assets.wasm, assets.css].map((f) => `dist/${f}`)]);
const ms = (x) => `${x.toFixed(1)} ms`.padStart(10);
console.log(`speed, median of ${RUNS} runs (headless Chromium, local server)`);
console.log(`navigation → start screen interactive ${ms(median(ready))}`);
console.log(`start → first question painted        ${ms(median(first))}`);
console.log(`answer → next question painted        ${ms(median(next))}   (one frame is 16.7 ms)`);
console.log(`navigation → first question interactive, same questionnaire, same run:`);
console.log(`  Service Ladder                       ${ms(median(ours))}   ${(ourBytes / 1024).toFixed(1)} KiB gzip`);
console.log(`  SurveyJS 2.5 (core + UI + CSS)       ${ms(median(theirs))}   ${(surveyBytes / 1024).toFixed(1)} KiB gzip`);
console.log(`  ratio Service Ladder / SurveyJS      ${(median(ours) / median(theirs)).toFixed(2).padStart(7)}`);
