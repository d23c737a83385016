// Sealed results (issue 20, "Privacy that holds"): a manager creates a
// team; a person opens its "send here" link, completes the check and sends
// the result sealed; the sealed link shows nothing of itself anywhere else;
// five sealed results count in the team's figures and in no per-row
// export; a tampered sealed link is refused with its reason.
//
// Four of the five sealed results are sealed here, in Node's WebCrypto, by
// the construction docs/team.md states (ECDH P-256, HKDF-SHA-256,
// AES-256-GCM, the header as additional data): the team view opening them
// shows the format is the documented one, not an accident of one build.
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { browser, completeCheck, newPage, open, server, startApp, test } from './harness.mjs';
import { FIXTURE } from './team-links.mjs';
import { openTeam, paste, status, text } from './team-screen.mjs';

startApp();

const TIMEOUT = { timeout: 240_000 };
const subtle = globalThis.crypto.subtle;


function fnv(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(h);
  return sum;
}

const withSum = (body) => Buffer.concat([body, fnv(body)]).toString('base64url');

/** The team's raw public key, from its "send here" link. */
function teamKey(link) {
  const bytes = Buffer.from(link.split('#team=')[1], 'base64url');
  return bytes.subarray(1, 66);
}

/** A share link's payload without its day (a sealed result is dated by month), checksum recomputed. */
function undated(link) {
  const bytes = Buffer.from(link.split('#share=')[1], 'base64url');
  let body = Buffer.from(bytes.subarray(0, bytes.length - 4));
  if (body[5] & 16) {
    body[5] &= ~16;
    body = Buffer.concat([body.subarray(0, 6), body.subarray(8)]);
  }
  return Buffer.concat([body, fnv(body)]);
}

/** Seals a share link's result for a team, as the app does. */
async function sealFor(sendHere, shareLink, { tamper = false } = {}) {
  const page = sendHere.split('#')[0];
  const team = teamKey(sendHere);
  const month = (2025 - 1970) * 12 + 10;
  const inside = Buffer.concat([Buffer.from([1, month & 255, month >> 8]), undated(shareLink)]);
  const ecdh = { name: 'ECDH', namedCurve: 'P-256' };
  const theirs = await subtle.importKey('raw', team, ecdh, false, []);
  const mine = await subtle.generateKey(ecdh, true, ['deriveBits']);
  const ephemeral = Buffer.from(await subtle.exportKey('raw', mine.publicKey));
  const secret = await subtle.deriveBits({ name: 'ECDH', public: theirs }, mine.privateKey, 256);
  const hkdf = await subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  const salt = Buffer.concat([ephemeral, team]);
  const info = Buffer.from('service-ladder/sealed/1');
  const key = await subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info }, hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const iv = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(12)));
  const header = Buffer.concat([Buffer.from([1]), fnv(team), ephemeral, iv]);
  const sealed = Buffer.from(await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, inside));
  // A forger who recomputes the checksum still cannot pass AES-GCM's tag.
  if (tamper) sealed[5] ^= 1;
  return `${page}#sealed=${withSum(Buffer.concat([header, sealed]))}`;
}


describe('sealed results', () => {
  test('sent sealed, shown nowhere alone, counted only in the figures, tampering refused', TIMEOUT, async () => {
    const manager = await newPage(browser);
    const person = await newPage(browser);
    const stranger = await newPage(browser);
    try {
      // The manager creates the team: its "send here" link and its key.
      await openTeam(manager);
      await manager.locator('#team-seal-name').fill('Front desk');
      await manager.getByRole('button', { name: 'Create the team' }).click();
      await manager.waitForFunction(() => document.querySelector('#team-send-here')?.value.includes('#team='));
      const sendHere = await manager.locator('#team-send-here').inputValue();
      assert.match(await text(manager.locator('.team-seal')), /^Team: Front desk .*if the key is lost, no sealed result can be opened again/);
      const [d] = await Promise.all([
        manager.waitForEvent('download'),
        manager.getByRole('button', { name: 'Download the team key' }).click(),
      ]);
      assert.equal(d.suggestedFilename(), 'service-ladder-team-key-front-desk.json');
      const file = JSON.parse(readFileSync(await d.path(), 'utf8'));
      assert.equal(file.kind, 'service-ladder-team-key');
      assert.deepEqual([file.jwk.kty, file.jwk.crv, typeof file.jwk.d], ['EC', 'P-256', 'string']);

      // The person opens it, does the check and sends the result sealed.
      await open(person, sendHere);
      assert.equal(await text(person.locator('.step-heading').first()), 'Your results can go sealed to: Front desk');
      await person.getByRole('button', { name: 'Take the check' }).click();
      await completeCheck(person);
      assert.match(await text(person.locator('.send-sealed')), /^Your results can go sealed to: Front desk/);
      await person.locator('#send-label').fill('Reception');
      // A name typed here goes in a named link only, never in a sealed one.
      await person.getByLabel('Your name (optional)').fill('Anna K.');
      await person.getByRole('button', { name: 'For the team report only (sealed)' }).click();
      await person.waitForFunction(() => document.querySelector('#send-link')?.value.includes('#sealed='));
      const sealed = await person.locator('#send-link').inputValue();
      assert.ok(!sealed.includes('#share='), sealed);

      // Opened alone: nothing of the result, on the person's device or another.
      await open(person, sealed);
      await person.locator('.sealed-notice').waitFor();
      assert.match(await text(person.locator('.sealed-notice')), /This is a sealed result for Front desk's report\. It opens only inside the team's figures\./);
      await open(stranger, sealed);
      await stranger.locator('.sealed-notice').waitFor();
      const shown = await text(stranger.locator('.step'));
      assert.match(shown, /^A sealed result This is a sealed result for a team's report\. It opens only inside that team's figures\./);
      assert.doesNotMatch(shown, /Reception|Anna|Spontaneous|Regulated|Cultural|level/i);
      assert.equal(await stranger.locator('.result, .viewing, .map').count(), 0);
      // Another device's team view, without the key: refused with the reason.
      await openTeam(stranger);
      await paste(stranger, sealed);
      assert.equal(await status(stranger), 'Done. Taken: 0; duplicates (counted once): 0; refused: 1.');
      assert.match(await text(stranger.locator('.team')), /This device holds no team key, so it cannot open sealed results/);

      // Four more, sealed by others: five in all reach the threshold of 5.
      const more = await Promise.all(FIXTURE.links.slice(0, 4).map((l) => sealFor(sendHere, l)));
      await paste(manager, [sealed, ...more].join('\n'));
      assert.equal(await status(manager), 'Done. Taken: 5; duplicates (counted once): 0; refused: 0.');
      assert.equal(await manager.locator('.team-below-threshold').count(), 0);
      assert.match(await manager.locator('#team-level-title').innerText(), /^Team level: /);
      // Never one by one: the per-row export holds no row of them.
      const [csv] = await Promise.all([
        manager.waitForEvent('download'),
        manager.getByRole('button', { name: 'Every row (CSV)' }).click(),
      ]);
      const rows = readFileSync(await csv.path(), 'utf8').trim().split(/\r?\n/);
      assert.equal(rows.length, 1, `the header only:\n${rows.join('\n')}`);
      assert.doesNotMatch(rows.join('\n'), /Reception/);

      // Tampered: one character changed, or the ciphertext changed with the
      // checksum recomputed: refused, each with its reason.
      const payload = sealed.split('#sealed=')[1];
      const i = Math.floor(payload.length / 2);
      const flipped = `${sealed.split('#sealed=')[0]}#sealed=${payload.slice(0, i)}${payload[i] === 'A' ? 'B' : 'A'}${payload.slice(i + 1)}`;
      await paste(manager, flipped);
      assert.equal(await status(manager), 'Done. Taken: 0; duplicates (counted once): 0; refused: 1.');
      assert.match(await text(manager.locator('.team')), /This sealed link is damaged or incomplete/);
      await paste(manager, await sealFor(sendHere, FIXTURE.links[5], { tamper: true }));
      assert.equal(await status(manager), 'Done. Taken: 0; duplicates (counted once): 0; refused: 1.');
      assert.match(await text(manager.locator('.team')), /This sealed result cannot be opened: it was changed after sealing/);
      for (const p of [manager, person, stranger]) assert.deepEqual(p.errors, []);
    } finally {
      await manager.context().close();
      await person.context().close();
      await stranger.context().close();
    }
  });
});
