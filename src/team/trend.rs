//! The trend across kept collections (issue 20): the team's level and each
//! quality, collection by collection in date order, with an arrow for each
//! step between consecutive ones. Every column's people add up to 100 %
//! ("between levels" is a row of its own, `LevelCounts::shares`).
//!
//! Privacy: a column under the threshold shows nothing. Any two columns
//! shown are two sides a reader could subtract, not only neighbours, so a
//! column is shown only when the subtraction rule (`compare::suppression`,
//! the one before/after uses) holds against every column shown before it;
//! otherwise it is held back with that reason. A step with a side held
//! back is suppressed with the same reason.

use super::compare::{AssessmentChange, Suppressed, compare, suppression};
use super::entry::{Entry, Figures};
use super::level::{LevelCounts, TeamLevel, team_level};
use super::overview::{main_model, models};
use super::spread::Histogram;
use super::threshold::{below, threshold as bounded};
use crate::content::Content;

/// Most collections in one trend: the latest are shown (each pair of
/// columns is checked against subtraction, so the work grows with the square).
pub const MAX_COLUMNS: usize = 12;

/// One collection in the trend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The position among the collections given.
    pub index: usize,
    pub people: usize,
    /// Why nothing of it is shown (a side too small, or too few people
    /// differ from a column shown before it).
    pub hidden: Option<Suppressed>,
    /// The self-checks' level (of the trend's model version).
    pub level: TeamLevel,
    /// At each level and between levels, whole percentages adding up to 100.
    pub shares: [u32; 4],
    /// Median per quality, in content order.
    pub qualities: Vec<Option<i16>>,
}

/// From one column to the next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    pub suppressed: Option<Suppressed>,
    /// `None` when suppressed, or without self-checks of a common version.
    pub change: Option<AssessmentChange>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trend {
    /// The model version the columns' figures are from.
    pub model: Option<u16>,
    /// Collections left out (the earliest), past `MAX_COLUMNS`.
    pub left_out: usize,
    pub columns: Vec<Column>,
    /// `columns.len() - 1` steps, between consecutive columns.
    pub steps: Vec<Step>,
}

/// The model every collection with self-checks has, the newest such; else
/// the newest of the versions each collection mostly has.
fn trend_model(sides: &[&[Entry]]) -> Option<u16> {
    let with: Vec<Vec<u16>> = sides
        .iter()
        .map(|s| models(s).into_iter().map(|m| m.model).collect())
        .filter(|v: &Vec<u16>| !v.is_empty())
        .collect();
    let first = with.first()?;
    let common = first.iter().copied().filter(|m| with.iter().all(|v| v.contains(m))).max();
    common.or_else(|| sides.iter().filter_map(|s| main_model(s)).max())
}

fn column(c: &Content, index: usize, entries: &[Entry], model: Option<u16>) -> Column {
    let figures: Vec<&Figures> =
        entries.iter().filter_map(|e| e.assessment.as_ref()).filter(|f| Some(f.model) == model).collect();
    let level = team_level(figures.iter().copied());
    let qualities = (0..c.assessment.qualities.len())
        .map(|q| {
            let mut h = Histogram::scores();
            for f in &figures {
                if let Some(Some(v)) = f.qualities.get(q) {
                    h.add(i16::from(*v));
                }
            }
            h.spread().map(|s| s.median)
        })
        .collect();
    Column { index, people: entries.len(), hidden: None, shares: level.counts.shares(), level, qualities }
}

fn blank(index: usize, people: usize, why: Suppressed) -> Column {
    Column {
        index,
        people,
        hidden: Some(why),
        level: team_level(std::iter::empty()),
        shares: LevelCounts::default().shares(),
        qualities: Vec::new(),
    }
}

/// The trend over `sides`, given in date order (earliest first).
pub fn trend(c: &Content, sides: &[&[Entry]], threshold: usize) -> Trend {
    let threshold = bounded(threshold);
    let left_out = sides.len().saturating_sub(MAX_COLUMNS);
    let sides = sides.get(left_out..).unwrap_or(&[]);
    let model = trend_model(sides);
    let mut shown: Vec<usize> = Vec::new();
    let mut columns = Vec::with_capacity(sides.len());
    for (i, side) in sides.iter().enumerate() {
        let hidden = below(side.len(), threshold)
            .map(Suppressed::SmallSide)
            .or_else(|| shown.iter().find_map(|&j| sides.get(j).and_then(|other| suppression(other, side, threshold))));
        columns.push(match hidden {
            Some(why) => blank(i + left_out, side.len(), why),
            None => {
                shown.push(i);
                column(c, i + left_out, side, model)
            }
        });
    }
    let steps = columns
        .windows(2)
        .zip(sides.windows(2))
        .map(|(cols, pair)| {
            let why = cols.iter().find_map(|col| col.hidden);
            match (why, pair) {
                (Some(s), _) => Step { suppressed: Some(s), change: None },
                (None, [a, b]) => {
                    let cmp = compare(c, a, b, threshold);
                    Step { suppressed: cmp.suppressed, change: cmp.assessment }
                }
                (None, _) => Step { suppressed: None, change: None },
            }
        })
        .collect();
    Trend { model, left_out, columns, steps }
}
