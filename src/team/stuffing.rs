//! Ballot stuffing: one person sending the same answers many times (on
//! many days, under many labels) to tip the team's figures.
//!
//! **The rule.** Two results with the same answer set — the same answers
//! to every question (or the same walk), whatever day or label they carry
//! (`entry::answers_digest`) — are flagged: the later one is counted once,
//! with the first, until the manager confirms it is another person's.
//! Near-identical answers are not flagged: with 27 questions two real
//! colleagues may differ in one answer, and a rule that folded them would
//! silently drop real people.
//!
//! **One sender.** A single text or file that brings more than
//! [`MAX_SAME_ANSWERS`] results with one answer set, or results on more
//! than [`MAX_DAYS_IN_A_ROW`] consecutive days, looks like one person's
//! doing (a chat message with 200 links, one per day): the intake says so.

use super::entry::Entry;
use crate::text::lang::Lang;
use std::collections::BTreeMap;

/// More results than this with one answer set in one paste is flagged.
pub const MAX_SAME_ANSWERS: usize = 20;
/// Results on more consecutive days than this in one paste is flagged.
pub const MAX_DAYS_IN_A_ROW: usize = 20;

/// A paste that looks like one sender's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OneSender {
    /// The most results sharing one answer set.
    pub same_answers: usize,
    /// The longest run of consecutive days among its results.
    pub days_in_a_row: usize,
}

impl OneSender {
    /// What the intake says about the paste.
    pub fn words(&self, lang: Lang) -> String {
        lang.f(
            "team_stuffing.one_sender",
            &[("same", &self.same_answers), ("days", &self.days_in_a_row), ("max", &MAX_SAME_ANSWERS)],
        )
    }
}

/// Whether the results of one text or file look like one sender's.
pub fn one_sender<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Option<OneSender> {
    let mut same: BTreeMap<u64, usize> = BTreeMap::new();
    let mut days: Vec<u16> = Vec::new();
    for e in entries {
        if let Some(a) = e.answers {
            *same.entry(a).or_default() += 1;
        }
        days.extend(e.day);
    }
    crate::order::sort_by(&mut days, |a, b| a.cmp(b));
    days.dedup();
    let (mut run, mut longest) = (0usize, 0usize);
    for (i, d) in days.iter().enumerate() {
        let next = i > 0 && days.get(i - 1).is_some_and(|p| p + 1 == *d);
        run = if next { run + 1 } else { 1 };
        longest = longest.max(run);
    }
    let most = same.values().copied().max().unwrap_or(0);
    (most > MAX_SAME_ANSWERS || longest > MAX_DAYS_IN_A_ROW)
        .then_some(OneSender { same_answers: most, days_in_a_row: longest })
}
