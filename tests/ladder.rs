//! The expectation ladder reads through the validated reader: broken
//! behaviours and hand-off checks are refused with their paths, unknown
//! fields included, and the links to qualities are checked against the
//! assessment.

use serde_json::{Value, json};
use service_ladder::content::{Content, SHIPPED, Sources};

fn ladder_json() -> Value {
    serde_json::from_str(SHIPPED.ladder).expect("shipped ladder parses")
}

/// Every problem after `edit`, as text.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut l = ladder_json();
    edit(&mut l);
    let l = l.to_string();
    match Content::load(&Sources { assessment: SHIPPED.assessment, ladder: &l, journeys: SHIPPED.journeys }) {
        Ok(_) => Vec::new(),
        Err(p) => p.iter().map(|p| p.to_string()).collect(),
    }
}

fn index_of(list: &str, id: &str) -> usize {
    ladder_json()[list].as_array().unwrap().iter().position(|b| b["id"] == id).unwrap()
}

#[test]
fn the_shipped_ladder_loads() {
    assert_eq!(problems_after(|_| {}), Vec::<String>::new());
}

#[test]
fn a_check_phrased_as_a_question_is_refused() {
    let i = index_of("handoff_checks", "no_repeat");
    let p = problems_after(|l| {
        l["handoff_checks"][i]["failed"]["en"] = json!("Did the client have to repeat themselves?");
    });
    assert_eq!(
        p,
        [format!(
            "ladder.json: handoff_checks[{i}](no_repeat).failed: write a statement, not a question: \"yes\" must mean the good outcome"
        )]
    );
}

#[test]
fn a_check_needs_its_own_fix_and_a_failed_statement() {
    let i = index_of("handoff_checks", "next_briefed");
    let p = problems_after(|l| {
        let c = l["handoff_checks"][i].as_object_mut().unwrap();
        c.remove("fix");
        c.remove("failed");
    });
    assert_eq!(
        p,
        [
            format!("ladder.json: handoff_checks[{i}](next_briefed).failed: missing"),
            format!("ladder.json: handoff_checks[{i}](next_briefed).fix: missing"),
        ]
    );
}

#[test]
fn the_old_question_form_is_refused_as_unknown_fields() {
    let i = index_of("handoff_checks", "answered_here");
    let p = problems_after(|l| {
        l["handoff_checks"][i]["good_answer"] = json!(false);
    });
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with(&format!("ladder.json: handoff_checks[{i}](answered_here).good_answer: unknown field")),
        "{p:?}"
    );
}

#[test]
fn a_check_must_point_at_a_disappointment() {
    let i = index_of("handoff_checks", "answered_here");
    let p = problems_after(|l| l["handoff_checks"][i]["behaviour"] = json!("politeness"));
    assert_eq!(
        p,
        [format!(
            "ladder.json: handoff_checks[{i}](answered_here).behaviour: \"politeness\" is not a disappointment behaviour"
        )]
    );
}

#[test]
fn behaviour_links_are_checked() {
    let rude = index_of("behaviours", "rudeness");
    let polite = index_of("behaviours", "politeness");
    let p = problems_after(|l| {
        l["behaviours"][rude]["qualities"] = json!(["respect", "telepathy", "respect"]);
        l["behaviours"][rude]["opposite"] = json!(["lateness", "nothing"]);
        l["behaviours"][polite]["opposite"] = json!(["surprise"]);
        l["behaviours"][polite]["sparkle"] = json!(true);
    });
    assert_eq!(
        p,
        [
            format!("ladder.json: behaviours[{rude}](rudeness).qualities[2]: quality \"respect\" is listed twice"),
            format!(
                "ladder.json: behaviours[{polite}](politeness).opposite: only disappointment behaviours (rung -1) have an opposite"
            ),
            format!(
                "ladder.json: behaviours[{polite}](politeness).sparkle: unknown field (expected one of: id, rung, text, common, qualities, opposite, fix)"
            ),
            format!(
                "ladder.json: behaviours[{rude}](rudeness).opposite[0]: \"lateness\" is not a «wow» behaviour (rung 1)"
            ),
            format!(
                "ladder.json: behaviours[{rude}](rudeness).opposite[1]: \"nothing\" is not a «wow» behaviour (rung 1)"
            ),
            format!("ladder.json: behaviours[{rude}](rudeness).qualities[1]: unknown quality \"telepathy\""),
        ]
    );
}

#[test]
fn every_behaviour_names_a_quality() {
    let i = index_of("behaviours", "formal_approach");
    let p = problems_after(|l| {
        l["behaviours"][i].as_object_mut().unwrap().remove("qualities");
        l["behaviours"][i]["common"] = json!("yes");
    });
    assert_eq!(
        p,
        [
            format!("ladder.json: behaviours[{i}](formal_approach).common: expected true or false, found text"),
            format!("ladder.json: behaviours[{i}](formal_approach).qualities: missing"),
        ]
    );
}

#[test]
fn the_hand_off_legend_is_required() {
    let p = problems_after(|l| {
        l.as_object_mut().unwrap().remove("handoff");
    });
    assert_eq!(p, ["ladder.json: handoff: missing"]);
    let p = problems_after(|l| l["handoff"]["colour"] = json!("red"));
    assert_eq!(p, ["ladder.json: handoff.colour: unknown field (expected one of: name, meaning)"]);
}

#[test]
fn without_common_flags_the_first_six_are_shown() {
    let mut l = ladder_json();
    for b in l["behaviours"].as_array_mut().unwrap() {
        b.as_object_mut().unwrap().remove("common");
    }
    let text = l.to_string();
    let c = Content::load(&Sources { assessment: SHIPPED.assessment, ladder: &text, journeys: SHIPPED.journeys })
        .expect("common is optional");
    let chips = c.ladder.chips(-1);
    assert_eq!(chips.first, c.ladder.on_rung(-1)[..6]);
    assert_eq!(chips.more, c.ladder.on_rung(-1)[6..]);
}
