//! Languages in use and text in several of them. A [`Lang`] is a small
//! copyable handle to one language's table of words (`text::words`); a
//! [`Text`] is a piece of content in the languages it was written in, keyed
//! by language code, shown in the reader's language or the nearest one.

use super::words::{Message, Plural, Table, fill};
use std::fmt::{self, Display};

/// A language in use: a handle to its words, cheap to copy into every view.
///
/// A table is made once per widget and language and lives as long as the
/// page (`Box::leak`), so views hold `&'static str` words; several widgets
/// on a page each make their own (no global state).
#[derive(Clone, Copy)]
pub struct Lang(&'static Table);

/// How far a chain of fallbacks is followed.
const MAX_CHAIN: usize = 4;

impl Lang {
    pub fn new(table: Table) -> Lang {
        Lang(Box::leak(Box::new(table)))
    }

    pub fn code(self) -> &'static str {
        &self.0.code
    }

    /// The language's own name, for the language switch.
    pub fn name(self) -> &'static str {
        &self.0.name
    }

    pub fn rtl(self) -> bool {
        self.0.rtl
    }

    /// The `dir` attribute for this language's text.
    pub fn dir(self) -> &'static str {
        if self.0.rtl { "rtl" } else { "ltr" }
    }

    pub fn table(self) -> &'static Table {
        self.0
    }

    /// This language's table, then its fallbacks' in order.
    fn chain(self) -> impl Iterator<Item = &'static Table> {
        std::iter::successors(Some(self.0), |t| t.fallback).take(MAX_CHAIN)
    }

    /// The language a missing key is taken from.
    pub fn fallback(self) -> Option<Lang> {
        self.0.fallback.map(Lang)
    }

    /// This language's code, then its fallbacks'.
    pub fn codes(self) -> impl Iterator<Item = &'static str> {
        self.chain().map(|t| t.code.as_str())
    }

    fn message(self, key: &str) -> Option<&'static Message> {
        self.chain().find_map(|t| t.messages.get(key).or_else(|| t.later.get()?.get(key)))
    }

    /// Adds a built-in language's words for the later screens (its second
    /// file, `language_file::later_from`). Once: a second call changes
    /// nothing and says so.
    pub fn add_later(self, messages: std::collections::BTreeMap<String, Message>) -> bool {
        self.0.later.set(messages).is_ok()
    }

    /// The tables in this language's chain (itself, its fallbacks) whose
    /// later words are not in yet (a company's own language never has any:
    /// the caller asks only for the built-in ones it has a file for).
    pub fn lacking_later(self) -> Vec<Lang> {
        self.chain().filter(|t| t.later.get().is_none()).map(Lang).collect()
    }

    /// Whether this language (or a fallback) has the key.
    pub fn has(self, key: &str) -> bool {
        self.message(key).is_some()
    }

    /// A message as it stands (a plural message gives its "other" form).
    /// An unknown key gives an empty text, never the key: the native tests
    /// keep every key the code names in every built-in table.
    pub fn t(self, key: &str) -> &'static str {
        self.message(key).map_or("", |m| m.pick(Plural::Other))
    }

    /// A message with its `{placeholders}` filled in.
    pub fn f(self, key: &str, args: &[(&str, &dyn Display)]) -> String {
        fill(self.t(key), args)
    }

    /// A message whose form depends on a count: the form the language's
    /// plural rules pick (`Intl.PluralRules` in the browser), with `{count}`
    /// and the other placeholders filled in.
    pub fn p(self, key: &str, count: i64, args: &[(&str, &dyn Display)]) -> String {
        let category = (self.0.plural)(&self.0.code, count as f64);
        let text = self.message(key).map_or("", |m| m.pick(category));
        let mut all: Vec<(&str, &dyn Display)> = vec![("count", &count)];
        all.extend_from_slice(args);
        fill(text, &all)
    }

    /// A content text this language's file gives (a company's own
    /// language), following the fallbacks; `None` when none has it.
    pub fn content(self, key: &str) -> Option<&'static str> {
        self.chain().find_map(|t| t.content.get(key)).map(String::as_str)
    }

    /// The message keys of `reference` this language's own file lacks (what
    /// a preview lists; visitors see the fallback's words for them).
    pub fn missing(self, reference: Lang) -> Vec<&'static str> {
        let own = |k: &String| self.0.messages.contains_key(k) || self.0.later.get().is_some_and(|l| l.contains_key(k));
        let all = reference.0.messages.keys().chain(reference.0.later.get().into_iter().flat_map(|l| l.keys()));
        let mut keys: Vec<&'static str> = all.filter(|k| !own(k)).map(String::as_str).collect();
        crate::order::sort_by(&mut keys, |a, b| a.cmp(b));
        keys
    }
}

impl PartialEq for Lang {
    fn eq(&self, other: &Lang) -> bool {
        std::ptr::eq(self.0, other.0) || self.0.code == other.0.code
    }
}

impl Eq for Lang {}

impl std::hash::Hash for Lang {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.code.hash(state);
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.0.code)
    }
}

/// Whether `s` is a language code: a BCP 47 primary tag of 2–3 lowercase
/// letters with an optional region or script (`kk`, `pt-BR`, `sr-Latn`).
pub fn is_code(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.clone().count() <= 2
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Which language a browser language tag (`ru-RU`, `kk`, `en-GB`) asks for,
/// among those offered: the whole tag, then its primary part.
pub fn pick(tag: &str, offered: &[Lang]) -> Option<Lang> {
    let tag = tag.trim();
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    offered
        .iter()
        .find(|l| l.code().eq_ignore_ascii_case(&tag.replace('_', "-")))
        .or_else(|| {
            offered.iter().find(|l| l.code().split('-').next().is_some_and(|p| p.eq_ignore_ascii_case(primary)))
        })
        .copied()
}

/// A piece of content in the languages it was written in, keyed by code
/// (kept in code order, so two texts with the same words are equal).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text(Vec<(String, String)>);

impl Text {
    /// The same words in every language: what a person types is kept as
    /// typed (written under both built-in codes, as older builds read it).
    pub fn same(s: impl Into<String>) -> Text {
        let s = s.into();
        Text(vec![("en".into(), s.clone()), ("ru".into(), s)])
    }

    /// Text from (code, words) pairs, in order.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Text {
        let mut t = Text::default();
        for (code, s) in pairs {
            t.set(&code, s);
        }
        t
    }

    /// The words for a reader of `lang`: its own, its fallbacks', English,
    /// then whatever the text has.
    pub fn get(&self, lang: Lang) -> &str {
        lang.codes()
            .find_map(|c| self.in_code(c))
            .or_else(|| self.in_code("en"))
            .or_else(|| self.0.first().map(|(_, s)| s.as_str()))
            .unwrap_or("")
    }

    /// The words for a reader of the language with this code: its own,
    /// English, then whatever the text has.
    pub fn for_code(&self, code: &str) -> &str {
        self.in_code(code)
            .or_else(|| self.in_code("en"))
            .or_else(|| self.0.first().map(|(_, s)| s.as_str()))
            .unwrap_or("")
    }

    /// The words in exactly this language, if the text has it.
    pub fn in_code(&self, code: &str) -> Option<&str> {
        self.0.iter().find(|(c, _)| c == code).map(|(_, s)| s.as_str())
    }

    pub fn set(&mut self, code: &str, s: impl Into<String>) {
        let s = s.into();
        match self.0.binary_search_by(|(c, _)| c.as_str().cmp(code)) {
            Ok(at) => self.0[at].1 = s,
            Err(at) => self.0.insert(at, (code.to_string(), s)),
        }
    }

    /// Every (code, words) pair, in code order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(c, s)| (c.as_str(), s.as_str()))
    }

    /// Every language's words, to match a name given in any of them.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, s)| s.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|(_, s)| s.trim().is_empty())
    }

    /// The same text with each language's words changed by `f`.
    pub fn map(&self, mut f: impl FnMut(&str, &str) -> String) -> Text {
        Text(self.0.iter().map(|(c, s)| (c.clone(), f(c, s))).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::language_file::built_in;
    use crate::text::words::native_plural;

    #[test]
    fn browser_tags_pick_among_the_offered_languages() {
        let ru = built_in("ru", native_plural).unwrap();
        let en = built_in("en", native_plural).unwrap();
        let both = [ru, en];
        assert_eq!(pick("ru-RU", &both), Some(ru));
        assert_eq!(pick("RU", &both), Some(ru));
        assert_eq!(pick("en-GB", &both), Some(en));
        assert_eq!(pick("de", &both), None);
        assert_eq!(pick("", &both), None);
    }

    #[test]
    fn a_text_is_shown_in_the_readers_language_or_the_nearest() {
        let ru = built_in("ru", native_plural).unwrap();
        let en = built_in("en", native_plural).unwrap();
        let t = Text::from_pairs([("ru".to_string(), "Da".to_string()), ("en".to_string(), "Yes".to_string())]);
        assert_eq!(t.get(ru), "Da");
        assert_eq!(t.get(en), "Yes");
        let only_ru = Text::from_pairs([("ru".to_string(), "Da".to_string())]);
        assert_eq!(only_ru.get(en), "Da");
        assert_eq!(Text::same("x").get(ru), "x");
    }
}
