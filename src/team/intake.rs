//! Taking results in: pasted text with any number of share links, JSON
//! export files (everything, or one result), CSV exports, a decoded QR
//! code. Each text is read a slice at a time ([`Intake::step`]), so a
//! 10,000-line paste never freezes the page, and every item found is
//! either taken or refused with a reason a person can act on. Nothing
//! found is dropped silently: the same result twice is taken once and the
//! second is reported as a duplicate, with the entry kept so the manager
//! can count it anyway.

use super::csv::{self, CsvProblem, Cursor, Partial};
use super::entry::{Entry, Identity, clean_label};
use super::links::{self, Found};
use crate::content::Content;
use crate::export::{self, Import, ImportError};
use crate::history::Record;
use crate::lang::Text;
use crate::share::{self, LinkError, Shared};
use std::collections::BTreeMap;

/// Largest text or file read (10,000 of the longest links fit in about 2 MB).
pub const MAX_SOURCE_BYTES: usize = 4 * 1024 * 1024;
/// Most texts and files in one intake.
pub const MAX_SOURCES: usize = 500;
/// Most items (links, CSV results, JSON results) read in one intake.
pub const MAX_ITEMS: usize = 50_000;

/// Where a text came from, to name it in the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Pasted,
    /// A file, by its name.
    File(String),
    /// A QR code read by the camera.
    Camera,
}

impl Origin {
    pub fn text(&self) -> Text {
        match self {
            Origin::Pasted => Text { ru: "Вставленный текст".into(), en: "Pasted text".into() },
            Origin::File(name) => Text::same(crate::decode::shorten(&clean_label(name).unwrap_or_default())),
            Origin::Camera => Text { ru: "QR-код".into(), en: "QR code".into() },
        }
    }
}

/// What a text was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Any text, searched for share links.
    Links,
    Csv,
    Json,
}

/// Which kind of text this is: a JSON file starts with `{`, a CSV export
/// with its header; anything else is searched for links.
pub fn sniff(text: &str) -> Kind {
    let t = text.trim_start_matches('\u{FEFF}').trim_start();
    if t.starts_with('{') {
        Kind::Json
    } else if csv::sniff(t) {
        Kind::Csv
    } else {
        Kind::Links
    }
}

/// Where in a text an item was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// The text or file as a whole.
    Whole,
    /// 1-based line (a link, or the header of a CSV result).
    Line(usize),
    /// 1-based position among the results of a JSON file.
    Result(usize),
}

impl At {
    pub fn text(&self) -> Text {
        match self {
            At::Whole => Text::default(),
            At::Line(n) => Text { ru: format!("строка {n}"), en: format!("line {n}") },
            At::Result(n) => Text { ru: format!("результат {n}"), en: format!("result {n}") },
        }
    }
}

/// Where the earlier copy of a duplicate is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Earlier {
    /// Already in the collection being added to.
    Collection,
    /// Taken earlier in this intake: the index of its outcome.
    Here(usize),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Taken: the index into [`Intake::entries`].
    Taken(usize),
    /// The same result as an earlier one; counted once. The entry is kept
    /// so that a manager who knows two people answered identically can
    /// count it anyway.
    Duplicate {
        of: Earlier,
        entry: Box<Entry>,
    },
    Refused(Refusal),
}

/// Why an item was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A link that is damaged, truncated, edited, foreign, from a newer
    /// app, or made under another company configuration.
    Link(LinkError),
    /// A file made with other questions or journeys.
    OtherContent,
    /// Read fine, but holds no answers and no rated touchpoint.
    NotAResult,
    /// A text with no share link in it.
    NoLinks,
    /// An export file with no finished result in it.
    NoResults,
    /// A Service Ladder file that cannot be read (the reason, in English, from the reader).
    Unreadable(String),
    /// A file exported by a newer app (its schema).
    Newer(u32),
    /// A `{…}` text that is not a Service Ladder file.
    NotOurs,
    TooBig,
    /// Past `MAX_ITEMS` or `MAX_SOURCES`: the rest was not read.
    TooMany,
    /// A walk with more touchpoints than a journey can have.
    TooManyTouchpoints,
    Csv(CsvProblem),
}

impl Refusal {
    pub fn text(&self) -> Text {
        let t = |ru: &str, en: &str| Text { ru: ru.into(), en: en.into() };
        match self {
            Refusal::Link(e) => link_error(e),
            Refusal::OtherContent => t(
                "Этот результат сделан с другими вопросами или путями клиента (в другой настройке приложения, например другой компании) и здесь не сравним. Соберите его там, где приложение настроено так же.",
                "This result was made with other questions or journeys (another setup of the app, such as another company's) and cannot be compared here. Collect it where the app is set up the same way.",
            ),
            Refusal::NotAResult => t(
                "Здесь нет готового результата: ни ответов, ни оценённых точек контакта. Попросите прислать ссылку после того, как самопроверка или путь клиента пройдены.",
                "This holds no finished result: no answers and no rated touchpoint. Ask for the link once the self-check or the journey walk is finished.",
            ),
            Refusal::NoLinks => t(
                "Ссылок с результатами здесь не найдено. Вставьте сообщения, в которых есть ссылки (в них есть «#share=»), или выберите файлы, выгруженные из приложения.",
                "No result links were found here. Paste the messages that hold the links (they contain “#share=”), or choose files exported from the app.",
            ),
            Refusal::NoResults => {
                t("В этом файле нет ни одного готового результата.", "This file holds no finished result.")
            }
            Refusal::Unreadable(why) => Text {
                ru: format!(
                    "Файл Service Ladder повреждён и не читается ({}). Попросите выгрузить его ещё раз.",
                    crate::decode::shorten(why)
                ),
                en: format!(
                    "This Service Ladder file is damaged and cannot be read ({}). Ask for it to be exported again.",
                    crate::decode::shorten(why)
                ),
            },
            Refusal::Newer(v) => Text {
                ru: format!(
                    "Файл выгружен более новой версией приложения (схема {v}). Обновите приложение и добавьте файл снова."
                ),
                en: format!(
                    "This file was exported by a newer version of the app (schema {v}). Update the app, then add the file again."
                ),
            },
            Refusal::NotOurs => t(
                "Это не файл, выгруженный из Service Ladder. Выберите файл .json или .csv из приложения или вставьте ссылки.",
                "This is not a file exported from Service Ladder. Choose a .json or .csv file from the app, or paste links.",
            ),
            Refusal::TooBig => Text {
                ru: format!(
                    "Это больше {} МБ — больше любого файла или списка ссылок из приложения. Разделите его на части.",
                    MAX_SOURCE_BYTES / 1024 / 1024
                ),
                en: format!(
                    "This is larger than {} MB, more than any file or list of links from the app. Split it into parts.",
                    MAX_SOURCE_BYTES / 1024 / 1024
                ),
            },
            Refusal::TooMany => Text {
                ru: format!(
                    "За один раз принимается не больше {MAX_ITEMS} результатов и {MAX_SOURCES} файлов; остальное не прочитано. Добавьте остальное отдельно."
                ),
                en: format!(
                    "At most {MAX_ITEMS} results and {MAX_SOURCES} files are taken at once; the rest was not read. Add the rest separately."
                ),
            },
            Refusal::TooManyTouchpoints => Text {
                ru: format!(
                    "В этом пути больше {} точек контакта — столько в пути не бывает: его изменили вручную.",
                    crate::journey::MAX_TOUCHPOINTS
                ),
                en: format!(
                    "This walk has more than {} touchpoints, more than a journey can have: it was changed by hand.",
                    crate::journey::MAX_TOUCHPOINTS
                ),
            },
            Refusal::Csv(p) => p.text(),
        }
    }
}

/// `LinkError`'s message in both languages, for a manager taking links in.
// Lead: `share::LinkError` could carry these Russian texts itself.
pub fn link_error(e: &LinkError) -> Text {
    let t = |ru: &str, en: &str| Text { ru: ru.into(), en: en.into() };
    match e {
        LinkError::Foreign => t(
            "Это не ссылка с результатом Service Ladder. Вставьте ссылку целиком, начиная с https://.",
            "This is not a Service Ladder result link. Paste the whole link you were sent, starting with https://.",
        ),
        LinkError::TooLong => t(
            "Ссылка длиннее любой ссылки с результатом. Попросите отправить её ещё раз.",
            "This link is longer than any result link can be. Ask for the link to be shared again.",
        ),
        LinkError::Damaged => t(
            "Ссылка повреждена или обрезана: часть её потерялась или изменена. Попросите отправителя скопировать ссылку целиком ещё раз.",
            "This link is damaged or incomplete: part of it is missing or was changed. Ask the sender to copy the whole link again.",
        ),
        LinkError::NewerVersion(_) => t(
            "Ссылка сделана более новой версией приложения. Обновите приложение здесь или откройте ссылку там, где размещено приложение отправителя.",
            "This link was made by a newer version of the app. Update the app here, or open the link where the sender's app is hosted.",
        ),
        LinkError::Unusable(_) => t(
            "Ссылка цела, но в ней не результат, который приложение может показать. Попросите прислать новую ссылку.",
            "This link is intact, but it does not hold a result the app can show. Ask for a new link.",
        ),
        LinkError::Empty => t(
            "Ссылка цела, но пуста: в ней нет ни ответов, ни прохождения пути. Попросите прислать результат ещё раз.",
            "This link is intact but empty: it holds no answers and no walk. Ask for the result to be sent again.",
        ),
        LinkError::OtherContent => t(
            "Ссылка сделана с другими вопросами или путями клиента (в другой настройке приложения, например другой компании) и здесь не сравнима. Соберите её там, где приложение настроено так же.",
            "This link was made with other questions or journeys (another setup of the app, such as another company's) and cannot be compared here. Collect it where the app is set up the same way.",
        ),
    }
}

/// One item found, and what became of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Index of the text or file it came from ([`Intake::origin`]).
    pub source: usize,
    pub at: At,
    /// A short excerpt naming the item (a link's start), or empty.
    pub excerpt: String,
    pub verdict: Verdict,
}

/// How far an intake has got. `done` and `total` are in bytes of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub finished: bool,
    pub taken: usize,
    pub duplicates: usize,
    pub refused: usize,
}

impl Progress {
    /// 0–100, for a progress bar.
    pub fn percent(&self) -> u32 {
        if self.finished || self.total == 0 {
            100
        } else {
            (self.done.min(self.total) as u64 * 100 / self.total as u64) as u32
        }
    }
}

enum State {
    Links { at: usize, line: usize, last: Option<Found> },
    Csv { cur: Cursor, partial: Option<Partial> },
    Json,
}

struct Source {
    origin: Origin,
    /// Emptied once read, to give the memory back.
    text: String,
    size: usize,
    state: State,
    /// Items found in it so far.
    found: usize,
    done: bool,
}

impl Source {
    fn done_bytes(&self) -> usize {
        match (&self.state, self.done) {
            (_, true) => self.size,
            (State::Links { at, .. }, _) => *at,
            (State::Csv { cur, .. }, _) => cur.at,
            (State::Json, _) => 0,
        }
    }
}

/// Results being taken in from texts and files, a slice at a time.
pub struct Intake<'c> {
    content: &'c Content,
    fingerprint: u32,
    sources: Vec<Source>,
    current: usize,
    outcomes: Vec<Outcome>,
    entries: Vec<Entry>,
    seen: BTreeMap<u64, Earlier>,
    items: usize,
    progress: Progress,
}

impl<'c> Intake<'c> {
    /// An intake for `content`; results with one of the `known` identities
    /// (those already in the collection) are reported as duplicates.
    pub fn new(content: &'c Content, known: impl IntoIterator<Item = Identity>) -> Intake<'c> {
        Intake {
            content,
            fingerprint: share::fingerprint(content),
            sources: Vec::new(),
            current: 0,
            outcomes: Vec::new(),
            entries: Vec::new(),
            seen: known.into_iter().map(|id| (id.hash, Earlier::Collection)).collect(),
            items: 0,
            progress: Progress::default(),
        }
    }

    /// Queues a text or file to read. Too large a text, or one past
    /// `MAX_SOURCES`, is refused at once (and reported); returns its index.
    pub fn add(&mut self, origin: Origin, text: String) -> usize {
        let index = self.sources.len();
        let size = text.len();
        let refused = if size > MAX_SOURCE_BYTES {
            Some(Refusal::TooBig)
        } else if index >= MAX_SOURCES {
            Some(Refusal::TooMany)
        } else {
            None
        };
        let done = refused.is_some();
        let text = if done { String::new() } else { text };
        let state = match sniff(&text) {
            Kind::Links => State::Links { at: 0, line: 1, last: None },
            Kind::Csv => State::Csv { cur: Cursor::start(&text), partial: None },
            Kind::Json => State::Json,
        };
        self.sources.push(Source { origin, text, size, state, found: 0, done });
        self.progress.total += size;
        if let Some(r) = refused {
            self.refuse(index, At::Whole, r);
        }
        index
    }

    /// Reads up to `budget` items (at least one), then returns how far it
    /// got. Call again, e.g. once per animation frame, until `finished`.
    pub fn step(&mut self, budget: usize) -> Progress {
        let mut left = budget.max(1);
        while left > 0 {
            let Some(s) = self.sources.get(self.current) else { break };
            if s.done {
                self.current += 1;
                continue;
            }
            let used = match s.state {
                State::Links { .. } => self.step_links(),
                State::Csv { .. } => self.step_csv(),
                State::Json => self.step_json(),
            };
            left = left.saturating_sub(used);
        }
        self.progress()
    }

    /// Reads everything at once (for files known to be small, and tests).
    pub fn run(&mut self) -> Progress {
        loop {
            let p = self.step(1_000);
            if p.finished {
                return p;
            }
        }
    }

    pub fn progress(&self) -> Progress {
        Progress {
            done: self.sources.iter().map(Source::done_bytes).sum(),
            finished: self.sources.iter().all(|s| s.done),
            ..self.progress
        }
    }

    pub fn outcomes(&self) -> &[Outcome] {
        &self.outcomes
    }

    /// Entries taken, in the order found.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn into_entries(self) -> Vec<Entry> {
        self.entries
    }

    pub fn origin(&self, source: usize) -> Option<&Origin> {
        self.sources.get(source).map(|s| &s.origin)
    }

    /// Where an item was and what became of it, in a sentence:
    /// "Pasted text, line 3: This link is damaged…".
    pub fn explain(&self, outcome: usize) -> Option<Text> {
        let o = self.outcomes.get(outcome)?;
        let place = self.place(o);
        let why = match &o.verdict {
            Verdict::Taken(_) => Text { ru: "принят.".into(), en: "taken.".into() },
            Verdict::Duplicate { of: Earlier::Collection, .. } => Text {
                ru: "этот результат уже есть в подборке и учитывается один раз. Если двое действительно ответили одинаково, его можно учесть ещё раз.".into(),
                en: "this result is already in the collection and counts once. If two people really answered identically, you can count it again.".into(),
            },
            Verdict::Duplicate { of: Earlier::Here(k), .. } => {
                let first = self.outcomes.get(*k).map(|e| self.place(e)).unwrap_or_default();
                Text {
                    ru: format!("тот же результат, что и «{}», учитывается один раз. Если двое действительно ответили одинаково, его можно учесть ещё раз.", first.ru),
                    en: format!("the same result as “{}”; it counts once. If two people really answered identically, you can count it again.", first.en),
                }
            }
            Verdict::Refused(r) => r.text(),
        };
        Some(Text { ru: format!("{}: {}", place.ru, why.ru), en: format!("{}: {}", place.en, why.en) })
    }

    fn place(&self, o: &Outcome) -> Text {
        let from = self.origin(o.source).map(Origin::text).unwrap_or_default();
        let at = o.at.text();
        let join = |a: &str, b: &str, x: &str| {
            let mut s = a.to_string();
            for part in [b, x] {
                if !part.is_empty() {
                    s.push_str(", ");
                    s.push_str(part);
                }
            }
            s
        };
        Text { ru: join(&from.ru, &at.ru, &o.excerpt), en: join(&from.en, &at.en, &o.excerpt) }
    }

    // ---------- reading ----------

    fn step_links(&mut self) -> usize {
        let i = self.current;
        let Some(s) = self.sources.get_mut(i) else { return 1 };
        let State::Links { at, line, last } = &mut s.state else { return 1 };
        let Some(found) = links::next(&s.text, at, line) else {
            let none = s.found == 0;
            self.close(i);
            if none {
                self.refuse(i, At::Whole, Refusal::NoLinks);
            }
            return 1;
        };
        if links::repeats(last.as_ref(), &found) {
            return 1;
        }
        *last = Some(found.clone());
        s.found += 1;
        if !self.count_item(i) {
            return 1;
        }
        let result = decode(&found, self.fingerprint)
            .map_err(Refusal::Link)
            .and_then(|shared| Entry::from_shared(self.content, self.fingerprint, &shared));
        self.record(i, At::Line(found.line), found.excerpt(), result);
        1
    }

    fn step_csv(&mut self) -> usize {
        let i = self.current;
        let Some(s) = self.sources.get_mut(i) else { return 1 };
        let State::Csv { cur, partial } = &mut s.state else { return 1 };
        let Some((line, row)) = csv::next_row(&s.text, cur) else {
            let last = partial.take();
            let none = s.found == 0;
            self.close(i);
            match last {
                Some(p) => self.finish_csv(i, p),
                None if none => self.refuse(i, At::Whole, Refusal::NoResults),
                None => {}
            }
            return 1;
        };
        match row {
            Err(csv::BadRow) => match partial {
                Some(p) => p.bad_row(line),
                None => self.refuse(i, At::Line(line), Refusal::Csv(CsvProblem::Row { line })),
            },
            Ok(fields) if csv::is_header(&fields) => {
                s.found += 1;
                let previous = partial.replace(Partial::new(self.content, line));
                if let Some(p) = previous {
                    self.finish_csv(i, p);
                }
            }
            Ok(fields) if fields.iter().all(|f| f.trim().is_empty()) => {}
            Ok(fields) => match partial {
                Some(p) => p.row(self.content, line, &fields),
                None => self.refuse(i, At::Line(line), Refusal::Csv(CsvProblem::NoHeader { line })),
            },
        }
        1
    }

    fn finish_csv(&mut self, i: usize, p: Partial) {
        if !self.count_item(i) {
            return;
        }
        let line = p.line;
        let result = p.finish(self.content, self.fingerprint);
        self.record(i, At::Line(line), String::new(), result);
    }

    fn step_json(&mut self) -> usize {
        let i = self.current;
        let Some(s) = self.sources.get_mut(i) else { return 1 };
        let text = std::mem::take(&mut s.text);
        let imported = export::import(&text, self.content);
        // Not a file after all, but a text that starts with `{` and holds
        // links (a chat message): search it for links instead.
        if !matches!(imported, Ok(Import::Everything(_) | Import::Result(_))) && text.contains(share::PREFIX) {
            s.text = text;
            s.state = State::Links { at: 0, line: 1, last: None };
            return 1;
        }
        self.close(i);
        let records: Vec<(At, Record)> = match imported {
            Ok(Import::Everything(saved)) => {
                saved.history.into_iter().enumerate().map(|(k, r)| (At::Result(k + 1), r)).collect()
            }
            Ok(Import::Result(r)) => vec![(At::Whole, *r)],
            // Only with `share=` in the text, which went to links above.
            Ok(Import::Link(_)) => Vec::new(),
            Err(e) => {
                self.refuse(i, At::Whole, import_error(e));
                return 1;
            }
        };
        if records.is_empty() {
            self.refuse(i, At::Whole, Refusal::NoResults);
        }
        let n = records.len();
        for (at, r) in records {
            if !self.count_item(i) {
                break;
            }
            let result = Entry::from_record(self.content, self.fingerprint, &r);
            self.record(i, at, String::new(), result);
        }
        n.max(1)
    }

    /// Marks a source read and lets its text go.
    fn close(&mut self, i: usize) {
        if let Some(s) = self.sources.get_mut(i) {
            s.done = true;
            s.text = String::new();
        }
    }

    /// Counts one more item; past `MAX_ITEMS`, reports it once and stops
    /// reading everything still queued.
    fn count_item(&mut self, source: usize) -> bool {
        self.items += 1;
        if self.items <= MAX_ITEMS {
            return true;
        }
        self.refuse(source, At::Whole, Refusal::TooMany);
        for i in 0..self.sources.len() {
            self.close(i);
        }
        false
    }

    fn refuse(&mut self, source: usize, at: At, why: Refusal) {
        self.record(source, at, String::new(), Err(why));
    }

    fn record(&mut self, source: usize, at: At, excerpt: String, result: Result<Entry, Refusal>) {
        let k = self.outcomes.len();
        let verdict = match result {
            Err(r) => {
                self.progress.refused += 1;
                Verdict::Refused(r)
            }
            Ok(e) => match self.seen.get(&e.id.hash) {
                Some(of) => {
                    self.progress.duplicates += 1;
                    Verdict::Duplicate { of: *of, entry: Box::new(e) }
                }
                None => {
                    self.progress.taken += 1;
                    self.seen.insert(e.id.hash, Earlier::Here(k));
                    self.entries.push(e);
                    Verdict::Taken(self.entries.len() - 1)
                }
            },
        };
        self.outcomes.push(Outcome { source, at, excerpt, verdict });
    }
}

/// The first intact reading of a found link; when none is intact, the
/// error of the link as found.
fn decode(found: &Found, fingerprint: u32) -> Result<Shared, LinkError> {
    let mut first = None;
    for candidate in &found.candidates {
        match share::decode(&format!("{}{candidate}", share::PREFIX), fingerprint) {
            Ok(s) => return Ok(s),
            // The checksum matched: this reading is the link, refused on its merits.
            Err(e @ (LinkError::NewerVersion(_) | LinkError::OtherContent)) => return Err(e),
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
    Err(first.unwrap_or(LinkError::Damaged))
}

fn import_error(e: ImportError) -> Refusal {
    match e {
        ImportError::TooBig => Refusal::TooBig,
        ImportError::NotOurs => Refusal::NotOurs,
        ImportError::Link(l) => Refusal::Link(l),
        ImportError::Unreadable(why) => Refusal::Unreadable(why),
        ImportError::Newer(v) => Refusal::Newer(v),
    }
}
