//! Whatever a person can keep, they can take out and bring back: generated
//! documents with awkward text in every field (links, `#`, `%`, quotes,
//! Mermaid's own keywords, markup, Cyrillic, emoji) export and import back
//! to the same state; and whatever the readers accept can be scored,
//! exported, shared and read again without a panic.

use proptest::prelude::*;
use service_ladder::check::scoring::{self, Answers};
use service_ladder::codec::model::{Model, read_as};
use service_ladder::codec::reader::{self as decode, Reader};
use service_ladder::content::{Content, NOT_APPLICABLE};
use service_ladder::document::export::{self, Import};
use service_ladder::document::history::{AssessmentRecord, Record, Source, WalkRecord};
use service_ladder::document::saved::{self, Loaded, Saved, Screen};
use service_ladder::document::share::{self, Shared};
use service_ladder::text::lang::Text;
use service_ladder::text::language_file::native;
use service_ladder::walk::journey::{Channel, ClientKind, Journey, Touchpoint};
use service_ladder::walk::record::{Audit, CheckAnswer, Walk};
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content"))
}

/// Text people really type into names and notes, and text that breaks
/// formats: a share link, fragments, percent signs, quotes, Mermaid's
/// keywords and separators, markup.
fn awkward() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("https://x.example/app/#share=AgAAAAAB".to_string()),
        Just("#share=".to_string()),
        Just("%20%%".to_string()),
        Just("\"quoted\" 'single'".to_string()),
        Just("section Sales: 5: Me".to_string()),
        Just("title journey accTitle: x".to_string()),
        Just("a; b # c".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("=HYPERLINK(\"x\")".to_string()),
        Just("Клиентоориентированность".to_string()),
        Just("😀👍".to_string()),
        "\\PC{0,12}",
    ];
    proptest::collection::vec(pieces, 1..4).prop_map(|v| decode::clean(&v.join(" "), false))
}

fn note() -> impl Strategy<Value = String> {
    proptest::collection::vec(awkward(), 0..3).prop_map(|v| decode::clean(&v.join("\n"), true))
}

fn text() -> impl Strategy<Value = Text> {
    awkward().prop_map(Text::same)
}

fn touchpoint(i: usize) -> impl Strategy<Value = Touchpoint> {
    (text(), text(), 0..Channel::ALL.len(), any::<bool>(), text(), any::<bool>()).prop_map(
        move |(name, who, ch, internal, expectation, handoff)| Touchpoint {
            id: format!("tp{}", i + 1),
            name,
            who,
            channel: Channel::ALL[ch],
            client: if internal { ClientKind::Internal } else { ClientKind::External },
            expectation,
            handoff,
        },
    )
}

fn journey(n: usize) -> impl Strategy<Value = Journey> {
    let tps: Vec<_> = (0..n).map(touchpoint).collect();
    (text(), text(), tps).prop_map(move |(name, description, touchpoints)| Journey {
        id: "my-1".into(),
        name,
        description,
        touchpoints,
    })
}

fn audit() -> impl Strategy<Value = Audit> {
    let c = content();
    let behaviours: Vec<String> = c.ladder.behaviours.iter().map(|b| b.id.clone()).collect();
    let checks: Vec<String> = c.ladder.handoff_checks.iter().map(|k| k.id.clone()).collect();
    (
        proptest::sample::subsequence(behaviours.clone(), 0..4),
        proptest::sample::subsequence(checks.clone(), 0..checks.len()),
        0..3usize,
        proptest::option::of(-1i8..=1),
        note(),
    )
        .prop_map(|(ticks, checked, a, rating, note)| Audit {
            ticks: ticks.into_iter().collect(),
            checks: checked.into_iter().map(|k| (k, CheckAnswer::ALL[a])).collect(),
            rating,
            note,
        })
}

/// Answers to the questions of one kind of work, "not in my job" included.
fn answers() -> impl Strategy<Value = (String, Answers)> {
    let c = content();
    let roles: Vec<String> = c.assessment.roles.iter().map(|r| r.id.clone()).collect();
    proptest::sample::select(roles).prop_flat_map(|role| {
        let items = content().assessment.for_role(&role).items;
        let picks: Vec<_> = items.iter().map(|i| proptest::option::of(0..i.choices.len() + 1)).collect();
        (Just(role), picks).prop_map(move |(role, picks)| {
            let mut answers = Answers::new();
            for (item, pick) in items.iter().zip(picks) {
                match pick {
                    Some(k) if k < item.choices.len() => {
                        answers.insert(item.id.clone(), item.choices[k].id.clone());
                    }
                    Some(_) if item.allows_na => {
                        answers.insert(item.id.clone(), NOT_APPLICABLE.into());
                    }
                    _ => {}
                }
            }
            (role, answers)
        })
    })
}

/// A whole document as the app keeps it.
fn saved() -> impl Strategy<Value = Saved> {
    (1usize..6)
        .prop_flat_map(|n| {
            let audits: Vec<_> = (0..n).map(|_| proptest::option::of(audit())).collect();
            (journey(n), audits, answers(), proptest::option::of(awkward()), any::<bool>())
        })
        .prop_map(|(journey, audits, (role, answers), label, finished)| {
            let c = content();
            let mut walk = Walk::new(journey.id.clone());
            walk.finished = finished;
            for (t, a) in journey.touchpoints.iter().zip(audits) {
                if let Some(a) = a {
                    walk.audits.insert(t.id.clone(), a);
                }
            }
            let label = label.map(|l| l.chars().take(100).collect::<String>()).filter(|l| !l.trim().is_empty());
            let label = label.map(|l| l.trim().to_string());
            let set = c.assessment.for_role(&role);
            let mut s = Saved::new();
            s.prefs.role = Some(role.clone());
            s.prefs.lang = Some("ru".into());
            s.screen = Screen::Touchpoint { index: 0 };
            let mut a =
                AssessmentRecord::new(&set, Some(&role), &answers, "2026-11-23T10:00:00.000Z".into(), label.clone());
            a.source = Source::Link;
            s.history.push(Record::Assessment(a));
            let w = WalkRecord::new(&journey, &walk, &c.ladder, "2026-11-23T11:00:00.000Z".into(), label);
            s.history.push(Record::Walkthrough(w));
            s.answers = answers;
            s.journeys.push(journey);
            s.walk = Some(walk);
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn everything_exported_imports_back_identical(s in saved()) {
        let c = content();
        let file = export::everything(&s);
        prop_assert_eq!(export::import(&file, c), Ok(Import::Everything(Box::new(s.clone()))));
        // And through storage: what is written reads back the same.
        match saved::decode(Some(&s.encode())) {
            Loaded::Restored { saved: again, .. } => prop_assert_eq!(again, s.clone()),
            other => prop_assert!(false, "not restored: {:?}", other),
        }
        for r in &s.history {
            prop_assert_eq!(export::import(&export::one_result(r), c), Ok(Import::Result(Box::new(r.clone()))));
        }
    }

    #[test]
    fn what_is_accepted_can_be_scored_exported_and_shared(s in saved()) {
        let c = content();
        let role = s.prefs.role.as_deref();
        let set = c.assessment.for_role(role.unwrap_or("mixed"));
        let scores = scoring::score(&set, &s.answers);
        prop_assert!(scores.levels.iter().all(|l| (0.0..=1.0).contains(l)));
        let (j, w) = (&s.journeys[0], s.walk.as_ref().expect("walk"));
        let csv = export::csv(c, role, native("ru"), Some(&s.answers), Some((j, w)));
        prop_assert!(csv.starts_with("section,id,name,answer,score\r\n"));
        let mermaid = export::mermaid(j, w, &c.ladder, native("en"));
        prop_assert!(mermaid.starts_with("journey\n"));
        // The result travels as a link and opens as the same result.
        let shared = Shared::build(c, Some(&s.answers), Some((j, w)), true, "en").in_role(c, role);
        let (link, trimmed) = share::link("https://example.com/app/", &shared, share::fingerprint(c));
        let at = link.find('#').expect("a fragment");
        let opened = share::open(&link[at..], c);
        prop_assert!(opened.is_ok(), "{:?}", opened);
        let opened = opened.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(opened.answers.as_ref(), Some(&s.answers));
        prop_assert_eq!(opened.role.as_deref(), role);
        if !trimmed.names && !trimmed.notes {
            let (_, walk) = opened.walk.expect("the walk");
            let rated = |w: &Walk| j.touchpoints.iter().map(|t| w.audit(&t.id).and_then(|a| a.rating)).collect::<Vec<_>>();
            prop_assert_eq!(rated(&walk), rated(w));
        }
    }

    /// Any JSON a reader accepts as a document is accepted again as written.
    #[test]
    fn accepted_documents_are_fixed_points(s in saved(), cut in 0usize..400) {
        let v = s.write();
        let text = v.to_string();
        let broken = &text[..text.char_indices().nth(cut).map_or(text.len(), |(i, _)| i)];
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(broken)
            && let Ok(doc) = read_as::<Saved>(Reader::lenient(), &value)
        {
            prop_assert_eq!(read_as::<Saved>(Reader::lenient(), &doc.write()), Ok(doc));
        }
    }
}

#[test]
fn a_note_holding_a_share_link_imports_as_a_file() {
    // The person's own backup once failed with "this link is damaged".
    let c = content();
    let mut s = Saved::new();
    let j = c.journeys[0].clone();
    let mut w = Walk::new(j.id.clone());
    w.audit_mut(&j.touchpoints[0].id).note = "see https://x.example/#share=AgAAAAAB and #share=zzz".into();
    s.walk = Some(w);
    let file = export::everything(&s);
    assert_eq!(export::import(&file, c), Ok(Import::Everything(Box::new(s))));
}

#[test]
fn values_out_of_range_and_forged_levels_are_refused_with_their_path() {
    let c = content();
    let mut s = Saved::new();
    let j = c.journeys[0].clone();
    let mut w = Walk::new(j.id.clone());
    w.audit_mut(&j.touchpoints[0].id).rating = Some(1);
    s.walk = Some(w);
    let mut v = s.write();
    for bad in [5, -7, 127] {
        v["walk"]["audits"][j.touchpoints[0].id.as_str()]["rating"] = serde_json::json!(bad);
        let e = export::import(&v.to_string(), c).unwrap_err().to_string();
        assert!(e.contains(&format!("walk.audits.{}.rating: {bad} is out of range", j.touchpoints[0].id)), "{e}");
    }
    // A file claiming "cultural" while its strengths say otherwise.
    let set = c.assessment.for_role("mixed");
    let answers: Answers = set.items.iter().map(|i| (i.id.clone(), i.choices[0].id.clone())).collect();
    let mut r = AssessmentRecord::new(&set, Some("mixed"), &answers, "2026-11-23".into(), None);
    r.levels = [80, 10, 5];
    r.level = service_ladder::content::Level::Cultural;
    let e = export::import(&export::one_result(&Record::Assessment(r)), c).unwrap_err().to_string();
    assert!(e.contains("does not follow from the level strengths"), "{e}");
}

#[test]
fn a_journey_without_touchpoints_is_refused_not_walked() {
    // Walking it once crashed the app ("RuntimeError: unreachable").
    let c = content();
    let mut s = Saved::new();
    let mut j = c.journeys[0].copy_as("my-1".into());
    j.touchpoints.clear();
    s.journeys.push(j);
    let e = export::import(&serde_json::to_string(&s.write()).unwrap(), c).unwrap_err().to_string();
    assert!(e.contains("journeys[0](my-1).touchpoints: needs at least 1"), "{e}");
    assert!(matches!(saved::decode(Some(&s.encode())), Loaded::Unreadable { .. }));
}

#[test]
fn invisible_and_direction_changing_characters_are_removed_from_a_persons_data() {
    let c = content();
    let mut s = Saved::new();
    let mut j = c.journeys[0].copy_as("my-1".into());
    j.name = Text::same("Sales\u{202E}lasrever\u{200B}");
    s.journeys.push(j);
    match export::import(&s.write().to_string(), c) {
        Ok(Import::Everything(back)) => assert_eq!(back.journeys[0].name, Text::same("Saleslasrever")),
        other => panic!("{other:?}"),
    }
    // The configuration, written by a company, refuses them instead.
    let config = r#"{"intro": {"ru": "при\u202Eвет", "en": "hi"}}"#;
    let problems = service_ladder::embed::config::read(config, c).unwrap_err();
    assert!(problems[0].to_string().contains("U+202E"), "{problems:?}");
}
