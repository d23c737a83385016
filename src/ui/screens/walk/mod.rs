//! The journey walk's screens: the journeys, editing one, one touchpoint,
//! the map and the summary.

pub mod editor;
pub mod journeys;
pub mod map;
pub mod summary;
pub mod touchpoint;
