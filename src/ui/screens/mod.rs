//! One view per screen, grouped as the app is: the self-check, the
//! journey walk, the team view, the data screen, and the configuration
//! builder (builder.html).

pub mod builder;
pub mod check;
pub mod data;
pub mod team;
pub mod walk;
