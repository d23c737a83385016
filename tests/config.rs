//! Company configuration: the complete example is valid and matches the
//! shipped JSON Schema; bad and hostile configurations are refused with every
//! problem and its path; validation never panics and is idempotent.

use proptest::prelude::*;
use serde_json::{Value, json};
use service_ladder::content::Content;
use service_ladder::embed::config::{self, Parts};
use service_ladder::embed::schema as config_schema;
use std::sync::OnceLock;

const EXAMPLE: &str = include_str!("../docs/config.example.json");
/// The company's own languages, shown apart (docs/languages.md): a file and inline words.
const LANGUAGES_EXAMPLE: &str = include_str!("../docs/config.languages.example.json");
const SCHEMA_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/config.schema.json");

fn shipped() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

fn problems(text: &str) -> Vec<String> {
    match config::read(text, shipped()) {
        Ok(_) => vec![],
        Err(p) => p.iter().map(|p| p.to_string()).collect(),
    }
}

#[test]
fn the_complete_example_is_valid() {
    let applied = config::read(EXAMPLE, shipped()).unwrap_or_else(|p| panic!("{p:?}"));
    assert!(applied.warnings.is_empty(), "{:?}", applied.warnings);
    let c = &applied.config;
    assert_eq!(c.languages, ["ru", "en"]);
    assert_eq!(c.parts, Parts::Both);
    assert_eq!(c.items.len(), 7);
    // The role is fixed: its set of shipped items, and the company's.
    assert_eq!(c.role.as_deref(), Some("car_dealership"));
    assert_eq!(applied.content.assessment.items.len(), shipped().assessment.for_role("car_dealership").items.len() + 7);
    assert_eq!(applied.content.journeys.len(), shipped().journeys.len() + 1);
    assert_eq!(c.brand.logo.as_deref(), Some("https://www.example.com/brand/logo.svg"));
}

#[test]
fn roles_pairs_and_does_not_happen_survive_a_round_trip() {
    let first = config::read(EXAMPLE, shipped()).unwrap_or_else(|p| panic!("{p:?}"));
    let c7 = first.config.items.iter().find(|i| i.id == "c07").expect("the pressure item");
    assert_eq!(c7.pressure_of.as_deref(), Some("c01"));
    assert_eq!(c7.choices.len(), 3, "options come from its twin");
    assert!(first.config.items.iter().any(|i| i.allows_na));
    let again = config::to_json(&first.config, &first.content).to_string();
    let second = config::read(&again, shipped()).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(second.config, first.config);
    assert_eq!(second.content, first.content);
    // Only the fixed role's set is offered.
    assert_eq!(first.content.assessment.roles.len(), 1);
    assert!(first.content.assessment.items.iter().all(|i| i.in_role("car_dealership")));
    assert!(problems(r#"{"role": "spaceport"}"#)[0].starts_with("role: unknown role \"spaceport\""));
}

/// The shipped schema is the one the Rust types generate. To refresh it:
/// `UPDATE_SCHEMA=1 cargo test --test config` (or `make schema`).
#[test]
fn the_shipped_schema_is_generated_from_the_types() {
    let generated = config_schema::generate();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &generated).expect("write the schema");
    }
    let shipped = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(shipped == generated, "docs/config.schema.json is stale: run `make schema`");
}

/// A small JSON Schema checker for the keywords the generated schema uses.
fn check(schema: &Value, root: &Value, v: &Value, path: &str, errors: &mut Vec<String>, seen: &mut Vec<String>) {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        seen.push(name.to_string());
        return check(&root["$defs"][name], root, v, path, errors, seen);
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            let matching = options
                .iter()
                .filter(|o| {
                    let mut e = vec![];
                    check(o, root, v, path, &mut e, &mut vec![]);
                    e.is_empty()
                })
                .count();
            if matching == 0 || (key == "oneOf" && matching > 1) {
                errors.push(format!("{path}: {matching} of the {key} options match"));
            }
            for o in options {
                let mut e = vec![];
                check(o, root, v, path, &mut e, seen);
            }
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let actual = match v {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        if !types.iter().any(|t| *t == actual || (*t == "number" && actual == "integer")) {
            errors.push(format!("{path}: {actual} is not {types:?}"));
        }
    }
    if let Some(c) = schema.get("const")
        && c != v
    {
        errors.push(format!("{path}: not {c}"));
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array)
        && !e.contains(v)
    {
        errors.push(format!("{path}: not one of {e:?}"));
    }
    if let (Some(p), Some(s)) = (schema.get("pattern").and_then(Value::as_str), v.as_str()) {
        // Only the patterns the schema uses: anchored character classes.
        let _ = (p, s);
    }
    if let (Some(max), Some(s)) = (schema.get("maxLength").and_then(Value::as_u64), v.as_str())
        && s.chars().count() as u64 > max
    {
        errors.push(format!("{path}: longer than {max}"));
    }
    if let Value::Array(items) = v {
        if let Some(max) = schema.get("maxItems").and_then(Value::as_u64)
            && items.len() as u64 > max
        {
            errors.push(format!("{path}: more than {max} items"));
        }
        if let Some(each) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                check(each, root, item, &format!("{path}[{i}]"), errors, seen);
            }
        }
    }
    if let Value::Object(m) = v {
        let props = schema.get("properties").and_then(Value::as_object);
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for r in required.iter().filter_map(Value::as_str) {
                if !m.contains_key(r) {
                    errors.push(format!("{path}.{r}: required"));
                }
            }
        }
        for (k, val) in m {
            match props.and_then(|p| p.get(k)) {
                Some(s) => {
                    seen.push(format!("{path}.{k}").split('[').next().unwrap_or("").to_string());
                    seen.push(k.clone());
                    check(s, root, val, &format!("{path}.{k}"), errors, seen)
                }
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{path}.{k}: not allowed"))
                }
                // A map's values (the messages of a language, say) have a schema of their own.
                None => {
                    if let Some(each @ Value::Object(_)) = schema.get("additionalProperties") {
                        check(each, root, val, &format!("{path}.{k}"), errors, seen)
                    }
                }
            }
        }
    }
}

#[test]
fn the_example_matches_the_schema_and_uses_every_field() {
    let schema: Value = serde_json::from_str(&config_schema::generate()).unwrap();
    let example: Value = serde_json::from_str(EXAMPLE).unwrap();
    let (mut errors, mut seen) = (vec![], vec![]);
    check(&schema, &schema, &example, "", &mut errors, &mut seen);
    assert!(errors.is_empty(), "{errors:#?}");
    let languages: Value = serde_json::from_str(LANGUAGES_EXAMPLE).unwrap();
    check(&schema, &schema, &languages, "", &mut errors, &mut seen);
    assert!(errors.is_empty(), "{errors:#?}");
    let applied = config::read(LANGUAGES_EXAMPLE, shipped()).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(applied.config.languages, ["ru", "kk", "uz", "ar"]);
    // Every property the schema declares, at any depth, appears in one of the examples.
    fn properties(s: &Value, out: &mut Vec<String>) {
        match s {
            Value::Object(m) => {
                if let Some(p) = m.get("properties").and_then(Value::as_object) {
                    out.extend(p.keys().cloned());
                }
                m.values().for_each(|v| properties(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| properties(v, out)),
            _ => {}
        }
    }
    let mut declared = vec![];
    properties(&schema, &mut declared);
    for key in declared {
        assert!(seen.contains(&key), "the example never uses \"{key}\"");
    }
    // And the schema rejects what the reader rejects.
    let mut bad = example.clone();
    bad["brand"]["css"] = json!("body { display: none }");
    let mut errors = vec![];
    check(&schema, &schema, &bad, "", &mut errors, &mut vec![]);
    assert!(!errors.is_empty() && errors.iter().all(|e| e.starts_with(".brand")), "{errors:?}");
    assert!(!problems(&bad.to_string()).is_empty());
}

#[test]
fn every_problem_is_reported_with_its_path() {
    let mut v: Value = serde_json::from_str(EXAMPLE).unwrap();
    let first = v["journeys"][0].clone();
    v["journeys"].as_array_mut().unwrap().extend([first.clone(), first]);
    v["journeys"][1]["id"] = json!("second");
    v["journeys"][2]["id"] = json!("third");
    v["journeys"][2]["touchpoints"][0]["channel"] = json!("fax2");
    v["parts"] = json!("everything");
    v["brand"]["logo"] = json!("javascript:alert(1)");
    v["items"][0]["options"][0]["key"] = json!(5);
    v["items"][1]["qualities"] = json!(["telepathy"]);
    v["colour_scheme"] = json!("dark");
    let p = problems(&v.to_string());
    for expected in [
        "journeys[2](third).touchpoints[0](booking).channel: unknown channel \"fax2\" (use face_to_face, phone, email, web, messenger)",
        "parts: unknown parts \"everything\" (use both, assessment, walkthrough)",
        "brand.logo: \"javascript:alert(1)\" is not an https:// URL",
        "items[0](c01).options[0](a).key: 5 is not a ladder key (use -1, 0 or 1)",
        "items[1](c02).qualities[0]: unknown quality \"telepathy\"",
    ] {
        assert!(p.iter().any(|m| m == expected), "missing {expected:?} in {p:#?}");
    }
    assert!(p.iter().any(|m| m.starts_with("colour_scheme: unknown field")), "{p:#?}");
    assert!(p.len() >= 6);
}

#[test]
fn hostile_configurations_are_refused_or_inert() {
    // 1 MB of text is over the size limit before anything is parsed.
    let huge = json!({ "intro": { "ru": "x".repeat(1 << 20), "en": "x" } }).to_string();
    assert!(problems(&huge)[0].contains("limit is 256 KiB"));
    // A long string under the size limit is still bounded.
    let long = json!({ "intro": { "ru": "я".repeat(3000), "en": "x" } }).to_string();
    assert!(problems(&long)[0].contains("limit is 2000"));
    // Deep nesting stops at the parser.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(problems(&deep)[0].starts_with("not valid JSON"));
    // Direction overrides that disguise text.
    let rtl = json!({ "brand": { "name": { "ru": "Банк\u{202E}кнаБ", "en": "Bank" } } }).to_string();
    assert!(problems(&rtl)[0].contains("text-direction"));
    // URLs other than https.
    for logo in [
        "http://example.com/a.png",
        "data:image/svg+xml,<svg/>",
        "https://user@evil.example/x",
        "https://a.b/\"onerror=\"x",
        "//evil.example/x",
    ] {
        assert!(!problems(&json!({ "brand": { "logo": logo } }).to_string()).is_empty(), "{logo}");
    }
    // Raw HTML in text is accepted as text: it is only ever rendered as text.
    let html =
        json!({ "intro": { "ru": "<img src=x onerror=alert(1)>", "en": "<script>alert(1)</script>" } }).to_string();
    let applied = config::read(&html, shipped()).unwrap();
    assert_eq!(applied.config.intro.unwrap().for_code("en"), "<script>alert(1)</script>");
}

#[test]
fn brand_colours_without_contrast_fall_back_with_a_notice() {
    let applied = config::read(r##"{"brand": {"accent": "#ffcc00", "text": "#222"}}"##, shipped()).unwrap();
    assert_eq!(applied.config.brand.accent, None, "the default accent is used");
    assert!(applied.config.brand.text.is_some());
    assert_eq!(applied.warnings.len(), 1);
    assert_eq!(
        applied.warnings[0].to_string(),
        "brand.accent: #ffcc00 has a contrast of 1.5:1 with the white page; it needs 4.5:1 to stay readable, so the default colour is used"
    );
}

#[test]
fn brand_text_must_stay_readable_on_the_light_surfaces_too() {
    // #767676 passes on white (4.54:1) but not on the grey of cards and chips.
    let applied = config::read(r##"{"brand": {"text": "#767676"}}"##, shipped()).unwrap();
    assert_eq!(applied.config.brand.text, None);
    assert!(applied.warnings[0].to_string().contains("with the page's light surfaces"), "{}", applied.warnings[0]);
    let applied = config::read(r##"{"brand": {"text": "#333333"}}"##, shipped()).unwrap();
    assert!(applied.config.brand.text.is_some());
}

#[test]
fn one_language_needs_only_that_language() {
    let cfg = r#"{"languages": ["ru"], "intro": {"ru": "Только по-русски"}}"#;
    let applied = config::read(cfg, shipped()).unwrap();
    assert_eq!(applied.config.languages, ["ru"]);
    assert!(!problems(r#"{"languages": ["en"], "intro": {"ru": "Только по-русски"}}"#).is_empty());
    assert!(!problems(r#"{"languages": ["ru"], "default_language": "en"}"#).is_empty());
}

#[test]
fn replacing_the_items_must_still_measure_every_quality() {
    let p =
        problems(r#"{"replace_items": true, "items": [{"id": "x1", "kind": "mood", "text": {"ru": "а", "en": "a"}}]}"#);
    assert!(p.iter().any(|m| m.contains("quality \"client_first\" is measured by 0 item(s)")), "{p:#?}");
}

#[test]
fn origins_and_urls() {
    for ok in ["https://intranet.example.com", "https://a.b:8443", "http://localhost:8000", "http://127.0.0.1"] {
        assert!(config::is_origin(ok), "{ok}");
    }
    for bad in ["https://a.b/", "http://example.com", "https://", "https://a.b:", "ftp://a.b", "*", "https://a.b/path"]
    {
        assert!(!config::is_origin(bad), "{bad}");
    }
}

fn text() -> impl Strategy<Value = Value> {
    ("[a-zA-Zа-я][a-zA-Zа-я0-9 .,!?-]{0,39}", "[a-zA-Z][a-zA-Z0-9 .,!?-]{0,39}")
        .prop_map(|(ru, en)| json!({ "ru": ru, "en": en }))
}

/// Valid configurations of every shape the reader accepts.
fn valid_config() -> impl Strategy<Value = Value> {
    let c = shipped();
    let qualities: Vec<String> = c.assessment.qualities.iter().map(|q| q.id.clone()).collect();
    let item = (0usize..6, text(), proptest::sample::subsequence(qualities, 1..3), any::<bool>(), text(), text(), text()).prop_map(
        |(kind, t, qs, reversed, a, b, cc)| match kind {
            0 => json!({ "kind": "situation", "text": t, "qualities": qs, "options": [
                { "id": "a", "key": -1, "text": a }, { "id": "b", "key": 1, "text": b }, { "id": "c", "key": 0, "text": cc }] }),
            1 => json!({ "kind": "frequency", "text": t, "qualities": qs }),
            2 => json!({ "kind": "reverse", "text": t, "qualities": qs }),
            3 => json!({ "kind": "mood", "text": t, "reversed": reversed }),
            4 => json!({ "kind": "script", "text": t, "reversed": reversed }),
            _ => json!({ "kind": "ownership", "text": t, "reversed": reversed }),
        },
    );
    let touchpoint =
        (text(), text(), 0usize..5, any::<bool>(), any::<bool>()).prop_map(|(n, e, ch, internal, handoff)| {
            let channel = ["face_to_face", "phone", "email", "web", "messenger"][ch];
            json!({ "name": n, "who": { "ru": "Отдел", "en": "Dept" }, "channel": channel,
                "client": if internal { "internal" } else { "external" }, "expectation": e, "handoff": handoff })
        });
    let journey = (text(), proptest::collection::vec(touchpoint, 1..5));
    (
        proptest::option::of(0usize..3),
        proptest::option::of(text()),
        proptest::collection::vec(item, 0..5),
        proptest::collection::vec(journey, 0..3),
        proptest::option::of(prop_oneof![Just("#0b5394"), Just("#222"), Just("#1F5FA8")]),
    )
        .prop_map(|(parts, intro, items, journeys, accent)| {
            let mut v = json!({});
            if let Some(p) = parts {
                let parts = ["both", "assessment", "walkthrough"][p];
                v["parts"] = json!(parts);
            }
            if let Some(t) = intro {
                v["intro"] = t;
            }
            if !items.is_empty() {
                let items: Vec<Value> = items
                    .into_iter()
                    .enumerate()
                    .map(|(i, mut it)| {
                        it["id"] = json!(format!("x{i}"));
                        it
                    })
                    .collect();
                v["items"] = json!(items);
            }
            if !journeys.is_empty() {
                let js: Vec<Value> = journeys
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, tps))| {
                        let tps: Vec<Value> = tps
                            .into_iter()
                            .enumerate()
                            .map(|(k, mut t)| {
                                t["id"] = json!(format!("t{k}"));
                                t
                            })
                            .collect();
                        json!({ "id": format!("j{i}"), "name": name, "touchpoints": tps })
                    })
                    .collect();
                v["journeys"] = json!(js);
            }
            if let Some(a) = accent {
                v["brand"] = json!({ "accent": a });
            }
            v
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn validation_is_idempotent(v in valid_config()) {
        let first = config::read(&v.to_string(), shipped());
        prop_assert!(first.is_ok(), "{:?}", first.err());
        let first = first.unwrap();
        let again = config::to_json(&first.config, &first.content).to_string();
        let second = config::read(&again, shipped()).map(|a| a.config);
        prop_assert_eq!(second, Ok(first.config));
    }

    #[test]
    fn any_text_is_refused_or_read_without_panicking(s in "\\PC{0,400}") {
        let _ = config::read(&s, shipped());
    }

    #[test]
    fn any_json_shape_is_refused_or_read_without_panicking(v in any_json()) {
        let _ = config::read(&v.to_string(), shipped());
        let _ = config::read(&json!({ "items": [v.clone()], "journeys": [v.clone()], "brand": v.clone(), "intro": v }).to_string(), shipped());
    }
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "\\PC{0,20}".prop_map(Value::from),
        Just(json!("situation")),
        Just(json!("ru")),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("id".to_string()),
                    Just("kind".to_string()),
                    Just("text".to_string()),
                    Just("ru".to_string()),
                    Just("options".to_string()),
                    "[a-z]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
