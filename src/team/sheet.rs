//! Every result of a collection as one CSV row, for a spreadsheet: RFC 4180
//! (CRLF, quoted where needed) and formula-safe (`export::csv_field`), with
//! the level, level strengths and quality scores of a self-assessment and
//! the journey, balance index, counts and ratings of a walk.

use super::entry::{Entry, JourneyKey};
use crate::content::{Content, Level};
use crate::document::export::{csv_field, rating_text};
use crate::text::lang::Lang;

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

/// One header row and one row per entry, in the order given.
pub fn csv(c: &Content, entries: &[Entry], lang: Lang) -> String {
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
    header.push(lang.t("team_sheet.ratings_per_touchpoint").to_string());
    let mut out = String::new();
    push_row(&mut out, &header);
    for (i, e) in entries.iter().enumerate() {
        let mut row: Vec<String> = vec![
            (i + 1).to_string(),
            e.label.clone().unwrap_or_default(),
            e.day.map(crate::document::share::date).unwrap_or_default(),
        ];
        match &e.assessment {
            Some(f) => {
                row.push(f.model.to_string());
                row.push(match f.level {
                    Some(l) => a.levels[l.index()].name.get(lang).to_string(),
                    None => lang.t("team_sheet.between_levels").to_string(),
                });
                row.extend(f.levels.iter().map(|v| v.to_string()));
                row.extend(
                    (0..a.qualities.len())
                        .map(|q| f.qualities.get(q).copied().flatten().map(|v| v.to_string()).unwrap_or_default()),
                );
            }
            None => row.extend(std::iter::repeat_n(String::new(), 5 + a.qualities.len())),
        }
        match &e.walk {
            Some(w) => {
                let k = w.counts();
                row.push(journey_name(c, &w.journey, lang));
                row.push(k.balance().map(number).unwrap_or_default());
                row.extend([k.wow, k.standard, k.disappointment, k.unrated].iter().map(|n| n.to_string()));
                let ratings: Vec<&str> =
                    w.marks.iter().map(|m| if m.rating.is_some() { rating_text(m.rating) } else { "·" }).collect();
                row.push(ratings.join(" "));
            }
            None => row.extend(std::iter::repeat_n(String::new(), 7)),
        }
        push_row(&mut out, &row);
    }
    out
}

/// A whole number for a cell: a negative one with a true minus sign
/// (U+2212), so a spreadsheet keeps it as text rather than a formula.
fn number(n: i32) -> String {
    if n < 0 { format!("−{}", -n) } else { n.to_string() }
}

fn push_row(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(f));
    }
    out.push_str("\r\n");
}
