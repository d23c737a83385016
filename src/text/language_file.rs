//! A language file: the words of one language, as the project ships its own
//! (`locales/ru.json`, `locales/en.json`) and as a company adds one
//! (`"languages": [{"code": "kk", "file": "kk.json", "fallback": "ru"}]` in
//! its configuration). One declaration gives the reader, the writer and
//! `docs/language.schema.json`; a file is refused with every problem and
//! its path — unknown keys, wrong types, markup, invisible or
//! direction-changing characters, a broken `{placeholder}` — and a key it
//! lacks is taken from its fallback language.

use super::lang::{Lang, is_code};
use super::words::{Message, Plural, PluralFn, Table, placeholders};
use crate::codec::model::{Codec, Dict, Line, Opt, read_as};
use crate::codec::reader::{Problem, Reader, shorten};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// At most this many messages (the app has under a thousand).
pub const MAX_MESSAGES: usize = 5_000;
/// At most this many content texts (a company's whole questionnaire and journeys).
pub const MAX_CONTENT: usize = 20_000;
/// Longest message or content text.
pub const MAX_WORDS: usize = 2_000;

crate::choice! {
    /// The direction a language is written in.
    pub enum Dir { Ltr = "ltr", Rtl = "rtl" }
}

crate::model! {
    /// The words of one language: the interface messages by key and, for a company's own
    /// language, the texts of the content it uses (questions, options, journeys…).
    #[derive(Clone, Debug, PartialEq)]
    pub struct LanguageFile {
        /// The language's BCP 47 code: "kk", "uz", "de", "pt-BR".
        pub code: String as Code,
        /// The language's name in itself, shown in the language switch: "Türkçe".
        pub name: String as Line<40>,
        /// The direction it is written in.
        pub dir: Dir = Dir::Ltr,
        /// The language whose words are shown for a key this file lacks ("ru" or "en", or another
        /// language of the configuration).
        pub fallback: Option<String> as Opt<Code> = None,
        /// Interface messages by key, grouped by the key's first part ({"home": {"start": "…"}}).
        /// A message is text with {placeholders} as in the source, or its plural forms
        /// ({"one": "…", "few": "…", "many": "…", "other": "…"}; "other" is required).
        pub messages: BTreeMap<String, Message> as Messages = BTreeMap::new(),
        /// Content texts by content key (see `make language-template`).
        pub content: BTreeMap<String, String> as Dict<Key, Words, MAX_CONTENT> = BTreeMap::new(),
        /// For each translated key, the hash of the source text it was translated from, so a
        /// changed source marks the translation outdated (`make language-check`).
        pub sources: BTreeMap<String, String> as Dict<Key, SourceHash, MAX_MESSAGES> = BTreeMap::new(),
    }
}

impl LanguageFile {
    /// Reads a language file's text: the document, or every problem.
    pub fn parse(text: &str) -> Result<LanguageFile, Vec<Problem>> {
        let value: Value = serde_json::from_str(text)
            .map_err(|e| vec![Problem { path: String::new(), message: format!("not valid JSON: {e}") }])?;
        read_as::<LanguageFile>(Reader::default(), &value)
    }

    /// The language in use, with its fallback and the plural rules to count with.
    pub fn into_lang(self, fallback: Option<Lang>, plural: PluralFn) -> Lang {
        Lang::new(Table {
            code: self.code,
            name: self.name,
            rtl: self.dir == Dir::Rtl,
            fallback: fallback.map(Lang::table),
            messages: self.messages,
            content: self.content,
            later: Default::default(),
            plural,
        })
    }
}

// `BUILT_IN_NAMES`: the built-in languages' codes and names in themselves,
// for the switch before their words are in (the app fetches a table as a
// file of its own, `dist/words-<code>-<hash>.json`, tools/post-build.mjs,
// only the visitor's before the first screen). build.rs writes it from the
// tables' own names.
include!(concat!(env!("OUT_DIR"), "/built_in_names.rs"));

/// The built-in languages, as shipped in `locales/`: complete (a build
/// check compares their keys) and each the other's fallback-free peer.
/// Native only: the wasm fetches them (issue 17).
#[cfg(not(target_arch = "wasm32"))]
pub const BUILT_IN: [(&str, &str); 2] =
    [("ru", include_str!("../../locales/ru.json")), ("en", include_str!("../../locales/en.json"))];

/// A built-in language by code, made anew (call once per widget and keep it).
#[cfg(not(target_arch = "wasm32"))]
pub fn built_in(code: &str, plural: PluralFn) -> Option<Lang> {
    let (_, text) = BUILT_IN.iter().find(|(c, _)| *c == code)?;
    // The shipped files are checked by the native tests; a broken one
    // would fail those before it could be built.
    LanguageFile::parse(text).ok().map(|f| f.into_lang(None, plural))
}

/// A built-in language from its fetched file: only the file for `code`
/// is taken (a file of another language is refused).
pub fn built_in_from(code: &str, text: &str, plural: PluralFn) -> Result<Lang, String> {
    let file = LanguageFile::parse(text).map_err(|p| format!("{} problems, first: {:?}", p.len(), p.first()))?;
    if file.code != code || !BUILT_IN_NAMES.iter().any(|(c, _)| *c == code) {
        return Err(format!("the file is for \"{}\", not \"{code}\"", file.code));
    }
    Ok(file.into_lang(None, plural))
}

/// A built-in language's words for the later screens, from their fetched
/// file (the same format, only the messages the first screens do not name;
/// tools/post-build.mjs): only the file for `code` is taken.
pub fn later_from(code: &str, text: &str) -> Result<BTreeMap<String, Message>, String> {
    let file = LanguageFile::parse(text).map_err(|p| format!("{} problems, first: {:?}", p.len(), p.first()))?;
    if file.code != code || !BUILT_IN_NAMES.iter().any(|(c, _)| *c == code) {
        return Err(format!("the file is for \"{}\", not \"{code}\"", file.code));
    }
    Ok(file.messages)
}

/// A built-in language whose words are not in yet: its code and name only,
/// for the language switch (never shown as the interface's language).
pub fn placeholder(code: &str, plural: PluralFn) -> Option<Lang> {
    let (code, name) = BUILT_IN_NAMES.iter().find(|(c, _)| *c == code)?;
    Some(Lang::new(Table {
        code: code.to_string(),
        name: name.to_string(),
        rtl: false,
        fallback: None,
        messages: BTreeMap::new(),
        content: BTreeMap::new(),
        later: Default::default(),
        plural,
    }))
}

/// A built-in language with the native plural rules, for tools and tests
/// (parsed anew and leaked on every call; the app keeps one per language).
#[cfg(not(target_arch = "wasm32"))]
pub fn native(code: &str) -> Lang {
    match built_in(code, super::words::native_plural) {
        Some(lang) => lang,
        None => panic!("no built-in language {code}"),
    }
}

/// The hash of a source text that a translation records (FNV-1a, 32 bits,
/// as 8 hex digits): short enough for a spreadsheet column.
pub fn source_hash(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// A language code: a BCP 47 primary tag of 2–3 lowercase letters, with an
/// optional region or script (`pt-BR`, `sr-Latn`).
pub struct Code;

impl Codec<String> for Code {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<String> {
        let s = r.bounded(v, path, 16, false)?;
        if is_code(&s) {
            Some(s)
        } else {
            r.problem(path, format!("\"{}\" is not a language code (use e.g. \"kk\", \"de\", \"pt-BR\")", shorten(&s)));
            None
        }
    }
    fn write(t: &String) -> Value {
        Value::String(t.clone())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "string", "pattern": CODE_PATTERN })
    }
}

#[cfg(not(target_arch = "wasm32"))]
const CODE_PATTERN: &str = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$";

/// A message or content key: dotted parts of lowercase letters, digits,
/// `_` and `-` (`home.start`, `items.s01.options.a`).
pub struct Key;

pub fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 160
        && s.split('.').all(|p| {
            !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        })
}

impl Codec<String> for Key {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<String> {
        let Value::String(s) = v else {
            r.problem(path, "expected a key");
            return None;
        };
        if is_key(s) {
            Some(s.clone())
        } else {
            r.problem(path, format!("\"{}\" is not a key (use dotted lowercase words, e.g. home.start)", shorten(s)));
            None
        }
    }
    fn write(t: &String) -> Value {
        Value::String(t.clone())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "string", "pattern": "^[a-z0-9_-]+(\\.[a-z0-9_-]+)*$" })
    }
}

/// Words a person reads: at most `MAX_WORDS` characters, no invisible or
/// direction-changing characters (the reader refuses them), no markup (the
/// app shows text as text; a tag in a translation is a mistake or an
/// attack), and `{placeholders}` that parse.
pub struct Words;

impl Words {
    fn check(r: &mut Reader, s: String, path: &str) -> Option<String> {
        if let Some(at) = markup_at(&s) {
            r.problem(path, format!("contains markup at character {} (write plain text)", at + 1));
            return None;
        }
        if let Err(why) = placeholders(&s) {
            r.problem(path, why);
            return None;
        }
        let s = s.trim().to_string();
        if s.is_empty() {
            r.problem(path, "is empty (leave the key out to use the fallback language)");
            return None;
        }
        Some(s)
    }
}

impl Codec<String> for Words {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<String> {
        let s = r.bounded(v, path, MAX_WORDS, true)?;
        Words::check(r, s, path)
    }
    fn write(t: &String) -> Value {
        Value::String(t.clone())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "string", "minLength": 1, "maxLength": MAX_WORDS })
    }
}

/// Where a tag would start: `<` before a letter, `/`, `!` or `?`.
fn markup_at(s: &str) -> Option<usize> {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(2).position(|w| w[0] == '<' && (w[1].is_alphabetic() || matches!(w[1], '/' | '!' | '?')))
}

/// The hash of a source text: 8 lowercase hex digits.
pub struct SourceHash;

impl Codec<String> for SourceHash {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<String> {
        match v {
            Value::String(s) if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) => {
                Some(s.clone())
            }
            _ => {
                r.problem(path, "expected the 8 hex digits of a source hash");
                None
            }
        }
    }
    fn write(t: &String) -> Value {
        Value::String(t.clone())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "string", "pattern": "^[0-9a-f]{8}$" })
    }
}

/// The messages: nested objects by key part, read into one map by full key.
pub struct Messages;

/// How deep groups of messages may nest.
const MAX_DEPTH: usize = 4;

impl Messages {
    fn read_into(
        r: &mut Reader,
        v: &Value,
        path: &str,
        prefix: &str,
        depth: usize,
        out: &mut BTreeMap<String, Message>,
    ) {
        let Value::Object(m) = v else {
            r.problem(path, "expected an object of messages");
            return;
        };
        for (k, v) in m {
            let at = format!("{path}.{}", shorten(k));
            let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            if !is_key(&key) {
                r.problem(&at, format!("\"{}\" is not a key (use lowercase words, e.g. start)", shorten(k)));
                continue;
            }
            if out.len() >= MAX_MESSAGES {
                r.problem(path, format!("more than {MAX_MESSAGES} messages"));
                return;
            }
            match v {
                Value::String(_) => {
                    if let Some(s) = Words::read(r, v, &at) {
                        out.insert(key, Message::Plain(s));
                    }
                }
                Value::Object(forms) if is_plural(forms) => {
                    let mut read = BTreeMap::new();
                    for (form, text) in forms {
                        let (Some(p), Some(s)) = (Plural::from_id(form), Words::read(r, text, &format!("{at}.{form}")))
                        else {
                            continue;
                        };
                        read.insert(p, s);
                    }
                    out.insert(key, Message::Plural(read));
                }
                Value::Object(_) if depth < MAX_DEPTH => Messages::read_into(r, v, &at, &key, depth + 1, out),
                _ => r.problem(&at, "expected a message (text, or its plural forms) or a group of messages"),
            }
        }
    }
}

/// Plural forms are an object of CLDR categories with "other" among them.
fn is_plural(m: &Map<String, Value>) -> bool {
    m.contains_key("other") && m.keys().all(|k| Plural::from_id(k).is_some())
}

impl Codec<BTreeMap<String, Message>> for Messages {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<BTreeMap<String, Message>> {
        let mut out = BTreeMap::new();
        Messages::read_into(r, v, path, "", 0, &mut out);
        Some(out)
    }
    /// Grouped by the key's first part, as translators and diffs read best.
    fn write(t: &BTreeMap<String, Message>) -> Value {
        let mut groups: Map<String, Value> = Map::new();
        for (key, message) in t {
            let (group, rest) = key.split_once('.').unwrap_or(("", key.as_str()));
            let value = match message {
                Message::Plain(s) => Value::String(s.clone()),
                Message::Plural(forms) => {
                    let mut m = Map::new();
                    for (p, s) in forms {
                        m.insert(p.id().into(), Value::String(s.clone()));
                    }
                    Value::Object(m)
                }
            };
            if group.is_empty() {
                groups.insert(rest.to_string(), value);
            } else if let Value::Object(g) = groups.entry(group).or_insert_with(|| Value::Object(Map::new())) {
                g.insert(rest.to_string(), value);
            }
        }
        Value::Object(groups)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        let words = Words::schema();
        let plural = serde_json::json!({
            "type": "object",
            "properties": { "zero": words, "one": words, "two": words, "few": words, "many": words, "other": words },
            "required": ["other"],
            "additionalProperties": false,
        });
        serde_json::json!({
            "type": "object",
            "description": "Messages by key, grouped by the key's first part.",
            "additionalProperties": {
                "anyOf": [words, plural, { "type": "object", "additionalProperties": { "anyOf": [words, plural, { "type": "object" }] } }]
            }
        })
    }
}

/// Every message key with its texts, flat (`key` or `key[one]` for a
/// plural form): the rows of the translators' spreadsheet.
pub fn flat(messages: &BTreeMap<String, Message>) -> Vec<(String, &str)> {
    let mut rows = Vec::new();
    for (key, m) in messages {
        for (form, text) in m.forms() {
            match form {
                Some(p) => rows.push((format!("{key}[{}]", p.id()), text)),
                None => rows.push((key.clone(), text)),
            }
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::native_plural;

    #[test]
    fn the_built_in_names_are_the_files_names_and_a_fetched_file_must_be_the_language_asked_for() {
        for (code, text) in BUILT_IN {
            let file = LanguageFile::parse(text).unwrap();
            let (_, name) = BUILT_IN_NAMES.iter().find(|(c, _)| *c == code).unwrap();
            assert_eq!((file.code.as_str(), file.name.as_str()), (code, *name));
            assert_eq!(built_in_from(code, text, native_plural).unwrap().t("app.reload"), native(code).t("app.reload"));
            assert!(placeholder(code, native_plural).unwrap().t("app.reload").is_empty());
        }
        assert!(built_in_from("en", BUILT_IN[0].1, native_plural).is_err());
        assert!(built_in_from("tr", r#"{"code": "tr", "name": "Türkçe"}"#, native_plural).is_err());
        assert!(built_in_from("ru", "<html>", native_plural).is_err());
    }

    #[test]
    fn a_language_file_reads_nested_messages_and_plural_forms() {
        let f = LanguageFile::parse(
            r#"{"code": "tr", "name": "Türkçe", "fallback": "ru",
                "messages": {"home": {"start": "Başla", "people": {"one": "{count} kişi", "other": "{count} kişi"}}},
                "content": {"items.s01.text": "Müşteri geldi"}}"#,
        )
        .unwrap();
        assert_eq!(f.messages.len(), 2);
        let ru = built_in("ru", native_plural).unwrap();
        let tr = f.into_lang(Some(ru), native_plural);
        assert_eq!(tr.t("home.start"), "Başla");
        assert_eq!(tr.p("home.people", 5, &[]), "5 kişi");
        assert_eq!(tr.content("items.s01.text"), Some("Müşteri geldi"));
        assert!(!tr.missing(ru).is_empty(), "the rest comes from Russian");
    }

    #[test]
    fn a_hostile_file_is_refused_with_every_problem_and_its_path() {
        let problems: Vec<String> = LanguageFile::parse(
            "{\"code\": \"KK!\", \"name\": \"x\", \"extra\": 1,
              \"messages\": {\"home\": {\"start\": \"<img src=x onerror=alert(1)>\", \"go\": \"Go\u{202E}\", \"n\": \"{count\", \"Bad\": \"x\", \"deep\": 5}}}",
        )
        .unwrap_err()
        .iter()
        .map(|p| p.to_string())
        .collect();
        let all = problems.join("\n");
        for part in [
            "code",
            "extra",
            "home.start: contains markup",
            "home.go: contains an invisible",
            "home.n: a { is not closed",
            "home.Bad",
            "home.deep",
        ] {
            assert!(all.contains(part), "{part} not reported in:\n{all}");
        }
    }

    #[test]
    fn the_built_in_languages_have_the_same_keys_and_placeholders() {
        let ru = LanguageFile::parse(BUILT_IN[0].1).unwrap();
        let en = LanguageFile::parse(BUILT_IN[1].1).unwrap();
        let ru_keys: Vec<_> = ru.messages.keys().collect();
        let en_keys: Vec<_> = en.messages.keys().collect();
        assert_eq!(ru_keys, en_keys);
        for (key, m) in &en.messages {
            let names = |m: &Message| {
                let mut all: Vec<String> =
                    m.forms().iter().flat_map(|(_, t)| placeholders(t).unwrap_or_default()).map(String::from).collect();
                all.sort();
                all.dedup();
                all
            };
            assert_eq!(names(m), names(&ru.messages[key]), "placeholders of {key} differ between en and ru");
        }
    }

    #[test]
    fn a_file_writes_back_as_it_was_read() {
        let en = LanguageFile::parse(BUILT_IN[1].1).unwrap();
        let again: LanguageFile = read_as(Reader::default(), &crate::codec::model::Model::write(&en)).unwrap();
        assert_eq!(again, en);
    }

    #[test]
    fn codes_and_hashes() {
        assert!(
            is_code("kk")
                && is_code("pt-BR")
                && is_code("sr-Latn")
                && !is_code("KK")
                && !is_code("k")
                && !is_code("en_GB")
        );
        assert_eq!(source_hash("Start").len(), 8);
        assert_ne!(source_hash("Start"), source_hash("Start!"));
    }
}
