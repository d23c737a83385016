// The journey map's Mermaid export renders with the real `mermaid` package
// (from npm, in Chromium) for names that collide with Mermaid's syntax —
// keywords, comments, separators, entities, markup — and every touchpoint
// appears in the diagram. The cases come from examples/mermaid_cases.rs,
// which runs the app's own export code.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { ROOT, launch, serve, test } from './harness.mjs';

const require = createRequire(import.meta.url);
const MERMAID = dirname(require.resolve('mermaid/package.json')) + '/dist';

test('every touchpoint of an awkwardly named journey appears in the rendered diagram', async () => {
  const cases = JSON.parse(
    execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'mermaid_cases'], { cwd: ROOT, encoding: 'utf8' }),
  );
  const server = await serve(MERMAID, { extra: { '/page.html': '<!doctype html><meta charset="utf-8"><body><script src="mermaid.min.js"></script>' } });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(server.url + 'page.html');
    await page.waitForFunction(() => window.mermaid);
    await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
    for (const [n, c] of cases.entries()) {
      // The export keeps every touchpoint as one task line…
      const tasks = c.text.split('\n').filter((l) => /^ {6}\S/.test(l)).map((l) => l.trim().split(': ')[0]);
      assert.equal(tasks.length, c.names.length, `every touchpoint is a task:\n${c.text}`);
      // …and Mermaid parses it and draws each one.
      const result = await page.evaluate(async ([text, id]) => {
        try {
          const { svg } = await window.mermaid.render(id, text);
          const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
          return { texts: [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()) };
        } catch (e) {
          return { error: String(e && e.message ? e.message : e) };
        }
      }, [c.text, `case${n}`]);
      assert.equal(result.error, undefined, `Mermaid refused:\n${c.text}`);
      for (const task of tasks) {
        assert.ok(result.texts.includes(task), `"${task}" is not in the diagram: ${JSON.stringify(result.texts)}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
});
