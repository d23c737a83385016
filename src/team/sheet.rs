//! Every result of a collection as one CSV row, for a spreadsheet: RFC 4180
//! (CRLF, quoted where needed), numbers as plain numbers
//! (`export::csv_number`: a balance of `-20` is a number a spreadsheet can
//! sum) and text formula-safe by one rule (`export::csv_field`), with the
//! level, level strengths and quality scores of a self-assessment and the
//! journey, balance index, counts and the rating at each touchpoint of a
//! walk (one column per touchpoint, −1, 0 or 1; empty when not rated).
//!
//! Privacy: a collection under the threshold gives the header only. A row
//! of a group (label) under the threshold carries no label and only the
//! month — folded as the screen folds groups, so the folded rows together
//! are at least the threshold (the smallest groups join them when not) and
//! no row can be told apart as the one person at the cash desk.

use super::entry::{Entry, JourneyKey};
use crate::content::{Content, Level};
use crate::document::export::{csv_field, csv_number, rating_text};
use crate::text::lang::Lang;
use std::collections::BTreeMap;

/// The journey a walk went through, by name in `lang`.
pub fn journey_name(c: &Content, key: &JourneyKey, lang: Lang) -> String {
    match key {
        JourneyKey::Template(id) => {
            c.journeys.iter().find(|j| &j.id == id).map_or_else(|| id.clone(), |j| j.name.get(lang).to_string())
        }
        JourneyKey::Custom { name, .. } if name.is_empty() => super::walks::JourneyName::Own.get(lang).to_string(),
        JourneyKey::Custom { name, .. } => name.clone(),
    }
}

/// Which entries keep their label and day: those of groups of at least
/// `threshold` people, with the smallest joining the folded ones until
/// those reach the threshold (or no group is left).
pub fn labelled(entries: &[Entry], threshold: usize) -> Vec<bool> {
    let threshold = super::threshold::threshold(threshold);
    let key = |e: &Entry| e.label.as_deref().map(super::groups::fold).filter(|k| !k.is_empty());
    let mut size: BTreeMap<Option<String>, usize> = BTreeMap::new();
    for e in entries {
        *size.entry(key(e)).or_default() += 1;
    }
    let mut shown: Vec<(Option<String>, usize)> = size.into_iter().filter(|(_, n)| *n >= threshold).collect();
    // Largest first, so the smallest is popped first.
    crate::order::sort_by(&mut shown, |a, b| b.1.cmp(&a.1));
    let mut folded = entries.len() - shown.iter().map(|(_, n)| n).sum::<usize>();
    while folded > 0 && folded < threshold {
        let Some((_, n)) = shown.pop() else { break };
        folded += n;
    }
    let kept: BTreeMap<Option<String>, ()> = shown.into_iter().map(|(k, _)| (k, ())).collect();
    entries.iter().map(|e| kept.contains_key(&key(e))).collect()
}

/// One header row and one row per entry, in the order given; under the
/// threshold, the header only, and rows of small groups without label or
/// day. Sealed results are never a row: they count only in aggregates.
pub fn csv(c: &Content, entries: &[Entry], threshold: usize, lang: Lang) -> String {
    let open: Vec<Entry> = entries.iter().filter(|e| !e.sealed).cloned().collect();
    let entries = if super::threshold::below(open.len(), threshold).is_some() { &[] } else { &open[..] };
    let labelled = labelled(entries, threshold);
    let a = &c.assessment;
    let mut header: Vec<String> = [
        lang.t("team_sheet.text"),
        lang.t("team_sheet.group"),
        lang.t("team_sheet.date"),
        lang.t("team_sheet.model_version"),
        lang.t("team_sheet.level"),
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    header.extend(Level::ALL.iter().map(|l| a.levels[l.index()].name.get(lang).to_string()));
    header.extend(a.qualities.iter().map(|q| q.name.get(lang).to_string()));
    header.extend(
        [lang.t("team_sheet.customer_journey"), lang.t("team_sheet.balance_index")].iter().map(|s| s.to_string()),
    );
    header.extend(
        [1i8, 0, -1].iter().map(|r| format!("{} ({})", c.ladder.rung(*r).name.get(lang), rating_text(Some(*r)))),
    );
    header.push(lang.t("team_sheet.not_rated").to_string());
    // As many rating columns as the longest walk has touchpoints.
    let touchpoints = entries.iter().filter_map(|e| e.walk.as_ref()).map(|w| w.marks.len()).max().unwrap_or(0);
    header.extend((1..=touchpoints).map(|n| lang.f("team_sheet.touchpoint_n", &[("n", &n)])));
    let mut out = String::new();
    let header: Vec<String> = header.iter().map(|h| csv_field(h)).collect();
    push_row(&mut out, &header);
    // Each cell written by its kind's rule: text defused, numbers plain.
    let text = |s: &str| csv_field(s);
    let number = |n: i64| csv_number(n);
    let blanks = |n: usize| std::iter::repeat_n(String::new(), n);
    for (i, e) in entries.iter().enumerate() {
        let own = labelled.get(i).copied().unwrap_or(false);
        let date = e.day.map(crate::document::share::date).unwrap_or_default();
        let mut row: Vec<String> = vec![
            number(i64::try_from(i + 1).unwrap_or(i64::MAX)),
            text(if own { e.label.as_deref().unwrap_or_default() } else { "" }),
            // The month only: a day and a small group could name a person.
            text(if own { &date } else { date.get(..7).unwrap_or_default() }),
        ];
        match &e.assessment {
            Some(f) => {
                row.push(number(f.model.into()));
                row.push(text(match f.level {
                    Some(l) => a.levels[l.index()].name.get(lang),
                    None => lang.t("team_sheet.between_levels"),
                }));
                row.extend(f.levels.iter().map(|v| number((*v).into())));
                row.extend(
                    (0..a.qualities.len())
                        .map(|q| f.qualities.get(q).copied().flatten().map(|v| number(v.into())).unwrap_or_default()),
                );
            }
            None => row.extend(blanks(5 + a.qualities.len())),
        }
        match &e.walk {
            Some(w) => {
                let k = w.counts();
                row.push(text(&journey_name(c, &w.journey, lang)));
                row.push(k.balance().map(|b| number(b.into())).unwrap_or_default());
                row.extend([k.wow, k.standard, k.disappointment, k.unrated].iter().map(|n| number(*n as i64)));
                row.extend(w.marks.iter().map(|m| m.rating.map(|r| number(r.into())).unwrap_or_default()));
                row.extend(blanks(touchpoints - w.marks.len().min(touchpoints)));
            }
            None => row.extend(blanks(6 + touchpoints)),
        }
        push_row(&mut out, &row);
    }
    out
}

/// A row of fields already written by their rule.
fn push_row(out: &mut String, fields: &[String]) {
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}
