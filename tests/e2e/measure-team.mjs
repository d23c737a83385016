// Measures the team view's layout (issue 20): where the key figures sit at
// 1280 × 800 and 375 × 740, the page's height, and the printed report's
// pages and overlapping boxes. Run: node tests/e2e/measure-team.mjs [dist]
import { launch, newPage, open, serve } from './harness.mjs';
import { FIXTURE } from './team-links.mjs';

const dir = process.argv[2];
const server = await serve(dir);
const browser = await launch();
const out = {};
try {
  for (const [w, h, lang] of [[1280, 800, 'en'], [375, 740, 'en'], [1280, 800, 'ru'], [375, 740, 'ru']]) {
    const page = await newPage(browser, { width: w, height: h });
    await open(page, server.url);
    if (lang === 'ru') {
      await page.getByRole('button', { name: 'Русский' }).click();
      await page.locator('.app[lang=ru]').first().waitFor();
    }
    await page.getByRole('button', { name: lang === 'ru' ? 'Для руководителя: посмотреть команду' : 'For managers: see your team' }).click();
    await page.locator('.team').waitFor();
    await page.locator('#team-paste').evaluate((el, v) => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, `${FIXTURE.chat}\n${FIXTURE.walks}`);
    await page.getByRole('button', { name: lang === 'ru' ? 'Добавить из текста' : 'Add from the text' }).click();
    await page.locator('#team-level-title').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(300);
    const m = await page.evaluate(() => {
      const top = (s) => {
        const e = document.querySelector(s);
        return e ? Math.round(e.getBoundingClientRect().top + window.scrollY) : null;
      };
      const bottom = (s) => {
        const e = document.querySelector(s);
        return e ? Math.round(e.getBoundingClientRect().bottom + window.scrollY) : null;
      };
      return {
        level_title_top: top('#team-level-title'),
        key_figures_bottom: bottom('.team-keys') ?? bottom('.team-confidence'),
        distribution_top: top('.team-level svg.chart'),
        page_height: document.documentElement.scrollHeight,
        column_width: Math.round(document.querySelector('.team-figures')?.getBoundingClientRect().width ?? 0),
      };
    });
    out[`${w}x${h} ${lang}`] = m;
    if (w === 1280) {
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      // The printed page's box: A4 less the 12 mm margins, at 96 px per inch.
      await page.setViewportSize({ width: 703, height: 1032 });
      await page.emulateMedia({ media: 'print' });
      const overlaps = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.team-report-col, .team-report-title, .team-report > p')]
          .map((e) => ({ n: e.className || e.tagName, r: e.getBoundingClientRect() }))
          .filter((b) => b.r.width > 0 && b.r.height > 0);
        const hits = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i].r, b = boxes[j].r;
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) hits.push(`${boxes[i].n} × ${boxes[j].n}`);
          }
        // Text inside a column that sticks out of it (a table cut over the next column).
        for (const col of document.querySelectorAll('.team-report-col')) {
          const c = col.getBoundingClientRect();
          for (const t of col.querySelectorAll('table, svg, p, li, h3, h4')) {
            const r = t.getBoundingClientRect();
            if (r.width && (r.right > c.right + 1 || r.left < c.left - 1)) hits.push(`${t.tagName} sticks out of ${col.querySelector('h3')?.textContent}`);
          }
        }
        const report = document.querySelector('.team-report').getBoundingClientRect();
        const grid = document.querySelector('.team-report-grid').getBoundingClientRect();
        return { hits, report_height: Math.round(report.height), grid_bottom: Math.round(grid.bottom), page_box: 1032 };
      });
      out[`${w}x${h} ${lang}`].pdf_pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      out[`${w}x${h} ${lang}`].print = overlaps;
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify(out, null, 1));
