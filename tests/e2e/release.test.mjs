// The release bundle, as a web developer gets it: `make release`'s script
// packs the built dist/, the archive is unpacked, its checksums verified,
// and dist/ served by a plain static server (Python's http.server: no
// rewriting, no special headers) — the app starts and a question is answered.
// Then the examples server (`make examples`) serves the unpacked bundle on
// free ports with README's Deploy headers and precompressed files.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { bundle, version } from '../../tools/release.mjs';
import { DIST, ROOT, answerByClick, heading, launch, newPage, startCheck, test } from './harness.mjs';

let work;
let made;
let unpacked;
let python;
let url;
let browser;

const listing = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'service-ladder-release-'));
  made = bundle({ dist: DIST, out: join(work, 'out') });
  const unpack = join(work, 'unpacked');
  execFileSync('mkdir', ['-p', unpack]);
  execFileSync('tar', ['-xzf', made.archive, '-C', unpack]);
  unpacked = join(unpack, made.name);
  // A plain static server on a free port, serving the bundle's dist/.
  python = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', join(unpacked, 'dist')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise((ok, fail) => {
    let seen = '';
    python.stdout.on('data', (d) => {
      seen += d;
      const m = seen.match(/port (\d+)/);
      if (m) ok(Number(m[1]));
    });
    python.once('exit', (code) => fail(new Error(`http.server exited (${code})`)));
  });
  url = `http://127.0.0.1:${port}/`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  python?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the bundle is named by the version in Cargo.toml and holds dist/, the schema, the sums', () => {
  const v = version();
  assert.match(v, /^\d+\.\d+\.\d+/);
  assert.equal(made.name, `service-ladder-${v}`);
  assert.equal(relative(join(work, 'out'), made.archive), `service-ladder-${v}.tar.gz`);
  const files = listing(unpacked);
  for (const f of ['README.md', 'SHA256SUMS', 'config.example.json', 'dist/index.html', 'dist/loader.js', 'dist/embed.js', 'dist/sw.js', 'dist/assets.json', 'dist/config.schema.json']) {
    assert.ok(files.includes(f), `${f} in the bundle`);
  }
  // Exactly the built files, each with its two compressed copies.
  const built = listing(DIST);
  for (const f of built) {
    assert.deepEqual(readFileSync(join(unpacked, 'dist', f)), readFileSync(join(DIST, f)), f);
    if (/\.(html|js|css|json|wasm)$/.test(f)) {
      assert.deepEqual(gunzipSync(readFileSync(join(unpacked, 'dist', f + '.gz'))), readFileSync(join(DIST, f)), `${f}.gz`);
      assert.deepEqual(brotliDecompressSync(readFileSync(join(unpacked, 'dist', f + '.br'))), readFileSync(join(DIST, f)), `${f}.br`);
    }
  }
  const expected = built.flatMap((f) => (/\.(html|js|css|json|wasm)$/.test(f) ? [f, f + '.gz', f + '.br'] : [f])).map((f) => `dist/${f}`);
  assert.deepEqual(files.filter((f) => f.startsWith('dist/')).sort(), expected.sort());
  // The schema is the shipped one.
  assert.deepEqual(readFileSync(join(unpacked, 'dist/config.schema.json')), readFileSync(join(ROOT, 'docs/config.schema.json')));
});

test('SHA256SUMS covers every file and every sum matches (sha256sum -c agrees)', () => {
  const lines = readFileSync(join(unpacked, 'SHA256SUMS'), 'utf8').trim().split('\n');
  const listed = new Map(lines.map((l) => l.match(/^([0-9a-f]{64}) {2}(.+)$/).slice(1, 3).reverse()));
  assert.deepEqual([...listed.keys()].sort(), listing(unpacked).filter((f) => f !== 'SHA256SUMS'));
  for (const [file, sum] of listed) {
    assert.equal(createHash('sha256').update(readFileSync(join(unpacked, file))).digest('hex'), sum, file);
  }
  const out = execFileSync('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: unpacked, encoding: 'utf8' });
  assert.equal(out, '');
});

test('the JS, the wasm and the CSS have content-hashed names; the fixed names are few', () => {
  const assets = JSON.parse(readFileSync(join(unpacked, 'dist/assets.json'), 'utf8'));
  assert.equal(assets.version, version());
  assert.match(assets.js, /^service-ladder-[0-9a-f]{6,16}\.js$/);
  assert.match(assets.wasm, /^service-ladder-[0-9a-f]{6,16}_bg\.wasm$/);
  assert.match(assets.css, /^main-[0-9a-f]{6,16}\.css$/);
  // Each language's table of words too (issue 17).
  for (const file of Object.values(assets.words)) assert.match(file, /^words-[a-z]{2,3}-[0-9a-f]{6,16}\.json$/);
  // Split by screen (issue 19): the later screens' half of each.
  for (const file of Object.values(assets.wordsLater)) assert.match(file, /^words-[a-z]{2,3}-later-[0-9a-f]{6,16}\.json$/);
  const html = readFileSync(join(unpacked, 'dist/index.html'), 'utf8');
  for (const f of [assets.js, assets.wasm, assets.css]) assert.ok(html.includes(`./${f}`), `index.html names ${f}`);
  // (builder.html's whole tables of words, the builder's among them, are hashed too: words-all-<code>-<hash>.json.)
  const plain = listing(join(unpacked, 'dist')).filter((f) => !/\.(gz|br)$/.test(f) && !/-[0-9a-f]{6,16}(_bg)?\.(js|wasm|css)$/.test(f) && !/^words-(all-)?[a-z]{2,3}(-later)?-[0-9a-f]{6,16}\.json$/.test(f));
  // builder.html: the configuration builder's page (issue 21), beside index.html.
  assert.deepEqual(plain.sort(), ['assets.json', 'builder.html', 'config.schema.json', 'embed.js', 'index.html', 'loader.js', 'sw.js']);
});

test('unpacked on a plain static server, the app starts and a question is answered', async () => {
  const page = await newPage(browser);
  const failed = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto(url);
  await page.locator('.app .step-heading').waitFor();
  await startCheck(page);
  await answerByClick(page, 2);
  assert.match(await heading(page), /^Question 2 of/);
  assert.deepEqual(failed, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('make examples: any ports, Node alone, the Deploy headers and precompressed files, both modes start', async () => {
  // Only Node's own modules (directly or through the examples' own files):
  // no test dependencies.
  const importsOf = (file) =>
    [...readFileSync(join(ROOT, 'examples', file), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
  const imports = importsOf('serve.mjs');
  const local = imports.filter((m) => m.startsWith('./'));
  const all = [...imports, ...local.flatMap((m) => importsOf(m.slice(2)))].filter((m) => !m.startsWith('./'));
  assert.ok(all.length > 0 && all.every((m) => m.startsWith('node:')), all.join());
  const examples = spawn('node', [join(ROOT, 'examples/serve.mjs')], {
    env: { ...process.env, PORT: '0', HOST_PORT: '0', DIST: join(unpacked, 'dist') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const [appUrl, hostUrl] = await new Promise((ok, fail) => {
      let seen = '';
      examples.stdout.on('data', (d) => {
        seen += d;
        const app = seen.match(/the app \(.*\) on (http:\S+)/);
        const host = seen.match(/open (http:\S+)iframe\.html/);
        if (app && host) ok([app[1], host[1]]);
      });
      examples.once('exit', (code) => fail(new Error(`examples/serve.mjs exited (${code})`)));
    });
    assert.doesNotMatch(appUrl, /:8080\//);
    const assets = JSON.parse(readFileSync(join(unpacked, 'dist/assets.json'), 'utf8'));
    const wasm = await fetch(appUrl + assets.wasm, { headers: { 'accept-encoding': 'br' } });
    assert.equal(wasm.headers.get('content-encoding'), 'br');
    assert.equal(wasm.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(wasm.headers.get('access-control-allow-origin'), '*');
    const index = await fetch(appUrl + 'index.html');
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    assert.match(index.headers.get('content-security-policy'), /worker-src 'self'.*frame-ancestors 'self' http:\/\/127\.0\.0\.1:\d+/);

    const page = await newPage(browser);
    await page.goto(hostUrl + 'iframe.html');
    await page.frameLocator('#widget iframe').locator('.step-heading').waitFor();
    await page.waitForFunction(() => window.serviceLadderEvents.some((e) => e.type === 'ready'));
    await page.goto(hostUrl + 'direct.html');
    await page.locator('#widget .step-heading').waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  } finally {
    examples.kill();
  }
});
