//! The configuration builder's draft: each operation writes exactly what
//! `config::read` accepts, problems land at their fields, colours without
//! contrast are refused with the nearest that passes, and a hostile file
//! opens with its problems and nothing lost.

use serde_json::{Value, json};
use service_ladder::content::Content;
use service_ladder::embed::builder::{self, Colour, ColourRefused, Draft, Mode, Snippet};
use service_ladder::embed::colour::{self, Rgb, SURFACE, WHITE};
use service_ladder::embed::config::{self, Parts};
use std::sync::OnceLock;

fn shipped() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

fn json_of(d: &Draft) -> Value {
    serde_json::from_str(&d.text()).expect("the draft is JSON")
}

#[test]
fn shipped_defaults_are_an_empty_valid_configuration() {
    let d = Draft::new();
    assert_eq!(json_of(&d), json!({}));
    let c = d.check(shipped());
    assert!(c.ok(), "{:?}", c.problems);
}

#[test]
fn a_hotel_chains_configuration_from_scratch() {
    let mut d = Draft::for_role("hospitality");
    d.set_name("ru", "Гранд Отели");
    d.set_name("en", "Grand Hotels");
    d.set_colour(Colour::Accent, Some("#0B5394")).expect("a dark blue passes");
    d.set_colour(Colour::Text, Some("#1b1f24")).expect("near-black passes");
    d.set_logo("https://hotels.example.com/logo.svg");
    d.set_parts(Parts::Assessment);
    d.set_intro("ru", "Самопроверка для сотрудников отелей.");
    d.set_languages(&["ru"]);
    d.set_threshold(4).expect("4 is in range");
    d.set_hosts("https://hotels.example.com, https://intranet.hotels.example.com");
    assert_eq!(
        json_of(&d),
        json!({
            "role": "hospitality",
            "brand": { "name": { "ru": "Гранд Отели", "en": "Grand Hotels" }, "accent": "#0b5394", "text": "#1b1f24",
                       "logo": "https://hotels.example.com/logo.svg" },
            "parts": "assessment",
            "intro": { "ru": "Самопроверка для сотрудников отелей." },
            "languages": ["ru"],
            "team_threshold": 4,
            "hosts": ["https://hotels.example.com", "https://intranet.hotels.example.com"]
        })
    );
    // The app reads it as written.
    let applied = config::read(&d.text(), shipped()).unwrap_or_else(|p| panic!("{p:?}"));
    let c = &applied.config;
    assert_eq!(c.role.as_deref(), Some("hospitality"));
    assert_eq!(c.languages, ["ru"]);
    assert_eq!(c.team_threshold(), 4);
    assert_eq!(c.parts, Parts::Assessment);
    assert_eq!(c.brand.accent, Some(Rgb(0x0b, 0x53, 0x94)));
    // Read back, the draft is the same.
    assert_eq!(Draft::open(&d.text()).expect("opens"), d);
    assert_eq!(d.languages(), ["ru"]);
    assert_eq!(d.threshold(), 4);
    assert_eq!(d.parts(), Parts::Assessment);
    assert_eq!(d.role(), Some("hospitality"));
    assert_eq!(d.words("name", true, "en"), "Grand Hotels");
}

#[test]
fn defaults_are_left_out_of_the_file_and_emptied_fields_removed() {
    let mut d = Draft::new();
    d.set_parts(Parts::Walkthrough);
    d.set_parts(Parts::Both);
    d.set_threshold(7).expect("in range");
    d.set_threshold(5).expect("the default");
    d.set_languages(&["ru"]);
    d.set_languages(&["ru", "en"]);
    d.set_name("ru", "Имя");
    d.set_name("ru", "  ");
    d.set_intro("en", "Hi");
    d.set_intro("en", "");
    d.set_colour(Colour::Accent, Some("#000")).expect("black passes");
    d.set_colour(Colour::Accent, None).expect("clearing is fine");
    d.set_role(Some("shop"));
    d.set_role(None);
    d.set_hosts("https://a.example.com");
    d.set_hosts("  ");
    assert_eq!(json_of(&d), json!({}));
    // The default language follows the languages offered.
    let mut d = Draft::open(r#"{"languages": ["ru", "en"], "default_language": "en"}"#).expect("opens");
    d.set_languages(&["ru"]);
    assert_eq!(json_of(&d), json!({"languages": ["ru"]}));
}

#[test]
fn the_threshold_stays_within_3_to_10() {
    let mut d = Draft::new();
    assert_eq!(d.threshold(), 5);
    assert_eq!(d.set_threshold(2), Err(3));
    assert_eq!(d.set_threshold(11), Err(10));
    assert_eq!(json_of(&d), json!({}));
    for n in 3..=10 {
        d.set_threshold(n).expect("in range");
        assert!(d.check(shipped()).ok());
        assert_eq!(d.threshold(), n);
    }
}

#[test]
fn a_colour_without_contrast_is_refused_with_the_nearest_that_passes() {
    let mut d = Draft::new();
    for (which, ground) in [(Colour::Accent, WHITE), (Colour::Text, SURFACE)] {
        for light in ["#ffcc00", "#9ad", "#ffffff", "#ff0000", "#777777"] {
            let rgb = Rgb::parse(light).expect("a colour");
            match d.set_colour(which, Some(light)) {
                Err(ColourRefused::TooLight { ratio, nearest }) => {
                    assert!(colour::contrast(rgb, ground) < 4.5, "{light}");
                    assert!(ratio.ends_with(":1"), "{ratio}");
                    assert!(colour::contrast(nearest, ground) >= 4.5, "{light} → {}", nearest.hex());
                    // Nearest: one step lighter would fail.
                    let up = |x: u8| x.saturating_add(2);
                    let lighter = Rgb(up(nearest.0), up(nearest.1), up(nearest.2));
                    assert!(colour::contrast(lighter, ground) < 4.6, "{light} → {} is not the nearest", nearest.hex());
                    // And it is taken.
                    d.set_colour(which, Some(&nearest.hex())).expect("the suggestion passes");
                }
                other => panic!("{light} should be refused, got {other:?}"),
            }
        }
        assert_eq!(d.set_colour(which, Some("red")), Err(ColourRefused::NotAColour));
    }
    // A passing colour is its own nearest.
    let blue = Rgb(0x0b, 0x53, 0x94);
    assert_eq!(builder::nearest_passing(blue, Colour::Accent), blue);
    // What was taken passes the app's own check with no warning.
    let applied = config::read(&d.text(), shipped()).expect("valid");
    assert!(applied.warnings.is_empty(), "{:?}", applied.warnings);
}

#[test]
fn problems_land_at_their_fields() {
    let text = r##"{
        "brand": { "accent": "#ffff00", "logo": "http://insecure.example.com/l.png", "name": {"ru": "A", "en": "A"} },
        "role": "spaceship",
        "team_threshold": 2,
        "languages": ["ru", "ru"],
        "hosts": ["intranet"],
        "surprise": 1
    }"##;
    let d = Draft::open(text).expect("an object opens");
    let c = d.check(shipped());
    assert!(!c.ok());
    let fields: Vec<&str> = c.problems.iter().map(|p| p.field.as_str()).collect();
    for f in ["brand.logo", "role", "team_threshold", "languages", "hosts"] {
        assert!(fields.contains(&f), "{f} not among {fields:?}");
        assert!(c.at(f).next().is_some());
    }
    // The unknown key is reported, at a field the builder has no place for.
    let known = ["brand.logo", "role", "team_threshold", "languages", "hosts", "brand.accent"];
    assert!(c.elsewhere(&known).any(|p| p.message.contains("surprise") || p.field == "surprise"), "{:?}", c.problems);
    // Nothing lost: the file is kept as written.
    assert_eq!(json_of(&d), serde_json::from_str::<Value>(text).expect("json"));
    assert_eq!(builder::field_of("items[3](c01).options[0].text"), "items");
    assert_eq!(builder::field_of("brand.name"), "brand.name");
    assert_eq!(builder::field_of(""), "");
}

#[test]
fn a_colour_that_fails_in_an_opened_file_is_a_warning_at_its_field() {
    let d = Draft::open(r##"{"brand": {"accent": "#ffff00"}}"##).expect("opens");
    let c = d.check(shipped());
    assert!(c.ok());
    assert_eq!(c.at("brand.accent").count(), 1, "{:?}", c.warnings);
}

#[test]
fn a_hostile_file_opens_with_its_problems_and_nothing_breaks() {
    // Not JSON, or not an object: not opened, with the reason.
    for bad in ["", "<script>alert(1)</script>", "[1,2]", "\"x\"", "{", "null"] {
        let e = Draft::open(bad).expect_err(bad);
        assert!(!e.0.message.is_empty());
    }
    // 10,000 items, markup, huge strings, invisible characters.
    let items: Vec<Value> = (0..10_000).map(|i| json!({"id": format!("x{i}"), "kind": "situation"})).collect();
    let huge = "A".repeat(100_000);
    let doc = json!({
        "brand": { "name": { "ru": "<img src=x onerror=alert(1)>", "en": "\u{202e}\u{200b}evil" } },
        "intro": { "ru": huge, "en": "ok" },
        "items": items,
    });
    let text = doc.to_string();
    let d = Draft::open(&text).expect("an object opens");
    let c = d.check(shipped());
    assert!(!c.ok());
    assert!(!c.problems.is_empty());
    assert_eq!(json_of(&d), doc, "nothing lost");
    // Smaller, under the size limit: problems at their fields.
    let items: Vec<Value> = (0..600).map(|i| json!({"id": format!("x{i}")})).collect();
    let d = Draft::open(&json!({"items": items, "intro": {"ru": "A".repeat(5000)}}).to_string()).expect("opens");
    let c = d.check(shipped());
    assert!(c.at("items").next().is_some(), "{:?}", c.problems);
}

#[test]
fn the_snippet_and_the_headers() {
    let s = Snippet {
        app: "https://sl.hotels.example.com/app/".into(),
        mode: Mode::Iframe,
        lang: Some("ru".into()),
        file: "config.json".into(),
        no_header: false,
    };
    assert_eq!(
        s.html(Parts::Assessment),
        "<div data-service-ladder data-config=\"config.json\" data-lang=\"ru\" data-parts=\"assessment\"></div>\n<script src=\"https://sl.hotels.example.com/app/embed.js\" async></script>"
    );
    assert_eq!(s.app_origin(), "https://sl.hotels.example.com");
    assert_eq!(s.host_policy(), "script-src https://sl.hotels.example.com; frame-src https://sl.hotels.example.com");
    let p = s.app_policy(
        &["https://www.hotels.example.com".into(), "not an origin".into()],
        Some("https://cdn.hotels.example.com/logo.svg"),
    );
    assert!(p.contains("frame-ancestors 'self' https://www.hotels.example.com"), "{p}");
    assert!(!p.contains("not an origin"));
    assert!(p.contains("img-src 'self' data: https://cdn.hotels.example.com;"), "{p}");
    let direct = Snippet { mode: Mode::Direct, lang: None, no_header: true, app: "https://x\"<.example/".into(), ..s };
    let html = direct.html(Parts::Both);
    assert!(html.contains("data-mode=\"direct\""));
    assert!(html.contains("data-header=\"none\""));
    assert!(!html.contains("data-parts"));
    assert!(!html.contains("x\"<"), "attributes are escaped: {html}");
    assert!(direct.host_policy().contains("'wasm-unsafe-eval'"));
}

#[test]
fn own_situations_with_three_answers_are_checked_as_shipped_ones() {
    let mut d = Draft::for_role("hospitality");
    d.set_languages(&["ru"]);
    let at = d.add_situation();
    assert_eq!(d.situations(), [at]);
    assert_eq!(d.item_id(at), "own1");
    // Nothing written yet: the app would refuse it, and says where.
    let c = d.check(shipped());
    assert!(!c.ok());
    assert!(c.at_item(at).next().is_some(), "{:?}", c.problems);
    assert!(c.at("items").next().is_some());
    d.set_situation_words(at, "ru", "Гость просит поздний выезд, а номер уже продан. Вы…");
    d.set_option_words(at, -1, "ru", "Говорите, что выезд в полдень, так записано в правилах.");
    d.set_option_words(at, 0, "ru", "Предлагаете оставить вещи в камере хранения до вечера.");
    d.set_option_words(at, 1, "ru", "Находите другой свободный номер и продлеваете выезд гостю.");
    d.set_qualities(at, &["client_first", "resourcefulness"]);
    let c = d.check(shipped());
    assert!(c.ok(), "{:?}", c.problems);
    let applied = config::read(&d.text(), shipped()).expect("valid");
    let item = applied
        .content
        .assessment
        .items
        .iter()
        .find(|i| i.id == "own1")
        .expect("the situation is in the questionnaire");
    assert_eq!(applied.config.items.len(), 1);
    assert!(!item.id.is_empty());
    assert_eq!(d.qualities(at), ["client_first", "resourcefulness"]);
    assert_eq!(d.option_words(at, 1, "ru"), "Находите другой свободный номер и продлеваете выезд гостю.");
    assert_eq!(json_of(&d)["items"][0]["roles"], json!(["hospitality"]));
    // One answer far longer than the others gives itself away: a warning at the item.
    d.set_option_words(at, 1, "ru", &"Находите другой свободный номер, ".repeat(8));
    let c = d.check(shipped());
    assert!(c.at_item(at).next().is_some(), "length balance: {:?} {:?}", c.problems, c.warnings);
    // A second one gets its own id; removing the first leaves the second.
    let second = d.add_situation();
    assert_eq!(d.item_id(second), "own2");
    d.remove_item(at);
    assert_eq!(d.situations(), [0]);
    assert_eq!(d.item_id(0), "own2");
    d.remove_item(0);
    assert!(json_of(&d).get("items").is_none());
    // An item's problems are its own.
    assert_eq!(builder::field_of("items[1](own2).options[0].text"), "items");
}

#[test]
fn a_journey_copied_from_a_template_and_edited() {
    let template =
        shipped().journeys.iter().find(|j| j.id == "hotel").or(shipped().journeys.first()).expect("a template");
    let mut d = Draft::new();
    d.set_languages(&["ru"]);
    let at = d.copy_journey(template);
    assert_eq!(d.journey_id(at), format!("own-{}", template.id));
    assert_eq!(d.copy_journey(template), 1);
    assert_eq!(d.journey_id(1), format!("own-{}-2", template.id));
    d.remove_journey(1);
    assert_eq!(d.journey_count(), 1);
    let n = d.touchpoint_count(at);
    assert!(n >= 2);
    d.set_journey_name(at, "ru", "Наш гость");
    d.set_touchpoint_words(at, 0, "name", "ru", "Звонок в отель");
    d.set_touchpoint_words(at, 0, "expectation", "ru", "Ответят быстро и вежливо");
    d.set_handoff(at, 0, true);
    let second = d.touchpoint_words(at, 1, "name", "ru");
    assert!(d.move_touchpoint(at, 1, true));
    assert_eq!(d.touchpoint_words(at, 0, "name", "ru"), second);
    assert!(d.handoff(at, 1));
    assert!(!d.move_touchpoint(at, 0, true), "the first cannot move earlier");
    assert!(!d.move_touchpoint(at, n - 1, false), "the last cannot move later");
    assert!(d.remove_touchpoint(at, 0));
    assert_eq!(d.touchpoint_count(at), n - 1);
    let applied = config::read(&d.text(), shipped()).unwrap_or_else(|p| panic!("{p:?}"));
    let j = applied.content.journeys.iter().find(|j| j.id == d.journey_id(at)).expect("the copy is offered");
    assert_eq!(j.name.for_code("ru"), "Наш гость");
    assert_eq!(j.touchpoints[0].name.for_code("ru"), "Звонок в отель");
    assert!(j.touchpoints[0].handoff);
    // An emptied name is a problem at the journey.
    d.set_touchpoint_words(at, 0, "name", "ru", "");
    let c = d.check(shipped());
    assert!(c.problems.iter().any(|p| p.field == "journeys" && p.path.starts_with("journeys[0]")), "{:?}", c.problems);
    // A journey keeps one touchpoint at least.
    while d.touchpoint_count(at) > 1 {
        assert!(d.remove_touchpoint(at, 0));
    }
    assert!(!d.remove_touchpoint(at, 0));
}
