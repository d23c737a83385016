//! Text and its languages: the languages in use with their tables of words,
//! the language files those are read from, and text in several languages.
//! Depends on nothing else in the crate but the codec that reads files.

pub mod lang;
pub mod language_file;
pub mod words;
