//! One view per screen, grouped as the app is: the self-check, the
//! journey walk, the team view, and the data screen.

pub mod check;
pub mod data;
pub mod team;
pub mod walk;
