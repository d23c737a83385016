//! Interface wording in both languages, kept next to where it is used.

use crate::lang::Lang;

/// Picks the wording for the current language.
pub fn tr(lang: Lang, ru: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Ru => ru,
        Lang::En => en,
    }
}

pub fn question_of(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Ru => format!("Вопрос {n} из {total}"),
        Lang::En => format!("Question {n} of {total}"),
    }
}
