//! The explanation of a self-assessment result: evidence-backed reasons.
//! Each reason is given only when its condition holds for the answers
//! (`reasons` is where every condition lives); its sentence is in the
//! content (`assessment.json`, `reasons`), with `{n}` and `{total}` for
//! the counts a reason carries.

use crate::check::evidence::{AGREE, DISAGREE, Evidence, MOST, NOT_OWNED, OFTEN, Verdict};
use crate::content::Assessment;
use crate::text::lang::Lang;

pub use crate::content::reason::Reason;

/// What only the explanation needs of a reason: its order and its sentence.
impl Reason {
    /// Qualifiers of the whole result come before everything else.
    pub(crate) fn qualifies_result(&self) -> bool {
        matches!(self, Reason::Idealised | Reason::FewAnswers)
    }

    /// The sentence, with its counts filled in.
    pub fn sentence(&self, a: &Assessment, lang: Lang) -> String {
        let text = a.reason_text(self.id()).map_or("", |t| t.get(lang));
        match *self {
            Reason::DropsUnderPressure { n, total } => {
                text.replace("{n}", &n.to_string()).replace("{total}", &total.to_string())
            }
            Reason::SomeDisappointment { n } => text.replace("{n}", &n.to_string()),
            _ => text.to_string(),
        }
    }
}

/// Every reason whose evidence holds, in `Reason::IDS` order.
pub fn backed(e: &Evidence) -> Vec<Reason> {
    let agree = |x: Option<f64>| x.is_some_and(|x| x >= AGREE);
    let disagree = |x: Option<f64>| x.is_some_and(|x| x <= DISAGREE);
    let has_ladder = e.ladder_answers > 0;
    let candidates = [
        (e.idealised(), Reason::Idealised),
        (e.few_answers(), Reason::FewAnswers),
        (e.pairs_worse > 0, Reason::DropsUnderPressure { n: e.pairs_worse, total: e.pairs }),
        (e.pairs >= 2 && e.pairs_changed == 0, Reason::SteadyUnderPressure),
        (agree(e.mood), Reason::MoodMatters),
        (disagree(e.mood), Reason::MoodSteady),
        (has_ladder && e.standard >= MOST, Reason::MostlyStandard),
        (agree(e.script), Reason::LeansOnRules),
        (disagree(e.script), Reason::BeyondRules),
        (has_ladder && e.wow >= MOST, Reason::MostlyWow),
        (agree(e.ownership), Reason::OwnsService),
        (e.connection.is_some_and(|c| c >= OFTEN), Reason::Connection),
        (has_ladder && e.wow >= MOST && !e.ownership.is_some_and(|o| o > NOT_OWNED), Reason::WowWithoutOwnership),
        (e.disappointments > 0, Reason::SomeDisappointment { n: e.disappointments }),
    ];
    candidates.into_iter().filter(|(holds, _)| *holds).map(|(_, r)| r).collect()
}

/// The explanation for a verdict: qualifiers of the whole result, then the
/// reasons about its level, then about the other level when the person is
/// between two, then the rest — each group in `Reason::IDS` order.
pub fn reasons(e: &Evidence, verdict: &Verdict) -> Vec<Reason> {
    let mut out = backed(e);
    let rank = |r: &Reason| {
        if r.qualifies_result() {
            0
        } else if r.about() == Some(verdict.level) {
            1
        } else if r.about() == Some(verdict.other) && verdict.confidence == crate::check::evidence::Confidence::Mixed {
            2
        } else {
            3
        }
    };
    crate::order::sort_by(&mut out, |a, b| rank(a).cmp(&rank(b)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_match_the_variants_in_order() {
        let e = Evidence {
            ladder_items: 10,
            ladder_answers: 10,
            not_applicable: 6,
            wow: 0.5,
            standard: 0.5,
            disappointments: 1,
            pairs: 3,
            pairs_worse: 1,
            pairs_changed: 1,
            mood: Some(0.75),
            script: Some(0.75),
            ownership: Some(0.25),
            candour: Some(1.0),
            connection: Some(1.0),
            ..Evidence::default()
        };
        let ids: Vec<&str> = backed(&e).iter().map(|r| r.id()).collect();
        // Every id the evidence backs, in IDS order, and no other.
        let expected: Vec<&str> = Reason::IDS
            .into_iter()
            .filter(|id| !["steady_under_pressure", "mood_steady", "beyond_rules", "owns_service"].contains(id))
            .collect();
        assert_eq!(ids, expected);
    }

    #[test]
    fn nothing_is_claimed_without_answers() {
        assert_eq!(backed(&Evidence::default()), Vec::new());
    }
}
