//! Cues that give a situation's answer away. A person should choose what
//! they would really do, not the option that looks right: the options of
//! an item are of comparable length (the shortest at least 80 % of the
//! longest, in each language), and none carries words that mark it as
//! "by the rules" or as the ideal. Checked over the shipped content by a
//! test, and over a company's own items when its configuration is read
//! (as warnings: the items still work).

use crate::codec::reader::Problem;
use crate::content::{Item, ItemKind};

/// Word stems (lowercase) that mark an option. Standard ones give away the
/// 0 option ("as the rules say"), ideal ones the +1 option ("gladly"),
/// blunt ones the −1 option ("rudely").
pub const CUE_WORDS_RU: [&str; 24] = [
    "по правилам",
    "как положено",
    "положено",
    "по инструкци",
    "типов",
    "стандартн",
    "шаблон",
    "регламент",
    "формальн",
    "с удовольствием",
    "с радостью",
    "искренн",
    "идеальн",
    "безупречн",
    "заботлив",
    "индивидуальн",
    "грубо",
    "раздражённо",
    "раздраженно",
    "игнорир",
    "хамит",
    "равнодушн",
    "отмахива",
    "не ваша проблема",
];

pub const CUE_WORDS_EN: [&str; 23] = [
    "as the rules say",
    "by the book",
    "by the rules",
    "as required",
    "standard",
    "template",
    "script",
    "regulation",
    "formal",
    "gladly",
    "with pleasure",
    "sincere",
    "perfect",
    "flawless",
    "caring",
    "personalised",
    "personalized",
    "rudely",
    "irritably",
    "ignore",
    "dismissive",
    "brush off",
    "not your problem",
];

fn cue_words(code: &str) -> &'static [&'static str] {
    match code {
        "ru" => &CUE_WORDS_RU,
        "en" => &CUE_WORDS_EN,
        _ => &[],
    }
}

/// Lowercase for the two alphabets the cue words use. (`str::to_lowercase`
/// would bring Unicode's case tables into the wasm for this alone.)
fn lower(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            'Ё' => 'ё',
            _ => c,
        })
        .collect()
}

/// The cue words found in a text, in list order.
pub fn cue_words_in(text: &str, code: &str) -> Vec<&'static str> {
    let lower = lower(text);
    cue_words(code).iter().copied().filter(|w| lower.contains(w)).collect()
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
pub fn check(item: &Item, at: &str, langs: &[String]) -> Vec<Problem> {
    let mut problems = Vec::new();
    if item.kind != ItemKind::Situation || item.pressure_of.is_some() {
        return problems;
    }
    let path = format!("{at}({})", item.id);
    for lang in langs.iter().map(String::as_str) {
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
            let found = cue_words_in(c.text.for_code(lang), lang);
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

    #[test]
    fn balance_allows_a_fifth_less_and_no_more() {
        assert!(balanced(&[80, 100, 90]));
        assert!(!balanced(&[79, 100]));
        assert!(balanced(&[]));
    }

    #[test]
    fn cue_words_are_found_whatever_the_case() {
        assert_eq!(cue_words_in("Как положено по правилам, вы…", "ru"), ["по правилам", "как положено", "положено"]);
        assert_eq!(cue_words_in("Send the Standard reply", "en"), ["standard"]);
        assert!(cue_words_in("Ask what they need", "en").is_empty());
        assert_eq!(cue_words_in("ГРУБО И РАЗДРАЖЁННО", "ru"), ["грубо", "раздражённо"]);
    }
}
