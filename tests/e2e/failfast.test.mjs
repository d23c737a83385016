// A failing browser test ends the run with the failure, never a hang: a
// test file that opens servers, browsers and pages and then gets stuck or
// fails (fixtures/failing-run.mjs) is run in a child `node --test`, which
// must exit non-zero, soon.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, test } from './harness.mjs';

const FIXTURE = join(ROOT, 'tests/e2e/fixtures/failing-run.mjs');
// The child's per-test timeout (the harness's default, lowered for it).
const STEP = 5_000;
// Two browser launches and the stuck step, on a loaded two-core machine.
const BOUND = 90_000;

/** The flags `make test-e2e` gives node --test, read from the Makefile. */
function makeFlags() {
  const line = readFileSync(join(ROOT, 'Makefile'), 'utf8').match(/^E2E_FLAGS := (.*)$/m);
  assert.ok(line, 'the Makefile names E2E_FLAGS');
  return line[1].trim().split(/\s+/);
}

/** Runs the fixture in a child node --test; its exit code, time and output. */
function run(flags, env = {}) {
  // The child runs its own runner, not as a child of this one.
  const { NODE_TEST_CONTEXT: _, ...parentEnv } = process.env;
  const started = Date.now();
  const child = spawn(process.execPath, ['--test', ...flags, FIXTURE], {
    cwd: ROOT,
    env: { ...parentEnv, E2E_TIMEOUT: String(STEP), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((ok) => {
    // Should the child hang after all, this test still ends: it is killed
    // and the time it took fails the assertion below.
    const kill = setTimeout(() => child.kill('SIGKILL'), 2 * BOUND);
    child.on('close', (code, signal) => {
      clearTimeout(kill);
      ok({ code, signal, ms: Date.now() - started, output });
    });
  });
}

test('a stuck test and a failing one, with their servers and browsers left open, end the run with exit code 1 (make test-e2e’s flags)', { timeout: 3 * BOUND }, async (t) => {
  const flags = makeFlags();
  assert.ok(flags.includes('--test-force-exit'), flags.join(' '));
  assert.ok(flags.some((f) => /^--test-timeout=\d+$/.test(f)), flags.join(' '));
  const r = await run(flags, { FAILFAST_LEAK: '1' });
  t.diagnostic(`child run: exit ${r.code}, ${r.ms} ms`);
  assert.equal(r.signal, null, `the child had to be killed after ${r.ms} ms:\n${r.output}`);
  assert.equal(r.code, 1, r.output);
  assert.ok(r.ms < BOUND, `the child took ${r.ms} ms`);
  assert.match(r.output, /not ok \d+ - a step that never finishes/);
  assert.match(r.output, new RegExp(`test timed out after ${STEP}ms`));
  assert.match(r.output, /not ok \d+ - an assertion that fails/);
  assert.match(r.output, /# fail 1\b/);
  assert.match(r.output, /# cancelled 1\b/);
});

test('without --test-force-exit, what the tests opened through the harness is closed and the run still ends', { timeout: 3 * BOUND }, async (t) => {
  const r = await run([]);
  t.diagnostic(`child run: exit ${r.code}, ${r.ms} ms`);
  assert.equal(r.signal, null, `the child had to be killed after ${r.ms} ms:\n${r.output}`);
  assert.equal(r.code, 1, r.output);
  assert.ok(r.ms < BOUND, `the child took ${r.ms} ms`);
  assert.match(r.output, /not ok \d+ - a step that never finishes/);
  assert.match(r.output, /not ok \d+ - an assertion that fails/);
});
