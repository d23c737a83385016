// Prints the raw and gzip size of every file in dist/, the total, and what
// the first question needs: the page, the loader, the stylesheet, the JS
// glue and split loader, the first part of the wasm and the visitor's table
// of words (the larger of the two counted) — the figure the
// quality bar watches (target: at most 150 KB gzip). The later parts are
// fetched when first needed, or once the first screen is up and idle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const rows = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else {
      const bytes = readFileSync(path);
      rows.push({ file: path.slice(dir.length + 1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    }
  }
};
walk(dir);
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${'file'.padEnd(48)}${'raw KiB'.padStart(8)}${'gzip KiB'.padStart(10)}`);
for (const r of rows) console.log(`${r.file.padEnd(48)}${kb(r.raw)}${kb(r.gzip)}  `);
// What a browser downloads to run the app: the page, the loader, the JS
// glue, the wasm, the CSS. embed.js is the host page's snippet, sw.js is
// fetched after start-up (offline use), assets.json is for direct mode and
// the schema is documentation; they are listed but not counted.
const app = rows.filter((r) => /\.(html|js|wasm|css)$/.test(r.file) && !['embed.js', 'sw.js'].includes(r.file));
const sum = (rs, k) => rs.reduce((s, r) => s + r[k], 0);
console.log(`${'total (all files)'.padEnd(48)}${kb(sum(rows, 'raw'))}${kb(sum(rows, 'gzip'))}`);
console.log(`${'app transfer (HTML + JS + wasm + CSS)'.padEnd(48)}${kb(sum(app, 'raw'))}${kb(sum(app, 'gzip'))}`);
const embed = rows.find((r) => r.file === 'embed.js');
if (embed) console.log(`${'embed.js (the host snippet)'.padEnd(48)}${kb(embed.raw)}${kb(embed.gzip)}`);
// The build's own names for them (tools/post-build.mjs).
const assets = JSON.parse(readFileSync(join(dir, 'assets.json'), 'utf8'));
// Only the visitor's table of words comes before the first question (issue 17): the larger one counts.
const tables = rows.filter((r) => Object.values(assets.words ?? {}).includes(r.file)).sort((a, b) => b.gzip - a.gzip);
const firstFiles = ['index.html', 'loader.js', assets.css, assets.js, assets.split, assets.wasm, ...tables.slice(0, 1).map((r) => r.file)];
const first = rows.filter((r) => firstFiles.includes(r.file));
const later = rows.filter((r) => assets.parts.includes(r.file));
const both = (n) => `${kb(n)} KiB = ${(n / 1000).toFixed(1)} KB`;
console.log(`${'before the first question (page, loader, CSS, JS, first wasm part, words)'.padEnd(70)}${both(sum(first, 'gzip'))} gzip   (target ≤ 150 KB)`);
console.log(`${'  of which the first wasm part'.padEnd(70)}${both(first.find((r) => r.file === assets.wasm).gzip)} gzip`);
if (tables.length) console.log(`${`  of which the table of words (${tables[0].file.split('-')[1]}; ${tables.map((t) => kb(t.gzip).trim()).join(' / ')} KiB each)`.padEnd(70)}${both(tables[0].gzip)} gzip`);
// What the later screens need besides their parts (fetched once the first screen is up): their words.
const laterWords = rows.filter((r) => Object.values(assets.wordsLater ?? {}).includes(r.file)).sort((a, b) => b.gzip - a.gzip);
if (laterWords.length) console.log(`${`the later screens' words (${laterWords.map((t) => `${t.file.split('-')[1]} ${kb(t.gzip).trim()}`).join(' / ')} KiB)`.padEnd(70)}${both(laterWords[0].gzip)} gzip`);
console.log(`${`later wasm parts (${later.length})`.padEnd(70)}${both(sum(later, 'gzip'))} gzip`);
// The configuration builder (builder.html, issue 21): its own part, which
// a visitor's pages never fetch, and its own stylesheet.
const builderPart = later.find((r) => /-builder-[0-9a-f]{16}\.wasm$/.test(r.file));
if (builderPart) console.log(`${'  of which the builder part (builder.html only)'.padEnd(70)}${both(builderPart.gzip)} gzip`);
const builderCss = rows.find((r) => /^builder-[0-9a-f]{16}\.css$/.test(r.file));
if (builderCss) console.log(`${'builder.html\'s own stylesheet'.padEnd(70)}${both(builderCss.gzip)} gzip`);
