//! The seeds' concepts beyond the questionnaire and the ladder: what
//! service is (broad and narrow), the components of ideal service, internal
//! and external clients, the core of client orientation (the expectation
//! gravediggers, guarantees not promises), the service levels satisfy →
//! amaze as a gloss on the ladder's rungs, the tips on service, the basic
//! service level, after-sales service, and the nine principles with the
//! recommendations they support. Read from `content/concepts.json`.

use crate::codec::reader::Reader;
use crate::content::level::Level;
use crate::text::lang::Text;
use serde_json::Value;
use std::sync::OnceLock;

/// The seeds' concepts; always the shipped ones (a configuration does not
/// change them), checked against the assessment they refer to.
pub const SHIPPED_CONCEPTS: &str = include_str!("../../content/concepts.json");

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Concept {
    pub id: String,
    pub name: Text,
    pub text: Text,
    /// Examples (internal and external clients).
    pub examples: Vec<Text>,
    /// The ladder rung a service level glosses (−1, 0, +1).
    pub rung: Option<i8>,
    /// Qualities whose recommendation a principle supports (indices into
    /// `Assessment::qualities`).
    pub qualities: Vec<usize>,
    /// Levels whose next step a principle supports.
    pub levels: Vec<Level>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Concepts {
    pub service: Vec<Concept>,
    pub ideal_service: Vec<Concept>,
    pub clients: Vec<Concept>,
    pub orientation: Vec<Concept>,
    pub service_levels: Vec<Concept>,
    pub tips: Vec<Concept>,
    pub basic_service: Vec<Concept>,
    pub after_sales: Vec<Concept>,
    pub principles: Vec<Concept>,
}

/// Each section, the ids it must hold (in this order), and the extra fields
/// its entries may have.
const SECTIONS: [(&str, &[&str], &[&str]); 9] = [
    (
        "service",
        &["importance", "product_and_service", "retention", "partnership", "broad", "narrow", "quality_bases"],
        &[],
    ),
    ("ideal_service", &["accessibility", "exceeding", "interest", "small_things", "politeness", "accuracy"], &[]),
    ("clients", &["internal", "external"], &["examples"]),
    (
        "orientation",
        &["balance", "gravediggers", "guarantees", "attention", "client_needs", "a_little_more", "self_improvement"],
        &[],
    ),
    ("service_levels", &["satisfy", "exceed", "delight", "amaze"], &["rung"]),
    (
        "tips",
        &[
            "clarify_complaints",
            "believe",
            "no_doubts",
            "fast_consistent",
            "proactive",
            "workplaces",
            "every_client_different",
            "self_service",
        ],
        &[],
    ),
    ("basic_service", &["availability", "functionality", "reliability"], &[]),
    ("after_sales", &["about", "technical", "warranty", "content", "direction", "adaptation", "scale", "trends"], &[]),
    (
        "principles",
        &[
            "keep_clients",
            "costs_money",
            "know_needs",
            "product_matters",
            "consistency",
            "employees_are_clients",
            "every_channel",
            "chance_to_shine",
            "expected_everywhere",
        ],
        &["qualities", "levels"],
    ),
];

impl Concepts {
    pub const SECTIONS: [&'static str; 9] = [
        "service",
        "ideal_service",
        "clients",
        "orientation",
        "service_levels",
        "tips",
        "basic_service",
        "after_sales",
        "principles",
    ];

    pub fn section(&self, name: &str) -> Option<&[Concept]> {
        Some(match name {
            "service" => &self.service,
            "ideal_service" => &self.ideal_service,
            "clients" => &self.clients,
            "orientation" => &self.orientation,
            "service_levels" => &self.service_levels,
            "tips" => &self.tips,
            "basic_service" => &self.basic_service,
            "after_sales" => &self.after_sales,
            "principles" => &self.principles,
            _ => return None,
        })
    }

    pub fn get(&self, section: &str, id: &str) -> Option<&Concept> {
        self.section(section)?.iter().find(|c| c.id == id)
    }

    /// The principles behind a quality's recommendation.
    pub fn principles_for_quality(&self, quality: usize) -> impl Iterator<Item = &Concept> {
        self.principles.iter().filter(move |p| p.qualities.contains(&quality))
    }

    /// The principles behind a level's next step.
    pub fn principles_for_level(&self, level: Level) -> impl Iterator<Item = &Concept> {
        self.principles.iter().filter(move |p| p.levels.contains(&level))
    }

    /// The service levels (satisfy, exceed, delight, amaze) that gloss a rung.
    pub fn service_levels_on(&self, rung: i8) -> impl Iterator<Item = &Concept> {
        self.service_levels.iter().filter(move |s| s.rung == Some(rung))
    }

    /// `qualities`: the ids of the assessment's qualities, which principles name.
    pub(crate) fn read(r: &mut Reader, v: &Value, qualities: &[String]) -> Option<Concepts> {
        let root = r.object(v, "")?;
        let mut concepts = Concepts::default();
        for (name, ids, extras) in SECTIONS {
            let mut list = Vec::new();
            for (path, v) in root.req_list(r, name) {
                if let Some(c) = read_concept(r, v, &path, extras, qualities) {
                    list.push(c);
                }
            }
            r.unique_ids(name, list.iter().map(|c| c.id.as_str()));
            let found: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
            if found != ids {
                r.problem(name, format!("must hold exactly these entries in order: {}", ids.join(", ")));
            }
            match name {
                "service" => concepts.service = list,
                "ideal_service" => concepts.ideal_service = list,
                "clients" => concepts.clients = list,
                "orientation" => concepts.orientation = list,
                "service_levels" => concepts.service_levels = list,
                "tips" => concepts.tips = list,
                "basic_service" => concepts.basic_service = list,
                "after_sales" => concepts.after_sales = list,
                _ => concepts.principles = list,
            }
        }
        for (i, p) in concepts.principles.iter().enumerate() {
            if p.qualities.is_empty() && p.levels.is_empty() {
                r.problem(
                    &format!("principles[{i}]({})", p.id),
                    "a principle must support at least one recommendation: list its qualities or levels",
                );
            }
        }
        root.finish(r, &Concepts::SECTIONS);
        Some(concepts)
    }
}

fn read_concept(r: &mut Reader, v: &Value, path: &str, extras: &[&str], qualities: &[String]) -> Option<Concept> {
    let mut o = r.object(v, path)?;
    let id = o.req_id(r, "id");
    if let Some(id) = &id {
        o.named(id);
    }
    let name = o.req_text(r, "name");
    let text = o.req_text(r, "text");
    let mut c = Concept::default();
    if extras.contains(&"examples") {
        for (epath, ev) in o.req_list(r, "examples") {
            if let Some(t) = r.text(ev, &epath) {
                c.examples.push(t);
            }
        }
    }
    if extras.contains(&"rung") {
        let rung = o.required(r, "rung").and_then(|k| r.integer(k, &o.at("rung")));
        match rung {
            Some(k) if (-1..=1).contains(&k) => c.rung = Some(k as i8),
            Some(k) => r.problem(&o.at("rung"), format!("{k} is not a rung (use -1, 0 or 1)")),
            None => {}
        }
    }
    if extras.contains(&"qualities") {
        for (qpath, qv) in o.req_list(r, "qualities") {
            let Some(qid) = r.id(qv, &qpath) else { continue };
            match qualities.iter().position(|q| *q == qid) {
                Some(q) => c.qualities.push(q),
                None => r.problem(&qpath, format!("unknown quality \"{qid}\"")),
            }
        }
        for (lpath, lv) in o.req_list(r, "levels") {
            let Some(lid) = r.id(lv, &lpath) else { continue };
            match Level::ALL.into_iter().find(|l| l.id() == lid) {
                Some(l) => c.levels.push(l),
                None => r.problem(&lpath, format!("unknown level \"{lid}\" (use spontaneous, regulated or cultural)")),
            }
        }
    }
    let mut known = vec!["id", "name", "text"];
    known.extend(extras);
    o.finish(r, &known);
    c.id = id?;
    c.name = name?;
    c.text = text?;
    Some(c)
}

/// The concepts, read when first used. No screen before the first
/// question needs them, so in the browser their text and reader stay out
/// of the first part of the wasm (they go to the part that uses them).
/// Natively they are read and checked with the rest of the content.
pub struct LazyConcepts {
    /// The assessment's quality ids, which principles name.
    qualities: Vec<String>,
    read: OnceLock<Concepts>,
}

impl LazyConcepts {
    pub(crate) fn read(concepts: Concepts) -> LazyConcepts {
        LazyConcepts { qualities: Vec::new(), read: OnceLock::from(concepts) }
    }

    pub(crate) fn later(qualities: Vec<String>) -> LazyConcepts {
        LazyConcepts { qualities, read: OnceLock::new() }
    }
}

impl std::ops::Deref for LazyConcepts {
    type Target = Concepts;

    /// Through the same reader as at load; the shipped file is checked by
    /// the native tests, so a problem here cannot come from the shipped
    /// content: it is reported in the console and no concepts are shown.
    fn deref(&self) -> &Concepts {
        self.read.get_or_init(|| {
            let mut r = Reader::default();
            let read = serde_json::from_str::<Value>(SHIPPED_CONCEPTS)
                .ok()
                .and_then(|v| Concepts::read(&mut r, &v, &self.qualities));
            match read {
                Some(c) if r.problems.is_empty() => c,
                _ => {
                    #[cfg(target_arch = "wasm32")]
                    web_sys::console::error_1(&"Service Ladder: concepts.json could not be read".into());
                    Concepts::default()
                }
            }
        })
    }
}

impl Clone for LazyConcepts {
    fn clone(&self) -> LazyConcepts {
        LazyConcepts { qualities: self.qualities.clone(), read: self.read.clone() }
    }
}

impl PartialEq for LazyConcepts {
    fn eq(&self, other: &LazyConcepts) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for LazyConcepts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use crate::content::Content;

    #[test]
    fn the_service_levels_gloss_the_satisfaction_and_wow_rungs() {
        let c = Content::shipped().unwrap_or_else(|p| panic!("{p:?}"));
        let on = |rung| c.concepts.service_levels_on(rung).map(|s| s.id.as_str()).collect::<Vec<_>>();
        assert_eq!(on(0), ["satisfy"]);
        assert_eq!(on(1), ["exceed", "delight", "amaze"]);
        assert!(on(-1).is_empty());
    }

    #[test]
    fn every_quality_recommendation_has_a_principle_behind_it() {
        let c = Content::shipped().unwrap_or_else(|p| panic!("{p:?}"));
        for (q, quality) in c.assessment.qualities.iter().enumerate() {
            assert!(c.concepts.principles_for_quality(q).next().is_some(), "{}", quality.id);
        }
    }
}
