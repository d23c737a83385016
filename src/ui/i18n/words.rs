//! Interface wording in both languages, kept next to where it is used.

use crate::text::lang::{Lang, Legacy};

/// Picks the wording for the current language.
pub fn tr(lang: Lang, ru: &'static str, en: &'static str) -> &'static str {
    match lang.legacy() {
        Legacy::Ru => ru,
        Legacy::En => en,
    }
}

pub fn question_of(lang: Lang, n: usize, total: usize) -> String {
    lang.f("i18n_words.question_n_of_total", &[("n", &n), ("total", &total)])
}

/// A "YYYY-MM-DD" day as people write it in the reader's language:
/// «23 ноября 2026», "23 November 2026". Anything else is returned as it is.
pub fn long_date(lang: Lang, day: &str) -> String {
    const RU: [&str; 12] = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = day.get(..10).unwrap_or("").split('-');
    let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else { return day.to_string() };
    let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>()) else { return day.to_string() };
    if !(1..=12).contains(&m) || y.len() != 4 {
        return day.to_string();
    }
    let month = match lang.legacy() {
        Legacy::Ru => RU[m - 1],
        Legacy::En => EN[m - 1],
    };
    format!("{d} {month} {y}")
}
