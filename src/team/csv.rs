//! Reading the app's CSV export (`export::csv`) back: an RFC 4180 reader
//! that a spreadsheet's re-save does not defeat (a `;` or tab separator, a
//! byte-order mark, the `'` that defuses formulas), and the assembly of its
//! rows into results. Several exports pasted or joined into one file are
//! several results: each header row starts the next.
//!
//! A CSV export holds the figures of a self-assessment (level rows with
//! strengths, quality rows), its answers, and a walk's ratings per
//! touchpoint; it holds no day, no label, no ticked behaviours and no
//! journey name, so walks read from CSV add ratings but no gravediggers'
//! behaviours, and their results are identified by what they hold.
// Lead: `export` could own `parse_csv` (the reader half of this module).

use super::entry::{self, Entry, Figures, JourneyKey, Mark, WalkFigures};
pub use super::refusal::CsvProblem;
use super::refusal::Refusal;
use super::verify;
use crate::check::scoring::{Answers, percent};
use crate::content::{Content, Level};
use crate::document::share::{Shared, SharedAudit, SharedJourney, SharedTouchpoint, SharedWalk};
use crate::text::lang::Text;
use crate::walk::journey::{Channel, ClientKind};

/// The header `export::csv` writes.
pub const HEADER: [&str; 5] = ["section", "id", "name", "answer", "score"];
/// Most fields read in a row and characters in a field; beyond, the row is refused.
pub const MAX_FIELDS: usize = 64;
pub const MAX_FIELD_CHARS: usize = 10_000;

/// Whether a text looks like the app's CSV export: its first non-empty line
/// is the header, with any separator.
pub fn sniff(text: &str) -> bool {
    let first = text.trim_start_matches('\u{FEFF}').lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let d = delimiter(first);
    let cells: Vec<String> = first.split(d as char).map(|c| c.trim().trim_matches('"').to_ascii_lowercase()).collect();
    cells.len() >= HEADER.len() && cells.iter().zip(HEADER).all(|(c, h)| c == h)
}

/// The separator a first line uses: the most frequent of `,` `;` tab.
pub fn delimiter(first_line: &str) -> u8 {
    let count = |d: u8| first_line.bytes().filter(|b| *b == d).count();
    let mut best = b',';
    for d in [b';', b'\t'] {
        if count(d) > count(best) {
            best = d;
        }
    }
    best
}

/// Where a reader is in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    pub at: usize,
    /// 1-based line the next row starts on.
    pub line: usize,
    pub delimiter: u8,
}

impl Cursor {
    /// A cursor at the start of `text`, past a byte-order mark, with the
    /// separator of the first line.
    pub fn start(text: &str) -> Cursor {
        let at = if text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 };
        let first = text.get(at..).unwrap_or("").lines().next().unwrap_or("");
        Cursor { at, line: 1, delimiter: delimiter(first) }
    }
}

/// A row that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRow;

/// The next row: its line and fields, or `BadRow` when it has too many or
/// too long fields (it is still passed over). `None` at the end of the text.
/// Delimiters and quotes are ASCII, so scanning bytes never splits a character.
pub fn next_row(text: &str, cur: &mut Cursor) -> Option<(usize, Result<Vec<String>, BadRow>)> {
    let bytes = text.as_bytes();
    if cur.at >= bytes.len() {
        return None;
    }
    let line = cur.line;
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut bad = false;
    let mut quoted = false;
    let mut i = cur.at;
    let mut plain_from = i;
    // Appends the unquoted stretch so far to the field.
    let flush = |field: &mut String, from: usize, to: usize, bad: &mut bool| {
        if let Some(s) = text.get(from..to) {
            if field.len() + s.len() > MAX_FIELD_CHARS * 4
                || field.chars().count() + s.chars().count() > MAX_FIELD_CHARS
            {
                *bad = true;
            } else {
                field.push_str(s);
            }
        }
    };
    loop {
        let Some(&b) = bytes.get(i) else {
            flush(&mut field, plain_from, i, &mut bad);
            break;
        };
        if quoted {
            if b == b'"' {
                flush(&mut field, plain_from, i, &mut bad);
                if bytes.get(i + 1) == Some(&b'"') {
                    field.push('"');
                    i += 2;
                } else {
                    quoted = false;
                    i += 1;
                }
                plain_from = i;
                continue;
            }
            if b == b'\n' {
                cur.line += 1;
            }
            i += 1;
            continue;
        }
        match b {
            b'"' => {
                flush(&mut field, plain_from, i, &mut bad);
                quoted = true;
                i += 1;
                plain_from = i;
            }
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                flush(&mut field, plain_from, i, &mut bad);
                i += 1;
                plain_from = i + 1;
            }
            b'\n' => {
                if plain_from <= i {
                    flush(&mut field, plain_from, i, &mut bad);
                }
                i += 1;
                cur.line += 1;
                break;
            }
            d if d == cur.delimiter => {
                flush(&mut field, plain_from, i, &mut bad);
                push_field(&mut fields, &mut field, &mut bad);
                i += 1;
                plain_from = i;
            }
            _ => i += 1,
        }
    }
    push_field(&mut fields, &mut field, &mut bad);
    cur.at = i;
    Some((line, if bad { Err(BadRow) } else { Ok(fields) }))
}

fn push_field(fields: &mut Vec<String>, field: &mut String, bad: &mut bool) {
    if fields.len() >= MAX_FIELDS {
        *bad = true;
        field.clear();
        return;
    }
    fields.push(undefuse(std::mem::take(field)));
}

/// Takes back the `'` that `export::csv_field` put before a cell a
/// spreadsheet would have run as a formula.
fn undefuse(s: String) -> String {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r', '\0']) => rest.to_string(),
        _ => s,
    }
}

/// A result being read, row by row.
#[derive(Debug, Default)]
pub struct Partial {
    /// The header's line.
    pub line: usize,
    problem: Option<CsvProblem>,
    other_content: bool,
    /// The scoring model the export names (files of the first release name none).
    model: Option<u16>,
    /// Answers to questions this content does not have, as written: a result
    /// of an earlier model is identified by them.
    earlier_answers: Vec<u8>,
    levels: [Option<u8>; 3],
    level_rows: usize,
    chosen: Vec<Level>,
    qualities: Vec<Option<u8>>,
    answers: Answers,
    answered: bool,
    touchpoints: Vec<(String, String, Option<i8>)>,
}

/// Whether a row is the export's header.
pub fn is_header(fields: &[String]) -> bool {
    fields.len() >= HEADER.len() && fields.iter().zip(HEADER).all(|(f, h)| f.trim().eq_ignore_ascii_case(h))
}

impl Partial {
    pub fn new(c: &Content, line: usize) -> Partial {
        Partial { line, qualities: vec![None; c.assessment.qualities.len()], ..Partial::default() }
    }

    /// A row of the result that could not be read: the result is refused, naming it.
    pub fn bad_row(&mut self, line: usize) {
        self.problem.get_or_insert(CsvProblem::Row { line });
    }

    /// Takes one row of the result.
    pub fn row(&mut self, c: &Content, line: usize, fields: &[String]) {
        if self.problem.is_some() {
            return;
        }
        let cell = |i: usize| fields.get(i).map(|s| s.trim()).unwrap_or("");
        let (section, id, answer, score) = (cell(0), cell(1), cell(3), cell(4));
        match section {
            "model" => match id.parse::<u16>() {
                Ok(m) => self.model = Some(m),
                Err(_) => self.problem = Some(CsvProblem::Row { line }),
            },
            "level" => {
                self.level_rows += 1;
                let Some(level) = Level::ALL.into_iter().find(|l| l.id() == id) else {
                    self.problem = Some(CsvProblem::Levels { line: self.line });
                    return;
                };
                match parse_score(score) {
                    Some(v) => self.levels[level.index()] = Some(v),
                    None => self.problem = Some(CsvProblem::Score { line, value: score.to_string() }),
                }
                if answer == "level" {
                    self.chosen.push(level);
                }
            }
            "quality" => {
                let q = c.assessment.qualities.iter().position(|q| q.id == id);
                match (q.and_then(|q| self.qualities.get_mut(q)), score) {
                    (None, _) => self.other_content = true,
                    (Some(slot), "") => *slot = None,
                    (Some(slot), s) => match parse_score(s) {
                        Some(v) => *slot = Some(v),
                        None => self.problem = Some(CsvProblem::Score { line, value: s.to_string() }),
                    },
                }
            }
            "answer" => {
                let Some(item) = c.assessment.items.iter().find(|i| i.id == id) else {
                    self.answered = true;
                    self.earlier_answers.extend(id.bytes().chain([0]).chain(answer.bytes()).chain([0]));
                    return;
                };
                self.answered = true;
                if answer.is_empty() {
                    return;
                }
                // The option by its text in any language; else the only
                // option with that score (a spreadsheet may retype text).
                let by_text = item.choices.iter().find(|ch| ch.text.all().any(|t| t.trim() == answer));
                // Scores as `export::csv` wrote them: ladder values −1…+1 as 0–100.
                let value = |v: f64| if item.kind.is_ladder() { (v + 1.0) / 2.0 } else { v };
                let by_score = || {
                    let s = parse_score(score)?;
                    let mut same = item.choices.iter().filter(|ch| percent(value(ch.value)) == u32::from(s));
                    let first = same.next()?;
                    same.next().is_none().then_some(first)
                };
                if let Some(ch) = by_text.or_else(by_score) {
                    self.answers.insert(item.id.clone(), ch.id.clone());
                }
            }
            "touchpoint" => {
                let rating = match answer {
                    "" => match score {
                        "" => None,
                        s => match parse_score(s) {
                            Some(0) => Some(-1),
                            Some(50) => Some(0),
                            Some(100) => Some(1),
                            _ => {
                                self.problem = Some(CsvProblem::Rating { line, value: s.to_string() });
                                return;
                            }
                        },
                    },
                    "+1" | "1" => Some(1),
                    "0" => Some(0),
                    "−1" | "-1" => Some(-1),
                    other => {
                        self.problem = Some(CsvProblem::Rating { line, value: other.to_string() });
                        return;
                    }
                };
                if self.touchpoints.len() < crate::walk::journey::MAX_TOUCHPOINTS + 1 {
                    self.touchpoints.push((id.to_string(), cell(2).to_string(), rating));
                }
            }
            // Notes never enter the team view; blank rows and columns a
            // spreadsheet added are passed over.
            _ => {}
        }
    }

    /// The finished result.
    pub fn finish(self, c: &Content, fingerprint: u32) -> Result<Entry, Refusal> {
        if let Some(p) = self.problem {
            return Err(Refusal::Csv(p));
        }
        let model = self.model.unwrap_or(1);
        if self.other_content {
            return Err(Refusal::OtherContent);
        }
        let assessment = if self.level_rows == 0 {
            None
        } else {
            let levels = match self.levels {
                [Some(a), Some(b), Some(c)] if self.level_rows == 3 && self.chosen.len() == 1 => [a, b, c],
                _ => return Err(Refusal::Csv(CsvProblem::Levels { line: self.line })),
            };
            // Answers to questions this build does not ask cannot be scored
            // again: the figures could not be checked (`verify`).
            if !self.earlier_answers.is_empty() {
                return Err(if model < entry::MODEL { Refusal::EarlierQuestions } else { Refusal::OtherContent });
            }
            let stated =
                verify::Stated { model, level: self.chosen.first().copied(), levels, qualities: &self.qualities };
            let d = verify::assessment(c, None, &self.answers, &Default::default(), &[], &stated)?;
            Some(Figures {
                model: entry::MODEL,
                level: d.level,
                levels: d.levels,
                qualities: d.qualities,
                colleagues: 0,
                // Rows of a team's own export: taken (or counted anyway) before.
                careless: false,
            })
        };
        if self.touchpoints.len() > crate::walk::journey::MAX_TOUCHPOINTS {
            return Err(Refusal::TooManyTouchpoints);
        }
        let walk = self.walk(c);
        let rated = walk.as_ref().is_some_and(|w| w.counts().rated() > 0);
        if assessment.is_none() && !rated {
            return Err(Refusal::NotAResult);
        }
        // Identified by the payload a link of the same result would carry
        // (without day or label, which CSV lacks) and the figures.
        let shared = Shared {
            day: None,
            label: None,
            role: None,
            colleagues: None,
            evidence: None,
            items: None,
            role_short: None,
            name: None,
            foreign: None,
            answers: self.answered.then(|| {
                c.assessment
                    .items
                    .iter()
                    .map(|i| {
                        let chosen = self.answers.get(&i.id)?;
                        i.choices.iter().position(|ch| &ch.id == chosen).map(|p| p as u8)
                    })
                    .collect()
            }),
            walk: walk.as_ref().map(|w| SharedWalk {
                journey: match &w.journey {
                    JourneyKey::Template(id) => {
                        SharedJourney::Template(c.journeys.iter().position(|j| &j.id == id).unwrap_or(0))
                    }
                    JourneyKey::Custom { name, touchpoints } => SharedJourney::Custom {
                        name: name.clone(),
                        touchpoints: touchpoints
                            .iter()
                            .map(|n| SharedTouchpoint {
                                name: n.clone(),
                                channel: Channel::FaceToFace,
                                client: ClientKind::External,
                                handoff: false,
                            })
                            .collect(),
                    },
                },
                audits: w.marks.iter().map(|m| SharedAudit { rating: m.rating, ..SharedAudit::default() }).collect(),
            }),
        };
        // The figures follow from the answers now, so the payload is the result.
        Ok(Entry {
            id: entry::identity(&shared, fingerprint, b"csv"),
            day: None,
            label: None,
            assessment,
            walk: walk.filter(|_| rated),
            answers: Some(entry::answers_digest(&shared, fingerprint)),
            sealed: false,
        })
    }

    /// The walk's touchpoints: a template when their ids and names are the
    /// template's, else a journey of the sender's own.
    fn walk(&self, c: &Content) -> Option<WalkFigures> {
        if self.touchpoints.is_empty() {
            return None;
        }
        let names: Vec<Text> = self.touchpoints.iter().map(|(_, n, _)| Text::same(n.clone())).collect();
        let given: Vec<(&Text, Option<bool>)> = names.iter().map(|n| (n, None)).collect();
        let template = entry::template_like(c, &given)
            .filter(|j| j.touchpoints.iter().zip(&self.touchpoints).all(|(t, (id, _, _))| &t.id == id));
        let marks = self
            .touchpoints
            .iter()
            .enumerate()
            .map(|(i, (_, _, rating))| Mark {
                rating: *rating,
                handoff: template.and_then(|j| j.touchpoints.get(i)).is_some_and(|t| t.handoff),
                ..Mark::default()
            })
            .collect();
        let journey = match template {
            Some(j) => JourneyKey::Template(j.id.clone()),
            None => JourneyKey::Custom {
                name: String::new(),
                touchpoints: self.touchpoints.iter().map(|(_, n, _)| n.clone()).collect(),
            },
        };
        Some(WalkFigures { journey, marks })
    }
}

fn parse_score(s: &str) -> Option<u8> {
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<u8>().ok().filter(|v| *v <= 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(usize, Result<Vec<String>, BadRow>)> {
        let mut cur = Cursor::start(text);
        std::iter::from_fn(|| next_row(text, &mut cur)).collect()
    }

    fn ok(fields: &[&str]) -> Result<Vec<String>, BadRow> {
        Ok(fields.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn rfc_4180_rows_with_quotes_and_line_breaks() {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n'=1+2,'plain,\n";
        assert_eq!(
            rows(text),
            [
                (1, ok(&["a", "b", "c"])),
                (2, ok(&["x, y", "say \"hi\"", "two\nlines"])),
                (4, ok(&["=1+2", "'plain", ""]))
            ]
        );
    }

    #[test]
    fn spreadsheet_resaves_are_read() {
        let text = "\u{FEFF}section;id;name;answer;score\r\nlevel;regulated;Régulée;level;81";
        assert!(sniff(text));
        assert_eq!(rows(text)[1], (2, ok(&["level", "regulated", "Régulée", "level", "81"])));
        assert!(sniff("\n\"section\"\t\"id\"\tname\tanswer\tscore\n"));
        assert!(!sniff("id,name\n"));
        assert!(!sniff("{\"schema\":2}"));
    }

    #[test]
    fn oversized_rows_are_refused_and_passed_over() {
        let wide = format!("{}\nnext,row\n", vec!["x"; MAX_FIELDS + 1].join(","));
        let r = rows(&wide);
        assert_eq!(r[0], (1, Err(BadRow)));
        assert_eq!(r[1], (2, ok(&["next", "row"])));
        let long = format!("\"{}\nnever closed", "y".repeat(MAX_FIELD_CHARS + 1));
        assert_eq!(rows(&long), [(1, Err(BadRow))]);
    }

    #[test]
    fn scores_are_whole_numbers_to_100() {
        assert_eq!(parse_score("0"), Some(0));
        assert_eq!(parse_score("100"), Some(100));
        assert_eq!(parse_score("101"), None);
        assert_eq!(parse_score("-1"), None);
        assert_eq!(parse_score("5.5"), None);
        assert_eq!(parse_score(""), None);
    }
}
