//! The translators' spreadsheet (`make language-template`,
//! `language-import`, `language-check`; `examples/language.rs` is the
//! command line around it). One row per message — plural forms as
//! `key[one]` — and per content text, with the Russian and English source
//! and the hash of the English one; a filled sheet becomes a language file
//! that records, for each key, the hash of the source it was translated
//! from, so a changed English sentence shows its translation outdated.

use super::lang::Text;
use super::language_file::{Dir, LanguageFile, flat, source_hash};
use super::words::{Message, Plural, placeholders};
use crate::codec::model::Model;
use crate::content::Content;
use crate::team::csv::{Cursor, next_row};
use std::collections::{BTreeMap, BTreeSet};

pub const HEADER: [&str; 5] = ["key", "source_hash", "ru", "en", "translation"];

/// What a language is translated from: the built-in messages and the
/// content texts, by key.
pub struct Source {
    pub ru: BTreeMap<String, Message>,
    pub en: BTreeMap<String, Message>,
    pub content: Vec<(String, Text)>,
}

impl Source {
    /// The built-in tables and the given content (the shipped one, or a
    /// company's with its own items and journeys).
    pub fn new(content: &Content) -> Result<Source, String> {
        let table = |code: &str| {
            let (_, text) = super::language_file::BUILT_IN.iter().find(|(c, _)| *c == code).ok_or("no table")?;
            LanguageFile::parse(text).map(|f| f.messages).map_err(|p| format!("locales/{code}.json: {p:?}"))
        };
        Ok(Source { ru: table("ru")?, en: table("en")?, content: crate::content::keys::texts(content) })
    }

    /// The English source of a key as one text (a plural message's forms
    /// joined), whose hash a translation records.
    pub fn english(&self, key: &str) -> Option<String> {
        if let Some(m) = self.en.get(key) {
            return Some(m.forms().iter().map(|(_, t)| *t).collect::<Vec<_>>().join("|"));
        }
        self.content.iter().find(|(k, _)| k == key).map(|(_, t)| t.for_code("en").to_string())
    }

    /// The current hash of a key's English source.
    pub fn hash(&self, key: &str) -> Option<String> {
        self.english(key).map(|s| source_hash(&s))
    }
}

/// One row of the sheet.
struct Row {
    key: String,
    hash: String,
    ru: String,
    en: String,
}

fn rows(src: &Source) -> Vec<Row> {
    let mut out = Vec::new();
    // A plural message gets a row for every form either language uses.
    for (key, en) in &src.en {
        let hash = src.hash(key).unwrap_or_default();
        let ru = src.ru.get(key);
        match (en, ru) {
            (Message::Plain(e), r) => out.push(Row {
                key: key.clone(),
                hash,
                ru: r.map(|m| m.pick(Plural::Other).to_string()).unwrap_or_default(),
                en: e.clone(),
            }),
            (Message::Plural(forms), r) => {
                let mut all: BTreeSet<Plural> = forms.keys().copied().collect();
                if let Some(Message::Plural(rf)) = r {
                    all.extend(rf.keys().copied());
                }
                for p in all {
                    let ru = match r {
                        Some(Message::Plural(rf)) => rf.get(&p).cloned().unwrap_or_default(),
                        _ => String::new(),
                    };
                    out.push(Row {
                        key: format!("{key}[{}]", p.id()),
                        hash: hash.clone(),
                        ru,
                        en: forms.get(&p).cloned().unwrap_or_default(),
                    });
                }
            }
        }
    }
    for (key, t) in &src.content {
        out.push(Row {
            key: key.clone(),
            hash: source_hash(t.for_code("en")),
            ru: t.in_code("ru").unwrap_or("").to_string(),
            en: t.in_code("en").unwrap_or("").to_string(),
        });
    }
    out
}

/// A CSV cell: quoted when it holds a separator, a quote or a line break;
/// a cell a spreadsheet would run as a formula gets a `'` first (the
/// reader takes it back).
pub fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r', ';', '\t']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

fn line(cells: &[&str]) -> String {
    cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",") + "\r\n"
}

/// The sheet to translate into a language: every key, the translation
/// column empty (or filled from an earlier file, to update it).
pub fn template(src: &Source, earlier: Option<&LanguageFile>) -> String {
    let mut out = line(&HEADER);
    let done: BTreeMap<String, &str> = earlier.map(|f| flat(&f.messages)).unwrap_or_default().into_iter().collect();
    for row in rows(src) {
        let translation = done
            .get(&row.key)
            .copied()
            .or_else(|| earlier.and_then(|f| f.content.get(&row.key)).map(String::as_str))
            .unwrap_or("");
        out.push_str(&line(&[&row.key, &row.hash, &row.ru, &row.en, translation]));
    }
    out
}

/// Reads a CSV text into rows of fields (quotes, separators and line breaks
/// inside quotes as a spreadsheet writes them).
pub fn read_csv(text: &str) -> Result<Vec<(usize, Vec<String>)>, String> {
    let mut cur = Cursor::start(text);
    let mut out = Vec::new();
    while let Some((line, row)) = next_row(text, &mut cur) {
        let row = row.map_err(|_| format!("line {line}: too many or too long cells"))?;
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        out.push((line, row));
    }
    Ok(out)
}

/// What the language file says about itself.
pub struct Meta {
    pub code: String,
    pub name: String,
    pub dir: Dir,
    pub fallback: Option<String>,
}

/// Whether a translation's placeholders fit its source's: the same names
/// (a plural form may leave out `{count}`: "one person").
fn same_placeholders(key: &str, source: &str, translation: &str) -> Result<(), String> {
    let got: BTreeSet<&str> = placeholders(translation).map_err(|why| format!("{key}: {why}"))?.into_iter().collect();
    let want: BTreeSet<&str> = placeholders(source).unwrap_or_default().into_iter().collect();
    let plural = key.ends_with(']');
    let fits = got.is_subset(&want) && want.iter().all(|w| got.contains(w) || (plural && *w == "count"));
    if fits {
        Ok(())
    } else {
        let show = |s: &BTreeSet<&str>| s.iter().map(|n| format!("{{{n}}}")).collect::<Vec<_>>().join(" ");
        Err(format!("{key}: the placeholders are {} but the source has {}", show(&got), show(&want)))
    }
}

/// A filled sheet as a language file: every translated row, checked; or
/// every refused row with its key (unknown keys, broken placeholders,
/// a plural without its "other" form) and the file's own problems.
pub fn import(src: &Source, meta: Meta, csv: &str) -> Result<LanguageFile, Vec<String>> {
    let rows = read_csv(csv).map_err(|e| vec![e])?;
    let mut problems = Vec::new();
    let mut it = rows.into_iter();
    let Some((_, header)) = it.next() else { return Err(vec!["the sheet is empty".into()]) };
    let col = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let (Some(k), Some(t)) = (col("key"), col("translation")) else {
        return Err(vec![format!("the first row must be the header: {}", HEADER.join(","))]);
    };
    let sources: BTreeMap<String, &str> = flat(&src.en).into_iter().collect();
    let mut messages: BTreeMap<String, Message> = BTreeMap::new();
    let mut content = BTreeMap::new();
    let mut hashes = BTreeMap::new();
    for (line, row) in it {
        let key = row.get(k).map(|s| s.trim()).unwrap_or("").to_string();
        let text = row.get(t).map(|s| s.trim()).unwrap_or("");
        if text.is_empty() {
            continue;
        }
        let (base, form) = match key.strip_suffix(']').and_then(|s| s.split_once('[')) {
            Some((b, f)) => (b.to_string(), Some(f.to_string())),
            None => (key.clone(), None),
        };
        let source = if let Some(m) = src.en.get(&base) {
            // A form the English lacks (Russian "few") is checked against "other".
            sources.get(&key).copied().unwrap_or_else(|| m.pick(Plural::Other)).to_string()
        } else if let Some((_, c)) = src.content.iter().find(|(c, _)| *c == base) {
            c.for_code("en").to_string()
        } else {
            problems.push(format!("line {line}: {key}: no such key"));
            continue;
        };
        if let Err(why) = same_placeholders(&key, &source, text) {
            problems.push(format!("line {line}: {why}"));
            continue;
        }
        match (src.en.get(&base), form) {
            (Some(Message::Plural(_)), Some(form)) => {
                let Some(p) = Plural::from_id(&form) else {
                    problems.push(format!("line {line}: {key}: \"{form}\" is not a plural form"));
                    continue;
                };
                if let Message::Plural(forms) =
                    messages.entry(base.clone()).or_insert_with(|| Message::Plural(BTreeMap::new()))
                {
                    forms.insert(p, text.to_string());
                }
            }
            (Some(Message::Plain(_)), None) => {
                messages.insert(base.clone(), Message::Plain(text.to_string()));
            }
            (Some(_), _) => {
                problems.push(format!("line {line}: {key}: no such key (a plural message has a row per form)"));
                continue;
            }
            (None, _) => {
                content.insert(base.clone(), text.to_string());
            }
        }
        if let Some(h) = src.hash(&base) {
            hashes.insert(base, h);
        }
    }
    for (key, m) in &messages {
        if let Message::Plural(forms) = m
            && !forms.contains_key(&Plural::Other)
        {
            problems.push(format!("{key}[other]: missing (a plural message needs its \"other\" form)"));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let file = LanguageFile {
        code: meta.code,
        name: meta.name,
        dir: meta.dir,
        fallback: meta.fallback,
        messages,
        content,
        sources: hashes,
    };
    // Read back as every language file is: markup, hidden characters…
    LanguageFile::parse(&to_json(&file)).map_err(|ps| ps.iter().map(|p| p.to_string()).collect())
}

/// A language file as written to disk.
pub fn to_json(file: &LanguageFile) -> String {
    serde_json::to_string_pretty(&file.write()).unwrap_or_default() + "\n"
}

/// What a language file lacks, has too much of, and translated from an
/// English source that has changed since.
#[derive(Debug, Default, PartialEq)]
pub struct Report {
    pub missing: Vec<String>,
    pub extra: Vec<String>,
    pub outdated: Vec<String>,
    /// Placeholders that no longer fit the source.
    pub broken: Vec<String>,
}

impl Report {
    /// Extra and broken keys are errors; missing and outdated ones show
    /// the fallback or an old sentence, which still works.
    pub fn failed(&self) -> bool {
        !self.extra.is_empty() || !self.broken.is_empty()
    }
}

/// Compares a language file with the current sources.
pub fn check(src: &Source, file: &LanguageFile) -> Report {
    let mut r = Report::default();
    for key in src.en.keys().chain(src.content.iter().map(|(k, _)| k)) {
        if !file.messages.contains_key(key) && !file.content.contains_key(key) {
            r.missing.push(key.clone());
        }
    }
    let sources: BTreeMap<String, &str> = flat(&src.en).into_iter().collect();
    for (key, m) in &file.messages {
        let Some(en) = src.en.get(key) else {
            r.extra.push(key.clone());
            continue;
        };
        for (form, text) in m.forms() {
            let row = match form {
                Some(p) => format!("{key}[{}]", p.id()),
                None => key.clone(),
            };
            let source = sources.get(&row).copied().unwrap_or_else(|| en.pick(Plural::Other));
            if let Err(why) = same_placeholders(&row, source, text) {
                r.broken.push(why);
            }
        }
    }
    for (key, text) in &file.content {
        match src.content.iter().find(|(k, _)| k == key) {
            None => r.extra.push(key.clone()),
            Some((_, t)) => {
                if let Err(why) = same_placeholders(key, t.for_code("en"), text) {
                    r.broken.push(why);
                }
            }
        }
    }
    for key in file.messages.keys().chain(file.content.keys()) {
        let Some(now) = src.hash(key) else { continue };
        if file.sources.get(key) != Some(&now) {
            r.outdated.push(key.clone());
        }
    }
    r
}
