//! Words and languages: the table of words of each language, the language
//! files they are read from, and text in several languages.

pub mod language_file;
pub mod words;
