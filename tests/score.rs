//! `make score` (examples/score.rs over `score_line::Scorer`): one verdict
//! per input line, in order, errors as `{"error": …}` lines that do not
//! stop the rest, and the same verdicts the calibration sees for the same
//! people.

mod calibration;

use calibration::{Rng, Shown};
use serde_json::{Value, json};
use service_ladder::check::score_line::Scorer;
use service_ladder::content::{Content, Level};
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().unwrap_or_else(|p| panic!("shipped content must load: {p:?}")))
}

fn run(lines: &[String]) -> Vec<Value> {
    let scorer = Scorer::new(content());
    lines
        .iter()
        .map(|l| serde_json::from_str(&scorer.line(l)).unwrap_or_else(|e| panic!("output is JSON: {e}")))
        .collect()
}

/// An honest person's answers to the shop's set (no episodes, no times).
fn shop_line() -> Value {
    let a = content().assessment.for_role("shop");
    let p = calibration::POPULATIONS.iter().find(|p| p.name == "honest, by the book").expect("population");
    let mut rng = Rng::new(7);
    let style = (p.draw)(&mut rng);
    let r = calibration::respond_all(&a, &style, &mut rng);
    json!({ "role": "shop", "answers": r.answers })
}

#[test]
fn good_and_bad_lines_each_get_their_own_line_in_order() {
    let good = shop_line();
    let mut with_episodes = good.clone();
    with_episodes["episodes"] = json!([1, 0, 0, -1, 0]);
    let mut unknown_item = good.clone();
    unknown_item["answers"]["car_loan"] = json!("a");
    let mut unknown_option = good.clone();
    unknown_option["answers"]["shop_size"] = json!("z");
    let mut na_not_allowed = good.clone();
    na_not_allowed["answers"]["shop_size"] = json!("na");
    let mut bad_episode = good.clone();
    bad_episode["episodes"] = json!([2]);
    let mut extra_field = good.clone();
    extra_field["mood"] = json!("fine");
    let mut unknown_role = good.clone();
    unknown_role["role"] = json!("spaceport");
    let lines: Vec<String> = vec![
        good.to_string(),
        "not json at all".into(),
        unknown_item.to_string(),
        with_episodes.to_string(),
        unknown_option.to_string(),
        na_not_allowed.to_string(),
        String::new(),
        bad_episode.to_string(),
        extra_field.to_string(),
        unknown_role.to_string(),
        json!({ "answers": {} }).to_string(),
        good.to_string(),
    ];
    let out = run(&lines);
    assert_eq!(out.len(), lines.len());
    let error =
        |i: usize| out[i]["error"].as_str().unwrap_or_else(|| panic!("line {i} is an error: {}", out[i])).to_string();
    assert!(error(1).starts_with("not JSON"), "{}", error(1));
    assert!(error(2).contains("answers.car_loan: no such item for the role \"shop\""), "{}", error(2));
    assert!(error(4).contains("answers.shop_size: no option \"z\""), "{}", error(4));
    assert!(error(5).contains("\"na\" is not an answer"), "{}", error(5));
    assert!(error(6).starts_with("not JSON"), "{}", error(6));
    assert!(error(7).contains("episodes[0]"), "{}", error(7));
    assert!(error(8).contains("mood"), "{}", error(8));
    assert!(error(9).contains("unknown \"spaceport\""), "{}", error(9));
    assert!(error(10).contains("role"), "{}", error(10));
    // The good lines are verdicts, and the same answers give the same one
    // wherever they stand.
    for i in [0, 3, 11] {
        assert!(out[i].get("error").is_none(), "{}", out[i]);
        assert_ne!(out[i]["level"], "not_clear", "{}", out[i]);
        assert_eq!(out[i]["model"], json!(service_ladder::check::scoring::MODEL_VERSION));
    }
    assert_eq!(out[0], out[11]);
    assert_ne!(out[0], out[3], "episodes are evidence");
}

#[test]
fn a_verdict_has_the_documented_shape() {
    let out = run(&[shop_line().to_string()]);
    let v = &out[0];
    let level = v["level"].as_str().expect("level");
    assert!(["spontaneous", "regulated", "cultural", "between", "not_clear"].contains(&level), "{v}");
    assert_eq!(v.get("between").is_some(), level == "between", "{v}");
    let confidence = v["confidence"].as_u64().expect("confidence");
    assert!(confidence <= 100);
    assert!(v["flags"].is_array());
    for l in Level::ALL {
        assert!(v["strengths"][l.id()].as_u64().is_some_and(|s| s <= 100), "{v}");
    }
    assert!(v["qualities"].as_object().is_some_and(|q| !q.is_empty()), "{v}");
}

/// Answers far quicker than the text can be read, or the same position
/// everywhere: not clear, and no confident level.
#[test]
fn careless_answers_are_not_clear() {
    let a = content().assessment.for_role("hospitality");
    let answers: serde_json::Map<String, Value> =
        a.items.iter().map(|i| (i.id.clone(), json!(i.choices[0].id))).collect();
    let seconds: serde_json::Map<String, Value> = a.items.iter().map(|i| (i.id.clone(), json!(0.4))).collect();
    let out = run(&[json!({ "role": "hospitality", "answers": answers, "seconds": seconds }).to_string()]);
    assert_eq!(out[0]["level"], "not_clear", "{}", out[0]);
    assert!(out[0]["flags"].as_array().unwrap().contains(&json!("careless")), "{}", out[0]);
    assert!(out[0]["confidence"].as_u64().unwrap() < 70);
}

/// A colleague's view is another source: it counts, and several count as
/// their median.
#[test]
fn colleagues_count_as_their_median() {
    let base = shop_line();
    let with = |views: Value| {
        let mut l = base.clone();
        l["colleagues"] = views;
        l.to_string()
    };
    let one = json!([{ "episodes": [0, 0, 0, 0, 0] }]);
    let median =
        json!([{ "episodes": [0, 0, 0, 0, 0] }, { "episodes": [0, 0, 0, 0, 0] }, { "episodes": [-1, 1, -1, 1, -1] }]);
    let out = run(&[with(one), with(median), with(json!([{ "episodes": [] }]))]);
    assert_eq!(out[0], out[1], "one outlier among three does not move the median");
    assert!(out[2]["error"].as_str().is_some_and(|e| e.contains("colleagues[0].episodes")), "{}", out[2]);
}

/// The populations of the calibration, written as JSON lines the way
/// examples/populations.rs writes them, get through `make score` the very
/// verdicts the calibration counts.
#[test]
fn outside_lines_get_the_calibrations_verdicts() {
    let c = content();
    let scorer = Scorer::new(c);
    let mut rng = Rng::new(99);
    let mut seen = std::collections::BTreeSet::new();
    for p in &calibration::POPULATIONS {
        for role in &c.assessment.roles {
            let a = c.assessment.for_role(&role.id);
            for _ in 0..20 {
                let style = (p.draw)(&mut rng);
                let r = calibration::respond_all(&a, &style, &mut rng);
                let mut line = json!({ "role": role.id, "answers": r.answers });
                if !r.episodes.is_empty() {
                    line["episodes"] = json!(r.episodes);
                }
                if !r.seconds.is_empty() {
                    line["seconds"] = json!(r.seconds);
                }
                let out: Value = serde_json::from_str(&scorer.line(&line.to_string())).expect("JSON");
                let s = calibration::score(&a, &r);
                let expected = match calibration::shown(&s) {
                    Shown::NotClear => "not_clear",
                    Shown::Between(..) => "between",
                    Shown::On(l) => l.id(),
                };
                assert_eq!(out["level"], expected, "{}: {out}", p.name);
                assert_eq!(out["confidence"], json!(service_ladder::check::scoring::percent(s.verdict.certainty)));
                assert_eq!(out["flags"], json!(s.verdict.flags.ids()));
                seen.insert(expected);
            }
        }
    }
    assert_eq!(seen.len(), 5, "every kind of verdict came up: {seen:?}");
}
