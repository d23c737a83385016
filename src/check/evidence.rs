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

/// Shares of answers on the three rungs, below / standard / «wow» (half
/// steps count half); they add up to 1 when anything was counted.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Rungs {
    pub below: f64,
    pub standard: f64,
    pub wow: f64,
    /// How many answers they rest on.
    pub n: usize,
}

impl Rungs {
    pub fn of(values: impl IntoIterator<Item = f64>) -> Rungs {
        let mut r = Rungs::default();
        for v in values {
            let v = v.clamp(-1.0, 1.0);
            r.n += 1;
            r.wow += v.max(0.0);
            r.below += (-v).max(0.0);
            r.standard += 1.0 - v.abs();
        }
        if r.n > 0 {
            let n = r.n as f64;
            (r.wow, r.below, r.standard) = (r.wow / n, r.below / n, r.standard / n);
        }
        r
    }

    /// How much the answers jump across the standard, to both sides:
    /// the seed's "unpredictable" (0 when all sit on one side of it, 1
    /// when half are below it and half «wow»). Half of one lapse is
    /// discounted: a single lapse among a handful of answers happens to
    /// steady people too. The product, not its square root: a lapse now
    /// and then beside «wow» is weak evidence, and one answer more or
    /// less on a retake should not move the level (issue 18's retake
    /// target; docs/scoring.md §2).
    pub fn mix(&self) -> f64 {
        if self.n == 0 {
            return 0.0;
        }
        let below = (self.below - 0.5 / self.n as f64).max(0.0);
        (4.0 * below * self.wow).clamp(0.0, 1.0)
    }
}

/// What the answers show, before it is weighed into levels.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Evidence {
    /// Ladder items in the questionnaire, and those answered with an option.
    pub ladder_items: usize,
    pub ladder_answers: usize,
    /// Ladder items answered "does not happen in my job", and those that
    /// allow it.
    pub not_applicable: usize,
    pub not_applicable_allowed: usize,
    /// Shares of all the behaviour evidence on each rung, weighed by source
    /// (episodes and colleagues first, situations next, frequencies last);
    /// they add up to 1 when anything is known.
    pub wow: f64,
    pub standard: f64,
    pub disappointment: f64,
    /// Ladder answers below the standard.
    pub disappointments: usize,
    /// Each source on its own.
    pub situations: Rungs,
    pub frequencies: Rungs,
    pub episodes: Rungs,
    /// Colleagues' episodes: the median share on each rung.
    pub colleagues: Rungs,
    /// Pairs (ordinary day, under pressure) with both answered; of them,
    /// those answered differently, and those answered lower under pressure.
    pub pairs: usize,
    pub pairs_changed: usize,
    pub pairs_worse: usize,
    /// The mean fall below the standard under pressure, 0…1: 0 when no
    /// pressure answer is below the standard while its ordinary day is at
    /// or above it; dropping from «wow» to the standard when rushed is
    /// triage, not unpredictability.
    pub swing: f64,
    /// Unpredictability, 0…1, from every source that has it: episodes and
    /// colleagues (the spread across −1 and +1), pairs (falls below the
    /// standard under pressure), situations (the spread).
    pub unpredictability: f64,
    /// Self-reported traits, 0…1; `None` when no such item was answered.
    pub mood: Option<f64>,
    pub script: Option<f64>,
    pub ownership: Option<f64>,
    /// How much the person claims an ideal nobody keeps every day, 0…1.
    pub candour: Option<f64>,
    /// Emotional involvement and thanking the client (0…1, from the ladder
    /// answers of the connection items).
    pub connection: Option<f64>,
    /// Opposite statements both answered, and the mean difference between
    /// them on the trait, 0…1 (0: perfectly consistent).
    pub opposites: usize,
    pub contradiction: f64,
    /// The largest share of answers given at one option position.
    pub same_position: f64,
    /// Items with a time, and the share of them answered quicker than the
    /// text can be read.
    pub timed: usize,
    pub too_fast: f64,
    /// Nearly every best option, no lapse anywhere, no change under
    /// pressure, mood denied, ownership at the top: how many of the five
    /// (0 without the first).
    pub perfect_signs: usize,
}

/// The five signs of a too-perfect pattern that must all but one hold.
pub const PERFECT_SIGNS: usize = 4;
/// Opposite statements differing by this much on average (on a 0…1 scale,
/// more than a scale point) contradict each other.
pub const CONTRADICTION: f64 = 0.3;
/// The share of answers at one option position that is straight-lining.
pub const SAME_POSITION: f64 = 0.65;
/// The share of timed items answered quicker than reading time that is
/// careless; "reading time" here is half the time at 180 words a minute.
pub const TOO_FAST: f64 = 0.3;
pub const SKIM_WORDS_PER_SECOND: f64 = 6.0;

impl Evidence {
    /// Answers that look idealised: candour claims agreed with, or the
    /// too-perfect pattern. Shown kindly, and the level is held less certain.
    pub fn idealised(&self) -> bool {
        self.candour.is_some_and(|c| c >= IDEALISED) || self.perfect_signs >= PERFECT_SIGNS
    }

    /// Contradictory, straight-lined or too quick to have been read.
    pub fn careless(&self) -> bool {
        (self.opposites >= 3 && self.contradiction >= CONTRADICTION)
            || (self.ladder_items >= 10 && self.same_position >= SAME_POSITION)
            || (self.timed >= 10 && self.too_fast >= TOO_FAST)
    }

    /// More than half of what could be marked "does not happen in my job"
    /// was (at least two items), in any kind of work: too little to go on
    /// for a firm level.
    pub fn few_answers(&self) -> bool {
        self.not_applicable >= 2 && self.not_applicable * 2 > self.not_applicable_allowed
    }

    /// The same rule for a result part of whose answers could not be read
    /// (a share link from another setup, `document::share::Foreign`): a
    /// ladder question left without an answer counts as one marked "does
    /// not happen", out of every ladder question. More than half of them
    /// (at least two) without an answer is too little to show a level.
    pub fn too_few_to_score(&self) -> bool {
        let without = self.ladder_items.saturating_sub(self.ladder_answers);
        self.ladder_answers == 0 || (without >= 2 && without * 2 > self.ladder_items)
    }

    /// A source besides the questionnaire that can carry a high level:
    /// a colleague's view, or real episodes that are not all the same.
    pub fn another_source(&self) -> bool {
        self.colleagues.n > 0 || (self.episodes.n >= 3 && self.episodes.wow < 1.0 && self.episodes.wow > 0.0)
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

/// What the result says about the answers themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Flags {
    /// Nearly every best option, no lapse, no change under pressure: named
    /// kindly, and the level is held less certain.
    pub too_perfect: bool,
    /// Contradictions, the same position throughout or answers quicker than
    /// the text can be read: no level is shown.
    pub careless: bool,
    /// Too little was answered with an option for a firm level.
    pub few_answers: bool,
}

impl Flags {
    pub fn is_empty(&self) -> bool {
        !(self.too_perfect || self.careless || self.few_answers)
    }

    /// The flag ids `make score` prints, in this order.
    pub fn ids(&self) -> Vec<&'static str> {
        [(self.too_perfect, "too_perfect"), (self.careless, "careless"), (self.few_answers, "few_answers")]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, id)| id)
            .collect()
    }
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
    pub flags: Flags,
}

impl Verdict {
    /// No level can be read from the answers.
    pub fn not_clear(&self) -> bool {
        self.flags.careless
    }

    /// "You are here": on the level's step, or between two steps when mixed.
    pub fn place(&self) -> Place {
        match self.confidence {
            Confidence::Mixed if self.level < self.other => Place::Between(self.level, self.other),
            Confidence::Mixed => Place::Between(self.other, self.level),
            _ => Place::On(self.level),
        }
    }

    /// Where the person stands in a few words, as the heading places them:
    /// a level's short name, "between Regulated and Cultural", or "not
    /// clear yet" — for texts that travel (a shared link's text).
    pub fn place_words(&self, a: &Assessment, lang: Lang) -> String {
        if self.not_clear() {
            return lang.t("check_result.place_not_clear").to_string();
        }
        match self.place() {
            Place::On(level) => a.short_name(level, lang).to_string(),
            Place::Between(low, high) => lang.f(
                "check_result.place_between",
                &[("low", &a.short_name(low, lang)), ("high", &a.short_name(high, lang))],
            ),
        }
    }

    /// The level in plain words with its confidence, from the content.
    pub fn headline(&self, a: &Assessment, lang: Lang) -> String {
        // Careless answers show no level, not even a hedged one.
        if self.not_clear() {
            return lang.t("check_result.not_clear_yet").to_string();
        }
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
