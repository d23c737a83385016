// Starts Service Ladder from an external file, so the page needs no inline
// script and runs under a strict Content-Security-Policy. If the
// WebAssembly cannot load (missing, damaged, blocked by the page's policy),
// the person sees why and a link to open the app in its own tab — never an
// empty box.
const root = document.getElementById('app');

function fail(error) {
  if (!root) return;
  const ru = (navigator.language || '').toLowerCase().startsWith('ru');
  const box = document.createElement('div');
  box.className = 'load-failed';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'load-failed-title';
  title.textContent = ru ? 'Приложение не запустилось.' : 'The app could not start.';
  const why = document.createElement('p');
  why.textContent = ru
    ? 'Браузер не смог загрузить его код (файл недоступен, повреждён или заблокирован политикой безопасности этой страницы).'
    : 'The browser could not load its code (the file is missing, damaged, or blocked by this page’s security policy).';
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = ru ? 'Открыть приложение в отдельной вкладке' : 'Open the app in its own tab';
  // A retry: a dropped connection is the likeliest cause (the words, the code).
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = ru ? 'Попробовать ещё раз' : 'Try again';
  retry.addEventListener('click', () => location.reload());
  box.append(title, why, retry, link);
  root.replaceChildren(box);
  console.warn('Service Ladder did not start:', error);
}

// index.html holds the home screen as static HTML in both languages, shown
// before any wasm arrives. Here: which language (the snippet's, else the
// person's saved choice, else the browser's — as the app decides), and
// whether the app will open on its home at all (not with a share link, a
// configuration or a question under way: then the loading state). What the
// person does on it meanwhile is noted on the root for the app to act on
// when it mounts (src/ui/app.rs): a button pressed, a language.
function boot() {
  const html = document.documentElement;
  const params = new URLSearchParams(location.search);
  // As src/lang.rs and src/options.rs read them.
  const code = (l) => (l === 'ru' || l === 'en' ? l : null);
  const browser = (navigator.language ?? '').split(/[-_]/)[0].toLowerCase() === 'ru' ? 'ru' : 'en';
  let saved = null;
  try {
    const id = params.get('id');
    const key = `service-ladder:${id && /^[A-Za-z0-9_-]{1,40}$/.test(id) ? id.toLowerCase() + ':' : ''}state`;
    saved = JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    // Storage refused or unreadable: the app says so; the page starts as new.
  }
  const lang = code(params.get('lang')) ?? code(saved?.prefs?.lang ?? saved?.lang) ?? browser;
  html.lang = lang;
  // builder.html (the configuration builder) has no static home: its loading state.
  const plain =
    !root?.hasAttribute('data-builder') &&
    !['config', 'parts', 'journey', 'header', 'width', 'preview'].some((k) => params.has(k)) &&
    !['#share=', '#sealed=', '#team='].some((p) => location.hash.startsWith(p)) &&
    (!saved || ((saved.screen ?? 'home') === 'home' && Object.keys(saved.answers ?? {}).length === 0 && !saved.walk));
  html.dataset.boot = plain ? 'home' : 'wait';
  if (!root) return lang;
  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const lang = target?.closest('.static-home [data-lang]');
    if (lang) {
      html.lang = root.dataset.lang = lang.dataset.lang;
      table(lang.dataset.lang); // its words, for when the app mounts
      return;
    }
    const intent = target?.closest('.static-home [data-intent]');
    if (intent) {
      root.dataset.intent = intent.dataset.intent;
      intent.setAttribute('aria-busy', 'true');
    }
  });
  return lang;
}

// The tables of words are files of their own (tools/post-build.mjs names
// them in index.html's `service-ladder-words` meta, and in assets.json),
// each split by screen: only the visitor's language's first screens'
// words are fetched before the app starts — in parallel with the wasm —
// and handed to it on the root element; the app fetches the later
// screens' words (the `-later` meta) before a later screen, and another
// language when the person switches (src/ui/i18n/words.rs).
async function wordFiles() {
  const named = (name) =>
    Object.fromEntries(
      (document.querySelector(`meta[name="${name}"]`)?.content ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((p) => p.split(':')),
    );
  let names = named('service-ladder-words');
  let later = named('service-ladder-words-later');
  if (!names.ru || !names.en || !later.ru || !later.en) {
    const response = await fetch(new URL('assets.json', import.meta.url));
    if (!response.ok) throw new Error(`assets.json: ${response.status}`);
    const assets = await response.json();
    names = assets.words ?? {};
    later = assets.wordsLater ?? {};
  }
  const url = (f) => new URL(f, import.meta.url).href;
  const resolved = (files) => Object.fromEntries(Object.entries(files).map(([code, f]) => [code, url(f)]));
  return { first: resolved(names), later: resolved(later) };
}
const urls = wordFiles();
urls.catch(() => {}); // reported when a table is awaited
const tables = new Map();
/** One language's table, fetched once. */
function table(lang) {
  if (!tables.has(lang)) {
    const text = urls.then(async ({ first: all }) => {
      if (!all[lang]) throw new Error(`no table of words for "${lang}"`);
      const response = await fetch(all[lang]);
      if (!response.ok) throw new Error(`${all[lang]}: ${response.status}`);
      return response.text();
    });
    text.catch(() => {}); // reported when awaited
    tables.set(lang, text);
  }
  return tables.get(lang);
}

// This build's hashed file names come from the page's own preload links
// (Trunk writes them into index.html, marked `data-entry`), so a page and
// its files are always one build, whichever copy of this file a cache
// serves. assets.json, with the same names, is the fallback for a page
// without them (a host's HTML optimiser may drop preload links).
async function files() {
  const href = (selector) => document.querySelector(selector)?.href;
  const js = href('link[rel="modulepreload"][data-entry]');
  const wasm = href('link[rel="preload"][as="fetch"][data-entry]');
  if (js && wasm) return { js, wasm };
  const response = await fetch(new URL('assets.json', import.meta.url));
  if (!response.ok) throw new Error(`assets.json: ${response.status}`);
  const assets = await response.json();
  return { js: new URL(assets.js, import.meta.url).href, wasm: new URL(assets.wasm, import.meta.url).href };
}

// Offline use (sw.js): only on the app's own page and origin, never in a
// host page (embed.js's direct mode does not use this file). The app shows
// the "new version" notice when told `service-ladder:update-ready` on its
// root, and asks with `service-ladder:update-now`; the new build then takes
// over and the page reloads, so one page never runs two builds.
async function offline() {
  const worker = new URL('sw.js', import.meta.url);
  if (!root || !('serviceWorker' in navigator) || worker.origin !== location.origin) return;
  const sw = navigator.serviceWorker;
  const registration = await sw.register(worker);
  const announce = () => {
    root.setAttribute('data-update-ready', '');
    root.dispatchEvent(new CustomEvent('service-ladder:update-ready'));
  };
  const watch = (w) =>
    w?.addEventListener('statechange', () => {
      if (w.state === 'installed' && sw.controller) announce();
    });
  let accepted = false;
  root.addEventListener('service-ladder:update-now', () => {
    accepted = true;
    if (registration.waiting) registration.waiting.postMessage('activate');
    else location.reload();
  });
  // Another tab accepted the new version: this one is still the old build.
  sw.addEventListener('controllerchange', () => (accepted ? location.reload() : announce()));
  if (registration.waiting && sw.controller) announce();
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));
}

let started = false;
const lang = boot();
table(lang);
try {
  const { js, wasm } = await files();
  const [{ default: init }] = await Promise.all([import(js), table(lang)]);
  if (root) {
    // The visitor's words, and the language pressed on the static home meanwhile.
    const codes = [...new Set([lang, root.dataset.lang].filter(Boolean))];
    const got = await Promise.all(codes.map(async (code) => [code, await table(code).catch(() => null)]));
    const texts = Object.fromEntries(got.filter(([, text]) => text !== null));
    const { first, later } = await urls;
    root.serviceLadderWords = { urls: first, later, texts };
    // The app could fetch no words at all (src/ui/mod.rs): it cannot say so itself.
    root.addEventListener('service-ladder:failed', () => fail(new Error('no table of words')), { once: true });
  }
  await init({ module_or_path: new URL(wasm) });
  started = true;
} catch (error) {
  fail(error);
}
if (started) {
  // Storage may be refused (blocked third-party storage, a sandbox): the
  // app then simply stays online-only.
  offline().catch((error) => console.info('Service Ladder works online only here:', error?.message ?? error));
}
