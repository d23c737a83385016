//! The events the app sends to the page embedding it, and their payloads
//! (documented in the README's "Embedding" section).

use crate::content::{Content, Ladder, Level};
use crate::document::history::{AssessmentRecord, WalkRecord};
use crate::document::saved::Screen;
use crate::walk::map as journey_map;
use crate::walk::record::Walk;
use serde_json::{Value, json};

/// `ready`: the app has drawn its first screen.
pub fn ready(lang: &str, parts: &str) -> Value {
    json!({ "version": env!("CARGO_PKG_VERSION"), "lang": lang, "parts": parts })
}

/// `step`: the person moved to another screen.
pub fn step(screen: &Screen) -> Value {
    let (name, index) = match screen {
        Screen::Home => ("home", None),
        Screen::Role => ("role", None),
        Screen::Question { index } => ("question", Some(*index)),
        Screen::Review => ("review", None),
        Screen::Episodes => ("episodes", None),
        Screen::Result => ("result", None),
        Screen::Journeys => ("journeys", None),
        Screen::Editor { .. } => ("editor", None),
        Screen::Touchpoint { index } => ("touchpoint", Some(*index)),
        Screen::Map => ("map", None),
        Screen::Summary => ("summary", None),
        Screen::Data => ("data", None),
        Screen::Report => ("report", None),
        Screen::Shared => ("shared", None),
        Screen::Team => ("team", None),
    };
    json!({ "screen": name, "index": index })
}

/// `assessment-completed`: the level with its confidence (and the other
/// level when it is not clear), level strengths and quality scores
/// (0–100), the kind of work, the scoring model, and the share link of the
/// result — what a collector stores so the team view can take it in again.
pub fn assessment(c: &Content, r: &AssessmentRecord, link: &str) -> Value {
    // Maps are filled by insertion: collecting into one sorts, and each
    // sort is kilobytes of wasm.
    let mut levels = serde_json::Map::new();
    for l in Level::ALL {
        levels.insert(l.id().to_string(), json!(r.levels[l.index()]));
    }
    let mut qualities = serde_json::Map::new();
    for q in &c.assessment.qualities {
        if let Some(v) = r.qualities.get(&q.id) {
            qualities.insert(q.id.clone(), json!(v));
        }
    }
    json!({
        "level": r.level.id(),
        "confidence": r.confidence.map(|c| c.id()),
        "other": r.other.map(|l| l.id()),
        "levels": levels,
        "qualities": qualities,
        "role": r.role,
        "model": r.model,
        "label": r.label,
        "link": link,
    })
}

/// `walkthrough-completed`: the balance index (−100…+100), the counts, and
/// the walk's share link.
pub fn walkthrough(r: &WalkRecord, walk: &Walk, ladder: &Ladder, link: &str) -> Value {
    let m = journey_map::map(&r.journey, walk, ladder);
    let c = m.counts;
    json!({
        "journey": r.journey.id,
        "balance": m.balance,
        "counts": { "wow": c.wow, "standard": c.standard, "disappointment": c.disappointment, "unrated": c.unrated },
        "label": r.label,
        "link": link,
    })
}
