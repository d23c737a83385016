//! Walking a customer journey: what was seen at each touchpoint and how it
//! rated on the expectation ladder.

use crate::content::Ladder;
use crate::model::{Dict, Id, Opt, Para, Range, Set};
use std::collections::{BTreeMap, BTreeSet};

/// Longest note kept for one touchpoint.
pub const MAX_NOTE_CHARS: usize = 2_000;

crate::model! {
    /// What the person recorded at one touchpoint.
    #[derive(Clone, Debug, PartialEq, Eq, Default)]
    pub struct Audit {
        /// Ids of ladder behaviours that actually happened.
        pub ticks: BTreeSet<String> as Set<Id, 200> = BTreeSet::new(),
        /// Hand-off check id → the answer given.
        pub checks: BTreeMap<String, bool> as Dict<Id, bool, 50> = BTreeMap::new(),
        /// −1, 0 or +1 once the person has decided.
        pub rating: Option<i8> as Opt<Range<-1, 1>> = None,
        pub note: String as Para<MAX_NOTE_CHARS> = String::new(),
    }
}

impl Audit {
    /// Ladder behaviours seen that are disappointments, plus the behaviour
    /// behind every failed hand-off check, as indices into the ladder.
    pub fn disappointments(&self, ladder: &Ladder, handoff: bool) -> Vec<usize> {
        let mut out: Vec<usize> = ladder
            .behaviours
            .iter()
            .enumerate()
            .filter(|(_, b)| b.rung == -1 && self.ticks.contains(&b.id))
            .map(|(i, _)| i)
            .collect();
        if handoff {
            for check in self.failed_checks(ladder) {
                let b = ladder.handoff_checks[check].behaviour;
                if !out.contains(&b) {
                    out.push(b);
                }
            }
        }
        out
    }

    /// Indices of hand-off checks answered the wrong way.
    pub fn failed_checks(&self, ladder: &Ladder) -> Vec<usize> {
        ladder
            .handoff_checks
            .iter()
            .enumerate()
            .filter(|(_, c)| self.checks.get(&c.id).is_some_and(|a| *a != c.good_answer))
            .map(|(i, _)| i)
            .collect()
    }

    pub fn ticked_on(&self, ladder: &Ladder, rung: i8) -> Vec<usize> {
        ladder
            .behaviours
            .iter()
            .enumerate()
            .filter(|(_, b)| b.rung == rung && self.ticks.contains(&b.id))
            .map(|(i, _)| i)
            .collect()
    }

    /// The rating the ticks point to; the person decides. Any disappointment
    /// (a ticked −1 behaviour or a failed hand-off check) that is not
    /// outweighed by more «wow» behaviours means −1: the client expected it
    /// and did not get it. More «wow» than disappointment means +1. Only
    /// neutral-zone ticks mean 0. Nothing ticked suggests nothing.
    pub fn suggested(&self, ladder: &Ladder, handoff: bool) -> Option<i8> {
        let bad = self.disappointments(ladder, handoff).len();
        let wow = self.ticked_on(ladder, 1).len();
        let neutral = self.ticked_on(ladder, 0).len();
        match (bad, wow, neutral) {
            (0, 0, 0) => None,
            (b, w, _) if b > 0 && b >= w => Some(-1),
            (_, w, _) if w > 0 => Some(1),
            _ => Some(0),
        }
    }
}

crate::model! {
    /// A walk through one journey: the audits by touchpoint id.
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Walk {
        /// The journey being walked (a template or one of the person's own).
        pub journey: String as Id,
        pub audits: BTreeMap<String, Audit> as Dict<Id, Audit, { crate::journey::MAX_TOUCHPOINTS }> = BTreeMap::new(),
        /// Set when the person reached the map.
        pub finished: bool = false,
    }
}

impl Walk {
    pub fn new(journey: impl Into<String>) -> Walk {
        Walk { journey: journey.into(), audits: BTreeMap::new(), finished: false }
    }

    pub fn audit(&self, touchpoint: &str) -> Option<&Audit> {
        self.audits.get(touchpoint)
    }

    pub fn audit_mut(&mut self, touchpoint: &str) -> &mut Audit {
        self.audits.entry(touchpoint.to_string()).or_default()
    }

    /// Drops what was recorded for touchpoints the journey no longer has.
    pub fn retain(&mut self, touchpoint_ids: &[&str]) {
        self.audits.retain(|id, _| touchpoint_ids.contains(&id.as_str()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;

    fn ladder() -> Ladder {
        Content::shipped().expect("content").ladder
    }

    fn audit(ticks: &[&str], checks: &[(&str, bool)]) -> Audit {
        Audit {
            ticks: ticks.iter().map(|s| s.to_string()).collect(),
            checks: checks.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            ..Audit::default()
        }
    }

    #[test]
    fn ticks_suggest_a_rating() {
        let l = ladder();
        assert_eq!(audit(&[], &[]).suggested(&l, false), None);
        assert_eq!(audit(&["formal_approach"], &[]).suggested(&l, false), Some(0));
        assert_eq!(audit(&["thanked", "formal_approach"], &[]).suggested(&l, false), Some(1));
        assert_eq!(audit(&["rudeness", "thanked"], &[]).suggested(&l, false), Some(-1));
        assert_eq!(audit(&["rudeness", "thanked", "surprise"], &[]).suggested(&l, false), Some(1));
    }

    #[test]
    fn failed_hand_off_checks_count_as_disappointments_only_at_hand_offs() {
        let l = ladder();
        let a = audit(&["politeness"], &[("client_repeated", true), ("next_briefed", true)]);
        assert_eq!(a.failed_checks(&l).len(), 1);
        assert_eq!(a.suggested(&l, true), Some(-1));
        assert_eq!(a.suggested(&l, false), Some(1));
        let shifting = l.behaviour_index("shifting_work").unwrap();
        assert_eq!(a.disappointments(&l, true), vec![shifting]);
    }
}
