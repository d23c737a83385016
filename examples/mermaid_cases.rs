//! Prints journeys with awkward touchpoint names and their Mermaid export,
//! as JSON, for tests/e2e/mermaid.test.mjs to render with the real
//! `mermaid` package: every touchpoint must appear in the diagram.

use service_ladder::content::Content;
use service_ladder::text::lang::Text;
use service_ladder::text::language_file::native;
use service_ladder::walk::journey::Journey;
use service_ladder::walk::record::Walk;

/// Names people write, and names that collide with Mermaid's syntax.
const NAMES: [&str; 24] = [
    "Reception",
    "section Sales",
    "Section two",
    "title deeds",
    "Journey planning",
    "accTitle: hi",
    "accDescr {",
    "%% comment",
    "50% deposit",
    "Step: one",
    "a;b",
    "#1 priority",
    "C# desk",
    "&amp; &lt;b&gt;",
    "<b>bold</b>",
    "Frühstück, Kaffee",
    "Оформление кредита",
    "«Кавычки» и \"quotes\"",
    "end",
    "click here",
    "style fill:red",
    "😀 welcome",
    "",
    "   spaced   out   ",
];

fn main() {
    let c = Content::shipped().expect("shipped content");
    let template = &c.journeys[0];
    let mut cases = Vec::new();
    // Names in groups of five touchpoints, rated in turn −1, 0, +1.
    for (n, chunk) in NAMES.chunks(5).enumerate() {
        let mut j: Journey = template.copy_as(format!("my-{n}"));
        j.name = Text::same(format!("Case {n}: {}", chunk[0]));
        j.touchpoints.truncate(1);
        j.touchpoints[0].name = Text::same(chunk[0]);
        for name in &chunk[1..] {
            j.add_touchpoint(None, Text::same(*name));
        }
        for (i, t) in j.touchpoints.iter_mut().enumerate() {
            t.who = Text::same(if i % 2 == 0 { "" } else { "Dept, floor 2: east" });
        }
        let mut w = Walk::new(j.id.clone());
        for (i, t) in j.touchpoints.iter().enumerate() {
            w.audit_mut(&t.id).rating = Some((i % 3) as i8 - 1);
        }
        let text = service_ladder::document::export::mermaid(&j, &w, &c.ladder, native("en"));
        let names: Vec<&str> = chunk.to_vec();
        cases.push(serde_json::json!({ "names": names, "text": text }));
    }
    println!("{}", serde_json::Value::Array(cases));
}
