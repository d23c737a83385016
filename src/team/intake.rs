//! Taking results in: pasted text with any number of share links, JSON
//! export files (everything, or one result), CSV exports, a decoded QR
//! code. Each text is read a slice at a time ([`Intake::step`]), so a
//! 10,000-line paste never freezes the page, and every item found is
//! either taken or refused with a reason a person can act on. Nothing
//! found is dropped silently: the same result twice is taken once and the
//! second is reported as a duplicate, with the entry kept so the manager
//! can count it anyway.

use super::csv::{self, Cursor, Partial};
use super::entry::{Entry, Identity, clean_label};
use super::links::{self, Found};
use super::refusal::CsvProblem;
pub use super::refusal::{MAX_ITEMS, MAX_SOURCE_BYTES, MAX_SOURCES, Refusal, link_error};
use super::stuffing::{self, OneSender};
use crate::content::Content;
use crate::document::export::{self, Import, ImportError};
use crate::document::history::Record;
use crate::document::share::{self, LinkError, Shared};
use crate::text::lang::Lang;
use std::collections::BTreeMap;

/// A sealed link found in a text, opened (or refused) by the team view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedItem {
    /// 1-based line of the link.
    pub line: usize,
    /// A short, inert excerpt naming the link.
    pub excerpt: String,
    /// What was inside (`seal::Inside::shared`), or why it was refused.
    pub shared: Result<Shared, Refusal>,
}

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
    /// The text's name in a report: "Pasted text", a file's name.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Origin::Pasted => lang.t("team_intake.pasted_text").to_string(),
            Origin::File(name) => crate::codec::reader::shorten(&clean_label(name).unwrap_or_default()),
            Origin::Camera => lang.t("team_intake.qr_code").to_string(),
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
    /// Where in the text, "line 3"; empty for the whole of it.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            At::Whole => String::new(),
            At::Line(n) => lang.f("team_intake.at_line", &[("n", n)]),
            At::Result(n) => lang.f("team_intake.at_result", &[("n", n)]),
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
    /// The same answers as an earlier result, on another day or under
    /// another label (`stuffing`): counted once until the manager
    /// confirms it is another person's.
    SameAnswers {
        of: Earlier,
        entry: Box<Entry>,
    },
    /// Nearly every answer at one position as shown (`entry::ONE_OPTION`):
    /// not counted until the manager counts it anyway.
    Careless {
        entry: Box<Entry>,
    },
    Refused(Refusal),
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
    /// Results with the same answers as an earlier one, not counted yet.
    pub flagged: usize,
    /// Results with one option throughout (`Verdict::Careless`), not counted yet.
    pub one_option: usize,
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
    /// Answer sets seen (`Entry::answers`), and where first.
    seen_answers: BTreeMap<u64, Earlier>,
    /// Today, days since 1970-01-01: results dated later are refused.
    today: Option<u16>,
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
            seen_answers: BTreeMap::new(),
            today: None,
            items: 0,
            progress: Progress::default(),
        }
    }

    /// The answer sets already in the collection (`Entry::answers`):
    /// results with one of them are flagged, not counted.
    pub fn known_answers(&mut self, digests: impl IntoIterator<Item = u64>) {
        for d in digests {
            self.seen_answers.insert(d, Earlier::Collection);
        }
    }

    /// Today (days since 1970-01-01): results dated later are refused.
    pub fn set_today(&mut self, day: u16) {
        self.today = Some(day);
    }

    /// The texts and files whose results look like one sender's (`stuffing`).
    pub fn one_senders(&self) -> Vec<(usize, OneSender)> {
        let mut by_source: BTreeMap<usize, Vec<&Entry>> = BTreeMap::new();
        for o in &self.outcomes {
            let e = match &o.verdict {
                Verdict::Taken(k) => self.entries.get(*k),
                Verdict::SameAnswers { entry, .. } | Verdict::Duplicate { entry, .. } | Verdict::Careless { entry } => {
                    Some(&**entry)
                }
                Verdict::Refused(_) => None,
            };
            if let Some(e) = e {
                by_source.entry(o.source).or_default().push(e);
            }
        }
        by_source.into_iter().filter_map(|(s, es)| Some((s, stuffing::one_sender(es)?))).collect()
    }

    /// Queues a text whose sealed links (`document::seal`) were opened
    /// already (opening is WebCrypto's, outside the core): each is taken,
    /// marked sealed, or refused like any other item; the text's share
    /// links are then read as usual. A text that held only sealed links
    /// is not "a text with no links".
    pub fn add_with_sealed(&mut self, origin: Origin, text: String, sealed: Vec<SealedItem>) -> usize {
        let index = self.add(origin, text);
        for item in sealed {
            if let Some(s) = self.sources.get_mut(index) {
                s.found += 1;
            }
            if !self.count_item(index) {
                break;
            }
            let result = item.shared.and_then(|shared| {
                let mut e = Entry::from_shared(self.content, self.fingerprint, &shared)?;
                e.sealed = true;
                Ok(e)
            });
            self.record(index, At::Line(item.line), item.excerpt, result);
        }
        index
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
    pub fn explain(&self, outcome: usize, lang: Lang) -> Option<String> {
        let o = self.outcomes.get(outcome)?;
        let place = self.place(o, lang);
        let why = match &o.verdict {
            // A result that came with a colleague's view is marked so.
            Verdict::Taken(i)
                if self.entries.get(*i).and_then(|e| e.assessment.as_ref()).is_some_and(|f| f.colleagues > 0) =>
            {
                lang.t("team_intake.taken_item_with_colleagues").to_string()
            }
            Verdict::Taken(_) => lang.t("team_intake.taken_item").to_string(),
            Verdict::Duplicate { of: Earlier::Collection, .. } => lang.t("team_intake.duplicate_of_kept").to_string(),
            Verdict::Duplicate { of: Earlier::Here(k), .. } => {
                let first = self.outcomes.get(*k).map(|e| self.place(e, lang)).unwrap_or_default();
                lang.f("team_intake.duplicate_of", &[("first", &first)])
            }
            Verdict::SameAnswers { of: Earlier::Collection, .. } => {
                lang.t("team_intake.same_answers_as_kept").to_string()
            }
            Verdict::SameAnswers { of: Earlier::Here(k), .. } => {
                let first = self.outcomes.get(*k).map(|e| self.place(e, lang)).unwrap_or_default();
                lang.f("team_intake.same_answers_as", &[("first", &first)])
            }
            Verdict::Careless { .. } => lang.t("team_intake.careless").to_string(),
            Verdict::Refused(r) => r.words(lang),
        };
        Some(place_why(lang, &place, &why))
    }

    fn place(&self, o: &Outcome, lang: Lang) -> String {
        let mut s = self.origin(o.source).map(|x| x.words(lang)).unwrap_or_default();
        for part in [o.at.words(lang).as_str(), &o.excerpt] {
            if !part.is_empty() {
                s.push_str(", ");
                s.push_str(part);
            }
        }
        s
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
        let result = decode(&found, self.content)
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
        let result = result.and_then(|e| super::verify::not_future(e.day, self.today).map(|()| e));
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
                None => match e.answers.and_then(|a| self.seen_answers.get(&a)) {
                    Some(of) => {
                        self.progress.flagged += 1;
                        self.seen.insert(e.id.hash, Earlier::Here(k));
                        Verdict::SameAnswers { of: *of, entry: Box::new(e) }
                    }
                    None if e.assessment.as_ref().is_some_and(|f| f.careless) => {
                        self.progress.one_option += 1;
                        self.seen.insert(e.id.hash, Earlier::Here(k));
                        Verdict::Careless { entry: Box::new(e) }
                    }
                    None => {
                        self.progress.taken += 1;
                        self.seen.insert(e.id.hash, Earlier::Here(k));
                        if let Some(a) = e.answers {
                            self.seen_answers.insert(a, Earlier::Here(k));
                        }
                        self.entries.push(e);
                        Verdict::Taken(self.entries.len() - 1)
                    }
                },
            },
        };
        self.outcomes.push(Outcome { source, at, excerpt, verdict });
    }
}

/// The first intact reading of a found link; when none is intact, the
/// error of the link as found.
/// A link of another setup counts only if the answers this content knows
/// can be scored (`share::decode_countable`).
fn decode(found: &Found, content: &Content) -> Result<Shared, LinkError> {
    let mut first = None;
    for candidate in &found.candidates {
        match share::decode_countable(&format!("{}{candidate}", share::PREFIX), content) {
            Ok(s) => return Ok(s),
            // The checksum matched: this reading is the link, refused on its merits.
            Err(e @ (LinkError::NewerVersion(_) | LinkError::OtherContent | LinkError::TooFewKnown)) => return Err(e),
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
    Err(first.unwrap_or(LinkError::Damaged))
}

/// The first intact reading of a found sealed link; when none is intact,
/// the error of the link as found.
pub fn read_sealed(found: &Found) -> Result<crate::document::seal::Envelope, crate::document::seal::SealError> {
    use crate::document::seal::{Envelope, SEALED_PREFIX, SealError};
    let mut first = None;
    for candidate in &found.candidates {
        match Envelope::decode(&format!("{SEALED_PREFIX}{candidate}")) {
            Ok(e) => return Ok(e),
            Err(e @ SealError::NewerVersion(_)) => return Err(e),
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
    Err(first.unwrap_or(SealError::Damaged))
}

/// "Pasted text, line 3: " and why: where an item was and what became of it.
pub fn place_why(lang: Lang, place: &str, why: &str) -> String {
    lang.f("team_intake.place_why", &[("place", &place), ("why", &why)])
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
