//! "What to do this week": the self-check and the walk read together. Each
//! weak quality of the self-check is tied to the touchpoints where it hurt
//! the client (reliability ↔ the late car at "sale"), and each touchpoint
//! rated −1 is set beside what the person said they would do in the
//! self-check's most similar situation — the gap between what we say and
//! what the client got.
//!
//! Everything is linked through ladder behaviours and quality ids, never
//! through particular items: a behaviour names the qualities it shows
//! (ladder.json), and the self-check's answer options name behaviours.

use crate::check::scoring::Answers;
use crate::content::{Assessment, Ladder};
use crate::walk::journey::Journey;
use crate::walk::record::{Cause, Walk};

/// A touchpoint where a quality was missing, and the disappointments that show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hurt {
    pub touchpoint: usize,
    pub causes: Vec<Cause>,
}

/// A weak quality and where it hurt, in journey order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QualityLink {
    /// Index into `Assessment::qualities`.
    pub quality: usize,
    pub hurt: Vec<Hurt>,
}

/// What the person said they would do in a similar situation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// Index into `Assessment::items`.
    pub item: usize,
    /// Index into that item's choices: the option the person chose.
    pub choice: usize,
    /// The disappointment at the touchpoint this situation is similar to.
    pub cause: Cause,
    /// The rung of the chosen option's behaviour, when it names one: +1 or
    /// 0 here, against a −1 at the touchpoint, is the gap.
    pub rung: Option<i8>,
}

/// A touchpoint rated −1 and the self-check answer it echoes, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    pub touchpoint: usize,
    pub said: Option<Said>,
    /// Nothing was recorded of what went wrong there (no disappointment
    /// ticked, no hand-off check failed): still a thing to fix, and the
    /// first step is to add what happened.
    pub unexplained: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Week {
    /// One per weak quality given, in the order given (weakest first).
    pub qualities: Vec<QualityLink>,
    /// One per touchpoint rated −1, in journey order, whatever was ticked:
    /// each is a thing to fix.
    pub gaps: Vec<Gap>,
}

impl Week {
    /// How many things to fix the walk shows: one per touchpoint rated −1.
    pub fn things_to_fix(&self) -> usize {
        self.gaps.len()
    }

    /// The touchpoints rated −1 with nothing recorded of what went wrong.
    pub fn unexplained(&self) -> Vec<usize> {
        self.gaps.iter().filter(|g| g.unexplained).map(|g| g.touchpoint).collect()
    }

    /// The one thing to start with: the weakest quality that hurt a client
    /// somewhere on the journey.
    pub fn first(&self) -> Option<&QualityLink> {
        self.qualities.iter().find(|q| !q.hurt.is_empty())
    }
}

/// Reads the self-check and the walk together. `weak` holds quality
/// indices, weakest first — the self-check's growth areas, whatever model
/// produced them; indices out of range are skipped.
pub fn plan(
    assessment: &Assessment,
    ladder: &Ladder,
    answers: &Answers,
    weak: &[usize],
    journey: &Journey,
    walk: &Walk,
) -> Week {
    // Each touchpoint's disappointments, once.
    let causes: Vec<Vec<Cause>> = journey
        .touchpoints
        .iter()
        .map(|tp| walk.audit(&tp.id).map(|a| a.causes(ladder, tp.handoff)).unwrap_or_default())
        .collect();

    let qualities = weak
        .iter()
        .filter_map(|&q| {
            let id = assessment.qualities.get(q)?.id.as_str();
            let shows_lack = |c: &Cause| {
                c.behaviour(ladder)
                    .and_then(|b| ladder.behaviours.get(b))
                    .is_some_and(|b| b.qualities.iter().any(|x| x == id))
            };
            let hurt = causes
                .iter()
                .enumerate()
                .map(|(i, cs)| Hurt { touchpoint: i, causes: cs.iter().copied().filter(shows_lack).collect() })
                .filter(|h| !h.causes.is_empty())
                .collect();
            Some(QualityLink { quality: q, hurt })
        })
        .collect();

    let gaps = journey
        .touchpoints
        .iter()
        .enumerate()
        .filter(|(_, tp)| {
            walk.audit(&tp.id).and_then(|a| a.effective_rating(ladder, tp.handoff)).is_some_and(|r| r.value == -1)
        })
        .map(|(i, _)| Gap {
            touchpoint: i,
            said: said(assessment, ladder, answers, &causes[i]),
            unexplained: causes[i].is_empty(),
        })
        .collect();

    Week { qualities, gaps }
}

/// The answered item most similar to one of these disappointments. An
/// item is similar when its options name the disappointment's behaviour
/// (counted twice) or one of its «wow» opposites: a broken promise finds
/// the situation whose options are about keeping promises. Ticked
/// disappointments go before inferred ones, then the closer match, then
/// the earlier cause, then questionnaire order.
fn said(assessment: &Assessment, ladder: &Ladder, answers: &Answers, causes: &[Cause]) -> Option<Said> {
    let mut best: Option<((bool, usize, usize), Said)> = None;
    for (ci, &cause) in causes.iter().enumerate() {
        let Some(b) = cause.behaviour(ladder) else { continue };
        let opposite = ladder.behaviours.get(b).map(|x| x.opposite.as_slice()).unwrap_or_default();
        for (ii, item) in assessment.items.iter().enumerate() {
            let Some(chosen) = answers.get(&item.id) else { continue };
            let Some(choice) = item.choices.iter().position(|c| &c.id == chosen) else { continue };
            let closeness: usize = item
                .choices
                .iter()
                .filter_map(|c| c.behaviour)
                .map(|x| if x == b { 2 } else { usize::from(opposite.contains(&x)) })
                .sum();
            if closeness == 0 {
                continue;
            }
            // Lower sorts first; `usize::MAX - closeness` puts closer matches first.
            let key = (cause.inferred(), usize::MAX - closeness, ci);
            if best.as_ref().is_none_or(|(k, _)| key < *k) {
                let rung = item
                    .choices
                    .get(choice)
                    .and_then(|c| c.behaviour)
                    .and_then(|x| ladder.behaviours.get(x))
                    .map(|x| x.rung);
                best = Some((key, Said { item: ii, choice, cause, rung }));
            }
        }
    }
    best.map(|(_, s)| s)
}
