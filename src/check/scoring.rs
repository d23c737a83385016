//! The self-assessment model, version 2: how answers become evidence, level
//! strengths, a level with its confidence, quality scores, strengths, growth
//! areas and one main step for this week. docs/scoring.md explains it in
//! words and holds the calibration table; the three change together.
//!
//! Pure and small: no float printing (see `percent`) and no standard sorts
//! (see `crate::order`), because all of it runs in the wasm.

pub use crate::check::evidence::{
    AGREE, Confidence, DISAGREE, Evidence, IDEALISED, MOST, NOT_OWNED, OFTEN, Place, Verdict,
};
use crate::content::reason::Reason;
use crate::content::{Assessment, Choice, Item, ItemKind, Level, NOT_APPLICABLE, Trait};
use std::collections::BTreeMap;

/// The model that scored a result. Version 1 was the first release's
/// (spread over all answers as unpredictability, no confidence); stored
/// results should carry this so they are compared only like with like.
pub const MODEL_VERSION: u32 = 2;

/// Item id → chosen option id (or `NOT_APPLICABLE`).
pub type Answers = BTreeMap<String, String>;

/// A quality at or above this score counts as a strength; below it, a
/// growth area.
pub const STRONG: f64 = 0.75;
pub const MAX_STRENGTHS: usize = 2;
pub const MAX_GROWTH: usize = 2;
/// Ownership at or below this cannot make anyone cultural; from there to
/// `OWNERSHIP_FULL` its weight rises from 0 to 1.
pub const OWNERSHIP_FROM: f64 = 0.375;
pub const OWNERSHIP_FULL: f64 = 0.75;
/// How much a within-pair change counts: a one-step change in half the
/// pairs (swing ¼) is already a strong sign of service that depends on
/// circumstances.
pub const SWING_GAIN: f64 = 1.75;
/// The leader's margin over the runner-up, and its own strength, at which
/// a level is certain; below them certainty falls in proportion.
pub const CERTAIN_MARGIN: f64 = 0.4;
pub const CERTAIN_STRENGTH: f64 = 0.6;
/// Certainty bands: at least `CLEAR` is a clear level, at least `LEANING`
/// a leaning one, below it the person is between two levels.
pub const CLEAR: f64 = 2.0 / 3.0;
pub const LEANING: f64 = 1.0 / 3.0;

/// What a person answered to one item.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Answer<'a> {
    Chosen(&'a Choice),
    /// "Does not happen in my job", on an item that allows it.
    NotApplicable,
    /// Nothing, or an id the item does not have.
    Missing,
}

pub fn answer<'a>(item: &'a Item, answers: &Answers) -> Answer<'a> {
    match answers.get(&item.id) {
        Some(id) if id == NOT_APPLICABLE && item.allows_na => Answer::NotApplicable,
        Some(id) => item.choice(id).map_or(Answer::Missing, Answer::Chosen),
        None => Answer::Missing,
    }
}

/// The value of the chosen option, if the item was answered with a known option.
pub fn answer_value(item: &Item, answers: &Answers) -> Option<f64> {
    match answer(item, answers) {
        Answer::Chosen(c) => Some(c.value),
        _ => None,
    }
}

/// Whether the item has a valid answer, "does not happen in my job" included.
pub fn is_answered(item: &Item, answers: &Answers) -> bool {
    answer(item, answers) != Answer::Missing
}

/// Number of items with a valid answer.
pub fn answered(assessment: &Assessment, answers: &Answers) -> usize {
    assessment.items.iter().filter(|i| is_answered(i, answers)).count()
}

/// The first item without a valid answer: where to continue.
pub fn first_unanswered(assessment: &Assessment, answers: &Answers) -> Option<usize> {
    assessment.items.iter().position(|i| !is_answered(i, answers))
}

fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() { None } else { Some(values.iter().sum::<f64>() / values.len() as f64) }
}

pub fn evidence(assessment: &Assessment, answers: &Answers) -> Evidence {
    let mut e = Evidence::default();
    let mut ladder = Vec::new();
    let mut connection = Vec::new();
    let mut traits: [Vec<f64>; 4] = Default::default();
    for item in &assessment.items {
        if item.kind.is_ladder() {
            e.ladder_items += 1;
        }
        let value = match answer(item, answers) {
            Answer::Chosen(c) => c.value,
            Answer::NotApplicable => {
                e.not_applicable += usize::from(item.kind.is_ladder());
                continue;
            }
            Answer::Missing => continue,
        };
        match item.kind {
            ItemKind::Trait(t) => traits[t as usize].push(value.clamp(0.0, 1.0)),
            _ => {
                let v = value.clamp(-1.0, 1.0);
                ladder.push(v);
                if item.connection {
                    connection.push((v + 1.0) / 2.0);
                }
            }
        }
    }
    let n = ladder.len() as f64;
    e.ladder_answers = ladder.len();
    if !ladder.is_empty() {
        e.wow = ladder.iter().map(|v| v.max(0.0)).sum::<f64>() / n;
        e.disappointment = ladder.iter().map(|v| (-v).max(0.0)).sum::<f64>() / n;
        // Summed, not 1 − wow − disappointment: sums of half steps are
        // exact, so a share of exactly ½ compares as ½.
        e.standard = ladder.iter().map(|v| 1.0 - v.abs()).sum::<f64>() / n;
    }
    e.disappointments = ladder.iter().filter(|v| **v < 0.0).count();

    let mut changes = Vec::new();
    for (o, p) in assessment.pairs() {
        let (Some(ordinary), Some(pressed)) =
            (answer_value(&assessment.items[o], answers), answer_value(&assessment.items[p], answers))
        else {
            continue;
        };
        e.pairs += 1;
        e.pairs_changed += usize::from(ordinary != pressed);
        e.pairs_worse += usize::from(pressed < ordinary);
        changes.push(((ordinary - pressed).abs() / 2.0).clamp(0.0, 1.0));
    }
    e.swing = mean(&changes).unwrap_or(0.0);
    let trait_mean = |t: Trait| mean(&traits[t as usize]);
    e.mood = trait_mean(Trait::Mood);
    e.script = trait_mean(Trait::Script);
    e.ownership = trait_mean(Trait::Ownership);
    e.candour = trait_mean(Trait::Candour);
    e.connection = mean(&connection);
    e
}

/// How much ownership lets «wow» behaviour count as cultural, 0…1. Without
/// ownership (none reported, or disagreeing) it is 0: the seed's cultural
/// level is good service as the person's own conviction.
pub fn ownership_weight(ownership: Option<f64>) -> f64 {
    let own = ownership.unwrap_or(0.0);
    ((own - OWNERSHIP_FROM) / (OWNERSHIP_FULL - OWNERSHIP_FROM)).clamp(0.0, 1.0)
}

/// Level strengths from evidence, in `Level::ALL` order, each 0…1.
///
/// - spontaneous: within-pair change (behaviour, counting twice) and mood
///   dependence (the person's own report); without pairs, mood alone can
///   reach only a third;
/// - regulated: steady standard behaviour, held up by reliance on scripts;
///   «wow» behaviour the person does not own counts here too, as meeting a
///   (high) standard because it is required;
/// - cultural: steady «wow» behaviour, weighed by ownership and by the
///   emotional connection (involvement and thanks).
pub fn level_strengths(e: &Evidence) -> [f64; 3] {
    let behaviour = (SWING_GAIN * e.swing).min(1.0);
    let spontaneous = (2.0 * behaviour + e.mood.unwrap_or(0.0)) / 3.0;
    let steady = 1.0 - e.swing;
    let owned = ownership_weight(e.ownership);
    let half_to_full = |x: Option<f64>| 0.5 + 0.5 * x.unwrap_or(1.0);
    let regulated = (e.standard + e.wow * (1.0 - owned)) * steady * half_to_full(e.script);
    let cultural = e.wow * steady * owned * half_to_full(e.connection);
    [spontaneous, regulated, cultural].map(|s| s.clamp(0.0, 1.0))
}

/// The level and its confidence. Certainty is the leader's margin over the
/// runner-up and its own strength, each against what makes it certain; it
/// is halved when answers look idealised and halved when most situations
/// did not apply.
pub fn verdict(strengths: &[f64; 3], e: &Evidence) -> Verdict {
    let mut order = Level::ALL;
    // Stable: lower rungs stay first among equals.
    crate::order::sort_by(&mut order, |a, b| strengths[b.index()].total_cmp(&strengths[a.index()]));
    let (level, other) = (order[0], order[1]);
    let top = strengths[level.index()];
    let margin = top - strengths[other.index()];
    let mut certainty = (margin / CERTAIN_MARGIN).min(1.0) * (top / CERTAIN_STRENGTH).min(1.0);
    if e.idealised() {
        certainty *= 0.5;
    }
    if e.few_answers() {
        certainty *= 0.5;
    }
    let certainty = certainty.clamp(0.0, 1.0);
    let confidence = if certainty >= CLEAR {
        Confidence::Clear
    } else if certainty >= LEANING {
        Confidence::Leaning
    } else {
        Confidence::Mixed
    };
    Verdict { level, other, confidence, certainty }
}

/// The one thing to do this week.
#[derive(Clone, Debug, PartialEq)]
pub enum MainStep {
    /// The disappointment behaviour the answers show most (its fix is the
    /// step), with the items where it showed, in questionnaire order.
    Behaviour { behaviour: usize, items: Vec<usize> },
    /// No disappointment behaviour: the weakest quality (its `week_step`).
    Quality(usize),
}

impl MainStep {
    /// The step's text: the behaviour's fix or the quality's week step.
    pub fn text<'c>(&self, c: &'c crate::content::Content) -> Option<&'c crate::text::lang::Text> {
        match self {
            MainStep::Behaviour { behaviour, .. } => c.ladder.behaviours.get(*behaviour)?.fix.as_ref(),
            MainStep::Quality(q) => c.assessment.qualities.get(*q).map(|q| &q.week_step),
        }
    }
}

/// The weakest behaviour if any answer fell below the standard (weighed by
/// how far; ties go to the first seen), else the weakest quality.
pub fn main_step(assessment: &Assessment, answers: &Answers, qualities: &[Option<f64>]) -> Option<MainStep> {
    let mut weights: Vec<(usize, f64, Vec<usize>)> = Vec::new();
    for (i, item) in assessment.items.iter().enumerate() {
        let Answer::Chosen(c) = answer(item, answers) else { continue };
        // Only a disappointment behaviour names what to stop doing:
        // a situation's option, or what a reverse item asks about.
        let behaviour = match item.kind {
            ItemKind::Situation => c.behaviour,
            ItemKind::Reverse => item.behaviour,
            _ => None,
        };
        let (Some(b), true) = (behaviour, c.value < 0.0) else { continue };
        match weights.iter_mut().find(|w| w.0 == b) {
            Some(w) => {
                w.1 += -c.value;
                w.2.push(i);
            }
            None => weights.push((b, -c.value, vec![i])),
        }
    }
    let mut best: Option<(usize, f64, Vec<usize>)> = None;
    for w in weights {
        if best.as_ref().is_none_or(|b| w.1 > b.1) {
            best = Some(w);
        }
    }
    if let Some((behaviour, _, items)) = best {
        return Some(MainStep::Behaviour { behaviour, items });
    }
    let weakest = weakest_first(qualities);
    weakest.first().map(|&(q, _)| MainStep::Quality(q))
}

pub fn quality_scores(assessment: &Assessment, answers: &Answers) -> Vec<Option<f64>> {
    let mut sums = vec![Vec::new(); assessment.qualities.len()];
    for item in assessment.items.iter().filter(|i| i.kind.is_ladder()) {
        let Some(v) = answer_value(item, answers) else { continue };
        for &q in &item.qualities {
            if let Some(s) = sums.get_mut(q) {
                s.push((v.clamp(-1.0, 1.0) + 1.0) / 2.0);
            }
        }
    }
    sums.iter().map(|s| mean(s)).collect()
}

/// Scored qualities, weakest first; ties keep content order.
fn weakest_first(qualities: &[Option<f64>]) -> Vec<(usize, f64)> {
    let mut scored: Vec<(usize, f64)> = qualities.iter().enumerate().filter_map(|(i, s)| s.map(|s| (i, s))).collect();
    crate::order::sort_by(&mut scored, |a, b| a.1.total_cmp(&b.1));
    scored
}

/// Strengths: the strongest qualities at or above `STRONG`, at most
/// `MAX_STRENGTHS`. Growth areas: the weakest below it, at most
/// `MAX_GROWTH`. Ties keep content order.
pub fn strengths_and_growth(qualities: &[Option<f64>]) -> (Vec<usize>, Vec<usize>) {
    let scored = weakest_first(qualities);
    let growth: Vec<usize> = scored.iter().filter(|(_, s)| *s < STRONG).take(MAX_GROWTH).map(|(i, _)| *i).collect();
    let mut strong: Vec<(usize, f64)> = scored.into_iter().filter(|(_, s)| *s >= STRONG).collect();
    crate::order::sort_by(&mut strong, |a, b| b.1.total_cmp(&a.1));
    let strengths = strong.into_iter().take(MAX_STRENGTHS).map(|(i, _)| i).collect();
    (strengths, growth)
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub evidence: Evidence,
    /// Strength of each level in `Level::ALL` order, 0…1.
    pub levels: [f64; 3],
    /// The strongest level (`verdict.level`).
    pub level: Level,
    /// The next level when the verdict is not clear.
    pub runner_up: Option<Level>,
    pub verdict: Verdict,
    /// The explanation: each sentence only when its evidence holds;
    /// qualifiers first, then those about the level, then the rest.
    pub reasons: Vec<Reason>,
    /// Per quality, in content order: 0…1, `None` if none of its items was answered.
    pub qualities: Vec<Option<f64>>,
    /// Quality indices, strongest first (at most two).
    pub strengths: Vec<usize>,
    /// Quality indices, weakest first (at most two).
    pub growth: Vec<usize>,
    /// `None` only when no ladder item was answered.
    pub main_step: Option<MainStep>,
}

impl Scores {
    pub fn strength(&self, level: Level) -> f64 {
        self.levels[level.index()]
    }
}

pub fn score(assessment: &Assessment, answers: &Answers) -> Scores {
    let evidence = evidence(assessment, answers);
    let levels = level_strengths(&evidence);
    let verdict = verdict(&levels, &evidence);
    let reasons = crate::check::explain::reasons(&evidence, &verdict);
    let qualities = quality_scores(assessment, answers);
    let (strengths, growth) = strengths_and_growth(&qualities);
    let main_step = main_step(assessment, answers, &qualities);
    Scores {
        level: verdict.level,
        runner_up: (verdict.confidence != Confidence::Clear).then_some(verdict.other),
        evidence,
        levels,
        verdict,
        reasons,
        qualities,
        strengths,
        growth,
        main_step,
    }
}

/// Answers that fell on the disappointment side, as (item, option) indices,
/// in questionnaire order: the concrete "why" behind a low result.
pub fn disappointments(assessment: &Assessment, answers: &Answers) -> Vec<(usize, usize)> {
    assessment
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.kind.is_ladder())
        .filter_map(|(i, item)| {
            let chosen = answers.get(&item.id)?;
            let c = item.choices.iter().position(|c| &c.id == chosen)?;
            (item.choices[c].value < 0.0).then_some((i, c))
        })
        .collect()
}

/// Rounds a 0…1 score to a whole percentage for display.
pub fn percent(x: f64) -> u32 {
    (x.clamp(0.0, 1.0) * 100.0).round() as u32
}
