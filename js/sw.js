/* Service Ladder's service worker: after the first visit the app works with
 * no network. Registered by loader.js on the app's own page only (its own
 * tab or the snippet's iframe), never in a host page.
 *
 * One cache per build, filled completely and checked before the build is
 * used, so a page is always one build's index.html, loader and hashed
 * files, never a mix. A new build waits until the person accepts the
 * app's "new version" notice (the page then asks it to take over and
 * reloads); until then the old build keeps serving. Configuration files
 * are fetched from the network first, the last copy kept for offline use.
 *
 * tools/post-build.mjs replaces the next line with this build's files and
 * their SHA-256 (this file, as written here, keeps nothing offline).
 */
const BUILD = { version: 'source', id: 'source', retire: true };

const PREFIX = 'service-ladder:';
const CACHE = `${PREFIX}${BUILD.version}:${BUILD.id}`;
const SCOPE = new URL('./', self.location.href);
const FIXED = new Set(['index.html', 'loader.js']);

const at = (name) => new URL(name, SCOPE).href;
const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A copy a navigation can use: never marked as redirected (hosts that
 * redirect index.html to the folder would otherwise break offline start). */
async function plain(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function fill() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    Object.entries(BUILD.files).map(async ([name, sum]) => {
      // The fixed-name files bypass the HTTP cache: a stale copy would be
      // another build's.
      const response = await fetch(at(name), { cache: FIXED.has(name) ? 'no-cache' : 'default' });
      if (!response.ok) throw new Error(`${name}: ${response.status}`);
      const bytes = await response.clone().arrayBuffer();
      if (name === 'index.html') {
        // Hosts may add to the page (analytics, minifiers): it must still
        // name this build's files, whatever else it holds.
        const text = new TextDecoder().decode(bytes);
        for (const file of BUILD.entry) if (!text.includes(file)) throw new Error(`index.html is not this build's (no ${file})`);
      } else if (hex(await crypto.subtle.digest('SHA-256', bytes)) !== sum) {
        throw new Error(`${name} is not this build's`);
      }
      await cache.put(at(name), await plain(response));
    }),
  );
  // The configuration files the open pages use (`?config=acme.json`), so
  // the first visit is enough to work offline with them too. Best effort.
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const configs = new Set(pages.filter((c) => c.url.startsWith(SCOPE.href)).map((c) => new URL(c.url).searchParams.get('config')).filter(isConfig));
  await Promise.all(
    [...configs].map((name) =>
      fetch(at(name))
        .then((r) => r.ok && cache.put(at(name), r))
        .catch(() => {}),
    ),
  );
}

/** A configuration file in the app's folder, as the app accepts them. */
const isConfig = (name) => !!name && /^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.json$/.test(name) && !name.includes('..') && name !== 'assets.json';

async function retire() {
  for (const key of await caches.keys()) if (key.startsWith(PREFIX)) await caches.delete(key);
  await self.registration.unregister();
}

self.addEventListener('install', (event) => {
  if (BUILD.retire) {
    self.skipWaiting();
    return;
  }
  // A failed or inconsistent download leaves the installed build in charge;
  // the browser tries again on a later visit.
  event.waitUntil(
    fill().catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => {
  if (BUILD.retire) {
    event.waitUntil(retire());
    return;
  }
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

// The page asks for this when the person accepts the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'activate' && event.source && new URL(event.source.url).origin === self.location.origin) self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  if (BUILD.retire) return;
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  let name = url.pathname.slice(SCOPE.pathname.length);
  if (request.mode === 'navigate') {
    if (name !== '' && name !== 'index.html') return;
    name = 'index.html';
  }
  if (name in BUILD.files) {
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(at(name)))
        .then((hit) => hit || fetch(request)),
    );
  } else if (isConfig(name)) {
    // A company configuration (`?config=acme.json`): fresh when online, the
    // last copy when not.
    event.respondWith(
      fetch(request)
        .then(async (response) => {
          if (response.ok) await (await caches.open(CACHE)).put(request, response.clone());
          return response;
        })
        .catch(async () => (await (await caches.open(CACHE)).match(request)) || Response.error()),
    );
  }
});
