//! Finished results kept on the device, dated, so a retake can be shown
//! beside the previous result. Each record is self-contained: it keeps what
//! is needed to show it again even if the person's journeys change.

use crate::content::{Assessment, Ladder, Level};
use crate::journey::Journey;
use crate::journey_map;
use crate::scoring::{self, Answers, percent};
use crate::walk::{Audit, Walk};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessmentRecord {
    /// When it was finished, as an ISO 8601 date-time.
    pub at: String,
    /// Who answered, e.g. a department, when the embedding page says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub answers: Answers,
    pub level: Level,
    /// Level strengths out of 100, in `Level::ALL` order.
    pub levels: [u32; 3],
    /// Quality id → score out of 100.
    pub qualities: BTreeMap<String, u32>,
}

impl AssessmentRecord {
    pub fn new(a: &Assessment, answers: &Answers, at: String, label: Option<String>) -> AssessmentRecord {
        let s = scoring::score(a, answers);
        let mut qualities = BTreeMap::new();
        for (q, v) in a.qualities.iter().zip(&s.qualities) {
            if let Some(v) = v {
                qualities.insert(q.id.clone(), percent(*v));
            }
        }
        AssessmentRecord {
            at,
            label,
            answers: answers.clone(),
            level: s.level,
            levels: s.levels.map(percent),
            qualities,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WalkRecord {
    pub at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The journey as it was walked.
    pub journey: Journey,
    pub audits: BTreeMap<String, Audit>,
    pub balance: Option<i32>,
}

impl WalkRecord {
    pub fn new(journey: &Journey, walk: &Walk, ladder: &Ladder, at: String, label: Option<String>) -> WalkRecord {
        let map = journey_map::map(journey, walk, ladder);
        let ids: Vec<&str> = journey.touchpoints.iter().map(|t| t.id.as_str()).collect();
        let mut walk = walk.clone();
        walk.retain(&ids);
        WalkRecord { at, label, journey: journey.clone(), audits: walk.audits, balance: map.balance }
    }

    /// The walk this record describes, to draw its map again.
    pub fn walk(&self) -> Walk {
        Walk { journey: self.journey.id.clone(), audits: self.audits.clone(), finished: true }
    }
}

/// The most recent assessment whose answers differ from `current`: the
/// result to compare a retake with.
pub fn previous_assessment<'a>(history: &'a [Record], current: &Answers) -> Option<&'a AssessmentRecord> {
    history.iter().rev().find_map(|r| match r {
        Record::Assessment(a) if &a.answers != current => Some(a),
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

/// The date part of an ISO date-time, for display.
pub fn day(at: &str) -> &str {
    at.get(..10).unwrap_or(at)
}
