//! The shipped content loads through the same validated path a company's
//! configuration uses, and broken content is refused with messages that
//! name the item and field.

use serde_json::Value;
use service_ladder::content::{Content, ItemKind, SHIPPED, Sources};

fn shipped_json(which: &str) -> Value {
    let text = match which {
        "assessment" => SHIPPED.assessment,
        "ladder" => SHIPPED.ladder,
        _ => SHIPPED.journeys,
    };
    serde_json::from_str(text).expect("shipped JSON parses")
}

/// Loads the shipped content with the assessment document changed by `edit`
/// and returns every problem as text.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut a = shipped_json("assessment");
    edit(&mut a);
    let a = a.to_string();
    let sources = Sources { assessment: &a, ladder: SHIPPED.ladder, journeys: SHIPPED.journeys };
    match Content::load(&sources) {
        Ok(_) => Vec::new(),
        Err(p) => p.iter().map(|p| p.to_string()).collect(),
    }
}

#[test]
fn shipped_content_is_complete() {
    let c = Content::shipped().unwrap_or_else(|p| panic!("{p:?}"));
    let a = &c.assessment;
    assert!(a.items.len() >= 24, "at least 24 items");
    assert_eq!(a.qualities.len(), 8);
    for (q, quality) in a.qualities.iter().enumerate() {
        let n = a.items.iter().filter(|i| i.qualities.contains(&q)).count();
        assert!(n >= 2, "{} has {n} items", quality.id);
    }
    let kinds = |k: fn(ItemKind) -> bool| a.items.iter().filter(|i| k(i.kind)).count();
    assert!(kinds(|k| k == ItemKind::Situation) >= 8);
    assert!(kinds(|k| k == ItemKind::Frequency) >= 2);
    assert!(kinds(|k| k == ItemKind::Reverse) >= 2);
    assert!(kinds(|k| k == ItemKind::Trait(service_ladder::content::Trait::Mood)) >= 2);
    for item in &a.items {
        assert!(!item.text.ru.is_empty() && !item.text.en.is_empty());
        for c in &item.choices {
            assert!(!c.text.ru.is_empty() && !c.text.en.is_empty(), "{} / {}", item.id, c.id);
        }
    }
    assert_eq!(c.journeys[0].id, "car_dealership");
    assert_eq!(c.journeys[0].touchpoints.len(), 5);
    assert!(c.journeys.len() >= 7);
    assert_eq!(c.ladder.behaviours.iter().filter(|b| b.rung == -1).count(), 14);
}

#[test]
fn a_missing_translation_names_the_item() {
    let p = problems_after(|a| {
        a["items"][2]["text"].as_object_mut().unwrap().remove("en");
    });
    let id = shipped_json("assessment")["items"][2]["id"].as_str().unwrap().to_string();
    assert_eq!(p, vec![format!("assessment.json: items[2]({id}).text.en: missing translation")]);
}

#[test]
fn an_unknown_quality_is_refused() {
    let p = problems_after(|a| {
        a["items"][0]["qualities"] = serde_json::json!(["telepathy"]);
    });
    assert!(p.iter().any(|m| m.contains("items[0]") && m.contains("unknown quality \"telepathy\"")), "{p:?}");
}

#[test]
fn an_option_without_a_key_is_refused() {
    let p = problems_after(|a| {
        let item = a["items"].as_array_mut().unwrap().iter_mut().find(|i| i["kind"] == "situation").unwrap();
        item["options"][1].as_object_mut().unwrap().remove("key");
    });
    assert!(p.iter().any(|m| m.contains(".options[1]") && m.contains("option has no key")), "{p:?}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let p = problems_after(|a| {
        a["items"][0]["surprise"] = Value::Bool(true);
        a["items"][1]["kind"] = Value::String("essay".into());
        a["qualities"][0]["name"] = Value::Null;
    });
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(p.iter().any(|m| m.contains("items[0]") && m.contains("surprise: unknown field")));
    assert!(p.iter().any(|m| m.contains("unknown kind \"essay\"")));
    assert!(p.iter().any(|m| m.contains("qualities[0](client_first).name: expected an object")));
}

#[test]
fn broken_json_says_which_file() {
    let sources = Sources { assessment: SHIPPED.assessment, ladder: "{\"rungs\": [", journeys: SHIPPED.journeys };
    let p = Content::load(&sources).unwrap_err();
    assert!(p[0].to_string().starts_with("ladder.json: not valid JSON"), "{}", p[0]);
}

#[test]
fn a_quality_with_too_few_items_is_refused() {
    let p = problems_after(|a| {
        let items = a["items"].as_array_mut().unwrap();
        for item in items.iter_mut() {
            if let Some(qs) = item.get_mut("qualities").and_then(|q| q.as_array_mut()) {
                qs.retain(|q| q != "positivity");
                if qs.is_empty() {
                    qs.push(Value::String("client_first".into()));
                }
            }
        }
    });
    assert!(p.iter().any(|m| m.contains("quality \"positivity\" is measured by 0 item(s)")), "{p:?}");
}
