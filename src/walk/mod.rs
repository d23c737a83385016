//! Customer journeys and walking them: the journeys, one walk's record,
//! the journey map, what to do this week, the map as a slide, and the
//! current state beside the target.

pub mod journey;
pub mod map;
pub mod record;
pub mod slide;
pub mod target;
pub mod week;
