//! The interface's words in each language.

pub mod words;
