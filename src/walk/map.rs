//! The journey map: the ladder curve over the touchpoints, the balance
//! index, the "expectation gravediggers", the strongest moments, the
//! weakest hand-off and what to fix first — and the grid journey-mapping
//! tools draw: touchpoints as columns, rows for the client's emotion, what
//! they expected, what happened and what to fix.
//!
//! A touchpoint's rating is the person's choice or, until they choose, the
//! suggestion (`Audit::effective_rating`).

use crate::content::Ladder;
use crate::text::lang::Text;
use crate::walk::journey::Journey;
use crate::walk::record::{Audit, Cause, CheckAnswer, Rating, Walk};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Counts {
    pub wow: usize,
    pub standard: usize,
    pub disappointment: usize,
    pub unrated: usize,
}

impl Counts {
    pub fn rated(&self) -> usize {
        self.wow + self.standard + self.disappointment
    }

    /// Share of +1 minus share of −1 among rated touchpoints, from −100 to
    /// +100; `None` before anything is rated.
    pub fn balance(&self) -> Option<i32> {
        let rated = self.rated();
        if rated == 0 {
            return None;
        }
        let diff = self.wow as f64 - self.disappointment as f64;
        Some((100.0 * diff / rated as f64).round() as i32)
    }
}

/// A touchpoint and what is behind its rating: ladder behaviours
/// (indices) and, for a gravedigger at a hand-off, the checks that failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment {
    pub touchpoint: usize,
    pub behaviours: Vec<usize>,
    /// Hand-off checks answered "no" (indices); say them with `HandoffCheck::failed`.
    pub failed_checks: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handoff {
    pub touchpoint: usize,
    pub rating: Option<i8>,
    /// Checks answered yes or no, and how many of those failed.
    pub answered: usize,
    pub failed: usize,
    /// Checks answered "not sure".
    pub unsure: usize,
    /// The failed checks (indices), to list as statements (`HandoffCheck::failed`).
    pub failed_checks: Vec<usize>,
}

/// Something to fix, and where it was seen. Ticked behaviours bring the
/// behaviour's fix; failed hand-off checks their own (`Cause::fix`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub cause: Cause,
    pub touchpoints: Vec<usize>,
}

impl Fix {
    /// Inferred from a failed hand-off check, not ticked by the person.
    pub fn inferred(&self) -> bool {
        self.cause.inferred()
    }
}

/// How many "fix first" recommendations and strongest moments are shown.
pub const TOP: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct JourneyMap {
    /// Per touchpoint, in journey order: the effective rating.
    pub ratings: Vec<Option<i8>>,
    pub counts: Counts,
    pub balance: Option<i32>,
    /// Every touchpoint rated −1, with the disappointments behind it.
    pub gravediggers: Vec<Moment>,
    /// Up to `TOP` touchpoints rated +1, those with most «wow» behaviours first.
    pub strongest: Vec<Moment>,
    pub weakest_handoff: Option<Handoff>,
    /// Touchpoints rated −1 with nothing recorded of what went wrong (no
    /// disappointment ticked, no hand-off check failed), in journey order.
    /// Each is a thing to fix in its own right: the rating says the client
    /// was let down even when the person had no time to say how, so the
    /// advice is to add what happened there — never "nothing to fix".
    pub unexplained: Vec<usize>,
    /// Things to fix: what the person ticked before what was inferred from
    /// failed checks; then the most widespread first. `TOP` of them, and
    /// beyond that as many as it takes for every touchpoint rated −1 with
    /// something recorded to be named by one of them.
    pub fix_first: Vec<Fix>,
}

impl JourneyMap {
    /// How many things "Fix first" names: each cause, and each touchpoint
    /// rated −1 with nothing recorded. Never zero while a touchpoint is
    /// rated −1.
    pub fn things_to_fix(&self) -> usize {
        self.unexplained.len() + self.fix_first.len()
    }
}

pub fn map(journey: &Journey, walk: &Walk, ladder: &Ladder) -> JourneyMap {
    let mut counts = Counts::default();
    let mut ratings = Vec::with_capacity(journey.touchpoints.len());
    let mut gravediggers = Vec::new();
    let mut strongest = Vec::new();
    let mut handoffs = Vec::new();
    let mut unexplained = Vec::new();
    // Each fix with whether it was seen where the client was disappointed.
    let mut fixes: Vec<(Fix, bool)> = Vec::new();

    for (i, tp) in journey.touchpoints.iter().enumerate() {
        let audit = walk.audit(&tp.id);
        let rating = audit.and_then(|a| a.effective_rating(ladder, tp.handoff)).map(|r| r.value);
        ratings.push(rating);
        match rating {
            Some(1) => counts.wow += 1,
            Some(0) => counts.standard += 1,
            Some(_) => counts.disappointment += 1,
            None => counts.unrated += 1,
        }
        let Some(audit) = audit else { continue };
        let failed = if tp.handoff { audit.failed_checks(ladder) } else { Vec::new() };
        let causes = audit.causes(ladder, tp.handoff);
        if rating == Some(-1) && causes.is_empty() {
            unexplained.push(i);
        }
        match rating {
            Some(-1) => gravediggers.push(Moment {
                touchpoint: i,
                behaviours: audit.ticked_on(ladder, -1),
                failed_checks: failed.clone(),
            }),
            Some(1) => {
                strongest.push(Moment { touchpoint: i, behaviours: audit.ticked_on(ladder, 1), failed_checks: vec![] })
            }
            _ => {}
        }
        for cause in causes {
            match fixes.iter_mut().find(|(f, _)| f.cause == cause) {
                Some((f, at_worst)) => {
                    f.touchpoints.push(i);
                    *at_worst |= rating == Some(-1);
                }
                None => fixes.push((Fix { cause, touchpoints: vec![i] }, rating == Some(-1))),
            }
        }
        if tp.handoff {
            let answered = audit.checks_answered(ladder, CheckAnswer::Yes).len() + failed.len();
            let unsure = audit.checks_answered(ladder, CheckAnswer::NotSure).len();
            if rating.is_some() || answered > 0 {
                handoffs.push(Handoff {
                    touchpoint: i,
                    rating,
                    answered,
                    failed: failed.len(),
                    unsure,
                    failed_checks: failed,
                });
            }
        }
    }

    // Most «wow» behaviours first; the sort is stable, so ties keep journey order.
    crate::order::sort_by(&mut strongest, |a, b| b.behaviours.len().cmp(&a.behaviours.len()));
    strongest.truncate(TOP);
    // What the person saw before what is inferred; then seen at more
    // touchpoints, then seen where the client was disappointed, then in
    // the content's own order.
    crate::order::sort_by(&mut fixes, |(a, wa), (b, wb)| {
        a.inferred()
            .cmp(&b.inferred())
            .then(b.touchpoints.len().cmp(&a.touchpoints.len()))
            .then(wb.cmp(wa))
            .then(content_order(a.cause).cmp(&content_order(b.cause)))
    });
    // The top ones; then, past them, the first fix that names each touchpoint
    // rated −1 none of those taken names yet, so no let-down goes unsaid.
    let worst: Vec<usize> = gravediggers.iter().map(|g| g.touchpoint).collect();
    let mut fix_first: Vec<Fix> = Vec::new();
    for (f, _) in fixes {
        let named = |i: &usize| fix_first.iter().any(|t| t.touchpoints.contains(i));
        let needed = f.touchpoints.iter().any(|i| worst.contains(i) && !named(i));
        if fix_first.len() < TOP || needed {
            fix_first.push(f);
        }
    }
    // Lowest rating, then most failed checks; the first such in the journey.
    let weakest_handoff = handoffs
        .into_iter()
        .min_by(|a, b| a.rating.unwrap_or(0).cmp(&b.rating.unwrap_or(0)).then(b.failed.cmp(&a.failed)));

    JourneyMap {
        ratings,
        balance: counts.balance(),
        counts,
        gravediggers,
        strongest,
        weakest_handoff,
        unexplained,
        fix_first,
    }
}

fn content_order(c: Cause) -> usize {
    match c {
        Cause::Ticked(i) | Cause::Check(i) => i,
    }
}

// ---------- the grid ----------

/// The face drawn on the emotion row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    Sad,
    Neutral,
    Happy,
}

impl Face {
    pub fn of(rating: i8) -> Face {
        match rating {
            r if r < 0 => Face::Sad,
            0 => Face::Neutral,
            _ => Face::Happy,
        }
    }

    pub fn emoji(self) -> &'static str {
        match self {
            Face::Sad => "🙁",
            Face::Neutral => "😐",
            Face::Happy => "🙂",
        }
    }
}

/// A cell of the emotion row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Emotion {
    pub rating: Rating,
    pub face: Face,
}

/// The grid's rows, top to bottom (the column headers — name, who, hand-off
/// — come above them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// The ladder curve: the rating with its face.
    Emotion,
    /// What the client expected.
    Expected,
    /// What happened: the ticked behaviours.
    Happened,
    /// What to fix.
    Fix,
}

impl Row {
    pub const ALL: [Row; 4] = [Row::Emotion, Row::Expected, Row::Happened, Row::Fix];

    pub fn id(self) -> &'static str {
        match self {
            Row::Emotion => "emotion",
            Row::Expected => "expected",
            Row::Happened => "happened",
            Row::Fix => "fix",
        }
    }
}

/// One touchpoint as a column of the grid.
#[derive(Clone, Debug, PartialEq)]
pub struct Column<'a> {
    /// Index in the journey.
    pub touchpoint: usize,
    pub name: &'a Text,
    /// The department or person.
    pub who: &'a Text,
    pub handoff: bool,
    /// `None` while neither chosen nor suggested.
    pub emotion: Option<Emotion>,
    pub expected: &'a Text,
    /// Ticked behaviours, −1 first, then 0, then +1.
    pub happened: Vec<usize>,
    /// Hand-off checks answered "no" here (only at a hand-off).
    pub failed_checks: Vec<usize>,
    /// What to fix here, each with its own fix (`Cause::fix`): ticked
    /// disappointments first, then failed checks.
    pub fix: Vec<Cause>,
    /// Rated −1 with nothing recorded of what went wrong (`fix` is empty):
    /// the thing to fix here is to add what happened.
    pub unexplained: bool,
    pub note: &'a str,
}

/// What the legend explains: only what the grid shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Legend {
    /// A rung of the ladder, with its face (`Ladder::rung` for the words).
    Rung(i8),
    /// The hand-off mark (`Ladder::handoff` for the words).
    Handoff,
    /// A rating that is the suggestion, not yet the person's choice.
    Suggested,
    /// A touchpoint with no rating.
    Unrated,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Grid<'a> {
    pub columns: Vec<Column<'a>>,
    /// In the order to show: the three rungs (−1, 0, +1), then the marks used.
    pub legend: Vec<Legend>,
}

impl<'a> Grid<'a> {
    /// The hand-off columns, for the legend and the marks above them.
    pub fn handoffs(&self) -> impl Iterator<Item = &Column<'a>> {
        self.columns.iter().filter(|c| c.handoff)
    }
}

pub fn grid<'a>(journey: &'a Journey, walk: &'a Walk, ladder: &Ladder) -> Grid<'a> {
    let empty = Audit::default();
    let columns: Vec<Column<'a>> = journey
        .touchpoints
        .iter()
        .enumerate()
        .map(|(i, tp)| {
            let audit = walk.audit(&tp.id).unwrap_or(&empty);
            let rating = audit.effective_rating(ladder, tp.handoff);
            let fix = audit.causes(ladder, tp.handoff);
            Column {
                touchpoint: i,
                name: &tp.name,
                who: &tp.who,
                handoff: tp.handoff,
                emotion: rating.map(|r| Emotion { rating: r, face: Face::of(r.value) }),
                expected: &tp.expectation,
                happened: audit.ticked(ladder),
                failed_checks: if tp.handoff { audit.failed_checks(ladder) } else { Vec::new() },
                unexplained: fix.is_empty() && rating.is_some_and(|r| r.value == -1),
                fix,
                note: walk.audit(&tp.id).map_or("", |a| a.note.as_str()),
            }
        })
        .collect();
    let mut legend: Vec<Legend> = crate::content::RUNGS.iter().map(|&r| Legend::Rung(r)).collect();
    if columns.iter().any(|c| c.handoff) {
        legend.push(Legend::Handoff);
    }
    if columns.iter().any(|c| c.emotion.is_some_and(|e| e.rating.suggested)) {
        legend.push(Legend::Suggested);
    }
    if columns.iter().any(|c| c.emotion.is_none()) {
        legend.push(Legend::Unrated);
    }
    Grid { columns, legend }
}
