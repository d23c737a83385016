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
//!
//! **One headline rule** ([`LevelCounts::standing`]), for the team and for
//! each group, on screen, in the consistency sentence, on slides and in
//! print: a level is named only when it holds a clear majority — more than
//! half of the people, those between levels (or not clear) counted in the
//! whole. Otherwise the team (or group) is **mixed**: the service depends
//! on who the client meets. Never the lowest level by default.

use super::entry::Figures;
use super::spread::{Histogram, Spread};
use crate::content::{Content, Level};
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

    /// Share of the people at a level, 0–100 (of [`Self::shares`]).
    pub fn share(&self, l: Level) -> u32 {
        self.shares()[l.index()]
    }

    /// Share of the people between levels (or not clear), 0–100.
    pub fn between_pct(&self) -> u32 {
        self.shares()[3]
    }

    /// The shares at each level (in `Level::ALL` order) and between levels,
    /// whole percentages that add up to exactly 100 (largest remainder):
    /// a distribution never reads 99 % or 101 %.
    pub fn shares(&self) -> [u32; 4] {
        let parts = [self.at[0], self.at[1], self.at[2], self.between];
        let whole = self.people();
        if whole == 0 {
            return [0; 4];
        }
        let mut out = parts.map(|p| (100 * p / whole) as u32);
        let rem = parts.map(|p| (100 * p) % whole);
        let mut left = 100u32.saturating_sub(out.iter().sum());
        let mut bumped = [false; 4];
        while left > 0 {
            // The largest remainder not yet rounded up, the first on a tie.
            let best = (0..4).filter(|i| !bumped[*i] && rem[*i] > 0).fold(None::<usize>, |b, i| match b {
                Some(b) if rem[b] >= rem[i] => Some(b),
                _ => Some(i),
            });
            let Some(i) = best else { break };
            out[i] += 1;
            bumped[i] = true;
            left -= 1;
        }
        out
    }

    /// Levels that have anyone at them.
    pub fn occupied(&self) -> usize {
        self.at.iter().filter(|n| **n > 0).count()
    }

    /// The headline rule: the level a clear majority (more than half of
    /// everyone, between levels included) is at, else mixed; `None` with no one.
    pub fn standing(&self) -> Option<Standing> {
        if self.people() == 0 {
            return None;
        }
        match self.level() {
            Some((l, c)) if c != Confidence::Mixed => Some(Standing::At(l, c)),
            _ => Some(Standing::Mixed),
        }
    }

    /// "8 (50 %)" for a level.
    pub fn count_share(&self, l: Level, lang: Lang) -> String {
        lang.f("team_level.count_share", &[("n", &self.count(l)), ("pct", &self.share(l))])
    }

    /// "2 (13 %)" for those between levels or not clear.
    pub fn between_share(&self, lang: Lang) -> String {
        lang.f("team_level.count_share", &[("n", &self.between), ("pct", &self.between_pct())])
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

/// What a set of people is said to be at: the one rule behind every
/// heading, the consistency sentence, the groups, slides and print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// More than half of the people are at this level (clear or leaning).
    At(Level, Confidence),
    /// No level holds more than half of the people.
    Mixed,
}

impl Standing {
    /// The level named, when one is.
    pub fn level(self) -> Option<Level> {
        match self {
            Standing::At(l, _) => Some(l),
            Standing::Mixed => None,
        }
    }

    /// The team's heading: "Team level: …" or "Mixed team — …".
    pub fn headline(self, c: &Content, lang: Lang) -> String {
        match self {
            Standing::At(l, _) => {
                let name = c.assessment.levels.get(l.index()).map_or("", |x| x.name.get(lang));
                lang.f("team_level.headline", &[("level", &name)])
            }
            Standing::Mixed => lang.t("team_level.headline_mixed").to_string(),
        }
    }

    /// In a table cell: the level's short name, or "mixed".
    pub fn short(self, c: &Content, lang: Lang) -> String {
        match self {
            Standing::At(l, _) => c.assessment.levels.get(l.index()).map_or("", |x| x.short.get(lang)).to_string(),
            Standing::Mixed => lang.t("team_level.mixed_short").to_string(),
        }
    }
}

/// "8 (50 %)": a count of people with its share of `whole`.
pub fn count_share(n: usize, whole: usize, lang: Lang) -> String {
    lang.f("team_level.count_share", &[("n", &n), ("pct", &share(n, whole))])
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

    /// The headline rule ([`LevelCounts::standing`]).
    pub fn standing(&self) -> Option<Standing> {
        self.counts.standing()
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
    fn a_level_is_named_only_on_a_clear_majority() {
        // 1 spontaneous, 2 regulated, 2 cultural, 2 between: no majority.
        assert_eq!(counts([1, 2, 2], 2).standing(), Some(Standing::Mixed));
        // One at each level: mixed, never the lowest.
        assert_eq!(counts([1, 1, 1], 0).standing(), Some(Standing::Mixed));
        // Exactly half is not more than half.
        assert_eq!(counts([3, 8, 5], 0).standing(), Some(Standing::Mixed));
        assert_eq!(counts([1, 3, 1], 0).standing(), Some(Standing::At(Level::Regulated, Confidence::Leaning)));
        assert_eq!(counts([0, 1, 2], 0).standing(), Some(Standing::At(Level::Cultural, Confidence::Clear)));
        // Those between levels count in the whole.
        assert_eq!(counts([0, 3, 0], 3).standing(), Some(Standing::Mixed));
        assert_eq!(counts([0, 0, 0], 4).standing(), Some(Standing::Mixed));
        assert_eq!(counts([0, 0, 0], 0).standing(), None);
    }

    #[test]
    fn a_distribution_adds_up_to_100() {
        assert_eq!(counts([1, 1, 1], 0).shares(), [34, 33, 33, 0]);
        assert_eq!(counts([3, 8, 5], 0).shares(), [19, 50, 31, 0]);
        assert_eq!(counts([1, 2, 2], 2).shares(), [14, 29, 29, 28]);
        assert_eq!(counts([0, 0, 0], 0).shares(), [0, 0, 0, 0]);
        for n in 1..40 {
            for a in 0..=n {
                for b in 0..=(n - a) {
                    let c = counts([a, b, (n - a - b) / 2], n - a - b - (n - a - b) / 2);
                    assert_eq!(c.shares().iter().sum::<u32>(), 100, "{c:?}");
                }
            }
        }
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
