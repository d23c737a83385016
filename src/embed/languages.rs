//! The languages a configuration offers: built-in ones by code (`"ru"`),
//! and a company's own, from a file beside the configuration
//! (`{"code": "kk", "name": "Kazakh in itself", "file": "kk.json", "fallback": "ru"}`)
//! or written inline with their messages and content texts. Read through
//! the same declarations as everything else; the rules across entries
//! (unique codes, a fallback that exists) are in `check`.

use crate::codec::model::{Codec, Line, Model, Opt};
use crate::codec::reader::{Problem, Reader, shorten};
use crate::embed::file_name::is_config_file;
use crate::text::language_file::{Code, Dir, Key, LanguageFile, MAX_CONTENT, Messages, Words};
use crate::text::words::Message;
use serde_json::Value;
use std::collections::BTreeMap;

/// The codes of the languages the app ships.
pub const BUILT_IN: [&str; 2] = ["ru", "en"];

crate::model! {
    /// A company's own language: its file beside the configuration, or its words inline.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OwnLanguage {
        /// The language's BCP 47 code: "kk", "uz", "de", "pt-BR".
        pub code: String as Code,
        /// The language's name in itself, shown in the language switch (the file's when left out).
        pub name: Option<String> as Opt<Line<40>> = None,
        /// A language file beside the configuration file ("kk.json"), made with
        /// `make language-import`; leave out to write the words inline.
        pub file: Option<String> as Opt<FileName> = None,
        /// The language whose words are shown for a key this one lacks: a built-in language
        /// ("ru", "en") or a company language listed before this one. Default: the file's, else "en".
        pub fallback: Option<String> as Opt<Code> = None,
        /// The direction it is written in (inline words; a file says its own).
        pub dir: Dir = Dir::Ltr,
        /// Inline interface messages by key, as in a language file.
        pub messages: BTreeMap<String, Message> as Messages = BTreeMap::new(),
        /// Inline content texts by content key, as in a language file.
        pub content: BTreeMap<String, String> as crate::codec::model::Dict<Key, Words, MAX_CONTENT> = BTreeMap::new(),
    }
}

/// One entry of `"languages"`.
#[derive(Clone, Debug, PartialEq)]
pub enum Language {
    /// A built-in language by code.
    BuiltIn(String),
    /// A company's own language.
    Own(OwnLanguage),
}

impl Language {
    pub fn code(&self) -> &str {
        match self {
            Language::BuiltIn(c) => c,
            Language::Own(o) => &o.code,
        }
    }
}

impl Model for Language {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Language> {
        match v {
            Value::Object(_) => <OwnLanguage as Model>::read(r, v, path).map(Language::Own),
            _ => <Code as Codec<String>>::read(r, v, path).map(Language::BuiltIn),
        }
    }
    fn write(&self) -> Value {
        match self {
            Language::BuiltIn(c) => Value::String(c.clone()),
            Language::Own(o) => o.write(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        let mut code = <Code as Codec<String>>::schema();
        code["description"] = Value::from("A built-in language: \"ru\" or \"en\".");
        serde_json::json!({ "anyOf": [code, <OwnLanguage as Model>::schema()] })
    }
}

/// A language file's name: like a configuration file's, a plain name
/// beside it (`kk.json`), never a path or another origin.
pub struct FileName;

impl Codec<String> for FileName {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<String> {
        let s = r.bounded(v, path, 100, false)?;
        if is_config_file(&s) {
            Some(s)
        } else {
            r.problem(
                path,
                format!("\"{}\" is not a file name beside the configuration (use e.g. \"kk.json\")", shorten(&s)),
            );
            None
        }
    }
    fn write(t: &String) -> Value {
        Value::String(t.clone())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "string", "pattern": "^[A-Za-z0-9_-][A-Za-z0-9._-]*\\.json$", "maxLength": 100 })
    }
}

/// The codes every content text of the configuration must have: the
/// built-in languages it names, directly or as a fallback (a company's
/// own language takes its texts from its file, or its fallback's).
pub fn required_codes(value: &Value) -> Vec<String> {
    let mut codes: Vec<String> = Vec::new();
    for l in value.get("languages").and_then(Value::as_array).into_iter().flatten() {
        let code = match l {
            Value::String(c) => Some(c.as_str()),
            Value::Object(o) => o.get("fallback").and_then(Value::as_str),
            _ => None,
        };
        if let Some(c) = code.filter(|c| BUILT_IN.contains(c))
            && !codes.iter().any(|x| x == c)
        {
            codes.push(c.to_string());
        }
    }
    codes
}

/// The rules across entries: each code once, built-in codes only as
/// strings, a company language with a file or a name, and a fallback that
/// is built in or listed before it. Gives the codes in order and the
/// company languages with their fallback filled in.
pub fn check(r: &mut Reader, list: &[Language]) -> (Vec<String>, Vec<OwnLanguage>) {
    let mut codes: Vec<String> = Vec::new();
    let mut own: Vec<OwnLanguage> = Vec::new();
    for (i, l) in list.iter().enumerate() {
        let at = format!("languages[{i}]");
        if codes.iter().any(|c| c == l.code()) {
            r.problem(&at, format!("\"{}\" is listed twice", l.code()));
            continue;
        }
        match l {
            Language::BuiltIn(c) if !BUILT_IN.contains(&c.as_str()) => {
                r.problem(
                    &at,
                    format!(
                        "\"{c}\" is not a built-in language ({}); name its file: {{\"code\": \"{c}\", \"name\": …, \"file\": \"{c}.json\"}}",
                        BUILT_IN.join(", ")
                    ),
                );
                continue;
            }
            Language::BuiltIn(_) => {}
            Language::Own(o) => {
                if BUILT_IN.contains(&o.code.as_str()) {
                    r.problem(&format!("{at}.code"), format!("\"{}\" is built in: list it as \"{}\"", o.code, o.code));
                    continue;
                }
                let inline = !o.messages.is_empty() || !o.content.is_empty();
                if o.file.is_some() && inline {
                    r.problem(&at, "give either a file or the words inline, not both");
                }
                if o.file.is_none() && o.name.is_none() {
                    r.problem(&format!("{at}.name"), "missing (a language written inline needs its name)");
                }
                if let Some(f) = &o.fallback
                    && !BUILT_IN.contains(&f.as_str())
                    && !own.iter().any(|x| &x.code == f)
                {
                    r.problem(
                        &format!("{at}.fallback"),
                        format!("\"{f}\" is neither built in nor a language listed before this one"),
                    );
                }
                own.push(o.clone());
            }
        }
        codes.push(l.code().to_string());
    }
    (codes, own)
}

impl OwnLanguage {
    /// The language as a file: the inline words, or a file's read words
    /// with what the configuration says about them (its name and fallback
    /// win over the file's).
    pub fn with_file(&self, file: Option<LanguageFile>) -> LanguageFile {
        let mut f = file.unwrap_or_else(|| LanguageFile {
            code: self.code.clone(),
            name: String::new(),
            dir: self.dir,
            fallback: None,
            messages: self.messages.clone(),
            content: self.content.clone(),
            sources: BTreeMap::new(),
        });
        if let Some(name) = &self.name {
            f.name = name.clone();
        }
        if self.fallback.is_some() {
            f.fallback = self.fallback.clone();
        }
        if f.fallback.is_none() {
            f.fallback = Some("en".into());
        }
        f
    }
}

/// Reads a company's language file for entry `at` of the configuration:
/// the file, or its problems with their paths under the entry.
pub fn read_file(at: &str, name: &str, code: &str, text: &str) -> Result<LanguageFile, Vec<Problem>> {
    let under = |p: Problem| Problem {
        path: if p.path.is_empty() { format!("{at}({name})") } else { format!("{at}({name}).{}", p.path) },
        message: p.message,
    };
    let file = LanguageFile::parse(text).map_err(|ps| ps.into_iter().map(under).collect::<Vec<_>>())?;
    if file.code != code {
        return Err(vec![under(Problem {
            path: "code".into(),
            message: format!("the file is for \"{}\", the configuration names it for \"{code}\"", file.code),
        })]);
    }
    Ok(file)
}

/// What a company language lacks, for the preview: its message keys
/// missing against the English table and its content keys missing against
/// the content in use (visitors see the fallback's words for them).
/// (In the browser the built-in tables are fetched apart, so the message
/// keys are listed when the app mounts, against the fallback's table:
/// `Lang::missing`; here, natively, against the English table.)
pub fn missing(file: &LanguageFile, content: &crate::content::Content) -> (Vec<String>, Vec<String>) {
    #[cfg(not(target_arch = "wasm32"))]
    let english = crate::text::language_file::BUILT_IN
        .iter()
        .find(|(c, _)| *c == "en")
        .and_then(|(_, text)| LanguageFile::parse(text).ok())
        .map(|f| f.messages)
        .unwrap_or_default();
    #[cfg(target_arch = "wasm32")]
    let english: std::collections::BTreeMap<String, crate::text::words::Message> = Default::default();
    let messages = english.keys().filter(|k| !file.messages.contains_key(*k)).cloned().collect();
    (messages, crate::content::keys::missing(content, &file.content))
}
