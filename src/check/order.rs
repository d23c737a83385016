//! The order a person meets the options in. Options of a situation are
//! rotated per person, from a seed kept with the answers (a reload shows the
//! same order; the scoring reads positions as they were shown), so a key
//! cannot be learnt from its place. A pressure twin is never shown with its
//! options in the order of its ordinary item (nor right after it: see
//! `content::sequence`). Scales keep their order: a scale read backwards is
//! a different question.

use crate::content::{Item, ItemKind, NOT_APPLICABLE};
use crate::text::hash::Fnv32;
use std::collections::BTreeMap;

/// How far the options of `item` are turned for this seed.
fn turn(item_id: &str, n: usize, seed: u32) -> usize {
    let mut h = Fnv32::new();
    h.bytes(&seed.to_le_bytes());
    h.str(item_id);
    h.0 as usize % n.max(1)
}

/// The content positions of `item`'s options in the order they are shown
/// to the person with this seed; `None` (no seed: an earlier result, an
/// outside answer set) keeps the content order.
pub fn options(item: &Item, pressure_of: Option<&Item>, seed: Option<u32>) -> Vec<usize> {
    let n = item.choices.len();
    let Some(seed) = seed.filter(|_| item.kind == ItemKind::Situation && n > 1) else {
        return (0..n).collect();
    };
    let mut by = turn(&item.id, n, seed);
    if let Some(ordinary) = pressure_of.filter(|o| o.choices.len() == n) {
        // The twin's turn is never its ordinary item's.
        let theirs = turn(&ordinary.id, n, seed);
        if by == theirs {
            by = (by + 1) % n;
        }
    }
    (0..n).map(|i| (i + by) % n).collect()
}

/// Where a content position of `item` was shown (see `options`).
pub fn shown_at(item: &Item, pressure_of: Option<&Item>, seed: Option<u32>, content_position: usize) -> Option<usize> {
    options(item, pressure_of, seed).iter().position(|&p| p == content_position)
}

/// Whether "does not happen in my job" is offered on `item` now: never on
/// a pressure twin whose ordinary situation was answered with an option
/// (it happens, so its rushed day does too).
pub fn offers_not_applicable(item: &Item, pressure_of: Option<&Item>, answers: &BTreeMap<String, String>) -> bool {
    if !item.allows_na {
        return false;
    }
    let chosen = |o: &Item| answers.get(&o.id).is_some_and(|c| c != NOT_APPLICABLE && o.choice(c).is_some());
    !pressure_of.is_some_and(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::scoring::Answers;
    use crate::content::Content;
    use crate::content::sequence::questionnaire;

    fn content() -> Content {
        Content::shipped().expect("the shipped content reads")
    }

    #[test]
    fn a_twin_never_comes_right_after_its_ordinary_item() {
        let c = content();
        for role in &c.assessment.roles {
            let a = c.assessment.for_role(&role.id);
            for w in a.items.windows(2) {
                assert_ne!(w[1].pressure_of.as_deref(), Some(w[0].id.as_str()), "{}: {} right after", role.id, w[1].id);
            }
            // Nothing lost or doubled.
            let mut ids: Vec<_> = a.items.iter().map(|i| i.id.clone()).collect();
            let n = ids.len();
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), n);
            assert!(!a.pairs().is_empty(), "{}: pairs are still found", role.id);
        }
    }

    #[test]
    fn questionnaire_keeps_a_lone_pair_and_separates_a_run_of_pairs() {
        let c = content();
        let pairs: Vec<Item> = c.assessment.items.iter().filter(|i| i.kind == ItemKind::Situation).cloned().collect();
        let o1 = pairs.iter().find(|i| i.id == "hotel_room").cloned().expect("hotel_room");
        let t1 = pairs.iter().find(|i| i.id == "hotel_room_rude").cloned().expect("twin");
        let q = |v: Vec<Item>| questionnaire(v, |i| &i.id, |i| i.pressure_of.as_deref());
        assert_eq!(q(vec![o1.clone(), t1.clone()]).len(), 2);
        let o2 = pairs.iter().find(|i| i.id == "car_loan").cloned().expect("car_loan");
        let t2 = pairs.iter().find(|i| i.id == "car_loan_rushed").cloned().expect("twin");
        let ids: Vec<String> = q(vec![o1, t1, o2, t2]).into_iter().map(|i| i.id).collect();
        assert_eq!(ids, ["hotel_room", "car_loan", "hotel_room_rude", "car_loan_rushed"]);
    }

    #[test]
    fn rotation_is_kept_per_seed_varies_across_people_and_never_matches_the_twin() {
        let c = content();
        let a = c.assessment.for_role("mixed");
        for (o, p) in a.pairs() {
            let (ordinary, twin) = (&a.items[o], &a.items[p]);
            let mut turns = std::collections::BTreeSet::new();
            for seed in 1..200u32 {
                let mine = options(twin, Some(ordinary), Some(seed));
                assert_eq!(mine, options(twin, Some(ordinary), Some(seed)), "the same seed, the same order");
                assert_ne!(mine, options(ordinary, None, Some(seed)), "{} shown as {}", twin.id, ordinary.id);
                turns.insert(options(ordinary, None, Some(seed))[0]);
                let mut sorted = mine.clone();
                sorted.sort();
                assert_eq!(sorted, (0..twin.choices.len()).collect::<Vec<_>>());
            }
            assert_eq!(turns.len(), ordinary.choices.len(), "every option comes first for someone");
        }
        let scale = a.items.iter().find(|i| i.kind != ItemKind::Situation).expect("a scale item");
        assert_eq!(options(scale, None, Some(7)), (0..scale.choices.len()).collect::<Vec<_>>());
    }

    #[test]
    fn not_applicable_is_not_offered_on_a_twin_of_an_answered_situation() {
        let c = content();
        let a = c.assessment.for_role("mixed");
        let (o, p) =
            a.pairs().into_iter().find(|&(o, _)| a.items[o].allows_na).expect("a pair that allows 'does not happen'");
        let (ordinary, twin) = (&a.items[o], &a.items[p]);
        let mut answers = Answers::new();
        assert!(offers_not_applicable(twin, Some(ordinary), &answers));
        answers.insert(ordinary.id.clone(), crate::content::NOT_APPLICABLE.to_string());
        assert!(offers_not_applicable(twin, Some(ordinary), &answers));
        answers.insert(ordinary.id.clone(), ordinary.choices[0].id.clone());
        assert!(!offers_not_applicable(twin, Some(ordinary), &answers));
    }
}
