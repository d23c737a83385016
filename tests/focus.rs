//! The team focus and the trend across kept collections (issue 20), on
//! entries made by hand: which quality and touchpoint a focus is built
//! from, that it is held back below the threshold with the reason, that it
//! is kept with a collection (saved document and team file, an older
//! document migrated), whether it moved, and the trend's columns and steps
//! under the subtraction rule.

use serde_json::json;
use service_ladder::codec::model::Model;
use service_ladder::content::{Content, Level};
use service_ladder::document::saved::{self, Loaded};
use service_ladder::team::collection::Collection;
use service_ladder::team::compare::{Suppressed, Trend as Arrow};
use service_ladder::team::entry::{Entry, Figures, Identity, JourneyKey, MODEL, Mark, WalkFigures};
use service_ladder::team::focus::{Focus, NoFocus, clean_owner, moved, suggest};
use service_ladder::team::stored::{self, TeamRecord};
use service_ladder::team::threshold::Below;
use service_ladder::team::trend::trend;
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

/// A person whose quality scores are `scores` (content order), at `level`.
fn person(id: u64, level: Option<Level>, scores: [u8; 8]) -> Entry {
    Entry {
        id: Identity { hash: id, copy: 0 },
        day: Some(20_500),
        label: None,
        assessment: Some(Figures {
            model: MODEL,
            level,
            levels: [50, 50, 50],
            qualities: scores.iter().map(|s| Some(*s)).collect(),
            colleagues: 0,
            careless: false,
        }),
        walk: None,
        answers: Some(id ^ 0xfeed),
        sealed: false,
    }
}

/// A walk of the dealership template with these ratings.
fn walker(id: u64, ratings: &[i8]) -> Entry {
    Entry {
        id: Identity { hash: id, copy: 0 },
        day: Some(20_500),
        label: None,
        assessment: None,
        walk: Some(WalkFigures {
            journey: JourneyKey::Template("car_dealership".into()),
            marks: ratings.iter().map(|r| Mark { rating: Some(*r), ..Mark::default() }).collect(),
        }),
        answers: Some(id ^ 0xbeef),
        sealed: false,
    }
}

/// Everyone strong but in reliability (2) and respect (5); reliability the lowest.
fn weak_in_reliability(from: u64, n: u64) -> Vec<Entry> {
    (from..from + n).map(|i| person(i, Some(Level::Regulated), [90, 80, 40, 85, 90, 60, 88, 92])).collect()
}

fn dealership() -> &'static service_ladder::walk::journey::Journey {
    content().journeys.iter().find(|j| j.id == "car_dealership").expect("the dealership template")
}

#[test]
fn the_focus_is_the_most_common_growth_quality_and_the_weakest_touchpoint_with_its_principle() {
    let c = content();
    let tps = dealership().touchpoints.len();
    // Six people weak in reliability; two weak in positivity (7) only.
    let mut entries = weak_in_reliability(1, 6);
    entries.extend((10..12).map(|i| person(i, Some(Level::Cultural), [90, 90, 90, 90, 90, 90, 90, 30])));
    // Six walks: the third touchpoint rated −1 by four, the rest +1.
    for i in 0..6u64 {
        let mut r = vec![1i8; tps];
        r[2] = if i < 4 { -1 } else { 0 };
        entries.push(walker(100 + i, &r));
    }
    let s = suggest(c, &entries, Some(MODEL), 5);
    let g = s.growth.clone().expect("a growth quality");
    assert_eq!((c.assessment.qualities[g.quality].id.as_str(), g.people, g.of), ("reliability", 6, 8));
    assert_eq!(g.share(), 75);
    assert_eq!(g.median, Some(40));
    let w = s.weakest.clone().expect("a weakest touchpoint");
    assert_eq!((w.journey.clone(), w.touchpoint, w.balance), (JourneyKey::Template("car_dealership".into()), 2, -67));
    assert_eq!(w.counts.disappointment, 4);
    assert_eq!(s.none, None);
    // The seed's principle behind the quality is the content's own.
    assert!(c.concepts.principles_for_quality(g.quality).next().is_some());

    let focus = Focus::of(&s, "  Anna\u{200B}  Petrova\u{7} ", Some(20_530)).expect("a focus");
    assert_eq!(focus.owner, "Anna Petrova");
    assert_eq!(focus.quality, Some(g.quality));
    assert_eq!(focus.touchpoint, Some((JourneyKey::Template("car_dealership".into()), 2)));
}

#[test]
fn ties_go_to_the_lower_median_then_content_order() {
    let c = content();
    // Five weak in client_first (0) at 50, five weak in resourcefulness (1) at 40.
    let mut entries: Vec<Entry> = (0..5).map(|i| person(i, None, [50, 90, 90, 90, 90, 90, 90, 90])).collect();
    entries.extend((5..10).map(|i| person(i, None, [90, 40, 90, 90, 90, 90, 90, 90])));
    let g = suggest(c, &entries, Some(MODEL), 5).growth.expect("growth");
    assert_eq!(c.assessment.qualities[g.quality].id, "resourcefulness");
}

#[test]
fn below_the_threshold_no_focus_is_suggested_and_the_reason_is_given() {
    let c = content();
    let few = weak_in_reliability(1, 4);
    let s = suggest(c, &few, Some(MODEL), 5);
    assert_eq!((s.growth.clone(), s.weakest.clone()), (None, None));
    assert_eq!(s.none, Some(NoFocus::Below(Below { people: 4, threshold: 5 })));
    assert_eq!(Focus::of(&s, "x", None), None);
    // Enough people, but a touchpoint rated by fewer than the threshold
    // gives no touchpoint: its balance would be those few ratings.
    let mut entries = weak_in_reliability(1, 5);
    entries.extend((0..4).map(|i| walker(100 + i, &[-1, -1])));
    let s = suggest(c, &entries, Some(MODEL), 5);
    assert!(s.growth.is_some());
    assert_eq!(s.weakest, None);
    // Everyone at 75 or above everywhere, no walks: nothing to grow.
    let strong: Vec<Entry> = (0..6).map(|i| person(i, None, [80; 8])).collect();
    assert_eq!(suggest(c, &strong, Some(MODEL), 5).none, Some(NoFocus::Nothing));
}

#[test]
fn an_owner_is_cleaned_like_other_typed_text() {
    assert_eq!(clean_owner("\u{202E}Ivan\tIvanov\n"), "Ivan Ivanov");
    assert_eq!(clean_owner(&"я".repeat(300)).chars().count(), 100);
}

#[test]
fn the_focus_is_kept_with_the_collection_in_the_document_and_the_team_file() {
    let c = content();
    let mut entries = weak_in_reliability(1, 6);
    entries.extend((0..6).map(|i| walker(100 + i, &[1, -1, 0])));
    let mut col = Collection::new("March", 20_500, 7);
    col.add_all(entries.clone());
    let s = suggest(c, col.entries(), Some(MODEL), 5);
    col.set_focus(Focus::of(&s, "Team lead", Some(20_531)));
    let record = TeamRecord::of("team-f1", &col);
    // Through the saved document.
    let doc = json!({ "schema": saved::SCHEMA, "teams": [record.write()] });
    let Loaded::Restored { saved, .. } = saved::decode(Some(&doc.to_string())) else { panic!("restored") };
    let back = saved.teams[0].collection();
    assert_eq!(back.focus(), col.focus());
    assert_eq!(back.focus().map(|f| f.owner.as_str()), Some("Team lead"));
    // Through the team file: version 2 when it carries a focus, 1 without.
    let file = stored::file(&record);
    assert!(file.starts_with("{\"kind\":\"service-ladder-team\",\"version\":2,"), "{file}");
    assert_eq!(stored::read_file(&file).map(|r| r.collection().focus().cloned()), Ok(col.focus().cloned()));
    let plain = TeamRecord { focus: None, ..record.clone() };
    assert!(stored::file(&plain).starts_with("{\"kind\":\"service-ladder-team\",\"version\":1,"));
    // A version 1 file, made before the focus, still reads.
    let old = stored::file(&plain);
    assert_eq!(stored::read_file(&old).map(|r| r.focus), Ok(None));
    // A newer file is refused with its number.
    let newer = old.replacen("\"version\":1", "\"version\":3", 1);
    assert_eq!(stored::read_file(&newer), Err(stored::FileError::Newer(3)));
    // A damaged focus is reported with its path.
    let mut bad = record.write();
    bad["focus"]["touchpoint"] = json!(99);
    let doc = json!({ "schema": saved::SCHEMA, "teams": [bad] });
    assert!(
        matches!(saved::decode(Some(&doc.to_string())), Loaded::Unreadable { reason } if reason.contains("teams[0](team-f1).focus.touchpoint"))
    );
}

#[test]
fn a_schema_5_document_with_kept_collections_is_migrated_without_a_focus() {
    let mut col = Collection::new("Old", 20_400, 7);
    col.add_all(weak_in_reliability(1, 5));
    let mut record = TeamRecord::of("team-old", &col).write();
    record.as_object_mut().map(|o| o.remove("focus"));
    let doc = json!({ "schema": 5, "rev": 3, "teams": [record] });
    match saved::decode(Some(&doc.to_string())) {
        Loaded::Restored { saved, from } => {
            assert_eq!((from, saved.schema, saved.teams.len()), (5, 6, 1));
            assert_eq!(saved.teams[0].focus, None);
            assert_eq!(saved.teams[0].people.len(), 5);
        }
        other => panic!("{other:?}"),
    }
    // A tab of schema 5 meets a document of schema 6 as newer and leaves it alone.
    assert_eq!(saved::SCHEMA, 6);
}

#[test]
fn the_next_collection_shows_whether_the_focus_moved() {
    let c = content();
    let tps = dealership().touchpoints.len();
    let mut then = weak_in_reliability(1, 6);
    for i in 0..6u64 {
        let mut r = vec![1i8; tps];
        r[2] = -1;
        then.push(walker(100 + i, &r));
    }
    let focus = Focus::of(&suggest(c, &then, Some(MODEL), 5), "", None).expect("focus");
    // A month on: other people (all differ), reliability grown in four of six.
    let mut now: Vec<Entry> = (200..204).map(|i| person(i, None, [90, 80, 80, 85, 90, 70, 88, 92])).collect();
    now.extend(weak_in_reliability(210, 2));
    for i in 0..6u64 {
        let mut r = vec![1i8; tps];
        r[2] = if i < 3 { 0 } else { 1 };
        now.push(walker(300 + i, &r));
    }
    let m = moved(c, &focus, &then, &now, 5);
    assert_eq!(m.suppressed, None);
    let share = m.share.expect("share");
    assert_eq!((share.before, share.after, share.trend()), (100, 33, Arrow::Down));
    let median = m.median.expect("median");
    assert_eq!((median.before, median.trend()), (40, Arrow::Up));
    let b = m.balance.expect("balance");
    assert_eq!((b.before, b.after, b.trend()), (-100, 50, Arrow::Up));

    // The same people less one: the subtraction rule holds it all back.
    let less_one: Vec<Entry> = then.iter().skip(1).cloned().collect();
    let m = moved(c, &focus, &then, &less_one, 5);
    assert!(matches!(m.suppressed, Some(Suppressed::FewDiffer(Below { people: 1, threshold: 5 }))));
    assert_eq!((m.share, m.median, m.balance), (None, None, None));
}

#[test]
fn the_trend_has_a_column_per_collection_and_suppresses_steps_that_would_give_people_away() {
    let c = content();
    let a = weak_in_reliability(1, 6);
    let mut b: Vec<Entry> =
        (20..26).map(|i| person(i, Some(Level::Cultural), [90, 80, 70, 85, 90, 60, 88, 92])).collect();
    b.push(person(26, None, [90, 80, 70, 85, 90, 60, 88, 92]));
    let cc: Vec<Entry> = (40..46).map(|i| person(i, Some(Level::Spontaneous), [50; 8])).collect();
    let t = trend(c, &[&a, &b, &cc], 5);
    assert_eq!(t.columns.len(), 3);
    assert_eq!(t.steps.len(), 2);
    assert!(t.columns.iter().all(|col| col.hidden.is_none()));
    // Each column's shares, "between levels" included, add up to 100.
    for col in &t.columns {
        assert_eq!(col.shares.iter().sum::<u32>(), 100, "{:?}", col.shares);
    }
    assert_eq!(t.columns[1].shares, [0, 0, 86, 14]);
    assert_eq!(t.columns[0].qualities[2], Some(40));
    assert_eq!(t.columns[1].qualities[2], Some(70));
    let step = t.steps[0].change.as_ref().expect("a step");
    assert_eq!(step.qualities[2].map(|ch| ch.trend()), Some(Arrow::Up));
    assert_eq!(step.level_trend(), Some(Arrow::Up));
    assert_eq!(t.steps[1].change.as_ref().and_then(|s| s.level_trend()), Some(Arrow::Down));

    // A fourth collection: the first less one person. Against the first,
    // fewer than the threshold differ, so it is held back with the reason,
    // and so is the step into it.
    let d: Vec<Entry> = a.iter().skip(1).cloned().collect();
    let mut d6 = d.clone();
    d6.push(person(99, None, [10; 8]));
    let t = trend(c, &[&a, &b, &cc, &d6], 5);
    let last = t.columns.last().expect("a column");
    assert!(matches!(last.hidden, Some(Suppressed::FewDiffer(Below { people: 2, threshold: 5 }))), "{:?}", last.hidden);
    assert!(last.qualities.is_empty());
    assert!(matches!(t.steps[2].suppressed, Some(Suppressed::FewDiffer(_))));
    assert_eq!(t.steps[2].change, None);
    // A collection under the threshold shows nothing either.
    let t = trend(c, &[&a, &d[..3], &cc], 5);
    assert!(matches!(t.columns[1].hidden, Some(Suppressed::SmallSide(Below { people: 3, threshold: 5 }))));
    assert!(t.steps[0].suppressed.is_some() && t.steps[1].suppressed.is_some());
}

#[test]
fn a_focus_set_in_one_tab_and_results_added_in_another_both_stay() {
    use service_ladder::document::merge::{Prefer, merge};
    use service_ladder::document::saved::Saved;
    let c = content();
    let mut col = Collection::new("March", 20_500, 7);
    col.add_all(weak_in_reliability(1, 6));
    let base = Saved { teams: vec![TeamRecord::of("team-m", &col)], ..Saved::new() };
    // This tab sets the focus…
    let mut mine_col = col.clone();
    mine_col.set_focus(Focus::of(&suggest(c, col.entries(), Some(MODEL), 5), "Lead", None));
    let mine = Saved { teams: vec![TeamRecord::of("team-m", &mine_col)], ..Saved::new() };
    // …another adds a person.
    let mut theirs_col = col.clone();
    theirs_col.add_all(weak_in_reliability(50, 1));
    let theirs = Saved { teams: vec![TeamRecord::of("team-m", &theirs_col)], ..Saved::new() };
    let merged = merge(&base, &mine, &theirs, Prefer::Mine);
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let t = &merged.doc.teams[0];
    assert_eq!(t.people.len(), 7);
    assert_eq!(t.focus.as_ref().map(|f| f.owner.as_str()), Some("Lead"));
}
