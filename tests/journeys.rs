//! Journey templates, editing, and the journey map on hand-made journeys.

use proptest::prelude::*;
use service_ladder::content::{Content, Ladder, SHIPPED, Sources};
use service_ladder::document::saved::{self, Loaded};
use service_ladder::text::lang::Text;
use service_ladder::walk::journey::{Channel, Journey};
use service_ladder::walk::map::{self as journey_map, Counts, Face, Legend, Row};
use service_ladder::walk::record::{self as walk, Audit, Cause, CheckAnswer, Walk};
use service_ladder::walk::week;
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

fn ladder() -> &'static Ladder {
    &content().ladder
}

fn behaviour(id: &str) -> usize {
    ladder().behaviour_index(id).unwrap_or_else(|| panic!("behaviour {id}"))
}

fn check(id: &str) -> usize {
    ladder().check_index(id).unwrap_or_else(|| panic!("check {id}"))
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
        assert!(
            j.touchpoints
                .iter()
                .all(|t| !t.expectation.for_code("ru").is_empty() && !t.expectation.for_code("en").is_empty())
        );
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
    assert_eq!(
        m.fix_first.iter().map(|f| f.cause).collect::<Vec<_>>(),
        [Cause::Ticked(rudeness), Cause::Ticked(lateness)]
    );
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
    a.checks.insert("no_repeat".into(), CheckAnswer::No);
    a.checks.insert("next_briefed".into(), CheckAnswer::No);
    let m = journey_map::map(&j, &w, ladder());
    assert_eq!(m.counts, Counts { wow: 1, standard: 2, disappointment: 1, unrated: 1 });
    // (1 − 1) / 4 rated.
    assert_eq!(m.balance, Some(0));
    assert_eq!(m.ratings, [Some(1), Some(0), Some(-1), Some(0), None]);
    let weakest = m.weakest_handoff.expect("a hand-off was rated");
    assert_eq!((weakest.touchpoint, weakest.rating, weakest.answered, weakest.failed), (2, Some(-1), 2, 2));
    assert!(m.gravediggers[0].behaviours.is_empty(), "nothing was ticked");
    assert_eq!(
        m.gravediggers[0].failed_checks,
        [check("next_briefed"), check("no_repeat")],
        "the failed checks, in content order"
    );
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

// ---------- the touchpoint: hand-off checks and the suggestion ----------

fn dealer() -> &'static Journey {
    &content().journeys[0]
}

/// Ticks and check answers on one touchpoint of the dealership walk.
fn at(w: &mut Walk, tp: &str, ticks: &[&str], checks: &[(&str, CheckAnswer)]) {
    let a = w.audit_mut(tp);
    a.ticks.extend(ticks.iter().map(|s| s.to_string()));
    a.checks.extend(checks.iter().map(|(k, v)| (k.to_string(), *v)));
}

#[test]
fn the_suggestion_follows_the_seed_on_the_touchpoint_the_map_and_the_grid() {
    let j = dealer();
    let mut w = Walk::new(&j.id);
    at(&mut w, "reception", &["rudeness", "thanked"], &[]);
    at(&mut w, "credit", &["politeness"], &[("no_repeat", CheckAnswer::No)]);
    at(&mut w, "sales_manager", &["formal_approach", "politeness"], &[]);
    at(&mut w, "insurance", &["surprise"], &[("no_repeat", CheckAnswer::NotSure)]);
    w.audit_mut("sale").rating = Some(0);
    at(&mut w, "sale", &["rudeness"], &[]);
    let m = journey_map::map(j, &w, ladder());
    // Rudeness and a thank-you: −1. A failed check at a hand-off: −1.
    // Formal and polite: 0. «Wow» with an unsure check: +1. The person's
    // own 0 stands against the ticked rudeness.
    assert_eq!(m.ratings, [Some(-1), Some(-1), Some(0), Some(1), Some(0)]);
    assert_eq!(m.counts, Counts { wow: 1, standard: 2, disappointment: 2, unrated: 0 });
    let g = journey_map::grid(j, &w, ladder());
    let suggested: Vec<bool> = g.columns.iter().map(|c| c.emotion.is_some_and(|e| e.rating.suggested)).collect();
    assert_eq!(suggested, [true, true, true, true, false]);
    assert!(g.legend.contains(&Legend::Suggested));
}

#[test]
fn every_check_is_a_good_outcome_with_its_own_fix_and_a_failed_statement() {
    let l = ladder();
    assert_eq!(l.handoff_checks.len(), 4);
    for c in &l.handoff_checks {
        for t in [&c.outcome, &c.failed, &c.fix] {
            assert!(!t.for_code("ru").is_empty() && !t.for_code("en").is_empty(), "{}", c.id);
        }
        assert!(
            !c.failed.for_code("ru").ends_with('?') && !c.failed.for_code("en").ends_with('?'),
            "{}: a statement",
            c.id
        );
        assert!(
            !c.outcome.for_code("ru").ends_with('?') && !c.outcome.for_code("en").ends_with('?'),
            "{}: a statement",
            c.id
        );
        assert_ne!(c.failed, c.outcome, "{}", c.id);
        // Its own advice, not the generic advice of the behaviour behind it.
        assert_ne!(Some(&c.fix), l.behaviours[c.behaviour].fix.as_ref(), "{}", c.id);
        assert_eq!(l.behaviours[c.behaviour].rung, -1);
    }
    let fixes: Vec<&Text> = l.handoff_checks.iter().map(|c| &c.fix).collect();
    for (i, f) in fixes.iter().enumerate() {
        assert!(!fixes[i + 1..].contains(f), "every check has a fix of its own");
    }
    // The issue's wording: outcomes, so that "yes" is always good.
    assert_eq!(
        l.handoff_checks[check("next_briefed")].outcome.for_code("ru"),
        "Следующему сотруднику передали суть запроса"
    );
    assert!(l.handoff_checks[check("no_repeat")].outcome.for_code("ru").starts_with("Клиенту не пришлось повторять"));
}

// ---------- the map: fix first and the weakest hand-off ----------

#[test]
fn fix_first_ranks_ticked_behaviours_above_inferred_ones() {
    let j = dealer();
    let mut w = Walk::new(&j.id);
    // "Was the next person told? — no" at both hand-offs: seen twice, but only inferred.
    at(&mut w, "credit", &[], &[("next_briefed", CheckAnswer::No)]);
    at(&mut w, "insurance", &[], &[("next_briefed", CheckAnswer::No), ("answered_here", CheckAnswer::No)]);
    // Ticked once each.
    at(&mut w, "sale", &["lateness"], &[]);
    at(&mut w, "reception", &["ignoring"], &[]);
    let m = journey_map::map(j, &w, ladder());
    let causes: Vec<Cause> = m.fix_first.iter().map(|f| f.cause).collect();
    assert_eq!(
        causes,
        [
            Cause::Ticked(behaviour("ignoring")),
            Cause::Ticked(behaviour("lateness")),
            Cause::Check(check("next_briefed"))
        ]
    );
    assert_eq!(m.fix_first.iter().map(|f| f.inferred()).collect::<Vec<_>>(), [false, false, true]);
    assert_eq!(m.fix_first[2].touchpoints, [1, 3]);
    // The inferred one says what failed and brings the check's own fix.
    let l = ladder();
    let inferred = m.fix_first[2].cause;
    assert_eq!(inferred.title(l), Some(&l.handoff_checks[check("next_briefed")].failed));
    assert_eq!(inferred.fix(l), Some(&l.handoff_checks[check("next_briefed")].fix));
    // Never the generic advice the issue complained about.
    assert_ne!(inferred.fix(l), l.behaviours[behaviour("indifference")].fix.as_ref());
}

/// The issue's fastest path: two touchpoints rated −1 and nothing ticked.
fn two_bare_minus_ones() -> Walk {
    let j = dealer();
    let mut w = Walk::new(&j.id);
    w.audit_mut("credit").rating = Some(-1);
    w.audit_mut("sale").rating = Some(-1);
    w.audit_mut("reception").rating = Some(1);
    w
}

#[test]
fn two_minus_ones_with_nothing_ticked_are_two_things_to_fix_on_the_map() {
    let j = dealer();
    let w = two_bare_minus_ones();
    let m = journey_map::map(j, &w, ladder());
    assert_eq!(m.unexplained, [1, 4]);
    assert!(m.fix_first.is_empty(), "nothing says why yet");
    assert_eq!(m.things_to_fix(), 2);
    // The grid's "What to fix" row is not all dashes: each −1 column asks for what happened.
    let g = journey_map::grid(j, &w, ladder());
    let asking: Vec<usize> = g.columns.iter().filter(|c| c.unexplained).map(|c| c.touchpoint).collect();
    assert_eq!(asking, [1, 4]);
    assert!(g.columns.iter().all(|c| !c.unexplained || c.fix.is_empty()), "an ask only where nothing says why");

    // A tick refines the advice at its touchpoint; the other still asks.
    let mut w = w;
    w.audit_mut("sale").ticks.insert("lateness".into());
    let m = journey_map::map(j, &w, ladder());
    assert_eq!(m.unexplained, [1]);
    assert_eq!(m.fix_first.iter().map(|f| f.cause).collect::<Vec<_>>(), [Cause::Ticked(behaviour("lateness"))]);
    assert_eq!(m.things_to_fix(), 2);
    // A failed hand-off check names its outcome and brings its own fix.
    w.audit_mut("credit").checks.insert("next_briefed".into(), CheckAnswer::No);
    let m = journey_map::map(j, &w, ladder());
    assert!(m.unexplained.is_empty());
    assert_eq!(m.things_to_fix(), 2);
    assert!(m.fix_first.iter().any(|f| f.cause == Cause::Check(check("next_briefed")) && f.touchpoints == [1]));
}

#[test]
fn every_minus_one_touchpoint_is_named_by_some_fix_even_past_the_top_three() {
    let j = dealer();
    let mut w = Walk::new(&j.id);
    // Three fixes seen twice each outrank the one seen once at "sale" (−1).
    for tp in ["reception", "sales_manager"] {
        at(&mut w, tp, &["rudeness", "lateness", "ignoring"], &[]);
        w.audit_mut(tp).rating = Some(0);
    }
    at(&mut w, "sale", &["broken_promise"], &[]);
    let m = journey_map::map(j, &w, ladder());
    assert_eq!(m.counts.disappointment, 1);
    assert_eq!(m.fix_first.len(), journey_map::TOP + 1);
    assert!(m.fix_first.iter().any(|f| f.touchpoints.contains(&4)), "{:?}", m.fix_first);
}

#[test]
fn two_minus_ones_with_nothing_ticked_are_two_things_to_fix_in_the_week_plan_and_the_slide() {
    let c = content();
    let j = dealer();
    let w = two_bare_minus_ones();
    let plan = week::plan(&c.assessment, &c.ladder, &first_answers(), &[], j, &w);
    assert_eq!(plan.things_to_fix(), 2);
    assert_eq!(plan.unexplained(), [1, 4]);
    for lang in ["ru", "en"] {
        let lang = service_ladder::text::language_file::native(lang);
        let svg = service_ladder::walk::slide::svg(j, &w, &c.ladder, lang);
        let ask = service_ladder::walk::slide::escape(lang.t("walk_slide.add_what_happened"));
        // Wrapped into lines, so its first word is counted.
        let first = ask.split_whitespace().next().unwrap_or_default().to_string();
        let cells = svg.matches(&format!(">{first} ")).count() + svg.matches(&format!(">{first}<")).count();
        assert_eq!(cells, 2, "{lang:?}: {svg}");
    }
}

#[test]
fn with_nothing_ticked_the_inferred_fixes_lead_the_list() {
    let j = dealer();
    let mut w = Walk::new(&j.id);
    at(&mut w, "credit", &[], &[("no_repeat", CheckAnswer::No), ("client_knows_next", CheckAnswer::No)]);
    let m = journey_map::map(j, &w, ladder());
    assert_eq!(
        m.fix_first.iter().map(|f| f.cause).collect::<Vec<_>>(),
        [Cause::Check(check("no_repeat")), Cause::Check(check("client_knows_next"))]
    );
    assert!(m.fix_first.iter().all(|f| f.inferred()));
    // Two checks behind the same behaviour stay two fixes, each its own.
    let l = ladder();
    assert_eq!(
        l.handoff_checks[check("next_briefed")].behaviour,
        l.handoff_checks[check("client_knows_next")].behaviour
    );
}

#[test]
fn the_weakest_hand_off_lists_its_failed_checks_as_statements() {
    let j = dealer();
    let mut w = Walk::new(&j.id);
    at(&mut w, "credit", &[], &[("no_repeat", CheckAnswer::Yes), ("next_briefed", CheckAnswer::NotSure)]);
    at(
        &mut w,
        "insurance",
        &[],
        &[("next_briefed", CheckAnswer::No), ("answered_here", CheckAnswer::No), ("no_repeat", CheckAnswer::NotSure)],
    );
    let m = journey_map::map(j, &w, ladder());
    let h = m.weakest_handoff.expect("two hand-offs answered");
    assert_eq!((h.touchpoint, h.rating, h.answered, h.failed, h.unsure), (3, Some(-1), 2, 2, 1));
    assert_eq!(h.failed_checks, [check("next_briefed"), check("answered_here")]);
    let said: Vec<&str> = h.failed_checks.iter().map(|&c| ladder().handoff_checks[c].failed.for_code("en")).collect();
    assert_eq!(
        said,
        [
            "The next colleague was not told what the client needs",
            "The client's question was redirected instead of answered"
        ]
    );
    // The credit hand-off passed what it was asked: the suggestion is 0.
    assert_eq!(m.ratings[1], Some(0));
}

// ---------- the grid ----------

#[test]
fn the_dealership_as_a_grid() {
    let j = dealer();
    let mut w = Walk::new(&j.id);
    at(&mut w, "reception", &["thanked", "politeness"], &[]);
    at(&mut w, "credit", &["politeness", "redirecting", "formal_approach"], &[("no_repeat", CheckAnswer::No)]);
    w.audit_mut("credit").rating = Some(-1);
    w.audit_mut("credit").note = "Ждал 20 минут".into();
    at(&mut w, "sale", &["lateness"], &[]);
    let g = journey_map::grid(j, &w, ladder());
    assert_eq!(g.columns.len(), 5);
    assert_eq!(Row::ALL.map(|r| r.id()), ["emotion", "expected", "happened", "fix"]);
    let names: Vec<&str> = g.columns.iter().map(|c| c.name.for_code("ru")).collect();
    assert_eq!(names, j.touchpoints.iter().map(|t| t.name.for_code("ru")).collect::<Vec<_>>());
    assert_eq!(g.columns[1].who, &j.touchpoints[1].who);
    assert_eq!(g.columns.iter().map(|c| c.handoff).collect::<Vec<_>>(), [false, true, false, true, false]);
    assert_eq!(g.handoffs().map(|c| c.touchpoint).collect::<Vec<_>>(), [1, 3]);
    assert_eq!(g.columns[3].expected, &j.touchpoints[3].expectation);

    let faces: Vec<Option<Face>> = g.columns.iter().map(|c| c.emotion.map(|e| e.face)).collect();
    assert_eq!(faces, [Some(Face::Happy), Some(Face::Sad), None, None, Some(Face::Sad)]);
    let credit = &g.columns[1];
    assert!(!credit.emotion.unwrap().rating.suggested, "chosen by the person");
    // What happened: −1, then 0, then +1.
    assert_eq!(credit.happened, [behaviour("redirecting"), behaviour("formal_approach"), behaviour("politeness")]);
    assert_eq!(credit.failed_checks, [check("no_repeat")]);
    // What to fix there: the tick, then the failed check with its own fix.
    assert_eq!(credit.fix, [Cause::Ticked(behaviour("redirecting")), Cause::Check(check("no_repeat"))]);
    assert_eq!(credit.note, "Ждал 20 минут");
    assert_eq!(g.columns[4].fix, [Cause::Ticked(behaviour("lateness"))]);
    assert!(g.columns[0].fix.is_empty() && g.columns[2].fix.is_empty());

    assert_eq!(
        g.legend,
        [Legend::Rung(-1), Legend::Rung(0), Legend::Rung(1), Legend::Handoff, Legend::Suggested, Legend::Unrated]
    );
    // The legend's words come from the content.
    assert!(!ladder().handoff.name.for_code("ru").is_empty() && !ladder().handoff.meaning.for_code("en").is_empty());
}

#[test]
fn a_grid_of_one_touchpoint() {
    let j = journey(1);
    let w = walk(&j, &[1], &[&["surprise"]]);
    let g = journey_map::grid(&j, &w, ladder());
    assert_eq!(g.columns.len(), 1);
    let c = &g.columns[0];
    assert_eq!((c.touchpoint, c.name.for_code("en"), c.handoff), (0, "Step 0", false));
    assert_eq!(c.emotion.map(|e| (e.rating.value, e.face)), Some((1, Face::Happy)));
    assert_eq!(c.happened, [behaviour("surprise")]);
    assert!(
        c.who.for_code("en").is_empty() && c.expected.for_code("en").is_empty(),
        "a new touchpoint has neither yet"
    );
    // Nothing suggested, no hand-off, nothing unrated: only the ladder's key.
    assert_eq!(g.legend, [Legend::Rung(-1), Legend::Rung(0), Legend::Rung(1)]);
    let nothing = Walk::new(&j.id);
    let empty = journey_map::grid(&j, &nothing, ladder());
    assert_eq!(empty.columns[0].emotion, None);
    assert!(empty.legend.contains(&Legend::Unrated));
}

#[test]
fn a_grid_of_thirty_touchpoints() {
    let j = journey(30);
    let ratings: Vec<i8> = (0..30).map(|i| [1, 0, -1][i % 3]).collect();
    let ticks: Vec<&[&str]> = (0..30).map(|i| if i % 3 == 2 { &["lateness"][..] } else { &[][..] }).collect();
    let w = walk(&j, &ratings, &ticks);
    let g = journey_map::grid(&j, &w, ladder());
    assert_eq!(g.columns.len(), 30);
    assert_eq!(g.columns.iter().map(|c| c.touchpoint).collect::<Vec<_>>(), (0..30).collect::<Vec<_>>());
    assert_eq!(g.handoffs().count(), 10);
    for (i, c) in g.columns.iter().enumerate() {
        assert_eq!(c.emotion.map(|e| e.rating.value), Some(ratings[i]));
        assert_eq!(c.fix.len(), usize::from(i % 3 == 2));
    }
    assert_eq!(g.legend, [Legend::Rung(-1), Legend::Rung(0), Legend::Rung(1), Legend::Handoff]);
}

// ---------- the journey templates ----------

#[test]
fn every_template_touchpoint_fits_a_narrow_column() {
    for j in &content().journeys {
        for t in &j.touchpoints {
            for (what, text, max) in [("name", &t.name, 22), ("who", &t.who, 22), ("expectation", &t.expectation, 90)] {
                for s in [&text.for_code("ru"), &text.for_code("en")] {
                    let n = s.chars().count();
                    assert!(n > 0 && n <= max, "{}/{} {what} is {n} characters: {s}", j.id, t.id);
                }
            }
            // No word wider than a narrow column (a hyphen may break a line).
            for s in [&t.name.for_code("ru"), &t.name.for_code("en"), &t.who.for_code("ru"), &t.who.for_code("en")] {
                let words = s.split(|c: char| c.is_whitespace() || c == '-');
                assert!(words.into_iter().all(|w| w.chars().count() <= 14), "{}/{}: {s}", j.id, t.id);
            }
        }
    }
}

// ---------- the behaviours as chips ----------

#[test]
fn each_rung_shows_about_six_chips_first_in_one_order() {
    let l = ladder();
    // One order everywhere: −1, then 0, then +1.
    let rungs: Vec<i8> = l.behaviours.iter().map(|b| b.rung).collect();
    let mut sorted = rungs.clone();
    sorted.sort();
    assert_eq!(rungs, sorted);
    for rung in [-1, 0, 1] {
        let chips = l.chips(rung);
        assert!((4..=6).contains(&chips.first.len()), "rung {rung}: {} first", chips.first.len());
        assert_eq!(chips.first.len() + chips.more.len(), l.on_rung(rung).len());
        assert!(chips.first.iter().chain(&chips.more).all(|&b| l.behaviours[b].rung == rung));
    }
    // The seed's own examples are among the first chips.
    for id in ["rudeness", "broken_promise", "lateness", "formal_approach", "politeness", "thanked", "surprise"] {
        let b = behaviour(id);
        assert!(l.chips(l.behaviours[b].rung).first.contains(&b), "{id} is shown first");
    }
}

// ---------- what to do this week ----------

/// Every item answered with its first option.
fn first_answers() -> service_ladder::check::scoring::Answers {
    content().assessment.items.iter().map(|i| (i.id.clone(), i.choices[0].id.clone())).collect()
}

fn quality(id: &str) -> usize {
    content().assessment.qualities.iter().position(|q| q.id == id).unwrap_or_else(|| panic!("quality {id}"))
}

#[test]
fn a_weak_quality_is_tied_to_the_touchpoints_where_it_hurt() {
    let c = content();
    let j = dealer();
    let mut w = Walk::new(&j.id);
    at(&mut w, "sale", &["lateness"], &[]);
    at(&mut w, "reception", &["rudeness"], &[]);
    at(&mut w, "credit", &[], &[("next_briefed", CheckAnswer::No)]);
    let weak = [quality("reliability"), quality("respect"), quality("acumen"), 99];
    let plan = week::plan(&c.assessment, &c.ladder, &first_answers(), &weak, j, &w);
    assert_eq!(plan.qualities.len(), 3, "an unknown quality index is skipped");
    // Reliability ↔ the late car at "sale".
    let reliability = &plan.qualities[0];
    assert_eq!(reliability.quality, quality("reliability"));
    assert_eq!(reliability.hurt, [week::Hurt { touchpoint: 4, causes: vec![Cause::Ticked(behaviour("lateness"))] }]);
    // Respect: rudeness at reception and lateness (the client's time) at sale.
    let respect: Vec<usize> = plan.qualities[1].hurt.iter().map(|h| h.touchpoint).collect();
    assert_eq!(respect, [0, 4]);
    // Nothing the person saw shows a lack of acumen.
    assert!(plan.qualities[2].hurt.is_empty());
    assert_eq!(plan.first().map(|q| q.quality), Some(quality("reliability")));
    // A failed check reaches the qualities through its behaviour.
    let inferred = c.ladder.behaviours[c.ladder.handoff_checks[check("next_briefed")].behaviour].qualities[0].clone();
    let plan = week::plan(&c.assessment, &c.ladder, &first_answers(), &[quality(&inferred)], j, &w);
    assert_eq!(
        plan.qualities[0].hurt[0],
        week::Hurt { touchpoint: 1, causes: vec![Cause::Check(check("next_briefed"))] }
    );
}

#[test]
fn every_disappointment_names_the_qualities_it_shows_a_lack_of() {
    let c = content();
    for b in c.ladder.behaviours.iter().filter(|b| b.rung == -1) {
        assert!(!b.qualities.is_empty(), "{}", b.id);
        assert!(b.qualities.iter().all(|q| c.assessment.qualities.iter().any(|x| &x.id == q)), "{}", b.id);
        assert!(!b.opposite.is_empty(), "{} has a «wow» opposite", b.id);
    }
    assert!(c.ladder.behaviours[behaviour("lateness")].qualities.iter().any(|q| q == "reliability"));
}

/// The answered item whose options name `b` itself, the first in the questionnaire.
fn item_naming(b: usize) -> Option<usize> {
    content().assessment.items.iter().position(|i| i.choices.iter().any(|c| c.behaviour == Some(b)))
}

#[test]
fn a_minus_one_touchpoint_meets_what_the_person_said_in_the_similar_situation() {
    let c = content();
    let l = &c.ladder;
    // A disappointment some situation offers as an option, ticked at "sale".
    let (seen, item) = l
        .behaviours
        .iter()
        .enumerate()
        .filter(|(_, b)| b.rung == -1)
        .find_map(|(i, _)| item_naming(i).map(|item| (i, item)))
        .expect("some situation offers a disappointment as an option");
    let j = dealer();
    let mut w = Walk::new(&j.id);
    w.audit_mut("sale").ticks.insert(l.behaviours[seen].id.clone());
    w.audit_mut("reception").rating = Some(1);
    // The person chose the best option in every situation naming it
    // (an ordinary day and its rushed twin alike).
    let mut answers = first_answers();
    let naming: Vec<usize> = (0..c.assessment.items.len())
        .filter(|&i| c.assessment.items[i].choices.iter().any(|ch| ch.behaviour == Some(seen)))
        .collect();
    assert!(naming.contains(&item));
    for &i in &naming {
        let it = &c.assessment.items[i];
        let best = it
            .choices
            .iter()
            .position(|ch| ch.behaviour.is_some_and(|b| l.behaviours[b].rung == 1))
            .expect("a situation has a «wow» option");
        answers.insert(it.id.clone(), it.choices[best].id.clone());
    }
    let plan = week::plan(&c.assessment, l, &answers, &[], j, &w);
    assert_eq!(plan.gaps.len(), 1, "only the −1 touchpoint");
    let gap = &plan.gaps[0];
    assert_eq!(gap.touchpoint, 4);
    let said = gap.said.as_ref().expect("a similar situation was answered");
    assert!(naming.contains(&said.item), "a situation whose options name what was seen");
    assert_eq!((said.cause, said.rung), (Cause::Ticked(seen), Some(1)));
    // Unanswered, those situations cannot say what the person would do.
    for &i in &naming {
        answers.remove(&c.assessment.items[i].id);
    }
    let plan = week::plan(&c.assessment, l, &answers, &[], j, &w);
    assert!(plan.gaps[0].said.as_ref().is_none_or(|s| !naming.contains(&s.item)));
}

#[test]
fn a_broken_promise_finds_the_situation_about_keeping_promises() {
    let c = content();
    let l = &c.ladder;
    let promise = behaviour("broken_promise");
    let j = dealer();
    let mut w = Walk::new(&j.id);
    at(&mut w, "sale", &["broken_promise"], &[]);
    let plan = week::plan(&c.assessment, l, &first_answers(), &[], j, &w);
    let said = plan.gaps[0].said.as_ref().expect("a situation about promises");
    let options: Vec<usize> = c.assessment.items[said.item].choices.iter().filter_map(|ch| ch.behaviour).collect();
    // Its options name the broken promise itself or its «wow» opposite (keeping obligations).
    assert!(options.contains(&promise) || l.behaviours[promise].opposite.iter().any(|o| options.contains(o)));
    assert_eq!(said.choice, 0, "the option the person chose");
    assert_eq!(said.cause, Cause::Ticked(promise));
}

#[test]
fn ticked_disappointments_are_matched_before_inferred_ones() {
    let c = content();
    let l = &c.ladder;
    let j = dealer();
    let mut w = Walk::new(&j.id);
    // A failed check whose behaviour a situation names, and a ticked behaviour another names.
    at(&mut w, "credit", &["lateness"], &[("answered_here", CheckAnswer::No)]);
    let plan = week::plan(&c.assessment, l, &first_answers(), &[], j, &w);
    let said = plan.gaps[0].said.as_ref().expect("matched");
    if item_naming(behaviour("lateness")).is_some() {
        assert_eq!(said.cause, Cause::Ticked(behaviour("lateness")));
    }
    // With nothing ticked, the check's behaviour is used.
    let mut w = Walk::new(&j.id);
    at(&mut w, "credit", &[], &[("answered_here", CheckAnswer::No)]);
    let plan = week::plan(&c.assessment, l, &first_answers(), &[], j, &w);
    if item_naming(behaviour("redirecting")).is_some() {
        assert_eq!(plan.gaps[0].said.as_ref().map(|s| s.cause), Some(Cause::Check(check("answered_here"))));
    }
    // A touchpoint rated −1 with nothing behind it has no situation to echo.
    let mut w = Walk::new(&j.id);
    w.audit_mut("sale").rating = Some(-1);
    let plan = week::plan(&c.assessment, l, &first_answers(), &[], j, &w);
    assert_eq!(plan.gaps, [week::Gap { touchpoint: 4, said: None, unexplained: true }]);
}

// ---------- walks stored by the current release ----------

const V1_WALK: &str = include_str!("fixtures/state-v1-walk.json");

#[test]
fn a_stored_walk_with_old_true_false_checks_keeps_its_meaning() {
    // The fixture, with the hand-off answered the old way: "Did the client
    // have to repeat themselves? — yes" (bad) and "Was the next person
    // told? — yes" (good).
    let mut doc: serde_json::Value = serde_json::from_str(V1_WALK).unwrap();
    doc["walk"]["audits"]["credit"] = serde_json::json!({
        "checks": {"client_repeated": true, "question_redirected": false, "next_briefed": true, "client_knows_next": false},
        "ticks": ["politeness"]
    });
    let expected = [
        ("answered_here", CheckAnswer::Yes),
        ("client_knows_next", CheckAnswer::No),
        ("next_briefed", CheckAnswer::Yes),
        ("no_repeat", CheckAnswer::No),
    ];
    // Read as it is, through the stored-document path…
    let saved = match saved::decode(Some(&doc.to_string())) {
        Loaded::Restored { saved, .. } => saved,
        other => panic!("not restored: {other:?}"),
    };
    let walk = saved.walk.expect("the walk");
    let credit = walk.audit("credit").expect("the hand-off's audit");
    assert_eq!(credit.checks.iter().map(|(k, v)| (k.as_str(), *v)).collect::<Vec<_>>(), expected);
    // …the failed checks still fail, and the hand-off is still a disappointment.
    let l = ladder();
    assert_eq!(credit.failed_checks(l), [check("no_repeat"), check("client_knows_next")]);
    assert_eq!(credit.suggested(l, true), Some(-1));
    assert_eq!(walk.audit("reception").map(|a| a.rating), Some(Some(1)), "the rest is untouched");
    // …and through the JSON migration the stored-document migration can call.
    let mut audits = doc["walk"]["audits"].clone();
    walk::migrate_audits(&mut audits);
    let migrated: Audit =
        service_ladder::codec::model::read_as(service_ladder::codec::reader::Reader::lenient(), &audits["credit"])
            .unwrap();
    assert_eq!(&migrated, credit);
    assert_eq!(audits["credit"]["checks"]["no_repeat"], "no");
    assert_eq!(audits["reception"], doc["walk"]["audits"]["reception"]);
}

// ---------- as is and to be ----------

#[test]
fn the_largest_gaps_to_the_target_come_first_and_unrated_touchpoints_have_none() {
    let j = journey(5);
    let now = walk(&j, &[-1, 0, 1, -1], &[]);
    let mut target = walk(&j, &[1, 1, 1, 0, 1], &[]);
    target.target = true;
    let gaps = service_ladder::walk::target::gaps(&j, &now, &target, ladder());
    let got: Vec<(usize, i8, i8)> = gaps.iter().map(|s| (s.touchpoint, s.now, s.target)).collect();
    // −1 → +1 (two rungs) first; then one rung, in journey order; the
    // third is already at the target; the fifth was not rated now.
    assert_eq!(got, vec![(0, -1, 1), (1, 0, 1), (3, -1, 0)]);
    assert_eq!(gaps[0].gap(), 2);
    // A target below the current state asks nothing.
    assert!(service_ladder::walk::target::gaps(&j, &target, &now, ladder()).is_empty());
}

#[test]
fn the_map_finds_the_newest_walk_of_the_other_kind_through_the_same_touchpoints() {
    use service_ladder::document::history::{Record, WalkRecord, latest_walk};
    let j = journey(3);
    let at = |d: u32| format!("2026-12-0{d}T10:00:00.000Z");
    let now = |r: &[i8]| walk(&j, r, &[]);
    let goal = |r: &[i8]| Walk { target: true, ..walk(&j, r, &[]) };
    let history = vec![
        Record::Walkthrough(WalkRecord::new(&j, &goal(&[1, 1, 0]), ladder(), at(1), None)),
        Record::Walkthrough(WalkRecord::new(&j, &now(&[-1, 0, 0]), ladder(), at(2), None)),
        Record::Walkthrough(WalkRecord::new(&j, &goal(&[1, 1, 1]), ladder(), at(3), None)),
    ];
    let t = latest_walk(&history, &j, true).expect("a target");
    assert!(t.target);
    assert_eq!(t.audit(&j.touchpoints[2].id).and_then(|a| a.rating), Some(1), "the newest target");
    assert!(!latest_walk(&history, &j, false).expect("a current walk").target);
    // A journey whose touchpoints changed since is not set beside it.
    let mut edited = j.clone();
    edited.add_touchpoint(None, Text::same("New")).expect("room");
    assert!(latest_walk(&history, &edited, true).is_none());
}

#[test]
fn the_mark_survives_storage_and_older_documents_read_as_the_current_state() {
    let j = journey(2);
    let mut s = saved::Saved::new();
    s.walk = Some(Walk::target(&j.id));
    let Loaded::Restored { saved: back, .. } = saved::decode(Some(&s.encode())) else { panic!("reads back") };
    assert!(back.walk.expect("the walk").target);
    // Schema 4 knew no mark: its walks are the current state.
    let old = r#"{"schema":4,"rev":1,"prefs":{},"screen":"home","answers":{},"walk":{"journey":"test","audits":{}}}"#;
    let Loaded::Restored { saved: old, from } = saved::decode(Some(old)) else { panic!("schema 4 reads") };
    assert_eq!(from, 4);
    assert!(!old.walk.expect("the walk").target);
}
