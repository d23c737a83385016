//! Finished results kept on the device, dated, so a retake can be shown
//! beside the previous result. Each record is self-contained: it keeps what
//! is needed to show it again even if the person's journeys change.

use crate::check::scoring::{self, Answers, Confidence, Extra, percent};
use crate::codec::model::{Array, Dict, Id, Line, List, Model, Opt, Range};
use crate::codec::reader::Reader;
use crate::content::{Assessment, Ladder, Level};
use crate::document::colleague::{self, ColleagueView, MAX_VIEWS};
use crate::walk::journey::Journey;
use crate::walk::map as journey_map;
use crate::walk::record::{Audit, Walk};
use serde_json::Value;
use std::collections::BTreeMap;

/// Longest label (who answered: a department, a branch, a shift).
pub const MAX_LABEL: usize = 100;

crate::choice! {
    /// Where a result in the history came from.
    pub enum Source {
        /// Finished on this device.
        Device = "device",
        /// Received as a share link and saved here: the sender's own report.
        Link = "link",
    }
}

/// A finished result, as kept in the history and in export files.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Assessment(AssessmentRecord),
    Walkthrough(WalkRecord),
}

impl Record {
    pub fn at(&self) -> &str {
        match self {
            Record::Assessment(r) => &r.at,
            Record::Walkthrough(r) => &r.at,
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Record::Assessment(r) => &r.id,
            Record::Walkthrough(r) => &r.id,
        }
    }

    pub fn source(&self) -> Source {
        match self {
            Record::Assessment(r) => r.source,
            Record::Walkthrough(r) => r.source,
        }
    }

    pub fn label(&self) -> Option<&str> {
        match self {
            Record::Assessment(r) => r.label.as_deref(),
            Record::Walkthrough(r) => r.label.as_deref(),
        }
    }
}

/// The kinds of record, each its field of the record's object.
const KINDS: [&str; 2] = ["assessment", "walkthrough"];

/// Written as `{"assessment": {…}}` or `{"walkthrough": {…}}`.
impl Model for Record {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Record> {
        let o = r.object(v, path)?;
        let record = match (o.get("assessment"), o.get("walkthrough")) {
            (Some(a), None) => AssessmentRecord::read(r, a, &o.at("assessment")).map(Record::Assessment),
            (None, Some(w)) => WalkRecord::read(r, w, &o.at("walkthrough")).map(Record::Walkthrough),
            _ => {
                r.problem(path, format!("expected exactly one of: {}", KINDS.join(", ")));
                None
            }
        };
        o.finish(r, &KINDS);
        record
    }
    fn write(&self) -> Value {
        match self {
            Record::Assessment(a) => serde_json::json!({ "assessment": a.write() }),
            Record::Walkthrough(w) => serde_json::json!({ "walkthrough": w.write() }),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "oneOf": [
            { "type": "object", "properties": { "assessment": AssessmentRecord::schema() }, "required": ["assessment"], "additionalProperties": false },
            { "type": "object", "properties": { "walkthrough": WalkRecord::schema() }, "required": ["walkthrough"], "additionalProperties": false },
        ]})
    }
}

crate::model! {
    /// A finished self-assessment with the figures it was given.
    #[derive(Clone, Debug, PartialEq)]
    pub struct AssessmentRecord {
        /// Identifies the result: the same result kept twice is one record.
        pub id: String as Id,
        /// When it was finished, as an ISO 8601 date or date-time.
        pub at: String as Line<40>,
        /// Who answered, e.g. a department, as the embedding page or the person said.
        pub label: Option<String> as Opt<Line<MAX_LABEL>> = None,
        pub source: Source = Source::Device,
        /// The scoring model that produced the figures (results are compared like with like).
        pub model: u32 as Range<1, 1000> = 1,
        /// The kind of work the questions were chosen for.
        pub role: Option<String> as Opt<Id> = None,
        pub answers: Answers as Dict<Id, Id, 1000>,
        /// The last clients on the ladder, −1 / 0 / +1 (model 3 on).
        pub episodes: Vec<i8> as List<Range<-1, 1>, 0, 20> = Vec::new(),
        /// Item id → tenths of a second spent on it.
        pub tenths: BTreeMap<String, u32> as Dict<Id, Range<0, { MAX_TENTHS as i64 }>, 1000> = BTreeMap::new(),
        /// The seed the options were rotated with; none: content order.
        pub seed: Option<u32> as Opt<Range<0, 4_294_967_295>> = None,
        /// The strongest level.
        pub level: Level,
        /// How clearly: between `level` and `other` when mixed (none for the first model).
        pub confidence: Option<Confidence> = None,
        /// The next strongest level, when the result is not clear.
        pub other: Option<Level> = None,
        /// Level strengths out of 100, in `Level::ALL` order.
        pub levels: [u32; 3] as Array<Range<0, 100>>,
        /// Quality id → score out of 100.
        pub qualities: BTreeMap<String, u32> as Dict<Id, Range<0, 100>, 64>,
        /// Colleagues' views the figures were scored with (none: self-reported).
        pub colleagues: Vec<ColleagueView> as List<ColleagueView, 0, MAX_VIEWS> = Vec::new(),
    }
    check assessment_problems;
}

fn assessment_problems(a: &AssessmentRecord, r: &mut Reader, path: &str) {
    date_problems(&a.at, r, path);
    // The level is the strongest one; rounding to whole percent may tie
    // two levels that were a hair apart, hence the one-point allowance.
    let own = a.levels[a.level.index()];
    if a.levels.iter().any(|&l| l > own + 1) {
        r.problem(&format!("{path}.level"), format!("\"{}\" does not follow from the level strengths", a.level.id()));
    }
}

crate::model! {
    /// A finished walk with the journey as it was walked.
    #[derive(Clone, Debug, PartialEq)]
    pub struct WalkRecord {
        pub id: String as Id,
        pub at: String as Line<40>,
        pub label: Option<String> as Opt<Line<MAX_LABEL>> = None,
        pub source: Source = Source::Device,
        /// The journey as it was walked.
        pub journey: Journey,
        pub audits: BTreeMap<String, Audit> as Dict<Id, Audit, { crate::walk::journey::MAX_TOUCHPOINTS }> = BTreeMap::new(),
        /// Share of +1 minus share of −1 among rated touchpoints, −100…+100.
        pub balance: Option<i32> as Opt<Range<-100, 100>> = None,
        /// The journey as it should be, not as it is now.
        pub target: bool = false,
    }
    check walk_problems;
}

fn walk_problems(w: &WalkRecord, r: &mut Reader, path: &str) {
    date_problems(&w.at, r, path);
    for id in w.audits.keys() {
        if w.journey.position(id).is_none() {
            r.problem(&format!("{path}.audits.{id}"), "no such touchpoint in the journey");
        }
    }
    if w.balance != balance(&w.journey, &w.audits) {
        r.problem(&format!("{path}.balance"), "does not follow from the ratings");
    }
}

/// `at` starts with a calendar date, YYYY-MM-DD.
fn date_problems(at: &str, r: &mut Reader, path: &str) {
    let b = at.as_bytes();
    let digits = |range: std::ops::Range<usize>| b.get(range).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let ok = digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10);
    if !ok {
        r.problem(
            &format!("{path}.at"),
            format!("\"{}\" is not a date (YYYY-MM-DD…)", crate::codec::reader::shorten(at)),
        );
    }
}

fn balance(journey: &Journey, audits: &BTreeMap<String, Audit>) -> Option<i32> {
    let mut counts = journey_map::Counts::default();
    for t in &journey.touchpoints {
        match audits.get(&t.id).and_then(|a| a.rating) {
            Some(1) => counts.wow += 1,
            Some(0) => counts.standard += 1,
            Some(_) => counts.disappointment += 1,
            None => counts.unrated += 1,
        }
    }
    counts.balance()
}

/// A record's id: a digest of what it says (not where it came from), so
/// the same result saved twice — from one link, or merged from two tabs —
/// is recognised as one.
pub fn record_id(value: &Value) -> String {
    let mut v = value.clone();
    if let Some(inner) = v.as_object_mut().and_then(|o| o.values_mut().next()).and_then(Value::as_object_mut) {
        inner.remove("id");
        inner.remove("source");
    }
    let h = crate::text::hash::fnv64(v.to_string().bytes());
    format!("r{h:016x}")
}

/// Written as its id.
impl Model for Confidence {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Confidence> {
        let id = r.id(v, path)?;
        let all = [Confidence::Clear, Confidence::Leaning, Confidence::Mixed];
        let found = all.into_iter().find(|c| c.id() == id);
        if found.is_none() {
            r.problem(
                path,
                format!("unknown confidence \"{id}\" (expected one of: {})", all.map(|c| c.id()).join(", ")),
            );
        }
        found
    }
    fn write(&self) -> Value {
        Value::from(self.id())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "string", "enum": ["clear", "leaning", "mixed"] })
    }
}

impl AssessmentRecord {
    /// What was given besides the answers, as the scoring takes it; the
    /// colleagues' views are read with the content's moments
    /// (`colleague::episodes`), by whoever has them.
    pub fn extra(&self) -> Extra {
        Extra {
            episodes: self.episodes.clone(),
            seconds: seconds_of(&self.tenths),
            colleagues: Vec::new(),
            seed: self.seed,
        }
    }

    /// Scores the answers with this build's model. `a` is the questionnaire
    /// of the kind of work `role` (see `Assessment::for_role`).
    pub fn new(
        a: &Assessment,
        role: Option<&str>,
        answers: &Answers,
        at: String,
        label: Option<String>,
    ) -> AssessmentRecord {
        AssessmentRecord::new_with(a, role, answers, &Extra::default(), &[], at, label)
    }

    /// The same, scored with colleagues' views (`a.observed` are the
    /// moments they answered).
    pub fn with_colleagues(
        a: &Assessment,
        role: Option<&str>,
        answers: &Answers,
        views: &[ColleagueView],
        at: String,
        label: Option<String>,
    ) -> AssessmentRecord {
        AssessmentRecord::new_with(a, role, answers, &Extra::default(), views, at, label)
    }

    /// The same, with what the person gave besides the answers: the last
    /// clients, times and option order (`extra`), and colleagues' views.
    pub fn new_with(
        a: &Assessment,
        role: Option<&str>,
        answers: &Answers,
        extra: &Extra,
        views: &[ColleagueView],
        at: String,
        label: Option<String>,
    ) -> AssessmentRecord {
        let s = scoring::score_with(a, answers, &colleague::with_views(extra, views, &a.observed));
        let mut qualities = BTreeMap::new();
        for (q, v) in a.qualities.iter().zip(&s.qualities) {
            if let Some(v) = v {
                qualities.insert(q.id.clone(), percent(*v));
            }
        }
        let mut record = AssessmentRecord {
            id: String::new(),
            at,
            label,
            source: Source::Device,
            model: scoring::MODEL_VERSION,
            role: role.map(str::to_string),
            answers: answers.clone(),
            episodes: extra.episodes.clone(),
            tenths: tenths_of(&extra.seconds),
            seed: extra.seed,
            level: s.level,
            confidence: Some(s.verdict.confidence),
            other: (s.verdict.confidence != Confidence::Clear).then_some(s.verdict.other),
            levels: s.levels.map(percent),
            qualities,
            colleagues: views.to_vec(),
        };
        record.id = record_id(&Record::Assessment(record.clone()).write());
        record
    }
}

impl WalkRecord {
    pub fn new(journey: &Journey, walk: &Walk, ladder: &Ladder, at: String, label: Option<String>) -> WalkRecord {
        let map = journey_map::map(journey, walk, ladder);
        let ids: Vec<&str> = journey.touchpoints.iter().map(|t| t.id.as_str()).collect();
        let mut walk = walk.clone();
        walk.retain(&ids);
        // A finished result keeps the ratings its map showed: a suggestion
        // the person let stand becomes their rating.
        for t in &journey.touchpoints {
            if let Some(a) = walk.audits.get_mut(&t.id)
                && a.rating.is_none()
            {
                a.rating = a.effective_rating(ladder, t.handoff).map(|r| r.value);
            }
        }
        let mut record = WalkRecord {
            id: String::new(),
            at,
            label,
            source: Source::Device,
            journey: journey.clone(),
            audits: walk.audits,
            balance: map.balance,
            target: walk.target,
        };
        record.id = record_id(&Record::Walkthrough(record.clone()).write());
        record
    }

    /// The walk this record describes, to draw its map again.
    pub fn walk(&self) -> Walk {
        Walk { journey: self.journey.id.clone(), audits: self.audits.clone(), finished: true, target: self.target }
    }
}

/// The newest finished walk through this journey (the same touchpoints)
/// marked as the target (`target`) or as the current state: what the
/// map draws beside a walk of the other kind.
pub fn latest_walk(history: &[Record], journey: &Journey, target: bool) -> Option<Walk> {
    history.iter().rev().find_map(|r| match r {
        Record::Walkthrough(w) if w.target == target && same_touchpoints(&w.journey, journey) => Some(w.walk()),
        _ => None,
    })
}

fn same_touchpoints(a: &Journey, b: &Journey) -> bool {
    a.id == b.id && a.touchpoints.iter().map(|t| &t.id).eq(b.touchpoints.iter().map(|t| &t.id))
}

/// The most recent assessment whose answers differ from `current`, scored
/// by this build's model: the result to compare a retake with. Results of
/// an earlier model are not compared (their figures mean other things).
pub fn previous_assessment<'a>(history: &'a [Record], current: &Answers) -> Option<&'a AssessmentRecord> {
    history.iter().rev().find_map(|r| match r {
        Record::Assessment(a) if &a.answers != current && a.model == scoring::MODEL_VERSION => Some(a),
        _ => None,
    })
}

/// Whether the newest assessment record already holds these answers.
pub fn is_latest_assessment(history: &[Record], answers: &Answers) -> bool {
    history.iter().rev().find_map(|r| match r {
        Record::Assessment(a) => Some(&a.answers == answers),
        _ => None,
    }) == Some(true)
}

/// Whether the newest walk record already holds this walk of this journey.
pub fn is_latest_walk(history: &[Record], journey: &Journey, walk: &Walk) -> bool {
    history.iter().rev().find_map(|r| match r {
        Record::Walkthrough(w) if w.journey.id == journey.id => Some(
            w.target == walk.target
                && &w.journey == journey
                && w.audits.len() == walk.audits.iter().filter(|(id, _)| journey.position(id).is_some()).count()
                && w.audits.iter().all(|(id, a)| walk.audits.get(id) == Some(a)),
        ),
        _ => None,
    }) == Some(true)
}

/// The date part of an ISO date-time, for display.
pub fn day(at: &str) -> &str {
    at.get(..10).unwrap_or(at)
}

/// The longest time kept for one question: an hour, in tenths of a second.
pub const MAX_TENTHS: u32 = 36_000;

/// Kept tenths of a second → the seconds the scoring reads.
pub fn seconds_of(tenths: &BTreeMap<String, u32>) -> BTreeMap<String, f64> {
    tenths.iter().map(|(k, t)| (k.clone(), f64::from(*t) / 10.0)).collect()
}

/// The scoring's seconds → tenths as they are kept, capped at `MAX_TENTHS`.
pub fn tenths_of(seconds: &BTreeMap<String, f64>) -> BTreeMap<String, u32> {
    seconds.iter().map(|(k, v)| (k.clone(), (v * 10.0).round().clamp(0.0, f64::from(MAX_TENTHS)) as u32)).collect()
}
