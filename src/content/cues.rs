//! Cues that give a situation's answer away. A person should choose what
//! they would really do, not the option that looks right: the options of
//! an item are of comparable length (the shortest at least 80 % of the
//! longest, in each language), and none carries words that mark it as
//! "by the rules" or as the ideal. Checked over the shipped content by a
//! test, and over a company's own items when its configuration is read
//! (as warnings: the items still work).

use crate::codec::reader::Problem;
use crate::content::{Item, ItemKind};
use crate::text::clean::lower_char;
use crate::text::lang::Lang;

/// One language the options are checked in: its code and its cue words.
/// The words are the language's data, in its table (`content_cues.words`,
/// a comma-separated list of lowercase stems), so a company's language
/// file carries its own list. Standard ones give away the 0 option ("as
/// the rules say"), ideal ones the +1 option ("gladly"), blunt ones the −1
/// option ("rudely").
pub struct Cues<'a> {
    pub code: &'a str,
    words: Vec<&'static str>,
}

impl<'a> Cues<'a> {
    /// The language with this code, with the cue words of its table when
    /// one is known (without one only the lengths are checked).
    pub fn new(code: &'a str, lang: Option<Lang>) -> Cues<'a> {
        Cues { code, words: lang.map(cue_words).unwrap_or_default() }
    }
}

/// The cue words a language's table lists (or its fallback's).
pub fn cue_words(lang: Lang) -> Vec<&'static str> {
    lang.t("content_cues.words").split(',').map(str::trim).filter(|w| !w.is_empty()).collect()
}

/// The cue words found in a text, in list order, whatever its case.
pub fn cue_words_in(text: &str, words: &[&'static str]) -> Vec<&'static str> {
    let lower: String = text.chars().map(lower_char).collect();
    words.iter().copied().filter(|w| lower.contains(w)).collect()
}

/// Whether option lengths are within the balance: the shortest at least
/// 80 % of the longest (counted in characters).
pub fn balanced(lengths: &[usize]) -> bool {
    let (Some(min), Some(max)) = (lengths.iter().min(), lengths.iter().max()) else { return true };
    min * 5 >= max * 4
}

/// Every cue a situation's options give, with the path of what to change
/// (`at` is the item's path, e.g. `items[3]`). Pressure items share their
/// twin's options and are checked there.
pub fn check(item: &Item, at: &str, langs: &[Cues<'_>]) -> Vec<Problem> {
    let mut problems = Vec::new();
    if item.kind != ItemKind::Situation || item.pressure_of.is_some() {
        return problems;
    }
    let path = format!("{at}({})", item.id);
    for Cues { code: lang, words } in langs {
        let lengths: Vec<usize> = item.choices.iter().map(|c| c.text.for_code(lang).chars().count()).collect();
        if !balanced(&lengths) {
            let list: Vec<String> = lengths.iter().map(|n| n.to_string()).collect();
            problems.push(Problem {
                path: format!("{path}.options"),
                message: format!(
                    "options in {} are {} characters long; make the shortest at least 80% of the longest, so length does not give the answer away",
                    lang,
                    list.join(", ")
                ),
            });
        }
        for c in &item.choices {
            let found = cue_words_in(c.text.for_code(lang), words);
            if !found.is_empty() {
                problems.push(Problem {
                    path: format!("{path}.options({}).text.{}", c.id, lang),
                    message: format!(
                        "\"{}\" marks this option as the expected one; say what the person does instead",
                        found.join("\", \"")
                    ),
                });
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::language_file::native;

    #[test]
    fn balance_allows_a_fifth_less_and_no_more() {
        assert!(balanced(&[80, 100, 90]));
        assert!(!balanced(&[79, 100]));
        assert!(balanced(&[]));
    }

    #[test]
    fn cue_words_are_found_whatever_the_case() {
        let ru = cue_words(native("ru"));
        let en = cue_words(native("en"));
        assert_eq!(ru.len(), 24);
        assert_eq!(en.len(), 23);
        assert_eq!(cue_words_in("Send the Standard reply", &en), ["standard"]);
        assert!(cue_words_in("Ask what they need", &en).is_empty());
        // The Russian ones, in capitals too: tests/content.rs.
    }

    #[test]
    fn capitals_of_the_case_pairing_alphabets_lower() {
        let lower = |s: &str| s.chars().map(lower_char).collect::<String>();
        assert_eq!(lower("ÀÉÖØÞ×ĀĽŽŸ"), "àéöøþ×āľžÿ");
        assert_eq!(lower("ΑΩ"), "αω");
        // Cyrillic capitals: tests/content.rs.
        assert_eq!(lower("ԱՖ 1.-"), "աֆ 1.-");
    }

    #[test]
    fn a_language_without_a_table_is_checked_for_length_only() {
        assert!(Cues::new("kk", None).words.is_empty());
        assert_eq!(Cues::new("ru", Some(native("ru"))).words, cue_words(native("ru")));
    }
}
