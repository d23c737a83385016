//! The self-assessment model, version 3: how answers become evidence, level
//! strengths, a level with its confidence, quality scores, strengths, growth
//! areas and one main step for this week. docs/scoring.md explains it in
//! words and holds the calibration table; the three change together.
//!
//! Pure and small: no float printing (see `percent`) and no standard sorts
//! (see `crate::order`), because all of it runs in the wasm.

pub use crate::check::evidence::{
    AGREE, CONTRADICTION, Confidence, DISAGREE, Evidence, Flags, IDEALISED, MOST, NOT_OWNED, OFTEN, PERFECT_SIGNS,
    Place, Rungs, SAME_POSITION, SKIM_WORDS_PER_SECOND, TOO_FAST, Verdict,
};
use crate::content::reason::Reason;
use crate::content::{Assessment, Choice, Item, ItemKind, Level, NOT_APPLICABLE, Trait};
use std::collections::BTreeMap;

/// The model that scored a result. Version 1 was the first release's
/// (spread over all answers as unpredictability, no confidence); version 2
/// weighed within-pair swing and candour; version 3 adds episodes and
/// colleagues, the too-perfect and careless checks and the lapse keys;
/// version 4 re-weighs version 3 so that a retake holds (the spread across
/// the standard as a product, the «wow» and ownership boundaries away from
/// the populations' middle). Stored results carry it and are compared only
/// like with like.
pub const MODEL_VERSION: u32 = 4;

/// Item id → chosen option id (or `NOT_APPLICABLE`).
pub type Answers = BTreeMap<String, String>;

/// A quality at or above this score counts as a strength; below it, a
/// growth area.
pub const STRONG: f64 = 0.75;
pub const MAX_STRENGTHS: usize = 2;
pub const MAX_GROWTH: usize = 2;
/// Ownership at or below this (a little above "disagree" on average)
/// cannot make anyone cultural; from there to `OWNERSHIP_FULL` (most
/// answers "strongly agree") its weight rises from 0 to 1: "agree"
/// throughout is not yet the whole of a conviction, "neutral" a third.
pub const OWNERSHIP_FROM: f64 = 0.3;
pub const OWNERSHIP_FULL: f64 = 0.9;
/// Ownership at or above this ("agree" on average) is one sign of the
/// too-perfect pattern.
pub const OWNERSHIP_TOP: f64 = 0.75;
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

/// A sequence of −1 / 0 / +1 episodes as shares.
fn episode_rungs(episodes: &[i8]) -> Rungs {
    Rungs::of(episodes.iter().map(|e| f64::from((*e).clamp(-1, 1))))
}

fn median(mut v: Vec<f64>) -> f64 {
    crate::order::sort_by(&mut v, |a, b| a.total_cmp(b));
    match v.len() {
        0 => 0.0,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

pub fn evidence(assessment: &Assessment, answers: &Answers) -> Evidence {
    evidence_with(assessment, answers, &Extra::default())
}

pub fn evidence_with(assessment: &Assessment, answers: &Answers, extra: &Extra) -> Evidence {
    let mut e = Evidence::default();
    let mut ladder = Vec::new();
    let mut situations = Vec::new();
    let mut frequencies = Vec::new();
    let mut connection = Vec::new();
    let mut traits: [Vec<f64>; 4] = Default::default();
    let mut positions = [0usize; 8];
    let mut chosen = 0usize;
    let mut fast = 0usize;
    let mut lapse_admitted = false;
    let mut often = Vec::new();
    for item in &assessment.items {
        if item.kind.is_ladder() {
            e.ladder_items += 1;
            e.not_applicable_allowed += usize::from(item.allows_na);
        }
        let c = match answer(item, answers) {
            Answer::Chosen(c) => c,
            Answer::NotApplicable => {
                e.not_applicable += usize::from(item.kind.is_ladder());
                continue;
            }
            Answer::Missing => continue,
        };
        chosen += 1;
        // The position as shown: options are rotated per person.
        if let Some(p) = item.choices.iter().position(|x| x.id == c.id)
            && let Some(p) = crate::check::order::shown_at(item, assessment.ordinary_of(item), extra.seed, p)
            && let Some(slot) = positions.get_mut(p)
        {
            *slot += 1;
        }
        if let Some(sec) = extra.seconds.get(&item.id) {
            e.timed += 1;
            let skim = reading_words(item) as f64 / SKIM_WORDS_PER_SECOND;
            fast += usize::from(*sec < skim);
        }
        let value = c.value;
        match item.kind {
            ItemKind::Trait(t) => traits[t as usize].push(value.clamp(0.0, 1.0)),
            kind => {
                let v = value.clamp(-1.0, 1.0);
                ladder.push(v);
                if kind == ItemKind::Situation {
                    situations.push(v);
                } else {
                    frequencies.push(v);
                }
                if kind == ItemKind::Frequency {
                    often.push(v);
                }
                lapse_admitted |= v < 0.0;
                if item.connection {
                    connection.push((v + 1.0) / 2.0);
                }
            }
        }
    }
    e.ladder_answers = ladder.len();
    e.disappointments = ladder.iter().filter(|v| **v < 0.0).count();
    e.situations = Rungs::of(situations.iter().copied());
    e.frequencies = Rungs::of(frequencies.iter().copied());
    e.episodes = episode_rungs(&extra.episodes);
    let views: Vec<Rungs> = extra.colleagues.iter().map(|c| episode_rungs(c)).filter(|r| r.n > 0).collect();
    if !views.is_empty() {
        // The median of the colleagues, never one colleague apart.
        let (below, wow) =
            (median(views.iter().map(|r| r.below).collect()), median(views.iter().map(|r| r.wow).collect()));
        e.colleagues = Rungs { below, wow, standard: (1.0 - below - wow).max(0.0), n: views.len() };
    }
    e.same_position =
        if chosen > 0 { positions.iter().max().copied().unwrap_or(0) as f64 / chosen as f64 } else { 0.0 };
    e.too_fast = if e.timed > 0 { fast as f64 / e.timed as f64 } else { 0.0 };

    // Behaviour from every source, weighed: what happened (episodes, what
    // colleagues saw) most, the situations next, self-described
    // frequencies least.
    let weighed = |r: &Rungs, w: f64| if r.n > 0 { w } else { 0.0 };
    let sources = [
        (e.episodes, weighed(&e.episodes, EPISODE_WEIGHT)),
        (e.colleagues, weighed(&e.colleagues, EPISODE_WEIGHT)),
        (e.situations, weighed(&e.situations, SITUATION_WEIGHT)),
        (e.frequencies, weighed(&e.frequencies, FREQUENCY_WEIGHT)),
    ];
    let total: f64 = sources.iter().map(|(_, w)| w).sum();
    if total > 0.0 {
        e.wow = sources.iter().map(|(r, w)| r.wow * w).sum::<f64>() / total;
        e.disappointment = sources.iter().map(|(r, w)| r.below * w).sum::<f64>() / total;
        e.standard = sources.iter().map(|(r, w)| r.standard * w).sum::<f64>() / total;
    }

    let mut falls = Vec::new();
    for (o, p) in assessment.pairs() {
        let (Some(ordinary), Some(pressed)) =
            (answer_value(&assessment.items[o], answers), answer_value(&assessment.items[p], answers))
        else {
            continue;
        };
        e.pairs += 1;
        e.pairs_changed += usize::from(ordinary != pressed);
        e.pairs_worse += usize::from(pressed < ordinary);
        let fall = if pressed < 0.0 && pressed < ordinary { (ordinary.max(0.0) - pressed) / 2.0 + 0.5 } else { 0.0 };
        falls.push(fall.clamp(0.0, 1.0));
    }
    e.swing = mean(&falls).unwrap_or(0.0);
    let unpredictable = [
        (e.episodes.mix(), weighed(&e.episodes, EPISODE_WEIGHT)),
        (e.colleagues.mix(), weighed(&e.colleagues, EPISODE_WEIGHT)),
        (e.swing, if e.pairs > 0 { SITUATION_WEIGHT } else { 0.0 }),
        (e.situations.mix(), weighed(&e.situations, FREQUENCY_WEIGHT)),
    ];
    let total: f64 = unpredictable.iter().map(|(_, w)| w).sum();
    if total > 0.0 {
        e.unpredictability = unpredictable.iter().map(|(u, w)| u * w).sum::<f64>() / total;
    }

    let trait_mean = |t: Trait| mean(&traits[t as usize]);
    e.mood = trait_mean(Trait::Mood);
    e.script = trait_mean(Trait::Script);
    e.ownership = trait_mean(Trait::Ownership);
    e.candour = trait_mean(Trait::Candour);
    e.connection = mean(&connection);

    let mut gaps = Vec::new();
    for item in assessment.items.iter().filter(|i| i.opposite.is_some()) {
        let Some(other) = assessment.items.iter().find(|i| Some(&i.id) == item.opposite.as_ref()) else { continue };
        if let (Some(a), Some(b)) = (answer_value(item, answers), answer_value(other, answers)) {
            gaps.push((a - b).abs());
        }
    }
    e.opposites = gaps.len();
    e.contradiction = mean(&gaps).unwrap_or(0.0);

    let signs = [
        e.situations.n > 0 && e.situations.wow >= 0.8 && mean(&often).is_none_or(|f| f >= 0.5),
        e.ladder_answers > 0 && !lapse_admitted,
        e.pairs > 0 && e.pairs_changed == 0,
        e.mood.is_some_and(|m| m <= 0.25),
        e.ownership.is_some_and(|o| o >= OWNERSHIP_TOP),
    ];
    // Nearly every best option is what makes a pattern too perfect; without
    // it the other signs are an honest person's good week.
    e.perfect_signs = if signs[0] { signs.iter().filter(|s| **s).count() } else { 0 };
    e
}

/// How much unpredictability counts against steadiness.
pub const UNPREDICTABILITY_GAIN: f64 = 1.0;
/// How much each source of behaviour counts.
pub const EPISODE_WEIGHT: f64 = 3.0;
pub const SITUATION_WEIGHT: f64 = 2.0;
pub const FREQUENCY_WEIGHT: f64 = 1.0;
/// «Wow» counts toward the cultural level from this share of the
/// behaviour evidence, fully from `WOW_FULL`: steady +1, not now and then.
pub const WOW_FROM: f64 = 0.4;
pub const WOW_FULL: f64 = 0.7;

/// How much ownership lets «wow» behaviour count as cultural, 0…1. Without
/// ownership (none reported, or disagreeing) it is 0: the seed's cultural
/// level is good service as the person's own conviction.
pub fn ownership_weight(ownership: Option<f64>) -> f64 {
    let own = ownership.unwrap_or(0.0);
    ((own - OWNERSHIP_FROM) / (OWNERSHIP_FULL - OWNERSHIP_FROM)).clamp(0.0, 1.0)
}

/// Level strengths from evidence, in `Level::ALL` order, each 0…1.
///
/// - spontaneous: unpredictability (episodes, falls under pressure, the
///   spread of situations) and lapses, counting twice, and mood
///   dependence (the person's own report);
/// - regulated: steady behaviour at or above the standard that is not
///   owned «wow», held up by reliance on scripts;
/// - cultural: steady, mostly «wow» behaviour, weighed by ownership and by
///   the emotional connection (involvement and thanks).
pub fn level_strengths(e: &Evidence) -> [f64; 3] {
    let unsteady = (UNPREDICTABILITY_GAIN * e.unpredictability).min(1.0);
    let behaviour = (unsteady + 0.5 * e.disappointment).min(1.0);
    let spontaneous = (behaviour + e.mood.unwrap_or(0.0)) / 2.0;
    let steady = 1.0 - unsteady;
    let owned = ownership_weight(e.ownership);
    let wow = ((e.wow - WOW_FROM) / (WOW_FULL - WOW_FROM)).clamp(0.0, 1.0);
    let cultural_core = wow * owned;
    let half_to_full = |x: Option<f64>| 0.5 + 0.5 * x.unwrap_or(1.0);
    // Service that depends on mood is not held by standards: as much as
    // the person says it depends on mood, it is not.
    let moodless = 1.0 - e.mood.unwrap_or(0.0);
    let regulated =
        steady * (e.standard + e.wow) * (1.0 - cultural_core) * moodless * (0.9 + 0.1 * e.script.unwrap_or(1.0));
    let cultural = steady * cultural_core * half_to_full(e.connection);
    [spontaneous, regulated, cultural].map(|s| s.clamp(0.0, 1.0))
}

/// What a person gives besides the answers: their last clients on the
/// ladder, the seconds spent per item, and colleagues' views.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Extra {
    pub episodes: Vec<i8>,
    pub seconds: BTreeMap<String, f64>,
    pub colleagues: Vec<Vec<i8>>,
    /// The seed the options were rotated with (`check::order`); none for
    /// answers given in content order.
    pub seed: Option<u32>,
}

/// Words a reader goes through on an item (see `Item::words`).
pub fn reading_words(item: &Item) -> usize {
    item.words
}

/// The level and its confidence. Certainty is the leader's margin over the
/// runner-up and its own strength, each against what makes it certain. It
/// is lowered when answers look too perfect — halved, and a cultural level
/// short of clear, unless another source (a colleague, episodes that vary)
/// carries it; halved when too little was answered; lowered as
/// opposite statements disagree; and careless answers show no level.
pub fn verdict(strengths: &[f64; 3], e: &Evidence) -> Verdict {
    let mut order = Level::ALL;
    // Stable: lower rungs stay first among equals.
    crate::order::sort_by(&mut order, |a, b| strengths[b.index()].total_cmp(&strengths[a.index()]));
    let (level, other) = (order[0], order[1]);
    let top = strengths[level.index()];
    let margin = top - strengths[other.index()];
    let mut certainty = (margin / CERTAIN_MARGIN).min(1.0) * (top / CERTAIN_STRENGTH).min(1.0);
    let flags = Flags { too_perfect: e.idealised(), careless: e.careless(), few_answers: e.few_answers() };
    if flags.too_perfect {
        // Another source (a colleague, episodes that vary) carries the
        // level; without one, certainty is halved and a cultural level
        // stays short of clear.
        if e.another_source() {
            certainty *= CARRIED;
        } else {
            certainty *= 0.5;
            if level == Level::Cultural {
                certainty = certainty.min(CLEAR - 0.01);
            }
        }
    }
    if flags.few_answers {
        certainty *= 0.5;
    }
    if e.opposites > 0 {
        // From no doubt at a quarter of the contradiction that is careless
        // to none left at it.
        let doubt = ((e.contradiction - CONTRADICTION / 4.0) / (CONTRADICTION * 0.75)).clamp(0.0, 1.0);
        certainty *= 1.0 - 0.7 * doubt;
    }
    if flags.careless {
        certainty = certainty.min(NOT_CLEAR_CERTAINTY);
    }
    let certainty = certainty.clamp(0.0, 1.0);
    let confidence = if flags.careless {
        Confidence::Mixed
    } else if certainty >= CLEAR {
        Confidence::Clear
    } else if certainty >= LEANING {
        Confidence::Leaning
    } else {
        Confidence::Mixed
    };
    Verdict { level, other, confidence, certainty, flags }
}

/// What is left of certainty for a too-perfect pattern that another
/// source carries.
pub const CARRIED: f64 = 0.85;

/// The most certainty a careless result can show.
pub const NOT_CLEAR_CERTAINTY: f64 = 0.2;

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
        // A lapse never happening is the standard on the ladder, but full
        // marks for the quality it belongs to.
        let v = v.clamp(-1.0, 1.0);
        let score = if item.kind == ItemKind::Reverse { 1.0 + v } else { (v + 1.0) / 2.0 };
        for &q in &item.qualities {
            if let Some(s) = sums.get_mut(q) {
                s.push(score);
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

/// Strengths: the person's own strongest qualities, at most
/// `MAX_STRENGTHS`, relative to their own profile — an ordinary profile has
/// strengths too; `STRONG` (75) is a badge on a strength, not a gate (issue
/// 19). Growth areas: the weakest below `STRONG`, at most `MAX_GROWTH`,
/// never a strength as well; a strength must stand above the growth areas.
/// Ties keep content order.
pub fn strengths_and_growth(qualities: &[Option<f64>]) -> (Vec<usize>, Vec<usize>) {
    let scored = weakest_first(qualities);
    let growth: Vec<usize> = scored.iter().filter(|(_, s)| *s < STRONG).take(MAX_GROWTH).map(|(i, _)| *i).collect();
    let ceiling = scored.iter().filter(|(i, _)| growth.contains(i)).map(|(_, s)| *s).fold(f64::MIN, f64::max);
    let mut rest: Vec<(usize, f64)> =
        scored.into_iter().filter(|(i, s)| !growth.contains(i) && (growth.is_empty() || *s > ceiling)).collect();
    crate::order::sort_by(&mut rest, |a, b| b.1.total_cmp(&a.1));
    let strengths = rest.into_iter().take(MAX_STRENGTHS).map(|(i, _)| i).collect();
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
    score_with(assessment, answers, &Extra::default())
}

/// The result of the answers together with episodes, times and
/// colleagues' views.
pub fn score_with(assessment: &Assessment, answers: &Answers, extra: &Extra) -> Scores {
    let evidence = evidence_with(assessment, answers, extra);
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
