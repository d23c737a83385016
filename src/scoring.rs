//! The self-assessment model: how answers become level strengths, quality
//! scores, strengths and growth areas. docs/scoring.md explains it in words;
//! the two must change together.

use crate::content::{Assessment, Item, ItemKind, Level, Trait};
use std::collections::BTreeMap;

/// Item id → chosen option id.
pub type Answers = BTreeMap<String, String>;

/// A quality at or above this score counts as a strength; below it, a
/// candidate growth area.
pub const STRONG: f64 = 0.75;
/// Growth areas shown: at least this many…
pub const MIN_GROWTH: usize = 3;
/// …and at most this many.
pub const MAX_GROWTH: usize = 5;
pub const MAX_STRENGTHS: usize = 3;
/// A runner-up level this close to the top one is reported beside it.
pub const CLOSE: f64 = 0.10;

/// What the answers show, before it is turned into level strengths.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Evidence {
    /// Ladder items answered.
    pub ladder_answers: usize,
    /// Shares of the ladder answers on each rung (half steps count half);
    /// they add up to 1 when any ladder item is answered.
    pub wow: f64,
    pub standard: f64,
    pub disappointment: f64,
    /// How widely the answers scatter over the ladder: their variance,
    /// 0 when every answer sits on one rung, 1 when half are −1 and half +1.
    pub swing: f64,
    /// Self-reported traits, 0…1; `None` when no such item was answered.
    pub mood: Option<f64>,
    pub script: Option<f64>,
    pub ownership: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub evidence: Evidence,
    /// Strength of each level in `Level::ALL` order, 0…1.
    pub levels: [f64; 3],
    pub level: Level,
    /// A second level within `CLOSE` of the first.
    pub runner_up: Option<Level>,
    /// Per quality, in content order: 0…1, `None` if none of its items was answered.
    pub qualities: Vec<Option<f64>>,
    /// Quality indices, strongest first.
    pub strengths: Vec<usize>,
    /// Quality indices, weakest first.
    pub growth: Vec<usize>,
}

impl Scores {
    pub fn strength(&self, level: Level) -> f64 {
        self.levels[level.index()]
    }
}

/// The value of the chosen option, if the item was answered with a known option.
pub fn answer_value(item: &Item, answers: &Answers) -> Option<f64> {
    let chosen = answers.get(&item.id)?;
    item.choices.iter().find(|c| &c.id == chosen).map(|c| c.value)
}

/// Number of items with a valid answer.
pub fn answered(assessment: &Assessment, answers: &Answers) -> usize {
    assessment.items.iter().filter(|i| answer_value(i, answers).is_some()).count()
}

/// The first item without a valid answer: where to continue.
pub fn first_unanswered(assessment: &Assessment, answers: &Answers) -> Option<usize> {
    assessment.items.iter().position(|i| answer_value(i, answers).is_none())
}

fn mean(values: &[f64]) -> Option<f64> {
    if values.is_empty() { None } else { Some(values.iter().sum::<f64>() / values.len() as f64) }
}

pub fn evidence(assessment: &Assessment, answers: &Answers) -> Evidence {
    let mut ladder = Vec::new();
    let mut traits: [Vec<f64>; 3] = Default::default();
    for item in &assessment.items {
        let Some(v) = answer_value(item, answers) else { continue };
        match item.kind {
            ItemKind::Trait(t) => traits[t as usize].push(v.clamp(0.0, 1.0)),
            _ => ladder.push(v.clamp(-1.0, 1.0)),
        }
    }
    let n = ladder.len() as f64;
    let (wow, disappointment) = if ladder.is_empty() {
        (0.0, 0.0)
    } else {
        (ladder.iter().map(|v| v.max(0.0)).sum::<f64>() / n, ladder.iter().map(|v| (-v).max(0.0)).sum::<f64>() / n)
    };
    let standard = if ladder.is_empty() { 0.0 } else { (1.0 - wow - disappointment).max(0.0) };
    let swing = match mean(&ladder) {
        Some(m) => ladder.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / n,
        None => 0.0,
    };
    Evidence {
        ladder_answers: ladder.len(),
        wow,
        standard,
        disappointment,
        swing: swing.clamp(0.0, 1.0),
        mood: mean(&traits[Trait::Mood as usize]),
        script: mean(&traits[Trait::Script as usize]),
        ownership: mean(&traits[Trait::Ownership as usize]),
    }
}

/// Mood dependence is itself unpredictability, so it adds to the swing
/// seen in the answers (behaviour counting twice as much as the report).
fn spontaneous(swing: f64, mood: Option<f64>) -> f64 {
    match mood {
        Some(m) => (2.0 * swing + m) / 3.0,
        None => swing,
    }
}

/// Scripts and ownership describe how steady behaviour is held; they can
/// weigh it between half and full, but never stand in for it.
fn held(behaviour: f64, reported: Option<f64>) -> f64 {
    behaviour * (0.5 + 0.5 * reported.unwrap_or(1.0))
}

/// Level strengths from evidence, in `Level::ALL` order.
pub fn level_strengths(e: &Evidence) -> [f64; 3] {
    let steady = 1.0 - e.swing;
    [spontaneous(e.swing, e.mood), held(e.standard * steady, e.script), held(e.wow * steady, e.ownership)]
        .map(|s| s.clamp(0.0, 1.0))
}

/// The strongest level; on a tie the lower rung wins, because a higher one
/// is claimed only on stronger evidence.
pub fn choose_level(strengths: &[f64; 3]) -> (Level, Option<Level>) {
    let mut order: Vec<Level> = Level::ALL.to_vec();
    // Stable sort keeps lower rungs first among equals.
    crate::order::sort_by(&mut order, |a, b| strengths[b.index()].total_cmp(&strengths[a.index()]));
    let top = order[0];
    let second = order[1];
    let close = strengths[top.index()] - strengths[second.index()] < CLOSE;
    (top, close.then_some(second))
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

/// Growth areas: the weakest qualities below `STRONG`, between `MIN_GROWTH`
/// and `MAX_GROWTH` of them (the weakest are shown even when all are
/// strong, so there is always a next step). Strengths: the strongest
/// remaining qualities at or above `STRONG`. Ties keep content order.
pub fn strengths_and_growth(qualities: &[Option<f64>]) -> (Vec<usize>, Vec<usize>) {
    let mut scored: Vec<(usize, f64)> = qualities.iter().enumerate().filter_map(|(i, s)| s.map(|s| (i, s))).collect();
    crate::order::sort_by(&mut scored, |a, b| a.1.total_cmp(&b.1));
    let below = scored.iter().filter(|(_, s)| *s < STRONG).count();
    let take = below.clamp(MIN_GROWTH, MAX_GROWTH).min(scored.len());
    let growth: Vec<usize> = scored.iter().take(take).map(|(i, _)| *i).collect();
    let mut strengths: Vec<usize> = scored
        .iter()
        .rev()
        .filter(|(i, s)| *s >= STRONG && !growth.contains(i))
        .map(|(i, _)| *i)
        .take(MAX_STRENGTHS)
        .collect();
    // Among equal scores, keep content order for strengths too.
    crate::order::sort_by(&mut strengths, |a, b| {
        qualities[*b].unwrap_or(0.0).total_cmp(&qualities[*a].unwrap_or(0.0)).then(a.cmp(b))
    });
    (strengths, growth)
}

pub fn score(assessment: &Assessment, answers: &Answers) -> Scores {
    let evidence = evidence(assessment, answers);
    let levels = level_strengths(&evidence);
    let (level, runner_up) = choose_level(&levels);
    let qualities = quality_scores(assessment, answers);
    let (strengths, growth) = strengths_and_growth(&qualities);
    Scores { evidence, levels, level, runner_up, qualities, strengths, growth }
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
