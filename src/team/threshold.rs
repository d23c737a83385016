//! How small a group may be before it is folded into "other": the bounds
//! a company's configuration and a manager choose within. A leaf, so that
//! the configuration can name them without importing the team view.

/// Groups smaller than this are folded, unless the configuration says otherwise.
pub const DEFAULT_THRESHOLD: usize = 3;
/// The smallest threshold accepted: a group of one is always one person.
pub const MIN_THRESHOLD: usize = 2;
pub const MAX_THRESHOLD: usize = 1_000;

/// A threshold from a configuration or a manager, kept within bounds.
pub fn threshold(n: usize) -> usize {
    n.clamp(MIN_THRESHOLD, MAX_THRESHOLD)
}
