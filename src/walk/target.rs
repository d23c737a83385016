//! As is and to be: a walk can be marked as the journey as it should be
//! (the target). Set beside a walk of the journey as it is now, the gap at
//! each touchpoint is what the target asks of the team there; the largest
//! gaps are named first.

use crate::content::Ladder;
use crate::walk::journey::Journey;
use crate::walk::record::Walk;

/// One touchpoint rated in both walks, with the target above the current state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shift {
    /// Index into the journey's touchpoints.
    pub touchpoint: usize,
    /// −1, 0 or +1 now.
    pub now: i8,
    /// −1, 0 or +1 in the target.
    pub target: i8,
}

impl Shift {
    /// How many rungs the target is above now (1 or 2).
    pub fn gap(&self) -> i8 {
        self.target - self.now
    }
}

/// The touchpoints where the target is above the current state, the
/// largest gap first, then in journey order. Touchpoints not rated in
/// both walks have no gap to name.
pub fn gaps(journey: &Journey, now: &Walk, target: &Walk, ladder: &Ladder) -> Vec<Shift> {
    let rating = |w: &Walk, i: usize| {
        let tp = journey.touchpoints.get(i)?;
        w.audit(&tp.id).and_then(|a| a.effective_rating(ladder, tp.handoff)).map(|r| r.value)
    };
    let mut out: Vec<Shift> = (0..journey.touchpoints.len())
        .filter_map(|i| Some(Shift { touchpoint: i, now: rating(now, i)?, target: rating(target, i)? }))
        .filter(|s| s.gap() > 0)
        .collect();
    out.sort_by_key(|s| (-s.gap(), s.touchpoint));
    out
}
