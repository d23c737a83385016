//! Simulated team members, shared by the team view's tests: the shipped
//! content, people of each level whose answer sets differ, and the share
//! links they send. Each test file uses a part of it.
#![allow(dead_code)]

use service_ladder::check::scoring::Answers;
use service_ladder::content::{Content, ItemKind, Level, Trait};
use service_ladder::document::share::{self, Shared};
use std::sync::OnceLock;

pub fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

pub fn fp() -> u32 {
    share::fingerprint(content())
}

pub const PAGE: &str = "https://staff.example.com/service-ladder/index.html";
pub const DAY: u16 = 20_500;

/// Who a simulated person is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// Standard (0) behaviour held by scripts.
    Regulated,
    /// «Wow» (+1) behaviour they own.
    Cultural,
    /// Swings between −1 and +1 with their mood.
    Spontaneous,
}

/// Answers of a simulated person: ladder items by kind, trait items by a
/// self-report that `variant` nudges so people differ.
pub fn answers(kind: Kind, variant: usize) -> Answers {
    let c = content();
    let lean = [0.75, 1.0][variant % 2];
    // Trait items a kind is neutral on take the rest of `variant` digit by
    // digit (base 3), so that simulated people differ in their answer sets
    // (identical sets are flagged as one sender's, `team::stuffing`).
    let mut rest = variant / 2;
    c.assessment
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let mut nudge = || {
                let d = rest % 3;
                rest /= 3;
                [0.0, 0.25, -0.25][d]
            };
            let target = match (item.kind, kind) {
                (ItemKind::Trait(Trait::Mood), Kind::Spontaneous) => 1.0,
                (ItemKind::Trait(Trait::Mood), _) => 0.0,
                (ItemKind::Trait(Trait::Script), Kind::Regulated) => lean,
                (ItemKind::Trait(Trait::Ownership), Kind::Cultural) => lean,
                (ItemKind::Trait(_), _) => 0.5 + nudge(),
                (_, Kind::Regulated) => 0.0,
                (_, Kind::Cultural) => 1.0,
                (_, Kind::Spontaneous) => {
                    if (i + variant).is_multiple_of(2) {
                        1.0
                    } else {
                        -1.0
                    }
                }
            };
            let best = item
                .choices
                .iter()
                .min_by(|a, b| (a.value - target).abs().total_cmp(&(b.value - target).abs()))
                .expect("options");
            (item.id.clone(), best.id.clone())
        })
        .collect()
}

pub fn level_of(kind: Kind) -> Level {
    match kind {
        Kind::Regulated => Level::Regulated,
        Kind::Cultural => Level::Cultural,
        Kind::Spontaneous => Level::Spontaneous,
    }
}

/// A share link of one person's self-assessment.
pub fn link(kind: Kind, variant: usize, label: Option<&str>, day: u16) -> String {
    let a = answers(kind, variant);
    let mut s = Shared::build(content(), Some(&a), None, false, "ru");
    s.label = label.map(str::to_string);
    s.day = Some(day);
    share::link(PAGE, &s, fp()).0
}
