// Share links for the team view's browser tests and benchmark, from the
// fixture tests/team_store.rs generates with the real encoder
// (tests/fixtures/team-e2e.json), and more of them made by changing the
// day a link carries — each day another result — with its checksum
// recomputed as the app does (FNV-1a over the payload).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

export const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/team-e2e.json'), 'utf8'));

const ANSWERS_FLAG = 1;
const LABEL_FLAG = 8;
const DAY_FLAG = 16;
const ROLE_FLAG = 32;

/** Reads a varint at `at`: [value, next offset]. */
function varint(bytes, at) {
  let n = 0;
  for (let shift = 0; shift < 28; shift += 7) {
    const b = bytes[at++];
    n |= (b & 0x7f) << shift;
    if (!(b & 0x80)) return [n, at];
  }
  throw new Error('bad varint');
}

/** FNV-1a over the payload, appended as the link's checksum. */
export function seal(page, body) {
  let h = 0x811c9dc5;
  for (const b of body) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(h);
  return `${page}#share=${Buffer.concat([body, sum]).toString('base64url')}`;
}

/** The same result as `link`, made `n` days later (earlier when negative): another result. */
export function vary(link, n) {
  const [page, payload] = link.split('#share=');
  const bytes = Buffer.from(payload, 'base64url');
  const body = Buffer.from(bytes.subarray(0, bytes.length - 4));
  if (!(body[5] & DAY_FLAG)) throw new Error('the link carries no day');
  body.writeUInt16LE((((body.readUInt16LE(6) + n) % 65536) + 65536) % 65536, 6);
  return seal(page, body);
}

/**
 * The same person's link with the answers to the last nine answered items set
 * from the digits of `n` (base 3: the first, second or third option, which every
 * item has): another person's answer set, so identical answers are not
 * flagged as one sender's (`team::stuffing`).
 */
export function otherAnswers(link, n) {
  const [page, payload] = link.split('#share=');
  const bytes = Buffer.from(payload, 'base64url');
  const body = Buffer.from(bytes.subarray(0, bytes.length - 4));
  const flags = body[5];
  if (!(flags & ANSWERS_FLAG)) throw new Error('the link carries no answers');
  let at = 6;
  if (flags & DAY_FLAG) at += 2;
  if (flags & LABEL_FLAG) {
    const [len, next] = varint(body, at);
    at = next + len;
  }
  if (flags & ROLE_FLAG) at += 1;
  const [count, start] = varint(body, at);
  // Four bits an answer, the option's index + 1 (0: not answered); the
  // last nine answered items.
  for (let item = count - 1, k = 0; item >= 0 && k < 9; item--) {
    const byte = start + (item >> 1);
    const shift = (item & 1) * 4;
    if (!((body[byte] >> shift) & 0xf)) continue;
    const digit = Math.floor(n / 3 ** k++) % 3;
    body[byte] = (body[byte] & ~(0xf << shift)) | ((digit + 1) << shift);
  }
  return seal(page, body);
}

/**
 * `count` distinct results, one link per line, cycling through the
 * fixture's people. Each round moves every day back by the number of people
 * and gives each person other answers to the last items, so no two links
 * are the same result or the same answer set.
 */
export function manyLinks(count) {
  const base = FIXTURE.links;
  const lines = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / base.length);
    // Earlier days: a result dated after today is refused.
    lines.push(otherAnswers(vary(base[i % base.length], -base.length * (1 + round)), round * base.length + (i % base.length)));
  }
  return lines.join('\n');
}
