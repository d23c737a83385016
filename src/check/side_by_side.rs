//! The person's own answers beside what colleagues saw: per quality and
//! per rung of the ladder (below what clients expect, as expected, beyond —
//! the rungs the three levels are defined by), and what the gap means.
//! Several colleagues count as their median, never one apart.

use crate::check::scoring::{self, Answers, Extra, percent};
use crate::content::Assessment;
use crate::content::observed::median;
use crate::document::colleague::ColleagueView;

/// What the difference between the two views says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Within a fifth of the ladder of each other.
    Agree,
    /// The person sees themselves higher than colleagues saw them.
    SelfHigher,
    /// Colleagues saw more than the person gives themselves credit for.
    ColleaguesHigher,
}

/// Shares of the ladder's rungs, in percent: below, as expected, beyond.
pub type Shares = [u32; 3];

#[derive(Clone, Debug, PartialEq)]
pub struct SideBySide {
    /// How many colleagues' views count (each saw at least one moment).
    pub colleagues: usize,
    /// Per quality, in content order: (the person's own score, the
    /// colleagues' median), 0–100; `None` where there is nothing to show.
    pub qualities: Vec<(Option<u32>, Option<u32>)>,
    /// The person's answers on the ladder and the colleagues' median.
    pub own: Shares,
    pub seen: Shares,
    pub gap: Gap,
}

/// Below this difference in the ladder's balance (beyond minus below) the
/// two views agree.
pub const AGREE_WITHIN: f64 = 0.2;

/// The side-by-side view; `None` when no colleague saw any moment asked.
pub fn side_by_side(a: &Assessment, answers: &Answers, views: &[ColleagueView]) -> Option<SideBySide> {
    let colleagues = crate::document::colleague::episodes(views, &a.observed);
    if colleagues.is_empty() {
        return None;
    }
    let own = scoring::score(a, answers);
    let theirs =
        scoring::evidence_with(a, &Answers::new(), &Extra { colleagues: colleagues.clone(), ..Extra::default() })
            .colleagues;
    // Per moment, the median of those who saw it; per quality, the mean of
    // its moments on the same 0…1 scale as the person's own score.
    let mut per_quality: Vec<Vec<f64>> = vec![Vec::new(); a.qualities.len()];
    for o in &a.observed {
        let values: Vec<i8> = views.iter().filter_map(|v| v.answers.get(&o.id).copied()).collect();
        if let (Some(m), Some(slot)) = (median(&values), per_quality.get_mut(o.quality)) {
            slot.push((m + 1.0) / 2.0);
        }
    }
    let qualities = own
        .qualities
        .iter()
        .zip(&per_quality)
        .map(|(mine, seen)| {
            let seen = (!seen.is_empty()).then(|| percent(seen.iter().sum::<f64>() / seen.len() as f64));
            (mine.map(percent), seen)
        })
        .collect();
    let e = &own.evidence;
    let shares = |below: f64, standard: f64, wow: f64| [percent(below), percent(standard), percent(wow)];
    let balance_own = e.wow - e.disappointment;
    let balance_seen = theirs.wow - theirs.below;
    let gap = if (balance_own - balance_seen).abs() < AGREE_WITHIN {
        Gap::Agree
    } else if balance_own > balance_seen {
        Gap::SelfHigher
    } else {
        Gap::ColleaguesHigher
    };
    Some(SideBySide {
        colleagues: colleagues.len(),
        qualities,
        own: shares(e.disappointment, e.standard, e.wow),
        seen: shares(theirs.below, theirs.standard, theirs.wow),
        gap,
    })
}
