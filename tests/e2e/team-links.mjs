// Share links for the team view's browser tests and benchmark, from the
// fixture tests/team_store.rs generates with the real encoder
// (tests/fixtures/team-e2e.json), and more of them made by changing the
// day a link carries — each day another result — with its checksum
// recomputed as the app does (FNV-1a over the payload).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

export const FIXTURE = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/team-e2e.json'), 'utf8'));

const DAY_FLAG = 16;

/** The same result as `link`, made `n` days later: another result. */
export function vary(link, n) {
  const [page, payload] = link.split('#share=');
  const bytes = Buffer.from(payload, 'base64url');
  const body = Buffer.from(bytes.subarray(0, bytes.length - 4));
  if (!(body[5] & DAY_FLAG)) throw new Error('the link carries no day');
  body.writeUInt16LE((body.readUInt16LE(6) + n) % 65536, 6);
  let h = 0x811c9dc5;
  for (const b of body) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(h);
  return `${page}#share=${Buffer.concat([body, sum]).toString('base64url')}`;
}

/**
 * `count` distinct results, one link per line, cycling through the
 * fixture's people. Their days are consecutive and some people answered
 * alike, so each round moves every day on by the number of people: no two
 * links are the same result.
 */
export function manyLinks(count) {
  const base = FIXTURE.links;
  const lines = [];
  for (let i = 0; i < count; i++) lines.push(vary(base[i % base.length], base.length * (1 + Math.floor(i / base.length))));
  return lines.join('\n');
}
