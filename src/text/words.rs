//! A language's words: every interface message by key (with `{name}`
//! placeholders and plural forms) and the content texts a language file
//! adds, behind [`Lang`], a small copyable handle the whole app passes
//! around (`text::lang`). No sentence lives in Rust: screens, exports and errors ask a
//! `Lang` for a key. A table is read from a language file
//! (`text::language_file`), the built-in `locales/*.json` and a company's
//! own alike; a key it lacks is taken from its fallback language, so a
//! visitor sees the fallback's words, never a key.

use std::collections::BTreeMap;
use std::fmt::{Display, Write as _};
use std::sync::OnceLock;

crate::choice! {
    /// A plural category, as `Intl.PluralRules` names them (CLDR).
    pub enum Plural { Zero = "zero", One = "one", Two = "two", Few = "few", Many = "many", Other = "other" }
}

/// Chooses the plural category of a number in a language. In the browser it
/// is `Intl.PluralRules`, so every language a browser knows counts right and
/// no plural tables are shipped; natively [`native_plural`].
pub type PluralFn = fn(code: &str, n: f64) -> Plural;

/// One message: plain, or one text per plural category ("other" always).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Plain(String),
    Plural(BTreeMap<Plural, String>),
}

impl Message {
    /// The text for `n` (the plain text, or the form its category picks,
    /// "other" when the language file has no such form).
    pub fn pick(&self, category: Plural) -> &str {
        match self {
            Message::Plain(s) => s,
            Message::Plural(forms) => {
                forms.get(&category).or_else(|| forms.get(&Plural::Other)).map_or("", String::as_str)
            }
        }
    }

    /// Every text of the message with its form (`None` for a plain one).
    pub fn forms(&self) -> Vec<(Option<Plural>, &str)> {
        match self {
            Message::Plain(s) => vec![(None, s.as_str())],
            Message::Plural(forms) => forms.iter().map(|(k, v)| (Some(*k), v.as_str())).collect(),
        }
    }
}

/// The words of one language, as read from its file.
#[derive(Debug)]
pub struct Table {
    /// A BCP 47 code: `ru`, `en`, `kk`, `pt-BR`.
    pub code: String,
    /// The language's name in itself, for the switch: "English", "Deutsch".
    pub name: String,
    /// Written right to left (Arabic, Hebrew, Persian…).
    pub rtl: bool,
    /// Where a missing key is taken from.
    pub fallback: Option<&'static Table>,
    /// Interface messages by dotted key (`home.start`).
    pub messages: BTreeMap<String, Message>,
    /// Content texts by content key (`items.s01.text`), for a company's own
    /// language; the built-in languages keep theirs in the content files.
    pub content: BTreeMap<String, String>,
    /// A built-in language's words for the later screens, in a file of
    /// their own (tools/post-build.mjs splits `locales/*.json` by screen:
    /// the first question needs only the first file). Set once, when the
    /// later part of the app is about to show a screen (`Lang::add_later`).
    pub later: OnceLock<BTreeMap<String, Message>>,
    pub plural: PluralFn,
}

/// Replaces each `{name}` with its argument; a name without one is kept as
/// written, so a missing argument shows rather than vanishing.
pub fn fill(text: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => {
                        let _ = write!(out, "{v}");
                    }
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names a text uses, in order, or why its braces do not
/// parse (`{` without `}`, an empty or odd name).
pub fn placeholders(text: &str) -> Result<Vec<&str>, String> {
    let mut names = Vec::new();
    let mut rest = text;
    loop {
        let open = rest.find('{');
        let close = rest.find('}');
        match (open, close) {
            (None, None) => return Ok(names),
            (Some(o), Some(c)) if o < c => {
                let name = &rest[o + 1..c];
                if name.is_empty()
                    || !name.chars().all(|ch| ch.is_ascii_lowercase() || ch == '_' || ch.is_ascii_digit())
                {
                    return Err(format!(
                        "the placeholder {{{name}}} is not a name (use lowercase letters, e.g. {{count}})"
                    ));
                }
                if name.contains('{') {
                    return Err("a placeholder is opened twice".into());
                }
                names.push(name);
                rest = &rest[c + 1..];
            }
            (Some(_), _) => return Err("a { is not closed by }".into()),
            (None, Some(_)) => return Err("a } has no { before it".into()),
        }
    }
}

/// Plural rules for the two built-in languages, for native tests and tools
/// only: in the browser `Intl.PluralRules` decides for every language.
pub fn native_plural(code: &str, n: f64) -> Plural {
    let whole = n.fract() == 0.0;
    let i = n.abs() as u64;
    match code.split('-').next().unwrap_or("") {
        "ru" | "uk" | "be" if whole => match (i % 10, i % 100) {
            (1, h) if h != 11 => Plural::One,
            (2..=4, h) if !(12..=14).contains(&h) => Plural::Few,
            _ => Plural::Many,
        },
        "ru" | "uk" | "be" => Plural::Other,
        _ if whole && i == 1 => Plural::One,
        _ => Plural::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lang::Lang;

    fn table(code: &str, fallback: Option<Lang>, pairs: &[(&str, &str)]) -> Lang {
        Lang::new(Table {
            code: code.into(),
            name: code.into(),
            rtl: false,
            fallback: fallback.map(Lang::table),
            messages: pairs.iter().map(|(k, v)| (k.to_string(), Message::Plain(v.to_string()))).collect(),
            content: BTreeMap::new(),
            later: OnceLock::new(),
            plural: native_plural,
        })
    }

    #[test]
    fn a_missing_key_comes_from_the_fallback_never_as_the_key() {
        let ru = table("ru", None, &[("a", "A"), ("b", "B")]);
        let kk = table("kk", Some(ru), &[("a", "Ä")]);
        assert_eq!(kk.t("a"), "Ä");
        assert_eq!(kk.t("b"), "B");
        assert_eq!(kk.t("nope"), "");
        assert_eq!(kk.missing(ru), ["b"]);
        assert_ne!(kk, ru);
    }

    #[test]
    fn the_later_screens_words_are_found_once_added_and_counted_as_the_tables() {
        let ru = table("ru", None, &[("a", "A")]);
        let kk = table("kk", Some(ru), &[("a", "Ä")]);
        assert_eq!(ru.t("b"), "", "not in before the later file");
        assert_eq!(kk.lacking_later(), [kk, ru]);
        assert!(ru.add_later([("b".to_string(), Message::Plain("B".into()))].into()));
        assert!(!ru.add_later(BTreeMap::new()), "once");
        assert_eq!(ru.t("b"), "B");
        assert_eq!(kk.t("b"), "B", "through the fallback too");
        assert_eq!(kk.lacking_later(), [kk]);
        assert_eq!(kk.missing(ru), ["b"], "a company file lacking a later key is told so");
    }

    #[test]
    fn placeholders_fill_and_parse() {
        assert_eq!(fill("{n} of {total}", &[("n", &3), ("total", &29)]), "3 of 29");
        assert_eq!(fill("{n} of {x}", &[("n", &3)]), "3 of {x}");
        assert_eq!(placeholders("Frage {n} von {total}").unwrap(), ["n", "total"]);
        assert!(placeholders("{n of").is_err());
        assert!(placeholders("n} of").is_err());
        assert!(placeholders("{N}").is_err());
    }

    #[test]
    fn plural_forms_follow_the_languages_rules() {
        let forms: BTreeMap<Plural, String> = [
            (Plural::One, "{count} one".to_string()),
            (Plural::Few, "{count} few".to_string()),
            (Plural::Many, "{count} many".to_string()),
            (Plural::Other, "{count} other".to_string()),
        ]
        .into();
        let ru = Lang::new(Table {
            code: "ru".into(),
            name: "ru".into(),
            rtl: false,
            fallback: None,
            messages: [("people".to_string(), Message::Plural(forms))].into(),
            content: BTreeMap::new(),
            later: OnceLock::new(),
            plural: native_plural,
        });
        assert_eq!(ru.p("people", 1, &[]), "1 one");
        assert_eq!(ru.p("people", 3, &[]), "3 few");
        assert_eq!(ru.p("people", 12, &[]), "12 many");
        assert_eq!(ru.p("people", 22, &[]), "22 few");
        assert_eq!(native_plural("en", 1.0), Plural::One);
        assert_eq!(native_plural("en", 2.0), Plural::Other);
    }
}
