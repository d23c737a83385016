//! The browser's side of the words: plural categories, dates and the
//! built-in languages. Plurals and dates come from `Intl`, so every
//! language a browser knows counts and writes dates right, and no plural or
//! month tables are shipped.

use crate::embed::config::Config;
use crate::text::lang::Lang;
use crate::text::language_file;
use crate::text::words::Plural;
use leptos::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};
use wasm_bindgen::JsValue;

/// The plural category of `n` in the language with this code, as
/// `Intl.PluralRules` says ("other" if the browser does not know it).
pub fn intl_plural(code: &str, n: f64) -> Plural {
    let locales = js_sys::Array::of1(&JsValue::from_str(code));
    let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
    rules.select(n).as_string().and_then(|c| Plural::from_id(&c)).unwrap_or(Plural::Other)
}

/// The built-in languages with the codes asked for (all of them for an
/// empty list), in the order asked: the ones whose words are in, else a
/// placeholder with the name only (for the switch). Made once per widget.
pub fn built_in(codes: &[String], tables: &Tables) -> Vec<Lang> {
    let all = ["ru", "en"];
    let wanted: Vec<&str> = if codes.is_empty() { all.to_vec() } else { codes.iter().map(String::as_str).collect() };
    wanted.iter().filter_map(|c| tables.get(c).or_else(|| language_file::placeholder(c, intl_plural))).collect()
}

/// One widget's built-in tables of words: each language's in two files of
/// its own (tools/post-build.mjs splits `locales/<code>.json` by screen):
/// the words of the first screens, fetched when first needed and kept, and
/// the later screens' (`add_later`), fetched before a later screen is
/// shown. loader.js and embed.js fetch the visitor's first file before the
/// app starts and hand it over on the root element as `serviceLadderWords
/// = {texts: {code: text}, urls: {code: url}, later: {code: url}}`, with
/// where every file is (content-hashed names, kept offline by sw.js).
pub struct Tables {
    // A Mutex only because the Env it lives in is shared as `Sync`; the page has one thread.
    loaded: Mutex<Vec<Lang>>,
    urls: Vec<(String, String)>,
    later: Vec<(String, String)>,
    /// A later screen has asked for its words: a language switched to
    /// from now on is shown with its later words in.
    later_wanted: AtomicBool,
    /// The code being fetched: the switch is busy meanwhile.
    pub busy: RwSignal<Option<&'static str>>,
}

impl Tables {
    /// What the loader handed over on `root`.
    pub fn from_root(root: &web_sys::HtmlElement) -> Tables {
        let given = js_sys::Reflect::get(root, &JsValue::from_str("serviceLadderWords")).unwrap_or(JsValue::UNDEFINED);
        let field =
            |v: &JsValue, k: &str| js_sys::Reflect::get(v, &JsValue::from_str(k)).ok().and_then(|v| v.as_string());
        let urls_in = |name: &str| {
            let mut urls = Vec::new();
            if let Ok(map) = js_sys::Reflect::get(&given, &JsValue::from_str(name))
                && map.is_object()
            {
                for (code, _) in language_file::BUILT_IN_NAMES {
                    if let Some(url) = field(&map, code) {
                        urls.push((code.to_string(), url));
                    }
                }
            }
            urls
        };
        let (urls, later) = (urls_in("urls"), urls_in("later"));
        let mut loaded = Vec::new();
        if let Ok(texts) = js_sys::Reflect::get(&given, &JsValue::from_str("texts"))
            && texts.is_object()
        {
            for (code, _) in language_file::BUILT_IN_NAMES {
                if let Some(lang) =
                    field(&texts, code).and_then(|t| language_file::built_in_from(code, &t, intl_plural).ok())
                {
                    loaded.push(lang);
                }
            }
        }
        Tables {
            loaded: Mutex::new(loaded),
            urls,
            later,
            later_wanted: AtomicBool::new(false),
            busy: RwSignal::new(None),
        }
    }

    /// The first language whose words are in (src/ui/mod.rs mounts only
    /// once one is; a placeholder otherwise, never shown).
    pub fn first(&self) -> Lang {
        let first = self.loaded().first().copied();
        first.or_else(|| language_file::placeholder("ru", intl_plural)).unwrap_or_else(|| {
            Lang::new(crate::text::words::Table {
                code: "ru".into(),
                name: String::new(),
                rtl: false,
                fallback: None,
                messages: Default::default(),
                content: Default::default(),
                later: Default::default(),
                plural: intl_plural,
            })
        })
    }

    /// Whether any language's words are in.
    pub fn any(&self) -> bool {
        !self.loaded().is_empty()
    }

    fn loaded(&self) -> MutexGuard<'_, Vec<Lang>> {
        self.loaded.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A language whose words are in.
    pub fn get(&self, code: &str) -> Option<Lang> {
        self.loaded().iter().find(|l| l.code() == code).copied()
    }

    /// The language with this code, fetched if its words are not in yet (once: it is kept).
    pub async fn fetch(&self, code: &str) -> Result<Lang, String> {
        if let Some(lang) = self.get(code) {
            return Ok(lang);
        }
        let url = self.urls.iter().find(|(c, _)| c == code).map(|(_, u)| u.clone()).ok_or("no file for it")?;
        let text = crate::ui::browser::files::fetch_text(&url).await?;
        let lang = language_file::built_in_from(code, &text, intl_plural)?;
        self.loaded().push(lang);
        if self.later_wanted.load(Ordering::Relaxed) {
            self.add_later(lang).await?;
        }
        Ok(lang)
    }

    /// The later screens' words of `lang` and of the built-in languages it
    /// falls back to, fetched if not in yet (once each: they are kept).
    /// Every later screen waits for this (src/ui/router.rs), so none is
    /// drawn without its words; a failure is a part that could not be
    /// fetched (the screen offers a retry).
    pub async fn add_later(&self, lang: Lang) -> Result<(), String> {
        self.later_wanted.store(true, Ordering::Relaxed);
        for table in lang.lacking_later() {
            let built_in = language_file::BUILT_IN_NAMES.iter().any(|(c, _)| *c == table.code());
            let Some((code, url)) = self.later.iter().find(|(c, _)| c == table.code()) else {
                // A company's own language has no later file (its file came
                // whole); a built-in one must, or its screens would be wordless.
                if built_in {
                    return Err(format!("no file for the later words of {}", table.code()));
                }
                continue;
            };
            let text = crate::ui::browser::files::fetch_text(url).await?;
            table.add_later(language_file::later_from(code, &text)?);
        }
        Ok(())
    }
}

/// The languages a configuration offers, in its order, each a handle to
/// its words: built-in ones, and a company's own with its fallback (a
/// built-in language, made for the purpose when not offered itself, or a
/// company language listed before it). Made once per widget.
pub fn offered(config: &Config, tables: &Tables) -> Vec<Lang> {
    // A built-in language whose words are not in yet is a placeholder (its
    // name, for the switch) until it is chosen and fetched.
    let built_in = |code: &str| tables.get(code).or_else(|| language_file::placeholder(code, intl_plural));
    let mut made: Vec<Lang> = Vec::new();
    let mut offered = Vec::new();
    for code in &config.languages {
        let lang = match config.words.iter().find(|f| &f.code == code) {
            Some(file) => {
                let wanted = file.fallback.as_deref().unwrap_or("en");
                let fallback = made.iter().find(|l| l.code() == wanted).copied().or_else(|| {
                    let l = built_in(wanted);
                    made.extend(l);
                    l
                });
                Some(file.clone().into_lang(fallback, intl_plural))
            }
            None => made.iter().find(|l| l.code() == code).copied().or_else(|| built_in(code)),
        };
        if let Some(lang) = lang {
            made.push(lang);
            offered.push(lang);
        }
    }
    if offered.is_empty() { self::built_in(&[], tables) } else { offered }
}

/// The built-in languages a configuration's own languages fall back to:
/// their words are fetched before the app mounts, with the visitor's.
pub fn fallbacks(config: &Config) -> Vec<String> {
    config.words.iter().map(|f| f.fallback.clone().unwrap_or_else(|| "en".into())).collect()
}

pub fn question_of(lang: Lang, n: usize, total: usize) -> String {
    lang.f("i18n_words.question_n_of_total", &[("n", &n), ("total", &total)])
}

/// A "YYYY-MM-DD" day as people write it in the reader's language
/// (`Intl.DateTimeFormat`, long style): "23 November
/// 2026". Anything else is returned as it is.
pub fn long_date(lang: Lang, day: &str) -> String {
    let mut parts = day.get(..10).unwrap_or("").split('-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else { return day.to_string() };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<i32>(), d.parse::<i32>()) else {
        return day.to_string();
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1000..=9999).contains(&y) {
        return day.to_string();
    }
    let date = js_sys::Date::new_0();
    date.set_utc_full_year_with_month_date(y, m - 1, d);
    date.set_utc_hours(12);
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    let locales = js_sys::Array::of1(&JsValue::from_str(lang.code()));
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    format
        .format()
        .call1(&JsValue::UNDEFINED, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| day.to_string())
}
