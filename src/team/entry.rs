//! One person's result as the team view keeps it: the figures it was scored
//! to (never the answers or notes), the walk's ratings and disappointments
//! per touchpoint, the label and day it was sent with, and its identity.
//!
//! **Identity.** A result is the share payload it travels as: answers and/or
//! walk, *with* the day the link was made and the label, *without* notes
//! (notes are not the result, and never enter the team view). Its identity
//! is a 64-bit FNV-1a hash of that payload as the share encoder writes it.
//! - The same link pasted twice, or sent as a link and as a JSON export of
//!   the same result on the same day, is one result.
//! - A retake on another day, or a result sent with another label, is
//!   another result: the team view cannot tell it is the same person (it
//!   never sees names), so a person who sends two results counts twice.
//! - Two people of the same group who give identical answers on the same
//!   day make byte-identical links: they cannot be told apart and count
//!   once. Rare with 27 questions, but possible (someone who picks the
//!   best-sounding answer every time), so a duplicate can be counted anyway
//!   ([`Identity::copy`], `Collection::add_anyway`).
//! - CSV exports carry neither day nor label: they are identified by what
//!   they hold, and match only other CSV rows.

use super::refusal::Refusal;
use crate::check::scoring::{self, Answers, percent};
use crate::content::{Content, Level};
use crate::document::history::Record;
use crate::document::share::{self, LinkError, Shared, SharedJourney};
use crate::text::lang::Text;
use crate::walk::journey::{Journey, MAX_TOUCHPOINTS};
use crate::walk::map::Counts;
use crate::walk::record::Walk;
use std::collections::BTreeMap;

/// The scoring model this build scores with. Until `scoring` names its
/// version, it is 1; results read from files made before versions existed
/// are version 1 too.
/// The scoring model of this build.
pub const MODEL: u16 = scoring::MODEL_VERSION as u16;

/// Longest label kept, as for the snippet's `data-label`.
pub const MAX_LABEL_CHARS: usize = crate::embed::options::MAX_LABEL_CHARS;

/// Which result an entry is: the payload's hash, and which copy of it
/// when a manager counted an identical result again as another person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Identity {
    pub hash: u64,
    pub copy: u16,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: Identity,
    /// Days since 1970-01-01 the result was shared or finished.
    pub day: Option<u16>,
    /// Department, branch or shift (or a name, if the person typed one).
    pub label: Option<String>,
    pub assessment: Option<Figures>,
    pub walk: Option<WalkFigures>,
    /// The answer set's digest: the identity of the payload without day
    /// and label ([`answers_digest`]). Results with equal digests gave the
    /// same answers (or walk), whatever day or label they came with.
    pub answers: Option<u64>,
    /// Sent sealed "for the team report only" (`document::seal`): counted
    /// in aggregates, never shown or exported one by one.
    pub sealed: bool,
}

/// The share of situations answered at one position as shown from which
/// the team flags a result as "one option throughout" — stricter than the
/// model's own straight-lining check (`evidence::SAME_POSITION`, 0.65):
/// for a team, only the extreme pattern is held back.
pub const ONE_OPTION: f64 = 0.9;

/// A self-assessment as scored by the model that scored it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    /// The scoring model's version: results are compared only like with like.
    pub model: u16,
    /// `None` when the model placed the person between levels.
    pub level: Option<Level>,
    /// Level strengths 0–100, in `Level::ALL` order.
    pub levels: [u8; 3],
    /// Quality scores 0–100, in the content's quality order; `None` where
    /// none of the quality's items was answered.
    pub qualities: Vec<Option<u8>>,
    /// How many colleagues' views it was scored with (0: self-reported).
    pub colleagues: u8,
    /// Nearly every answer at one position as shown ([`ONE_OPTION`]): the
    /// intake flags it until the manager counts it anyway. Read from the
    /// answers at intake only; a kept result was taken already, so not stored.
    pub careless: bool,
}

/// Which journey a walk went through: walks of the same key are compared
/// touchpoint by touchpoint.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JourneyKey {
    /// A template of the content, by id. A person's copy whose touchpoints
    /// still carry the template's names and hand-offs counts as the template.
    Template(String),
    /// A journey of the person's own, by its name and touchpoint names as
    /// sent (in the sender's language; empty name when a CSV file held it).
    Custom { name: String, touchpoints: Vec<String> },
}

/// One walk: per touchpoint of its journey, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalkFigures {
    pub journey: JourneyKey,
    pub marks: Vec<Mark>,
}

/// What a walk recorded at one touchpoint.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Mark {
    /// −1, 0 or +1; `None` when not rated.
    pub rating: Option<i8>,
    pub handoff: bool,
    /// Disappointment behaviours seen, as indices into the ladder's
    /// behaviours (failed hand-off checks included, as the journey map counts them).
    pub disappointments: Vec<u16>,
    pub checks_answered: u8,
    pub checks_failed: u8,
}

impl WalkFigures {
    /// The ratings counted the way the journey map counts them.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for m in &self.marks {
            match m.rating {
                Some(1) => c.wow += 1,
                Some(0) => c.standard += 1,
                Some(_) => c.disappointment += 1,
                None => c.unrated += 1,
            }
        }
        c
    }

    fn of(c: &Content, journey: JourneyKey, j: &Journey, w: &Walk) -> WalkFigures {
        let marks = j
            .touchpoints
            .iter()
            .map(|t| match w.audit(&t.id) {
                None => Mark { handoff: t.handoff, ..Mark::default() },
                Some(a) => Mark {
                    // As the person's map shows it: the choice, or the suggestion.
                    rating: a.effective_rating(&c.ladder, t.handoff).map(|r| r.value),
                    handoff: t.handoff,
                    disappointments: a
                        .causes(&c.ladder, t.handoff)
                        .iter()
                        .filter_map(|cause| cause.behaviour(&c.ladder))
                        .map(|b| b as u16)
                        .collect(),
                    checks_answered: c.ladder.handoff_checks.iter().filter(|k| a.checks.contains_key(&k.id)).count()
                        as u8,
                    checks_failed: a.failed_checks(&c.ladder).len() as u8,
                },
            })
            .collect();
        WalkFigures { journey, marks }
    }
}

impl Figures {
    /// Scores answers with this build's model, on the questions of the kind
    /// of work they were given for; `None` when nothing is answered.
    pub fn scored(c: &Content, role: Option<&str>, answers: &Answers) -> Option<Figures> {
        Figures::scored_with(c, role, answers, &[], &scoring::Extra::default())
    }

    /// The same, with colleagues' views of the person and the rest of what
    /// the verdict rests on (the last clients, the option order, the pace).
    pub fn scored_with(
        c: &Content,
        role: Option<&str>,
        answers: &Answers,
        views: &[crate::document::colleague::ColleagueView],
        extra: &scoring::Extra,
    ) -> Option<Figures> {
        let role = role.or(c.assessment.default_role().map(|r| r.id.as_str()));
        let a = match role {
            Some(r) => c.assessment.for_role(r),
            None => c.assessment.clone(),
        };
        if scoring::answered(&a, answers) == 0 {
            return None;
        }
        let extra = crate::document::colleague::with_views(extra, views, &a.observed);
        let s = scoring::score_with(&a, answers, &extra);
        Some(Figures {
            model: MODEL,
            // A person between two levels sits at neither.
            level: (s.verdict.confidence != scoring::Confidence::Mixed).then_some(s.level),
            levels: s.levels.map(score),
            qualities: s.qualities.iter().map(|q| q.map(score)).collect(),
            colleagues: extra.colleagues.len().min(usize::from(u8::MAX)) as u8,
            careless: s.evidence.ladder_items >= 10 && s.evidence.same_position >= ONE_OPTION,
        })
    }
}

fn score(x: f64) -> u8 {
    percent(x).min(100) as u8
}

impl JourneyKey {
    /// The key of a walked journey: the template it still is, else its own names.
    pub fn of(c: &Content, j: &Journey) -> JourneyKey {
        let given: Vec<(&Text, Option<bool>)> = j.touchpoints.iter().map(|t| (&t.name, Some(t.handoff))).collect();
        match template_like(c, &given) {
            Some(t) => JourneyKey::Template(t.id.clone()),
            None => JourneyKey::Custom {
                name: one_name(&j.name),
                touchpoints: j.touchpoints.iter().map(|t| one_name(&t.name)).collect(),
            },
        }
    }
}

/// The template whose touchpoints carry these names (in any language)
/// and hand-offs (where known), in order.
pub(crate) fn template_like<'c>(c: &'c Content, given: &[(&Text, Option<bool>)]) -> Option<&'c Journey> {
    c.journeys.iter().find(|j| {
        j.touchpoints.len() == given.len()
            && j.touchpoints.iter().zip(given).all(|(t, (name, handoff))| {
                handoff.is_none_or(|h| h == t.handoff) && {
                    name.all().map(str::trim).any(|n| !n.is_empty() && t.name.all().any(|x| x.trim() == n))
                }
            })
    })
}

/// A name kept in one language: what a person typed is the same in both;
/// a translated one is keyed by its Russian form, the content's first
/// language. Cleaned like a label: it came from someone else's device.
fn one_name(t: &Text) -> String {
    let ru = t.in_code("ru").unwrap_or("").trim();
    clean(if ru.is_empty() { t.in_code("en").unwrap_or("") } else { ru }, MAX_NAME_CHARS).unwrap_or_default()
}

/// Longest journey or touchpoint name kept.
pub const MAX_NAME_CHARS: usize = 200;

impl Entry {
    /// An entry for a decoded share link. Links are scored here, with this
    /// build's model: they carry answers, not figures.
    pub fn from_shared(c: &Content, fingerprint: u32, shared: &Shared) -> Result<Entry, Refusal> {
        // Views made for other moments cannot be read as these.
        if shared
            .colleagues
            .as_ref()
            .is_some_and(|v| v.moments != crate::content::observed::fingerprint(&c.assessment.observed))
        {
            return Err(Refusal::Link(LinkError::OtherContent));
        }
        let views = shared.views(c);
        let extra = shared.extra(c);
        let assessment = shared.answers(c).and_then(|a| Figures::scored_with(c, shared.role_id(c), &a, &views, &extra));
        let walk = match &shared.walk {
            None => None,
            Some(sw) => {
                // A template index the content does not have: the link was altered.
                let (j, w) = shared.journey_and_walk(c).ok_or(Refusal::Link(LinkError::Damaged))?;
                if j.touchpoints.len() > MAX_TOUCHPOINTS {
                    return Err(Refusal::TooManyTouchpoints);
                }
                let key = match &sw.journey {
                    SharedJourney::Template(_) => JourneyKey::Template(j.id.clone()),
                    SharedJourney::Custom { .. } => JourneyKey::of(c, &j),
                };
                Some(WalkFigures::of(c, key, &j, &w)).filter(|f| f.counts().rated() > 0)
            }
        };
        if assessment.is_none() && walk.is_none() {
            return Err(Refusal::NotAResult);
        }
        Ok(Entry {
            id: identity(shared, fingerprint, &[]),
            day: shared.day,
            label: shared.label.as_deref().and_then(clean_label),
            assessment,
            walk,
            answers: Some(answers_digest(shared, fingerprint)),
            sealed: false,
        })
    }

    /// An entry for a result from a JSON export, with the figures it was
    /// scored to on the sender's device.
    pub fn from_record(c: &Content, fingerprint: u32, record: &Record) -> Result<Entry, Refusal> {
        match record {
            Record::Assessment(r) => {
                let known_items = r.answers.iter().all(|(item, choice)| {
                    c.assessment.items.iter().any(|i| {
                        &i.id == item
                            && (i.choices.iter().any(|x| &x.id == choice)
                                || (choice == crate::content::NOT_APPLICABLE && i.allows_na))
                    })
                });
                let known_qualities = r.qualities.keys().all(|q| c.assessment.qualities.iter().any(|x| &x.id == q));
                if !known_qualities {
                    return Err(Refusal::OtherContent);
                }
                // Answers to questions this build does not ask cannot be
                // scored again, so their figures cannot be checked.
                if !known_items {
                    let earlier = u32::from(record_model(record)) < scoring::MODEL_VERSION;
                    return Err(if earlier { Refusal::EarlierQuestions } else { Refusal::OtherContent });
                }
                let qualities = quality_scores(c, &r.qualities);
                let stated = super::verify::Stated {
                    model: record_model(record),
                    level: Some(r.level),
                    levels: r.levels.map(|x| x.min(100) as u8),
                    qualities: &qualities,
                };
                let d =
                    super::verify::assessment(c, r.role.as_deref(), &r.answers, &r.extra(), &r.colleagues, &stated)?;
                let figures = Figures {
                    model: MODEL,
                    level: d.level,
                    levels: d.levels,
                    qualities: d.qualities,
                    colleagues: r.colleagues.len().min(usize::from(u8::MAX)) as u8,
                    // A record of the person's own history: they finished it.
                    careless: false,
                };
                let mut shared = Shared::build(c, Some(&r.answers), None, false, "ru")
                    .in_role(c, r.role.as_deref())
                    .with_colleagues(c, &r.colleagues);
                shared.day = day_of(&r.at);
                shared.label = r.label.as_deref().and_then(clean_label);
                Ok(Entry {
                    id: identity(&shared, fingerprint, &[]),
                    day: shared.day,
                    label: shared.label.clone(),
                    assessment: Some(figures),
                    walk: None,
                    answers: Some(answers_digest(&shared, fingerprint)),
                    sealed: false,
                })
            }
            Record::Walkthrough(r) => {
                if r.journey.touchpoints.len() > MAX_TOUCHPOINTS {
                    return Err(Refusal::TooManyTouchpoints);
                }
                let walk = r.walk();
                let figures = WalkFigures::of(c, JourneyKey::of(c, &r.journey), &r.journey, &walk);
                if figures.counts().rated() == 0 {
                    return Err(Refusal::NotAResult);
                }
                let mut shared = Shared::build(c, None, Some((&r.journey, &walk)), false, "ru");
                shared.day = day_of(&r.at);
                shared.label = r.label.as_deref().and_then(clean_label);
                Ok(Entry {
                    id: identity(&shared, fingerprint, &[]),
                    day: shared.day,
                    label: shared.label.clone(),
                    assessment: None,
                    walk: Some(figures),
                    answers: Some(answers_digest(&shared, fingerprint)),
                    sealed: false,
                })
            }
        }
    }
}

/// The model version a stored record was scored with. Records do not say
/// yet, and every record so far was scored by version 1.
// Lead: read the record's model version here once `history::Record` keeps it.
fn record_model(record: &Record) -> u16 {
    match record {
        Record::Assessment(a) => u16::try_from(a.model).unwrap_or(u16::MAX),
        Record::Walkthrough(_) => MODEL,
    }
}

fn quality_scores(c: &Content, scores: &BTreeMap<String, u32>) -> Vec<Option<u8>> {
    c.assessment.qualities.iter().map(|q| scores.get(&q.id).map(|v| (*v).min(100) as u8)).collect()
}

/// A result's identity: the hash of its share payload without notes, plus
/// `extra` bytes for what a payload cannot hold (a CSV file's figures).
pub fn identity(shared: &Shared, fingerprint: u32, extra: &[u8]) -> Identity {
    let mut s = shared.clone();
    if let Some(w) = &mut s.walk {
        for a in &mut w.audits {
            a.note = None;
        }
    }
    let h = crate::text::hash::fnv64(share::encode(&s, fingerprint).as_bytes().iter().chain(extra).copied());
    Identity { hash: h, copy: 0 }
}

/// The answer set's digest: the identity of the payload with no day and
/// no label and no name, so the same answers sent on 200 days under any
/// label or name match.
pub fn answers_digest(shared: &Shared, fingerprint: u32) -> u64 {
    let mut s = shared.clone();
    s.day = None;
    s.label = None;
    s.name = None;
    identity(&s, fingerprint, &[]).hash
}

pub(crate) use crate::text::clean::invisible;

/// A label as the team view groups it: control and invisible characters
/// dropped, runs of spaces made one, at most `MAX_LABEL_CHARS`; `None` when
/// nothing is left.
pub fn clean_label(s: &str) -> Option<String> {
    clean(s, MAX_LABEL_CHARS)
}

fn clean(s: &str, max: usize) -> Option<String> {
    let mut out = String::new();
    let mut chars = 0;
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c.is_control() || invisible(c) {
            continue;
        }
        if chars + usize::from(space) >= max {
            break;
        }
        if space {
            out.push(' ');
            chars += 1;
            space = false;
        }
        out.push(c);
        chars += 1;
    }
    (!out.is_empty()).then_some(out)
}

/// Days since 1970-01-01 of an ISO 8601 date or date-time.
pub fn day_of(at: &str) -> Option<u16> {
    let b = at.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = at.get(r)?;
        if !s.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days-from-civil, the inverse of `share::date`.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    u16::try_from(era * 146_097 + doe - 719_468).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_with_share_dates() {
        for day in [0u16, 11_016, 20_415, 20_500, u16::MAX] {
            assert_eq!(day_of(&share::date(day)), Some(day));
        }
        assert_eq!(day_of("2026-11-20T09:00:00Z"), day_of("2026-11-20"));
        assert_eq!(day_of("1969-12-31"), None);
        assert_eq!(day_of("2026-13-01"), None);
        assert_eq!(day_of("20x6-01-01"), None);
        assert_eq!(day_of("2026-1-1"), None);
        assert_eq!(day_of(""), None);
    }

    #[test]
    fn labels_are_cleaned_for_grouping() {
        assert_eq!(clean_label("  Sales \n  team "), Some("Sales team".into()));
        assert_eq!(clean_label("Sa\u{200B}les\u{202E}"), Some("Sales".into()));
        assert_eq!(clean_label(" \t\u{2066} "), None);
        let long = "x".repeat(MAX_LABEL_CHARS + 20);
        assert_eq!(clean_label(&long).map(|l| l.chars().count()), Some(MAX_LABEL_CHARS));
    }
}
