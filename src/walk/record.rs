//! Walking a customer journey: what was seen at each touchpoint, how its
//! hand-off went, and how it rated on the expectation ladder.

use crate::codec::model::{Dict, Id, Opt, Para, Range, Set};
use crate::content::Ladder;
use crate::text::lang::Text;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Longest note kept for one touchpoint.
pub const MAX_NOTE_CHARS: usize = 2_000;

crate::choice! {
    /// An answer to a hand-off check. Every check is phrased as a good
    /// outcome ("the client did not have to repeat themselves"), so `Yes` is always good,
    /// `No` is a failed check, and `NotSure` counts as neither. `ALL` is the
    /// order they are offered in.
    pub enum CheckAnswer { Yes = "yes", No = "no", NotSure = "not_sure" }
}

/// Why a touchpoint disappointed the client.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cause {
    /// A disappointment behaviour the person ticked (index into the ladder's behaviours).
    Ticked(usize),
    /// A hand-off check answered "no" at a hand-off (index into the ladder's
    /// checks). Its behaviour is inferred, not seen.
    Check(usize),
}

impl Cause {
    /// Inferred from a failed hand-off check rather than ticked.
    pub fn inferred(self) -> bool {
        matches!(self, Cause::Check(_))
    }

    /// The disappointment behaviour behind it.
    pub fn behaviour(self, ladder: &Ladder) -> Option<usize> {
        match self {
            Cause::Ticked(b) => Some(b),
            Cause::Check(c) => ladder.handoff_checks.get(c).map(|c| c.behaviour),
        }
    }

    /// What went wrong, as a statement: the behaviour, or the failed check.
    pub fn title(self, ladder: &Ladder) -> Option<&Text> {
        match self {
            Cause::Ticked(b) => ladder.behaviours.get(b).map(|b| &b.text),
            Cause::Check(c) => ladder.handoff_checks.get(c).map(|c| &c.failed),
        }
    }

    /// What to do about it: the behaviour's fix, or the check's own.
    pub fn fix(self, ladder: &Ladder) -> Option<&Text> {
        match self {
            Cause::Ticked(b) => ladder.behaviours.get(b).and_then(|b| b.fix.as_ref()),
            Cause::Check(c) => ladder.handoff_checks.get(c).map(|c| &c.fix),
        }
    }
}

/// The rating a touchpoint shows: the person's choice, or else the
/// suggestion, which is pre-selected and marked as such until the person
/// picks a rating themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rating {
    /// −1, 0 or +1.
    pub value: i8,
    /// Suggested by the ticks rather than chosen by the person.
    pub suggested: bool,
}

crate::model! {
    /// What the person recorded at one touchpoint.
    #[derive(Clone, Debug, PartialEq, Eq, Default)]
    pub struct Audit {
        /// Ids of ladder behaviours that actually happened.
        pub ticks: BTreeSet<String> as Set<Id, 200> = BTreeSet::new(),
        /// Hand-off check id → the answer given. Walks stored before the
        /// checks were rephrased kept true/false here; the stored-document
        /// migration rewrites them (`migrate_audits`).
        pub checks: BTreeMap<String, CheckAnswer> as Dict<Id, CheckAnswer, 50> = BTreeMap::new(),
        /// −1, 0 or +1 once the person has chosen; `None` while only the
        /// suggestion stands.
        pub rating: Option<i8> as Opt<Range<-1, 1>> = None,
        pub note: String as Para<MAX_NOTE_CHARS> = String::new(),
    }
}

impl Audit {
    pub fn check(&self, id: &str) -> Option<CheckAnswer> {
        self.checks.get(id).copied()
    }

    /// Indices of hand-off checks answered "no".
    pub fn failed_checks(&self, ladder: &Ladder) -> Vec<usize> {
        self.checks_answered(ladder, CheckAnswer::No)
    }

    /// Indices of hand-off checks given this answer.
    pub fn checks_answered(&self, ladder: &Ladder, answer: CheckAnswer) -> Vec<usize> {
        ladder
            .handoff_checks
            .iter()
            .enumerate()
            .filter(|(_, c)| self.check(&c.id) == Some(answer))
            .map(|(i, _)| i)
            .collect()
    }

    /// Indices of the ticked behaviours on one rung, in ladder order.
    pub fn ticked_on(&self, ladder: &Ladder, rung: i8) -> Vec<usize> {
        ladder
            .behaviours
            .iter()
            .enumerate()
            .filter(|(_, b)| b.rung == rung && self.ticks.contains(&b.id))
            .map(|(i, _)| i)
            .collect()
    }

    /// Every ticked behaviour, −1 first, then 0, then +1.
    pub fn ticked(&self, ladder: &Ladder) -> Vec<usize> {
        crate::content::RUNGS.iter().flat_map(|&r| self.ticked_on(ladder, r)).collect()
    }

    /// Why the client was disappointed here: ticked disappointment
    /// behaviours (ladder order), then, at a hand-off, failed checks (check
    /// order). A failed check whose behaviour is also ticked adds nothing
    /// the tick does not already say, so it is left out.
    pub fn causes(&self, ladder: &Ladder, handoff: bool) -> Vec<Cause> {
        let ticked = self.ticked_on(ladder, -1);
        let mut out: Vec<Cause> = ticked.iter().map(|&b| Cause::Ticked(b)).collect();
        if handoff {
            for c in self.failed_checks(ladder) {
                if !ladder.handoff_checks.get(c).is_some_and(|k| ticked.contains(&k.behaviour)) {
                    out.push(Cause::Check(c));
                }
            }
        }
        out
    }

    /// The rating the ticks point to, following the seed (003): the ladder
    /// compares what the client got with what they expected, and a
    /// touchpoint sits on the lowest rung it gives evidence for.
    ///
    /// 1. Any disappointment — a ticked −1 behaviour, or a hand-off check
    ///    answered "no" at a hand-off — suggests −1 whatever else was ticked:
    ///    the client expected something and did not get it, and a thank-you
    ///    does not undo rudeness (the seed's "expectation gravediggers").
    /// 2. Otherwise any neutral-zone tick suggests 0, «wow» ticks or not: a
    ///    formal approach, no initiative or a template-only answer is the
    ///    seed's neutral zone, "expected = got". Politeness beside a formal
    ///    approach is the standard delivered politely, not more than the
    ///    client expected.
    /// 3. Otherwise «wow» ticks suggest +1: the client got more than expected.
    /// 4. Otherwise, at a hand-off, checks answered "yes" suggest 0: the
    ///    hand-off went as the client expected.
    ///
    /// "Not sure" counts as neither. Nothing to go on suggests nothing.
    pub fn suggested(&self, ladder: &Ladder, handoff: bool) -> Option<i8> {
        if !self.causes(ladder, handoff).is_empty() {
            Some(-1)
        } else if !self.ticked_on(ladder, 0).is_empty() {
            Some(0)
        } else if !self.ticked_on(ladder, 1).is_empty() {
            Some(1)
        } else if handoff && !self.checks_answered(ladder, CheckAnswer::Yes).is_empty() {
            Some(0)
        } else {
            None
        }
    }

    /// What the touchpoint is rated: the person's choice, else the
    /// suggestion (pre-selected, marked as suggested).
    pub fn effective_rating(&self, ladder: &Ladder, handoff: bool) -> Option<Rating> {
        match self.rating {
            Some(r) => Some(Rating { value: r.clamp(-1, 1), suggested: false }),
            None => self.suggested(ladder, handoff).map(|value| Rating { value, suggested: true }),
        }
    }
}

crate::model! {
    /// A walk through one journey: the audits by touchpoint id.
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Walk {
        /// The journey being walked (a template or one of the person's own).
        pub journey: String as Id,
        pub audits: BTreeMap<String, Audit> as Dict<Id, Audit, { crate::walk::journey::MAX_TOUCHPOINTS }> = BTreeMap::new(),
        /// Set when the person reached the map.
        pub finished: bool = false,
        /// The journey as it should be (the target, "to be"), not as it
        /// is now: its map is drawn beside the current one's.
        pub target: bool = false,
    }
}

impl Walk {
    pub fn new(journey: impl Into<String>) -> Walk {
        Walk { journey: journey.into(), audits: BTreeMap::new(), finished: false, target: false }
    }

    /// A walk of the journey as it should be.
    pub fn target(journey: impl Into<String>) -> Walk {
        Walk { target: true, ..Walk::new(journey) }
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

// ---------- walks stored by earlier releases ----------

/// The hand-off checks of the releases that stored true/false answers to
/// questions where "yes" was sometimes the bad answer: (old id, new id,
/// the old answer that meant a good hand-off).
const OLD_CHECKS: [(&str, &str, bool); 4] = [
    ("client_repeated", "no_repeat", false),
    ("question_redirected", "answered_here", false),
    ("next_briefed", "next_briefed", true),
    ("client_knows_next", "client_knows_next", true),
];

/// One stored true/false check answer in today's terms: the check's
/// current id and whether the hand-off passed it. An id no release ever
/// shipped keeps its name, true read as "yes" (no logic looks it up).
pub fn migrate_check(id: &str, answer: bool) -> (String, CheckAnswer) {
    let (id, good) = match OLD_CHECKS.iter().find(|(old, _, _)| *old == id) {
        Some((_, new, good)) => (*new, *good),
        None => (id, true),
    };
    (id.to_string(), if answer == good { CheckAnswer::Yes } else { CheckAnswer::No })
}

/// A whole map of stored true/false answers, migrated.
pub fn migrate_checks(old: &BTreeMap<String, bool>) -> BTreeMap<String, CheckAnswer> {
    old.iter().map(|(id, a)| migrate_check(id, *a)).collect()
}

/// Migrates every audit's `checks` in a stored `audits` object (a walk's, or
/// a history record's) from true/false to yes/no, in place. Answers already
/// in the new form are left alone, so running it twice changes nothing.
/// For the stored-document migration, which works on JSON values.
pub fn migrate_audits(audits: &mut Value) {
    let Some(audits) = audits.as_object_mut() else { return };
    for audit in audits.values_mut() {
        let Some(checks) = audit.get_mut("checks").and_then(Value::as_object_mut) else { continue };
        for (id, answer) in std::mem::take(checks) {
            match answer {
                Value::Bool(b) => {
                    let (id, a) = migrate_check(&id, b);
                    checks.insert(id, Value::from(a.id()));
                }
                other => {
                    checks.insert(id, other);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use CheckAnswer::{No, NotSure, Yes};

    fn ladder() -> Ladder {
        Content::shipped().expect("content").ladder
    }

    fn audit(ticks: &[&str], checks: &[(&str, CheckAnswer)]) -> Audit {
        Audit {
            ticks: ticks.iter().map(|s| s.to_string()).collect(),
            checks: checks.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            ..Audit::default()
        }
    }

    fn suggest(ticks: &[&str]) -> Option<i8> {
        audit(ticks, &[]).suggested(&ladder(), false)
    }

    #[test]
    fn nothing_ticked_suggests_nothing() {
        assert_eq!(suggest(&[]), None);
        assert_eq!(audit(&[], &[("no_repeat", NotSure)]).suggested(&ladder(), true), None);
    }

    #[test]
    fn a_disappointment_keeps_the_suggestion_at_minus_one_whatever_else_was_ticked() {
        assert_eq!(suggest(&["rudeness"]), Some(-1));
        // The seed: rudeness is a disappointment whatever else happened.
        assert_eq!(suggest(&["rudeness", "thanked"]), Some(-1));
        assert_eq!(suggest(&["rudeness", "thanked", "surprise", "needs", "politeness"]), Some(-1));
        assert_eq!(suggest(&["lateness", "formal_approach", "honesty"]), Some(-1));
    }

    #[test]
    fn neutral_ticks_count_even_beside_wow_ones() {
        assert_eq!(suggest(&["formal_approach"]), Some(0));
        // The issue's case: a formal approach done politely is the standard.
        assert_eq!(suggest(&["formal_approach", "politeness"]), Some(0));
        assert_eq!(suggest(&["template_only", "thanked", "surprise", "needs"]), Some(0));
        assert_eq!(suggest(&["no_initiative", "minimal_standards"]), Some(0));
    }

    #[test]
    fn only_wow_ticks_suggest_plus_one() {
        assert_eq!(suggest(&["politeness"]), Some(1));
        assert_eq!(suggest(&["thanked", "surprise"]), Some(1));
    }

    #[test]
    fn a_failed_check_is_a_disappointment_only_at_a_hand_off() {
        let l = ladder();
        let a = audit(&["politeness", "thanked"], &[("no_repeat", No), ("next_briefed", Yes)]);
        assert_eq!(a.failed_checks(&l), [l.check_index("no_repeat").unwrap()]);
        assert_eq!(a.suggested(&l, true), Some(-1));
        assert_eq!(a.suggested(&l, false), Some(1));
        assert_eq!(a.causes(&l, true), [Cause::Check(l.check_index("no_repeat").unwrap())]);
        assert!(a.causes(&l, false).is_empty());
    }

    #[test]
    fn not_sure_counts_as_neither() {
        let l = ladder();
        let a = audit(&["surprise"], &[("no_repeat", NotSure), ("answered_here", NotSure)]);
        assert!(a.failed_checks(&l).is_empty());
        assert_eq!(a.suggested(&l, true), Some(1));
        let unsure_only = audit(&[], &[("no_repeat", NotSure)]);
        assert_eq!(unsure_only.suggested(&l, true), None);
    }

    #[test]
    fn a_hand_off_that_passed_its_checks_suggests_zero_until_something_is_ticked() {
        let l = ladder();
        assert_eq!(audit(&[], &[("no_repeat", Yes)]).suggested(&l, true), Some(0));
        assert_eq!(audit(&[], &[("no_repeat", Yes)]).suggested(&l, false), None);
        assert_eq!(audit(&["thanked"], &[("no_repeat", Yes)]).suggested(&l, true), Some(1));
        assert_eq!(audit(&[], &[("no_repeat", Yes), ("answered_here", No)]).suggested(&l, true), Some(-1));
    }

    #[test]
    fn a_failed_check_whose_behaviour_was_ticked_is_not_counted_twice() {
        let l = ladder();
        let a = audit(&["redirecting"], &[("answered_here", No), ("no_repeat", No)]);
        let redirecting = l.behaviour_index("redirecting").unwrap();
        let no_repeat = l.check_index("no_repeat").unwrap();
        assert_eq!(a.causes(&l, true), [Cause::Ticked(redirecting), Cause::Check(no_repeat)]);
        assert_eq!(a.failed_checks(&l).len(), 2, "both still failed");
    }

    #[test]
    fn the_choice_wins_and_the_suggestion_is_marked() {
        let l = ladder();
        let mut a = audit(&["rudeness", "thanked"], &[]);
        assert_eq!(a.effective_rating(&l, false), Some(Rating { value: -1, suggested: true }));
        a.rating = Some(1);
        assert_eq!(a.effective_rating(&l, false), Some(Rating { value: 1, suggested: false }));
        a.rating = Some(7);
        assert_eq!(a.effective_rating(&l, false), Some(Rating { value: 1, suggested: false }), "clamped");
        assert_eq!(Audit::default().effective_rating(&l, false), None);
    }

    #[test]
    fn causes_bring_their_own_fix() {
        let l = ladder();
        let c = Cause::Check(l.check_index("next_briefed").unwrap());
        assert!(c.inferred());
        assert_eq!(c.fix(&l), Some(&l.handoff_checks[l.check_index("next_briefed").unwrap()].fix));
        assert_ne!(c.fix(&l), l.behaviours[c.behaviour(&l).unwrap()].fix.as_ref());
        let t = Cause::Ticked(l.behaviour_index("rudeness").unwrap());
        assert!(!t.inferred());
        assert_eq!(t.title(&l).map(|t| t.for_code("en")), Some("Rudeness"));
    }

    #[test]
    fn old_true_false_answers_keep_their_meaning() {
        // "Did the client have to repeat themselves? — yes" was a failed hand-off.
        assert_eq!(migrate_check("client_repeated", true), ("no_repeat".into(), No));
        assert_eq!(migrate_check("client_repeated", false), ("no_repeat".into(), Yes));
        assert_eq!(migrate_check("question_redirected", true), ("answered_here".into(), No));
        assert_eq!(migrate_check("question_redirected", false), ("answered_here".into(), Yes));
        assert_eq!(migrate_check("next_briefed", true), ("next_briefed".into(), Yes));
        assert_eq!(migrate_check("next_briefed", false), ("next_briefed".into(), No));
        assert_eq!(migrate_check("client_knows_next", false), ("client_knows_next".into(), No));
        // Every new id exists in today's content.
        let l = ladder();
        for (_, new, _) in OLD_CHECKS {
            assert!(l.check_index(new).is_some(), "{new}");
        }
    }

    #[test]
    fn stored_audits_are_read_in_the_new_form_only() {
        use crate::codec::model::{Model, read_as};
        use crate::codec::reader::Reader;
        let mut v = serde_json::json!({"x": {"checks": {"client_repeated": true, "next_briefed": true}}});
        migrate_audits(&mut v);
        let old: Audit = read_as(Reader::lenient(), &v["x"]).unwrap();
        assert_eq!(old.check("no_repeat"), Some(No));
        assert_eq!(old.check("next_briefed"), Some(Yes));
        assert_eq!(old.write(), serde_json::json!({"checks": {"next_briefed": "yes", "no_repeat": "no"}}));
        for bad in [r#"{"checks": {"no_repeat": "maybe"}}"#, r#"{"checks": {"no_repeat": 1}}"#] {
            let v: Value = serde_json::from_str(bad).unwrap();
            assert!(read_as::<Audit>(Reader::lenient(), &v).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_json_migration_is_idempotent() {
        let mut v = serde_json::json!({
            "a": {"checks": {"question_redirected": false, "client_knows_next": true}, "rating": 1},
            "b": {"checks": {"no_repeat": "not_sure"}},
            "c": {}
        });
        migrate_audits(&mut v);
        let once = v.clone();
        assert_eq!(
            once,
            serde_json::json!({
                "a": {"checks": {"answered_here": "yes", "client_knows_next": "yes"}, "rating": 1},
                "b": {"checks": {"no_repeat": "not_sure"}},
                "c": {}
            })
        );
        migrate_audits(&mut v);
        assert_eq!(v, once);
        let mut not_an_object = serde_json::json!([1, 2]);
        migrate_audits(&mut not_an_object);
        assert_eq!(not_an_object, serde_json::json!([1, 2]));
    }
}
