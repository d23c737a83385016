// `make static-home`: writes index.html's static home screens (one per
// language, shown before any wasm arrives; see index.html and loader.js)
// from the app's own home, drawn by the built app in headless Chromium.
// Run it after changing the home screen, its header or footer, then build
// again; tests/e2e/firstload.test.mjs fails while they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const BEGIN = '<!-- static-home:begin -->';
const END = '<!-- static-home:end -->';

/**
 * The static copy of the app's home, as HTML. Runs in the page, on the
 * mounted `.app` element (so it must not refer to anything outside itself).
 * The copy: the same markup and classes, so style/main.css draws it the
 * same, but not `.app` (tests and scripts take `.app` for the running app);
 * ids made unique per language; each control marked with what it does, for
 * loader.js to note and the app to act on when it mounts (src/ui/app.rs).
 */
export function staticHome(app) {
  const lang = app.getAttribute('lang');
  const copy = app.cloneNode(true);
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const drop = [];
  while (comments.nextNode()) drop.push(comments.currentNode);
  for (const c of drop) c.remove();
  copy.className = 'static-home';
  copy.removeAttribute('style');
  const heading = copy.querySelector('.step-heading');
  heading.className = 'static-heading';
  heading.removeAttribute('tabindex');
  // Element Timing: when the bench sees it painted.
  heading.setAttribute('elementtiming', 'static-home');
  // The app's own status region comes with the app.
  copy.querySelector('[role=status]')?.removeAttribute('role');
  const intent = (selector, what) => copy.querySelector(selector)?.setAttribute('data-intent', what);
  intent('[aria-labelledby="part-assessment"] button.primary', 'assessment');
  intent('[aria-labelledby="part-walk"] button.primary', 'walk');
  intent('.managers button', 'team');
  intent('.foot button', 'data');
  for (const b of copy.querySelectorAll('.langs button[lang]')) b.setAttribute('data-lang', b.getAttribute('lang'));
  for (const el of copy.querySelectorAll('[id]')) {
    const id = el.id;
    const to = `static-${lang}-${id}`;
    el.id = to;
    for (const r of copy.querySelectorAll(`[for="${id}"]`)) r.setAttribute('for', to);
    for (const r of copy.querySelectorAll('[aria-labelledby]')) {
      r.setAttribute('aria-labelledby', r.getAttribute('aria-labelledby').split(' ').map((x) => (x === id ? to : x)).join(' '));
    }
  }
  const dead = [...copy.querySelectorAll('button, select, input, textarea, a[href]')].filter(
    (c) => !c.hasAttribute('data-intent') && !c.hasAttribute('data-lang'),
  );
  if (dead.length) throw new Error(`static home: no data-intent for ${dead.map((c) => c.outerHTML.slice(0, 80)).join(', ')} (tools/static-home.mjs, src/ui/app.rs)`);
  return copy.outerHTML;
}

/** index.html with `homes` (HTML, one per language) between the markers. */
export function withHomes(html, homes) {
  const from = html.indexOf(BEGIN);
  const to = html.indexOf(END);
  if (from < 0 || to < from) throw new Error(`index.html has no ${BEGIN} … ${END}`);
  const indent = html.slice(html.lastIndexOf('\n', from) + 1, from);
  return html.slice(0, from + BEGIN.length) + homes.map((h) => `\n${indent}${h}`).join('') + `\n${indent}` + html.slice(to);
}

/** The static homes index.html holds now. */
export function homesIn(html) {
  const from = html.indexOf(BEGIN);
  const to = html.indexOf(END);
  if (from < 0 || to < from) return [];
  return html
    .slice(from + BEGIN.length, to)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { DIST, ROOT, deadline, launch, newPage, serve } = await import('../tests/e2e/harness.mjs');
  deadline(5 * 60_000, 'static-home');
  const browser = await launch();
  const server = await serve(DIST);
  const homes = [];
  try {
    for (const lang of ['en', 'ru']) {
      const page = await newPage(browser, { locale: lang === 'ru' ? 'ru-RU' : 'en-US' });
      await page.goto(server.url);
      await page.locator('.app .home .step-heading').waitFor();
      homes.push(await page.locator('.app').evaluate(staticHome));
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const file = join(ROOT, 'index.html');
  const before = readFileSync(file, 'utf8');
  const after = withHomes(before, homes);
  writeFileSync(file, after);
  console.log(before === after ? 'static-home: index.html already up to date' : 'static-home: index.html rewritten; build again (make build)');
}
