//! Whether a document that passed its reader fits the content it will be
//! used with: every id it refers to — questions and their options, journeys
//! and their touchpoints, ladder behaviours, hand-off checks — exists here.
//! A document made under another setup of the app (other questions, other
//! journeys) is refused as a whole, never half-used.

use crate::codec::reader::Problem;
use crate::content::{Content, Ladder};
use crate::document::history::Record;
use crate::document::saved::Saved;
use crate::walk::journey::Journey;
use crate::walk::record::{Audit, Walk};

fn problem(problems: &mut Vec<Problem>, path: String, message: impl Into<String>) {
    problems.push(Problem { path, message: message.into() });
}

/// Problems of a whole stored or imported document.
pub fn saved_problems(s: &Saved, c: &Content) -> Vec<Problem> {
    let mut out = Vec::new();
    for (item, option) in &s.answers {
        match c.assessment.items.iter().find(|i| &i.id == item) {
            None => problem(&mut out, format!("answers.{item}"), "no such question in this questionnaire"),
            Some(i) if option == crate::content::NOT_APPLICABLE && i.allows_na => {}
            Some(i) if !i.choices.iter().any(|ch| &ch.id == option) => {
                problem(&mut out, format!("answers.{item}"), format!("\"{option}\" is not one of its answers"))
            }
            Some(_) => {}
        }
    }
    for j in &s.journeys {
        if c.journeys.iter().any(|t| t.id == j.id) {
            problem(&mut out, format!("journeys({})", j.id), "has the id of a journey this page already offers");
        }
    }
    if let Some(w) = &s.walk {
        let journey = s.journeys.iter().chain(&c.journeys).find(|j| j.id == w.journey);
        match journey {
            None => problem(&mut out, "walk.journey".into(), format!("no journey \"{}\" here", w.journey)),
            Some(j) => walk_problems(w, j, &c.ladder, "walk", &mut out),
        }
    }
    for (i, r) in s.history.iter().enumerate() {
        for p in record_problems(r, c) {
            out.push(Problem { path: format!("history[{i}].{}", p.path), message: p.message });
        }
    }
    out
}

/// Problems of one finished result. An assessment keeps the figures it was
/// scored with (possibly by an earlier questionnaire), so only walks are
/// checked against the ladder they are drawn with.
pub fn record_problems(r: &Record, c: &Content) -> Vec<Problem> {
    let mut out = Vec::new();
    if let Record::Walkthrough(w) = r {
        walk_problems(&w.walk(), &w.journey, &c.ladder, "walkthrough", &mut out);
    }
    out
}

/// Problems of a walk of `journey`.
pub fn walk_problems(w: &Walk, journey: &Journey, ladder: &Ladder, path: &str, out: &mut Vec<Problem>) {
    for (tp, audit) in &w.audits {
        let at = format!("{path}.audits.{tp}");
        if journey.position(tp).is_none() {
            problem(out, at.clone(), "no such touchpoint in the journey");
        }
        audit_problems(audit, ladder, &at, out);
    }
}

fn audit_problems(a: &Audit, ladder: &Ladder, path: &str, out: &mut Vec<Problem>) {
    for t in &a.ticks {
        if ladder.behaviour_index(t).is_none() {
            problem(out, format!("{path}.ticks"), format!("no behaviour \"{t}\" on this ladder"));
        }
    }
    for k in a.checks.keys() {
        if !ladder.handoff_checks.iter().any(|c| &c.id == k) {
            problem(out, format!("{path}.checks"), format!("no hand-off check \"{k}\""));
        }
    }
}
