//! The wording of the shipped check: no verb or phrase in a situation's
//! options marks one key, and the check stays short enough to read.

use service_ladder::content::{Assessment, Content, Item, ItemKind, RUNGS};
use service_ladder::document::saved::EPISODES;
use service_ladder::text::lang::Lang;
use service_ladder::text::language_file::native;

fn shipped() -> Content {
    Content::shipped().unwrap_or_else(|p| panic!("{p:?}"))
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Words on screen for a whole set in one language: each item's text and
/// its options (a statement's scale labels on every screen, a pressure
/// twin's shared options), and the "doesn't happen in my job" answer where
/// an item offers it.
fn set_words(a: &Assessment, code: &str) -> usize {
    a.items
        .iter()
        .map(|i| {
            let options = i.choices.iter().map(|c| words(c.text.for_code(code))).sum::<usize>();
            let na = if i.allows_na { words(a.not_applicable.for_code(code)) } else { 0 };
            words(i.text.for_code(code)) + options + na
        })
        .sum()
}

/// The check's length (issue 18): words on screen at 180 a minute and
/// 1.5 s for each choice, the questions and the step of the last five
/// clients together.
const WORDS_PER_SECOND: f64 = 3.0;
const SECONDS_PER_CHOICE: f64 = 1.5;
const MAX_MINUTES: f64 = 6.0;

/// Minutes a careful reader spends on a set's questions in one language.
fn minutes(a: &Assessment, code: &str) -> f64 {
    (set_words(a, code) as f64 / WORDS_PER_SECOND + SECONDS_PER_CHOICE * a.items.len() as f64) / 60.0
}

/// Words on the screen of the last five clients (src/ui/screens/check/
/// episodes.rs), from the language's own words: the heading, what to think
/// of, the hint, and for every client its label and the word on each
/// rung's tile. The buttons and the count of clients rated are left out,
/// as the questions' "Next" and progress are.
fn episode_words(lang: Lang) -> usize {
    let t = |key: &str| words(lang.t(key));
    let rung = |r: i8| match r {
        r if r < 0 => t("check_episodes.less"),
        0 => t("check_episodes.as_expected"),
        _ => t("check_episodes.more"),
    };
    let clients: usize = (1..=EPISODES)
        .map(|n| {
            words(&lang.f("check_episodes.client_n", &[("n", &n)])) + RUNGS.iter().map(|r| rung(*r)).sum::<usize>()
        })
        .sum();
    t("check_episodes.your_last_five_clients")
        + t("check_episodes.think_of_them")
        + t("check_episodes.skip_any")
        + clients
}

/// Minutes on the step of the last five clients: its words and one choice
/// per client.
fn episode_minutes(lang: Lang) -> f64 {
    (episode_words(lang) as f64 / WORDS_PER_SECOND + SECONDS_PER_CHOICE * EPISODES as f64) / 60.0
}

#[test]
fn the_whole_check_takes_at_most_six_minutes_in_both_languages() {
    let c = shipped();
    let mut table = Vec::new();
    let mut over = Vec::new();
    for role in &c.assessment.roles {
        let set = c.assessment.for_role(&role.id);
        for code in ["ru", "en"] {
            let (questions, clients) = (minutes(&set, code), episode_minutes(native(code)));
            let total = questions + clients;
            table.push(format!(
                "{:15} {code}: {} items, {} words, {questions:.2} min + the last five clients {} words, {clients:.2} min = {} words, {total:.2} min",
                role.id,
                set.items.len(),
                set_words(&set, code),
                episode_words(native(code)),
                set_words(&set, code) + episode_words(native(code)),
            ));
            if total > MAX_MINUTES {
                over.push(format!("{} {code}", role.id));
            }
        }
    }
    eprintln!("{}", table.join("\n"));
    assert!(over.is_empty(), "over {MAX_MINUTES} minutes: {}\n{}", over.join(", "), table.join("\n"));
    // What is counted is what is on screen: a statement shows its scale, a
    // pressure twin its ordinary item's options; every client shows a tile
    // per rung.
    let set = c.assessment.for_role("mixed");
    assert!(set.items.iter().all(|i| !i.choices.is_empty()), "every item shows its choices");
    for code in ["ru", "en"] {
        let lang = native(code);
        let tiles = ["less", "as_expected", "more"].map(|k| words(lang.t(&format!("check_episodes.{k}"))));
        assert!(episode_words(lang) >= EPISODES * (1 + tiles.iter().sum::<usize>()), "{code}");
        assert!(episode_minutes(lang) >= SECONDS_PER_CHOICE * EPISODES as f64 / 60.0, "{code}");
    }
}

// ---------------------------------------------------------------------------
// Cue verbs: issue 18 found "ask / find out" in 11 of 20 «wow» options and in
// none of the others, and "another department / app / reviews" in half the
// below-standard ones. A verb may appear under any key, so long as it does
// not tell which one.

/// Verbs and phrases that must not mark one key, per language. Each word
/// of a stem is the start of a word in the option ("уточн" finds
/// "уточняете"); a word ending in `|` must end there (or take an "s"), so
/// "app|" finds "app" and "apps" but not "appliance". The words of a
/// phrase come in order, at most three words apart ("call … back").
const STEMS: [(&str, &[&str]); 2] = [
    (
        "en",
        &[
            "ask|",
            "find out",
            "clarif",
            "check",
            "offer",
            "suggest",
            "another department",
            "department",
            "app|",
            "website",
            "review",
            "call back",
            "apologi",
            "explain",
            "thank",
            "yourself",
            "colleague",
            "specialist",
            "together",
            "number",
            "choice",
        ],
    ),
    (
        "ru",
        &[
            "спраш",
            "спрос",
            "уточн",
            "узна",
            "выясн",
            "предлаг",
            "предлож",
            "совет",
            "друг отдел",
            "отдел",
            "приложени",
            "сайт",
            "отзыв",
            "перезван",
            "перезвон",
            "извин",
            "объясн",
            "благодар",
            "сами",
            "коллег",
            "специалист",
            "вместе",
            "номер",
            "выбор",
        ],
    ),
];

/// The words of a text, lowercase, letters and digits only.
fn text_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn word_fits(word: &str, stem: &str) -> bool {
    match stem.strip_suffix('|') {
        Some(whole) => word == whole || word.strip_suffix('s') == Some(whole),
        None => word.starts_with(stem),
    }
}

/// Whether the stem (one word or a phrase) is in the text.
fn has_stem(text: &str, stem: &str) -> bool {
    let words = text_words(text);
    let parts: Vec<&str> = stem.split(' ').collect();
    let Some((first, rest)) = parts.split_first() else { return false };
    (0..words.len()).any(|start| {
        if !word_fits(&words[start], first) {
            return false;
        }
        let mut at = start;
        rest.iter().all(|part| {
            let found = (at + 1..words.len().min(at + 4)).find(|&i| word_fits(&words[i], part));
            found.inspect(|&i| at = i).is_some()
        })
    })
}

/// Situations with their own options (a pressure twin shares its
/// ordinary item's and is counted there).
fn own_options(c: &Content) -> impl Iterator<Item = &Item> {
    c.assessment.items.iter().filter(|i| i.kind == ItemKind::Situation && i.pressure_of.is_none())
}

/// Per stem, how many options keyed −1, 0 and +1 hold it.
fn stem_counts(c: &Content, code: &str, stem: &str) -> [usize; 3] {
    let mut n = [0; 3];
    for item in own_options(c) {
        for ch in item.choices.iter().filter(|ch| has_stem(ch.text.for_code(code), stem)) {
            match ch.value {
                v if v < 0.0 => n[0] += 1,
                v if v > 0.0 => n[2] += 1,
                _ => n[1] += 1,
            }
        }
    }
    n
}

/// The rule: a stem marks one key when it is in at least three options
/// and at least three quarters of them share a key.
fn marks_one_key(n: [usize; 3]) -> bool {
    let total: usize = n.iter().sum();
    let most = n.iter().copied().max().unwrap_or(0);
    total >= 3 && most * 4 >= total * 3
}

#[test]
fn stems_are_found_as_words_and_phrases() {
    assert!(has_stem("Ask what they need", "ask|"));
    assert!(!has_stem("Finish the task", "ask|") && !has_stem("A robot appliance", "app|"));
    assert!(has_stem("Find it in a maps app", "app|"));
    assert!(has_stem("Note it and call the client back", "call back"));
    assert!(!has_stem("Call now; they will come back later today", "call back"));
    assert!(has_stem("Объясняете, что это вопрос другого отдела", "друг отдел"));
    assert!(has_stem("Уточняете, что именно не так", "уточн"));
    assert!(marks_one_key([0, 0, 3]) && marks_one_key([1, 0, 3]) && !marks_one_key([1, 1, 2]));
    assert!(!marks_one_key([0, 0, 2]), "two options are too few to tell");
}

#[test]
fn no_verb_marks_one_key() {
    let c = shipped();
    let mut table = vec![format!("{:4} {:22} {:>3} {:>3} {:>3}", "lang", "stem", "-1", "0", "+1")];
    let mut marking = Vec::new();
    for (code, stems) in STEMS {
        for stem in stems {
            let n = stem_counts(&c, code, stem);
            let marks = marks_one_key(n);
            table.push(format!(
                "{code:4} {stem:22} {:>3} {:>3} {:>3}{}",
                n[0],
                n[1],
                n[2],
                if marks { "  <- marks one key" } else { "" }
            ));
            if marks {
                marking.push(format!("{code} {stem}"));
            }
        }
    }
    eprintln!("{}", table.join("\n"));
    assert!(marking.is_empty(), "{} mark one key:\n{}", marking.join(", "), table.join("\n"));
    assert!(own_options(&c).count() >= 18, "the table counts every situation");
}
