//! Collections as they are kept: in the saved document (`Saved::teams`,
//! only those the manager chose to save) and as one file to move between
//! devices. Declared once with `model!`, so a stored or imported collection
//! passes the same reader — shape, limits, characters, every problem with
//! its path — as everything else the app keeps.
//!
//! The stored form is compact: per person the figures they were scored to
//! (never answers or notes), the walk's marks per touchpoint, the label and
//! day they were sent with, and their identity as hex
//! (`"9f3ab2c4d5e6f708"`, or `"9f3ab2c4d5e6f708-2"` for the second copy a
//! manager counted anyway). Positions (qualities, ladder behaviours) refer
//! to the content the collection records by fingerprint; a collection of
//! other content is kept as it is but not shown with this content.

use super::collection::{Collection, MAX_ENTRIES};
use super::entry::{Entry, Figures, Identity, JourneyKey, Mark, WalkFigures};
use super::focus::Focus;
use super::groups;
use crate::codec::model::{Array, Id, Line, List, Model, Opt, Range, read_as};
use crate::codec::reader::Reader;
use crate::content::Level;
use crate::walk::journey::MAX_TOUCHPOINTS;
use serde_json::Value;

/// Most collections kept in one saved document.
pub const MAX_TEAMS: usize = 50;
/// What a team file says it is.
pub const FILE_KIND: &str = "service-ladder-team";
/// The team file format this build reads: 2 adds the team focus
/// (`TeamRecord::focus`). A collection without one is still written as 1,
/// so an earlier app reads it; one with a focus as 2, which an earlier app
/// refuses as newer rather than as an unknown field.
pub const FILE_VERSION: u32 = 2;
/// Largest team file read (50,000 people fit in about 12 MB).
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

crate::model! {
    /// A collection of a team's results the manager chose to keep.
    #[derive(Clone, Debug, PartialEq)]
    pub struct TeamRecord {
        /// Identifies the collection across tabs, devices and files.
        pub id: String as Id,
        /// What the manager called it (a team, a training, a month).
        pub name: String as Line<100>,
        /// Days since 1970-01-01: the date the manager gives it.
        pub day: u16 as Range<0, 65535>,
        /// Groups (labels) with fewer people than this are folded into "other".
        pub threshold: usize as Range<2, 1000> = groups::DEFAULT_THRESHOLD,
        /// The fingerprint of the questions and journeys its figures refer to.
        pub content: u32 as Range<0, 4294967295>,
        /// The results, each once.
        pub people: Vec<Person> as List<Person, 0, MAX_ENTRIES> = Vec::new(),
        /// The team focus the manager set (schema 6, team file 2).
        pub focus: Option<StoredFocus> = None,
    }
    check team_problems;
}

crate::model! {
    /// The team focus as kept: a quality and a touchpoint (positions in the
    /// content the collection records), an owner and a date.
    #[derive(Clone, Debug, PartialEq)]
    pub struct StoredFocus {
        /// A quality, in content order.
        pub quality: Option<usize> as Opt<Range<0, 63>> = None,
        /// The journey of the touchpoint.
        pub journey: Option<FocusJourney> = None,
        /// The touchpoint, in journey order.
        pub touchpoint: usize as Range<0, 39> = 0,
        /// Who sees it through.
        pub owner: String as Line<100> = String::new(),
        /// Days since 1970-01-01: when it is due.
        pub due: Option<u16> as Opt<Range<0, 65535>> = None,
    }
}

crate::model! {
    /// A journey named as walks name it: a template by id, or one's own by
    /// its name and touchpoints.
    #[derive(Clone, Debug, PartialEq)]
    pub struct FocusJourney {
        pub template: Option<String> as Opt<Id> = None,
        pub name: String as Line<200> = String::new(),
        pub touchpoints: Vec<String> as List<Line<200>, 0, MAX_TOUCHPOINTS> = Vec::<String>::new(),
    }
}

impl StoredFocus {
    pub fn of(f: &Focus) -> StoredFocus {
        let (journey, touchpoint) = match &f.touchpoint {
            Some((key, t)) => (
                Some(match key {
                    JourneyKey::Template(id) => {
                        FocusJourney { template: Some(id.clone()), name: String::new(), touchpoints: Vec::new() }
                    }
                    JourneyKey::Custom { name, touchpoints } => {
                        FocusJourney { template: None, name: name.clone(), touchpoints: touchpoints.clone() }
                    }
                }),
                *t,
            ),
            None => (None, 0),
        };
        StoredFocus { quality: f.quality, journey, touchpoint, owner: f.owner.clone(), due: f.due }
    }

    pub fn focus(&self) -> Focus {
        Focus {
            quality: self.quality,
            touchpoint: self.journey.as_ref().map(|j| {
                let key = match &j.template {
                    Some(id) => JourneyKey::Template(id.clone()),
                    None => JourneyKey::Custom { name: j.name.clone(), touchpoints: j.touchpoints.clone() },
                };
                (key, self.touchpoint)
            }),
            owner: super::focus::clean_owner(&self.owner),
            due: self.due,
        }
    }
}

crate::model! {
    /// One person's result as a collection keeps it.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Person {
        /// The result's identity: the 64-bit hash of its share payload in
        /// hex, then "-n" for the n-th copy counted anyway.
        pub id: String as Id,
        /// Days since 1970-01-01 the result was shared or finished.
        pub day: Option<u16> as Opt<Range<0, 65535>> = None,
        /// Department, branch or shift (or a name, if the person typed one).
        pub label: Option<String> as Opt<Line<100>> = None,
        pub assessment: Option<Scores> = None,
        pub walk: Option<WalkMarks> = None,
        /// The answer set's digest in hex (the payload without day and
        /// label): identical answers sent again are flagged against it.
        pub answers: Option<String> as Opt<Id> = None,
        /// Sent sealed for the team report only: counted in aggregates,
        /// never shown or exported one by one, never in a team file.
        pub sealed: bool = false,
    }
    check person_problems;
}

crate::model! {
    /// A self-assessment's figures, as the model that scored them gave them.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Scores {
        /// The scoring model's version.
        pub model: u16 as Range<1, 1000>,
        /// The person's level; none when the model placed them between levels.
        pub level: Option<Level> = None,
        /// Level strengths 0–100, spontaneous, regulated, cultural.
        pub levels: [u8; 3] as Array<Range<0, 100>>,
        /// Quality scores 0–100 in the content's order; null where unanswered.
        pub qualities: Vec<Option<u8>> as List<Opt<Range<0, 100>>, 0, 64>,
        /// How many colleagues' views it was scored with (0: self-reported).
        pub colleagues: u8 as Range<0, 10> = 0,
    }
}

crate::model! {
    /// A walk: which journey, and what was recorded at each touchpoint.
    #[derive(Clone, Debug, PartialEq)]
    pub struct WalkMarks {
        /// A journey template of the content, by id.
        pub template: Option<String> as Opt<Id> = None,
        /// A journey of the person's own: its name…
        pub name: String as Line<200> = String::new(),
        /// …and its touchpoints' names.
        pub touchpoints: Vec<String> as List<Line<200>, 0, MAX_TOUCHPOINTS> = Vec::<String>::new(),
        /// Per touchpoint, in journey order.
        pub marks: Vec<StoredMark> as List<StoredMark, 1, MAX_TOUCHPOINTS>,
    }
    check walk_problems;
}

crate::model! {
    /// What a walk recorded at one touchpoint.
    #[derive(Clone, Debug, PartialEq)]
    pub struct StoredMark {
        /// −1, 0 or +1; none when not rated.
        pub rating: Option<i8> as Opt<Range<-1, 1>> = None,
        pub handoff: bool = false,
        /// Disappointment behaviours seen, as positions in the ladder's list.
        pub seen: Vec<u16> as List<Range<0, 999>, 0, 200> = Vec::<u16>::new(),
        /// Hand-off checks answered, and how many of them failed.
        pub checks: u8 as Range<0, 99> = 0,
        pub failed: u8 as Range<0, 99> = 0,
    }
    check mark_problems;
}

crate::model! {
    /// A collection as one file, to move it between devices.
    #[derive(Clone, Debug, PartialEq)]
    pub struct TeamFile {
        /// Always "service-ladder-team".
        pub kind: String as Line<40>,
        /// The format's version.
        pub version: u32 as Range<1, 1000>,
        pub collection: TeamRecord,
    }
    check file_problems;
}

fn at(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

fn team_problems(t: &TeamRecord, r: &mut Reader, path: &str) {
    let mut seen = std::collections::BTreeSet::new();
    for (i, p) in t.people.iter().enumerate() {
        if !seen.insert(p.id.as_str()) {
            r.problem(&format!("{}[{i}]({})", at(path, "people"), p.id), "the same result twice");
        }
    }
}

fn person_problems(p: &Person, r: &mut Reader, path: &str) {
    if parse_identity(&p.id).is_none() {
        r.problem(&at(path, "id"), "expected 16 hexadecimal digits (then -n for a copy)");
    }
    if p.assessment.is_none() && p.walk.is_none() {
        r.problem(path, "holds neither a self-assessment nor a walk");
    }
}

fn walk_problems(w: &WalkMarks, r: &mut Reader, path: &str) {
    match &w.template {
        Some(_) if !w.touchpoints.is_empty() || !w.name.is_empty() => {
            r.problem(path, "a template's walk names no journey or touchpoints of its own")
        }
        None if w.touchpoints.len() != w.marks.len() => {
            r.problem(&at(path, "marks"), format!("{} marks for {} touchpoints", w.marks.len(), w.touchpoints.len()))
        }
        _ => {}
    }
}

fn mark_problems(m: &StoredMark, r: &mut Reader, path: &str) {
    if m.failed > m.checks {
        r.problem(&at(path, "failed"), format!("{} failed of {} answered", m.failed, m.checks));
    }
}

fn file_problems(f: &TeamFile, r: &mut Reader, path: &str) {
    if f.kind != FILE_KIND {
        r.problem(&at(path, "kind"), format!("expected \"{FILE_KIND}\""));
    }
}

/// `"9f3ab2c4d5e6f708"` or `"9f3ab2c4d5e6f708-2"`.
pub fn identity_text(id: Identity) -> String {
    if id.copy == 0 { format!("{:016x}", id.hash) } else { format!("{:016x}-{}", id.hash, id.copy) }
}

pub fn parse_identity(s: &str) -> Option<Identity> {
    let (hex, copy) = match s.split_once('-') {
        // One spelling only: no "-0", "-02" or "-".
        Some((h, c)) if !c.starts_with('0') && !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()) => {
            (h, c.parse::<u16>().ok()?)
        }
        Some(_) => return None,
        None => (s, 0),
    };
    if hex.len() != 16 || !hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        return None;
    }
    Some(Identity { hash: u64::from_str_radix(hex, 16).ok()?, copy })
}

impl Person {
    pub fn of(e: &Entry) -> Person {
        Person {
            id: identity_text(e.id),
            answers: e.answers.map(|h| format!("{h:016x}")),
            day: e.day,
            label: e.label.clone(),
            sealed: e.sealed,
            assessment: e.assessment.as_ref().map(|f| Scores {
                model: f.model,
                level: f.level,
                levels: f.levels,
                qualities: f.qualities.clone(),
                colleagues: f.colleagues,
            }),
            walk: e.walk.as_ref().map(|w| {
                let (template, name, touchpoints) = match &w.journey {
                    JourneyKey::Template(id) => (Some(id.clone()), String::new(), Vec::new()),
                    JourneyKey::Custom { name, touchpoints } => (None, name.clone(), touchpoints.clone()),
                };
                WalkMarks {
                    template,
                    name,
                    touchpoints,
                    marks: w
                        .marks
                        .iter()
                        .map(|m| StoredMark {
                            rating: m.rating,
                            handoff: m.handoff,
                            seen: m.disappointments.clone(),
                            checks: m.checks_answered,
                            failed: m.checks_failed,
                        })
                        .collect(),
                }
            }),
        }
    }

    /// The entry again; `None` for an identity that does not read (the
    /// reader has reported it already).
    pub fn entry(&self) -> Option<Entry> {
        Some(Entry {
            id: parse_identity(&self.id)?,
            answers: self.answers.as_deref().and_then(parse_identity).filter(|i| i.copy == 0).map(|i| i.hash),
            day: self.day,
            label: self.label.clone(),
            sealed: self.sealed,
            assessment: self.assessment.as_ref().map(|s| Figures {
                model: s.model,
                level: s.level,
                levels: s.levels,
                qualities: s.qualities.clone(),
                colleagues: s.colleagues,
                // Kept results were taken (or counted anyway) already.
                careless: false,
            }),
            walk: self.walk.as_ref().map(|w| WalkFigures {
                journey: match &w.template {
                    Some(id) => JourneyKey::Template(id.clone()),
                    None => JourneyKey::Custom { name: w.name.clone(), touchpoints: w.touchpoints.clone() },
                },
                marks: w
                    .marks
                    .iter()
                    .map(|m| Mark {
                        rating: m.rating,
                        handoff: m.handoff,
                        disappointments: m.seen.clone(),
                        checks_answered: m.checks,
                        checks_failed: m.failed,
                    })
                    .collect(),
            }),
        })
    }
}

impl TeamRecord {
    /// A collection as it is kept, under `id`.
    pub fn of(id: &str, c: &Collection) -> TeamRecord {
        TeamRecord {
            id: id.to_string(),
            name: c.name().to_string(),
            day: c.day(),
            threshold: c.threshold(),
            content: c.content(),
            people: c.entries().iter().map(Person::of).collect(),
            focus: c.focus().map(StoredFocus::of),
        }
    }

    /// The collection again.
    pub fn collection(&self) -> Collection {
        let entries = self.people.iter().filter_map(Person::entry).collect();
        let mut c = Collection::from_parts(&self.name, self.day, self.threshold, self.content, entries).0;
        c.set_focus(self.focus.as_ref().map(StoredFocus::focus));
        c
    }

    /// Whether its figures refer to this content (by fingerprint).
    pub fn fits(&self, fingerprint: u32) -> bool {
        self.content == fingerprint
    }
}

/// A fresh collection id, not among `taken`: `team-` and a number made
/// from `seed` (the time and a random number in the browser), so two tabs
/// saving at once do not pick the same one.
pub fn new_id(seed: u64, taken: impl Fn(&str) -> bool) -> String {
    let mut n = seed;
    loop {
        let id = format!("team-{}", base36(n));
        if !taken(&id) {
            return id;
        }
        n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// One collection as a file (a `TeamFile`, written with its kind first so
/// the file says what it is in its first line). Sealed results stay out:
/// a file holds every person's row, and a sealed result is never one
/// (their links, pasted again where the team key is, bring them back).
pub fn file(t: &TeamRecord) -> String {
    let open = TeamRecord { people: t.people.iter().filter(|p| !p.sealed).cloned().collect(), ..t.clone() };
    let collection = serde_json::to_string(&open.write()).unwrap_or_default();
    let version = if t.focus.is_some() { FILE_VERSION } else { 1 };
    format!("{{\"kind\":\"{FILE_KIND}\",\"version\":{version},\"collection\":{collection}}}")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    TooBig,
    /// Written by a newer app: the format's version.
    Newer(u32),
    /// A team file that does not read: the first problems, with their paths.
    Unreadable(String),
}

/// Whether a text is a team file at all (it may then still be unreadable).
pub fn is_team_file(text: &str) -> bool {
    let t = text.trim_start_matches('\u{FEFF}').trim_start();
    // The writer puts `kind` first; a file re-indented by hand still has it near the top.
    t.starts_with('{') && t.get(..t.len().min(200)).is_some_and(|head| head.contains(FILE_KIND))
}

/// Reads a team file through the collection's declared shape.
pub fn read_file(text: &str) -> Result<TeamRecord, FileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(FileError::TooBig);
    }
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{FEFF}'))
        .map_err(|e| FileError::Unreadable(format!("not valid JSON ({e})")))?;
    if let Some(v) = value.get("version").and_then(Value::as_u64)
        && v > u64::from(FILE_VERSION)
    {
        return Err(FileError::Newer(u32::try_from(v).unwrap_or(u32::MAX)));
    }
    read_as::<TeamFile>(Reader::lenient(), &value)
        .map(|f| f.collection)
        .map_err(|p| FileError::Unreadable(crate::codec::reader::problem_summary(&p)))
}

impl FileError {
    /// What is wrong with the file, in a sentence.
    pub fn words(&self, lang: crate::text::lang::Lang) -> String {
        match self {
            FileError::TooBig => lang.f("team_stored.too_big", &[("mb", &(MAX_FILE_BYTES / 1024 / 1024))]),
            FileError::Newer(v) => lang.f("team_stored.newer", &[("format", v)]),
            FileError::Unreadable(why) => {
                lang.f("team_stored.unreadable", &[("why", &crate::codec::reader::shorten(why))])
            }
        }
    }
}

/// Keeps `teams` within `MAX_TEAMS`: whether one more fits.
pub fn room_for_one(teams: &[TeamRecord]) -> bool {
    teams.len() < MAX_TEAMS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_read_back_in_one_spelling() {
        for id in
            [Identity { hash: 0, copy: 0 }, Identity { hash: u64::MAX, copy: 3 }, Identity { hash: 0xabc, copy: 0 }]
        {
            assert_eq!(parse_identity(&identity_text(id)), Some(id));
        }
        for bad in [
            "",
            "abc",
            "9F3AB2C4D5E6F708",
            "9f3ab2c4d5e6f708-0",
            "9f3ab2c4d5e6f708-02",
            "9f3ab2c4d5e6f70g",
            "9f3ab2c4d5e6f708-",
        ] {
            assert_eq!(parse_identity(bad), None, "{bad}");
        }
    }

    #[test]
    fn ids_are_fresh() {
        let a = new_id(12345, |_| false);
        assert!(a.starts_with("team-"));
        let b = new_id(12345, |id| id == a);
        assert_ne!(a, b);
        assert!(b.len() <= 64 && b.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-'));
    }
}
