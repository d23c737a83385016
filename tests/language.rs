//! A company's own language: the translators' round trip (template →
//! fill → import → check is clean), a broken placeholder refused with its
//! key, a changed English source marked outdated; a language file named by
//! the configuration, inline or in a file, with its content texts; and
//! `docs/language.schema.json` generated from `LanguageFile`.

use service_ladder::codec::model::Model;
use service_ladder::content::Content;
use service_ladder::embed::config;
use service_ladder::text::language_file::{Dir, LanguageFile};
use service_ladder::text::sheet::{self, Meta, Source};
use service_ladder::text::words::{Message, Plural};
use std::sync::OnceLock;

const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/language.schema.json");

fn shipped() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

fn source() -> Source {
    Source::new(shipped()).expect("the built-in tables read")
}

fn meta() -> Meta {
    Meta { code: "eo".into(), name: "Esperanto".into(), dir: Dir::Ltr, fallback: Some("en".into()) }
}

/// Every row translated by a mechanical transform that keeps the placeholders.
fn fill(template: &str, edit: impl Fn(&str, &str) -> String) -> String {
    let rows = sheet::read_csv(template).unwrap();
    let mut out = String::new();
    for (i, (_, row)) in rows.iter().enumerate() {
        let cells: Vec<String> = if i == 0 {
            row.clone()
        } else {
            let en = if row[3].is_empty() { &row[2] } else { &row[3] };
            vec![row[0].clone(), row[1].clone(), row[2].clone(), row[3].clone(), edit(&row[0], en)]
        };
        out.push_str(&cells.iter().map(|c| sheet::cell(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

#[test]
fn template_fill_import_check_is_clean() {
    let mut src = source();
    // A plural message, as the tables have them (Russian with more forms).
    let forms = |pairs: &[(Plural, &str)]| Message::Plural(pairs.iter().map(|(p, s)| (*p, s.to_string())).collect());
    src.en.insert("test.people".into(), forms(&[(Plural::One, "{count} person"), (Plural::Other, "{count} people")]));
    let ru = [(Plural::One, "{count} человек"), (Plural::Few, "{count} человека"), (Plural::Many, "{count} человек")];
    src.ru.insert("test.people".into(), forms(&[ru[0], ru[1], ru[2], (Plural::Other, "{count} человека")]));
    let template = sheet::template(&src, None);
    let rows = sheet::read_csv(&template).unwrap();
    assert_eq!(rows[0].1, sheet::HEADER);
    assert!(rows.iter().skip(1).all(|(_, r)| r.len() == 5 && r[4].is_empty()), "the translation column starts empty");
    assert!(rows.iter().any(|(_, r)| r[0].ends_with("[one]")), "plural forms have rows of their own");
    assert!(rows.iter().any(|(_, r)| r[0].starts_with("items.") && r[0].ends_with(".text")));
    assert!(rows.iter().any(|(_, r)| r[0].contains(".touchpoints.")));
    // Quotes, separators and line breaks survive the sheet.
    assert_eq!(sheet::read_csv(&format!("{}\r\n", sheet::cell("a, \"b\"\nc"))).unwrap()[0].1, ["a, \"b\"\nc"]);

    let filled = fill(&template, |_, en| format!("⟦{en}"));
    let file = sheet::import(&src, meta(), &filled).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(file.messages.len(), src.en.len());
    let Message::Plural(people) = &file.messages["test.people"] else { panic!("a plural message") };
    assert_eq!(people.len(), 4, "every form either language uses");
    assert_eq!(people[&Plural::One], "⟦{count} person");
    assert_eq!(file.content.len(), src.content.len());
    assert!(matches!(&file.messages["app.language"], Message::Plain(s) if s == "⟦Language"));
    // The file written is read back by the app's own reader.
    let again = LanguageFile::parse(&sheet::to_json(&file)).unwrap();
    assert_eq!(again, file);
    let report = sheet::check(&src, &again);
    assert_eq!(report, sheet::Report::default(), "a complete, current file is clean");
    // An earlier file fills a new template's translations.
    assert_eq!(sheet::template(&src, Some(&file)).matches('⟦').count(), rows.len() - 1);
}

#[test]
fn a_broken_placeholder_is_refused_with_its_key() {
    let src = source();
    let (key, _) = sheet::read_csv(&sheet::template(&src, None))
        .unwrap()
        .into_iter()
        .map(|(_, r)| (r[0].clone(), r[3].clone()))
        .find(|(k, en)| en.contains("{n}") && !k.ends_with(']'))
        .expect("a message with {n}");
    let filled = fill(&sheet::template(&src, None), |k, en| {
        if k == key {
            en.replace("{n}", "{m}")
        } else if k.starts_with("app.") {
            format!("⟦{en}")
        } else {
            String::new()
        }
    });
    let problems = sheet::import(&src, meta(), &filled).unwrap_err();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains(&key) && problems[0].contains("{m}"), "{problems:?}");
    // An unclosed brace and an unknown key are refused too.
    let bad = "key,source_hash,ru,en,translation\r\napp.language,,,,\"{oops\"\r\nnope.nope,,,,x\r\n";
    let problems = sheet::import(&src, meta(), bad).unwrap_err();
    assert!(problems.iter().any(|p| p.contains("app.language")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("nope.nope: no such key")), "{problems:?}");
}

#[test]
fn a_changed_source_marks_its_translation_outdated_and_an_extra_key_fails() {
    let mut src = source();
    let filled = fill(&sheet::template(&src, None), |k, en| {
        if k.starts_with("app.") || k.starts_with("items.") { format!("⟦{en}") } else { String::new() }
    });
    let mut file = sheet::import(&src, meta(), &filled).unwrap();
    let report = sheet::check(&src, &file);
    assert!(report.outdated.is_empty() && report.extra.is_empty() && !report.failed());
    assert!(report.missing.iter().any(|k| !k.starts_with("app.") && !k.starts_with("items.")));
    // The English sentence changes: its translation is now outdated.
    src.en.insert("app.language".into(), Message::Plain("Languages".into()));
    let item = src.content.iter_mut().find(|(k, _)| k.starts_with("items.")).unwrap();
    item.1.set("en", "Something else");
    let changed = item.0.clone();
    let report = sheet::check(&src, &file);
    assert_eq!(report.outdated, ["app.language".to_string(), changed]);
    assert!(!report.failed(), "outdated still works");
    file.messages.insert("app.gone".into(), Message::Plain("x".into()));
    let report = sheet::check(&src, &file);
    assert_eq!(report.extra, ["app.gone"]);
    assert!(report.failed());
}

#[test]
fn a_configuration_names_company_languages_inline_or_in_a_file() {
    let item = shipped().assessment.items[0].id.clone();
    let inline = format!(
        r#"{{"languages": ["ru", {{"code": "kk", "name": "Қазақша", "fallback": "ru",
              "messages": {{"app": {{"language": "Тіл"}}}}, "content": {{"items.{item}.text": "Қазақша сұрақ"}}}},
              {{"code": "eo", "file": "eo.json"}}]}}"#
    );
    let applied = config::read(&inline, shipped()).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(applied.config.languages, ["ru", "kk", "eo"]);
    let kk = applied.content.assessment.items[0].text.in_code("kk");
    assert_eq!(kk, Some("Қазақша сұрақ"), "the inline content text is set");
    // The preview lists what the language lacks.
    let notes: Vec<String> = applied.warnings.iter().map(|p| p.to_string()).collect();
    assert!(notes.iter().any(|n| n.starts_with("languages[1](kk): ") && n.contains("app.reload")), "{notes:?}");
    assert!(!notes.iter().any(|n| n.contains("app.language,")), "{notes:?}");
    // The file, fetched beside the configuration.
    let file = format!(
        r#"{{"code": "eo", "name": "Esperanto", "dir": "rtl", "messages": {{"app": {{"language": "Lingvo"}}}},
             "content": {{"items.{item}.text": "Demando"}}}}"#
    );
    let done = config::add_files(applied.clone(), &[("eo".into(), Ok(file))]).unwrap_or_else(|p| panic!("{p:?}"));
    let eo = done.config.words.iter().find(|f| f.code == "eo").unwrap();
    assert_eq!((eo.dir, eo.fallback.as_deref()), (Dir::Rtl, Some("en")));
    assert_eq!(done.content.assessment.items[0].text.in_code("eo"), Some("Demando"));
    // A broken file is a problem with its path; so is one not found.
    let broken = r#"{"code": "eo", "name": "Esperanto", "messages": {"app": {"language": "<b>x</b>"}}}"#;
    let p = config::add_files(applied.clone(), &[("eo".into(), Ok(broken.into()))]).unwrap_err();
    assert_eq!(
        p[0].to_string(),
        "languages[2](eo.json).messages.app.language: contains markup at character 1 (write plain text)"
    );
    let p = config::add_files(applied.clone(), &[("eo".into(), Err("the server answered 404".into()))]).unwrap_err();
    assert_eq!(p[0].to_string(), "languages[2].file: eo.json could not be loaded: the server answered 404");
    let p =
        config::add_files(applied, &[("eo".into(), Ok(r#"{"code": "de", "name": "Deutsch"}"#.into()))]).unwrap_err();
    assert!(p[0].message.contains("for \"de\""), "{p:?}");
}

#[test]
fn wrong_language_entries_are_refused_with_their_paths() {
    let problems = |text: &str| -> String {
        config::read(text, shipped())
            .err()
            .unwrap_or_default()
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let all = problems(
        r#"{"languages": ["ru", "kk", "ru", {"code": "en", "name": "x"}, {"code": "uz", "file": "../uz.json"},
             {"code": "tt", "fallback": "de"}, {"code": "ky", "name": "Кыргызча", "file": "ky.json", "messages": {"app": {"language": "Тил"}}},
             {"code": "ba", "name": "x", "colour": 1}]}"#,
    );
    for part in [
        "languages[1]: \"kk\" is not a built-in language",
        "languages[2]: \"ru\" is listed twice",
        "languages[3].code: \"en\" is built in",
        "languages[4].file: \"../uz.json\" is not a file name",
        "languages[5].name: missing",
        "languages[5].fallback: \"de\" is neither built in",
        "languages[6]: give either a file or the words inline",
        "languages[7].colour",
    ] {
        assert!(all.contains(part), "{part} not in:\n{all}");
    }
}

/// The shipped schema is the one `LanguageFile` generates. To refresh it:
/// `UPDATE_SCHEMA=1 cargo test --test language` (or `make schema`).
#[test]
fn the_language_schema_is_generated_from_the_types() {
    let mut schema = LanguageFile::schema();
    if let serde_json::Value::Object(m) = &mut schema {
        let mut head = serde_json::Map::new();
        head.insert("$schema".into(), "https://json-schema.org/draft/2020-12/schema".into());
        head.insert("title".into(), "Service Ladder language file".into());
        head.append(m);
        schema = serde_json::Value::Object(head);
    }
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &generated).expect("write the schema");
    }
    let shipped = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(shipped == generated, "docs/language.schema.json is stale: run `make schema`");
}

/// The moments a colleague is asked about (issue 18) are translated like
/// items: the template lists them, the import and the check read them, and
/// a company language's file sets them on the shipped moments and on a
/// configuration's own.
#[test]
fn the_colleague_moments_are_translated_like_items() {
    let src = source();
    let template = sheet::template(&src, None);
    let keys: Vec<String> = sheet::read_csv(&template).unwrap().into_iter().map(|(_, r)| r[0].clone()).collect();
    for o in &shipped().assessment.observed {
        assert!(keys.contains(&format!("observed.{}.text", o.id)), "observed.{}.text not in the template", o.id);
    }
    // Import and check read them like any content text.
    let filled = fill(&template, |k, en| if k.starts_with("observed.") { format!("⟦{en}") } else { String::new() });
    let file = sheet::import(&src, meta(), &filled).unwrap_or_else(|p| panic!("{p:?}"));
    let first = &shipped().assessment.observed[0];
    let key = format!("observed.{}.text", first.id);
    assert_eq!(
        file.content.get(&key).map(String::as_str),
        Some(format!("⟦{}", first.text.in_code("en").unwrap()).as_str())
    );
    let report = sheet::check(&src, &file);
    assert!(!report.missing.contains(&key) && report.extra.is_empty(), "{report:?}");

    // The app overlays them: the shipped moments, and a company's own list.
    let own = r#"[{"id": "test_drive", "quality": "people", "text": {"ru": "Тест-драйв", "en": "A test drive"}},
        {"id": "handover", "quality": "reliability", "text": {"ru": "Выдача", "en": "A handover"}},
        {"id": "complaint", "quality": "positivity", "text": {"ru": "Жалоба", "en": "A complaint"}},
        {"id": "call", "quality": "responsiveness", "text": {"ru": "Звонок", "en": "A call"}}]"#;
    for observed in [None, Some(own)] {
        let extra = observed.map(|o| format!(r#""observed": {o},"#)).unwrap_or_default();
        let config = format!(
            r#"{{{extra} "languages": ["ru", {{"code": "kk", "name": "Қазақша", "fallback": "ru",
                  "content": {{"observed.{id}.text": "Қазақша сәт"}}}}]}}"#,
            id = if observed.is_some() { "test_drive" } else { first.id.as_str() }
        );
        let applied = config::read(&config, shipped()).unwrap_or_else(|p| panic!("{p:?}"));
        let moments = &applied.content.assessment.observed;
        assert_eq!(moments[0].text.in_code("kk"), Some("Қазақша сәт"), "{observed:?}");
        assert_eq!(moments[1].text.in_code("kk"), None, "an untranslated moment falls back");
        // The preview lists the moments the file lacks.
        let notes: Vec<String> = applied.warnings.iter().map(|p| p.to_string()).collect();
        let lacking = format!("observed.{}.text", moments[1].id);
        assert!(notes.iter().any(|n| n.contains(&lacking)), "{lacking} not in {notes:?}");
    }
}
