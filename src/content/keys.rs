//! A stable key for every text of the content (`items.s01.text`,
//! `journeys.shop.touchpoints.call.name`…): what a company's language file
//! names in its `content` map and the translators' spreadsheet lists. Keys
//! are made of ids, never of positions, so they survive a reordering.
//! The seeds' concepts are not keyed: they are read later, and only in the
//! built-in languages.

use crate::content::Content;
use crate::text::lang::Text;
use std::collections::BTreeMap;

/// Visits every text of the content with its key, mutably.
pub fn visit(c: &mut Content, each: &mut dyn FnMut(&str, &mut Text)) {
    let a = &mut c.assessment;
    for p in &mut a.frequency {
        each(&format!("frequency.{}", p.id), &mut p.label);
    }
    for p in &mut a.agreement {
        each(&format!("agreement.{}", p.id), &mut p.label);
    }
    each("not_applicable", &mut a.not_applicable);
    for r in &mut a.roles {
        each(&format!("roles.{}", r.id), &mut r.name);
    }
    for q in &mut a.qualities {
        let at = format!("qualities.{}", q.id);
        each(&format!("{at}.name"), &mut q.name);
        each(&format!("{at}.about"), &mut q.about);
        each(&format!("{at}.recommendation"), &mut q.recommendation);
        each(&format!("{at}.week_step"), &mut q.week_step);
    }
    for l in &mut a.levels {
        let at = format!("levels.{}", l.level.id());
        each(&format!("{at}.name"), &mut l.name);
        each(&format!("{at}.short"), &mut l.short);
        each(&format!("{at}.summary"), &mut l.summary);
        each(&format!("{at}.explanation"), &mut l.explanation);
        each(&format!("{at}.next_step"), &mut l.next_step);
    }
    each("confidence.clear", &mut a.confidence.clear);
    each("confidence.leaning", &mut a.confidence.leaning);
    each("confidence.mixed", &mut a.confidence.mixed);
    for (id, t) in &mut a.reasons {
        each(&format!("reasons.{id}"), t);
    }
    for item in &mut a.items {
        let at = format!("items.{}", item.id);
        each(&format!("{at}.text"), &mut item.text);
        for choice in &mut item.choices {
            each(&format!("{at}.options.{}", choice.id), &mut choice.text);
        }
    }
    // What a colleague is asked about: the shipped moments or the company's own.
    for o in &mut a.observed {
        each(&format!("observed.{}.text", o.id), &mut o.text);
    }
    let ladder = &mut c.ladder;
    for rung in &mut ladder.rungs {
        let at = format!("ladder.rungs.{}", rung_id(rung.key));
        each(&format!("{at}.name"), &mut rung.name);
        each(&format!("{at}.meaning"), &mut rung.meaning);
    }
    each("ladder.handoff.name", &mut ladder.handoff.name);
    each("ladder.handoff.meaning", &mut ladder.handoff.meaning);
    for b in &mut ladder.behaviours {
        let at = format!("behaviours.{}", b.id);
        each(&format!("{at}.text"), &mut b.text);
        if let Some(fix) = &mut b.fix {
            each(&format!("{at}.fix"), fix);
        }
    }
    for h in &mut ladder.handoff_checks {
        let at = format!("handoff_checks.{}", h.id);
        each(&format!("{at}.outcome"), &mut h.outcome);
        each(&format!("{at}.failed"), &mut h.failed);
        each(&format!("{at}.fix"), &mut h.fix);
    }
    for j in &mut c.journeys {
        let at = format!("journeys.{}", j.id);
        each(&format!("{at}.name"), &mut j.name);
        each(&format!("{at}.description"), &mut j.description);
        for t in &mut j.touchpoints {
            let at = format!("{at}.touchpoints.{}", t.id);
            each(&format!("{at}.name"), &mut t.name);
            each(&format!("{at}.who"), &mut t.who);
            each(&format!("{at}.expectation"), &mut t.expectation);
        }
    }
}

/// A rung's key as a key part: `minus`, `zero`, `plus`.
fn rung_id(key: i8) -> &'static str {
    match key {
        ..0 => "minus",
        0 => "zero",
        _ => "plus",
    }
}

/// Every non-empty text of the content with its key, in content order.
pub fn texts(c: &Content) -> Vec<(String, Text)> {
    let mut c = c.clone();
    let mut out = Vec::new();
    visit(&mut c, &mut |key, t| {
        if !t.is_empty() {
            out.push((key.to_string(), t.clone()));
        }
    });
    out
}

/// Sets a language's words from its file's `content` map; a key the map
/// lacks keeps the text as it is (read in the language's fallback).
pub fn overlay(c: &mut Content, code: &str, words: &BTreeMap<String, String>) {
    if words.is_empty() {
        return;
    }
    visit(c, &mut |key, t| {
        if let Some(s) = words.get(key) {
            t.set(code, s.clone());
        }
    });
}

/// The keys of non-empty texts that `words` lacks, in content order.
pub fn missing(c: &Content, words: &BTreeMap<String, String>) -> Vec<String> {
    texts(c).into_iter().map(|(k, _)| k).filter(|k| !words.contains_key(k)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::language_file::is_key;

    #[test]
    fn every_text_has_a_unique_well_formed_key() {
        let c = Content::shipped().unwrap();
        let all = texts(&c);
        assert!(all.len() > 300, "only {} texts", all.len());
        let mut keys: Vec<&str> = all.iter().map(|(k, _)| k.as_str()).collect();
        assert!(keys.iter().all(|k| is_key(k)), "{:?}", keys.iter().find(|k| !is_key(k)));
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), n, "keys repeat");
    }

    #[test]
    fn a_language_files_content_sets_that_languages_words_only() {
        let mut c = Content::shipped().unwrap();
        let (key, before) = texts(&c).into_iter().find(|(k, _)| k.starts_with("items.")).unwrap();
        overlay(&mut c, "tr", &[(key.clone(), "Türkçe".to_string())].into());
        let after = texts(&c).into_iter().find(|(k, _)| *k == key).unwrap().1;
        assert_eq!(after.in_code("tr"), Some("Türkçe"));
        assert_eq!(after.in_code("ru"), before.in_code("ru"));
        assert!(!missing(&c, &[(key.clone(), "x".to_string())].into()).contains(&key));
    }
}
