//! The events the app sends to the page embedding it, and their payloads
//! (documented in the README's "Embedding" section).

use crate::content::{Content, Ladder, Level};
use crate::history::{AssessmentRecord, WalkRecord};
use crate::journey_map;
use crate::saved::Screen;
use crate::walk::Walk;
use serde_json::{Value, json};

/// `ready`: the app has drawn its first screen.
pub fn ready(lang: &str, parts: &str) -> Value {
    json!({ "version": env!("CARGO_PKG_VERSION"), "lang": lang, "parts": parts })
}

/// `step`: the person moved to another screen.
pub fn step(screen: &Screen) -> Value {
    let (name, index) = match screen {
        Screen::Home => ("home", None),
        Screen::Question { index } => ("question", Some(*index)),
        Screen::Review => ("review", None),
        Screen::Result => ("result", None),
        Screen::Journeys => ("journeys", None),
        Screen::Editor { .. } => ("editor", None),
        Screen::Touchpoint { index } => ("touchpoint", Some(*index)),
        Screen::Map => ("map", None),
        Screen::Summary => ("summary", None),
        Screen::Data => ("data", None),
        Screen::Report => ("report", None),
        Screen::Shared => ("shared", None),
    };
    json!({ "screen": name, "index": index })
}

/// `assessment-completed`: the level, level strengths and quality scores (0–100).
pub fn assessment(c: &Content, r: &AssessmentRecord) -> Value {
    let levels: serde_json::Map<String, Value> = Level::ALL.iter().map(|l| (l.id().to_string(), json!(r.levels[l.index()]))).collect();
    let qualities: serde_json::Map<String, Value> = c
        .assessment
        .qualities
        .iter()
        .filter_map(|q| r.qualities.get(&q.id).map(|v| (q.id.clone(), json!(v))))
        .collect();
    json!({ "level": r.level.id(), "levels": levels, "qualities": qualities, "label": r.label })
}

/// `walkthrough-completed`: the balance index (−100…+100) and the counts.
pub fn walkthrough(r: &WalkRecord, walk: &Walk, ladder: &Ladder) -> Value {
    let m = journey_map::map(&r.journey, walk, ladder);
    let c = m.counts;
    json!({
        "journey": r.journey.id,
        "balance": m.balance,
        "counts": { "wow": c.wow, "standard": c.standard, "disappointment": c.disappointment, "unrated": c.unrated },
        "label": r.label,
    })
}
