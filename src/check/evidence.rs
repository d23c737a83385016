//! What the answers show and the verdict weighed from it: the figures the
//! scoring computes (`scoring`) and the explanation reads (`explain`), in a
//! file of their own so that both depend on it and not on each other.

use crate::content::{Assessment, Level};
use crate::text::lang::Lang;

/// A trait mean at or above this: the person agrees on average ("somewhat
/// agree" is ¾, "neither" ½); at or below `DISAGREE`, disagrees.
pub const AGREE: f64 = 0.625;
pub const DISAGREE: f64 = 0.375;
/// A candour mean at or above this flags answers as idealised: on average
/// the person agrees with claims like "I have never once been impatient".
pub const IDEALISED: f64 = 0.75;
/// A share of ladder items at or above which a reason speaks of "most".
pub const MOST: f64 = 0.5;
/// Connection items at or above this: «often» on average.
pub const OFTEN: f64 = 0.75;
/// Ownership at or below this ("neither" or less): «wow» is not yet owned.
pub const NOT_OWNED: f64 = 0.5;

/// What the answers show, before it is weighed into levels.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Evidence {
    /// Ladder items in the questionnaire, and those answered with an option.
    pub ladder_items: usize,
    pub ladder_answers: usize,
    /// Ladder items answered "does not happen in my job".
    pub not_applicable: usize,
    /// Shares of the ladder answers on each rung (half steps count half);
    /// they add up to 1 when any ladder item is answered.
    pub wow: f64,
    pub standard: f64,
    pub disappointment: f64,
    /// Ladder answers below the standard.
    pub disappointments: usize,
    /// Pairs (ordinary day, under pressure) with both answered; of them,
    /// those answered differently, and those answered lower under pressure.
    pub pairs: usize,
    pub pairs_changed: usize,
    pub pairs_worse: usize,
    /// The mean change within pairs, 0…1: 0 when each pair got the same
    /// answer, 1 when every pair went from +1 to −1 (or back). This is the
    /// unpredictability the seed defines the spontaneous level by; being
    /// better in some situations than in others is not.
    pub swing: f64,
    /// Self-reported traits, 0…1; `None` when no such item was answered.
    pub mood: Option<f64>,
    pub script: Option<f64>,
    pub ownership: Option<f64>,
    /// How much the person claims an ideal nobody keeps every day, 0…1.
    pub candour: Option<f64>,
    /// Emotional involvement and thanking the client (0…1, from the ladder
    /// answers of the connection items).
    pub connection: Option<f64>,
}

impl Evidence {
    /// Answers that look idealised: shown kindly, and the level is held
    /// less certain.
    pub fn idealised(&self) -> bool {
        self.candour.is_some_and(|c| c >= IDEALISED)
    }

    /// More than half the ladder items did not happen in the person's job:
    /// too little to go on for a firm level.
    pub fn few_answers(&self) -> bool {
        self.not_applicable * 2 > self.ladder_items
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// The level stands out.
    Clear,
    /// The level leads, not decisively.
    Leaning,
    /// Between two levels: the leader is weak or another is close.
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
}

/// Where the person stands on the three-step ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    On(Level),
    /// Between two steps, lower rung first.
    Between(Level, Level),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    /// The strongest level (on a tie the lower rung: a higher one is
    /// claimed only on stronger evidence).
    pub level: Level,
    /// The next strongest.
    pub other: Level,
    pub confidence: Confidence,
    /// 0…1, shown out of 100.
    pub certainty: f64,
}

impl Verdict {
    /// "You are here": on the level's step, or between two steps when mixed.
    pub fn place(&self) -> Place {
        match self.confidence {
            Confidence::Mixed if self.level < self.other => Place::Between(self.level, self.other),
            Confidence::Mixed => Place::Between(self.other, self.level),
            _ => Place::On(self.level),
        }
    }

    /// The level in plain words with its confidence, from the content.
    pub fn headline(&self, a: &Assessment, lang: Lang) -> String {
        let c = &a.confidence;
        let text = match self.confidence {
            Confidence::Clear => &c.clear,
            Confidence::Leaning => &c.leaning,
            Confidence::Mixed => &c.mixed,
        };
        text.get(lang)
            .replace("{level}", a.short_name(self.level, lang))
            .replace("{other}", a.short_name(self.other, lang))
    }
}
