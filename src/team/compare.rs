//! Two collections side by side — before and after a training — with the
//! change per level and per quality, and in the walks' balance.
//!
//! Like with like only: self-assessments are compared on the newest model
//! version both collections have results of; when they share none, no
//! change is computed and [`Unlike`] says why. Quality changes compare
//! medians (robust to one outlier in a small team); level changes compare
//! the share of people at each level, in percentage points, since the
//! two collections rarely hold the same number of people.
//!
//! **Subtraction.** A change is the difference of two sets of people: save
//! everyone as "before", collect everyone but one as "after", and the
//! change is that one person's answers. So a comparison is suppressed
//! ([`Comparison::suppressed`]) when the people who differ between the two
//! sides — in one and not the other, matched by the result's identity or
//! its answer set — are fewer than the threshold, or a side has fewer
//! people than the threshold. The rule is checked on each part compared
//! (the self-assessments of the common version, and the walks), since a
//! side padded with walks could otherwise hide a one-person change in the
//! self-assessments.

use super::entry::{Entry, Figures, Identity, JourneyKey};
use super::level::{TeamLevel, team_level};
use super::overview::models;
use super::spread::Histogram;
use super::threshold::{Below, below};
use crate::content::{Content, Level};
use crate::text::lang::Lang;
use crate::walk::map::Counts;
use std::collections::{BTreeMap, BTreeSet};

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

    pub fn trend(&self) -> Trend {
        Trend::of(self.delta())
    }
}

/// Which way a figure moved between two collections: an arrow to see and
/// words for a screen reader (the arrow alone says nothing aloud).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Same,
}

impl Trend {
    pub fn of(delta: i32) -> Trend {
        match delta {
            d if d > 0 => Trend::Up,
            d if d < 0 => Trend::Down,
            _ => Trend::Same,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Trend::Up => "up",
            Trend::Down => "down",
            Trend::Same => "same",
        }
    }

    pub fn arrow(self) -> &'static str {
        match self {
            Trend::Up => "↑",
            Trend::Down => "↓",
            Trend::Same => "→",
        }
    }

    /// What the arrow says, for a screen reader.
    pub fn words(self, lang: Lang) -> &'static str {
        match self {
            Trend::Up => lang.t("team_compare.up"),
            Trend::Down => lang.t("team_compare.down"),
            Trend::Same => lang.t("team_compare.same"),
        }
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
    /// People between levels (or not clear) and their share, so that the
    /// shares on each side add up to 100 %.
    pub between: ((usize, usize), Change),
    /// Median per quality, in content order; `None` where a side has no score.
    pub qualities: Vec<Option<Change>>,
}

impl AssessmentChange {
    /// Which way the team's level moved, by the headline rule: a mixed team
    /// counts as the spontaneous level (for a client, that is what it is).
    pub fn level_trend(&self) -> Option<Trend> {
        let rank = |t: &TeamLevel| t.standing().map(|s| s.level().unwrap_or(Level::Spontaneous).index() as i32);
        Some(Trend::of(rank(&self.after)? - rank(&self.before)?))
    }
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

/// Why two collections are not compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suppressed {
    /// Fewer people than the threshold differ between the two sides.
    FewDiffer(Below),
    /// A side has fewer people than the threshold.
    SmallSide(Below),
}

impl Suppressed {
    /// Why, in a sentence.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Suppressed::FewDiffer(b) => {
                lang.f("team_compare.few_differ", &[("n", &b.people), ("threshold", &b.threshold)])
            }
            Suppressed::SmallSide(b) => {
                lang.f("team_compare.small_side", &[("n", &b.people), ("threshold", &b.threshold)])
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Set when the comparison would give a few people's answers away:
    /// every other field is then empty.
    pub suppressed: Option<Suppressed>,
    /// `None` when a side has no self-assessment, or they share no model version.
    pub assessment: Option<AssessmentChange>,
    pub unlike: Option<Unlike>,
    /// The balance index over every walk, when both sides have rated walks.
    pub balance: Option<Change>,
    /// Per journey walked on both sides, its balance index, most walked (after) first.
    pub journeys: Vec<(JourneyKey, Change)>,
}

/// People in one side and not the other, matched by identity or answer set.
pub fn differing<'a>(before: impl IntoIterator<Item = &'a Entry>, after: impl IntoIterator<Item = &'a Entry>) -> usize {
    let (before, after): (Vec<&Entry>, Vec<&Entry>) = (before.into_iter().collect(), after.into_iter().collect());
    let keys = |side: &[&Entry]| -> (BTreeSet<Identity>, BTreeSet<u64>) {
        (side.iter().map(|e| e.id).collect(), side.iter().filter_map(|e| e.answers).collect())
    };
    let ((ib, ab), (ia, aa)) = (keys(&before), keys(&after));
    let missing = |e: &&Entry, ids: &BTreeSet<Identity>, answers: &BTreeSet<u64>| {
        !ids.contains(&e.id) && e.answers.is_none_or(|a| !answers.contains(&a))
    };
    before.iter().filter(|e| missing(e, &ia, &aa)).count() + after.iter().filter(|e| missing(e, &ib, &ab)).count()
}

/// Whether comparing these two sides (of one part) would give a few people away.
fn guard(before: &[&Entry], after: &[&Entry], threshold: usize) -> Option<Suppressed> {
    if before.is_empty() || after.is_empty() {
        return None;
    }
    let side = below(before.len(), threshold).or_else(|| below(after.len(), threshold));
    if let Some(b) = side {
        return Some(Suppressed::SmallSide(b));
    }
    below(differing(before.iter().copied(), after.iter().copied()), threshold).map(Suppressed::FewDiffer)
}

fn part<'a>(side: &'a [Entry], f: &dyn Fn(&Entry) -> bool) -> Vec<&'a Entry> {
    side.iter().filter(|e| f(e)).collect()
}

fn empty(suppressed: Suppressed) -> Comparison {
    Comparison { suppressed: Some(suppressed), assessment: None, unlike: None, balance: None, journeys: Vec::new() }
}

/// The newest model version both sides have self-assessments of.
pub fn common_model(before: &[Entry], after: &[Entry]) -> Option<u16> {
    let (mb, ma) = (models(before), models(after));
    mb.iter().map(|m| m.model).filter(|m| ma.iter().any(|x| x.model == *m)).max()
}

/// The subtraction rule for two collections, on the whole and on each
/// part compared (the self-assessments of the common version, the walks):
/// why comparing them would give a few people away, if it would. Every
/// comparison of two collections (before/after, the trend's steps, the
/// team focus then and now) goes through this one rule.
pub fn suppression(before: &[Entry], after: &[Entry], threshold: usize) -> Option<Suppressed> {
    let common = common_model(before, after);
    let of_model = |e: &Entry| e.assessment.as_ref().is_some_and(|f| Some(f.model) == common);
    let walked = |e: &Entry| e.walk.is_some();
    guard(&part(before, &|_| true), &part(after, &|_| true), threshold)
        .or_else(|| guard(&part(before, &of_model), &part(after, &of_model), threshold))
        .or_else(|| guard(&part(before, &walked), &part(after, &walked), threshold))
}

pub fn compare(c: &Content, before: &[Entry], after: &[Entry], threshold: usize) -> Comparison {
    let (mb, ma) = (models(before), models(after));
    let common = common_model(before, after);
    if let Some(s) = suppression(before, after, threshold) {
        return empty(s);
    }
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
        let between = (
            (lb.counts.between, la.counts.between),
            Change { before: lb.counts.between_pct() as i32, after: la.counts.between_pct() as i32 },
        );
        AssessmentChange { model, before: lb, after: la, levels, between, qualities }
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
    Comparison { suppressed: None, assessment, unlike, balance, journeys }
}

/// The median of one quality over these figures; `None` when none scored it.
pub fn median(figures: &[Figures], q: usize) -> Option<i16> {
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
