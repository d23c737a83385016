//! Walks of the same journey, side by side: a heatmap of walks ×
//! touchpoints (−1 / 0 / +1 / not rated), the touchpoints where
//! expectations die most often and the disappointments seen there, the
//! weakest hand-off, and the team's balance index (share of +1 minus share
//! of −1 over every rating, −100…+100, with the counts beside it).

use super::entry::{Entry, JourneyKey, WalkFigures};
use super::spread::{Histogram, Spread};
use crate::content::Content;
use crate::text::lang::{Lang, Text};
use crate::walk::map::Counts;
use std::collections::BTreeMap;

/// A journey and how many walks went through it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JourneyWalks {
    pub key: JourneyKey,
    pub walks: usize,
}

/// The journeys walked, most walked first (ties in the order first seen).
pub fn journeys(entries: &[Entry]) -> Vec<JourneyWalks> {
    let mut index: BTreeMap<&JourneyKey, usize> = BTreeMap::new();
    let mut out: Vec<JourneyWalks> = Vec::new();
    for w in entries.iter().filter_map(|e| e.walk.as_ref()) {
        match index.get(&w.journey) {
            Some(i) => out[*i].walks += 1,
            None => {
                index.insert(&w.journey, out.len());
                out.push(JourneyWalks { key: w.journey.clone(), walks: 1 });
            }
        }
    }
    let mut order: Vec<u32> = (0..out.len() as u32).collect();
    let walks = |i: u32| out.get(i as usize).map_or(0, |j| j.walks);
    crate::order::sort_indices(&mut order, &|a, b| walks(b).cmp(&walks(a)));
    let mut slots: Vec<Option<JourneyWalks>> = out.into_iter().map(Some).collect();
    order.iter().filter_map(|i| slots.get_mut(*i as usize).and_then(Option::take)).collect()
}

/// Every rating of every walk, whatever the journey.
pub fn overall(entries: &[Entry]) -> Counts {
    let mut c = Counts::default();
    for w in entries.iter().filter_map(|e| e.walk.as_ref()) {
        let k = w.counts();
        c.wow += k.wow;
        c.standard += k.standard;
        c.disappointment += k.disappointment;
        c.unrated += k.unrated;
    }
    c
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub name: Text,
    pub handoff: bool,
}

/// A touchpoint where expectations died, and what was seen there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gravedigger {
    pub touchpoint: usize,
    /// Walks that rated it −1.
    pub walks: usize,
    /// Of those, walks that recorded nothing of what went wrong there: each
    /// still counts (a −1 is a thing to fix, ticks or not), and the advice
    /// is to ask them what happened.
    pub unexplained: usize,
    /// Disappointment behaviours (ladder indices) and in how many of those
    /// walks each was seen there, most frequent first (ties in ladder order).
    pub behaviours: Vec<(usize, usize)>,
}

/// A hand-off over all walks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamHandoff {
    pub touchpoint: usize,
    pub counts: Counts,
    pub balance: Option<i32>,
    pub checks_answered: usize,
    pub checks_failed: usize,
}

/// A journey's name: the content's or the one a person typed, or the
/// words for a journey of one's own that was given none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JourneyName {
    Named(Text),
    Own,
}

impl JourneyName {
    /// The name in `lang` (a typed one as typed).
    pub fn get(&self, lang: Lang) -> &str {
        match self {
            JourneyName::Named(t) => t.get(lang),
            JourneyName::Own => lang.t("team_walks.own_journey"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JourneyView {
    pub key: JourneyKey,
    pub name: JourneyName,
    pub columns: Vec<Column>,
    /// One row per walk, in the order taken in: the rating at each column.
    pub heatmap: Vec<Vec<Option<i8>>>,
    /// Per column: the ratings counted.
    pub per_touchpoint: Vec<Counts>,
    /// Every rating together, and the team's balance index from them.
    pub counts: Counts,
    pub balance: Option<i32>,
    /// How the walks' own balance indices spread.
    pub balances: Option<Spread>,
    /// Touchpoints rated −1 in any walk, most often first (ties in journey order).
    pub gravediggers: Vec<Gravedigger>,
    /// The hand-off with the lowest balance, then the most failed checks,
    /// then the first in the journey.
    pub weakest_handoff: Option<TeamHandoff>,
}

/// The walks of one journey; `None` when none went through it.
pub fn journey(c: &Content, entries: &[Entry], key: &JourneyKey) -> Option<JourneyView> {
    let walks: Vec<&WalkFigures> =
        entries.iter().filter_map(|e| e.walk.as_ref()).filter(|w| &w.journey == key).collect();
    let first = walks.first()?;
    let (name, columns) = match key {
        JourneyKey::Template(id) => match c.journeys.iter().find(|j| &j.id == id) {
            Some(j) => (
                JourneyName::Named(j.name.clone()),
                j.touchpoints.iter().map(|t| Column { name: t.name.clone(), handoff: t.handoff }).collect(),
            ),
            // A template the content no longer has: its walks' own shape.
            None => (JourneyName::Named(Text::same(id.clone())), unnamed(first)),
        },
        JourneyKey::Custom { name, touchpoints } => (
            if name.is_empty() { JourneyName::Own } else { JourneyName::Named(Text::same(name.clone())) },
            touchpoints
                .iter()
                .enumerate()
                .map(|(i, n)| Column {
                    name: Text::same(n.clone()),
                    handoff: first.marks.get(i).is_some_and(|m| m.handoff),
                })
                .collect(),
        ),
    };
    let n = columns.len();
    let behaviours = c.ladder.behaviours.len();
    let mut heatmap = Vec::with_capacity(walks.len());
    let mut per_touchpoint = vec![Counts::default(); n];
    let mut seen = vec![0usize; n * behaviours];
    let mut checks = vec![(0usize, 0usize); n];
    let mut unexplained = vec![0usize; n];
    let mut balances = Histogram::new(-100, 100);
    for w in &walks {
        let mut row = Vec::with_capacity(n);
        for (t, counts) in per_touchpoint.iter_mut().enumerate() {
            let mark = w.marks.get(t);
            let rating = mark.and_then(|m| m.rating);
            row.push(rating);
            match rating {
                Some(1) => counts.wow += 1,
                Some(0) => counts.standard += 1,
                Some(_) => counts.disappointment += 1,
                None => counts.unrated += 1,
            }
            let Some(m) = mark else { continue };
            if rating == Some(-1) {
                if m.disappointments.is_empty()
                    && let Some(u) = unexplained.get_mut(t)
                {
                    *u += 1;
                }
                for b in &m.disappointments {
                    if let Some(s) =
                        seen.get_mut(t * behaviours + usize::from(*b)).filter(|_| usize::from(*b) < behaviours)
                    {
                        *s += 1;
                    }
                }
            }
            checks[t].0 += usize::from(m.checks_answered);
            checks[t].1 += usize::from(m.checks_failed);
        }
        heatmap.push(row);
        if let Some(b) = w.counts().balance() {
            balances.add(b.clamp(-100, 100) as i16);
        }
    }
    let mut counts = Counts::default();
    for k in &per_touchpoint {
        counts.wow += k.wow;
        counts.standard += k.standard;
        counts.disappointment += k.disappointment;
        counts.unrated += k.unrated;
    }

    let mut gravediggers: Vec<Gravedigger> = per_touchpoint
        .iter()
        .enumerate()
        .filter(|(_, k)| k.disappointment > 0)
        .map(|(t, k)| {
            let mut found: Vec<(usize, usize)> = (0..behaviours)
                .filter_map(|b| seen.get(t * behaviours + b).filter(|s| **s > 0).map(|s| (b, *s)))
                .collect();
            crate::order::sort_by(&mut found, |a, b| b.1.cmp(&a.1));
            let unexplained = unexplained.get(t).copied().unwrap_or(0);
            Gravedigger { touchpoint: t, walks: k.disappointment, unexplained, behaviours: found }
        })
        .collect();
    crate::order::sort_by(&mut gravediggers, |a, b| b.walks.cmp(&a.walks));

    let weakest_handoff = columns
        .iter()
        .enumerate()
        .filter(|(t, col)| col.handoff && (per_touchpoint[*t].rated() > 0 || checks[*t].0 > 0))
        .map(|(t, _)| TeamHandoff {
            touchpoint: t,
            counts: per_touchpoint[t],
            balance: per_touchpoint[t].balance(),
            checks_answered: checks[t].0,
            checks_failed: checks[t].1,
        })
        .fold(None::<TeamHandoff>, |worst, h| match worst {
            Some(w)
                if (w.balance.unwrap_or(0), std::cmp::Reverse(w.checks_failed))
                    <= (h.balance.unwrap_or(0), std::cmp::Reverse(h.checks_failed)) =>
            {
                Some(w)
            }
            _ => Some(h),
        });

    Some(JourneyView {
        key: key.clone(),
        name,
        columns,
        heatmap,
        per_touchpoint,
        balance: counts.balance(),
        counts,
        balances: balances.spread(),
        gravediggers,
        weakest_handoff,
    })
}

fn unnamed(w: &WalkFigures) -> Vec<Column> {
    w.marks
        .iter()
        .enumerate()
        .map(|(i, m)| Column { name: Text::same(format!("{}", i + 1)), handoff: m.handoff })
        .collect()
}
