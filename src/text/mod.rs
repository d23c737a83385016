//! Text and its languages: the languages in use with their tables of words,
//! the language files those are read from, text in several languages, the
//! hash the app fingerprints text with, XML escaping and the cleaners of
//! hidden characters — the plain values every other part is built from.

pub mod base64url;
pub mod clean;
pub mod escape;
pub mod hash;
pub mod lang;
pub mod language_file;
/// The translators' spreadsheet: a tool's, never the app's.
#[cfg(not(target_arch = "wasm32"))]
pub mod sheet;
pub mod words;
