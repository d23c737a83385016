//! Two collections side by side — before and after a training — with the
//! change per level and per quality, and in the walks' balance.
//!
//! Like with like only: self-assessments are compared on the newest model
//! version both collections have results of; when they share none, no
//! change is computed and [`Unlike`] says why. Quality changes compare
//! medians (robust to one outlier in a small team); level changes compare
//! the share of people at each level, in percentage points, since the
//! two collections rarely hold the same number of people.

use super::entry::{Entry, Figures, JourneyKey};
use super::level::{TeamLevel, team_level};
use super::overview::models;
use super::spread::Histogram;
use crate::content::{Content, Level};
use crate::text::lang::Lang;
use crate::walk::map::Counts;
use std::collections::BTreeMap;

/// A figure before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub before: i32,
    pub after: i32,
}

impl Change {
    pub fn delta(&self) -> i32 {
        self.after - self.before
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LevelChange {
    pub level: Level,
    /// People at the level.
    pub people: (usize, usize),
    /// Their share of everyone, 0–100.
    pub share: Change,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessmentChange {
    pub model: u16,
    pub before: TeamLevel,
    pub after: TeamLevel,
    /// In `Level::ALL` order.
    pub levels: Vec<LevelChange>,
    /// Median per quality, in content order; `None` where a side has no score.
    pub qualities: Vec<Option<Change>>,
}

/// Both collections have self-assessments, but of no common model version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unlike {
    pub before: Vec<u16>,
    pub after: Vec<u16>,
}

impl Unlike {
    /// Why the self-checks are not compared, in a sentence.
    pub fn words(&self, lang: Lang) -> String {
        let list = |v: &[u16]| v.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(", ");
        lang.f("team_compare.unlike", &[("before", &list(&self.before)), ("after", &list(&self.after))])
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// `None` when a side has no self-assessment, or they share no model version.
    pub assessment: Option<AssessmentChange>,
    pub unlike: Option<Unlike>,
    /// The balance index over every walk, when both sides have rated walks.
    pub balance: Option<Change>,
    /// Per journey walked on both sides, its balance index, most walked (after) first.
    pub journeys: Vec<(JourneyKey, Change)>,
}

pub fn compare(c: &Content, before: &[Entry], after: &[Entry]) -> Comparison {
    let (mb, ma) = (models(before), models(after));
    let common = mb.iter().map(|m| m.model).filter(|m| ma.iter().any(|x| x.model == *m)).max();
    let assessment = common.map(|model| {
        let of = |entries: &'_ [Entry]| -> Vec<Figures> {
            entries.iter().filter_map(|e| e.assessment.clone()).filter(|f| f.model == model).collect()
        };
        let (fb, fa) = (of(before), of(after));
        let (lb, la) = (team_level(&fb), team_level(&fa));
        let levels = Level::ALL
            .into_iter()
            .map(|l| LevelChange {
                level: l,
                people: (lb.counts.count(l), la.counts.count(l)),
                share: Change { before: lb.counts.share(l) as i32, after: la.counts.share(l) as i32 },
            })
            .collect();
        let qualities = (0..c.assessment.qualities.len())
            .map(|q| {
                let before = median(&fb, q)?;
                let after = median(&fa, q)?;
                Some(Change { before: i32::from(before), after: i32::from(after) })
            })
            .collect();
        AssessmentChange { model, before: lb, after: la, levels, qualities }
    });
    let unlike = (common.is_none() && !mb.is_empty() && !ma.is_empty())
        .then(|| Unlike { before: mb.iter().map(|m| m.model).collect(), after: ma.iter().map(|m| m.model).collect() });
    let (wb, wa) = (super::walks::overall(before), super::walks::overall(after));
    let balance = match (wb.balance(), wa.balance()) {
        (Some(b), Some(a)) => Some(Change { before: b, after: a }),
        _ => None,
    };
    let (per_before, per_after) = (per_journey(before), per_journey(after));
    let journeys = super::walks::journeys(after)
        .into_iter()
        .filter_map(|j| {
            let b = per_before.get(&j.key)?.balance()?;
            let a = per_after.get(&j.key)?.balance()?;
            Some((j.key, Change { before: b, after: a }))
        })
        .collect();
    Comparison { assessment, unlike, balance, journeys }
}

fn median(figures: &[Figures], q: usize) -> Option<i16> {
    let mut h = Histogram::scores();
    for f in figures {
        if let Some(Some(v)) = f.qualities.get(q) {
            h.add(i16::from(*v));
        }
    }
    h.spread().map(|s| s.median)
}

fn add(into: &mut Counts, k: Counts) {
    into.wow += k.wow;
    into.standard += k.standard;
    into.disappointment += k.disappointment;
    into.unrated += k.unrated;
}

fn per_journey(entries: &[Entry]) -> BTreeMap<&JourneyKey, Counts> {
    let mut out: BTreeMap<&JourneyKey, Counts> = BTreeMap::new();
    for w in entries.iter().filter_map(|e| e.walk.as_ref()) {
        add(out.entry(&w.journey).or_default(), w.counts());
    }
    out
}
