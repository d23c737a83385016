// Trunk's post_build hook (Trunk.toml): runs on every build, `trunk serve`
// included, in the staging directory Trunk is about to publish as dist/.
//
// - `split` cuts the wasm into its first part and the parts loaded later
//   (src/ui/router.rs), which Trunk cannot do: wasm-split-cli on the
//   linker's output (linked with --emit-relocs, .cargo/config.toml), then
//   wasm-bindgen --keep-lld-exports on the first part and, in release,
//   wasm-opt on every part. They replace Trunk's own JS glue and wasm, with
//   content hashes in their names;
// - the tables of words (locales/) become files with hashed names, each
//   split by screen (locales/first.json), named in index.html's
//   `service-ladder-words` and `service-ladder-words-later` metas
//   (loader.js fetches only the visitor's first screens' words before the
//   first question; the app fetches the rest before a later screen);
// - assets.json names this build's hashed files (JS glue, wasm, CSS, the
//   parts, the tables of words) for embed.js, whose direct mode has no index.html to read them from;
// - sw.js, the service worker, gets the list of files to keep offline, each
//   with its SHA-256, and a build id: a new build is a new sw.js, which is
//   how browsers notice a new version.
//
// Trunk runs the hooks of one stage concurrently, so every step that adds
// files runs from here, in order, before `finish` lists them.
//
// Also usable as a module: `split(dir, options)`, `finish(dir, { source, profile })`.
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/** Files with fixed names, revalidated on every use (short-cached). */
export const FIXED = ['index.html', 'builder.html', 'loader.js', 'embed.js', 'sw.js', 'assets.json'];
/** Fixed-name files the app itself needs offline; the rest are for host pages and people. */
const FIXED_OFFLINE = ['index.html', 'loader.js'];
/** Documentation, not part of the app. */
const NOT_OFFLINE = ['config.schema.json'];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
/** The 16 hex digits Trunk puts in hashed names too. */
const short = (bytes) => sha256(bytes).slice(0, 16);

/** Every file under `dir`, as sorted `/`-separated paths relative to it. */
export function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The hashed names index.html refers to: the JS glue, the wasm, the stylesheet. */
export function entries(html) {
  const href = (re, what) => {
    const m = html.match(re);
    if (!m) throw new Error(`post-build: index.html has no ${what}`);
    return m[1].replace(/^\.\//, '');
  };
  return {
    js: href(/<link rel="modulepreload" href="([^"]+)" data-entry>/, 'JS entry preload (Trunk.toml pattern_preload)'),
    wasm: href(/<link rel="preload" href="([^"]+\.wasm)"[^>]* data-entry>/, 'wasm entry preload (Trunk.toml pattern_preload)'),
    css: href(/<link rel="stylesheet" href="([^"]+\.css)"/, 'stylesheet'),
  };
}

/**
 * The JS that fetches the later parts (the one module index.html preloads
 * without `data-entry`), and the parts it fetches: every build has them.
 */
export function laterParts(html, dir) {
  const m = html.match(/<link rel="modulepreload" href="([^"]+)">/);
  if (!m) throw new Error('post-build: index.html does not preload the split JS (was the wasm split?)');
  const split = m[1].replace(/^\.\//, '');
  const text = readFileSync(join(dir, split), 'utf8');
  const parts = [...text.matchAll(/new URL\("\.\/([^"]+\.wasm)"/g)].map((p) => p[1]).sort();
  for (const p of parts) statSync(join(dir, p)); // each must exist
  return { split, parts };
}

/** A tool from PATH, else where the Makefile installs it (`trunk serve` may run without the Makefile's PATH). */
function tool(name, source) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), join(homedir(), '.cargo/bin'), join(source, 'node_modules/.bin')];
  for (const d of dirs) if (d && existsSync(join(d, name))) return join(d, name);
  throw new Error(`post-build: ${name} is not installed; run \`make build\` once (it installs it)`);
}

/** The linker's own output, which still has the relocations the splitter reads. */
function linked(source, profile, bin) {
  const target =
    process.env.CARGO_TARGET_DIR ??
    JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], { cwd: source, encoding: 'utf8' }))
      .target_directory;
  const path = join(resolve(source, target), 'wasm32-unknown-unknown', profile === 'release' ? 'release' : 'debug', `${bin}.wasm`);
  if (!existsSync(path)) throw new Error(`post-build: no ${path}`);
  return path;
}

/** The names of a wasm module's custom sections. */
function customSections(bytes) {
  const names = [];
  let p = 8;
  const leb = () => {
    let r = 0;
    for (let s = 0; ; s += 7) {
      const x = bytes[p++];
      r += (x & 0x7f) * 2 ** s;
      if (!(x & 0x80)) return r;
    }
  };
  while (p < bytes.length) {
    const id = bytes[p++];
    const size = leb();
    const end = p + size;
    if (id === 0) {
      const n = leb();
      names.push(bytes.subarray(p, p + n).toString());
    }
    p = end;
  }
  return names;
}

const run = promisify(execFile);

/**
 * Splits the app's wasm at its split points and puts the parts in `dir`
 * in place of Trunk's glue and wasm; index.html's preload links then name
 * them. Returns the new names: `js` (glue), `wasm` (first part), `split`
 * (the JS that fetches the later parts) and `parts` (the later parts).
 *
 * The later parts' names are content hashes; the glue and the split JS
 * import each other, so both carry one hash of everything they refer to.
 */
export async function split(dir, { source, profile = 'release', bin = 'service-ladder' } = {}) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const trunk = entries(html);
  const input = readFileSync(linked(source, profile, bin));
  const sections = customSections(input);
  if (!sections.includes('linking') || !sections.some((s) => s.startsWith('reloc.'))) {
    throw new Error('post-build: the wasm was linked without --emit-relocs (see .cargo/config.toml); it cannot be split');
  }
  const work = mkdtempSync(join(tmpdir(), 'service-ladder-split-'));
  try {
    await run(tool('wasm-split-cli', source), [linked(source, profile, bin), work, '--out-name', bin]);
    const bindgen = join(work, 'bindgen');
    await run(tool('wasm-bindgen', source), [
      join(work, `${bin}.wasm`),
      '--out-dir',
      bindgen,
      '--out-name',
      bin,
      '--target',
      'web',
      '--no-typescript',
      // The later parts link against the first part's linker exports.
      '--keep-lld-exports',
    ]);
    const later = readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== `${bin}.wasm`);
    const wasmFiles = [join(bindgen, `${bin}_bg.wasm`), ...later.map((f) => join(work, f))];
    if (profile === 'release') {
      // What Trunk's `data-wasm-opt="z"` did, on every part; in parallel.
      const opt = tool('wasm-opt', source);
      await Promise.all(wasmFiles.map((f) => run(opt, ['-Oz', '--low-memory-unused', f, '-o', f])));
    }
    const first = readFileSync(wasmFiles[0]);
    const names = { wasm: `${bin}-${short(first)}_bg.wasm`, parts: {} };
    for (const f of later) {
      const bytes = readFileSync(join(work, f));
      // split_screens.wasm → service-ladder-screens-<hash>.wasm, chunk_3.wasm → service-ladder-chunk3-<hash>.wasm
      const part = f.replace(/\.wasm$/, '').replace(/^split_/, '').replace(/_/g, '');
      names.parts[f] = `${bin}-${part}-${short(bytes)}.wasm`;
      writeFileSync(join(dir, names.parts[f]), bytes);
    }
    writeFileSync(join(dir, names.wasm), first);
    let glue = readFileSync(join(bindgen, `${bin}.js`), 'utf8');
    let link = readFileSync(join(work, '__wasm_split.js'), 'utf8');
    const both = short(glue + link + names.wasm + Object.values(names.parts).join());
    names.js = `${bin}-${both}.js`;
    names.split = `${bin}-split-${both}.js`;
    // Only the import specifiers: the import object keeps the module name the wasm asks for.
    const imports = (text, from, to) => {
      const out = text.replaceAll(`from "./${from}"`, `from "./${to}"`);
      if (out === text) throw new Error(`post-build: no import of ./${from} found to rename`);
      return out;
    };
    glue = imports(glue, '__wasm_split.js', names.split);
    if (!glue.includes(`'${bin}_bg.wasm'`)) throw new Error('post-build: the glue has no default wasm path to rename');
    glue = glue.replaceAll(`'${bin}_bg.wasm'`, `'${names.wasm}'`);
    link = imports(link, `${bin}.js`, names.js);
    for (const [f, to] of Object.entries(names.parts)) {
      if (!link.includes(`"./${f}"`)) throw new Error(`post-build: the split JS does not fetch ${f}`);
      link = link.replaceAll(`"./${f}"`, `"./${to}"`);
    }
    if (/"\.\/[^"]+\.wasm"/.test(link.replaceAll(/"\.\/[^"]+-[0-9a-f]{16}\.wasm"/g, ''))) {
      throw new Error('post-build: the split JS fetches a part that was not renamed');
    }
    writeFileSync(join(dir, names.js), glue);
    writeFileSync(join(dir, names.split), link);
    // index.html preloads the first part and both JS modules (the glue
    // imports the split JS: one round trip fewer).
    const rewritten = html
      .replace(`href="./${trunk.js}" data-entry>`, `href="./${names.js}" data-entry><link rel="modulepreload" href="./${names.split}">`)
      .replace(`href="./${trunk.wasm}"`, `href="./${names.wasm}"`);
    const now = entries(rewritten);
    if (now.js !== names.js || now.wasm !== names.wasm) throw new Error('post-build: index.html preload links not rewritten');
    writeFileSync(join(dir, 'index.html'), rewritten);
    for (const f of [trunk.js, trunk.wasm]) if (!Object.values(names).includes(f)) unlinkSync(join(dir, f));
    return { js: names.js, wasm: names.wasm, split: names.split, parts: Object.values(names.parts).sort() };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The built-in tables of words: `words-<code>-<hash>.json` in `dir`, by code (the first screens' words). */
export function wordFiles(dir) {
  const out = {};
  for (const f of readdirSync(dir)) {
    const m = f.match(/^words-([a-z]{2,3})-[0-9a-f]{16}\.json$/);
    if (m) out[m[1]] = f;
  }
  return out;
}

/** The later screens' words: `words-<code>-later-<hash>.json` in `dir`, by code. */
export function laterWordFiles(dir) {
  const out = {};
  for (const f of readdirSync(dir)) {
    const m = f.match(/^words-([a-z]{2,3})-later-[0-9a-f]{16}\.json$/);
    if (m) out[m[1]] = f;
  }
  return out;
}

/**
 * A table of words split by screen: the messages `locales/first.json`
 * names (an area or one key each) and the rest. Both halves are language
 * files of their own (code, name, their messages), so each reads as the
 * whole did; together they are the table.
 */
export function splitTable(table, prefixes) {
  const first = (key) => prefixes.some((p) => key === p || key.startsWith(`${p}.`));
  const head = { ...table, messages: {} };
  const rest = { ...table, messages: {} };
  for (const [area, v] of Object.entries(table.messages ?? {})) {
    // Messages nest by the key's parts ({"home": {"start": "…"}}); a
    // plural message is an object of CLDR forms and counts as one key.
    const walk = (value, key, a, b) => {
      const plural = value && typeof value === 'object' && 'other' in value;
      if (first(key)) return void (a[key.split('.').pop()] = value);
      if (!value || typeof value !== 'object' || plural) return void (b[key.split('.').pop()] = value);
      const [ca, cb] = [{}, {}];
      for (const [k, x] of Object.entries(value)) walk(x, `${key}.${k}`, ca, cb);
      if (Object.keys(ca).length) a[key.split('.').pop()] = ca;
      if (Object.keys(cb).length) b[key.split('.').pop()] = cb;
    };
    walk(v, area, head.messages, rest.messages);
  }
  return { first: head, later: rest };
}

/**
 * Writes each built-in table of words (locales/) into `dir` as two files
 * with content-hashed names (a new build never meets an old table): the
 * first screens' words (`locales/first.json` says which), fetched before
 * the first question — only the visitor's language — and the later
 * screens', fetched before a later screen is shown (src/ui/i18n/words.rs).
 * index.html names them for loader.js: `service-ladder-words` and
 * `service-ladder-words-later`.
 */
export function words(dir, source) {
  const names = {};
  const later = {};
  const prefixes = JSON.parse(readFileSync(join(source, 'locales', 'first.json'), 'utf8')).first;
  if (!Array.isArray(prefixes) || !prefixes.length) throw new Error('post-build: locales/first.json has no "first" list');
  for (const f of readdirSync(join(source, 'locales')).sort()) {
    const m = f.match(/^([a-z]{2,3})\.json$/);
    if (!m) continue;
    const full = readFileSync(join(source, 'locales', f));
    const table = JSON.parse(full.toString('utf8'));
    // The configuration builder's words (`builder.*`) are only for
    // builder.html: the visitor's tables leave them out (their loads do not
    // grow); builder.html names the whole table (`builderPage`).
    delete table.messages?.builder;
    const halves = splitTable(table, prefixes);
    const first = JSON.stringify(halves.first);
    const rest = JSON.stringify(halves.later);
    names[m[1]] = `words-${m[1]}-${short(first)}.json`;
    later[m[1]] = `words-${m[1]}-later-${short(rest)}.json`;
    writeFileSync(join(dir, names[m[1]]), first);
    writeFileSync(join(dir, later[m[1]]), rest);
    writeFileSync(join(dir, `words-all-${m[1]}-${short(full)}.json`), full);
  }
  if (!names.ru || !names.en) throw new Error('post-build: locales/ru.json and locales/en.json are both needed');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const meta = (name, files) =>
    `<meta name="${name}" content="${Object.entries(files)
      .map(([code, f]) => `${code}:${f}`)
      .join(' ')}">`;
  const marked = html.replace(/<meta name="service-ladder-words(-later)?"[^>]*>/g, '');
  if (!marked.includes('</head>')) throw new Error('post-build: index.html has no </head>');
  const metas = meta('service-ladder-words', names) + meta('service-ladder-words-later', later);
  writeFileSync(join(dir, 'index.html'), marked.replace('</head>', `${metas}</head>`));
  return { names, later };
}

/**
 * builder.html, the configuration builder's page (issue 21): index.html
 * with the same hashed files and loader.js, without the static home, its
 * root marked `data-builder` so the app mounts the builder (src/ui/mod.rs),
 * whose screens are a later wasm part of their own.
 */
export function builderPage(dir, source) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // Its own stylesheet (style/builder.css), hashed like the rest.
  const css = readFileSync(join(source, 'style/builder.css'));
  const sheet = `builder-${short(css)}.css`;
  writeFileSync(join(dir, sheet), css);
  const root = '<div id="app" data-service-ladder-root>';
  if (!html.includes(root)) throw new Error('post-build: index.html has no app root');
  let page = html
    .replace(/<!-- static-home:begin -->[\s\S]*<!-- static-home:end -->/, '')
    .replace(root, '<div id="app" data-service-ladder-root data-builder>')
    .replace('</head>', `<link rel="stylesheet" href="./${sheet}"></head>`)
    .replace(/<title>[^<]*<\/title>/, '<title>Service Ladder — configuration builder</title>')
    .replace(/<p class="boot-note">[\s\S]*?<\/p>/, '<p class="boot-note"><span lang="ru">Открываем конструктор настроек…</span> <span lang="en">Opening the configuration builder…</span></p>');
  if (page.includes('class="static-home"')) throw new Error('post-build: builder.html kept the static home');
  // The whole tables of words, the builder's among them.
  const all = Object.fromEntries(
    readdirSync(dir)
      .map((f) => f.match(/^words-all-([a-z]{2,3})-[0-9a-f]{16}\.json$/))
      .filter(Boolean)
      .map((m) => [m[1], m[0]]),
  );
  if (!all.ru || !all.en) throw new Error('post-build: no whole tables of words for builder.html');
  const meta = `<meta name="service-ladder-words" content="${Object.entries(all).map(([code, f]) => `${code}:${f}`).join(' ')}">`;
  if (!/<meta name="service-ladder-words"[^>]*>/.test(page)) throw new Error('post-build: index.html names no tables of words');
  page = page.replace(/<meta name="service-ladder-words"[^>]*>/, meta);
  writeFileSync(join(dir, 'builder.html'), page);
}

function cargoVersion(source) {
  const toml = readFileSync(join(source, 'Cargo.toml'), 'utf8');
  const m = toml.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m);
  if (!m) throw new Error('post-build: no version in Cargo.toml');
  return m[1];
}

export function finish(dir, { source = resolve(new URL('..', import.meta.url).pathname), profile = 'release' } = {}) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const entry = entries(html);
  const version = cargoVersion(source);
  for (const f of Object.values(entry)) statSync(join(dir, f)); // each must exist
  const offline = files(dir).filter(
    (f) => !(FIXED.includes(f) && !FIXED_OFFLINE.includes(f)) && !NOT_OFFLINE.includes(f) && !/\.(gz|br)$/.test(f),
  );
  const sums = Object.fromEntries(offline.map((f) => [f, sha256(readFileSync(join(dir, f)))]));
  const id = sha256(JSON.stringify(sums)).slice(0, 16);
  const later = laterParts(html, dir);
  const tables = wordFiles(dir);
  const laterTables = laterWordFiles(dir);
  writeFileSync(
    join(dir, 'assets.json'),
    JSON.stringify({ version, build: id, ...entry, ...later, words: tables, wordsLater: laterTables }, null, 2) + '\n',
  );
  // A development build (`trunk serve`) must never be served from an
  // offline copy: its worker removes itself and every cache it made.
  const build = profile === 'release' ? { version, id, entry: Object.values(entry), files: sums } : { version, id: 'dev', retire: true };
  const template = readFileSync(join(source, 'js/sw.js'), 'utf8');
  const marker = /^const BUILD = .*;$/m;
  if (!marker.test(template)) throw new Error('post-build: js/sw.js has no `const BUILD = …;` line');
  writeFileSync(join(dir, 'sw.js'), template.replace(marker, () => `const BUILD = ${JSON.stringify(build)};`));
  return { version, id, entry, offline };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) throw new Error('post-build: set TRUNK_STAGING_DIR or pass the directory');
  const source = process.env.TRUNK_SOURCE_DIR ?? resolve(new URL('..', import.meta.url).pathname);
  const profile = process.env.TRUNK_PROFILE ?? 'release';
  const parts = await split(dir, { source, profile });
  words(dir, source);
  builderPage(dir, source);
  const { version, id, offline } = finish(dir, { source, profile });
  console.log(`post-build: ${version} build ${id}, split into ${1 + parts.parts.length} wasm parts, ${offline.length} files kept offline`);
}
