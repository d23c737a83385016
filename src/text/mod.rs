//! Text and its languages: the plain values every other part is built
//! from. Depends on nothing else in the crate.

pub mod lang;
