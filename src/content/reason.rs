//! The reasons a self-assessment result can be explained by: their ids,
//! the placeholders their sentences carry and the level each speaks for.
//! The content checks its sentences against them; when each reason holds,
//! and its sentence, is `check::explain`.

use crate::content::level::Level;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// Candour items agreed with on average: the answers look idealised.
    Idealised,
    /// More than half the ladder items were marked as not happening.
    FewAnswers,
    /// Pairs answered lower under pressure than on an ordinary day.
    DropsUnderPressure { n: usize, total: usize },
    /// At least two pairs answered, every one the same both times.
    SteadyUnderPressure,
    /// Mood items agreed with on average.
    MoodMatters,
    /// Mood items disagreed with on average.
    MoodSteady,
    /// At least half the ladder answers on the standard rung.
    MostlyStandard,
    /// Script items agreed with on average.
    LeansOnRules,
    /// Script items disagreed with on average.
    BeyondRules,
    /// At least half the ladder answers on the «wow» rung.
    MostlyWow,
    /// Ownership items agreed with on average.
    OwnsService,
    /// Connection items (involvement, thanks) answered often or better on average.
    Connection,
    /// Mostly «wow», but ownership not agreed with: not yet cultural.
    WowWithoutOwnership,
    /// Ladder answers below the standard.
    SomeDisappointment { n: usize },
}

impl Reason {
    /// Every reason id, in the order reasons are checked.
    pub const IDS: [&'static str; 14] = [
        "idealised",
        "few_answers",
        "drops_under_pressure",
        "steady_under_pressure",
        "mood_matters",
        "mood_steady",
        "mostly_standard",
        "leans_on_rules",
        "beyond_rules",
        "mostly_wow",
        "owns_service",
        "connection",
        "wow_without_ownership",
        "some_disappointment",
    ];

    pub fn id(&self) -> &'static str {
        match self {
            Reason::Idealised => "idealised",
            Reason::FewAnswers => "few_answers",
            Reason::DropsUnderPressure { .. } => "drops_under_pressure",
            Reason::SteadyUnderPressure => "steady_under_pressure",
            Reason::MoodMatters => "mood_matters",
            Reason::MoodSteady => "mood_steady",
            Reason::MostlyStandard => "mostly_standard",
            Reason::LeansOnRules => "leans_on_rules",
            Reason::BeyondRules => "beyond_rules",
            Reason::MostlyWow => "mostly_wow",
            Reason::OwnsService => "owns_service",
            Reason::Connection => "connection",
            Reason::WowWithoutOwnership => "wow_without_ownership",
            Reason::SomeDisappointment { .. } => "some_disappointment",
        }
    }

    /// The placeholders a reason's sentence must contain.
    pub fn placeholders(id: &str) -> &'static [&'static str] {
        match id {
            "drops_under_pressure" => &["{n}", "{total}"],
            "some_disappointment" => &["{n}"],
            _ => &[],
        }
    }

    /// The level this reason is evidence for, if any.
    pub fn about(&self) -> Option<Level> {
        match self {
            Reason::DropsUnderPressure { .. } | Reason::MoodMatters => Some(Level::Spontaneous),
            Reason::MostlyStandard | Reason::LeansOnRules | Reason::WowWithoutOwnership => Some(Level::Regulated),
            Reason::MostlyWow | Reason::OwnsService | Reason::Connection | Reason::BeyondRules => Some(Level::Cultural),
            _ => None,
        }
    }
}
