/*! Service Ladder embed snippet. Plain JavaScript, no dependencies.
 *
 *   <div data-service-ladder data-lang="ru"></div>
 *   <script src="https://your.host/service-ladder/embed.js" async></script>
 *
 * Every element with `data-service-ladder` becomes a widget:
 *   data-mode     "iframe" (default) or "direct" (a shadow root, no iframe)
 *   data-src      the app's folder (default: where embed.js was loaded from)
 *   data-lang     "ru" or "en"
 *   data-parts    "both", "assessment" or "walkthrough"
 *   data-journey  the id of the journey to start with
 *   data-label    who answers, e.g. a department; kept with the result
 *   data-config   a configuration file next to the app, e.g. "config.json"
 *   data-title    the iframe's title (for screen readers)
 *   data-header   "none": no title bar of its own (the host page has one);
 *                 the language buttons stay
 *   data-width    "host": as wide as the element, instead of a centred
 *                 column of about 46em
 *   data-id       (or the element's id) names the widget: its data is kept
 *                 apart from other widgets' on the same site
 *   data-preview  (no value) for the web developer: configuration problems
 *                 shown in full on the page; visitors see a short notice
 *                 and the details go to the browser console
 * An inline configuration goes in a child <script type="application/json">.
 *
 * Direct mode reads the current build's file names from assets.json next
 * to the app, so the app's host must send CORS headers for its files.
 *
 * Events arrive on the element as CustomEvents: service-ladder:ready,
 * service-ladder:step, service-ladder:assessment-completed,
 * service-ladder:walkthrough-completed, service-ladder:resize.
 */
(() => {
  'use strict';
  const me = document.currentScript;
  const defaultBase = new URL('.', me && me.src ? me.src : location.href);
  const SANDBOX = 'allow-scripts allow-same-origin allow-downloads allow-popups allow-modals';
  const modules = new Map(); // one app module per app folder

  function options(el) {
    const d = el.dataset;
    const o = {};
    for (const k of ['lang', 'parts', 'journey', 'label', 'header', 'width']) if (d[k]) o[k] = d[k];
    // Each named widget keeps its data under keys of its own.
    const id = d.id || el.id;
    if (id && /^[A-Za-z0-9_-]{1,40}$/.test(id)) o.id = id;
    if (d.preview !== undefined && d.preview !== 'false' && d.preview !== '0') o.preview = '1';
    const inline = el.querySelector('script[type="application/json"]');
    return { o, file: d.config, inline: inline ? inline.textContent : null };
  }

  function savedLang(id) {
    try {
      const saved = JSON.parse(localStorage.getItem('service-ladder:' + (id ? id.toLowerCase() + ':' : '') + 'state') || 'null');
      const lang = saved && ((saved.prefs && saved.prefs.lang) || saved.lang);
      return lang === 'ru' || lang === 'en' ? lang : null;
    } catch (e) {
      return null;
    }
  }

  function browserLang() {
    return (navigator.language || '').split(/[-_]/)[0].toLowerCase() === 'ru' ? 'ru' : 'en';
  }

  function fire(el, type, detail) {
    el.dispatchEvent(new CustomEvent('service-ladder:' + type, { detail, bubbles: true }));
  }

  function failed(parent, page) {
    const ru = (document.documentElement.lang || navigator.language || '').toLowerCase().startsWith('ru');
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.append(ru ? 'Приложение не загрузилось. ' : 'The app could not load. ');
    const a = document.createElement('a');
    a.href = page.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = ru ? 'Открыть его в отдельной вкладке' : 'Open it in its own tab';
    p.append(a);
    parent.replaceChildren(p);
  }

  function iframe(el, base) {
    const { o, file, inline } = options(el);
    const url = new URL('index.html', base);
    url.searchParams.set('embed', '1');
    url.searchParams.set('origin', location.origin);
    for (const [k, v] of Object.entries(o)) url.searchParams.set(k, v);
    if (inline) url.searchParams.set('config', 'message');
    else if (file) url.searchParams.set('config', file);
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = el.dataset.title || 'Service Ladder';
    frame.setAttribute('sandbox', SANDBOX);
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.setAttribute('loading', 'lazy');
    // Properties set through the CSSOM pass a strict host CSP; a style attribute would not.
    frame.style.width = '100%';
    frame.style.minHeight = '320px';
    frame.style.height = '640px';
    frame.style.border = '0';
    frame.style.display = 'block';
    const app = url.origin;
    let steps = 0;
    window.addEventListener('message', (event) => {
      // Only our own frame, from the app's origin.
      if (event.origin !== app || event.source !== frame.contentWindow) return;
      const m = event.data;
      if (!m || m.source !== 'service-ladder' || typeof m.type !== 'string') return;
      if (m.type === 'config-request') {
        frame.contentWindow.postMessage({ source: 'service-ladder-host', type: 'config', config: inline || '' }, app);
        return;
      }
      if (m.type === 'resize' && m.detail && Number.isFinite(m.detail.height)) {
        frame.style.height = Math.max(320, Math.ceil(m.detail.height)) + 'px';
      }
      // A new step: its heading (at the frame's top) is brought into view
      // below the host's sticky header. Not the first screen: a page must
      // not scroll because a widget loaded.
      if (m.type === 'step' && steps++ > 0) reveal(frame);
      fire(el, m.type, m.detail);
    });
    el.replaceChildren(frame);
  }

  // How much of the top of the window the host covers: its
  // scroll-padding-top, or a fixed or sticky header pinned there.
  function coveredTop(frame) {
    let covered = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    for (const x of [0.1, 0.5, 0.9]) {
      for (let el = document.elementFromPoint(window.innerWidth * x, 1); el && el !== document.body; el = el.parentElement) {
        if (el === frame || el.contains(frame)) break;
        const position = getComputedStyle(el).position;
        if (position === 'fixed' || position === 'sticky') {
          const r = el.getBoundingClientRect();
          if (r.top <= 1 && r.bottom < window.innerHeight / 2) covered = Math.max(covered, r.bottom);
        }
      }
    }
    return covered;
  }

  // Scrolls the host so the frame's top shows below what covers the window's
  // top, unless it already shows there.
  function reveal(frame) {
    const top = frame.getBoundingClientRect().top;
    const covered = coveredTop(frame);
    if (top >= covered && top < window.innerHeight * 0.6) return;
    window.scrollBy({ top: top - covered - 8, behavior: 'instant' });
  }

  // The build's hashed file names (assets.json), then its module, started
  // once per app folder.
  function load(base) {
    const key = base.href;
    if (!modules.has(key)) {
      const assets = fetch(new URL('assets.json', base)).then((r) => {
        if (!r.ok) throw new Error('assets.json: ' + r.status);
        return r.json();
      });
      const app = assets.then(async (a) => {
        const m = await import(new URL(a.js, base).href);
        await m.default({ module_or_path: new URL(a.wasm, base) });
        return m;
      });
      app.catch(() => modules.delete(key));
      // The tables of words, two files per language (assets.json names them:
      // the first screens' words and the later screens', which the app
      // fetches itself): each fetched once per app folder, only the widget's
      // language's first file before it starts.
      const tables = new Map();
      const words = (lang) => {
        if (!tables.has(lang)) {
          const table = assets.then(async (a) => {
            const urls = {};
            const later = {};
            for (const [code, f] of Object.entries(a.words || {})) urls[code] = new URL(f, base).href;
            for (const [code, f] of Object.entries(a.wordsLater || {})) later[code] = new URL(f, base).href;
            if (!urls[lang]) throw new Error('no table of words for ' + lang);
            const r = await fetch(urls[lang]);
            if (!r.ok) throw new Error(urls[lang] + ': ' + r.status);
            return { urls, later, texts: { [lang]: await r.text() } };
          });
          table.catch(() => tables.delete(lang));
          tables.set(lang, table);
        }
        return tables.get(lang);
      };
      modules.set(key, { assets, app, words });
    }
    return modules.get(key);
  }

  async function direct(el, base) {
    const { o, file, inline } = options(el);
    const shadow = el.shadowRoot || el.attachShadow({ mode: 'open' });
    const root = document.createElement('div');
    // A quiet placeholder until the app mounts (it clears the root).
    const boot = document.createElement('p');
    boot.className = 'boot-note';
    boot.textContent = '…';
    root.append(boot);
    shadow.replaceChildren(root);
    // Share links open on the app's own page — with the configuration
    // file, when there is one, so the questions they answer are there.
    const page = new URL('index.html', base);
    if (file) page.searchParams.set('config', file);
    try {
      const { assets, app, words } = load(base);
      // The widget's language as the app decides it (src/ui/state/mod.rs
      // `first_lang`): the snippet's, the person's saved choice, the browser's.
      const table = words(o.lang === 'ru' || o.lang === 'en' ? o.lang : savedLang(o.id) || browserLang());
      table.catch(() => {}); // reported below, once
      const sheet = document.createElement('link');
      sheet.rel = 'stylesheet';
      sheet.href = new URL((await assets).css, base).href;
      // Mount once the stylesheet is in, so the widget never shows unstyled.
      const styled = new Promise((done) => {
        sheet.onload = sheet.onerror = done;
      });
      shadow.prepend(sheet);
      let config = inline;
      if (!config && file) {
        const r = await fetch(new URL(file, base));
        if (r.ok) config = await r.text();
      }
      const m = await app;
      root.serviceLadderWords = await table;
      // The app could fetch no words at all (src/ui/mod.rs): it cannot say so itself.
      root.addEventListener('service-ladder:failed', () => failed(root, page), { once: true });
      await styled;
      const opts = Object.assign({ page: page.href }, o);
      if (config) opts.config = config;
      m.mount(root, JSON.stringify(opts), (type, detail) => fire(el, type, detail));
    } catch (error) {
      failed(root, page);
      console.warn('Service Ladder did not start:', error);
    }
  }

  // A snippet that cannot start says why in its own place, as plain text
  // in the host page's language (the snippet's data-lang, else the page's),
  // and the other snippets on the page start all the same.
  function refuse(el, ru, en) {
    const lang = (el.dataset.lang || document.documentElement.lang || '').toLowerCase();
    const p = document.createElement('p');
    p.className = 'service-ladder-problem';
    p.setAttribute('role', 'alert');
    p.textContent = lang.startsWith('ru') ? ru : en;
    el.replaceChildren(p);
    console.warn('Service Ladder: ' + en);
  }

  // The app's folder: data-src, else where embed.js came from; only a web
  // address (http or https) — never javascript:, data: or the like.
  function folder(el) {
    const src = el.dataset.src;
    let base = null;
    try {
      base = src ? new URL(src, location.href) : new URL(defaultBase.href);
    } catch {
      base = null;
    }
    if (!base || (base.protocol !== 'https:' && base.protocol !== 'http:')) return null;
    if (!/\/$/.test(base.pathname)) base.pathname += '/';
    return base;
  }

  function start(el) {
    if (el.dataset.serviceLadderStarted) return;
    el.dataset.serviceLadderStarted = '1';
    const raw = el.dataset.src || '';
    const src = raw.length > 80 ? raw.slice(0, 80) + '…' : raw;
    const broke = (error) => refuse(el, `Service Ladder не запустился: ${error}`, `Service Ladder did not start: ${error}`);
    try {
      const base = folder(el);
      if (!base) {
        refuse(
          el,
          `Service Ladder не запустился: data-src «${src}» — не адрес папки приложения (http или https).`,
          `Service Ladder did not start: data-src “${src}” is not the address of the app’s folder (http or https).`,
        );
        return;
      }
      if (el.dataset.mode === 'direct') direct(el, base).catch(broke);
      else iframe(el, base);
    } catch (error) {
      broke(error);
    }
  }

  const all = () => document.querySelectorAll('[data-service-ladder]').forEach(start);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', all);
  else all();
})();
