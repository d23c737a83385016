//! The journey map as a picture for a 16:9 slide: a standalone SVG
//! document drawn from `journey_map::grid` — touchpoints as columns (name,
//! department, hand-off mark), the emotion row (the ladder curve with
//! faces over three bands), and rows for what the client expected, what
//! happened and what to fix, with a legend. The app turns the same SVG
//! into a PNG through a canvas, so nothing leaves the device.
//!
//! Pure text out: integers only (no float printing in the wasm), every
//! piece of text escaped, long text wrapped by an estimate of its width
//! and cut with "…" where a row is full.

use crate::content::Ladder;
use crate::text::lang::Lang;
use crate::walk::journey::Journey;
use crate::walk::map::{self as journey_map, Face, Legend};
use crate::walk::record::{Rating, Walk};
use std::fmt::Write;

/// The picture's size: a full-HD 16:9 slide.
pub const WIDTH: i32 = 1920;
pub const HEIGHT: i32 = 1080;

const MARGIN: i32 = 56;
/// The column of row labels.
const LABELS: i32 = 210;
/// Written without spaces: a CSS font list, not words.
const FONT: &str = "system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif";
const SVG_NS: &str = "http://www.w3.org/2000/svg";

// The palette of the app's design tokens (style/main.css), fixed here: a
// slide has no stylesheet.
const WHITE: &str = "#ffffff";
const TEXT: &str = "#1b1f24";
const MUTED: &str = "#4a5360";
const LINE: &str = "#d5dae1";
const BAD: &str = "#a4262c";
const NEUTRAL: &str = "#8a5d00";
const GOOD: &str = "#1d6b35";
const BAD_SOFT: &str = "#fbeced";
const NEUTRAL_SOFT: &str = "#fbf3e3";
const GOOD_SOFT: &str = "#e9f4ec";

/// The band colour and its tint for a rating.
pub fn band(rating: i8) -> (&'static str, &'static str) {
    match rating {
        r if r < 0 => (BAD, BAD_SOFT),
        0 => (NEUTRAL, NEUTRAL_SOFT),
        _ => (GOOD, GOOD_SOFT),
    }
}

/// The mouth of a face drawn in a 40 × 40 box (the eyes are two dots at
/// (14, 16) and (26, 16)); the same shapes the app draws on screen.
pub fn mouth(face: Face) -> &'static str {
    match face {
        Face::Sad => "M12 30 Q20 22 28 30",
        Face::Neutral => "M13 27 H27",
        Face::Happy => "M12 24 Q20 32 28 24",
    }
}

pub use crate::text::escape::svg as escape;

/// Breaks text into at most `max_lines` lines of about `width` characters,
/// at spaces; a word longer than a line is cut, and text that does not fit
/// ends with "…".
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let width = width.max(4);
    let mut lines: Vec<String> = Vec::new();
    let mut cut = false;
    for word in text.split_whitespace() {
        let mut word: String = word.to_string();
        loop {
            let fits_here = lines.last().is_some_and(|l| l.chars().count() + 1 + word.chars().count() <= width);
            if fits_here {
                let line = lines.last_mut().expect("a line");
                line.push(' ');
                line.push_str(&word);
                break;
            }
            if lines.len() == max_lines {
                cut = true;
                break;
            }
            if word.chars().count() <= width {
                lines.push(word);
                break;
            }
            // A word wider than a line: as much as fits, then the rest.
            let head: String = word.chars().take(width - 1).collect();
            let rest: String = word.chars().skip(width - 1).collect();
            lines.push(format!("{head}-"));
            word = rest;
        }
        if cut {
            break;
        }
    }
    if cut && let Some(last) = lines.last_mut() {
        let keep = width.saturating_sub(1);
        if last.chars().count() > keep {
            *last = last.chars().take(keep).collect();
        }
        last.push('…');
    }
    lines
}

struct Canvas {
    out: String,
}

impl Canvas {
    /// Lines of text from (x, y) down, `size` px apart by `size * 5 / 4`.
    fn text(&mut self, x: i32, y: i32, size: i32, attrs: &str, lines: &[String]) -> i32 {
        let step = size * 5 / 4;
        if lines.is_empty() {
            return y;
        }
        let _ = write!(self.out, r#"<text x="{x}" y="{y}" font-size="{size}" {attrs}>"#);
        for (i, line) in lines.iter().enumerate() {
            let dy = if i == 0 { 0 } else { step };
            let _ = write!(self.out, r#"<tspan x="{x}" dy="{dy}">{}</tspan>"#, escape(line));
        }
        self.out.push_str("</text>");
        y + step * (lines.len() as i32 - 1) + step
    }

    fn face(&mut self, cx: i32, cy: i32, size: i32, rating: i8, suggested: bool) {
        let (stroke, fill) = band(rating);
        let dash = if suggested { r#" stroke-dasharray="4 3""# } else { "" };
        let _ = write!(
            self.out,
            r#"<svg x="{}" y="{}" width="{size}" height="{size}" viewBox="0 0 40 40"><circle cx="20" cy="20" r="18" fill="{fill}" stroke="{stroke}" stroke-width="2.5"{dash}/><circle cx="14" cy="16" r="2.4" fill="{stroke}"/><circle cx="26" cy="16" r="2.4" fill="{stroke}"/><path d="{}" fill="none" stroke="{stroke}" stroke-width="2.5" stroke-linecap="round"/></svg>"#,
            cx - size / 2,
            cy - size / 2,
            mouth(Face::of(rating)),
        );
    }

    fn diamond(&mut self, cx: i32, cy: i32, r: i32) {
        let _ = write!(
            self.out,
            r#"<path d="M{cx} {} L{} {cy} L{cx} {} L{} {cy} Z" fill="{WHITE}" stroke="{TEXT}" stroke-width="2.5"/>"#,
            cy - r,
            cx + r,
            cy + r,
            cx - r
        );
    }
}

/// Characters of text `size` px high that fit in `width` px (an average
/// glyph is about 0.6 of the font size wide in the wider sans fonts; bold
/// a tenth more).
fn chars_in(width: i32, size: i32) -> usize {
    (width * 100 / (size * 60)).max(4) as usize
}

fn bold_chars_in(width: i32, size: i32) -> usize {
    (width * 100 / (size * 66)).max(4) as usize
}

/// The journey map as an SVG document, `WIDTH` × `HEIGHT`.
pub fn svg(journey: &Journey, walk: &Walk, ladder: &Ladder, lang: Lang) -> String {
    let grid = journey_map::grid(journey, walk, ladder);
    let map = journey_map::map(journey, walk, ladder);
    let n = grid.columns.len().max(1) as i32;
    let col = (WIDTH - 2 * MARGIN - LABELS) / n;
    // Text shrinks as columns narrow, within reason.
    let fs = (col / 14).clamp(11, 20);
    let lh = fs * 5 / 4;
    let head_fs = (fs + 4).min(24);
    let mut c = Canvas { out: String::new() };
    let _ = write!(
        c.out,
        r#"<svg xmlns="{SVG_NS}" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{FONT}"><rect width="{WIDTH}" height="{HEIGHT}" fill="{WHITE}"/>"#
    );

    // Title and the balance line.
    let title = lang.f("walk_slide.title", &[("name", &journey.name.get(lang))]);
    c.text(MARGIN, MARGIN + 34, 40, &format!(r#"font-weight="700" fill="{TEXT}""#), &wrap(&title, 80, 1));
    let k = map.counts;
    let balance = map.balance.map_or_else(|| "—".to_string(), signed);
    let counts: [(&str, &dyn std::fmt::Display); 5] = [
        ("balance", &balance),
        ("bad", &k.disappointment),
        ("standard", &k.standard),
        ("wow", &k.wow),
        ("unrated", &k.unrated),
    ];
    let line = lang.f("walk_slide.balance", &counts);
    c.text(MARGIN, MARGIN + 80, 24, &format!(r#"fill="{MUTED}""#), &[line]);

    // Rows: the header (name, who), emotion, expected, happened, fix. What
    // the client expected is short (three lines); what happened and what to
    // fix share the rest.
    let left = MARGIN + LABELS;
    let head_top = MARGIN + 118;
    let emo_top = head_top + head_fs * 5 / 4 * 2 + lh + 16;
    let emo_h = 180;
    let legend_top = HEIGHT - MARGIN - 34;
    let rows_top = emo_top + emo_h + 14;
    let expected_h = lh * 3 + 20;
    let other_h = (legend_top - 20 - rows_top - expected_h) / 2;
    let row_tops = [rows_top, rows_top + expected_h, rows_top + expected_h + other_h];
    let row_lines = [3usize, ((other_h - 20) / lh).max(1) as usize, ((other_h - 20) / lh).max(1) as usize];
    let label_fs = 20;

    // Bands of the ladder behind the emotion row, −1 at the bottom.
    let band_h = emo_h / 3;
    for (i, r) in [1i8, 0, -1].into_iter().enumerate() {
        let (_, soft) = band(r);
        let y = emo_top + band_h * i as i32;
        let _ = write!(c.out, r#"<rect x="{left}" y="{y}" width="{}" height="{band_h}" fill="{soft}"/>"#, col * n);
        let _ = write!(
            c.out,
            r#"<text x="{}" y="{}" font-size="18" text-anchor="end" fill="{MUTED}">{}</text>"#,
            left - 10,
            y + band_h / 2 + 6,
            crate::document::export::rating_text(Some(r))
        );
    }
    // Row labels and the lines between rows.
    let labels = [
        (emo_top + 26, lang.t("walk_slide.feeling")),
        (row_tops[0] + 26, lang.t("walk_slide.expected")),
        (row_tops[1] + 26, lang.t("walk_slide.happened")),
        (row_tops[2] + 26, lang.t("walk_slide.fix")),
    ];
    for (y, label) in labels {
        c.text(MARGIN, y, label_fs, &format!(r#"font-weight="700" fill="{TEXT}""#), &wrap(label, 14, 2));
    }
    for y in [emo_top + emo_h + 6, row_tops[1] - 6, row_tops[2] - 6] {
        let _ = write!(
            c.out,
            r#"<line x1="{MARGIN}" x2="{}" y1="{y}" y2="{y}" stroke="{LINE}" stroke-width="2"/>"#,
            WIDTH - MARGIN
        );
    }

    // The curve first, the faces over it.
    let ratings: Vec<Option<Rating>> = grid.columns.iter().map(|c| c.emotion.map(|e| e.rating)).collect();
    let line = curve(&ratings, left, emo_top, col, band_h);
    if !line.path.is_empty() {
        let _ = write!(
            c.out,
            r#"<path d="{}" fill="none" stroke="{TEXT}" stroke-width="3" stroke-linejoin="round"/>"#,
            line.path
        );
    }
    let face = (band_h - 10).min(col - 16).clamp(18, 56);
    let text_w = col - 20;
    for (i, column) in grid.columns.iter().enumerate() {
        let x = left + col * i as i32 + 10;
        // Header: the hand-off mark, the name and who.
        let mut name_x = x;
        if column.handoff {
            c.diamond(x + 9, head_top + head_fs / 2 - 2, 9);
            name_x = x + 26;
        }
        let name = wrap(column.name.get(lang), bold_chars_in(text_w - (name_x - x), head_fs), 2);
        let y = c.text(name_x, head_top + head_fs, head_fs, &format!(r#"font-weight="700" fill="{TEXT}""#), &name);
        c.text(x, y + 2, fs, &format!(r#"fill="{MUTED}""#), &wrap(column.who.get(lang), chars_in(text_w, fs), 1));
        if i > 0 {
            let lx = left + col * i as i32;
            let _ = write!(
                c.out,
                r#"<line x1="{lx}" x2="{lx}" y1="{head_top}" y2="{}" stroke="{LINE}" stroke-width="2"/>"#,
                legend_top - 20
            );
        }
        // Emotion.
        match line.points.iter().find(|p| p.touchpoint == i) {
            Some(p) => c.face(p.x, p.y, face, p.rating, p.suggested),
            None => {
                let _ = write!(
                    c.out,
                    r#"<text x="{}" y="{}" font-size="{fs}" text-anchor="middle" fill="{MUTED}">{}</text>"#,
                    left + col * i as i32 + col / 2,
                    emo_top + emo_h / 2 + fs / 3,
                    escape(lang.t("walk_slide.not_rated"))
                );
            }
        }
        // Expected, happened, fix.
        let width = chars_in(text_w, fs);
        c.text(
            x,
            row_tops[0] + fs + 4,
            fs,
            &format!(r#"fill="{TEXT}""#),
            &wrap(column.expected.get(lang), width, row_lines[0]),
        );
        let mut happened_lines: Vec<(String, &str)> = Vec::new();
        for &b in &column.happened {
            let behaviour = &ladder.behaviours[b];
            for l in wrap(&format!("• {}", behaviour.text.get(lang)), width, 2) {
                happened_lines.push((l, band(behaviour.rung).0));
            }
        }
        for &f in &column.failed_checks {
            for l in wrap(&format!("• {}", ladder.handoff_checks[f].failed.get(lang)), width, 3) {
                happened_lines.push((l, BAD));
            }
        }
        let mut y = row_tops[1] + fs + 4;
        let shown = happened_lines.len().min(row_lines[1]);
        for (j, (l, colour)) in happened_lines.iter().take(shown).enumerate() {
            let l = if j + 1 == shown && happened_lines.len() > shown { format!("{l} …") } else { l.clone() };
            y = c.text(x, y, fs, &format!(r#"fill="{colour}""#), &[l]);
        }
        if happened_lines.is_empty() {
            c.text(x, y, fs, &format!(r#"fill="{MUTED}""#), &["—".to_string()]);
        }
        let mut fix_lines: Vec<String> = Vec::new();
        for f in column.fix.iter().filter_map(|f| f.fix(ladder)) {
            let room = row_lines[2].saturating_sub(fix_lines.len());
            fix_lines.extend(wrap(&format!("• {}", f.get(lang)), width, room));
        }
        if column.unexplained {
            // A −1 is a thing to fix even when nothing says why.
            fix_lines.extend(wrap(lang.t("walk_slide.add_what_happened"), width, row_lines[2]));
        }
        if fix_lines.is_empty() {
            fix_lines.push("—".to_string());
        }
        c.text(x, row_tops[2] + fs + 4, fs, &format!(r#"fill="{TEXT}""#), &fix_lines);
    }

    // The legend: the rungs, then the marks the map uses.
    let mut x = MARGIN;
    let y = legend_top + 10;
    for item in &grid.legend {
        match *item {
            Legend::Rung(r) => {
                c.face(x + 16, y, 32, r, false);
                let name =
                    format!("{} {}", crate::document::export::rating_text(Some(r)), ladder.rung(r).name.get(lang));
                c.text(x + 40, y + 7, 20, &format!(r#"fill="{TEXT}""#), std::slice::from_ref(&name));
                x += 76 + name.chars().count() as i32 * 12;
            }
            Legend::Handoff => {
                c.diamond(x + 10, y, 10);
                let name = ladder.handoff.name.get(lang).to_string();
                c.text(x + 28, y + 7, 20, &format!(r#"fill="{TEXT}""#), std::slice::from_ref(&name));
                x += 66 + name.chars().count() as i32 * 12;
            }
            Legend::Suggested => {
                let _ = write!(
                    c.out,
                    r#"<circle cx="{}" cy="{y}" r="13" fill="none" stroke="{TEXT}" stroke-width="2.5" stroke-dasharray="4 3"/>"#,
                    x + 14
                );
                let name = lang.t("walk_slide.suggested").to_string();
                c.text(x + 36, y + 7, 20, &format!(r#"fill="{TEXT}""#), std::slice::from_ref(&name));
                x += 72 + name.chars().count() as i32 * 12;
            }
            Legend::Unrated => {}
        }
    }
    c.out.push_str("</svg>");
    c.out
}

/// Where a touchpoint's face sits on the emotion curve.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub touchpoint: usize,
    pub x: i32,
    pub y: i32,
    pub rating: i8,
    pub suggested: bool,
}

/// The emotion curve over three bands of `band_h` (+1 at the top, from
/// `top`), one column of `col` per touchpoint from `left`: the slide's
/// emotion row, and the map's one picture of the whole journey on a phone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Curve {
    /// The rated touchpoints, in journey order.
    pub points: Vec<Point>,
    /// The line through them (`M x y L x y …`), lifted where a touchpoint
    /// is not rated; empty when nothing is.
    pub path: String,
}

/// The centre of touchpoint `i`'s column.
pub fn column_x(left: i32, col: i32, i: usize) -> i32 {
    left + col * i as i32 + col / 2
}

/// The middle of a rating's band.
pub fn band_y(top: i32, band_h: i32, rating: i8) -> i32 {
    top + band_h * (1 - i32::from(rating.clamp(-1, 1))) + band_h / 2
}

pub fn curve(ratings: &[Option<Rating>], left: i32, top: i32, col: i32, band_h: i32) -> Curve {
    let mut points = Vec::new();
    let mut path = String::new();
    let mut pen_down = false;
    for (i, r) in ratings.iter().enumerate() {
        match r {
            Some(r) => {
                let (x, y) = (column_x(left, col, i), band_y(top, band_h, r.value));
                let _ = write!(path, "{}{x} {y} ", if pen_down { "L" } else { "M" });
                pen_down = true;
                points.push(Point { touchpoint: i, x, y, rating: r.value.clamp(-1, 1), suggested: r.suggested });
            }
            None => pen_down = false,
        }
    }
    Curve { points, path: path.trim_end().to_string() }
}

/// "+20", "0", "−35": a balance as people write it.
pub fn signed(n: i32) -> String {
    match n {
        n if n > 0 => format!("+{n}"),
        n if n < 0 => format!("−{}", -n),
        _ => "0".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_cuts_what_does_not_fit() {
        assert_eq!(wrap("one two three", 7, 3), ["one two", "three"]);
        assert_eq!(wrap("one two three four", 7, 2), ["one two", "three…"]);
        assert_eq!(wrap("", 7, 2), Vec::<String>::new());
        assert_eq!(wrap("serviceorientation", 7, 3), ["servic-", "eorien-", "tation"]);
        for l in wrap("a b c d e f g h i j k l m n o p", 5, 2) {
            assert!(l.chars().count() <= 5, "{l}");
        }
    }

    #[test]
    fn the_curve_is_lifted_where_a_touchpoint_is_not_rated() {
        let r = |value: i8| Some(Rating { value, suggested: false });
        let c = curve(&[r(1), r(-1), None, r(0)], 10, 100, 60, 30);
        assert_eq!(c.path, "M40 115 L100 175 M220 145");
        assert_eq!(
            c.points.iter().map(|p| (p.touchpoint, p.x, p.y)).collect::<Vec<_>>(),
            [(0, 40, 115), (1, 100, 175), (3, 220, 145)]
        );
        assert_eq!(curve(&[None, None], 0, 0, 10, 10).path, "");
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("<b>&\"'</b>"), "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;");
    }
}
