//! Everything the team screen shows first, for one scoring model version:
//! the team's level and counts, consistency, groups, and the walks.
//!
//! Results scored by different model versions are never mixed: their
//! levels and scores mean different things. The screen shows one version
//! — by default the one most results were scored with, the newest on a
//! tie — and says how many results of other versions were set aside
//! ([`Overview::models`] lists them, to switch).

use super::consistency::{Consistency, consistency};
use super::entry::{Entry, Figures};
use super::groups::{Groups, groups};
use super::level::{TeamLevel, team_level};
use super::walks::{JourneyWalks, journeys, overall};
use crate::content::Content;
use crate::walk::map::Counts;

/// How many self-assessments one model version scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ModelCount {
    pub model: u16,
    pub people: usize,
}

/// The model versions among the entries, newest first.
pub fn models(entries: &[Entry]) -> Vec<ModelCount> {
    let mut out: Vec<ModelCount> = Vec::new();
    for f in entries.iter().filter_map(|e| e.assessment.as_ref()) {
        match out.iter_mut().find(|m| m.model == f.model) {
            Some(m) => m.people += 1,
            None => out.push(ModelCount { model: f.model, people: 1 }),
        }
    }
    // A handful of versions at most.
    crate::order::sort_by(&mut out, |a, b| b.model.cmp(&a.model));
    out
}

/// The version most results were scored with; the newest on a tie.
pub fn main_model(entries: &[Entry]) -> Option<u16> {
    models(entries)
        .into_iter()
        .fold(None::<ModelCount>, |best, m| match best {
            Some(b) if b.people >= m.people => Some(b),
            _ => Some(m),
        })
        .map(|m| m.model)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overview {
    /// The version these figures are from; `None` with no self-assessment.
    pub model: Option<u16>,
    pub models: Vec<ModelCount>,
    /// Self-assessments scored by another version, left out of these figures.
    pub set_aside: usize,
    /// Of the people in these figures, how many results came with a
    /// colleague's view (the rest are self-reported only).
    pub with_colleagues: usize,
    pub level: TeamLevel,
    pub consistency: Consistency,
    pub groups: Groups,
    /// Journeys walked, most walked first; see `walks::journey` for one.
    pub journeys: Vec<JourneyWalks>,
    /// Every rating of every walk, and the balance index over them.
    pub walks: Counts,
    pub balance: Option<i32>,
}

/// The overview for the main model version.
pub fn overview(c: &Content, entries: &[Entry], threshold: usize) -> Overview {
    overview_for(c, entries, main_model(entries), threshold)
}

/// The overview for one model version (walks have no model: all are counted).
pub fn overview_for(c: &Content, entries: &[Entry], model: Option<u16>, threshold: usize) -> Overview {
    let qualities = c.assessment.qualities.len();
    let people: Vec<(Option<&str>, &Figures)> = entries
        .iter()
        .filter_map(|e| e.assessment.as_ref().filter(|f| Some(f.model) == model).map(|f| (e.label.as_deref(), f)))
        .collect();
    let figures: Vec<&Figures> = people.iter().map(|p| p.1).collect();
    let level = team_level(figures.iter().copied());
    let groups = groups(&people, threshold, qualities);
    let consistency = consistency(&level, &figures, &groups, qualities);
    let assessed = entries.iter().filter(|e| e.assessment.is_some()).count();
    let walks = overall(entries);
    Overview {
        model,
        models: models(entries),
        set_aside: assessed - figures.len(),
        with_colleagues: figures.iter().filter(|f| f.colleagues > 0).count(),
        level,
        consistency,
        groups,
        journeys: journeys(entries),
        balance: walks.balance(),
        walks,
    }
}
