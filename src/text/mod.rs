//! Text and its languages, the hash the app fingerprints text with, XML
//! escaping and the cleaners of hidden characters: the plain values every
//! other part is built from. Depends on nothing else in the crate.

pub mod clean;
pub mod escape;
pub mod hash;
pub mod lang;
