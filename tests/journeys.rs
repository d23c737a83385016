//! Journey templates, editing, and the journey map on hand-made journeys.

use proptest::prelude::*;
use service_ladder::content::{Content, Ladder, SHIPPED, Sources};
use service_ladder::journey::{Channel, Journey};
use service_ladder::journey_map::{self, Counts};
use service_ladder::lang::Text;
use service_ladder::walk::{Audit, Walk};
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

fn ladder() -> &'static Ladder {
    &content().ladder
}

/// A journey of `n` touchpoints; every third one is a hand-off.
fn journey(n: usize) -> Journey {
    let mut j =
        Journey { id: "test".into(), name: Text::same("Test"), description: Text::default(), touchpoints: vec![] };
    for i in 0..n {
        let id = j.add_touchpoint(None, Text::same(format!("Step {i}"))).expect("room for touchpoints");
        j.touchpoints.last_mut().unwrap().handoff = i % 3 == 2;
        assert_eq!(j.touchpoints.last().unwrap().id, id);
    }
    j
}

fn walk(j: &Journey, ratings: &[i8], ticks: &[&[&str]]) -> Walk {
    let mut w = Walk::new(&j.id);
    for (i, tp) in j.touchpoints.iter().enumerate() {
        let a = w.audit_mut(&tp.id);
        a.rating = ratings.get(i).copied();
        if let Some(t) = ticks.get(i) {
            a.ticks = t.iter().map(|s| s.to_string()).collect();
        }
    }
    w
}

#[test]
fn every_template_loads_with_the_dealership_first() {
    let js = &content().journeys;
    let ids: Vec<&str> = js.iter().map(|j| j.id.as_str()).collect();
    assert_eq!(ids[0], "car_dealership");
    for id in ["restaurant", "hotel", "airline", "after_sales", "internal_kitchen"] {
        assert!(ids.contains(&id), "{id} template");
    }
    let dealer = &js[0];
    let handoffs: Vec<bool> = dealer.touchpoints.iter().map(|t| t.handoff).collect();
    assert_eq!(handoffs, [false, true, false, true, false]);
    for j in js {
        assert!(j.touchpoints.iter().any(|t| t.handoff), "{} has a hand-off", j.id);
        assert!(j.touchpoints.iter().all(|t| !t.expectation.ru.is_empty() && !t.expectation.en.is_empty()));
    }
}

#[test]
fn a_broken_template_is_refused_with_its_path() {
    let mut v: serde_json::Value = serde_json::from_str(SHIPPED.journeys).unwrap();
    v["journeys"][2]["touchpoints"][0]["channel"] = "fax2".into();
    v["journeys"][1]["touchpoints"][1]["name"].as_object_mut().unwrap().remove("ru");
    let text = v.to_string();
    let err = Content::load(&Sources { assessment: SHIPPED.assessment, ladder: SHIPPED.ladder, journeys: &text })
        .unwrap_err();
    let msgs: Vec<String> = err.iter().map(|p| p.to_string()).collect();
    let j2 = v["journeys"][2]["id"].as_str().unwrap();
    let t0 = v["journeys"][2]["touchpoints"][0]["id"].as_str().unwrap();
    assert!(
        msgs.contains(&format!(
            "journeys.json: journeys[2]({j2}).touchpoints[0]({t0}).channel: unknown channel \"fax2\" (use face_to_face, phone, email, web, messenger)"
        )),
        "{msgs:?}"
    );
    assert!(
        msgs.iter().any(|m| m.contains("touchpoints[1]") && m.ends_with(".name.ru: missing translation")),
        "{msgs:?}"
    );
    assert_eq!(msgs.len(), 2);
}

#[test]
fn all_disappointment() {
    let j = journey(4);
    let m = journey_map::map(
        &j,
        &walk(&j, &[-1, -1, -1, -1], &[&["rudeness"], &["rudeness", "lateness"], &[], &["lateness"]]),
        ladder(),
    );
    assert_eq!(m.balance, Some(-100));
    assert_eq!(m.counts, Counts { wow: 0, standard: 0, disappointment: 4, unrated: 0 });
    assert_eq!(m.gravediggers.iter().map(|g| g.touchpoint).collect::<Vec<_>>(), [0, 1, 2, 3]);
    assert!(m.strongest.is_empty());
    let rudeness = ladder().behaviour_index("rudeness").unwrap();
    let lateness = ladder().behaviour_index("lateness").unwrap();
    assert_eq!(m.gravediggers[1].behaviours, [rudeness, lateness]);
    // Both seen twice; the ladder's order breaks the tie.
    assert_eq!(m.fix_first.iter().map(|f| f.behaviour).collect::<Vec<_>>(), [rudeness, lateness]);
    assert_eq!(m.fix_first[0].touchpoints, [0, 1]);
}

#[test]
fn all_wow() {
    let j = journey(3);
    let m = journey_map::map(&j, &walk(&j, &[1, 1, 1], &[&["thanked"], &["thanked", "surprise"], &[]]), ladder());
    assert_eq!(m.balance, Some(100));
    assert!(m.gravediggers.is_empty() && m.fix_first.is_empty());
    assert_eq!(m.strongest.iter().map(|s| s.touchpoint).collect::<Vec<_>>(), [1, 0, 2]);
}

#[test]
fn mixed_with_an_unrated_touchpoint() {
    let j = journey(5);
    let mut w = walk(&j, &[1, 0, -1, 0], &[]);
    // The hand-off at index 2: two checks failed.
    let a = w.audit_mut(&j.touchpoints[2].id);
    a.checks.insert("client_repeated".into(), true);
    a.checks.insert("next_briefed".into(), false);
    let m = journey_map::map(&j, &w, ladder());
    assert_eq!(m.counts, Counts { wow: 1, standard: 2, disappointment: 1, unrated: 1 });
    // (1 − 1) / 4 rated.
    assert_eq!(m.balance, Some(0));
    assert_eq!(m.ratings, [Some(1), Some(0), Some(-1), Some(0), None]);
    let weakest = m.weakest_handoff.expect("a hand-off was rated");
    assert_eq!((weakest.touchpoint, weakest.rating, weakest.answered, weakest.failed), (2, Some(-1), 2, 2));
    assert_eq!(m.gravediggers[0].behaviours.len(), 2, "the behaviours behind the failed checks");
}

#[test]
fn one_touchpoint() {
    let j = journey(1);
    assert_eq!(journey_map::map(&j, &walk(&j, &[0], &[]), ladder()).balance, Some(0));
    assert_eq!(journey_map::map(&j, &walk(&j, &[], &[]), ladder()).balance, None);
    assert_eq!(journey_map::map(&j, &walk(&j, &[1], &[]), ladder()).balance, Some(100));
}

#[test]
fn thirty_touchpoints() {
    let j = journey(30);
    let ratings: Vec<i8> = (0..30).map(|i| [1, 0, -1][i % 3]).collect();
    let m = journey_map::map(&j, &walk(&j, &ratings, &[]), ladder());
    assert_eq!(m.counts.rated(), 30);
    assert_eq!(m.balance, Some(0));
    assert_eq!(m.gravediggers.len(), 10);
    assert_eq!(m.strongest.len(), journey_map::TOP);
    // All hand-offs (every third) are rated −1: the first is the weakest.
    assert_eq!(m.weakest_handoff.map(|h| h.touchpoint), Some(2));
    let ratings: Vec<i8> = (0..30).map(|i| if i < 20 { 1 } else { -1 }).collect();
    assert_eq!(journey_map::map(&j, &walk(&j, &ratings, &[]), ladder()).balance, Some(33));
}

#[test]
fn editing_keeps_ids_stable() {
    let mut j = content().journeys[0].clone();
    let before: Vec<String> = j.touchpoints.iter().map(|t| t.id.clone()).collect();
    let added = j.add_touchpoint(Some(1), Text::same("Test drive")).unwrap();
    assert_eq!(j.touchpoints[2].id, added);
    assert!(!before.contains(&added));
    assert!(j.move_touchpoint(&added, -1));
    assert_eq!(j.touchpoints[1].id, added);
    assert!(!j.move_touchpoint(&j.touchpoints[0].id.clone(), -1), "the first cannot move up");
    j.touchpoints[1].name = Text::same("Test drive, renamed");
    j.touchpoints[1].channel = Channel::Phone;
    assert!(j.remove_touchpoint(&before[3]));
    let after: Vec<String> = j.touchpoints.iter().map(|t| t.id.clone()).collect();
    assert_eq!(after, [before[0].clone(), added.clone(), before[1].clone(), before[2].clone(), before[4].clone()]);
    // Another addition never reuses a live id.
    let again = j.add_touchpoint(None, Text::same("Delivery")).unwrap();
    assert!(!after.contains(&again));
    // Audits follow ids, and removed touchpoints lose theirs.
    let mut w = Walk::new(&j.id);
    w.audit_mut(&before[3]).rating = Some(-1);
    w.audit_mut(&added).rating = Some(1);
    let ids: Vec<&str> = j.touchpoints.iter().map(|t| t.id.as_str()).collect();
    w.retain(&ids);
    assert_eq!(w.audits.keys().cloned().collect::<Vec<_>>(), [added]);
}

#[test]
fn the_last_touchpoint_cannot_be_removed() {
    let mut j = journey(1);
    let id = j.touchpoints[0].id.clone();
    assert!(!j.remove_touchpoint(&id));
    assert_eq!(j.touchpoints.len(), 1);
}

proptest! {
    #[test]
    fn the_balance_index_stays_in_range(ratings in proptest::collection::vec(proptest::option::of(-1i8..=1), 1..40)) {
        let j = journey(ratings.len());
        let mut w = Walk::new(&j.id);
        for (tp, r) in j.touchpoints.iter().zip(&ratings) {
            w.audits.insert(tp.id.clone(), Audit { rating: *r, ..Audit::default() });
        }
        let m = journey_map::map(&j, &w, ladder());
        let rated = ratings.iter().flatten().count();
        prop_assert_eq!(m.counts.rated(), rated);
        prop_assert_eq!(m.counts.rated() + m.counts.unrated, ratings.len());
        match m.balance {
            Some(b) => prop_assert!((-100..=100).contains(&b)),
            None => prop_assert_eq!(rated, 0),
        }
        prop_assert_eq!(m.gravediggers.len(), ratings.iter().filter(|r| **r == Some(-1)).count());
        prop_assert!(m.strongest.len() <= journey_map::TOP);
    }
}

// ---------- the journey templates ----------

#[test]
fn every_template_touchpoint_fits_a_narrow_column() {
    for j in &content().journeys {
        for t in &j.touchpoints {
            for (what, text, max) in [("name", &t.name, 22), ("who", &t.who, 22), ("expectation", &t.expectation, 90)] {
                for s in [&text.ru, &text.en] {
                    let n = s.chars().count();
                    assert!(n > 0 && n <= max, "{}/{} {what} is {n} characters: {s}", j.id, t.id);
                }
            }
            // No word wider than a narrow column (a hyphen may break a line).
            for s in [&t.name.ru, &t.name.en, &t.who.ru, &t.who.en] {
                let words = s.split(|c: char| c.is_whitespace() || c == '-');
                assert!(words.into_iter().all(|w| w.chars().count() <= 14), "{}/{}: {s}", j.id, t.id);
            }
        }
    }
}
