//! The browser's side of the words: plural categories, dates and the
//! built-in languages. Plurals and dates come from `Intl`, so every
//! language a browser knows counts and writes dates right, and no plural or
//! month tables are shipped.

use crate::embed::config::Config;
use crate::text::lang::Lang;
use crate::text::language_file;
use crate::text::words::Plural;
use wasm_bindgen::JsValue;

/// The plural category of `n` in the language with this code, as
/// `Intl.PluralRules` says ("other" if the browser does not know it).
pub fn intl_plural(code: &str, n: f64) -> Plural {
    let locales = js_sys::Array::of1(&JsValue::from_str(code));
    let rules = js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new());
    rules.select(n).as_string().and_then(|c| Plural::from_id(&c)).unwrap_or(Plural::Other)
}

/// The built-in languages with the codes asked for (all of them for an
/// empty list), in the order asked: made once per widget.
pub fn built_in(codes: &[String]) -> Vec<Lang> {
    let all = ["ru", "en"];
    let wanted: Vec<&str> = if codes.is_empty() { all.to_vec() } else { codes.iter().map(String::as_str).collect() };
    wanted.iter().filter_map(|c| language_file::built_in(c, intl_plural)).collect()
}

/// The languages a configuration offers, in its order, each a handle to
/// its words: built-in ones, and a company's own with its fallback (a
/// built-in language, made for the purpose when not offered itself, or a
/// company language listed before it). Made once per widget.
pub fn offered(config: &Config) -> Vec<Lang> {
    let mut made: Vec<Lang> = Vec::new();
    let mut offered = Vec::new();
    for code in &config.languages {
        let lang = match config.words.iter().find(|f| &f.code == code) {
            Some(file) => {
                let wanted = file.fallback.as_deref().unwrap_or("en");
                let fallback = made.iter().find(|l| l.code() == wanted).copied().or_else(|| {
                    let l = language_file::built_in(wanted, intl_plural);
                    made.extend(l);
                    l
                });
                Some(file.clone().into_lang(fallback, intl_plural))
            }
            None => {
                made.iter().find(|l| l.code() == code).copied().or_else(|| language_file::built_in(code, intl_plural))
            }
        };
        if let Some(lang) = lang {
            made.push(lang);
            offered.push(lang);
        }
    }
    if offered.is_empty() { built_in(&[]) } else { offered }
}

pub fn question_of(lang: Lang, n: usize, total: usize) -> String {
    lang.f("i18n_words.question_n_of_total", &[("n", &n), ("total", &total)])
}

/// A "YYYY-MM-DD" day as people write it in the reader's language
/// (`Intl.DateTimeFormat`, long style): «23 ноября 2026 г.», "23 November
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
