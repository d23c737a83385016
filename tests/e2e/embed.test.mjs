// Embedding: both snippet modes on cross-origin host pages, host events,
// company configuration, a strict CSP, any path on any static host, and a
// wasm that fails to load.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT, answerByKey, axe, heading, launch, newPage, open, questionnaire, serve, startCheck, test, toResult } from './harness.mjs';

const content = JSON.parse(readFileSync(join(ROOT, 'content/assessment.json'), 'utf8'));
const { journeys } = JSON.parse(readFileSync(join(ROOT, 'content/journeys.json'), 'utf8'));
const EXAMPLE_CONFIG = readFileSync(join(ROOT, 'docs/config.example.json'), 'utf8');
// This build's hashed file names.
const ASSETS = JSON.parse(readFileSync(join(DIST, 'assets.json'), 'utf8'));

// QUALITY.md's policy, with README's `worker-src 'self'` for the offline worker.
const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' data:; worker-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'";

let app; // the app, on one origin
let hosts; // the example host pages, on another
let hostsOrigin = '';
let browser;
before(async () => {
  // Direct mode imports the app's module from another origin: the app's
  // host must allow that with CORS.
  app = await serve(DIST, {
    headers: () => ({ 'content-security-policy': STRICT_CSP, 'access-control-allow-origin': '*' }),
    extra: { '/acme.json': EXAMPLE_CONFIG },
  });
  // The host pages point at the app's address; the CSP they send names it.
  const hostCsp = (appOrigin) =>
    `default-src 'none'; script-src 'self' ${appOrigin} 'wasm-unsafe-eval'; style-src 'self' ${appOrigin}; connect-src ${appOrigin}; frame-src ${appOrigin}; img-src 'self' data:; base-uri 'none'; object-src 'none'; form-action 'none'`;
  hosts = await serve(join(ROOT, 'examples'), {
    rewrite: (path, text) =>
      text
        .replaceAll('http://127.0.0.1:8080', app.origin)
        .replaceAll('"http://127.0.0.1:8000", "http://localhost:8000"', `"${hostsOrigin}"`),
    headers: (path) => (path.endsWith('.html') ? { 'content-security-policy': hostCsp(app.origin) } : {}),
  });
  hostsOrigin = hosts.origin;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.close();
  await hosts?.close();
});

/** A page that records CSP violations from the start. */
async function watchedPage(opts = {}) {
  const page = await newPage(browser, opts);
  await page.context().addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}
const violations = (frameOrPage) => frameOrPage.evaluate(() => window.__csp);

/** Completes the self-check in a frame: the kind of work and each question with one tap; opens "More". */
async function completeIn(frame) {
  await frame.getByRole('button', { name: /^(Start the self-check|Начать самопроверку)$/ }).click();
  const step = async () => (await frame.locator('.step-heading').first().textContent()).trim();
  const tapIn = async (value) => {
    const before = await step();
    await frame.locator(`.choice input[type=radio][value="${value}"]`).click();
    await frame.locator('.step-heading').first().filter({ hasNotText: before }).waitFor();
  };
  await frame.locator('.role, .question').first().waitFor();
  if (await frame.locator('.role').count()) await tapIn(content.roles[0].id);
  // Whatever set of questions the page's configuration gives.
  for (let i = 0; !(await frame.locator('.result, .episodes').count()); i++) {
    await tapIn(await frame.locator('.choice input[type=radio]').nth(i % 3).getAttribute('value'));
  }
  await toResult(frame);
  // Everything but the primary action and Share is under "More".
  await frame.locator('.more summary').click();
}

async function walkIn(frame, ratings = [1, 1, 0, -1, 1]) {
  for (const r of ratings) {
    await frame.locator(`input[name=rating][value="${r}"]`).click();
    await frame.locator('.walk button.next').click();
  }
  await frame.locator('.map').waitFor();
}

const hostEvents = (page, type) => page.evaluate((t) => window.serviceLadderEvents.filter((e) => e.type === t), type);

describe('iframe mode', () => {
  test('on a cross-origin host page: prefilled, resized, events with payloads, zero CSP violations', async () => {
    const page = await watchedPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(hosts.url + 'iframe.html');
    const iframe = page.locator('#widget iframe');
    assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts allow-same-origin allow-downloads allow-popups allow-modals');
    assert.equal(await iframe.getAttribute('referrerpolicy'), 'no-referrer');
    assert.equal(await iframe.getAttribute('loading'), 'lazy');
    assert.equal(await iframe.getAttribute('title'), 'Client-orientation self-check');
    const frame = page.frameLocator('#widget iframe');
    await frame.locator('.step-heading').waitFor();
    await page.waitForFunction(() => window.serviceLadderEvents.some((e) => e.type === 'ready'));
    const [ready] = await hostEvents(page, 'ready');
    assert.deepEqual(ready.detail, { version: ready.detail.version, lang: 'en', parts: 'both' });
    // The inline configuration arrived: the brand name and colour.
    assert.equal(await frame.locator('.brand').innerText(), 'Acme');
    assert.equal(await frame.locator('.app').evaluate((e) => getComputedStyle(e).getPropertyValue('--accent').trim()), '#0b5394');
    // The frame grows to its content.
    await page.waitForFunction(() => document.querySelector('#widget iframe').offsetHeight !== 640);
    const before = await iframe.evaluate((f) => f.offsetHeight);
    const inner = await frame.locator('body').evaluate((b) => b.scrollHeight);
    assert.ok(Math.abs(before - Math.max(320, inner)) <= 2, `frame ${before}px, content ${inner}px`);

    await completeIn(frame);
    await page.waitForFunction(() => window.serviceLadderEvents.some((e) => e.type === 'assessment-completed'));
    const [done] = await hostEvents(page, 'assessment-completed');
    assert.ok(['spontaneous', 'regulated', 'cultural'].includes(done.detail.level));
    assert.deepEqual(Object.keys(done.detail.levels).sort(), ['cultural', 'regulated', 'spontaneous']);
    assert.deepEqual(Object.keys(done.detail.qualities).sort(), content.qualities.map((q) => q.id).sort());
    assert.ok(Object.values(done.detail.levels).every((v) => Number.isInteger(v) && v >= 0 && v <= 100));
    assert.equal(done.detail.label, 'Sales team');
    // The result's share link, on the app's own page, for a collector to keep.
    assert.ok(done.detail.link.startsWith(app.origin) && done.detail.link.includes('#share='), done.detail.link);
    assert.ok(['clear', 'leaning', 'mixed'].includes(done.detail.confidence), done.detail.confidence);
    assert.equal(done.detail.role, content.roles[0].id);
    assert.equal(done.detail.model, 4);
    assert.equal(done.target, 'widget');
    const steps = (await hostEvents(page, 'step')).map((e) => e.detail.screen);
    assert.ok(steps.includes('role') && steps.includes('question') && steps.includes('result'), steps.join());
    const q5 = (await hostEvents(page, 'step')).find((e) => e.detail.screen === 'question' && e.detail.index === 4);
    assert.ok(q5, 'question steps carry their index');

    await frame.getByRole('button', { name: 'Home' }).click();
    await frame.getByRole('button', { name: 'Choose a customer journey' }).click();
    await frame.getByRole('button', { name: `Walk it: ${journeys[0].name.en}` }).click();
    await walkIn(frame);
    await page.waitForFunction(() => window.serviceLadderEvents.some((e) => e.type === 'walkthrough-completed'));
    const [walked] = await hostEvents(page, 'walkthrough-completed');
    assert.deepEqual(walked.detail, {
      journey: journeys[0].id,
      balance: 40,
      counts: { wow: 3, standard: 1, disappointment: 1, unrated: 0 },
      label: 'Sales team',
      link: walked.detail.link,
    });
    assert.match(walked.detail.link, /#share=[A-Za-z0-9_-]+$/);

    assert.deepEqual(await violations(page), []);
    for (const f of page.frames()) assert.deepEqual(await f.evaluate(() => window.__csp ?? []), [], f.url());
    assert.deepEqual(page.errors, []);
    // Nothing but the two pages' own files was requested.
    const outside = requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith(hosts.origin));
    assert.deepEqual(outside, []);
  });

  test('spoofed messages from another frame are ignored', async () => {
    const page = await watchedPage();
    await page.goto(hosts.url + 'iframe.html');
    await page.waitForFunction(() => window.serviceLadderEvents.some((e) => e.type === 'ready'));
    // Another frame of the app's own origin, and the host page itself, pretend to be the widget.
    await page.evaluate((origin) => {
      const other = document.createElement('iframe');
      other.src = origin + '/index.html';
      other.title = 'another frame';
      document.body.append(other);
      window.__other = other;
    }, app.origin);
    while (!page.frame({ url: `${app.origin}/index.html` })) await page.waitForTimeout(50);
    await page.frame({ url: `${app.origin}/index.html` }).waitForLoadState('domcontentloaded');
    const spoof = { source: 'service-ladder', type: 'assessment-completed', detail: { level: 'cultural' } };
    await page.frame({ url: `${app.origin}/index.html` }).evaluate((m) => parent.postMessage(m, '*'), spoof);
    await page.evaluate((m) => window.postMessage(m, '*'), spoof);
    await page.waitForTimeout(300);
    assert.deepEqual(await hostEvents(page, 'assessment-completed'), []);
  });

  test('the host page has no accessibility violations with the widget in it', async () => {
    const page = await watchedPage();
    await page.goto(hosts.url + 'iframe.html');
    await page.frameLocator('#widget iframe').locator('.step-heading').waitFor();
    assert.deepEqual(await axe(page), []);
  });
});

describe('a host page with a sticky header', () => {
  test('iframe mode: loading scrolls nothing; every new step shows its heading below the 64 px header', async () => {
    const host = await serve(DIST, {
      extra: {
        '/sticky.html':
          '<!doctype html><html lang="en"><title>Host</title><link rel="icon" href="data:,">' +
          '<body style="margin:0"><header style="position:sticky;top:0;height:64px;background:#123;color:#fff;z-index:2">Acme</header>' +
          '<p style="height:900px;margin:0">The host page\'s own text, above the widget.</p>' +
          `<div id="w" data-service-ladder data-lang="en" data-src="${app.url}"></div>` +
          '<p style="height:1200px">Below.</p>' +
          `<script src="${app.url}embed.js"></script></body></html>`,
      },
    });
    const page = await newPage(browser, { width: 375, height: 740 });
    try {
      await page.goto(host.url + 'sticky.html');
      const frame = page.frameLocator('#w iframe');
      await frame.locator('.step-heading').waitFor();
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'a widget loading does not scroll the page');
      // Where the step's heading is on the screen, in the host's coordinates.
      const headingTop = async () => {
        const box = await frame.locator('.step-heading').first().boundingBox();
        return box && { top: Math.round(box.y), bottom: Math.round(box.y + box.height) };
      };
      await frame.locator('.home button.primary').first().click();
      const seen = [];
      const items = questionnaire();
      await frame.locator('.role, .question').first().waitFor();
      for (let n = 0; n < 6; n++) {
        const before = (await frame.locator('.step-heading').first().textContent()).trim();
        // The person scrolled down to the last option and taps it.
        const option = frame.locator('.choice input[type=radio]').last();
        await option.scrollIntoViewIfNeeded();
        await option.click();
        await frame.locator('.step-heading').first().filter({ hasNotText: before }).waitFor();
        await page.waitForTimeout(150);
        const h = await headingTop();
        seen.push(h.top);
        assert.ok(h.top >= 64 && h.bottom <= 740, `step ${n + 2}: heading at ${h.top}–${h.bottom} px, under the header or off screen`);
      }
      console.log(`# iframe with a 64 px sticky header: step headings at ${seen.join(', ')} px (${items.length} questions)`);
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
      await host.close();
    }
  });
});

describe('a careless host page', () => {
  test('a snippet with a bad data-src says why in its place, in the page’s language; the snippets after it load', async () => {
    const host = await serve(DIST, {
      extra: {
        '/careless.html':
          // No favicon request: every error the page logs is the widgets'.
          '<!doctype html><html lang="ru"><title>Хост</title><link rel="icon" href="data:,"><body>' +
          '<div id="bad" data-service-ladder data-src="javascript:alert(1)//"></div>' +
          '<div id="broken" data-service-ladder data-src="http://[::1"></div>' +
          '<div id="english" data-service-ladder data-lang="en" data-src="data:text/html,hi"></div>' +
          `<div id="good" data-service-ladder data-src="${app.url}"></div>` +
          `<div id="direct" data-service-ladder data-mode="direct" data-src="${app.url}"></div>` +
          `<script src="${app.url}embed.js"></script></body></html>`,
      },
    });
    const page = await newPage(browser, { height: 3000 });
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });
    await page.goto(host.url + 'careless.html');
    // The snippets after the bad ones start: an iframe and a direct widget.
    await page.frameLocator('#good iframe').locator('.step-heading').waitFor();
    await page.locator('#direct .step-heading').waitFor();
    const problem = (id) =>
      page.locator(`#${id}`).evaluate((el) => ({
        text: el.textContent,
        role: el.firstElementChild?.getAttribute('role'),
        // Plain text: one paragraph, no markup inside it.
        elements: el.querySelectorAll('*').length,
      }));
    assert.deepEqual(await problem('bad'), {
      text: 'Service Ladder не запустился: data-src «javascript:alert(1)//» — не адрес папки приложения (http или https).',
      role: 'alert',
      elements: 1,
    });
    const broken = await problem('broken');
    assert.match(broken.text, /^Service Ladder не запустился: data-src «http:\/\/\[::1» — не адрес/);
    assert.equal(broken.elements, 1);
    assert.match((await problem('english')).text, /^Service Ladder did not start: data-src “data:text\/html,hi” is not the address/);
    assert.deepEqual(dialogs, [], 'nothing in the bad data-src ran');
    assert.deepEqual(page.errors, []);
  });
});

describe('direct mode', () => {
  test('mounts in a shadow root: no styles cross, events arrive as DOM events', async () => {
    const page = await watchedPage();
    await page.goto(hosts.url + 'direct.html');
    const widget = page.locator('#widget');
    await widget.locator('.step-heading').waitFor();
    assert.ok(await page.evaluate(() => !!document.querySelector('#widget').shadowRoot));
    // The host's Georgia serif does not reach in.
    const font = await widget.locator('.step-heading').evaluate((e) => getComputedStyle(e).fontFamily);
    assert.ok(!/Georgia/.test(font), font);
    // Our styles do not reach out.
    const hostButton = await page.locator('.host-button').evaluate((b) => getComputedStyle(b).minHeight);
    assert.ok(['0px', 'auto'].includes(hostButton), hostButton);
    // The preset journey and label.
    const restaurant = journeys.find((j) => j.id === 'restaurant');
    await widget.getByRole('button', { name: `Walk the journey: ${restaurant.name.en}` }).click();
    await walkIn(widget, restaurant.touchpoints.map(() => 0));
    await page.waitForFunction(() => window.serviceLadderEvents.some((e) => e.type === 'walkthrough-completed'));
    const [walked] = await hostEvents(page, 'walkthrough-completed');
    assert.equal(walked.detail.journey, 'restaurant');
    assert.equal(walked.detail.balance, 0);
    assert.equal(walked.detail.label, 'Front desk');
    // The host page's own address and title are untouched.
    assert.equal(await page.title(), 'Acme intranet — Service Ladder mounted directly');
    assert.equal(new URL(page.url()).hash, '');
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(await axe(page), []);
  });

  test('a hostile stylesheet and a strict host CSP change nothing inside either widget', async () => {
    const page = await watchedPage();
    await page.goto(hosts.url + 'hostile.html');
    const direct = page.locator('#direct');
    await direct.locator('.step-heading').waitFor();
    const style = await direct.locator('.step-heading').evaluate((e) => {
      const s = getComputedStyle(e);
      return { font: s.fontFamily, color: s.color, spacing: s.letterSpacing, transform: s.textTransform, display: s.display };
    });
    assert.ok(!/Comic/.test(style.font), style.font);
    assert.equal(style.color, 'rgb(27, 31, 36)', 'the host colour does not reach in');
    assert.equal(style.spacing, 'normal');
    assert.equal(style.transform, 'none');
    assert.ok(await direct.locator('button.primary').first().isVisible(), 'buttons are visible');
    assert.equal(await direct.locator('.step-heading').innerText(), 'Насколько вы ориентированы на клиента?');
    const framed = page.frameLocator('#framed iframe');
    await framed.locator('.step-heading').waitFor();
    assert.ok(await framed.getByRole('button', { name: 'Start the self-check' }).isVisible());
    await completeIn(framed);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    assert.deepEqual(await axe(page), []);
  });
});

describe('configuration', () => {
  test('a configuration file next to dist/ applies: brand, items, journeys', async () => {
    const page = await watchedPage();
    await page.goto(app.url + 'index.html?config=acme.json');
    await page.locator('.step-heading').waitFor();
    assert.equal(await page.locator('.brand span').innerText(), 'Avtodom');
    assert.match(await page.locator('.lead').innerText(), /Avtodom staff/);
    await page.getByRole('button', { name: 'Start the self-check' }).click();
    // The company fixed the kind of work; its own items join that set.
    const example = JSON.parse(EXAMPLE_CONFIG);
    assert.match(await heading(page), new RegExp(`^Question 1 of ${questionnaire(example.role).length + example.items.length}`));
    // The logo is https and external: the page's own CSP blocks it, and says so.
    assert.equal(await page.locator('.brand img').getAttribute('src'), 'https://www.example.com/brand/logo.svg');
  });

  test('in preview mode a bad configuration shows every problem at once, and the app still runs', async () => {
    const bad = JSON.parse(EXAMPLE_CONFIG);
    bad.journeys[0].touchpoints[0].channel = 'fax2';
    bad.brand.accent = 'blue';
    bad.brand.logo = 'javascript:alert(1)';
    bad.parts = 'all';
    bad.surprise = true;
    const server = await serve(DIST, { extra: { '/bad.json': JSON.stringify(bad) } });
    const page = await watchedPage();
    await page.goto(server.url + 'index.html?config=bad.json&preview=1');
    const box = page.locator('.config-problems');
    await box.waitFor();
    assert.equal(await box.locator('h2').innerText(), 'Configuration problems (5)');
    const lines = await box.locator('li').allInnerTexts();
    for (const expected of [
      'journeys[0](service_visit).touchpoints[0](booking).channel: unknown channel "fax2" (use face_to_face, phone, email, web, messenger)',
      'brand.accent: "blue" is not a colour (use #rrggbb or #rgb)',
      'brand.logo: "javascript:alert(1)" is not an https:// URL',
      'parts: unknown parts "all" (use both, assessment, walkthrough)',
    ]) {
      assert.ok(lines.includes(expected), `${expected}\n in ${lines.join('\n')}`);
    }
    assert.ok(lines.some((l) => l.startsWith('surprise: unknown field')));
    assert.ok(await page.getByRole('button', { name: 'Start the self-check' }).isVisible(), 'the default app runs');
    assert.deepEqual(await axe(page), []);
    await server.close();
  });

  test('visitors see only a short notice in their language; the details go to the console', async () => {
    const bad = JSON.parse(EXAMPLE_CONFIG);
    bad.parts = 'all';
    bad.brand.accent = 'blue';
    const server = await serve(DIST, { extra: { '/bad.json': JSON.stringify(bad) } });
    const page = await watchedPage({ locale: 'ru-RU' });
    const logged = [];
    page.on('console', (m) => logged.push({ type: m.type(), text: m.text() }));
    await page.goto(server.url + 'index.html?config=bad.json');
    await page.locator('.step-heading').waitFor();
    assert.equal(await page.locator('.config-problems').count(), 0, 'no list of problems');
    const notice = page.locator('.config-notice');
    assert.equal(
      await notice.innerText(),
      'Настройки самопроверки на этой странице не применились, поэтому показана стандартная версия. Подробности для разработчика сайта — в консоли браузера.',
    );
    assert.doesNotMatch(await page.locator('.app').innerText(), /parts|brand\.accent|unknown/);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('.app[lang=en]').first().waitFor();
    assert.match(await notice.innerText(), /^This page's settings for the self-check could not be applied, so the standard version is shown\./);
    const errors = logged.filter((m) => m.type === 'error').map((m) => m.text);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], /^Service Ladder: the configuration was not applied; .* Fix every problem \(2\):/);
    assert.match(errors[0], /parts: unknown parts "all"/);
    assert.match(errors[0], /brand\.accent: "blue" is not a colour/);
    assert.match(errors[0], /\?preview=1/);
    assert.ok(await page.getByRole('button', { name: 'Start the self-check' }).isVisible(), 'the default app runs');
    assert.deepEqual(await axe(page), []);
    await server.close();
  });

  test('snippet options: preview in direct mode, a short notice in the iframe, no header, the host’s width', async () => {
    const bad = JSON.stringify({ parts: 'all' });
    const page$ = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Options</title><link rel="icon" href="data:,"></head>
      <body><main><h1>Host</h1>${body}<script src="${app.url}embed.js" async></script></main></body></html>`;
    const host = await serve(join(ROOT, 'examples'), {
      extra: {
        '/options.html': page$(`
          <div id="direct" data-service-ladder data-mode="direct" data-preview data-header="none" data-width="host" data-lang="en">
            <script type="application/json">${bad}</script></div>
          <div id="framed" data-service-ladder data-lang="ru" data-title="Самопроверка"><script type="application/json">${bad}</script></div>`),
        '/plain.html': page$(`<div id="framed" data-service-ladder data-lang="en" data-header="none" data-width="host" data-preview data-title="Check"></div>`),
      },
    });
    const page = await watchedPage();
    await page.goto(host.url + 'options.html');
    const direct = page.locator('#direct');
    await direct.locator('.step-heading').waitFor();
    // Preview: every problem on the page; no title bar, the language buttons stay.
    assert.equal(await direct.locator('.config-problems h2').innerText(), 'Configuration problems (1)');
    assert.match(await direct.locator('.config-problems li').innerText(), /^parts: unknown parts "all"/);
    assert.equal(await direct.locator('.brand').count(), 0);
    assert.ok(await direct.getByRole('button', { name: 'Русский' }).isVisible());
    const widths = await direct.locator('.app').evaluate((a) => [a.getBoundingClientRect().width, a.getRootNode().host.getBoundingClientRect().width]);
    assert.ok(Math.abs(widths[0] - widths[1]) < 1, `the app fills the element: ${widths}`);
    // The iframe without preview: the visitor's short notice, in Russian, with the header and a column.
    const framed = page.frameLocator('#framed iframe');
    await framed.locator('.step-heading').waitFor();
    assert.equal(await framed.locator('.config-problems').count(), 0);
    assert.match(await framed.locator('.config-notice').innerText(), /^Настройки самопроверки на этой странице не применились/);
    assert.equal(await framed.locator('.brand').innerText(), 'Лестница сервиса');
    const column = await framed.locator('.app').evaluate((a) => [a.getBoundingClientRect().width, document.body.getBoundingClientRect().width]);
    assert.ok(column[0] < column[1] - 100, `a centred column: ${column}`);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(await axe(page), []);
    // The same options reach the iframe; a valid configuration shows no notice at all.
    await page.goto(host.url + 'plain.html');
    const plain = page.frameLocator('#framed iframe');
    await plain.locator('.step-heading').waitFor();
    assert.equal(await plain.locator('.brand').count(), 0);
    assert.equal(await plain.locator('.config-problems, .config-notice').count(), 0);
    const full = await plain.locator('.app').evaluate((a) => [a.getBoundingClientRect().width, document.body.getBoundingClientRect().width]);
    assert.ok(Math.abs(full[0] - full[1]) < 1, `the app fills the frame: ${full}`);
    assert.deepEqual(await axe(page), []);
    await host.close();
  });

  test('a hostile configuration is inert or refused', async () => {
    const hostile = {
      intro: { ru: '<img src=x onerror=alert(1)>', en: '<script>alert(1)</script><b>bold</b>' },
      brand: { accent: '#ffff00', name: { ru: '<svg onload=alert(1)>', en: '<svg onload=alert(1)>' } },
    };
    const server = await serve(DIST, {
      extra: {
        '/hostile.json': JSON.stringify(hostile),
        '/huge.json': JSON.stringify({ intro: { ru: 'x'.repeat(1 << 20), en: 'x' } }),
        '/evil.json': JSON.stringify({ brand: { logo: 'javascript:alert(1)' } }),
      },
    });
    const page = await watchedPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      d.dismiss();
    });
    await page.goto(server.url + 'index.html?config=hostile.json&preview=1');
    await page.locator('.step-heading').waitFor();
    assert.equal(await page.locator('.lead').innerText(), hostile.intro.en);
    assert.equal(await page.locator('.brand-name').innerText(), '<svg onload=alert(1)>');
    assert.equal(await page.locator('.app script, .app b, .app img, .brand-name svg').count(), 0);
    // The yellow accent has no contrast: the default is used, with a notice.
    assert.match(await page.locator('.config-problems.warnings').innerText(), /brand\.accent: #ffff00 has a contrast of 1\.0:1/);
    await page.goto(server.url + 'index.html?config=huge.json&preview=1');
    await page.locator('.config-problems').waitFor();
    assert.match(await page.locator('.config-problems li').first().innerText(), /limit is 256 KiB/);
    await page.goto(server.url + 'index.html?config=evil.json&preview=1');
    await page.locator('.config-problems').waitFor();
    assert.match(await page.locator('.config-problems li').first().innerText(), /not an https:\/\/ URL/);
    // A configuration from another origin or path is never fetched.
    await page.goto(server.url + 'index.html?config=https://evil.example/c.json&preview=1');
    await page.locator('.step-heading').waitFor();
    assert.equal(await page.locator('.config-problems').count(), 0);
    assert.equal(dialogs, 0);
    await server.close();
  });

  test('parts and language from the snippet', async () => {
    const page = await watchedPage({ locale: 'ru-RU' });
    await page.goto(app.url + 'index.html?parts=walkthrough&lang=en');
    await page.locator('.step-heading').waitFor();
    assert.ok(await page.getByRole('button', { name: 'Choose a customer journey' }).isVisible());
    assert.equal(await page.locator('.home .part:not([hidden])').count(), 1);
  });
});

describe('hosting', () => {
  test('a full flow under the strict CSP header: zero violations, zero errors, only own files', async () => {
    const page = await watchedPage();
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url())));
    await open(page, app.url);
    await completeIn(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.locator('#share-link').waitFor();
    await page.getByRole('button', { name: 'Home' }).click();
    await page.getByRole('button', { name: 'Choose a customer journey' }).click();
    await page.getByRole('button', { name: `Walk it: ${journeys[0].name.en}` }).click();
    await walkIn(page);
    // The map's picture is drawn through a canvas from a data: URL, which the policy allows.
    await page.locator('.more > summary').click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as a picture (PNG)' }).click()]);
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('button', { name: 'What to do this week' }).click();
    await page.locator('.more > summary').click();
    await page.getByRole('button', { name: 'Printable report' }).click();
    await page.getByRole('button', { name: /Your data/ }).click();
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    const own = new Set(readdirSync(DIST));
    for (const u of requests) {
      assert.equal(u.origin, app.origin, u.href);
      const file = u.pathname.slice(1) || 'index.html';
      assert.ok(own.has(file), `requested ${u.pathname}, which is not in dist/`);
    }
    assert.equal((await page.context().cookies()).length, 0, 'no cookies');
  });

  test('dist/ works unchanged from a deep path', async () => {
    const server = await serve(DIST, { prefix: '/intranet/tools/service-ladder/' });
    const page = await watchedPage();
    await open(page, server.url);
    await startCheck(page);
    await answerByKey(page, 1);
    assert.match(await heading(page), /^Question 2 of/);
    assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
    await server.close();
  });

  test('the built files hold no inline script or style and no eval', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline <script>');
    assert.doesNotMatch(html, /<style|\sstyle=/, 'no <style> or style=');
    for (const f of readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
      const js = readFileSync(join(DIST, f), 'utf8');
      assert.doesNotMatch(js, /\beval\(|new Function\b/, f);
      assert.doesNotMatch(js, /postMessage\([^)]*['"]\*['"]/, `${f} never posts to "*"`);
    }
  });

  for (const [name, opts] of [
    ['a missing wasm', { block: (p) => p.endsWith('.wasm') }],
    ['a truncated wasm', { extra: { [`/${ASSETS.wasm}`]: readFileSync(join(DIST, ASSETS.wasm)).subarray(0, 5000) } }],
    ['a host policy without wasm-unsafe-eval', { headers: () => ({ 'content-security-policy': STRICT_CSP.replace(" 'wasm-unsafe-eval'", '') }) }],
  ]) {
    test(`${name} shows a message and a link, not an empty box`, async () => {
      const server = await serve(DIST, opts);
      const page = await newPage(browser);
      await page.goto(server.url);
      const box = page.locator('.load-failed');
      await box.waitFor();
      assert.match(await box.innerText(), /could not start[\s\S]*Open the app in its own tab/);
      assert.equal(await box.locator('a').getAttribute('href'), server.url);
      assert.deepEqual(await axe(page), []);
      await server.close();
    });
  }
});
