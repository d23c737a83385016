//! Everything the team screen shows first, for one scoring model version:
//! the team's level and counts, consistency, groups, and the walks.
//!
//! Results scored by different model versions are never mixed: their
//! levels and scores mean different things. The screen shows one version
//! — by default the one most results were scored with, the newest on a
//! tie — and says how many results of other versions were set aside
//! ([`Overview::models`] lists them, to switch).
//!
//! Privacy: a collection of fewer people than the threshold shows no team
//! figure at all ([`Overview::withheld`]) — one pasted link would
//! otherwise be that person's own level and scores. The same holds for the
//! self-assessments of the version shown and for the walks: each part is
//! drawn only when at least `threshold` people make it up, and a journey
//! only when at least `threshold` walks went through it.

use super::consistency::{Consistency, consistency};
use super::entry::{Entry, Figures};
use super::groups::{Groups, groups};
use super::level::{TeamLevel, team_level};
use super::threshold::{Below, below};
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
    /// People in the whole collection.
    pub people: usize,
    /// The whole collection is under the threshold: every figure below is
    /// empty, and the screen says so (not "no results yet").
    pub withheld: Option<Below>,
    /// The shown version's self-assessments are under the threshold: the
    /// level, consistency and groups are empty.
    pub assessments_withheld: Option<Below>,
    /// The walks are under the threshold: no walk figure is drawn.
    pub walks_withheld: Option<Below>,
    /// Journeys left out because fewer walks than the threshold went through them.
    pub journeys_withheld: usize,
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
    let threshold = super::threshold::threshold(threshold);
    let withheld = below(entries.len(), threshold);
    let shown: &[Entry] = if withheld.is_some() { &[] } else { entries };
    let qualities = c.assessment.qualities.len();
    let mut people: Vec<(Option<&str>, &Figures)> = shown
        .iter()
        .filter_map(|e| e.assessment.as_ref().filter(|f| Some(f.model) == model).map(|f| (e.label.as_deref(), f)))
        .collect();
    let assessments_withheld = below(people.len(), threshold);
    if assessments_withheld.is_some() {
        people.clear();
    }
    let figures: Vec<&Figures> = people.iter().map(|p| p.1).collect();
    let level = team_level(figures.iter().copied());
    let groups = groups(&people, threshold, qualities);
    let consistency = consistency(&level, &figures, &groups, qualities);
    let assessed = shown.iter().filter(|e| e.assessment.is_some()).count();
    let walked = shown.iter().filter(|e| e.walk.is_some()).count();
    let walks_withheld = below(walked, threshold);
    let walked: &[Entry] = if walks_withheld.is_some() { &[] } else { shown };
    let mut journeys = journeys(walked);
    let before = journeys.len();
    journeys.retain(|j| j.walks >= threshold);
    let walks = overall(walked);
    Overview {
        people: entries.len(),
        withheld,
        assessments_withheld,
        walks_withheld,
        journeys_withheld: before - journeys.len(),
        model,
        models: models(shown),
        set_aside: assessed.saturating_sub(figures.len() + assessments_withheld.map_or(0, |b| b.people)),
        with_colleagues: figures.iter().filter(|f| f.colleagues > 0).count(),
        level,
        consistency,
        groups,
        journeys,
        balance: walks.balance(),
        walks,
    }
}
