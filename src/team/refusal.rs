//! Why an item a manager adds is not taken, and the limits of one intake:
//! what the reading of links (`entry`), CSV files (`csv`) and whole
//! intakes (`intake`) answers with. A file of its own so that those three
//! depend on it and not on each other.

use crate::document::share::LinkError;
use crate::text::lang::Lang;

/// Largest text or file read (10,000 of the longest links fit in about 2 MB).
pub const MAX_SOURCE_BYTES: usize = 4 * 1024 * 1024;
/// Most texts and files in one intake.
pub const MAX_SOURCES: usize = 500;
/// Most items (links, CSV results, JSON results) read in one intake.
pub const MAX_ITEMS: usize = 50_000;

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
    /// Figures without the answers they came from: nothing to check them against.
    NoAnswers,
    /// The stated level or scores are not what the result's own answers give.
    Disagrees,
    /// Answers to questions this build no longer asks: its figures cannot be checked.
    EarlierQuestions,
    /// Scored by a newer model version than this build's.
    NewerModel(u16),
    /// Dated after today (days since 1970-01-01).
    Future(u16),
    /// A sealed result this team view cannot open or count (`document::seal`).
    Sealed(crate::document::seal::SealError),
}

impl Refusal {
    /// Why the item was not taken, in a sentence a person can act on.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Refusal::Link(e) => link_error(e, lang).to_string(),
            Refusal::Sealed(crate::document::seal::SealError::Inside(e)) => link_error(e, lang).to_string(),
            Refusal::Sealed(e) => e.words(lang).to_string(),
            Refusal::OtherContent => lang.t("team_refusal.other_content").to_string(),
            Refusal::NotAResult => lang.t("team_refusal.not_a_result").to_string(),
            Refusal::NoLinks => lang.t("team_refusal.no_links").to_string(),
            Refusal::NoResults => lang.t("team_refusal.no_results").to_string(),
            Refusal::Unreadable(why) => {
                lang.f("team_refusal.unreadable", &[("why", &crate::codec::reader::shorten(why))])
            }
            Refusal::Newer(v) => lang.f("team_refusal.newer", &[("schema", v)]),
            Refusal::NotOurs => lang.t("team_refusal.not_ours").to_string(),
            Refusal::TooBig => lang.f("team_refusal.too_big", &[("mb", &(MAX_SOURCE_BYTES / 1024 / 1024))]),
            Refusal::TooMany => lang.f("team_refusal.too_many", &[("items", &MAX_ITEMS), ("files", &MAX_SOURCES)]),
            Refusal::TooManyTouchpoints => {
                lang.f("team_refusal.too_many_touchpoints", &[("n", &crate::walk::journey::MAX_TOUCHPOINTS)])
            }
            Refusal::Csv(p) => p.words(lang),
            Refusal::NoAnswers => lang.t("team_refusal.no_answers").to_string(),
            Refusal::Disagrees => lang.t("team_refusal.disagrees").to_string(),
            Refusal::EarlierQuestions => lang.t("team_refusal.earlier_questions").to_string(),
            Refusal::NewerModel(m) => lang.f("team_refusal.newer_model", &[("model", m)]),
            Refusal::Future(d) => lang.f("team_refusal.future", &[("date", &crate::document::share::date(*d))]),
        }
    }
}

/// A link's problem in words, for a manager taking links in: the link's
/// own words (`LinkError::words`), but for a link of another setup, which
/// here means it cannot be counted with the rest.
pub fn link_error(e: &LinkError, lang: Lang) -> &'static str {
    match e {
        LinkError::OtherContent => lang.t("team_refusal.link_other_content"),
        e => e.words(lang),
    }
}

/// What was wrong with a result in a CSV file, naming the line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// A row that could not be read at all.
    Row { line: usize },
    /// A score that is not a whole number from 0 to 100.
    Score { line: usize, value: String },
    /// A rating that is not −1, 0 or +1.
    Rating { line: usize, value: String },
    /// The level rows are not the three levels with one of them marked.
    Levels { line: usize },
    /// Rows before the first header.
    NoHeader { line: usize },
}

impl CsvProblem {
    /// The problem in a sentence naming the line.
    pub fn words(&self, lang: Lang) -> String {
        let short = |v: &str| crate::codec::reader::shorten(v);
        match self {
            CsvProblem::Row { line } => lang.f("team_refusal.csv_row", &[("line", line)]),
            CsvProblem::Score { line, value } => {
                lang.f("team_refusal.csv_score", &[("line", line), ("value", &short(value))])
            }
            CsvProblem::Rating { line, value } => {
                lang.f("team_refusal.csv_rating", &[("line", line), ("value", &short(value))])
            }
            CsvProblem::Levels { line } => lang.f("team_refusal.csv_levels", &[("line", line)]),
            CsvProblem::NoHeader { line } => lang.f("team_refusal.csv_no_header", &[("line", line)]),
        }
    }
}
