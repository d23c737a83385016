//! The team's level distribution and a journey's heatmap as slide-sized
//! (1280 × 720) standalone SVG, for a meeting's slides; the browser turns
//! the same SVG into a PNG. Colours are written as attributes (there is no
//! stylesheet in a file on its own) and every text is escaped: labels and
//! journey names come from other people's devices.

use super::level::TeamLevel;
use super::walks::JourneyView;
use crate::content::{Content, Level};
use crate::text::lang::Lang;
use std::fmt::Write;

pub const WIDTH: u32 = 1280;
pub const HEIGHT: u32 = 720;
/// The font stack, as CSS lists it (joined with commas where used).
const FONTS: [&str; 6] = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Arial", "sans-serif"];
const TEXT: &str = "#1b1f24";
const MUTED: &str = "#4a5360";
const ACCENT: &str = "#1f5fa8";
/// −1, 0, +1 and "not rated", the same as on screen.
pub const BAD: &str = "#a4262c";
pub const NEUTRAL: &str = "#6b6f76";
pub const GOOD: &str = "#1d6b35";
const NONE: &str = "#ffffff";
/// Most walks drawn as rows; the rest are counted in a note.
pub const MAX_ROWS: usize = 50;

pub use crate::text::escape::xml as escape;

/// "1 walk", "3 walks": an English count of things.
pub fn count_en(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "+20", "0", "−35": a balance as people write it.
pub fn signed(n: i32) -> String {
    match n {
        n if n > 0 => format!("+{n}"),
        n if n < 0 => format!("−{}", -n),
        _ => "0".into(),
    }
}

fn open(out: &mut String, title: &str) {
    let font = FONTS.join(", ");
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" font-family="{font}"><title>{}</title><rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>"##,
        escape(title)
    );
}

fn text(out: &mut String, x: u32, y: u32, size: u32, fill: &str, weight: u32, s: &str) {
    let _ = write!(
        out,
        r##"<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" fill="{fill}">{}</text>"##,
        escape(s)
    );
}

/// Breaks `s` into lines of at most `chars` characters at spaces.
fn wrap(s: &str, chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in s.split(' ') {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= chars => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// A slide's title: as large as fits the width (bold Cyrillic runs about
/// 0.72 em a letter), in at most two lines; returns where the next line goes.
fn title(out: &mut String, s: &str) -> u32 {
    const AVAILABLE: u32 = WIDTH - 128;
    let fits = |chars: usize, size: u32| chars as u32 * size * 72 / 100 <= AVAILABLE;
    let n = s.chars().count();
    let size = (34..=40).rev().find(|size| fits(n, *size));
    let lines = match size {
        Some(_) => vec![s.to_string()],
        None => wrap(s, (AVAILABLE * 100 / (72 * 30)) as usize).into_iter().take(2).collect(),
    };
    let size = size.unwrap_or(30);
    let mut y = 40 + size;
    for line in &lines {
        text(out, 64, y, size, TEXT, 700, line);
        y += size + 8;
    }
    y + 4
}

fn footer(out: &mut String, lang: Lang, day: &str) {
    let s = format!("{} · {day}", lang.t("team_slides.service_ladder_staff_self_reports"));
    text(out, 64, HEIGHT - 36, 20, MUTED, 400, &s);
}

/// How many people sit at each level (and between levels), as bars.
/// `title` names the team (the collection), `day` the date printed.
pub fn distribution(c: &Content, team: &TeamLevel, title: &str, day: &str, lang: Lang) -> String {
    let a = &c.assessment;
    let mut out = String::new();
    let people = team.people();
    // The one headline rule (`level::Standing`), as on screen and in print.
    let named = team.standing().and_then(|s| s.level());
    let headline = match team.standing() {
        Some(s) => s.headline(c, lang),
        None => lang.t("team_slides.no_team_level_yet").to_string(),
    };
    open(&mut out, &headline);
    let below = self::title(&mut out, &headline);
    let args: [(&str, &dyn std::fmt::Display); 2] = [("title", &title), ("confidence", &team.confidence.words(lang))];
    let sub = lang.p("team_slides.distribution_sub", people as i64, &args);
    for (i, line) in wrap(&sub, 90).iter().take(2).enumerate() {
        text(&mut out, 64, below + 30 * i as u32, 24, MUTED, 400, line);
    }
    let mut rows: Vec<(String, usize, bool)> = Level::ALL
        .iter()
        .map(|l| (a.levels[l.index()].name.get(lang).to_string(), team.counts.count(*l), named == Some(*l)))
        .collect();
    if team.counts.between > 0 {
        rows.push((lang.t("team_slides.between_levels").to_string(), team.counts.between, false));
    }
    let (left, track) = (64u32, 1152u32);
    let mut y = (below + 90).max(230);
    let step = if rows.len() > 3 { 96 } else { 120 };
    for (name, n, main) in rows {
        let share = super::level::share(n, people);
        text(&mut out, left, y, 26, TEXT, if main { 700 } else { 400 }, &name);
        let w = track * share / 100;
        let _ = write!(out, r##"<rect x="{left}" y="{}" width="{track}" height="36" rx="6" fill="#eef1f5"/>"##, y + 14);
        if w > 0 {
            let fill = if main { ACCENT } else { NEUTRAL };
            let _ = write!(out, r##"<rect x="{left}" y="{}" width="{w}" height="36" rx="6" fill="{fill}"/>"##, y + 14);
        }
        let label = super::level::count_share(n, people, lang);
        let _ = write!(
            out,
            r##"<text x="{}" y="{y}" font-size="26" font-weight="700" fill="{TEXT}" text-anchor="end">{}</text>"##,
            left + track,
            escape(&label)
        );
        y += step;
    }
    footer(&mut out, lang, day);
    out.push_str("</svg>");
    out
}

/// Walks × touchpoints of one journey, each cell coloured by its rating.
pub fn heatmap(c: &Content, v: &JourneyView, title: &str, day: &str, lang: Lang) -> String {
    let mut out = String::new();
    let name = v.name.get(lang);
    let headline = lang.f("team_slides.name_ratings_per_touchpoint", &[("name", &name)]);
    open(&mut out, &headline);
    let below = self::title(&mut out, name);
    let k = v.counts;
    let balance = v.balance.map_or_else(|| "—".to_string(), signed);
    let args: [(&str, &dyn std::fmt::Display); 6] = [
        ("title", &title),
        ("balance", &balance),
        ("wow", &k.wow),
        ("standard", &k.standard),
        ("disappointment", &k.disappointment),
        ("unrated", &k.unrated),
    ];
    let sub = lang.p("team_slides.heatmap_sub", v.heatmap.len() as i64, &args);
    let sub_lines = wrap(&sub, 100);
    for (i, line) in sub_lines.iter().take(2).enumerate() {
        text(&mut out, 64, below + 28 * i as u32, 22, MUTED, 400, line);
    }

    let cols = v.columns.len().max(1) as u32;
    let rows = v.heatmap.len().clamp(1, MAX_ROWS) as u32;
    let top = below + 28 * sub_lines.len().min(2) as u32 + 40;
    let (left, width, height) = (112u32, 1104u32, 500u32.saturating_sub(top).max(200));
    let cw = (width / cols).min(120);
    let ch = (height / rows).clamp(6, 44);
    for (i, _) in v.columns.iter().enumerate() {
        let x = left + cw * i as u32 + cw / 2;
        let _ = write!(
            out,
            r##"<text x="{x}" y="{}" font-size="18" font-weight="700" fill="{TEXT}" text-anchor="middle">{}</text>"##,
            top - 10,
            i + 1
        );
    }
    for (r, row) in v.heatmap.iter().take(MAX_ROWS).enumerate() {
        let y = top + ch * r as u32;
        if ch >= 16 {
            let _ = write!(
                out,
                r##"<text x="{}" y="{}" font-size="{}" fill="{MUTED}" text-anchor="end">{}</text>"##,
                left - 10,
                y + ch / 2 + 6,
                ch.min(18),
                r + 1
            );
        }
        for (i, rating) in row.iter().enumerate() {
            let x = left + cw * i as u32;
            let (fill, mark) = match rating {
                Some(1) => (GOOD, "+"),
                Some(0) => (NEUTRAL, "0"),
                Some(_) => (BAD, "−"),
                None => (NONE, ""),
            };
            let _ = write!(
                out,
                r##"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}" stroke="#ffffff" stroke-width="2"/>"##,
                x, y, cw, ch
            );
            if rating.is_none() {
                let _ = write!(
                    out,
                    r##"<rect x="{}" y="{}" width="{}" height="{}" fill="none" stroke="#8a94a3" stroke-width="1"/>"##,
                    x + 2,
                    y + 2,
                    cw.saturating_sub(4),
                    ch.saturating_sub(4)
                );
            } else if ch >= 20 && cw >= 20 {
                let _ = write!(
                    out,
                    r##"<text x="{}" y="{}" font-size="{}" font-weight="700" fill="#ffffff" text-anchor="middle">{mark}</text>"##,
                    x + cw / 2,
                    y + ch / 2 + 7,
                    ch.min(22)
                );
            }
        }
    }
    let mut y = top + ch * rows + 34;
    if v.heatmap.len() > MAX_ROWS {
        let note = lang.f("team_slides.first_rows", &[("shown", &MAX_ROWS), ("total", &v.heatmap.len())]);
        text(&mut out, left, y, 18, MUTED, 400, &note);
        y += 28;
    }
    // The key: touchpoint numbers and names, then the colours.
    let key: Vec<String> = v
        .columns
        .iter()
        .enumerate()
        .map(|(i, col)| format!("{} {}{}", i + 1, col.name.get(lang), if col.handoff { " ⇄" } else { "" }))
        .collect();
    for line in wrap(&key.join(" · "), 110).iter().take(3) {
        text(&mut out, 64, y, 18, TEXT, 400, line);
        y += 24;
    }
    let mut x = 64u32;
    for (fill, label) in [
        (GOOD, format!("+1 {}", c.ladder.rung(1).name.get(lang))),
        (NEUTRAL, format!("0 {}", c.ladder.rung(0).name.get(lang))),
        (BAD, format!("−1 {}", c.ladder.rung(-1).name.get(lang))),
        (NONE, lang.t("team_slides.not_rated").to_string()),
    ] {
        let _ = write!(
            out,
            r##"<rect x="{x}" y="{}" width="18" height="18" fill="{fill}" stroke="#8a94a3"/>"##,
            y.min(HEIGHT - 80)
        );
        text(&mut out, x + 26, y.min(HEIGHT - 80) + 15, 18, TEXT, 400, &label);
        x += 26 + 11 * label.chars().count() as u32 + 30;
    }
    footer(&mut out, lang, day);
    out.push_str("</svg>");
    out
}
