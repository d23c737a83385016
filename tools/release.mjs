// `make release`: the versioned bundle a web developer deploys without Rust.
//
//   release/service-ladder-<version>.tar.gz
//     service-ladder-<version>/
//       dist/              the app, as built; beside every text and wasm file
//                          its .gz and .br copies, for hosts that serve
//                          precompressed files (nginx gzip_static/brotli_static, …)
//       dist/config.schema.json   the configuration's JSON Schema
//       config.example.json       a complete configuration to start from
//       README.md          embedding, configuration, Deploy (headers, CSP)
//       SHA256SUMS         of every file above (`sha256sum -c SHA256SUMS`)
//
// The archive is reproducible: sorted names, owner 0, one timestamp (the
// last commit's, or SOURCE_DATE_EPOCH), gzip without a name or time.
//
// Also usable as a module: `bundle({ dist, out })` returns what it made.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { FIXED, files } from './post-build.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const COMPRESS = /\.(html|js|mjs|css|json|wasm|svg|txt|map)$/;

export function version(root = ROOT) {
  const m = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m);
  if (!m) throw new Error('release: no version in Cargo.toml');
  return m[1];
}

function epoch() {
  if (process.env.SOURCE_DATE_EPOCH) return Number(process.env.SOURCE_DATE_EPOCH);
  try {
    return Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).trim()) || 0;
  } catch {
    return 0;
  }
}

export function bundle({ dist = join(ROOT, 'dist'), out = join(ROOT, 'release'), root = ROOT } = {}) {
  const v = version(root);
  const name = `service-ladder-${v}`;
  for (const f of ['index.html', 'loader.js', 'embed.js', 'sw.js', 'assets.json', 'config.schema.json']) {
    if (!statSync(join(dist, f), { throwIfNoEntry: false })) throw new Error(`release: ${dist} has no ${f}; build first`);
  }
  const assets = JSON.parse(readFileSync(join(dist, 'assets.json'), 'utf8'));
  if (assets.version !== v) throw new Error(`release: dist/ is version ${assets.version}, Cargo.toml ${v}; build again`);
  const stage = join(out, name);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  cpSync(dist, join(stage, 'dist'), { recursive: true });
  copyFileSync(join(root, 'README.md'), join(stage, 'README.md'));
  copyFileSync(join(root, 'docs/config.example.json'), join(stage, 'config.example.json'));

  const sizes = [];
  for (const f of files(join(stage, 'dist'))) {
    if (!COMPRESS.test(f)) continue;
    const path = join(stage, 'dist', f);
    const bytes = readFileSync(path);
    const gz = gzipSync(bytes, { level: 9 });
    const br = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        [constants.BROTLI_PARAM_MODE]: f.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    });
    writeFileSync(path + '.gz', gz);
    writeFileSync(path + '.br', br);
    sizes.push({ file: f, raw: bytes.length, gzip: gz.length, brotli: br.length, fixed: FIXED.includes(f) || f === 'config.schema.json' });
  }

  const sums = files(stage)
    .filter((f) => f !== 'SHA256SUMS')
    .map((f) => `${createHash('sha256').update(readFileSync(join(stage, f))).digest('hex')}  ${f}\n`)
    .join('');
  writeFileSync(join(stage, 'SHA256SUMS'), sums);

  const archive = join(out, `${name}.tar.gz`);
  const when = epoch();
  const tar = execFileSync(
    'tar',
    ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', `--mtime=@${when}`, '--mode=u+rw,go+r,go-w', '-C', out, '-cf', '-', name],
    { maxBuffer: 1 << 30 },
  );
  writeFileSync(archive, gzipSync(tar, { level: 9 }));
  return { version: v, name, archive, stage, sizes, bytes: statSync(archive).size };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { archive, sizes, bytes } = bundle({ dist: process.argv[2] ? resolve(process.argv[2]) : undefined });
  const kb = (n) => (n / 1024).toFixed(1).padStart(9);
  console.log(`${'file'.padEnd(44)}${'raw KiB'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}  cache`);
  for (const s of sizes.sort((a, b) => b.raw - a.raw)) {
    console.log(`${s.file.padEnd(44)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}  ${s.fixed ? 'short (fixed name)' : 'a year (hashed)'}`);
  }
  console.log(`${relative(process.cwd(), archive)}: ${(bytes / 1024).toFixed(1)} KiB`);
}
