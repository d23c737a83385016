// The one-page team report's print check, shared by the team view's
// browser tests (tests/e2e/team.test.mjs, tests/e2e/team-focus.test.mjs).
import assert from 'node:assert/strict';

/**
 * The printed report at A4: one PDF page, and in print media at the page's
 * box (A4 less the 12 mm margins, 703 × 1032 px) no column over another, no
 * text sticking out of its column, and +1 / 0 / −1 apart in greyscale.
 * Returns the page box's height left below the report (px).
 */
export async function printCheck(page, lang) {
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  assert.equal((pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length, 1, `the team report fits one A4 page (${lang})`);
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 703, height: 1032 });
  await page.emulateMedia({ media: 'print' });
  const found = await page.evaluate(() => {
    const hits = [];
    const cols = [...document.querySelectorAll('.team-report-title, .team-report > p, .team-report-col')];
    const boxes = cols.map((e) => e.getBoundingClientRect());
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
          hits.push(`${cols[i].textContent.slice(0, 30)} × ${cols[j].textContent.slice(0, 30)}`);
      }
    for (const col of document.querySelectorAll('.team-report-col')) {
      const c = col.getBoundingClientRect();
      for (const t of col.querySelectorAll('table, th, td, svg, p, li, h3, h4')) {
        const r = t.getBoundingClientRect();
        if (r.width && (r.right > c.right + 1 || r.left < c.left - 1 || r.bottom > c.bottom + 1))
          hits.push(`${t.tagName} “${t.textContent.slice(0, 30)}” sticks out of ${col.querySelector('h3')?.textContent}`);
      }
    }
    const bottom = document.querySelector('.team-report').getBoundingClientRect().bottom;
    const grey = (sel) => {
      const e = document.querySelector(sel);
      if (!e) return null;
      const [r, g, b] = getComputedStyle(e).fill.match(/\d+/g).map(Number);
      return Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    };
    const signs = [...document.querySelectorAll('.team-report .heat-sign')].map((t) => t.textContent);
    return { hits, bottom, shades: ['.team-report .heat.good', '.team-report .heat.neutral', '.team-report .heat.bad'].map(grey), signs: [...new Set(signs)].sort() };
  });
  // Back to no emulation: page.pdf prints with print media only then.
  await page.emulateMedia({ media: null });
  await page.setViewportSize(viewport);
  assert.deepEqual(found.hits, [], `nothing overlaps in print (${lang})`);
  assert.ok(found.bottom <= 1032, `the report ends within the page box: ${found.bottom} (${lang})`);
  const [good, neutral, bad] = found.shades;
  assert.ok(Math.abs(good - neutral) >= 60 && Math.abs(neutral - bad) >= 60, `greyscale shades apart: ${found.shades}`);
  assert.deepEqual(found.signs, ['+', '0', '−'], 'each rating carries its sign');
  return { spare: 1032 - found.bottom };
}
