//! Every word a person reads lives in the language tables (`locales/`):
//! no Russian and no English sentence in the Rust sources outside tests,
//! every key the code names is in the tables, and every key in the tables
//! is named by the code. (build.rs already fails the build when the
//! built-in languages differ in their keys.)

use service_ladder::text::language_file::{BUILT_IN, LanguageFile};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The source without its `#[cfg(test)]` module (tests may hold any words).
fn without_tests(src: &str) -> &str {
    match src.find("#[cfg(test)]\nmod tests") {
        Some(at) => &src[..at],
        None => src,
    }
}

/// The string literals of a Rust source with their line numbers (comments,
/// char literals and lifetimes skipped; raw strings read whole).
fn literals(src: &str) -> Vec<(usize, String)> {
    let b: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    while i < b.len() {
        let c = b[i];
        if c == '\n' {
            line += 1;
        }
        if c == '/' && b.get(i + 1) == Some(&'/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '/' && b.get(i + 1) == Some(&'*') {
            while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                if b[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
            continue;
        }
        if c == '\'' {
            // a char literal ('x', '\n', '"') or a lifetime ('a)
            if b.get(i + 2) == Some(&'\'') {
                i += 3;
                continue;
            }
            if b.get(i + 1) == Some(&'\\') {
                let mut j = i + 2;
                while j < b.len() && b[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
                continue;
            }
            i += 1;
            continue;
        }
        if c == 'r'
            && (b.get(i + 1) == Some(&'"') || b.get(i + 1) == Some(&'#'))
            && (i == 0 || !b[i - 1].is_alphanumeric())
        {
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) == Some(&'"') {
                let start = j + 1;
                let mut k = start;
                let at = line;
                while k < b.len() {
                    if b[k] == '"' && (0..hashes).all(|h| b.get(k + 1 + h) == Some(&'#')) {
                        break;
                    }
                    if b[k] == '\n' {
                        line += 1;
                    }
                    k += 1;
                }
                out.push((at, b[start..k.min(b.len())].iter().collect()));
                i = k + 1 + hashes;
                continue;
            }
        }
        if c == '"' {
            let at = line;
            let mut s = String::new();
            let mut j = i + 1;
            while j < b.len() && b[j] != '"' {
                if b[j] == '\\' {
                    j += 1;
                }
                if b.get(j) == Some(&'\n') {
                    line += 1;
                }
                if let Some(&ch) = b.get(j) {
                    s.push(ch);
                }
                j += 1;
            }
            out.push((at, s));
            i = j + 1;
            continue;
        }
        i += 1;
    }
    out
}

/// Places where English text is for developers, not for the person using
/// the app: the JSON reader's problems (shown in preview mode and to the
/// authors of configuration and language files), the configuration checks,
/// the build's schema, panics of shipped-data loading; `make score`'s error
/// lines (`check/score_line.rs`) and a language file's placeholder problems
/// (`text/words.rs`), for researchers and translators; the saved document's
/// schema description (the build's schema); the native binary's note to
/// whoever runs it outside a browser (`main.rs`); why no events go to the
/// embedding page (a configuration notice, `browser/host.rs`); and the
/// console report, the boot's configuration problems and the broken-content
/// page (`ui/developer.rs`).
const DEVELOPER_FACING: &[&str] = [
    "src/codec/",
    "src/embed/config.rs",
    "src/embed/languages.rs",
    "src/embed/schema.rs",
    "src/text/language_file.rs",
    // The translators' tool: its messages are for the command line, in English.
    "src/text/sheet.rs",
    "src/content/mod.rs",
    "src/content/concepts.rs",
    "src/document/saved.rs",
    "src/main.rs",
    "src/check/score_line.rs",
    "src/text/words.rs",
    "src/ui/browser/host.rs",
    "src/ui/developer.rs",
]
.as_slice();

fn is_sentence(s: &str) -> bool {
    let words: Vec<&str> =
        s.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2).collect();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    words.len() >= 3
        && letters * 2 > s.chars().count()
        && (s.chars().next().is_some_and(char::is_uppercase) || s.contains(['.', ',', ':', '?', '!', '—', '’']))
        && !s.contains("{}")
        && !s.starts_with("M ")
}

fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.sort();
    files
        .into_iter()
        .filter_map(|p| Some((p.to_string_lossy().replace('\\', "/"), fs::read_to_string(&p).ok()?)))
        .collect()
}

#[test]
fn no_sentence_lives_in_the_rust_sources() {
    let mut found = Vec::new();
    for (path, src) in sources() {
        let code = without_tests(&src);
        if code.contains("Legacy::") || code.contains(".legacy_") || code.contains("Text::pair(") {
            found.push(format!("{path}: still uses the transitional Legacy / legacy_ru / Text::pair"));
        }
        for (line, s) in literals(code) {
            let russian = s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
            let english = is_sentence(&s) && !DEVELOPER_FACING.iter().any(|d| path.starts_with(d));
            if russian || english {
                found.push(format!("{path}:{line}: {}", s.chars().take(70).collect::<String>()));
            }
        }
    }
    assert!(found.is_empty(), "{} words outside the language tables:\n{}", found.len(), found.join("\n"));
}

/// Keys the code names: `.t("…")`, `.f("…"`, `.p("…"` and `t("…")`, the
/// key possibly on the next line.
fn keys_named(src: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for pat in ["t(", "f(", "p("] {
        let mut rest = src;
        while let Some(at) = rest.find(pat) {
            let before = rest[..at].chars().next_back();
            let after = &rest[at + pat.len()..];
            let quoted = after.trim_start();
            if before.is_none_or(|c| !c.is_alphanumeric() && c != '_')
                && let Some(inner) = quoted.strip_prefix('"')
                && let Some(end) = inner.find('"')
            {
                let key = &inner[..end];
                if service_ladder::text::language_file::is_key(key) && key.contains('.') {
                    keys.insert(key.to_string());
                }
            }
            rest = after;
        }
    }
    keys
}

/// Prefixes of keys the code builds at run time (`format!("levels.{id}")`).
const BUILT_AT_RUN_TIME: &[&str] = &[];

#[test]
fn every_key_the_code_names_is_in_the_tables_and_every_key_is_used() {
    let en = LanguageFile::parse(BUILT_IN[1].1).expect("the English table reads");
    let mut named = BTreeSet::new();
    for (_, src) in sources() {
        named.extend(keys_named(without_tests(&src)));
    }
    let missing: Vec<_> = named.iter().filter(|k| !en.messages.contains_key(*k)).collect();
    assert!(missing.is_empty(), "keys named in the code but not in locales/en.json: {missing:?}");
    let unused: Vec<_> = en
        .messages
        .keys()
        .filter(|k| !named.contains(*k) && !BUILT_AT_RUN_TIME.iter().any(|p| k.starts_with(p)))
        .collect();
    assert!(unused.is_empty(), "{} keys in the tables that no code names: {unused:?}", unused.len());
}

/// The files whose words only later screens show: a later part of the
/// wasm draws them (src/ui/router.rs), after the later screens' words are
/// in. Every other file may draw before the first question, so every key
/// it names must be in the first file of words.
/// The builder's screens are here too: builder.html names the whole
/// tables (tools/post-build.mjs), which the visitor's pages never fetch.
const LATER_FILES: &[&str] = &[
    "src/ui/screens/builder/",
    "src/ui/screens/team/",
    "src/ui/screens/walk/",
    "src/ui/screens/data.rs",
    "src/ui/screens/check/clients.rs",
    "src/ui/screens/check/colleague.rs",
    "src/ui/screens/check/colleague_answer.rs",
    "src/ui/screens/check/episodes.rs",
    "src/ui/screens/check/report.rs",
    "src/ui/screens/check/result.rs",
    "src/ui/screens/check/review.rs",
    "src/ui/screens/check/refused.rs",
    "src/ui/screens/check/sealed.rs",
    "src/ui/screens/check/viewing.rs",
    "src/ui/widgets/notices.rs",
    "src/ui/widgets/share_link.rs",
    "src/ui/widgets/ladder_picture.rs",
    "src/ui/widgets/chart.rs",
    "src/team/",
    "src/walk/",
    "src/document/",
    "src/check/evidence.rs",
];

/// What `locales/first.json` says the first screens need: key prefixes (an
/// area, `check_home`, or one key, `colleague.view_kept`).
fn first_prefixes() -> Vec<String> {
    let text = fs::read_to_string("locales/first.json").expect("locales/first.json");
    let doc: serde_json::Value = serde_json::from_str(&text).expect("locales/first.json is JSON");
    doc["first"].as_array().expect("a \"first\" list").iter().filter_map(|v| v.as_str().map(String::from)).collect()
}

fn is_first(key: &str, prefixes: &[String]) -> bool {
    prefixes.iter().any(|p| key == p || key.strip_prefix(p.as_str()).is_some_and(|rest| rest.starts_with('.')))
}

#[test]
fn the_first_screens_words_are_in_the_first_file() {
    let prefixes = first_prefixes();
    let en = LanguageFile::parse(BUILT_IN[1].1).expect("the English table reads");
    let mut missing = Vec::new();
    for (path, src) in sources() {
        if LATER_FILES.iter().any(|l| path.starts_with(l)) {
            continue;
        }
        for key in keys_named(without_tests(&src)) {
            if !is_first(&key, &prefixes) {
                missing.push(format!("{path}: {key}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys a first screen may show but locales/first.json leaves to the later file (add their area or the key):\n{}",
        missing.join("\n")
    );
    // Each entry names words that exist (a renamed area would silently
    // send its words to the later file).
    let stale: Vec<_> = prefixes.iter().filter(|p| !en.messages.keys().any(|k| is_first(k, &[(*p).clone()]))).collect();
    assert!(stale.is_empty(), "locales/first.json names no key: {stale:?}");
}
