//! Getting results out and back in: a JSON file of everything (or one
//! result), CSV for spreadsheets, Mermaid `journey` text for documentation
//! tools, and reading back whatever a person pastes or picks.

use crate::check::scoring::{self, Answers, percent};
use crate::codec::model::{Model, read_as};
use crate::codec::reader::Reader;
use crate::content::{Content, Ladder, Level};
use crate::document::history::Record;
use crate::document::saved::{self, Loaded, Saved};
use crate::document::share::{self, LinkError};
use crate::text::lang::Lang;
use crate::walk::journey::Journey;
use crate::walk::record::Walk;
use serde_json::Value;
use std::fmt;

/// The detail of an unreadable file that is not JSON at all (for
/// developers, like the reader's problems).
const NOT_JSON: &str = "not valid JSON";

/// Largest file or pasted text read for import.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

/// Everything the app keeps, as a file that `import` reads back to the same state.
pub fn everything(saved: &Saved) -> String {
    serde_json::to_string_pretty(&saved.write()).unwrap_or_default()
}

/// One finished result as a file; importing it adds it to the history.
pub fn one_result(record: &Record) -> String {
    let doc = serde_json::json!({ "schema": saved::SCHEMA, "result": record.write() });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

#[derive(Clone, Debug, PartialEq)]
pub enum Import {
    Everything(Box<Saved>),
    Result(Box<Record>),
    Link(Box<share::Opened>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooBig,
    /// Neither a Service Ladder file nor a result link.
    NotOurs,
    Link(LinkError),
    /// A Service Ladder file that cannot be read.
    Unreadable(String),
    Newer(u32),
}

impl ImportError {
    /// What a person reads about this error, in `lang` (the detail of an
    /// unreadable file is for developers and stays out of it).
    pub fn words(&self, lang: Lang) -> String {
        match self {
            ImportError::TooBig => lang.f("document_export.too_big", &[("mb", &(MAX_IMPORT_BYTES / 1024 / 1024))]),
            ImportError::NotOurs => lang.t("document_export.not_ours").to_string(),
            ImportError::Link(e) => e.words(lang).to_string(),
            ImportError::Unreadable(_) => lang.t("document_export.unreadable").to_string(),
            ImportError::Newer(schema) => lang.f("document_export.newer", &[("schema", schema)]),
        }
    }
}

/// For developers and logs only: what a person reads comes from
/// `words(lang)`.
impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

/// Reads an export file, or a pasted link or file content. A file is read
/// as a file even when the text inside it holds a link (a note may quote
/// one); everything passes the same reader as stored data, and then the
/// check against this page's content, before anything is used.
pub fn import(text: &str, c: &Content) -> Result<Import, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooBig);
    }
    let text = text.trim();
    if text.starts_with('{') {
        let value: Value =
            serde_json::from_str(text).map_err(|e| ImportError::Unreadable(format!("{NOT_JSON}: {e}")))?;
        return import_file(value, c);
    }
    let fragment = match text.split_once('#') {
        Some((_, f)) if f.starts_with(share::PREFIX) => f,
        _ if text.starts_with(share::PREFIX) => text,
        _ => return Err(ImportError::NotOurs),
    };
    share::open(fragment, c).map(|o| Import::Link(Box::new(o))).map_err(ImportError::Link)
}

fn import_file(value: Value, c: &Content) -> Result<Import, ImportError> {
    let Some(schema) = value.get("schema").and_then(Value::as_u64) else { return Err(ImportError::NotOurs) };
    if schema > u64::from(saved::SCHEMA) {
        return Err(ImportError::Newer(u32::try_from(schema).unwrap_or(u32::MAX)));
    }
    if let Some(record) = value.get("result") {
        // Records of earlier schemas carry no id yet, nor today's hand-off answers.
        let mut record = record.clone();
        if schema < u64::from(saved::SCHEMA)
            && let Some(audits) = record.get_mut("walkthrough").and_then(|w| w.get_mut("audits"))
        {
            crate::walk::record::migrate_audits(audits);
        }
        let id = crate::document::history::record_id(&record);
        if let Some(inner) = record.as_object_mut().and_then(|o| o.values_mut().next()).and_then(Value::as_object_mut)
            && !inner.contains_key("id")
        {
            inner.insert("id".into(), Value::from(id));
        }
        let record = read_as::<Record>(Reader::lenient(), &record)
            .map_err(|p| ImportError::Unreadable(saved::problem_summary(&p)))?;
        let problems = crate::document::fit::record_problems(&record, c);
        if !problems.is_empty() {
            return Err(ImportError::Unreadable(saved::problem_summary(&problems)));
        }
        return Ok(Import::Result(Box::new(record)));
    }
    match saved::decode_value(value) {
        Loaded::Restored { saved, .. } => {
            let problems = crate::document::fit::saved_problems(&saved, c);
            if problems.is_empty() {
                Ok(Import::Everything(Box::new(saved)))
            } else {
                Err(ImportError::Unreadable(saved::problem_summary(&problems)))
            }
        }
        Loaded::Newer { schema } => Err(ImportError::Newer(schema)),
        Loaded::Unreadable { reason } => Err(ImportError::Unreadable(reason)),
        Loaded::Fresh => Err(ImportError::NotOurs),
    }
}

/// One CSV text field, quoted as RFC 4180 asks, and defused: text that a
/// spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@` or
/// a control character) gets a leading `'` — the one rule for every text
/// cell. Numbers are not text: `csv_number`.
pub fn csv_field(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r', '\0']);
    let s = if risky { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) || s != s.trim() { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

/// One CSV number field: plain ASCII (`-20`), never quoted or defused, so
/// a spreadsheet reads it as the number it is.
pub fn csv_number(n: impl Into<i64>) -> String {
    n.into().to_string()
}

/// A cell of the CSV export: text or a number, each written by its rule.
enum Cell<'a> {
    Text(&'a str),
    Number(i64),
    Blank,
}

fn csv_row(out: &mut String, cells: &[Cell]) {
    let line: Vec<String> = cells
        .iter()
        .map(|c| match c {
            Cell::Text(s) => csv_field(s),
            Cell::Number(n) => csv_number(*n),
            Cell::Blank => String::new(),
        })
        .collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// Ratings as people read them, with a true minus sign (U+2212): for the
/// screen and the slides. A CSV file carries the number itself.
pub fn rating_text(r: Option<i8>) -> &'static str {
    match r {
        Some(1) => "+1",
        Some(0) => "0",
        Some(_) => "−1",
        None => "",
    }
}

/// Answers and scores for spreadsheets: one row per level, quality, answer
/// and touchpoint. Scores are 0–100 and a touchpoint's rating −1, 0 or 1,
/// all as numbers.
/// `role` is the kind of work the questions were chosen for.
pub fn csv(
    c: &Content,
    role: Option<&str>,
    lang: Lang,
    answers: Option<&Answers>,
    walk: Option<(&Journey, &Walk)>,
) -> String {
    use Cell::{Blank, Number, Text};
    let score = |v: Option<u32>| v.map_or(Blank, |v| Number(v.into()));
    let mut out = String::new();
    csv_row(&mut out, &[Text("section"), Text("id"), Text("name"), Text("answer"), Text("score")]);
    if let Some(answers) = answers {
        let role = role.or(c.assessment.default_role().map(|r| r.id.as_str()));
        let a = &role.map_or_else(|| c.assessment.clone(), |r| c.assessment.for_role(r));
        let s = scoring::score(a, answers);
        // Results are compared only with results of the same model.
        csv_row(&mut out, &[Text("model"), Number(scoring::MODEL_VERSION.into()), Blank, Blank, Blank]);
        for l in Level::ALL {
            let chosen = if l == s.level { Text("level") } else { Blank };
            let name = a.levels[l.index()].name.get(lang);
            csv_row(&mut out, &[Text("level"), Text(l.id()), Text(name), chosen, score(Some(percent(s.strength(l))))]);
        }
        for (q, v) in a.qualities.iter().zip(&s.qualities) {
            csv_row(&mut out, &[Text("quality"), Text(&q.id), Text(q.name.get(lang)), Blank, score(v.map(percent))]);
        }
        for item in &a.items {
            let choice = answers.get(&item.id).and_then(|id| item.choices.iter().find(|c| &c.id == id));
            let (text, value) = match choice {
                // Ladder values −1…+1 and trait values 0…1 both as 0–100.
                Some(ch) if item.kind.is_ladder() => (Text(ch.text.get(lang)), Some(percent((ch.value + 1.0) / 2.0))),
                Some(ch) => (Text(ch.text.get(lang)), Some(percent(ch.value))),
                None => (Blank, None),
            };
            csv_row(&mut out, &[Text("answer"), Text(&item.id), Text(item.text.get(lang)), text, score(value)]);
        }
    }
    if let Some((j, w)) = walk {
        for t in &j.touchpoints {
            let audit = w.audit(&t.id);
            // What the map shows: the choice, else the suggestion of the ticks.
            let rating = audit.and_then(|a| a.effective_rating(&c.ladder, t.handoff)).map(|r| r.value);
            let (value, out_of_100) = match rating {
                Some(r) => (Number(r.into()), Number(i64::from(r) * 50 + 50)),
                None => (Blank, Blank),
            };
            csv_row(&mut out, &[Text("touchpoint"), Text(&t.id), Text(t.name.get(lang)), value, out_of_100]);
            if let Some(note) = audit.map(|a| a.note.as_str()).filter(|n| !n.is_empty()) {
                csv_row(&mut out, &[Text("note"), Text(&t.id), Text(t.name.get(lang)), Text(note), Blank]);
            }
        }
    }
    out
}

/// Mermaid's journey syntax reads `:` as a separator, `#` and `;` as the
/// start of entities and statements, `%%` as a comment, and a line that
/// begins with `title`, `section` or an accessibility keyword as that
/// statement. Names keep their words: the separators become look-alike
/// characters, and a name that would read as a keyword is quoted.
fn mermaid_text(s: &str) -> String {
    let text: String = s
        .chars()
        .map(|c| match c {
            ':' => '꞉',
            ';' => '；',
            '#' => '＃',
            '%' => '％',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let first = text.split(' ').next().unwrap_or("").to_lowercase();
    let keyword = ["title", "section", "journey", "acctitle", "accdescr"].iter().any(|k| first.starts_with(k));
    if text.is_empty() {
        "—".into()
    } else if keyword {
        format!("“{text}”")
    } else {
        text
    }
}

/// The journey as a Mermaid `journey` diagram: the ladder −1 / 0 / +1 as the
/// scores 1 / 3 / 5, one section per department or person in a row;
/// touchpoints not yet rated appear as comments. Ratings are the ones the
/// map shows: the choice, else the suggestion of the ticks.
pub fn mermaid(j: &Journey, w: &Walk, ladder: &Ladder, lang: Lang) -> String {
    let mut out = format!("journey\n    title {}\n", mermaid_text(j.name.get(lang)));
    let mut section: Option<String> = None;
    for t in &j.touchpoints {
        let no_who = t.who.get(lang).trim().is_empty();
        let who = mermaid_text(t.who.get(lang));
        let name = if no_who { mermaid_text(t.name.get(lang)) } else { who.clone() };
        if section.as_deref() != Some(name.as_str()) {
            out.push_str(&format!("    section {name}\n"));
            section = Some(name);
        }
        let score = match w.audit(&t.id).and_then(|a| a.effective_rating(ladder, t.handoff)).map(|r| r.value) {
            Some(1) => "5",
            Some(0) => "3",
            Some(_) => "1",
            None => {
                // A made-up score would mislead; say it was not rated.
                out.push_str(&format!("      %% not rated: {}\n", mermaid_text(t.name.get(lang))));
                continue;
            }
        };
        // Commas separate actors.
        let actor = if no_who {
            mermaid_text(lang.t("document_export.client")).replace(',', "‚")
        } else {
            who.replace(',', "‚")
        };
        out.push_str(&format!("      {}: {score}: {actor}\n", mermaid_text(t.name.get(lang))));
    }
    out
}
