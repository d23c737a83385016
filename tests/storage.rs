//! The stored document: every earlier schema migrates, from a committed
//! fixture of that schema, and unreadable data is never mistaken for data.

use service_ladder::content::Content;
use service_ladder::document::history::{AssessmentRecord, Record};
use service_ladder::document::saved::{self, Loaded, SCHEMA, Saved, Screen};

const V1: &str = include_str!("fixtures/state-v1.json");
const V1_WALK: &str = include_str!("fixtures/state-v1-walk.json");
const V2_MODEL_1: &str = include_str!("fixtures/state-v2-model1.json");

fn restored(raw: &str) -> (Saved, u32) {
    match saved::decode(Some(raw)) {
        Loaded::Restored { saved, from } => (saved, from),
        other => panic!("expected a restored document, got {other:?}"),
    }
}

#[test]
fn schema_1_as_first_released_migrates() {
    let (s, from) = restored(V1);
    assert_eq!(from, 1);
    assert_eq!(s.schema, SCHEMA);
    assert_eq!(s.prefs.lang.as_deref(), Some("ru"));
    assert_eq!(s.screen, Screen::Question { index: 5 });
    assert_eq!(s.answers.len(), 5);
    assert!(s.journeys.is_empty() && s.walk.is_none() && s.history.is_empty());
    // The answers are kept as stored. They answer the first release's
    // questions (scoring model 1), which the current content no longer
    // has, so they count for nothing in a new result.
    assert_eq!(s.answers.get("s01").map(String::as_str), Some("a"));
    assert_eq!(s.answers.get("r01").map(String::as_str), Some("always"));
    let c = Content::shipped().unwrap();
    assert_eq!(service_ladder::check::scoring::answered(&c.assessment, &s.answers), 0);
}

#[test]
fn schema_1_with_journeys_and_a_walk_migrates() {
    let (s, from) = restored(V1_WALK);
    assert_eq!(from, 1);
    assert_eq!(s.prefs.lang, None);
    assert_eq!(s.screen, Screen::Touchpoint { index: 1 });
    assert_eq!(s.journeys.len(), 1);
    assert_eq!(s.journeys[0].touchpoints.len(), 2);
    let walk = s.walk.expect("the walk is kept");
    assert_eq!(walk.journey, "my-1");
    let audit = walk.audits.values().next().unwrap();
    assert_eq!(audit.rating, Some(1));
    assert_eq!(audit.note, "Встретили у входа");
}

/// A result the first model scored, on the first release's questions: it
/// keeps its own figures, says which model made them, and a retake is not
/// compared with it.
#[test]
fn schema_2_with_a_result_of_the_first_model_migrates_and_is_compared_with_nothing_newer() {
    let (s, from) = restored(V2_MODEL_1);
    assert_eq!(from, 2);
    let [Record::Assessment(old)] = s.history.as_slice() else { panic!("one assessment record: {:?}", s.history) };
    assert_eq!(old.model, 1);
    assert!(old.id.starts_with('r'));
    assert_eq!(old.level, service_ladder::content::Level::Regulated);
    assert_eq!(old.levels, [31, 41, 18]);
    assert_eq!(old.confidence, None);
    assert_eq!(old.qualities.get("acumen"), Some(&75));
    let c = Content::shipped().unwrap();
    // Its answers are to questions the content no longer has.
    assert_eq!(service_ladder::check::scoring::answered(&c.assessment, &old.answers), 0);
    let current = AssessmentRecord::new(&c.assessment, None, &Default::default(), "2026-11-01".into(), None);
    assert_eq!(service_ladder::document::history::previous_assessment(&s.history, &current.answers), None);
    let mut both = s.history.clone();
    both.push(Record::Assessment(current.clone()));
    let retake: service_ladder::check::scoring::Answers = [("x".to_string(), "y".to_string())].into();
    assert_eq!(service_ladder::document::history::previous_assessment(&both, &retake), Some(&current));
    // The event a host page hears names the model, the kind of work and the confidence.
    let event = service_ladder::embed::events::assessment(&c, &current, "");
    assert_eq!(event["model"], service_ladder::check::scoring::MODEL_VERSION);
    assert_eq!(event["role"], serde_json::Value::Null);
    assert!(["clear", "leaning", "mixed"].contains(&event["confidence"].as_str().unwrap()));
    let old_event = service_ladder::embed::events::assessment(&c, old, "");
    assert_eq!((old_event["model"].as_u64(), old_event["confidence"].is_null()), (Some(1), true));
}

#[test]
fn a_migrated_document_round_trips_in_the_current_schema() {
    let (s, _) = restored(V1_WALK);
    let (again, from) = restored(&s.encode());
    assert_eq!(from, SCHEMA);
    assert_eq!(again, s);
}

#[test]
fn history_is_capped_and_kept_in_order() {
    let c = Content::shipped().unwrap();
    let mut s = Saved::new();
    for n in 0..(saved::MAX_HISTORY + 5) {
        let at = format!("2026-11-{:02}T10:{:02}:00Z", n % 28 + 1, n);
        s.remember(Record::Assessment(AssessmentRecord::new(&c.assessment, None, &Default::default(), at, None)));
    }
    assert_eq!(s.history.len(), saved::MAX_HISTORY);
    let (again, _) = restored(&s.encode());
    assert_eq!(again.history, s.history);
}

#[test]
fn broken_documents_of_every_schema_are_unreadable_not_empty() {
    for raw in [
        "{\"schema\":1,\"answers\":{\"s01\":3}}",
        "{\"schema\":1,\"screen\":{\"at\":\"nowhere\"}}",
        "{\"schema\":2,\"history\":[{\"unknown\":{}}]}",
        "{\"schema\":2,\"walk\":{\"audits\":{}}}",
        "{\"schema\":\"2\"}",
        "nul",
        "",
    ] {
        assert!(matches!(saved::decode(Some(raw)), Loaded::Unreadable { .. }), "{raw}");
    }
}

/// Schema 3 → 4: a document of the release before the last clients, the
/// times and the option order reads with all three empty, answers kept; a
/// version 4 document keeps them through a round trip.
#[test]
fn schema_3_migrates_and_the_last_clients_times_and_seed_round_trip() {
    let v3 = r#"{"schema": 3, "rev": 7, "answers": {"car_loan": "b"}, "screen": "result"}"#;
    let (s, from) = restored(v3);
    assert_eq!((from, s.schema, s.rev), (3, SCHEMA, 7));
    assert_eq!(s.answers.get("car_loan").map(String::as_str), Some("b"));
    assert!(s.episodes.is_empty() && s.tenths.is_empty() && s.seed == 0);
    assert_eq!(s.extra(), service_ladder::check::scoring::Extra::default());

    let mut s = s;
    s.episodes.insert("1".into(), -1);
    s.episodes.insert("3".into(), 1);
    s.tenths.insert("car_loan".into(), 125);
    s.seed = 4_000_000_000;
    s.screen = Screen::Episodes;
    let (again, from) = restored(&s.encode());
    assert_eq!((from, &again), (SCHEMA, &s));
    let extra = again.extra();
    assert_eq!(extra.episodes, vec![-1, 1]);
    assert_eq!(extra.seconds.get("car_loan"), Some(&12.5));
    assert_eq!(extra.seed, Some(4_000_000_000));
}

/// A client numbered outside 1–5, a rung outside −1…+1 or a time beyond an
/// hour is a problem with its path, never a value taken as it is.
#[test]
fn out_of_range_last_clients_and_times_are_refused() {
    for (doc, path) in [
        (r#"{"schema": 4, "episodes": {"6": 1}}"#, "episodes"),
        (r#"{"schema": 4, "episodes": {"1": 2}}"#, "episodes.1"),
        (r#"{"schema": 4, "tenths": {"car_loan": 36001}}"#, "tenths.car_loan"),
        (r#"{"schema": 4, "seed": -1}"#, "seed"),
    ] {
        match saved::decode(Some(doc)) {
            Loaded::Unreadable { reason } => assert!(reason.contains(path), "{doc}: {reason}"),
            other => panic!("{doc}: expected a refusal, got {other:?}"),
        }
    }
}
