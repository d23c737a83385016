//! How few people the team view shows figures for: the bounds a company's
//! configuration chooses within. The same number guards the whole
//! collection (no team figures at all below it), each group (folded into
//! "other"), per-row exports (rows of small groups lose their label and
//! day) and comparisons (suppressed when fewer people differ between the
//! two sides). A leaf, so that the configuration can name the bounds
//! without importing the team view.

/// The threshold unless the configuration says otherwise (Microsoft Viva's 5).
pub const DEFAULT_THRESHOLD: usize = 5;
/// The smallest accepted: below 3, two colleagues can tell each other's
/// answers from a figure.
pub const MIN_THRESHOLD: usize = 3;
/// The largest accepted: above 10 most small teams would see nothing.
pub const MAX_THRESHOLD: usize = 10;

/// A threshold from a configuration or a stored collection, kept within bounds.
pub fn threshold(n: usize) -> usize {
    n.clamp(MIN_THRESHOLD, MAX_THRESHOLD)
}

/// Why a figure is not shown: too few people for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Below {
    /// People counted (or, for a comparison, people who differ).
    pub people: usize,
    pub threshold: usize,
}

/// `Some` when `people` is under the threshold (and not zero: no one at
/// all is "no data", which reads differently).
pub fn below(people: usize, threshold: usize) -> Option<Below> {
    let threshold = self::threshold(threshold);
    (people > 0 && people < threshold).then_some(Below { people, threshold })
}
