// Prints the cost of one keystroke in a touchpoint's note when the stored
// document is about 4 MB (fifty long journeys of the person's own): the
// time from the input event to the end of the work it causes (the
// document is written later, once typing pauses). Figures, not
// assertions; target ≤ 4 ms (issue 8).
import { deadline, launch, newPage, serve } from '../e2e/harness.mjs';
// Timings are read from the page's own clock: the real one, not the
// tests' reading pace.
const REAL_CLOCK = 1;

const DIST = process.argv[2] ?? 'dist';
const KEYS = Number(process.env.KEYS ?? 60);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

/** A document of ~4 MB: 50 journeys × 40 touchpoints with long names. */
function big(schema) {
  const long = (n, i) => `${'Touchpoint name '.repeat(Math.ceil(n / 16)).slice(0, n - 6)} ${String(i).padStart(5, '0')}`;
  const journeys = [];
  for (let j = 1; j <= 50; j++) {
    const touchpoints = [];
    for (let t = 1; t <= 40; t++) {
      const name = long(480, j * 100 + t);
      touchpoints.push({
        id: `tp${t}`,
        name: { ru: name, en: name },
        who: { ru: 'Отдел', en: 'Department' },
        channel: 'face_to_face',
        client: 'external',
        expectation: { ru: name, en: name },
        handoff: t % 4 === 0,
      });
    }
    journeys.push({ id: `my-${j}`, name: { ru: `Путь ${j}`, en: `Journey ${j}` }, description: { ru: '', en: '' }, touchpoints });
  }
  const doc = {
    schema,
    prefs: { lang: 'en' },
    screen: { touchpoint: { index: 0 } },
    answers: {},
    journeys,
    walk: { journey: 'my-1', audits: { tp1: { note: 'Started.' } } },
  };
  if (schema >= 3) doc.rev = 1;
  return JSON.stringify(doc);
}

deadline(5 * 60_000, 'keystroke bench');
const server = await serve(DIST);
const browser = await launch();
// Closed whatever happens: a failure ends the bench, never a hang.
try {
  const page = await newPage(browser, { pace: REAL_CLOCK });
  await page.goto(server.url);
  // The schema this build writes: read it back from a fresh write.
  const schema = Number(process.env.SCHEMA ?? 3);
  const doc = big(schema);
  await page.evaluate((d) => localStorage.setItem('service-ladder:state', d), doc);
  await page.goto(server.url);
  const note = page.locator('textarea').first();
  await note.waitFor();
  const times = await page.evaluate(async (keys) => {
    const ta = document.querySelector('textarea');
    const out = [];
    for (let i = 0; i < keys; i++) {
      const t0 = performance.now();
      ta.value += 'a';
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'a', inputType: 'insertText' }));
      // Effects run in microtasks; a message round trip waits for them all
      // (a nested zero timeout would be clamped to 4 ms by the browser).
      await new Promise((done) => {
        const c = new MessageChannel();
        c.port1.onmessage = () => done();
        c.port2.postMessage(0);
      });
      out.push(performance.now() - t0);
    }
    return out;
  }, KEYS);
  const stored = await page.evaluate(() => localStorage.getItem('service-ladder:state')?.length ?? 0);
  console.log(
    `keystroke in a note, stored document ${(doc.length / 1024 / 1024).toFixed(1)} MB: ` +
      `median ${median(times).toFixed(2)} ms, p95 ${p95(times).toFixed(2)} ms over ${KEYS} keys (target ≤ 4 ms)`,
  );
  // Once typing pauses the document is written in one go; how long that takes.
  const save = await page.evaluate(async () => {
    const t0 = performance.now();
    document.dispatchEvent(new Event('visibilitychange'));
    return performance.now() - t0;
  });
  console.log(`writing the ${(stored / 1024 / 1024).toFixed(1)} MB document once typing pauses: ${save.toFixed(1)} ms`);
} finally {
  await browser.close();
  await server.close();
}
