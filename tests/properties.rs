//! Property tests: whatever the answers, every score stays in its range and
//! the result is well formed.

use proptest::prelude::*;
use service_ladder::check::scoring::{self, Answers, Confidence};
use service_ladder::content::{Content, Level, NOT_APPLICABLE};
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

/// For each item: not answered, a real option, "does not happen in my job"
/// (allowed or not), or an id the content does not know.
fn answers() -> impl Strategy<Value = Answers> {
    let n = content().assessment.items.len();
    proptest::collection::vec((0u8..4, 0usize..8), n).prop_map(|picks| {
        let items = &content().assessment.items;
        items
            .iter()
            .zip(picks)
            .filter_map(|(item, (mode, k))| match mode {
                0 => None,
                1 => Some((item.id.clone(), item.choices[k % item.choices.len()].id.clone())),
                2 => Some((item.id.clone(), NOT_APPLICABLE.to_string())),
                _ => Some((item.id.clone(), format!("unknown-{k}"))),
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn scores_stay_in_range(answers in answers(), role in 0usize..5) {
        let c = content();
        let a = &c.assessment.for_role(&c.assessment.roles[role % c.assessment.roles.len()].id);
        let s = scoring::score(a, &answers);
        for v in s.levels {
            prop_assert!((0.0..=1.0).contains(&v), "level strength {v}");
        }
        for q in s.qualities.iter().flatten() {
            prop_assert!((0.0..=1.0).contains(q), "quality {q}");
        }
        let e = &s.evidence;
        for v in [e.wow, e.standard, e.disappointment, e.swing, s.verdict.certainty] {
            prop_assert!((0.0..=1.0).contains(&v));
        }
        if e.ladder_answers > 0 {
            prop_assert!((e.wow + e.standard + e.disappointment - 1.0).abs() < 1e-9);
        }
        for v in [e.mood, e.script, e.ownership, e.candour, e.connection].into_iter().flatten() {
            prop_assert!((0.0..=1.0).contains(&v));
        }
        prop_assert!(e.pairs_worse <= e.pairs_changed && e.pairs_changed <= e.pairs && e.pairs <= a.pairs().len());
        prop_assert!(e.ladder_answers + e.not_applicable <= e.ladder_items);
        // The chosen level is a strongest one, and the lowest of equals.
        let top = s.levels.iter().cloned().fold(f64::MIN, f64::max);
        prop_assert_eq!(s.strength(s.level), top);
        prop_assert_eq!(s.level, s.verdict.level);
        prop_assert_ne!(s.verdict.level, s.verdict.other);
        for l in Level::ALL.iter().filter(|l| l.index() < s.level.index()) {
            prop_assert!(s.strength(*l) < top);
        }
        for l in Level::ALL.iter().filter(|l| **l != s.level) {
            prop_assert!(s.strength(*l) <= s.strength(s.verdict.other));
        }
        // Idealised answers are never a clear level; confidence follows certainty.
        if e.idealised() {
            prop_assert_ne!(s.verdict.confidence, Confidence::Clear);
        }
        let band = match s.verdict.confidence {
            Confidence::Clear => s.verdict.certainty >= scoring::CLEAR,
            Confidence::Leaning => (scoring::LEANING..scoring::CLEAR).contains(&s.verdict.certainty),
            Confidence::Mixed => s.verdict.certainty < scoring::LEANING,
        };
        prop_assert!(band);
        prop_assert!(s.growth.len() <= scoring::MAX_GROWTH);
        prop_assert!(s.strengths.len() <= scoring::MAX_STRENGTHS);
        prop_assert!(s.strengths.iter().all(|q| !s.growth.contains(q)));
        // A strength stands above every growth area (75 is a badge, not a gate).
        prop_assert!(s.strengths.iter().all(|&q| s.growth.iter().all(|&g| s.qualities[q] > s.qualities[g])));
        prop_assert_eq!(s.main_step.is_some(), e.ladder_answers > 0);
        prop_assert!(scoring::percent(top) <= 100);
    }
}
