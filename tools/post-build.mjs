// Trunk's post_build hook (Trunk.toml): runs on every build, `trunk serve`
// included, in the staging directory Trunk is about to publish as dist/.
//
// - assets.json names this build's hashed files (JS glue, wasm, CSS) for
//   embed.js, whose direct mode has no index.html to read them from;
// - sw.js, the service worker, gets the list of files to keep offline, each
//   with its SHA-256, and a build id: a new build is a new sw.js, which is
//   how browsers notice a new version.
//
// Trunk runs the hooks of one stage concurrently, so a later build step
// that adds files (e.g. split wasm parts, which must also carry a content
// hash in their names) must run from here, before `finish`.
//
// Also usable as a module: `finish(dir, { source, profile })`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Files with fixed names, revalidated on every use (short-cached). */
export const FIXED = ['index.html', 'loader.js', 'embed.js', 'sw.js', 'assets.json'];
/** Fixed-name files the app itself needs offline; the rest are for host pages and people. */
const FIXED_OFFLINE = ['index.html', 'loader.js'];
/** Documentation, not part of the app. */
const NOT_OFFLINE = ['config.schema.json'];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function files(dir) {
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
  writeFileSync(join(dir, 'assets.json'), JSON.stringify({ version, build: id, ...entry }, null, 2) + '\n');
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
  const { version, id, offline } = finish(dir, { source, profile: process.env.TRUNK_PROFILE ?? 'release' });
  console.log(`post-build: ${version} build ${id}, ${offline.length} files kept offline`);
}
