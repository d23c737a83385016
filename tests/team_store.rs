//! The team view's kept collections and what leaves the manager's browser:
//! collections in the saved document and as one file (round trips, every
//! problem with its path), merged with another tab's copy by collection id;
//! the configuration's group threshold; the link the completed events
//! carry; every row as CSV; slide-sized SVG. And the fixture the browser
//! tests paste (`tests/fixtures/team-e2e.json`), kept in step with the
//! content: `UPDATE_FIXTURES=1 cargo test --test team_store` rewrites it.

use serde_json::{Value, json};
use service_ladder::check::scoring;
use service_ladder::codec::model::{Model, read_as};
use service_ladder::codec::reader::Reader;
use service_ladder::content::Level;
use service_ladder::document::history::{AssessmentRecord, WalkRecord};
use service_ladder::document::merge::{Conflict, Prefer, merge};
use service_ladder::document::saved::{self, Loaded, Saved};
use service_ladder::document::share::{self, Shared};
use service_ladder::embed::config;
use service_ladder::embed::events;
use service_ladder::team::collection::Collection;
use service_ladder::team::entry::{Entry, Identity};
use service_ladder::team::intake::{At, Intake, Origin, Verdict};
use service_ladder::team::overview::overview;
use service_ladder::team::stored::{self, FileError, Person, TeamRecord};
use service_ladder::team::{sheet, slides, walks};
use service_ladder::text::lang::Text;
use service_ladder::text::language_file::native;
use service_ladder::walk::journey::Journey;
use service_ladder::walk::record::Walk;

mod people;
use people::*;

fn walk(j: &Journey, ratings: &[Option<i8>], ticks: &[&[&str]]) -> Walk {
    let mut w = Walk::new(&j.id);
    for (i, t) in j.touchpoints.iter().enumerate() {
        let rating = ratings.get(i).copied().flatten();
        let seen = ticks.get(i).copied().unwrap_or(&[]);
        if rating.is_none() && seen.is_empty() {
            continue;
        }
        let a = w.audit_mut(&t.id);
        a.rating = rating;
        a.ticks.extend(seen.iter().map(|s| s.to_string()));
    }
    w
}

fn walk_link(j: &Journey, w: &Walk, label: &str, day: u16) -> String {
    let mut s = Shared::build(content(), None, Some((j, w)), false, "ru");
    s.label = Some(label.into());
    s.day = Some(day);
    share::link(PAGE, &s, fp()).0
}

fn entries_of(text: &str) -> Vec<Entry> {
    let mut i = Intake::new(content(), []);
    i.add(Origin::Pasted, text.to_string());
    i.run();
    i.into_entries()
}

/// Self-assessments and walks, of a template and of someone's own journey.
/// Every entry three times (as copies a manager counted anyway), so that
/// every group reaches the threshold of 3 and keeps its label in a per-row
/// export (issue 20: rows of smaller groups carry none).
fn thrice(e: Vec<Entry>) -> Vec<Entry> {
    (0..3u16)
        .flat_map(|k| {
            e.iter().cloned().map(move |mut x| {
                x.id.copy = k;
                x
            })
        })
        .collect()
}

fn mixed_entries() -> Vec<Entry> {
    let c = content();
    let car = &c.journeys[0];
    let mut mine = Journey::blank("my-2".into(), Text::same("Возврат товара"), Text::same("Звонок"));
    mine.add_touchpoint(None, Text::same("Склад"));
    let text = [
        link(Kind::Regulated, 0, Some("Продажи"), DAY),
        link(Kind::Cultural, 1, Some("Сервис"), DAY + 1),
        link(Kind::Spontaneous, 2, None, DAY + 2),
        walk_link(car, &walk(car, &[Some(1), Some(-1), Some(0)], &[&[], &["redirecting"], &[]]), "Продажи", DAY),
        walk_link(&mine, &walk(&mine, &[Some(-1), Some(1)], &[]), "Склад", DAY),
    ]
    .join("\n");
    let e = entries_of(&text);
    assert_eq!(e.len(), 5);
    e
}

fn collection(name: &str, entries: Vec<Entry>) -> Collection {
    let mut col = Collection::new(name, DAY, fp());
    col.add_all(entries);
    col
}

#[test]
fn a_kept_collection_round_trips_through_the_saved_document() {
    let mut col = collection("Продажи, март", mixed_entries());
    col.set_threshold(4);
    // A result counted anyway keeps its copy number.
    let again = col.entries()[0].clone();
    col.add_anyway(again);
    let record = TeamRecord::of("team-a1", &col);
    assert_eq!(record.people[5].id, format!("{}-1", record.people[0].id));

    let mut doc = Saved::new();
    doc.teams.push(record.clone());
    let text = doc.encode();
    let Loaded::Restored { saved: back, .. } = saved::decode(Some(&text)) else { panic!("reads back") };
    assert_eq!(back, doc);
    assert_eq!(back.teams[0].collection(), col);
    // Empty, it is not written at all: documents without collections stay as they were.
    assert!(!Saved::new().encode().contains("teams"));
    // And through an export of everything.
    let service_ladder::document::export::Import::Everything(imported) =
        service_ladder::document::export::import(&service_ladder::document::export::everything(&doc), content())
            .expect("imports")
    else {
        panic!("a whole document")
    };
    assert_eq!(imported.teams, doc.teams);
}

fn problems_of(doc: Value) -> Vec<String> {
    match read_as::<Saved>(Reader::lenient(), &doc) {
        Ok(_) => Vec::new(),
        Err(p) => p.iter().map(|p| p.to_string()).collect(),
    }
}

#[test]
fn a_stored_collection_is_read_with_every_problem_and_its_path() {
    let record = TeamRecord::of("team-a1", &collection("Март", mixed_entries()));
    let mut v = json!({ "schema": saved::SCHEMA, "teams": [record.write()] });
    let first = record.people[0].id.clone();
    let walker = record.people[3].id.clone();
    let t = &mut v["teams"][0];
    t["threshold"] = json!(1);
    t["people"][0]["assessment"]["levels"][2] = json!(101);
    t["people"][0]["assessment"]["level"] = json!("heroic");
    t["people"][1]["id"] = json!("not-a-hash");
    t["people"][2]["id"] = json!(first);
    t["people"][3]["walk"]["marks"][1]["rating"] = json!(2);
    t["people"][4]["walk"]["marks"] = json!([{ "rating": 1 }]);
    t["people"][4]["colour"] = json!("red");
    let problems = problems_of(v);
    let p4 = record.people[4].id.clone();
    assert_eq!(
        problems,
        [
            "teams[0](team-a1).threshold: 1 is out of range (2 to 1000)".to_string(),
            format!(
                "teams[0](team-a1).people[0]({first}).assessment.level: unknown level \"heroic\" (use spontaneous, regulated or cultural)"
            ),
            format!("teams[0](team-a1).people[0]({first}).assessment.levels[2]: 101 is out of range (0 to 100)"),
            "teams[0](team-a1).people[1](not-a-hash).id: expected 16 hexadecimal digits (then -n for a copy)".into(),
            format!("teams[0](team-a1).people[3]({walker}).walk.marks[1].rating: 2 is out of range (-1 to 1)"),
            format!("teams[0](team-a1).people[4]({p4}).walk.marks: 1 marks for 2 touchpoints"),
            format!(
                "teams[0](team-a1).people[4]({p4}).colour: unknown field (expected one of: id, day, label, assessment, walk, answers, sealed)"
            ),
        ],
    );
    // Rules across fields are checked once the fields read.
    let mut v = json!({ "schema": saved::SCHEMA, "teams": [record.write()] });
    let t = &mut v["teams"][0];
    t["people"][3]["walk"]["marks"][1]["failed"] = json!(3);
    t["people"][1].as_object_mut().unwrap().remove("assessment");
    let second = record.people[1].id.clone();
    assert_eq!(
        problems_of(v),
        [
            format!("teams[0](team-a1).people[1]({second}): holds neither a self-assessment nor a walk"),
            format!("teams[0](team-a1).people[3]({walker}).walk.marks[1].failed: 3 failed of 0 answered"),
        ]
    );
    let mut v = json!({ "schema": saved::SCHEMA, "teams": [record.write()] });
    v["teams"][0]["people"][2]["id"] = json!(first);
    assert_eq!(problems_of(v), [format!("teams[0](team-a1).people[2]({first}): the same result twice")]);
    assert!(stored::parse_identity(&first).is_some());
    let _ = json!(TeamRecord::of("team-b", &collection("Б", Vec::new())).write());
    // A stored document with such a collection is unreadable as a whole
    // (and so set aside, never half-used), like any other stored problem.
    let mut bad = json!({ "schema": saved::SCHEMA, "teams": [record.write(), record.write()] });
    assert!(
        matches!(saved::decode(Some(&bad.to_string())), Loaded::Unreadable { reason } if reason.contains("id \"team-a1\" is used more than once"))
    );
    bad["teams"] = json!([]);
    assert!(matches!(saved::decode(Some(&bad.to_string())), Loaded::Restored { .. }));
}

#[test]
fn a_collection_travels_as_one_file() {
    let record = TeamRecord::of("team-a1", &collection("<b>Продажи</b> \u{202E}март", mixed_entries()));
    assert_eq!(record.name, "<b>Продажи</b> март", "names are cleaned, then shown as text");
    let text = stored::file(&record);
    assert!(stored::is_team_file(&text));
    assert_eq!(stored::read_file(&text), Ok(record.clone()));
    assert_eq!(stored::read_file(&format!("\u{FEFF}{text}")), Ok(record.clone()));

    let newer = text.replacen("\"version\":1", "\"version\":7", 1);
    assert_eq!(stored::read_file(&newer), Err(FileError::Newer(7)));
    let Err(FileError::Unreadable(why)) = stored::read_file(&text.replacen("\"day\":20500", "\"day\":-1", 1)) else {
        panic!("a damaged file is refused")
    };
    assert_eq!(why, "collection(team-a1).day: -1 is out of range (0 to 65535)");
    let cut = text.trim_end_matches('}');
    assert!(matches!(stored::read_file(cut), Err(FileError::Unreadable(w)) if w.starts_with("not valid JSON")));
    let other = text.replacen(stored::FILE_KIND, "something-else", 1);
    assert!(!stored::is_team_file(&other));
    assert!(
        matches!(stored::read_file(&other), Err(FileError::Unreadable(w)) if w.contains("kind: expected \"service-ladder-team\""))
    );
    // An export of everything or a result link is not a team file: the team
    // screen reads those as results.
    assert!(!stored::is_team_file(&service_ladder::document::export::everything(&Saved::new())));
    assert!(!stored::is_team_file(&link(Kind::Regulated, 0, None, DAY)));
    for e in [FileError::TooBig, FileError::Newer(2), FileError::Unreadable("x".into())] {
        let (ru, en) = (e.words(native("ru")), e.words(native("en")));
        assert!(ru.ends_with('.') && en.ends_with('.'), "{ru} / {en}");
    }
}

#[test]
fn collections_merge_with_another_tab_by_id() {
    let e = mixed_entries();
    let base_col = collection("Март", e[..2].to_vec());
    let mut base = Saved::new();
    base.teams.push(TeamRecord::of("team-a", &base_col));
    base.teams.push(TeamRecord::of("team-b", &collection("Апрель", e[2..3].to_vec())));

    // Here: a result added to "a", "b" deleted. There: another result added
    // to "a", a first one removed from it, and a new collection "c".
    let mut mine = base.clone();
    mine.teams[0].people.push(Person::of(&e[3]));
    mine.teams.remove(1);
    let mut theirs = base.clone();
    theirs.teams[0].people.push(Person::of(&e[4]));
    theirs.teams[0].people.remove(0);
    theirs.teams.push(TeamRecord::of("team-c", &collection("Май", e[..1].to_vec())));
    let m = merge(&base, &mine, &theirs, Prefer::Mine);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let ids: Vec<&str> = m.doc.teams.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["team-a", "team-c"]);
    let people: Vec<Identity> = m.doc.teams[0].collection().ids().collect();
    assert_eq!(people, [e[1].id, e[4].id, e[3].id]);

    // Renamed differently in both: the person chooses; the people still join.
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    mine.teams[0].name = "Март (до)".into();
    theirs.teams[0].name = "Март, тренинг".into();
    theirs.teams[0].people.push(Person::of(&e[3]));
    let m = merge(&base, &mine, &theirs, Prefer::Theirs);
    assert_eq!(m.conflicts, [Conflict::Team("team-a".into())]);
    assert_eq!(m.doc.teams[0].name, "Март, тренинг");
    assert_eq!(m.doc.teams[0].people.len(), 3);
    assert_eq!(merge(&base, &mine, &theirs, Prefer::Mine).doc.teams[0].name, "Март (до)");

    // Deleted here, changed there: a conflict, resolved as the person prefers.
    let mut mine = base.clone();
    mine.teams.remove(0);
    let mut theirs = base.clone();
    theirs.teams[0].people.push(Person::of(&e[3]));
    let m = merge(&base, &mine, &theirs, Prefer::Mine);
    assert_eq!(m.conflicts, [Conflict::Team("team-a".into())]);
    assert_eq!(m.doc.teams.len(), 1);
    assert_eq!(merge(&base, &mine, &theirs, Prefer::Theirs).doc.teams.len(), 2);

    // The same new id made in two tabs at once: both sides' people are kept.
    let (mut mine, mut theirs) = (Saved::new(), Saved::new());
    mine.teams.push(TeamRecord::of("team-x", &collection("X", e[..1].to_vec())));
    theirs.teams.push(TeamRecord::of("team-x", &collection("X", e[1..2].to_vec())));
    let m = merge(&Saved::new(), &mine, &theirs, Prefer::Mine);
    assert!(m.conflicts.is_empty());
    assert_eq!(m.doc.teams[0].people.len(), 2);
}

#[test]
fn the_configuration_sets_the_group_threshold() {
    let c = content();
    let read = |t: &str| config::read(t, c);
    assert_eq!(read("{}").unwrap().config.team_threshold(), 5);
    let five = read(r#"{"team_threshold": 5}"#).unwrap().config;
    assert_eq!(five.team_threshold(), 5);
    assert_eq!(config::to_json(&five, c), json!({ "team_threshold": 5 }));
    let problems = |t: &str| read(t).unwrap_err().iter().map(|p| p.to_string()).collect::<Vec<_>>();
    assert_eq!(
        problems(r#"{"team_threshold": 1}"#),
        [
            "team_threshold: 1 is out of range: 3 to 10 people (fewer than 3 would let colleagues tell one person's answers)"
        ]
    );
    assert_eq!(
        problems(r#"{"team_threshold": 11}"#),
        [
            "team_threshold: 11 is out of range: 3 to 10 people (fewer than 3 would let colleagues tell one person's answers)"
        ]
    );
    assert_eq!(problems(r#"{"team_threshold": "3"}"#), ["team_threshold: expected a whole number, found text"]);
}

#[test]
fn the_completed_events_carry_the_share_link() {
    let c = content();
    let a = answers(Kind::Regulated, 0);
    let r = AssessmentRecord::new(&c.assessment, None, &a, "2026-03-01T10:00:00Z".into(), Some("Sales".into()));
    let l = link(Kind::Regulated, 0, Some("Sales"), DAY);
    let detail = events::assessment(c, &r, &l);
    assert_eq!(detail["link"], json!(l));
    assert_eq!(detail["label"], json!("Sales"));
    // What a collector stores comes back into the team view.
    assert_eq!(entries_of(detail["link"].as_str().unwrap()).len(), 1);

    let car = &c.journeys[0];
    let w = walk(car, &[Some(1), Some(-1)], &[]);
    let record = WalkRecord::new(car, &w, &c.ladder, "2026-03-01T10:00:00Z".into(), None);
    let wl = walk_link(car, &w, "Sales", DAY);
    let detail = events::walkthrough(&record, &w, &c.ladder, &wl);
    assert_eq!(detail["link"], json!(wl));
    assert_eq!(detail["balance"], json!(0));
}

/// A small RFC 4180 reader, to prove the CSV parses back.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote");
    rows
}

#[test]
fn every_row_as_csv_parses_back_and_is_safe_in_a_spreadsheet() {
    let c = content();
    let mut e = mixed_entries();
    e[0].label = Some("=HYPERLINK(\"http://x\",\"a, b\")".into());
    e[1].label = Some("Сервис\nночь".into());
    let e = thrice(e);
    for lang in [native("en"), native("ru")] {
        let text = sheet::csv(c, &e, 3, lang);
        assert!(text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\r'));
        let rows = parse_csv(&text);
        assert_eq!(rows.len(), 1 + e.len());
        let width = rows[0].len();
        // One rating column per touchpoint of the longest walk (the car's five).
        let touchpoints = c.journeys[0].touchpoints.len();
        assert_eq!(width, 5 + 3 + c.assessment.qualities.len() + 6 + touchpoints);
        assert!(rows.iter().all(|r| r.len() == width), "every row is as wide as the header");
        // No live formula: what starts with a sign is a number (`-1`), never text.
        assert!(
            rows.iter().flatten().all(|f| is_number(f) || !f.starts_with(['=', '+', '-', '@', '\t', '\r'])),
            "{rows:?}"
        );
        assert_eq!(rows[1][1], "'=HYPERLINK(\"http://x\",\"a, b\")");
        assert_eq!(rows[2][1], "Сервис\nночь");
        assert_eq!(rows[1][2], "2026-02-16");
        let walk_row = &rows[4];
        let walk_at = width - 6 - touchpoints;
        assert_eq!(walk_row[walk_at], c.journeys[0].name.get(lang));
        // 1 × +1, 1 × 0, 1 × −1 of 3 rated: balance 0; the ratings as
        // numbers (they were one text cell, "'+1 −1 0 · ·", which a
        // spreadsheet could not count), the unrated empty.
        assert_eq!(walk_row[walk_at + 1..walk_at + 6], ["0", "1", "1", "1", "2"]);
        assert_eq!(walk_row[walk_at + 6..], ["1", "-1", "0", "", ""]);
        assert_eq!(rows[5][walk_at], "Возврат товара");
        assert_eq!(rows[5][walk_at + 6..], ["-1", "1", "", "", ""]);
    }
    let en = parse_csv(&sheet::csv(c, &e, 3, native("en")));
    assert_eq!(en[0][..5], ["#", "Group", "Date", "Model version", "Level"]);
    assert_eq!(en[0].last().map(String::as_str), Some("Touchpoint 5"));
    assert_eq!(en[3][4], "Spontaneous".to_string().replace("Spontaneous", c.assessment.levels[0].name.for_code("en")));
}

/// Whether a cell is a plain ASCII whole number, as a spreadsheet reads one.
fn is_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

#[test]
fn every_row_as_csv_has_numbers_where_numbers_are_and_guards_text_by_one_rule() {
    let c = content();
    let car = &c.journeys[0];
    let mut e = mixed_entries();
    // A walk with more disappointments than wows: a negative balance.
    e.extend(entries_of(&walk_link(car, &walk(car, &[Some(-1), Some(-1), Some(0), Some(1)], &[]), "-Склад", DAY)));
    e[0].label = Some("+7 999".into());
    let e = thrice(e);
    for lang in [native("en"), native("ru")] {
        let rows = parse_csv(&sheet::csv(c, &e, 3, lang));
        let header = &rows[0];
        let col = |en: &str, ru: &str| {
            let name = if lang.code() == "en" { en } else { ru };
            header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}: {header:?}"))
        };
        let balance = col("Balance index", "Индекс баланса");
        let negative = &rows[6];
        // (1 − 2) / 4 rated → −25, written as a number a spreadsheet sums.
        assert_eq!(negative[balance], "-25");
        assert_eq!(negative[balance + 5..balance + 9], ["-1", "-1", "0", "1"]);
        // Numbers where numbers are: #, the model, the level strengths and
        // quality scores, the balance, the counts and the ratings.
        let numeric: Vec<usize> =
            [0, 3].into_iter().chain(5..5 + 3 + c.assessment.qualities.len()).chain(balance..header.len()).collect();
        for row in &rows[1..] {
            for &i in &numeric {
                assert!(
                    row[i].is_empty() || is_number(&row[i]),
                    "column {:?}: {:?} is not a number",
                    header[i],
                    row[i]
                );
            }
            // Text by one rule: a `'` before exactly the text a spreadsheet
            // would run, nowhere else; no true minus signs in any cell.
            for (i, cell) in row.iter().enumerate().filter(|(i, _)| !numeric.contains(i)) {
                let risky = |s: &str| s.starts_with(['=', '+', '-', '@', '\t', '\r', '\0']);
                assert!(!risky(cell), "column {:?}: live formula {cell:?}", header[i]);
                if let Some(rest) = cell.strip_prefix('\'') {
                    assert!(risky(rest), "column {:?}: {cell:?} guarded without need", header[i]);
                }
            }
            assert!(row.iter().all(|cell| !cell.contains('−')), "{row:?}");
        }
        assert_eq!(rows[1][1], "'+7 999");
        assert_eq!(negative[1], "'-Склад");
    }
}

#[test]
fn slides_are_standalone_svg_with_what_people_typed_as_text() {
    let c = content();
    let mut e = mixed_entries();
    e[3].label = Some("<script>alert(1)</script>".into());
    let o = overview(c, &e, 3);
    for lang in [native("en"), native("ru")] {
        let svg = slides::distribution(c, &o.level, "Q1 <b>&</b> \"team\"", "2026-03-01", lang);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1280\" height=\"720\""));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains("Q1 &lt;b&gt;&amp;&lt;/b&gt; &quot;team&quot;"));
        assert!(!svg.contains("<b>"));
        assert!(!svg.contains("style="), "attributes only: a file has no stylesheet");
        // Journeys walked fewer times than the threshold are not drawn on
        // the screen; the slide's escaping is what is checked here.
        let key = walks::journeys(&e)[0].key.clone();
        let v = walks::journey(c, &e, &key).expect("walked");
        let heat = slides::heatmap(c, &v, "<img src=x onerror=alert(1)>", "2026-03-01", lang);
        assert!(heat.contains("&lt;img src=x onerror=alert(1)&gt;") && !heat.contains("<img"));
        assert_eq!(heat.matches(&format!("fill=\"{}\"", slides::BAD)).count(), 2, "one −1 cell and its legend");
        assert!(heat.ends_with("</svg>"));
    }
    // Balanced tags: every element opened is closed (the files open in any SVG viewer).
    let svg = slides::distribution(c, &o.level, "T", "2026-03-01", native("en"));
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
}

// ---------- the fixture the browser tests paste ----------

/// Twenty mentions in a chat (three damaged, one sent twice), walks, and
/// what the team view must make of them.
fn e2e_fixture() -> Value {
    let c = content();
    let people: Vec<(Kind, &str)> = vec![
        (Kind::Regulated, "Продажи"),
        (Kind::Regulated, "Продажи"),
        (Kind::Regulated, "Продажи"),
        (Kind::Regulated, "Сервис"),
        (Kind::Regulated, "Сервис"),
        (Kind::Regulated, "Сервис"),
        (Kind::Regulated, "Кредит"),
        (Kind::Regulated, "Кредит"),
        (Kind::Cultural, "Продажи"),
        (Kind::Cultural, "Сервис"),
        (Kind::Cultural, "Кредит"),
        (Kind::Cultural, "Склад"),
        (Kind::Cultural, "Склад"),
        (Kind::Spontaneous, "Продажи"),
        (Kind::Spontaneous, "Сервис"),
        (Kind::Spontaneous, "Касса"),
    ];
    let links: Vec<String> =
        people.iter().enumerate().map(|(i, (k, l))| link(*k, i, Some(l), DAY + i as u16)).collect();
    let spare: Vec<String> = (0..3).map(|i| link(Kind::Cultural, 100 + i, Some("Сервис"), DAY)).collect();
    let truncated = spare[0][..spare[0].len() - 7].to_string();
    let edited = {
        let mut b = spare[1].clone().into_bytes();
        let at = b.len() - 12;
        b[at] = if b[at] == b'A' { b'B' } else { b'A' };
        String::from_utf8(b).unwrap()
    };
    let gap = format!("{}{}", &spare[2][..spare[2].len() - 20], &spare[2][spare[2].len() - 16..]);
    let mut mentions = links.clone();
    mentions.insert(5, truncated);
    mentions.insert(9, edited);
    mentions.insert(13, gap);
    mentions.insert(17, links[2].clone());
    let decorations = [("[12.03.2026 09:14] Анна: вот моя ссылка ", ""), ("Борис: <", ">"), ("(", ")"), ("", "")];
    let chat: String = mentions
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let (before, after) = decorations[i % decorations.len()];
            format!("{before}{l}{after}\nкто-то печатает…\n")
        })
        .collect();

    let mut intake = Intake::new(c, []);
    intake.add(Origin::Pasted, chat.clone());
    intake.run();
    let refused: Vec<usize> = intake
        .outcomes()
        .iter()
        .filter_map(|o| match (&o.verdict, o.at) {
            (Verdict::Refused(_), At::Line(n)) => Some(n),
            _ => None,
        })
        .collect();
    let duplicate: Vec<usize> = intake
        .outcomes()
        .iter()
        .filter_map(|o| match (&o.verdict, o.at) {
            (Verdict::Duplicate { .. }, At::Line(n)) => Some(n),
            _ => None,
        })
        .collect();
    // At the default threshold, as the app without a configuration shows it.
    let o = overview(c, intake.entries(), service_ladder::team::threshold::DEFAULT_THRESHOLD);
    let level = o.level.level.expect("a level");
    let groups: Vec<Value> = o
        .groups
        .shown
        .iter()
        .map(|g| json!({ "name": g.name.words(native("en")), "people": g.people(), "at": g.counts.at }))
        .collect();

    let car = &c.journeys[0];
    let walks_text = [
        walk_link(
            car,
            &walk(car, &[Some(1), Some(-1), Some(0), Some(-1), Some(1)], &[&[], &["redirecting"], &[], &[], &[]]),
            "Продажи",
            DAY,
        ),
        walk_link(
            car,
            &walk(car, &[Some(1), Some(-1), Some(1), Some(0), None], &[&[], &["redirecting"]]),
            "Продажи",
            DAY,
        ),
        walk_link(car, &walk(car, &[Some(0), Some(-1), Some(-1), Some(1), Some(1)], &[]), "Сервис", DAY),
        // Five walks: fewer would be under the default privacy threshold.
        walk_link(car, &walk(car, &[Some(1), Some(-1), Some(0), Some(0), Some(1)], &[]), "Сервис", DAY),
        walk_link(car, &walk(car, &[Some(0), Some(0), Some(1), Some(-1), Some(1)], &[]), "Кредит", DAY),
    ]
    .join("\n");
    let we = entries_of(&walks_text);
    let key = walks::journeys(&we)[0].key.clone();
    let v = walks::journey(c, &we, &key).expect("walked");
    let grave = &v.gravediggers[0];

    // The committed export files, dropped on the team screen.
    let mut files = Intake::new(c, []);
    files.add(Origin::File("team-result.csv".into()), include_str!("fixtures/team-result.csv").into());
    files.add(Origin::File("team-export.json".into()), include_str!("fixtures/team-export.json").into());
    files.run();

    json!({
        "about": "Generated by tests/team_store.rs (UPDATE_FIXTURES=1 cargo test --test team_store); pasted by tests/e2e/team.test.mjs and tests/bench/team.mjs.",
        "chat": chat,
        "links": links,
        "expect": {
            "taken": intake.progress().taken,
            "duplicates": intake.progress().duplicates,
            "refused": intake.progress().refused,
            "refused_lines": refused,
            "duplicate_lines": duplicate,
            "at": o.level.counts.at,
            "level": { "en": c.assessment.levels[level.index()].name.for_code("en"), "ru": c.assessment.levels[level.index()].name.for_code("ru") },
            "confidence": o.level.confidence.id(),
            "groups": groups,
            "folded": o.groups.folded.len(),
        },
        "walks": walks_text,
        "walks_expect": {
            "journey": v.name.get(native("en")),
            "rows": v.heatmap.len(),
            "balance": v.balance,
            "gravedigger": { "en": v.columns[grave.touchpoint].name.for_code("en"), "walks": grave.walks },
            "weakest_handoff": v.weakest_handoff.as_ref().map(|h| v.columns[h.touchpoint].name.for_code("en").to_string()),
        },
        "files_expect": { "taken": files.progress().taken, "refused": files.progress().refused },
    })
}

#[test]
fn the_browser_tests_fixture_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/team-e2e.json");
    let fresh = serde_json::to_string_pretty(&e2e_fixture()).unwrap() + "\n";
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(path, &fresh).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == fresh,
        "tests/fixtures/team-e2e.json is out of date with the content: run UPDATE_FIXTURES=1 cargo test --test team_store"
    );
    let f: Value = serde_json::from_str(&committed).unwrap();
    assert_eq!(f["expect"]["taken"], json!(16));
    assert_eq!(f["expect"]["duplicates"], json!(1));
    assert_eq!(f["expect"]["refused"], json!(3));
    // Sales 5, service 5; credit (3), the warehouse (2) and the till (1)
    // are under the default threshold of 5 and folded into "other".
    assert_eq!(f["expect"]["folded"], json!(3));
    let scored = scoring::score(&content().assessment, &answers(Kind::Regulated, 0)).level;
    assert_eq!(scored, Level::Regulated);
}
