//! The three levels of client orientation, lowest rung first. A leaf, so
//! that the content, its concepts and the scoring can all name a level
//! without importing one another.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Spontaneous,
    Regulated,
    Cultural,
}

impl Level {
    /// Lowest rung first: the order ties are resolved in.
    pub const ALL: [Level; 3] = [Level::Spontaneous, Level::Regulated, Level::Cultural];

    pub fn id(self) -> &'static str {
        match self {
            Level::Spontaneous => "spontaneous",
            Level::Regulated => "regulated",
            Level::Cultural => "cultural",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}
