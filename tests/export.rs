//! Export and import: JSON gives back identical state, CSV is RFC 4180 and
//! defused against formulas (and parses back), Mermaid maps the ladder.

use service_ladder::check::scoring::Answers;
use service_ladder::content::Content;
use service_ladder::document::export::{self, Import, ImportError};
use service_ladder::document::history::{AssessmentRecord, Record, WalkRecord};
use service_ladder::document::saved::{Saved, Screen};
use service_ladder::document::share::{self, LinkError, Shared};
use service_ladder::text::lang::Text;
use service_ladder::text::language_file::native;
use service_ladder::walk::record::{CheckAnswer, Walk};

fn content() -> Content {
    Content::shipped().expect("shipped content loads")
}

/// A state with something of everything in it.
fn full_state(c: &Content) -> Saved {
    let mut s = Saved::new();
    s.prefs.lang = Some("ru".into());
    s.screen = Screen::Map;
    s.answers = c.assessment.items.iter().map(|i| (i.id.clone(), i.choices[0].id.clone())).collect();
    let mut j = c.journeys[0].copy_as("my-1".into());
    j.name = Text::same("Мой салон, \"главный\"");
    let mut w = Walk::new("my-1");
    let a = w.audit_mut(&j.touchpoints[1].id);
    a.rating = Some(-1);
    a.ticks.insert("redirecting".into());
    a.checks.insert("no_repeat".into(), CheckAnswer::No);
    a.note = "=HYPERLINK(\"http://evil\",\"click\"), and \"quotes\"\nsecond line".into();
    s.remember(Record::Assessment(AssessmentRecord::new(
        &c.assessment,
        None,
        &s.answers,
        "2026-11-20T09:00:00Z".into(),
        Some("Продажи".into()),
    )));
    s.remember(Record::Walkthrough(WalkRecord::new(&j, &w, &c.ladder, "2026-11-21T09:00:00Z".into(), None)));
    s.journeys.push(j);
    s.walk = Some(w);
    s
}

#[test]
fn everything_exported_imports_as_identical_state() {
    let c = content();
    let s = full_state(&c);
    let file = export::everything(&s);
    match export::import(&file, &c) {
        Ok(Import::Everything(back)) => assert_eq!(*back, s),
        other => panic!("{other:?}"),
    }
}

#[test]
fn one_result_imports_as_a_record() {
    let c = content();
    let s = full_state(&c);
    let file = export::one_result(&s.history[1]);
    assert_eq!(export::import(&file, &c), Ok(Import::Result(Box::new(s.history[1].clone()))));
}

#[test]
fn a_pasted_link_imports_as_a_shared_result() {
    let c = content();
    // The questions of one kind of work, as a person answers them.
    let role = &c.assessment.roles[1].id;
    let answers: Answers =
        c.assessment.for_role(role).items.iter().map(|i| (i.id.clone(), i.choices[1].id.clone())).collect();
    let shared = Shared::build(&c, Some(&answers), None, false, "en").in_role(&c, Some(role));
    let (url, _) = share::link("https://example.com/app/", &shared, share::fingerprint(&c));
    match export::import(&format!("  {url}\n"), &c) {
        Ok(Import::Link(o)) => assert_eq!((o.answers, o.role.as_ref()), (Some(answers), Some(role))),
        other => panic!("{other:?}"),
    }
    let broken = &url[..url.len() - 3];
    assert_eq!(export::import(broken, &c), Err(ImportError::Link(LinkError::Damaged)));
}

#[test]
fn anything_else_is_refused_with_a_reason() {
    let c = content();
    assert_eq!(export::import("hello", &c), Err(ImportError::NotOurs));
    assert_eq!(export::import("{\"name\": \"a package.json\"}", &c), Err(ImportError::NotOurs));
    assert!(matches!(export::import("{\"schema\": 2, \"answers\": ", &c), Err(ImportError::Unreadable(_))));
    assert!(matches!(export::import("{\"schema\": 2, \"answers\": 7}", &c), Err(ImportError::Unreadable(_))));
    assert_eq!(export::import("{\"schema\": 40}", &c), Err(ImportError::Newer(40)));
    assert_eq!(export::import(&" ".repeat(export::MAX_IMPORT_BYTES + 1), &c), Err(ImportError::TooBig));
    // What a person reads is a whole sentence in each language (the
    // `Display` of an error is for logs only).
    for lang in [native("ru"), native("en")] {
        for e in [ImportError::NotOurs, ImportError::TooBig, ImportError::Newer(3), ImportError::Unreadable("x".into())]
        {
            let words = e.words(lang);
            assert!(words.len() > 20 && words.ends_with('.'), "{e}: {words}");
        }
    }
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
fn csv_parses_back_and_is_safe_in_spreadsheets() {
    let c = content();
    let s = full_state(&c);
    let j = &s.journeys[0];
    let text = export::csv(&c, None, native("ru"), Some(&s.answers), Some((j, s.walk.as_ref().unwrap())));
    assert!(text.ends_with("\r\n"));
    let rows = parse_csv(&text);
    assert_eq!(rows[0], ["section", "id", "name", "answer", "score"]);
    assert!(rows.iter().all(|r| r.len() == 5), "every row has five fields");
    let levels: Vec<_> = rows.iter().filter(|r| r[0] == "level").collect();
    assert_eq!(levels.len(), 3);
    assert_eq!(levels.iter().filter(|r| r[3] == "level").count(), 1);
    assert_eq!(rows.iter().filter(|r| r[0] == "quality").count(), c.assessment.qualities.len());
    // The questions of the default kind of work, and the model that scored them.
    let role = c.assessment.default_role().map(|r| r.id.clone()).unwrap_or_default();
    assert_eq!(rows.iter().filter(|r| r[0] == "answer").count(), c.assessment.for_role(&role).items.len());
    let model = rows.iter().find(|r| r[0] == "model").expect("the model row");
    assert_eq!(model[1], service_ladder::check::scoring::MODEL_VERSION.to_string());
    let tp = rows.iter().find(|r| r[0] == "touchpoint" && r[1] == j.touchpoints[1].id).unwrap();
    // The rating a number, as a spreadsheet reads one (it was "−1" with a
    // true minus sign: text to a spreadsheet).
    assert_eq!((tp[3].as_str(), tp[4].as_str()), ("-1", "0"));
    let note = rows.iter().find(|r| r[0] == "note").unwrap();
    assert_eq!(note[3], "'=HYPERLINK(\"http://evil\",\"click\"), and \"quotes\"\nsecond line");
    for row in &rows {
        for cell in row {
            assert!(
                is_number(cell) || !cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\0']),
                "live formula: {cell}"
            );
        }
    }
}

/// Whether a cell is a plain ASCII whole number, as a spreadsheet reads one.
fn is_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

#[test]
fn csv_has_numbers_where_numbers_are_and_guards_text_by_one_rule() {
    let c = content();
    let s = full_state(&c);
    let j = &s.journeys[0];
    let mut w = s.walk.clone().unwrap();
    w.audit_mut(&j.touchpoints[0].id).note = "-minus first, +plus".into();
    w.audit_mut(&j.touchpoints[0].id).rating = Some(-1);
    w.audit_mut(&j.touchpoints[2].id).rating = Some(1);
    for lang in [native("en"), native("ru")] {
        let text = export::csv(&c, None, lang, Some(&s.answers), Some((j, &w)));
        let rows = parse_csv(&text);
        // The app's own reader (the team view's) agrees on every row and cell.
        let mut cur = service_ladder::team::csv::Cursor::start(&text);
        let mut read = vec![];
        while let Some((_, row)) = service_ladder::team::csv::next_row(&text, &mut cur) {
            read.push(row.expect("a row the team view reads"));
        }
        assert_eq!(read.len(), rows.len());
        for row in &rows[1..] {
            let (section, answer, score) = (row[0].as_str(), row[3].as_str(), row[4].as_str());
            // Scores 0–100 are numbers wherever there is one.
            assert!(
                score.is_empty() || is_number(score) && (0..=100).contains(&score.parse::<i32>().unwrap()),
                "{row:?}"
            );
            match section {
                "model" => assert!(is_number(&row[1]), "{row:?}"),
                "level" | "quality" | "answer" => assert!(!score.is_empty() || section == "answer", "{row:?}"),
                // A rating is −1, 0 or 1 as a number, and its score agrees.
                "touchpoint" if answer.is_empty() => assert!(score.is_empty(), "{row:?}"),
                "touchpoint" => {
                    assert!(["-1", "0", "1"].contains(&answer), "{row:?}");
                    assert_eq!(score.parse::<i32>().unwrap(), answer.parse::<i32>().unwrap() * 50 + 50);
                }
                "note" => {}
                other => panic!("unknown section {other}"),
            }
            // Text by one rule: a `'` before exactly the text a spreadsheet
            // would run, nowhere else; no true minus signs in numbers.
            let risky = |s: &str| s.starts_with(['=', '+', '-', '@', '\t', '\r', '\0']);
            let text_columns = match section {
                "model" => vec![0, 2, 3],
                "touchpoint" => vec![0, 1, 2],
                _ => vec![0, 1, 2, 3],
            };
            for cell in text_columns.into_iter().map(|i| &row[i]) {
                assert!(!risky(cell), "live formula {cell:?}");
                if let Some(rest) = cell.strip_prefix('\'') {
                    assert!(risky(rest), "{cell:?} guarded without need");
                }
            }
        }
        let touchpoints: Vec<&str> = rows.iter().filter(|r| r[0] == "touchpoint").map(|r| r[3].as_str()).collect();
        assert_eq!(&touchpoints[..3], ["-1", "-1", "1"]);
        let note = rows.iter().find(|r| r[0] == "note" && r[1] == j.touchpoints[0].id).unwrap();
        assert_eq!(note[3], "'-minus first, +plus");
        assert!(!text.contains('−'), "no true minus signs in the file");
    }
}

#[test]
fn csv_fields_are_quoted_and_defused() {
    assert_eq!(export::csv_field("plain"), "plain");
    assert_eq!(export::csv_field("a,b"), "\"a,b\"");
    assert_eq!(export::csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(export::csv_field("=1+2"), "'=1+2");
    assert_eq!(export::csv_field("+7 999"), "'+7 999");
    assert_eq!(export::csv_field("-2+3"), "'-2+3");
    assert_eq!(export::csv_field("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(export::csv_field("\tx"), "'\tx");
    assert_eq!(export::csv_field("\r=x"), "\"'\r=x\"");
    assert_eq!(export::csv_field("line\nbreak"), "\"line\nbreak\"");
}

#[test]
fn mermaid_maps_the_ladder_to_1_3_5() {
    let c = content();
    let j = &c.journeys[0];
    let mut w = Walk::new(&j.id);
    for (t, r) in j.touchpoints.iter().zip([1i8, 0, -1]) {
        w.audit_mut(&t.id).rating = Some(r);
    }
    let text = export::mermaid(j, &w, &c.ladder, native("en"));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "journey");
    assert_eq!(lines[1], format!("    title {}", j.name.for_code("en")));
    let scores: Vec<&str> =
        lines.iter().filter(|l| l.matches(": ").count() == 2).map(|l| l.split(": ").nth(1).unwrap()).collect();
    assert_eq!(scores, ["5", "3", "1"]);
    assert_eq!(lines.iter().filter(|l| l.trim_start().starts_with("%% not rated")).count(), j.touchpoints.len() - 3);
    assert!(lines.iter().any(|l| l.trim_start().starts_with("section ")));
    // Names cannot break the syntax.
    let mut odd = j.clone();
    odd.touchpoints[0].name = Text::same("Step: one, two\nthree");
    let t = export::mermaid(&odd, &w, &c.ladder, native("en"));
    assert!(t.contains("Step꞉ one, two three: 5:"), "{t}");
    // Nor can Mermaid's own keywords, comments or entities (each name is
    // rendered by the real `mermaid` package in tests/e2e/mermaid.test.mjs).
    for (name, shown) in [
        ("section Sales", "“section Sales”"),
        ("Title deeds", "“Title deeds”"),
        ("%% gone", "％％ gone"),
        ("a;b#c", "a；b＃c"),
        ("", "—"),
    ] {
        odd.touchpoints[0].name = Text::same(name);
        let t = export::mermaid(&odd, &w, &c.ladder, native("en"));
        assert!(t.contains(&format!("      {shown}: 5:")), "{name:?} → {t}");
    }
}

#[test]
fn mermaid_names_the_client_in_the_diagram_s_language() {
    let c = content();
    let mut j = c.journeys[0].clone();
    j.touchpoints[0].who = Text::same("");
    let mut w = Walk::new(&j.id);
    w.audit_mut(&j.touchpoints[0].id).rating = Some(1);
    for (code, client) in [("en", "Client"), ("ru", "Клиент")] {
        let t = export::mermaid(&j, &w, &c.ladder, native(code));
        let first = t.lines().find(|l| l.matches(": ").count() == 2).unwrap_or_default();
        assert!(first.ends_with(&format!(": 5: {client}")), "{code}: {t}");
    }
}

#[test]
fn import_errors_are_told_from_the_tables() {
    let en = native("en");
    let ru = native("ru");
    assert_eq!(
        ImportError::TooBig.words(en),
        "This is larger than any Service Ladder file (over 2 MB). Choose the file you exported."
    );
    assert!(ImportError::TooBig.words(ru).contains("(свыше 2 МБ)"));
    assert!(ImportError::Newer(7).words(en).contains("(schema 7)"));
    assert!(ImportError::Newer(7).words(ru).contains("(схема 7)"));
    // The detail of an unreadable file is for developers, not in the words.
    let unreadable = ImportError::Unreadable("result.level: expected an id".into());
    assert!(!unreadable.words(en).contains("expected") && !unreadable.words(ru).contains("expected"));
    assert_eq!(ImportError::Link(LinkError::Damaged).words(ru), LinkError::Damaged.words(ru));
    assert_ne!(ImportError::NotOurs.words(ru), ImportError::NotOurs.words(en));
}

#[test]
fn csv_and_mermaid_give_the_rating_the_map_shows() {
    let c = content();
    let j = &c.journeys[0];
    let mut w = Walk::new(&j.id);
    // Only ticks: the suggestion stands (rudeness keeps it at −1 whatever else).
    w.audit_mut(&j.touchpoints[0].id).ticks = ["rudeness", "thanked"].iter().map(|s| s.to_string()).collect();
    // Ticks and a choice: the choice wins.
    let chosen = w.audit_mut(&j.touchpoints[2].id);
    chosen.ticks = ["politeness"].iter().map(|s| s.to_string()).collect();
    chosen.rating = Some(0);
    let map = service_ladder::walk::map::map(j, &w, &c.ladder);
    assert_eq!(&map.ratings[..3], [Some(-1), None, Some(0)]);

    let rows = parse_csv(&export::csv(&c, None, native("en"), None, Some((j, &w))));
    let touchpoints: Vec<(&str, &str)> =
        rows.iter().filter(|r| r[0] == "touchpoint").map(|r| (r[3].as_str(), r[4].as_str())).collect();
    assert_eq!(&touchpoints[..3], [("-1", "0"), ("", ""), ("0", "50")]);

    let text = export::mermaid(j, &w, &c.ladder, native("en"));
    let scores: Vec<&str> =
        text.lines().filter(|l| l.matches(": ").count() == 2).map(|l| l.split(": ").nth(1).unwrap()).collect();
    assert_eq!(scores, ["1", "3"]);
}
