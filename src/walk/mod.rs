//! Customer journeys and walking them: the journeys, one walk's record,
//! the journey map, what to do this week and the map as a slide.

pub mod journey;
pub mod map;
pub mod record;
pub mod slide;
pub mod week;
