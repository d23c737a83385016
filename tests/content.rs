//! The shipped content loads through the same validated path a company's
//! configuration uses, and broken content is refused with messages that
//! name the item and field.

use serde_json::Value;
use service_ladder::content::{Content, ItemKind, SHIPPED, Sources};
use service_ladder::text::language_file::native;

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
        assert!(!item.text.for_code("ru").is_empty() && !item.text.for_code("en").is_empty());
        for c in &item.choices {
            assert!(!c.text.for_code("ru").is_empty() && !c.text.for_code("en").is_empty(), "{} / {}", item.id, c.id);
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
    assert!(p.iter().any(|m| m.contains(".options[1]") && m.ends_with(".key: missing")), "{p:?}");
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

// ---------------------------------------------------------------------------
// The instrument: situations that do not give their answer away, keys that
// stand for the seed's behaviours, pairs, roles, candour.

use service_ladder::content::cues;
use service_ladder::content::{Assessment, Item, NOT_APPLICABLE, Trait};
use service_ladder::embed::config;

fn shipped() -> Content {
    Content::shipped().unwrap_or_else(|p| panic!("{p:?}"))
}

fn situations(a: &Assessment) -> impl Iterator<Item = &Item> {
    a.items.iter().filter(|i| i.kind == ItemKind::Situation && i.pressure_of.is_none())
}

#[test]
fn no_option_gives_its_answer_away_by_length_or_cue_words() {
    let c = shipped();
    let langs = [cues::Cues::new("ru", Some(native("ru"))), cues::Cues::new("en", Some(native("en")))];
    let mut problems = Vec::new();
    for (i, item) in c.assessment.items.iter().enumerate() {
        problems.extend(cues::check(item, &format!("items[{i}]"), &langs));
    }
    assert!(problems.is_empty(), "{:#?}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>());
    // Nor does being the longest, or a place in the list.
    let n = situations(&c.assessment).count();
    for lang in [native("ru"), native("en")] {
        let longest = situations(&c.assessment)
            .filter(|item| {
                let len = |key: f64| {
                    item.choices
                        .iter()
                        .filter(|c| c.value == key)
                        .map(|c| c.text.get(lang).chars().count())
                        .max()
                        .unwrap_or(0)
                };
                let others = item
                    .choices
                    .iter()
                    .filter(|c| c.value != 1.0)
                    .map(|c| c.text.get(lang).chars().count())
                    .max()
                    .unwrap_or(0);
                len(1.0) > others
            })
            .count();
        assert!(longest * 4 <= n, "{}: the +1 option is the longest in {longest} of {n} situations", lang.code());
    }
    for position in 0..3 {
        let at = situations(&c.assessment).filter(|i| i.choices.get(position).is_some_and(|c| c.value == 1.0)).count();
        assert!(at * 2 <= n, "the +1 option comes at place {} in {at} of {n} situations", position + 1);
    }
}

#[test]
fn a_companys_own_items_are_checked_the_same_way() {
    let c = shipped();
    // The documented example passes…
    let example = config::read(include_str!("../docs/config.example.json"), &c).unwrap_or_else(|p| panic!("{p:?}"));
    assert!(example.warnings.is_empty(), "{:?}", example.warnings);
    // …and an item whose options give the answer away is read, with a
    // warning for each cue.
    let cfg = serde_json::json!({ "items": [{
        "id": "x1", "kind": "situation", "qualities": ["respect"],
        "text": { "ru": "Клиент ждёт. Вы…", "en": "A client is waiting. You…" },
        "options": [
            { "id": "a", "key": 0, "text": { "ru": "Действуете по инструкции, как положено.", "en": "Act by the book." } },
            { "id": "b", "key": 1, "text": { "ru": "С радостью подходите, здороваетесь, спрашиваете, чем помочь, и предлагаете воды.", "en": "Gladly go over, greet them, ask how you can help and offer them a glass of water." } },
            { "id": "c", "key": -1, "text": { "ru": "Продолжаете работать.", "en": "Carry on working." } }
        ]
    }]});
    let applied = config::read(&cfg.to_string(), &c).unwrap_or_else(|p| panic!("{p:?}"));
    let warnings: Vec<String> = applied.warnings.iter().map(|w| w.to_string()).collect();
    for expected in [
        "items[0](x1).options: options in ru are",
        "items[0](x1).options: options in en are",
        "items[0](x1).options(a).text.ru: \"как положено\", \"положено\", \"по инструкци\" marks this option",
        "items[0](x1).options(b).text.en: \"gladly\" marks this option",
    ] {
        assert!(warnings.iter().any(|w| w.starts_with(expected)), "missing {expected:?} in {warnings:#?}");
    }
}

/// The seed's three lists (003, slides 6–8), by the ladder behaviour that
/// stands for each entry.
const SEED_BEHAVIOURS: [(i8, &str, &str); 33] = [
    (-1, "rudeness", "Грубость"),
    (-1, "boorishness", "Хамство"),
    (-1, "ignoring", "Игнорирование"),
    (-1, "getting_personal", "Переход «на личности»"),
    (-1, "broken_promise", "Не выполнять обещания"),
    (-1, "indifference", "Равнодушие, формальное общение"),
    (-1, "unprofessional", "Непрофессиональный подход (не знаю, что делать)"),
    (-1, "bias", "Предвзятое отношение"),
    (-1, "redirecting", "Переадресация вопросов"),
    (-1, "deception", "Обман, сокрытие информации"),
    (-1, "lateness", "Непунктуальность, перенос сроков"),
    (-1, "shifting_work", "«Свалить» часть работы на клиента"),
    (-1, "no_feedback", "Отсутствие обратной связи"),
    (-1, "not_my_job", "«Не моя компетенция» или ссылка на обстоятельства"),
    (0, "minimal_standards", "Реализуются минимальные стандарты"),
    (0, "basic_understanding", "Понимание понятия клиентоориентированности (минимум)"),
    (0, "formal_approach", "Формальный подход"),
    (0, "no_initiative", "Безынициативность"),
    (0, "template_only", "Решение вопроса по шаблону (по инструкции) и никак по-другому"),
    (0, "just_to_operate", "Для компании этот уровень «чтобы работать»"),
    (1, "surprise", "Удивлять клиента. Делать больше, чем он спрашивает"),
    (1, "needs", "Изучить потребности"),
    (1, "informal_pro", "Неформальный подход, основанный на профессионализме"),
    (1, "asked_feedback", "Запрос обратной связи"),
    (1, "informed", "Доступность для клиента, информирование"),
    (1, "single_entry", "Единая «точка входа» (один телефон — много решений)"),
    (1, "related_services", "Расширение сопутствующих услуг"),
    (1, "honesty", "Честность, выполнение обязательств"),
    (1, "politeness", "Вежливость"),
    (1, "brand_care", "Забота об имидже, бренде, репутации"),
    (1, "freedom_of_choice", "Свобода выбора"),
    (1, "emotional_involvement", "Эмоциональное участие"),
    (1, "thanked", "Благодарность клиенту"),
];

#[test]
fn every_key_stands_for_a_behaviour_on_the_seeds_list_of_that_rung() {
    let c = shipped();
    let seed = |b: usize| {
        let id = &c.ladder.behaviours[b].id;
        SEED_BEHAVIOURS
            .iter()
            .find(|(_, s, _)| s == id)
            .unwrap_or_else(|| panic!("behaviour {id} is not on the seed's lists"))
    };
    let mut named = Vec::new();
    for item in c.assessment.items.iter().filter(|i| i.pressure_of.is_none()) {
        match item.kind {
            ItemKind::Situation => {
                for ch in &item.choices {
                    let b = ch.behaviour.unwrap_or_else(|| panic!("{}/{} names no behaviour", item.id, ch.id));
                    let (rung, _, words) = seed(b);
                    assert_eq!(
                        f64::from(*rung),
                        ch.value,
                        "{}/{} is keyed {} but stands for «{words}»",
                        item.id,
                        ch.id,
                        ch.value
                    );
                    named.push(format!("{}/{} {:+} «{words}»", item.id, ch.id, ch.value));
                }
            }
            ItemKind::Frequency | ItemKind::Reverse => {
                let b = item.behaviour.unwrap_or_else(|| panic!("{} names no behaviour", item.id));
                let want = if item.kind == ItemKind::Frequency { 1 } else { -1 };
                assert_eq!(seed(b).0, want, "{} asks about «{}»", item.id, seed(b).2);
            }
            _ => {}
        }
    }
    eprintln!("keys and the seed behaviours they stand for:\n{}", named.join("\n"));
}

#[test]
fn a_moved_deadline_is_a_disappointment_and_one_option_keeps_the_promise() {
    // The first release keyed "on Friday, give a new date" as the standard;
    // the seed lists moved deadlines and broken promises as disappointment.
    let c = shipped();
    let item = c.assessment.items.iter().find(|i| i.id == "office_deadline").expect("the deadline situation");
    let behaviour = |ch: &service_ladder::content::Choice| c.ladder.behaviours[ch.behaviour.unwrap_or(0)].id.as_str();
    for ch in &item.choices {
        if ["lateness", "broken_promise"].contains(&behaviour(ch)) {
            assert_eq!(ch.value, -1.0, "{}", ch.text.for_code("en"));
        }
    }
    let kept = item.choices.iter().find(|ch| ch.value == 1.0).expect("a +1 option");
    assert_eq!(behaviour(kept), "honesty");
    assert!(kept.text.for_code("en").contains("by Friday"), "{}", kept.text.for_code("en"));
}

#[test]
fn every_role_has_a_full_instrument() {
    let c = shipped();
    let a = &c.assessment;
    let ids: Vec<&str> = a.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["mixed", "car_dealership", "shop", "hospitality", "office"], "the mixed set is the default");
    for role in &a.roles {
        let set = a.for_role(&role.id);
        let count = |k: ItemKind| set.items.iter().filter(|i| i.kind == k).count();
        let behaviour = |i: &Item| i.behaviour.map(|b| c.ladder.behaviours[b].id.as_str());
        assert!((26..=32).contains(&set.items.len()), "{}: {} items", role.id, set.items.len());
        assert_eq!(situations(&set).count(), 5, "{}", role.id);
        assert!(set.pairs().len() >= 3, "{}: pairs", role.id);
        assert!(count(ItemKind::Trait(Trait::Mood)) >= 2, "{}: mood items", role.id);
        assert!(count(ItemKind::Trait(Trait::Ownership)) >= 3, "{}: ownership items", role.id);
        // Issue 18: at least six candour items, spread through the check
        // (no two in a row), so they are not a block to answer alike.
        assert!(count(ItemKind::Trait(Trait::Candour)) >= 6, "{}: candour items", role.id);
        let candour = |i: &Item| i.kind == ItemKind::Trait(Trait::Candour);
        assert!(
            set.items.windows(2).all(|w| !(candour(&w[0]) && candour(&w[1]))),
            "{}: two candour items in a row",
            role.id
        );
        let opposites = set.items.iter().filter(|i| i.opposite.is_some()).count();
        assert!(opposites >= 4, "{}: {opposites} pairs of opposite statements", role.id);
        assert!(count(ItemKind::Reverse) >= 2, "{}: reverse items", role.id);
        for b in ["emotional_involvement", "thanked"] {
            assert!(set.items.iter().any(|i| behaviour(i) == Some(b)), "{}: no item asks about {b}", role.id);
        }
        assert!(set.items.iter().any(|i| i.allows_na), "{}", role.id);
        // Situations come from the role's own world (the mixed set borrows).
        if role.id != "mixed" {
            assert!(situations(&set).all(|i| i.roles.contains(&role.id)), "{}", role.id);
        }
    }
    assert!(a.items.iter().filter(|i| i.allows_na).all(|i| i.kind.is_ladder()));
}

#[test]
fn the_answer_scales_say_the_same_in_both_languages() {
    let c = shipped();
    let labels = |points: &[service_ladder::content::ScalePoint], lang: service_ladder::text::lang::Lang| {
        points.iter().map(|p| p.label.get(lang).to_string()).collect::<Vec<_>>()
    };
    assert_eq!(
        labels(&c.assessment.agreement, native("ru")),
        ["Совсем не согласен", "Не согласен", "Нейтрально", "Согласен", "Полностью согласен"]
    );
    assert_eq!(
        labels(&c.assessment.agreement, native("en")),
        ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
    );
    assert_eq!(labels(&c.assessment.frequency, native("ru")), ["Никогда", "Редко", "Иногда", "Часто", "Всегда"]);
    assert_eq!(labels(&c.assessment.frequency, native("en")), ["Never", "Rarely", "Sometimes", "Often", "Always"]);
}

/// Issue 18: an outside simulation needs nothing but the content file and
/// `make score`, so every key is written out in it.
#[test]
fn the_scoring_key_is_open_in_the_content() {
    let a = shipped_json("assessment");
    for point in a["scales"]["frequency"].as_array().unwrap() {
        assert!(point["key"].is_number() && point["lapse_key"].is_number(), "{point}");
    }
    for point in a["scales"]["agreement"].as_array().unwrap() {
        assert!(point["key"].is_number(), "{point}");
    }
    for item in a["items"].as_array().unwrap() {
        let kind = item["kind"].as_str().unwrap();
        match kind {
            "situation" if item.get("pressure_of").is_none() => {
                assert!(item["options"].as_array().unwrap().iter().all(|o| o["key"].is_i64()), "{}", item["id"])
            }
            "mood" | "script" | "ownership" | "candour" => {
                assert!(["agree", "disagree"].contains(&item["top"].as_str().unwrap_or("")), "{}: top", item["id"])
            }
            _ => {}
        }
    }
    // The absence of a lapse is the standard, never «wow» (seed 003).
    let c = shipped();
    for item in c.assessment.items.iter().filter(|i| i.kind == ItemKind::Reverse) {
        let never = item.choice("never").expect("never");
        assert_eq!(never.value, 0.0, "{}", item.id);
        assert!(item.choices.iter().all(|ch| ch.value <= 0.0), "{}", item.id);
    }
}

#[test]
fn the_end_that_counts_and_opposite_statements_are_checked() {
    let statement = |a: &mut Value, id: &str| -> usize {
        a["items"].as_array().unwrap().iter().position(|i| i["id"] == id).unwrap()
    };
    let p = problems_after(|a| {
        let i = statement(a, "own_conviction");
        a["items"][i]["top"] = Value::String("disagree".into());
    });
    assert!(
        p.iter().any(|m| m.contains(
            "own_conviction).top: a ownership statement counts toward the top when the person answers \"agree\""
        )),
        "{p:?}"
    );
    let p = problems_after(|a| {
        let i = statement(a, "mood_bad_day");
        a["items"][i]["opposite"] = Value::String("mood_depends".into());
    });
    assert!(p.iter().any(|m| m.contains("says the same, not the opposite")), "{p:?}");
    let p = problems_after(|a| {
        let i = statement(a, "mood_bad_day");
        a["items"][i]["opposite"] = Value::String("rules_wait".into());
    });
    assert!(p.iter().any(|m| m.contains("\"rules_wait\" is not a mood statement")), "{p:?}");
    let p = problems_after(|a| {
        a["scales"]["frequency"][4]["key"] = serde_json::json!(0.25);
    });
    assert!(p.iter().any(|m| m.contains("keys must rise")), "{p:?}");
}

#[test]
fn pairs_and_the_reserved_answer_are_checked() {
    let first_situation = |a: &mut Value| {
        a["items"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|i| i["kind"] == "situation" && i.get("options").is_some())
            .unwrap()
            .clone()
    };
    let p = problems_after(|a| {
        let mut item = first_situation(a);
        item["options"][0]["id"] = Value::String(NOT_APPLICABLE.into());
        a["items"][0] = item;
    });
    assert!(p.iter().any(|m| m.contains("\"na\" is kept for \"does not happen in my job\"")), "{p:?}");
    let p = problems_after(|a| {
        let items = a["items"].as_array_mut().unwrap();
        let pressure = items.iter_mut().find(|i| i.get("pressure_of").is_some()).unwrap();
        pressure["pressure_of"] = Value::String("nowhere".into());
    });
    assert!(p.iter().any(|m| m.contains(".pressure_of: no item \"nowhere\" to pair with")), "{p:?}");
    let p = problems_after(|a| {
        let items = a["items"].as_array_mut().unwrap();
        let pressure = items.iter_mut().find(|i| i.get("pressure_of").is_some()).unwrap();
        pressure["qualities"] = serde_json::json!(["respect"]);
    });
    assert!(p.iter().any(|m| m.contains(".qualities: a pressure item takes this from its ordinary-day twin")), "{p:?}");
    let p = problems_after(|a| {
        let items = a["items"].as_array_mut().unwrap();
        let mood = items.iter_mut().find(|i| i["kind"] == "mood").unwrap();
        mood["allows_na"] = Value::Bool(true);
    });
    assert!(p.iter().any(|m| m.contains(".allows_na: statements about oneself always apply")), "{p:?}");
    let p = problems_after(|a| {
        a["items"][0]["roles"] = serde_json::json!(["spaceport"]);
    });
    assert!(p.iter().any(|m| m.contains("unknown role \"spaceport\"")), "{p:?}");
}

#[test]
fn every_reason_and_level_sentence_is_there_in_both_languages() {
    let c = shipped();
    for id in service_ladder::check::explain::Reason::IDS {
        let t = c.assessment.reason_text(id).unwrap_or_else(|| panic!("{id}"));
        assert!(!t.for_code("ru").is_empty() && !t.for_code("en").is_empty());
    }
    let p = problems_after(|a| {
        a["reasons"].as_array_mut().unwrap().retain(|r| r["id"] != "connection");
        a["confidence"]["mixed"]["en"] = Value::String("Between two levels.".into());
    });
    assert!(p.iter().any(|m| m.contains("no sentence for reason \"connection\"")), "{p:?}");
    assert!(p.iter().any(|m| m.contains("confidence.mixed.en: must name the level with {level} and {other}")), "{p:?}");
}

// ---------------------------------------------------------------------------
// Everything the seeds hold, where it lives in the content, and where the
// interface shows it. tests/e2e/concepts.test.mjs reads this list, visits
// each place and finds each concept there.

/// A seed concept, where the content holds it — `file.section:id`
/// (`ladder.rungs:-1`, `ladder.behaviours:rung=1` for a whole list) — and
/// the places of the interface that show it (see `PLACES`), space-separated.
struct SeedConcept {
    seed: &'static str,
    concept: &'static str,
    content: &'static str,
    shown: &'static str,
}

const fn concept(seed: &'static str, concept: &'static str, content: &'static str, shown: &'static str) -> SeedConcept {
    SeedConcept { seed, concept, content, shown }
}

/// Where the interface shows the seeds' concepts, each a place a person
/// reaches in a few steps.
const PLACES: [(&str, &str); 8] = [
    (
        "result.ladder",
        "the result's first screen: the ladder picture, each step glossed with its rung and service levels",
    ),
    ("result.chart", "the result: the quality chart"),
    (
        "result.how",
        "the result: \"How this was worked out\" (the three levels, the expectation ladder and the service levels)",
    ),
    (
        "result.shortfalls",
        "the result: \"How this was worked out\", where answers fell to disappointment (when any did)",
    ),
    ("result.library", "the result: \"What good service is made of\""),
    ("role.clients", "before the first question: \"Who is my client?\" under the choice of work"),
    ("journeys", "the walkthrough: the list of journeys"),
    ("touchpoint", "the walkthrough: a touchpoint's checklists of what happened"),
];

const SEED_CONCEPTS: [SeedConcept; 72] = [
    // 000: service for the client in the broad and narrow sense.
    concept(
        "000",
        "why client service matters (competing on service; Gartner 89 %)",
        "concepts.service:importance",
        "result.library",
    ),
    concept("000", "product versus service", "concepts.service:product_and_service", "result.library"),
    concept(
        "000",
        "the product attracts, service (emotional connection) retains",
        "concepts.service:retention",
        "result.library",
    ),
    concept(
        "000",
        "service as partnership: competence, reliability, stability, predictability",
        "concepts.service:partnership",
        "result.library",
    ),
    concept("000", "service in the broad sense", "concepts.service:broad", "result.library"),
    concept("000", "service in the narrow sense", "concepts.service:narrow", "result.library"),
    concept("000", "client-first mindset", "assessment.qualities:client_first", "result.chart"),
    concept("000", "resourcefulness", "assessment.qualities:resourcefulness", "result.chart"),
    concept("000", "reliability", "assessment.qualities:reliability", "result.chart"),
    concept("000", "professional acumen", "assessment.qualities:acumen", "result.chart"),
    concept("000", "people orientation", "assessment.qualities:people", "result.chart"),
    concept("000", "respect", "assessment.qualities:respect", "result.chart"),
    concept("000", "responsiveness (attentiveness)", "assessment.qualities:responsiveness", "result.chart"),
    concept("000", "positive attitude", "assessment.qualities:positivity", "result.chart"),
    concept(
        "000",
        "ideal service: accessible, simple, transparent, clear",
        "concepts.ideal_service:accessibility",
        "result.library",
    ),
    concept("000", "ideal service: exceeding expectations", "concepts.ideal_service:exceeding", "result.library"),
    concept(
        "000",
        "ideal service: interest in the buyer and their needs",
        "concepts.ideal_service:interest",
        "result.library",
    ),
    concept("000", "ideal service: attention to small things", "concepts.ideal_service:small_things", "result.library"),
    concept("000", "ideal service: politeness and respect", "concepts.ideal_service:politeness", "result.library"),
    concept("000", "ideal service: accuracy and promptness", "concepts.ideal_service:accuracy", "result.library"),
    concept("000", "the car-dealership interaction scheme", "journeys:car_dealership", "journeys"),
    concept("000", "internal clients, with examples", "concepts.clients:internal", "role.clients result.library"),
    concept("000", "external clients, with examples", "concepts.clients:external", "role.clients result.library"),
    // 001: nine principles of quality service.
    concept(
        "001",
        "keeping clients costs less than winning new ones",
        "concepts.principles:keep_clients",
        "result.library",
    ),
    concept("001", "service costs real money", "concepts.principles:costs_money", "result.library"),
    concept(
        "001",
        "find the needs and meet them (feedback, mystery shopping, visits, research)",
        "concepts.principles:know_needs",
        "result.library",
    ),
    concept("001", "product features and design matter", "concepts.principles:product_matters", "result.library"),
    concept("001", "service must be consistent in every branch", "concepts.principles:consistency", "result.library"),
    concept(
        "001",
        "employees are clients too (service-profit chain)",
        "concepts.principles:employees_are_clients",
        "result.library",
    ),
    concept("001", "every channel of contact", "concepts.principles:every_channel", "result.library"),
    concept("001", "every contact is a chance to shine", "concepts.principles:chance_to_shine", "result.library"),
    concept(
        "001",
        "people expect good service everywhere",
        "concepts.principles:expected_everywhere",
        "result.library",
    ),
    // 002: levels and tips of service, after-sales service.
    concept("002", "service level: satisfy", "concepts.service_levels:satisfy", "result.ladder result.how"),
    concept("002", "service level: exceed", "concepts.service_levels:exceed", "result.ladder result.how"),
    concept("002", "service level: delight", "concepts.service_levels:delight", "result.ladder result.how"),
    concept("002", "service level: amaze", "concepts.service_levels:amaze", "result.ladder result.how"),
    concept("002", "tip: clarify complaints with open questions", "concepts.tips:clarify_complaints", "result.library"),
    concept("002", "tip: believe in what you say", "concepts.tips:believe", "result.library"),
    concept("002", "tip: let go of doubts", "concepts.tips:no_doubts", "result.library"),
    concept("002", "tip: answer quickly and consistently", "concepts.tips:fast_consistent", "result.library"),
    concept("002", "tip: proactive contact", "concepts.tips:proactive", "result.library"),
    concept("002", "tip: plan workplaces", "concepts.tips:workplaces", "result.library"),
    concept("002", "tip: every client is different", "concepts.tips:every_client_different", "result.library"),
    concept("002", "tip: self-service must not become bad service", "concepts.tips:self_service", "result.library"),
    concept("002", "basic service level: availability", "concepts.basic_service:availability", "result.library"),
    concept("002", "basic service level: functionality", "concepts.basic_service:functionality", "result.library"),
    concept("002", "basic service level: reliability", "concepts.basic_service:reliability", "result.library"),
    concept("002", "where service quality is assessed", "concepts.service:quality_bases", "result.library"),
    concept("002", "after-sales service", "concepts.after_sales:about", "result.library"),
    concept("002", "after-sales: technical and trade", "concepts.after_sales:technical", "result.library"),
    concept("002", "after-sales: warranty and post-warranty", "concepts.after_sales:warranty", "result.library"),
    concept("002", "after-sales: hard and soft", "concepts.after_sales:content", "result.library"),
    concept("002", "after-sales: direct and indirect", "concepts.after_sales:direction", "result.library"),
    concept("002", "after-sales: standard and individual", "concepts.after_sales:adaptation", "result.library"),
    concept("002", "after-sales: by scale", "concepts.after_sales:scale", "result.library"),
    concept("002", "after-sales: trends", "concepts.after_sales:trends", "result.library"),
    // 003: client orientation, its three levels and the expectation ladder.
    concept(
        "003",
        "client orientation as a balance of expectations and permissions",
        "concepts.orientation:balance",
        "result.library",
    ),
    concept("003", "expectation gravediggers", "concepts.orientation:gravediggers", "result.shortfalls result.library"),
    concept("003", "guarantees, not promises", "concepts.orientation:guarantees", "result.library"),
    concept("003", "sincere attention to detail", "concepts.orientation:attention", "result.library"),
    concept(
        "003",
        "the client's problems and needs: who is my client?",
        "concepts.orientation:client_needs",
        "role.clients result.library",
    ),
    concept(
        "003",
        "give a little more: sincerity, friendliness, thanks",
        "concepts.orientation:a_little_more",
        "result.library",
    ),
    concept(
        "003",
        "not pleasing but improving; when did you last walk the client's path?",
        "concepts.orientation:self_improvement",
        "result.library",
    ),
    concept("003", "spontaneous client orientation", "assessment.levels:spontaneous", "result.ladder result.how"),
    concept("003", "regulated client orientation", "assessment.levels:regulated", "result.ladder result.how"),
    concept("003", "cultural client orientation", "assessment.levels:cultural", "result.ladder result.how"),
    concept("003", "ladder: disappointment (−1)", "ladder.rungs:-1", "result.how"),
    concept("003", "ladder: satisfaction (0)", "ladder.rungs:0", "result.how"),
    concept("003", "ladder: «wow» (+1)", "ladder.rungs:1", "result.how"),
    concept("003", "the disappointment behaviours", "ladder.behaviours:rung=-1", "touchpoint"),
    concept("003", "the satisfaction behaviours", "ladder.behaviours:rung=0", "touchpoint"),
    concept("003", "the «wow» behaviours", "ladder.behaviours:rung=1", "touchpoint"),
];

/// Whether the content holds what a location names.
fn holds(c: &Content, location: &str) -> bool {
    let Some((place, id)) = location.split_once(':') else { return false };
    match place.split_once('.') {
        Some(("concepts", section)) => c
            .concepts
            .get(section, id)
            .is_some_and(|x| !x.text.for_code("ru").is_empty() && !x.text.for_code("en").is_empty()),
        Some(("assessment", "qualities")) => c.assessment.qualities.iter().any(|q| q.id == id),
        Some(("assessment", "levels")) => c.assessment.levels.iter().any(|l| l.level.id() == id),
        Some(("ladder", "rungs")) => c.ladder.rungs.iter().any(|r| Some(r.key) == id.parse().ok()),
        Some(("ladder", "behaviours")) => {
            let rung: Option<i8> = id.strip_prefix("rung=").and_then(|k| k.parse().ok());
            let on_seed = SEED_BEHAVIOURS.iter().filter(|(r, _, _)| Some(*r) == rung);
            let mut listed = on_seed.map(|(_, b, _)| c.ladder.behaviour_index(b));
            rung.is_some() && listed.all(|found| found.is_some())
        }
        None if place == "journeys" => c.journeys.iter().any(|j| j.id == id),
        _ => false,
    }
}

#[test]
fn every_concept_of_the_seeds_lives_in_the_content() {
    let c = shipped();
    let missing: Vec<String> = SEED_CONCEPTS
        .iter()
        .filter(|k| !holds(&c, k.content))
        .map(|k| format!("{} ({}): {}", k.concept, k.seed, k.content))
        .collect();
    assert!(missing.is_empty(), "not in the content:\n{}", missing.join("\n"));
    // Every entry of concepts.json is accounted for.
    for section in service_ladder::content::concepts::Concepts::SECTIONS {
        for entry in c.concepts.section(section).unwrap_or_default() {
            let at = format!("concepts.{section}:{}", entry.id);
            assert!(SEED_CONCEPTS.iter().any(|k| k.content == at), "{at} is in concepts.json but not in the list");
        }
    }
    assert!(!holds(&c, "concepts.tips:nonsense") && !holds(&c, "ladder.rungs:7"), "the check can fail");
}

#[test]
fn every_concept_of_the_seeds_is_shown_somewhere_a_person_can_reach() {
    for k in &SEED_CONCEPTS {
        assert!(!k.shown.is_empty(), "{} ({}) is shown nowhere", k.concept, k.seed);
        for place in k.shown.split(' ') {
            assert!(PLACES.iter().any(|(p, _)| *p == place), "{}: unknown place \"{place}\"", k.concept);
        }
    }
    // Every place shows something.
    for (place, _) in PLACES {
        assert!(SEED_CONCEPTS.iter().any(|k| k.shown.split(' ').any(|p| p == place)), "{place} shows nothing");
    }
    // The principles are also linked from the recommendations they support:
    // every quality's recommendation has at least one behind it.
    let c = shipped();
    for q in 0..c.assessment.qualities.len() {
        assert!(c.concepts.principles_for_quality(q).next().is_some());
    }
}

/// Russian cue words are found whatever the case, and Cyrillic capitals
/// lower as the cue-word check reads them (moved from the unit tests, so
/// that no Russian text lives in src/).
#[test]
fn russian_cue_words_are_found_in_any_case() {
    use service_ladder::content::cues::{cue_words, cue_words_in};
    use service_ladder::text::clean::lower_char;
    let ru = cue_words(service_ladder::text::language_file::native("ru"));
    assert_eq!(cue_words_in("Как положено по правилам, вы…", &ru), ["по правилам", "как положено", "положено"]);
    assert_eq!(cue_words_in("ГРУБО И РАЗДРАЖЁННО", &ru), ["грубо", "раздражённо"]);
    assert_eq!(cue_words_in("СТАНДАРТНЫЙ ОТВЕТ", &ru), ["стандартн"]);
    assert_eq!("ЀЏАЯЁҚӘӨІӀ".chars().map(lower_char).collect::<String>(), "ѐџаяёқәөіӏ");
}
