//! The team's level: how many people sit at each level (counts, never
//! names), the level most of them share, and how clearly they share it.
//!
//! - **clear**: at least two in three people are at that level;
//! - **leaning**: more than half are;
//! - **mixed**: no level holds more than half. For a client, that is the
//!   spontaneous level of a company: the service depends on whom they meet.
//!
//! The level named is the one most people are at; on a tie the lower rung,
//! as for one person: a higher level is claimed only on stronger evidence.

use super::entry::Figures;
use super::spread::{Histogram, Spread};
use crate::content::Level;
use crate::text::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    Clear,
    Leaning,
    Mixed,
}

impl Confidence {
    pub fn id(self) -> &'static str {
        match self {
            Confidence::Clear => "clear",
            Confidence::Leaning => "leaning",
            Confidence::Mixed => "mixed",
        }
    }

    /// What the confidence means, in a phrase.
    pub fn words(self, lang: Lang) -> &'static str {
        match self {
            Confidence::Clear => lang.t("team_level.clear"),
            Confidence::Leaning => lang.t("team_level.leaning"),
            Confidence::Mixed => lang.t("team_level.mixed"),
        }
    }
}

/// How many people sit at each level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct LevelCounts {
    /// In `Level::ALL` order.
    pub at: [usize; 3],
    /// People the model placed between levels.
    pub between: usize,
}

impl LevelCounts {
    pub fn add(&mut self, level: Option<Level>) {
        match level {
            Some(l) => self.at[l.index()] += 1,
            None => self.between += 1,
        }
    }

    pub fn people(&self) -> usize {
        self.at.iter().sum::<usize>() + self.between
    }

    pub fn count(&self, l: Level) -> usize {
        self.at[l.index()]
    }

    /// Share of the people at a level, 0–100, rounded.
    pub fn share(&self, l: Level) -> u32 {
        share(self.count(l), self.people())
    }

    /// Levels that have anyone at them.
    pub fn occupied(&self) -> usize {
        self.at.iter().filter(|n| **n > 0).count()
    }

    /// The level most people are at (lower rung on a tie) and how clearly.
    pub fn level(&self) -> Option<(Level, Confidence)> {
        let n = self.people();
        if n == 0 {
            return None;
        }
        let mut top = Level::Spontaneous;
        for l in Level::ALL {
            if self.count(l) > self.count(top) {
                top = l;
            }
        }
        let k = self.count(top);
        if k == 0 {
            return None;
        }
        let confidence = if 3 * k >= 2 * n {
            Confidence::Clear
        } else if 2 * k > n {
            Confidence::Leaning
        } else {
            Confidence::Mixed
        };
        Some((top, confidence))
    }
}

/// `part` of `whole` as a whole percentage, rounded half up.
pub fn share(part: usize, whole: usize) -> u32 {
    if whole == 0 { 0 } else { ((200 * part as u64 + whole as u64) / (2 * whole as u64)) as u32 }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamLevel {
    pub counts: LevelCounts,
    /// `None` with no results, or when everyone was placed between levels.
    pub level: Option<Level>,
    pub confidence: Confidence,
    /// How strongly each level shows across the people, 0–100.
    pub strengths: [Option<Spread>; 3],
}

impl TeamLevel {
    pub fn people(&self) -> usize {
        self.counts.people()
    }
}

/// The team's level from its people's figures (of one model version).
pub fn team_level<'a>(figures: impl IntoIterator<Item = &'a Figures>) -> TeamLevel {
    let mut counts = LevelCounts::default();
    let mut strengths = [Histogram::scores(), Histogram::scores(), Histogram::scores()];
    for f in figures {
        counts.add(f.level);
        for (h, v) in strengths.iter_mut().zip(f.levels) {
            h.add(i16::from(v));
        }
    }
    let (level, confidence) = match counts.level() {
        Some((l, c)) => (Some(l), c),
        None => (None, Confidence::Mixed),
    };
    TeamLevel { counts, level, confidence, strengths: strengths.map(|h| h.spread()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(at: [usize; 3], between: usize) -> LevelCounts {
        LevelCounts { at, between }
    }

    #[test]
    fn confidence_follows_the_majority() {
        assert_eq!(counts([0, 10, 0], 0).level(), Some((Level::Regulated, Confidence::Clear)));
        assert_eq!(counts([1, 2, 0], 0).level(), Some((Level::Regulated, Confidence::Clear)));
        assert_eq!(counts([2, 3, 0], 0).level(), Some((Level::Regulated, Confidence::Leaning)));
        assert_eq!(counts([5, 0, 5], 0).level(), Some((Level::Spontaneous, Confidence::Mixed)));
        assert_eq!(counts([3, 4, 3], 0).level(), Some((Level::Regulated, Confidence::Mixed)));
        assert_eq!(counts([0, 2, 0], 2).level(), Some((Level::Regulated, Confidence::Mixed)));
        assert_eq!(counts([0, 0, 0], 3).level(), None);
        assert_eq!(counts([0, 0, 0], 0).level(), None);
    }

    #[test]
    fn shares_round_half_up() {
        assert_eq!(share(1, 3), 33);
        assert_eq!(share(2, 3), 67);
        assert_eq!(share(1, 8), 13);
        assert_eq!(share(0, 0), 0);
        assert_eq!(share(5, 5), 100);
    }
}
