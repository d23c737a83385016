//! The journey map as a 16:9 slide (SVG): its size, every touchpoint named,
//! text from people escaped, and long journeys kept inside the picture.

use service_ladder::content::Content;
use service_ladder::text::lang::Text;
use service_ladder::text::language_file::native;
use service_ladder::walk::journey::{Journey, MAX_TOUCHPOINTS};
use service_ladder::walk::record::{CheckAnswer, Walk};
use service_ladder::walk::slide::{self, HEIGHT, WIDTH};

fn content() -> Content {
    Content::shipped().expect("shipped content loads")
}

fn walked(j: &Journey) -> Walk {
    let mut w = Walk::new(&j.id);
    for (i, t) in j.touchpoints.iter().enumerate() {
        let a = w.audit_mut(&t.id);
        match i % 3 {
            0 => a.rating = Some(1),
            1 => {
                a.ticks = ["rudeness", "lateness"].iter().map(|s| s.to_string()).collect();
                a.checks.insert("no_repeat".into(), CheckAnswer::No);
            }
            _ => a.ticks = ["formal_approach"].iter().map(|s| s.to_string()).collect(),
        }
    }
    w
}

/// The picture's text as one line: tags out, lines joined by spaces.
fn plain(svg: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in svg.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every number given to an `x`, `y`, `width` or `height` attribute.
fn coordinates(svg: &str, attr: &str) -> Vec<i64> {
    let key = format!(" {attr}=\"");
    svg.match_indices(&key)
        .filter_map(|(at, _)| {
            let rest = &svg[at + key.len()..];
            rest[..rest.find('"')?].parse().ok()
        })
        .collect()
}

#[test]
fn the_slide_is_16_9_and_names_every_touchpoint_in_either_language() {
    let c = content();
    let j = &c.journeys[0];
    for lang in [native("en"), native("ru")] {
        let svg = slide::svg(j, &walked(j), &c.ladder, lang);
        assert!(svg.starts_with(&format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}""#
        )));
        assert_eq!(WIDTH * 9, HEIGHT * 16);
        let text = plain(&svg);
        for t in &j.touchpoints {
            assert!(text.contains(&slide::escape(t.name.get(lang))), "{}", t.name.get(lang));
        }
        // Faces for the rated touchpoints, the hand-off legend, the failed check said as a statement.
        assert!(svg.contains(slide::mouth(service_ladder::walk::map::Face::Sad)));
        assert!(text.contains(&slide::escape(c.ladder.handoff.name.get(lang))));
        assert!(text.contains(&slide::escape(c.ladder.handoff_checks[1].failed.get(lang))), "{text}");
        assert_eq!(svg.matches("<svg").count(), svg.matches("</svg>").count());
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    }
}

#[test]
fn text_from_people_is_escaped() {
    let c = content();
    let mut j = c.journeys[0].clone();
    j.name = Text::same("<script>alert(1)</script> & \"co\"");
    j.touchpoints[0].name = Text::same("<img src=x onerror=alert(1)>");
    let svg = slide::svg(&j, &walked(&j), &c.ladder, native("en"));
    assert!(!svg.contains("<script") && !svg.contains("<img"));
    assert!(plain(&svg).contains("&lt;img src=x onerror=alert(1)&gt;"), "{}", plain(&svg));
}

#[test]
fn a_long_journey_with_long_names_stays_inside_the_picture() {
    let c = content();
    let mut j = c.journeys[0].clone();
    while j.touchpoints.len() < MAX_TOUCHPOINTS {
        let name = Text::same("Клиентоориентированность ".repeat(8));
        j.add_touchpoint(None, name).expect("room");
    }
    for t in &mut j.touchpoints {
        t.expectation = Text::same("очень длинное ожидание ".repeat(20));
    }
    let svg = slide::svg(&j, &walked(&j), &c.ladder, native("ru"));
    for x in coordinates(&svg, "x") {
        assert!((0..=i64::from(WIDTH)).contains(&x), "x = {x}");
    }
    for y in coordinates(&svg, "y") {
        assert!((0..=i64::from(HEIGHT)).contains(&y), "y = {y}");
    }
}

/// A long Russian word is cut with a hyphen where it does not fit.
#[test]
fn a_long_russian_word_is_hyphenated_to_fit() {
    assert_eq!(slide::wrap("клиентоориентированность", 10, 3), ["клиентоор-", "иентирова-", "нность"]);
}
