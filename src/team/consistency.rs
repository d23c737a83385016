//! Consistency, the organisational form of the spontaneous level: a client
//! should get the same service whoever and wherever they meet (the seeds'
//! fifth principle: equally good service in every branch). Per quality,
//! the spread between people and between groups, and a plain sentence for
//! each way the team is uneven:
//!
//! - **levels**: at least two people and no level holds more than half of
//!   them (the team's confidence is "mixed");
//! - **people**: on a quality scored by at least [`MIN_PEOPLE`] people, the
//!   middle half of the team spreads over [`UNEVEN_MIDDLE`] points or more;
//! - **groups**: two drawn groups' medians on a quality are
//!   [`UNEVEN_GAP`] points or more apart (the widest such gap is named).

use super::entry::Figures;
use super::groups::{GroupName, Groups};
use super::level::{Confidence, LevelCounts, TeamLevel};
use super::spread::{Histogram, Spread};
use crate::content::{Content, Level};
use crate::text::lang::Text;

/// The middle half of the people this far apart on a quality is uneven.
pub const UNEVEN_MIDDLE: i16 = 30;
/// Two groups' medians this far apart on a quality is uneven.
pub const UNEVEN_GAP: i16 = 20;
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
    if level.people() >= 2 && level.confidence == Confidence::Mixed {
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

fn quality_name(c: &Content, q: usize) -> Text {
    c.assessment.qualities.get(q).map(|q| q.name.clone()).unwrap_or_default()
}

impl Uneven {
    /// The finding as one plain sentence.
    pub fn sentence(&self, c: &Content) -> Text {
        match self {
            Uneven::Levels(counts) => {
                let n = |l: Level| counts.count(l);
                let (s, r, k) = (n(Level::Spontaneous), n(Level::Regulated), n(Level::Cultural));
                let (between_ru, between_en) = match counts.between {
                    0 => (String::new(), String::new()),
                    b => (format!(", между уровнями — {b}"), format!(", between levels {b}")),
                };
                Text::pair(
                    format!(
                        "Команда неоднородна: ни на одном уровне нет больше половины людей (спонтанный — {s}, регламентированный — {r}, культурный — {k}{between_ru}). Для клиента это компания на спонтанном уровне: обслуживание зависит от того, к кому он попадёт."
                    ),
                    format!(
                        "The team is uneven: no level holds more than half of the people (spontaneous {s}, regulated {r}, cultural {k}{between_en}). For a client this is a company at the spontaneous level: the service depends on whom they meet."
                    ),
                )
            }
            Uneven::People { qualities, widest } => {
                let names: Vec<Text> = qualities.iter().map(|q| quality_name(c, *q)).collect();
                let ru = names.iter().map(|t| format!("«{}»", t.legacy_ru())).collect::<Vec<_>>().join(", ");
                let en = names.iter().map(|t| t.legacy_en().to_string()).collect::<Vec<_>>().join(", ");
                let one_ru = if names.len() == 1 { "качестве" } else { "качествах" };
                Text::pair(
                    format!(
                        "Люди работают по-разному в {one_ru} {ru}: средняя половина команды расходится на {widest} баллов из 100 — то, что получит клиент, зависит от того, к кому он попадёт."
                    ),
                    format!(
                        "People serve unevenly in {en}: the middle half of the team spreads over {widest} points out of 100, so what a client gets depends on whom they reach."
                    ),
                )
            }
            Uneven::Groups(g) => {
                let q = quality_name(c, g.quality);
                let (lo, hi) = (g.low.text(), g.high.text());
                let (lm, hm) = (g.low_median, g.high_median);
                Text::pair(
                    format!(
                        "Группы работают по-разному в качестве «{}»: медиана {lm} в группе «{}» и {hm} в группе «{}». Клиенты ждут одинаково хорошего обслуживания в любом филиале и отделе.",
                        q.legacy_ru(),
                        lo.legacy_ru(),
                        hi.legacy_ru()
                    ),
                    format!(
                        "Groups serve differently in {}: a median of {lm} in “{}” and {hm} in “{}”. Clients expect equally good service in every branch and department.",
                        q.legacy_en(),
                        lo.legacy_en(),
                        hi.legacy_en()
                    ),
                )
            }
        }
    }
}
