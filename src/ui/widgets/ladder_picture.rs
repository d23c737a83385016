//! The three steps of client orientation as a hand-drawn ladder, with
//! "you are here" on a step — or between two steps when the result is
//! mixed. Each step carries its gloss from the seeds: the rung of the
//! expectation ladder it stands on and the service levels (satisfy →
//! exceed → delight → amaze) that go with that rung.

use crate::check::scoring::Place;
use crate::content::Level;
use crate::text::lang::Lang;
use crate::ui::state::AppState;
use crate::ui::widgets::chart::wrap;
use leptos::either::Either;
use leptos::prelude::*;

const WIDTH: u32 = 300;
/// Where the names and glosses start, right of the ladder's rails.
const TEXT_X: u32 = 70;
const RAIL_LEFT: u32 = 14;
const RAIL_RIGHT: u32 = 54;
/// Characters of a gloss line at its font size (the picture is never
/// drawn narrower than a 320 px screen allows).
const GLOSS_CHARS: usize = 30;

/// A step's gloss: its rung of the expectation ladder and the seeds' words
/// for it — the service levels on that rung, or for the spontaneous step,
/// which swings between rungs, the seed's own definition.
pub fn gloss(st: AppState, level: Level, lang: Lang) -> String {
    let c = st.content;
    let names = |rung: i8| c.concepts.service_levels_on(rung).map(|s| s.name.get(lang)).collect::<Vec<_>>().join(" · ");
    match level {
        Level::Spontaneous => {
            let summary = c.assessment.level(level).map_or("", |l| l.summary.get(lang));
            format!("−1 … +1 · {summary}")
        }
        Level::Regulated => format!("0 · {}", names(0)),
        Level::Cultural => format!("+1 · {}", names(1)),
    }
}

/// What the picture says, for its accessible name and the result's text.
pub fn where_text(st: AppState, place: Place, lang: Lang) -> String {
    let a = &st.content.assessment;
    match place {
        Place::On(l) => lang.f("widgets_ladder_picture.you_are_here", &[("level", &a.short_name(l, lang))]),
        Place::Between(lo, hi) => lang.f(
            "widgets_ladder_picture.you_are_between",
            &[("lower", &a.short_name(lo, lang)), ("upper", &a.short_name(hi, lang))],
        ),
    }
}

struct Row {
    level: Level,
    /// The top of the row, the rung's height and the row's bottom.
    top: u32,
    rung: u32,
    bottom: u32,
    /// Baselines of the tag (when "you are here" is on this step), the name and each gloss line.
    tag: Option<u32>,
    name: u32,
    gloss: Vec<(u32, String)>,
}

#[component]
pub fn LadderPicture(place: Place) -> impl IntoView {
    let st = crate::ui::state::use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let a = &st.content.assessment;

    // Rows from the top step down; the "between" tag sits in the gap
    // below the higher of the two steps.
    let mut y = 8;
    let mut rows = Vec::new();
    let mut between_tag = None;
    for level in [Level::Cultural, Level::Regulated, Level::Spontaneous] {
        let top = y;
        let tag = (place == Place::On(level)).then(|| {
            y += 14;
            y
        });
        let name = y + 18;
        let mut line = name;
        let gloss = wrap(&gloss(st, level, lang), GLOSS_CHARS)
            .into_iter()
            .map(|text| {
                line += 15;
                (line, text)
            })
            .collect();
        let bottom = line + 9;
        y = bottom + 6;
        if matches!(place, Place::Between(_, hi) if hi == level) {
            between_tag = Some(y + 8);
            y += 20;
        }
        rows.push(Row { level, top, rung: name - 5, bottom, tag, name, gloss });
    }
    let height = y;
    let row = |l: Level| rows.iter().find(|r| r.level == l);
    // The highlighted band and the marker on the ladder.
    let (band_top, band_bottom, marker_y) = match place {
        Place::On(l) => row(l).map_or((0, 0, 0), |r| (r.top, r.bottom, r.rung)),
        Place::Between(lo, hi) => match (row(lo), row(hi)) {
            (Some(lo), Some(hi)) => (hi.top, lo.bottom, (hi.rung + lo.rung) / 2),
            _ => (0, 0, 0),
        },
    };

    let here_word = t("widgets_ladder_picture.you_are_here");
    let between_word = t("widgets_ladder_picture.you_are_between_steps");
    let rungs = rows
        .iter()
        .map(|r| {
            let on = match place {
                Place::On(l) => l == r.level,
                Place::Between(lo, hi) => lo == r.level || hi == r.level,
            };
            let gloss = r
                .gloss
                .iter()
                .map(|(y, text)| view! { <tspan x=TEXT_X.to_string() y=y.to_string()>{text.clone()}</tspan> })
                .collect_view();
            let tag = r.tag.map(|y| {
                view! { <text class="ladder-tag" x=TEXT_X.to_string() y=y.to_string()>{here_word}</text> }
            });
            view! {
                <g class="ladder-step" class:ladder-on=on>
                    <line class="ladder-rung" x1=RAIL_LEFT.to_string() x2=RAIL_RIGHT.to_string()
                        y1=r.rung.to_string() y2=r.rung.to_string()></line>
                    {tag}
                    <text class="ladder-name" x=TEXT_X.to_string() y=r.name.to_string()>{a.short_name(r.level, lang).to_string()}</text>
                    <text class="ladder-gloss">{gloss}</text>
                </g>
            }
        })
        .collect_view();
    let between = between_tag.map(|y| {
        view! { <text class="ladder-tag" x=TEXT_X.to_string() y=y.to_string()>{between_word}</text> }
    });
    let marker = match place {
        Place::On(_) => Either::Left(view! {
            <circle class="ladder-marker" cx=((RAIL_LEFT + RAIL_RIGHT) / 2).to_string() cy=marker_y.to_string() r="9"></circle>
        }),
        // Between two rungs: a marker standing across the gap.
        Place::Between(..) => {
            let x = (RAIL_LEFT + RAIL_RIGHT) / 2;
            let d =
                format!("M{x} {} L{} {marker_y} L{x} {} L{} {marker_y} Z", marker_y - 13, x + 9, marker_y + 13, x - 9);
            Either::Right(view! { <path class="ladder-marker" d=d></path> })
        }
    };
    let summary = [Level::Cultural, Level::Regulated, Level::Spontaneous]
        .iter()
        .map(|&l| format!("{} — {}", a.short_name(l, lang), gloss(st, l, lang)))
        .collect::<Vec<_>>()
        .join("; ");
    let label = format!(
        "{}: {summary}. {}.",
        t("widgets_ladder_picture.the_three_steps_of_client"),
        where_text(st, place, lang)
    );
    view! {
        <svg class="ladder" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=label focusable="false">
            <rect class="ladder-band" x="1" y=band_top.saturating_sub(3).to_string() width=(WIDTH - 2).to_string()
                height=(band_bottom.saturating_sub(band_top) + 6).to_string() rx="8"></rect>
            <line class="ladder-rail" x1=RAIL_LEFT.to_string() x2=RAIL_LEFT.to_string() y1="2" y2=(height - 2).to_string()></line>
            <line class="ladder-rail" x1=RAIL_RIGHT.to_string() x2=RAIL_RIGHT.to_string() y1="2" y2=(height - 2).to_string()></line>
            {rungs}
            {between}
            {marker}
        </svg>
    }
}
