//! Consistency, the organisational form of the spontaneous level: a client
//! should get the same service whoever and wherever they meet (the seeds'
//! fifth principle: equally good service in every branch). Per quality,
//! the spread between people and between groups, and a plain sentence for
//! each way the team is uneven:
//!
//! - **levels**: at least two people and no level holds more than half of
//!   them — the team's headline is "mixed" (`level::LevelCounts::standing`,
//!   the one rule the heading, groups and print follow too);
//! - **people**: on a quality scored by at least [`MIN_PEOPLE`] people, the
//!   middle half of the team spreads over [`UNEVEN_MIDDLE`] points or more
//!   (the sentence names the [`NAMED`] widest, not every such quality);
//! - **groups**: two drawn groups' medians on a quality are
//!   [`UNEVEN_GAP`] points or more apart (the widest such gap is named).

use super::entry::Figures;
use super::groups::{GroupName, Groups};
use super::level::{LevelCounts, Standing, TeamLevel};
use super::spread::{Histogram, Spread};
use crate::content::{Content, Level};
use crate::text::lang::Lang;

/// The middle half of the people this far apart on a quality is uneven.
pub const UNEVEN_MIDDLE: i16 = 30;
/// Two groups' medians this far apart on a quality is uneven.
pub const UNEVEN_GAP: i16 = 20;
/// The sentence on people names this many qualities, the widest spread first.
pub const NAMED: usize = 2;
/// Fewer people than this have no "middle half" worth the name.
pub const MIN_PEOPLE: usize = 4;

/// The lowest and the highest group median on one quality.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    pub quality: usize,
    pub low: GroupName,
    pub low_median: i16,
    pub high: GroupName,
    pub high_median: i16,
}

impl Gap {
    pub fn size(&self) -> i16 {
        self.high_median - self.low_median
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Uneven {
    Levels(LevelCounts),
    /// Qualities whose middle half spreads over `UNEVEN_MIDDLE` or more,
    /// widest first, and the widest spread.
    People {
        qualities: Vec<usize>,
        widest: i16,
    },
    Groups(Gap),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Consistency {
    /// Between people, per quality in content order.
    pub qualities: Vec<Option<Spread>>,
    /// Between drawn groups, per quality: `None` with fewer than two groups.
    pub gaps: Vec<Option<Gap>>,
    /// Empty when the team is even.
    pub uneven: Vec<Uneven>,
}

impl Consistency {
    pub fn is_uneven(&self) -> bool {
        !self.uneven.is_empty()
    }
}

pub fn consistency(level: &TeamLevel, people: &[&Figures], groups: &Groups, qualities: usize) -> Consistency {
    let mut h = Histogram::scores();
    let spreads: Vec<Option<Spread>> = (0..qualities)
        .map(|q| {
            h.clear();
            for f in people {
                if let Some(Some(v)) = f.qualities.get(q) {
                    h.add(i16::from(*v));
                }
            }
            h.spread()
        })
        .collect();
    let gaps: Vec<Option<Gap>> = (0..qualities)
        .map(|q| {
            let mut low: Option<(&GroupName, i16)> = None;
            let mut high: Option<(&GroupName, i16)> = None;
            let mut drawn = 0;
            for g in groups.all() {
                let Some(Some(m)) = g.qualities.get(q) else { continue };
                drawn += 1;
                if low.is_none_or(|(_, l)| *m < l) {
                    low = Some((&g.name, *m));
                }
                if high.is_none_or(|(_, h)| *m > h) {
                    high = Some((&g.name, *m));
                }
            }
            match (low, high) {
                (Some((ln, lm)), Some((hn, hm))) if drawn >= 2 => {
                    Some(Gap { quality: q, low: ln.clone(), low_median: lm, high: hn.clone(), high_median: hm })
                }
                _ => None,
            }
        })
        .collect();

    let mut uneven = Vec::new();
    if level.people() >= 2 && level.standing() == Some(Standing::Mixed) {
        uneven.push(Uneven::Levels(level.counts));
    }
    let mut wide: Vec<(usize, i16)> = spreads
        .iter()
        .enumerate()
        .filter_map(|(q, s)| s.filter(|s| s.n >= MIN_PEOPLE && s.middle() >= UNEVEN_MIDDLE).map(|s| (q, s.middle())))
        .collect();
    crate::order::sort_by(&mut wide, |a, b| b.1.cmp(&a.1));
    if let Some((_, widest)) = wide.first().copied() {
        uneven.push(Uneven::People { qualities: wide.iter().map(|(q, _)| *q).collect(), widest });
    }
    let widest_gap = gaps
        .iter()
        .flatten()
        .filter(|g| g.size() >= UNEVEN_GAP)
        .fold(None::<&Gap>, |best, g| if best.is_none_or(|b| g.size() > b.size()) { Some(g) } else { best });
    if let Some(g) = widest_gap {
        uneven.push(Uneven::Groups(g.clone()));
    }
    Consistency { qualities: spreads, gaps, uneven }
}

fn quality_name(c: &Content, q: usize, lang: Lang) -> &str {
    c.assessment.qualities.get(q).map_or("", |q| q.name.get(lang))
}

impl Uneven {
    /// The finding as one plain sentence.
    pub fn sentence(&self, c: &Content, lang: Lang) -> String {
        match self {
            Uneven::Levels(counts) => {
                let n = |l: Level| counts.count_share(l, lang);
                let (s, r, k) = (n(Level::Spontaneous), n(Level::Regulated), n(Level::Cultural));
                let between = counts.between_share(lang);
                let args: [(&str, &dyn std::fmt::Display); 4] =
                    [("spontaneous", &s), ("regulated", &r), ("cultural", &k), ("between", &between)];
                match counts.between {
                    0 => lang.f("team_consistency.uneven_levels", &args),
                    _ => lang.f("team_consistency.uneven_levels_between", &args),
                }
            }
            Uneven::People { qualities, widest } => {
                let named: Vec<usize> = qualities.iter().copied().take(NAMED).collect();
                let names = named
                    .iter()
                    .map(|q| lang.f("team_consistency.quality_in_list", &[("name", &quality_name(c, *q, lang))]))
                    .collect::<Vec<_>>()
                    .join(", ");
                // The points are the count the plural form follows.
                let widest = i64::from(*widest);
                let args: [(&str, &dyn std::fmt::Display); 1] = [("qualities", &names)];
                match (named.len(), qualities.len()) {
                    (1, 1) => lang.p("team_consistency.uneven_people_one_quality", widest, &args),
                    (n, all) if all > n => lang.p("team_consistency.uneven_people_most", widest, &args),
                    _ => lang.p("team_consistency.uneven_people", widest, &args),
                }
            }
            Uneven::Groups(g) => {
                let args: [(&str, &dyn std::fmt::Display); 5] = [
                    ("quality", &quality_name(c, g.quality, lang)),
                    ("low", &g.low.words(lang)),
                    ("low_median", &g.low_median),
                    ("high", &g.high.words(lang)),
                    ("high_median", &g.high_median),
                ];
                lang.f("team_consistency.uneven_groups", &args)
            }
        }
    }
}
