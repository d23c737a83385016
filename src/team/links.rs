//! Finding share links in whatever text a manager pastes: one link per line,
//! a whole chat or e-mail export, an HTML page, a decoded QR code.
//!
//! Rules:
//! - A link is found by its fragment marker: `#share=`, or `%23share=` when
//!   a messenger percent-encoded the `#`, or a bare `share=` at the start of
//!   the text or after a space (a fragment pasted on its own). What comes
//!   before it (the app's address) does not matter: it differs by host.
//! - The payload is the longest run of base64url characters (`A–Z a–z 0–9 - _`)
//!   after the marker, so anything a link is wrapped in or followed by —
//!   `<…>`, quotes, brackets, «…», `.`, `,`, `!`, a closing HTML tag — ends it.
//! - The checksum decides everything else, through the candidate payloads
//!   tried in order ([`Found::candidates`]): the run as found; the run
//!   without trailing `-` or `_` (a dash typed right after a link); and, when
//!   the run ends exactly at a line end, the run joined with the leading
//!   base64url run of each following line, one line at a time (a long link
//!   wrapped by a mail program or a chat export), up to
//!   [`MAX_WRAPPED_LINES`] lines. The first candidate that is intact wins;
//!   when none is, the error of the run as found is reported.
//! - The same payload again on the same line is one mention, not a
//!   duplicate: HTML exports write a link both as the address and as its text.
//! - Not read: a link whose `=` was encoded (`share%3D`, quoted-printable
//!   `share=3D`), or wrapped with a quote marker (`> `) on the next line.

use crate::document::share;

/// Most lines a wrapped link is joined across: the longest link is 2,000
/// characters, and no mail program wraps under 50.
pub const MAX_WRAPPED_LINES: usize = 40;

/// Longest run looked at as a payload; longer is reported as too long.
const MAX_RUN: usize = share::MAX_INPUT;

/// A link found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// 1-based line where the link's marker is.
    pub line: usize,
    /// Payloads to try, best guess first (see the module's rules).
    pub candidates: Vec<String>,
}

impl Found {
    /// A short, inert excerpt to name the link in a report.
    pub fn excerpt(&self) -> String {
        let first = self.candidates.first().map(String::as_str).unwrap_or("");
        let head: String = first.chars().take(12).collect();
        let more = if first.chars().count() > 12 { "…" } else { "" };
        format!("#share={head}{more}")
    }

    /// The same for a sealed link.
    pub fn sealed_excerpt(&self) -> String {
        self.excerpt().replacen("#share=", &format!("#{}", crate::document::seal::SEALED_PREFIX), 1)
    }
}

fn is_b64(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// The end of the base64url run starting at `from`.
fn run_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() && is_b64(bytes[i]) && i - from <= MAX_RUN {
        i += 1;
    }
    i
}

/// Whether the `share=` found at `at` is a fragment marker: after `#`,
/// `%23`, a space, or at the very start.
fn is_marker(bytes: &[u8], at: usize) -> bool {
    if at == 0 {
        return true;
    }
    let before = bytes[at - 1];
    if before == b'#' || before.is_ascii_whitespace() {
        return true;
    }
    at >= 3 && bytes[at - 3] == b'%' && bytes[at - 2] == b'2' && bytes[at - 1] == b'3'
}

/// The next link at or after `*at`; `*at` moves past it and `*line` counts
/// the lines passed. `None` when the text holds no more links.
pub fn next(text: &str, at: &mut usize, line: &mut usize) -> Option<Found> {
    next_marked(text, at, line, share::PREFIX)
}

/// The same for links marked with `prefix` (`sealed=`, by the same rules).
pub fn next_marked(text: &str, at: &mut usize, line: &mut usize, prefix: &str) -> Option<Found> {
    let bytes = text.as_bytes();
    loop {
        let rest = text.get(*at..)?;
        let Some(pos) = rest.find(prefix) else {
            *line += count_lines(rest.as_bytes());
            *at = text.len();
            return None;
        };
        let marker = *at + pos;
        *line += count_lines(&bytes[*at..marker]);
        let start = marker + prefix.len();
        if !is_marker(bytes, marker) {
            *at = start;
            continue;
        }
        let end = run_end(bytes, start);
        *at = end;
        let run = &text[start..end];
        let found = Found { line: *line, candidates: candidates(text, end, run) };
        return Some(found);
    }
}

fn count_lines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| **b == b'\n').count()
}

fn candidates(text: &str, end: usize, run: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut out = vec![run.to_string()];
    let trimmed = run.trim_end_matches(['-', '_']);
    if trimmed.len() != run.len() && !trimmed.is_empty() {
        out.push(trimmed.to_string());
    }
    // A run that stops exactly at a line end may go on on the next line.
    let mut joined = run.to_string();
    let mut i = end;
    for _ in 0..MAX_WRAPPED_LINES {
        if bytes.get(i) == Some(&b'\r') {
            i += 1;
        }
        if bytes.get(i) != Some(&b'\n') {
            break;
        }
        let from = i + 1;
        let to = run_end(bytes, from);
        if to == from || joined.len() + (to - from) > MAX_RUN {
            break;
        }
        joined.push_str(&text[from..to]);
        out.push(joined.clone());
        i = to;
    }
    out
}

/// Every link in a text, with the repeats on one line merged (for tests
/// and small texts; the intake walks a text with [`next`], a slice at a time).
pub fn all(text: &str) -> Vec<Found> {
    let (mut at, mut line) = (0, 1);
    let mut out: Vec<Found> = Vec::new();
    while let Some(f) = next(text, &mut at, &mut line) {
        if !repeats(out.last(), &f) {
            out.push(f);
        }
    }
    out
}

/// Every sealed link in a text (`document::seal`), repeats on one line merged.
pub fn all_sealed(text: &str) -> Vec<Found> {
    let (mut at, mut line) = (0, 1);
    let mut out: Vec<Found> = Vec::new();
    while let Some(f) = next_marked(text, &mut at, &mut line, crate::document::seal::SEALED_PREFIX) {
        if !repeats(out.last(), &f) {
            out.push(f);
        }
    }
    out
}

/// Whether `f` is the same link as `last` mentioned again on its line.
pub fn repeats(last: Option<&Found>, f: &Found) -> bool {
    last.is_some_and(|l| l.line == f.line && l.candidates.first() == f.candidates.first())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<(usize, String)> {
        all(text).into_iter().map(|f| (f.line, f.candidates[0].clone())).collect()
    }

    #[test]
    fn links_are_found_in_any_wrapping() {
        let text = "Here: <https://a.example/app/#share=AAAA>, and also \"https://b.example/#share=BB_b\".\n\
                    (https://c.example/#share=CCC) «https://d/#share=D-D». https://e/%23share=EEE!\n\
                    share=FFF\n[x](https://g/#share=GGG) <a href=\"https://h/#share=HHH\">https://h/#share=HHH</a>";
        assert_eq!(
            runs(text),
            [
                (1, "AAAA".into()),
                (1, "BB_b".into()),
                (2, "CCC".into()),
                (2, "D-D".into()),
                (2, "EEE".into()),
                (3, "FFF".into()),
                (4, "GGG".into()),
                (4, "HHH".into()),
            ]
        );
    }

    #[test]
    fn share_inside_other_words_is_not_a_link() {
        assert!(all("reshare=xyz ?share=abc &share=q").is_empty());
        assert!(all("nothing here").is_empty());
        assert_eq!(runs("#share="), [(1, String::new())]);
    }

    #[test]
    fn wrapped_links_offer_joined_candidates() {
        let f = all("text #share=ABCD\r\nEFGH\nIJ, thanks\nnext line");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].candidates, ["ABCD", "ABCDEFGH", "ABCDEFGHIJ"]);
        // A run followed by punctuation is not wrapped.
        assert_eq!(all("#share=ABCD.\nEFGH")[0].candidates, ["ABCD"]);
        assert_eq!(all("#share=AB-\n")[0].candidates, ["AB-", "AB"]);
    }

    #[test]
    fn lines_are_counted_across_calls() {
        let text = "a\nb\n#share=X1\n\n\n#share=X2\nc";
        let (mut at, mut line) = (0, 1);
        assert_eq!(next(text, &mut at, &mut line).map(|f| f.line), Some(3));
        assert_eq!(next(text, &mut at, &mut line).map(|f| f.line), Some(6));
        assert_eq!(next(text, &mut at, &mut line), None);
        assert_eq!((at, line), (text.len(), 7));
        assert_eq!(next(text, &mut at, &mut line), None);
    }

    #[test]
    fn an_overlong_run_stops_and_excerpts_stay_short() {
        let text = format!("#share={}", "A".repeat(MAX_RUN * 3));
        let f = all(&text);
        assert!(f[0].candidates[0].len() <= MAX_RUN + 1);
        assert_eq!(f[0].excerpt(), "#share=AAAAAAAAAAAA…");
    }
}
