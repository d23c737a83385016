//! What the manager sees: the team's level with its confidence and counts;
//! consistency — each quality's spread between people as a small chart,
//! and the plain sentence when the team is uneven; per group the level
//! distribution and quality profile side by side, small groups folded;
//! from walks a heatmap, the gravediggers, the weakest hand-off and the
//! balance index; and a kept collection compared as "before". Charts are
//! hand-written SVG with the figures in their accessible name and a table
//! beside them.

use crate::content::{Content, Level};
use crate::team::compare::{Change, Comparison};
use crate::team::consistency::Uneven;
use crate::team::groups::Group;
use crate::team::level::{Confidence, Standing, TeamLevel, share};
use crate::team::slides::signed;
use crate::team::spread::Spread;
use crate::team::walks::JourneyView;
use crate::text::lang::Lang;
use crate::ui::screens::team::parts::{ChangeTable, TrendMark};
pub use crate::ui::screens::team::parts::{level_short, quality_name};
use crate::ui::screens::team::work::{Figures, with_work};
use crate::ui::state::use_state;
use crate::ui::widgets::chart::{Bar, BarChart};
use leptos::either::Either;
use leptos::prelude::*;
use std::rc::Rc;

/// Most groups listed on screen (largest first); the rest are counted.
const MAX_GROUPS: usize = 40;
/// Most walks drawn in the heatmap on screen.
const MAX_ROWS: usize = crate::team::slides::MAX_ROWS;
/// Most gravediggers listed.
const MAX_GRAVES: usize = 5;

/// The team's heading, by the one headline rule (`level::Standing`).
pub fn headline(c: &Content, team: &TeamLevel, lang: Lang) -> String {
    match team.standing() {
        Some(s) => s.headline(c, lang),
        None => lang.t("team_view.no_team_level").to_string(),
    }
}

/// "16 people: spontaneous 3 (19 %), regulated 8 (50 %), cultural 5 (31 %)".
pub fn counts_line(c: &Content, team: &TeamLevel, lang: Lang) -> String {
    let parts: Vec<String> = Level::ALL
        .iter()
        .map(|l| format!("{} {}", level_short(c, *l, lang).to_lowercase(), team.counts.count_share(*l, lang)))
        .collect();
    let (n, levels, between) = (team.people() as i64, parts.join(", "), team.counts.between_share(lang));
    if team.counts.between > 0 {
        lang.p("team_view.counts_line_between", n, &[("levels", &levels), ("between", &between)])
    } else {
        lang.p("team_view.counts_line", n, &[("levels", &levels)])
    }
}

/// How many people sit at each level, as bars of their share.
#[component]
pub fn Distribution(team: TeamLevel) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let c = st.content;
    let n = team.people();
    let named = team.standing().and_then(|s| s.level());
    let mut bars: Vec<Bar> = Level::ALL
        .iter()
        .map(|l| Bar {
            label: level_short(c, *l, lang).to_string(),
            value: share(team.counts.count(*l), n),
            previous: None,
            highlight: named == Some(*l),
            text: Some(team.counts.count_share(*l, lang)),
        })
        .collect();
    if team.counts.between > 0 {
        bars.push(Bar {
            label: lang.t("team_view.between_levels").to_string(),
            value: share(team.counts.between, n),
            previous: None,
            highlight: false,
            text: Some(team.counts.between_share(lang)),
        });
    }
    view! { <BarChart bars=bars title=lang.t("team_view.share_of_people_at_each")/> }
}

/// Per quality: the range (line), the middle half (box) and the median
/// (tick and figure) of the people's scores, 0–100.
#[component]
pub fn SpreadChart(spreads: Vec<(String, Option<Spread>)>, #[prop(into)] title: String) -> impl IntoView {
    const WIDTH: u32 = 320;
    const LEFT: u32 = 0;
    const TRACK: u32 = 276;
    let x = |v: i16| (LEFT as i32 + i32::from(v.clamp(0, 100)) * TRACK as i32 / 100).to_string();
    let summary = spreads
        .iter()
        .map(|(name, s)| match s {
            Some(s) => format!("{name}: {} ({}–{}, {}–{})", s.median, s.q1, s.q3, s.min, s.max),
            None => format!("{name}: —"),
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut y = 0u32;
    let rows = spreads
        .into_iter()
        .map(|(name, s)| {
            let top = y;
            y += 40;
            let mid = top + 27;
            let body = s.map(|s| {
                view! {
                    <line class="spread-range" x1=x(s.min) x2=x(s.max) y1=mid.to_string() y2=mid.to_string()></line>
                    <rect class="spread-box" x=x(s.q1) y=(mid - 6).to_string()
                        width=(i32::from(s.q3 - s.q1).max(1) * TRACK as i32 / 100).max(2).to_string() height="12"></rect>
                    <line class="spread-median" x1=x(s.median) x2=x(s.median) y1=(mid - 9).to_string() y2=(mid + 9).to_string()></line>
                    <text class="chart-value" x=WIDTH.to_string() y=(mid + 5).to_string() text-anchor="end">{s.median.to_string()}</text>
                }
            });
            view! {
                <g>
                    <text class="chart-label" x="0" y=(top + 13).to_string()>{name}</text>
                    <line class="spread-track" x1=x(0) x2=x(100) y1=mid.to_string() y2=mid.to_string()></line>
                    {body}
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="chart spread" viewBox=format!("0 0 {WIDTH} {y}") role="img" focusable="false"
            aria-label=format!("{title}: {summary}")>
            {rows}
        </svg>
    }
}

/// Walks × touchpoints, each cell −1 / 0 / +1 (a sign in the cell too, for
/// print and colour blindness) or empty when not rated.
#[component]
pub fn Heatmap(view: Rc<JourneyView>, #[prop(into)] title: String) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    const WIDTH: u32 = 320;
    const LEFT: u32 = 24;
    const TOP: u32 = 16;
    let cols = view.columns.len().max(1) as u32;
    let cw = ((WIDTH - LEFT) / cols).clamp(6, 60);
    let rows = view.heatmap.len().min(MAX_ROWS);
    let ch = if rows > 25 { 8u32 } else { 16 };
    let height = TOP + ch * rows as u32 + 2;
    let summary = view
        .columns
        .iter()
        .zip(&view.per_touchpoint)
        .enumerate()
        .map(|(i, (col, k))| {
            format!(
                "{}. {}: +1 {}, 0 {}, −1 {}, {} {}",
                i + 1,
                col.name.get(lang),
                k.wow,
                k.standard,
                k.disappointment,
                lang.t("team_view.not_rated"),
                k.unrated
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let heads = (0..cols)
        .map(|i| {
            view! { <text class="curve-axis" x=(LEFT + cw * i + cw / 2).to_string() y="11" text-anchor="middle">{(i + 1).to_string()}</text> }
        })
        .collect_view();
    let cells = view
        .heatmap
        .iter()
        .take(MAX_ROWS)
        .enumerate()
        .map(|(r, row)| {
            let y = TOP + ch * r as u32;
            let label = (ch >= 12).then(|| {
                view! { <text class="curve-axis" x=(LEFT - 4).to_string() y=(y + ch - 4).to_string() text-anchor="end">{(r + 1).to_string()}</text> }
            });
            let cells = row
                .iter()
                .enumerate()
                .map(|(i, rating)| {
                    let x = LEFT + cw * i as u32;
                    let (class, sign, sign_class) = match rating {
                        Some(1) => ("heat good", "+", "heat-sign on-good"),
                        Some(0) => ("heat neutral", "0", "heat-sign on-neutral"),
                        Some(_) => ("heat bad", "−", "heat-sign on-bad"),
                        None => ("heat none", "", "heat-sign"),
                    };
                    let big = ch >= 12 && cw >= 12;
                    let sign = (big && !sign.is_empty()).then(|| {
                        view! { <text class=sign_class x=(x + cw / 2).to_string() y=(y + ch - 4).to_string() text-anchor="middle">{sign}</text> }
                    });
                    // Under 12 px a sign does not fit: +1 carries a cross and
                    // −1 a bar, so the two stay apart in greyscale (their
                    // colours are the same grey) and without colour.
                    let mark = (!big).then(|| small_mark(*rating, x, y, cw, ch)).flatten();
                    view! {
                        <rect class=class x=x.to_string() y=y.to_string() width=cw.to_string() height=ch.to_string()></rect>
                        {sign}
                        {mark.map(|(class, d)| view! { <path class=class d=d></path> })}
                    }
                })
                .collect_view();
            view! { {label}{cells} }
        })
        .collect_view();
    view! {
        <svg class="chart heatmap" viewBox=format!("0 0 {WIDTH} {height}") role="img" focusable="false"
            aria-label=format!("{title}. {summary}")>
            {heads}{cells}
        </svg>
    }
}

/// The mark of a cell too small for its sign: a cross on +1, a bar on −1.
fn small_mark(rating: Option<i8>, x: u32, y: u32, cw: u32, ch: u32) -> Option<(&'static str, String)> {
    let inset = if cw >= 8 { 2 } else { 1 };
    let (left, right, mid) = (x + inset, x + cw - inset, y + ch / 2);
    match rating {
        Some(1) => Some((
            "heat-mark on-good",
            format!("M{left} {mid}H{right}M{} {}V{}", x + cw / 2, y + inset, y + ch - inset),
        )),
        Some(r) if r < 0 => Some(("heat-mark on-bad", format!("M{left} {mid}H{right}"))),
        _ => None,
    }
}

/// A table of text in a scrolling region: column headings, then per row a
/// heading and its cells. One component for every table of the team
/// screen: each distinct view costs wasm of its own.
#[component]
pub fn TextTable(
    #[prop(into)] label: String,
    #[prop(optional)] caption: Option<String>,
    heads: Vec<String>,
    rows: Vec<(String, Vec<String>)>,
) -> impl IntoView {
    let heads = heads.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view();
    let rows = rows
        .into_iter()
        .map(|(h, cells)| {
            let cells = cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view();
            view! { <tr><th scope="row">{h}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=label>
            <table class="team-table">
                {caption.map(|c| view! { <caption>{c}</caption> })}
                <thead><tr>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The model switch, when results of several scoring models are present.
#[component]
fn Models(figures: Rc<Figures>) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let o = &figures.overview;
    let shown = o.model;
    let aside = (o.set_aside > 0).then(|| {
        view! { <p class="meta">{lang.p("team_view.set_aside", o.set_aside as i64, &[])}</p> }
    });
    let switch = (o.models.len() > 1).then(|| {
        let options = o
            .models
            .iter()
            .map(|m| {
                let text = lang.p("team_view.model_people", m.people as i64, &[("model", &m.model)]);
                view! { <option value=m.model.to_string() selected=shown == Some(m.model)>{text}</option> }
            })
            .collect_view();
        view! {
            <div class="field">
                <label for="team-model">{lang.t("team_view.show_results_of_the_model")}</label>
                <select id="team-model" on:change=move |ev| {
                    let v = event_target_value(&ev).parse::<u16>().ok();
                    with_work(st, |w| w.model = v);
                    st.redraw();
                    st.focus_later("team-model");
                }>{options}</select>
            </div>
        }
    });
    view! { {aside}{switch} }
}

/// A group's row: people, at each level and between levels as "n (pct %)",
/// its level by the headline rule ("mixed" without a clear majority).
pub fn group_row(c: &Content, g: &Group, lang: Lang) -> (String, Vec<String>) {
    let level = g.standing().map_or_else(|| "—".into(), |s| s.short(c, lang));
    let k = g.counts;
    let cells = vec![
        g.people().to_string(),
        k.count_share(Level::Spontaneous, lang),
        k.count_share(Level::Regulated, lang),
        k.count_share(Level::Cultural, lang),
        k.between_share(lang),
        level,
    ];
    (g.name.words(lang), cells)
}

/// The headings of `group_row`'s table.
pub fn group_heads(c: &Content, lang: Lang, first: bool) -> Vec<String> {
    let mut heads = Vec::new();
    if first {
        heads.push(lang.t("team_view.group").to_string());
    }
    heads.push(lang.t("team_view.people").to_string());
    heads.extend(Level::ALL.iter().map(|l| level_short(c, *l, lang).to_string()));
    heads.push(lang.t("team_view.between").to_string());
    heads.push(lang.t("team_view.group_level").to_string());
    heads
}

/// What the screen shows of the collection; `focus` and `trend` are the
/// parts drawn by their own modules (`team::focus`, `team::trend`), given
/// by the screen so that this module does not import them back.
#[component]
pub fn OverviewView(figures: Rc<Figures>, focus: AnyView, trend: AnyView) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let o = &figures.overview;
    let team = &o.level;

    // The level.
    let level = (team.people() > 0).then(|| {
        let confidence = team.level.map(|_| team.confidence.words(lang).to_string());
        view! {
            <section class="block team-level" aria-labelledby="team-level-title">
                <h3 id="team-level-title">{headline(c, team, lang)}</h3>
                {confidence.map(|x| view! { <p class="team-confidence">{x}</p> })}
                <p>{counts_line(c, team, lang)}</p>
                <Distribution team=team.clone()/>
                <p class="team-colleagues">
                    <span class="badge">{t("team_view.colleague_view_badge")}</span>" "
                    {lang.f("team_view.with_a_colleague_view", &[("n", &o.with_colleagues), ("total", &team.people())])}
                </p>
                <p class="meta">{t("team_view.each_person_counts_at_the")}</p>
            </section>
        }
    });

    // Consistency.
    let consistency = (team.people() > 0).then(|| {
        let spreads: Vec<(String, Option<Spread>)> =
            o.consistency.qualities.iter().enumerate().map(|(q, s)| (quality_name(c, q, lang), *s)).collect();
        let sentences = if o.consistency.is_uneven() {
            let items = o.consistency.uneven.iter().map(|u| view! { <li>{u.sentence(c, lang)}</li> }).collect_view();
            Either::Left(view! { <ul class="team-uneven">{items}</ul> })
        } else {
            Either::Right(view! { <p>{t("team_view.no_marked_spread_people_and")}</p> })
        };
        let rows: Vec<(String, Vec<String>)> = spreads
            .iter()
            .map(|(name, s)| {
                let cells = match s {
                    Some(s) => vec![
                        s.median.to_string(),
                        format!("{}–{}", s.q1, s.q3),
                        format!("{}–{}", s.min, s.max),
                        s.n.to_string(),
                    ],
                    None => texts(&["—", "—", "—", "0"]),
                };
                (name.clone(), cells)
            })
            .collect();
        let heads = texts(&[
            t("team_view.quality"),
            t("team_view.median"),
            t("team_view.middle_half"),
            t("team_view.range"),
            t("team_view.people"),
        ]);
        view! {
            <section class="block team-consistency" aria-labelledby="team-consistency-title">
                <h3 id="team-consistency-title">{t("team_view.consistency")}</h3>
                <p class="meta">{t("team_view.uneven_service_between_people_is")}</p>
                {sentences}
                <SpreadChart spreads=spreads title=t("team_view.spread_of_scores_per_quality")/>
                <details class="table-view">
                    <summary>{t("team_view.show_as_a_table")}</summary>
                    <TextTable label=t("team_view.spread_per_quality") heads=heads rows=rows/>
                </details>
            </section>
        }
    });

    // Groups.
    let groups = (team.people() > 0).then(|| {
        let g = &o.groups;
        let drawn: Vec<&Group> = g.all().collect();
        let body = if drawn.is_empty() {
            Either::Left(view! { <p>{lang.f("team_view.groups_hidden", &[("threshold", &g.threshold)])}</p> })
        } else {
            let level_rows: Vec<(String, Vec<String>)> =
                drawn.iter().take(MAX_GROUPS).map(|gr| group_row(c, gr, lang)).collect();
            let mut heads = vec![t("team_view.quality").to_string()];
            heads.extend(drawn.iter().take(MAX_GROUPS).map(|gr| gr.name.words(lang)));
            let profile: Vec<(String, Vec<String>)> = (0..c.assessment.qualities.len())
                .map(|q| {
                    let cells = drawn
                        .iter()
                        .take(MAX_GROUPS)
                        .map(|gr| {
                            gr.qualities.get(q).copied().flatten().map_or_else(|| "—".to_string(), |m| m.to_string())
                        })
                        .collect();
                    (quality_name(c, q, lang), cells)
                })
                .collect();
            let more = (drawn.len() > MAX_GROUPS).then(|| {
                let text = lang.f("team_view.groups_capped", &[("max", &MAX_GROUPS), ("total", &drawn.len())]);
                view! { <p class="meta">{text}</p> }
            });
            let level_heads = group_heads(c, lang, true);
            Either::Right(view! {
                <div class="team-groups-side">
                    <TextTable label=t("team_view.levels_per_group")
                        caption=t("team_view.how_many_people_at_each").to_string()
                        heads=level_heads rows=level_rows/>
                    <TextTable label=t("team_view.quality_profile_per_group")
                        caption=t("team_view.median_per_quality_out_of").to_string()
                        heads=heads rows=profile/>
                </div>
                {more}
            })
        };
        let folded =
            g.fold_note(lang).into_iter().map(|text| view! { <p class="meta team-folded">{text}</p> }).collect_view();
        view! {
            <section class="block team-groups" aria-labelledby="team-groups-title">
                <h3 id="team-groups-title">{t("team_view.per_group")}</h3>
                {body}
                {folded}
            </section>
        }
    });

    // Walks.
    let walks = (!o.journeys.is_empty()).then(|| {
        let chooser = (o.journeys.len() > 1).then(|| {
            let current = figures.journey.as_ref().map(|v| v.key.clone());
            let options = o
                .journeys
                .iter()
                .enumerate()
                .map(|(i, j)| {
                    let text = format!("{} ({})", crate::team::sheet::journey_name(c, &j.key, lang), j.walks);
                    view! { <option value=i.to_string() selected=current.as_ref() == Some(&j.key)>{text}</option> }
                })
                .collect_view();
            view! {
                <div class="field">
                    <label for="team-journey">{t("team_view.customer_journey_number_of_walks")}</label>
                    <select id="team-journey" on:change=move |ev| {
                        let i = event_target_value(&ev).parse::<usize>().unwrap_or(0);
                        with_work(st, |w| w.journey = i);
                        st.redraw();
                        st.focus_later("team-journey");
                    }>{options}</select>
                </div>
            }
        });
        let overall = o.balance.map(|b| {
            let k = o.walks;
            let text = lang.f(
                "team_view.team_balance",
                &[
                    ("balance", &signed(b)),
                    ("wow", &k.wow),
                    ("standard", &k.standard),
                    ("bad", &k.disappointment),
                    ("unrated", &k.unrated),
                ],
            );
            view! { <p>{text}</p> }
        });
        let journey = figures.journey.clone().map(|v| view! { <JourneyPart view=Rc::new(v)/> });
        view! {
            <section class="block team-walks" aria-labelledby="team-walks-title">
                <h3 id="team-walks-title">{t("team_view.customer_journeys")}</h3>
                {overall}
                {chooser}
                {journey}
            </section>
        }
    });

    let compare = figures.comparison.clone().map(|(name, cmp)| view! { <CompareView before=name comparison=cmp/> });

    // What is held back, each part in words of its own (never "no data").
    let below = |text: Option<String>| text.map(|x| view! { <p class="team-below">{x}</p> });
    let held = (
        below(
            o.assessments_withheld
                .map(|b| lang.f("team_view.assessments_below", &[("n", &b.people), ("threshold", &b.threshold)])),
        ),
        below(
            o.walks_withheld.map(|b| lang.f("team_view.walks_below", &[("n", &b.people), ("threshold", &b.threshold)])),
        ),
        (o.journeys_withheld > 0).then(|| {
            let text =
                lang.f("team_view.journeys_below", &[("n", &o.journeys_withheld), ("threshold", &o.groups.threshold)]);
            view! { <p class="team-below">{text}</p> }
        }),
    );

    let keys = view! { <KeyFigures figures=figures.clone()/> };
    view! {
        <div class="team-figures no-print" id="team-figures" tabindex="-1">
            {keys}
            <Models figures=figures.clone()/>
            {held}
            {level}
            {consistency}
            {focus}
            {groups}
            {walks}
            {compare}
            {trend}
        </div>
    }
}

/// The row of key figures the screen leads with (issue 20): people, the
/// team's level with its confidence, how evenly the team serves, and the
/// journey balance index. Each a term and its value, as a description list.
#[component]
fn KeyFigures(figures: Rc<Figures>) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let o = &figures.overview;
    let team = &o.level;
    let key = |term: String, value: String, note: String, class: &'static str| {
        view! {
            <div class=format!("team-key {class}")>
                <dt>{term}</dt>
                <dd><strong class="team-key-value">{value}</strong><span class="team-key-note">{note}</span></dd>
            </div>
        }
    };
    let people = key(
        t("team_view.key_people").to_string(),
        o.people.to_string(),
        lang.p("team_view.key_people_note", team.people() as i64, &[]),
        "team-key-people",
    );
    let level = team.standing().map(|s| {
        let (value, note) = match s {
            Standing::At(l, Confidence::Clear) => (level_short(c, l, lang).to_string(), t("team_view.key_clear")),
            Standing::At(l, _) => (level_short(c, l, lang).to_string(), t("team_view.key_leaning")),
            Standing::Mixed => (t("team_view.key_mixed").to_string(), t("team_view.key_mixed_note")),
        };
        key(t("team_view.key_level").to_string(), value, note.to_string(), "team-key-level")
    });
    let evenly = (team.people() > 0).then(|| {
        let ways: Vec<&str> = o
            .consistency
            .uneven
            .iter()
            .map(|u| match u {
                Uneven::Levels(_) => t("team_view.key_uneven_levels"),
                Uneven::People { .. } => t("team_view.key_uneven_people"),
                Uneven::Groups(_) => t("team_view.key_uneven_groups"),
            })
            .collect();
        let (value, note) = if ways.is_empty() {
            (t("team_view.key_even"), t("team_view.key_even_note").to_string())
        } else {
            (t("team_view.key_uneven"), ways.join(" · "))
        };
        key(t("team_view.key_evenly").to_string(), value.to_string(), note, "team-key-evenly")
    });
    let balance = o.balance.map(|b| {
        let k = o.walks;
        key(
            t("team_view.key_balance").to_string(),
            signed(b),
            lang.p("team_view.key_balance_note", (k.wow + k.standard + k.disappointment) as i64, &[]),
            "team-key-balance",
        )
    });
    view! {
        <section class="team-keys" aria-labelledby="team-keys-title">
            <h3 id="team-keys-title" class="sr-only">{t("team_view.key_figures")}</h3>
            <dl class="team-key-list">{people}{level}{evenly}{balance}</dl>
        </section>
    }
}

/// One journey's walks: heatmap, per-touchpoint table, gravediggers, the
/// weakest hand-off.
#[component]
fn JourneyPart(view: Rc<JourneyView>) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let v = &view;
    let name = |i: usize| v.columns.get(i).map(|col| col.name.get(lang).to_string()).unwrap_or_default();
    let k = v.counts;
    let balance = v.balance.map_or_else(|| "—".to_string(), signed);
    let journey = v.name.get(lang);
    let head = lang.p(
        "team_view.journey_head",
        v.heatmap.len() as i64,
        &[
            ("journey", &journey),
            ("balance", &balance),
            ("wow", &k.wow),
            ("standard", &k.standard),
            ("bad", &k.disappointment),
            ("unrated", &k.unrated),
        ],
    );
    let capped = (v.heatmap.len() > MAX_ROWS).then(|| {
        let text = lang.f("team_view.map_capped", &[("max", &MAX_ROWS), ("total", &v.heatmap.len())]);
        view! { <p class="meta">{text}</p> }
    });
    let rows: Vec<(String, Vec<String>)> = v
        .columns
        .iter()
        .zip(&v.per_touchpoint)
        .enumerate()
        .map(|(i, (col, k))| {
            let cells = vec![
                k.wow.to_string(),
                k.standard.to_string(),
                k.disappointment.to_string(),
                k.unrated.to_string(),
                k.balance().map_or_else(|| "—".to_string(), signed),
                if col.handoff { t("team_view.yes") } else { "" }.to_string(),
            ];
            (format!("{}. {}", i + 1, col.name.get(lang)), cells)
        })
        .collect();
    let heads = texts(&[
        t("team_view.touchpoint"),
        "+1",
        "0",
        "−1",
        t("team_view.not_rated_2"),
        t("team_view.balance"),
        t("team_view.hand_off"),
    ]);
    let graves = if v.gravediggers.is_empty() {
        Either::Left(view! { <p>{t("team_view.no_touchpoint_is_rated_1")}</p> })
    } else {
        let items = v
            .gravediggers
            .iter()
            .take(MAX_GRAVES)
            .map(|g| {
                let line = lang.p(
                    "team_view.gravedigger",
                    v.heatmap.len() as i64,
                    &[("number", &(g.touchpoint + 1)), ("touchpoint", &name(g.touchpoint)), ("walks", &g.walks)],
                );
                let seen = g
                    .behaviours
                    .iter()
                    .take(3)
                    .filter_map(|(b, n)| c.ladder.behaviours.get(*b).map(|x| format!("{} ({n})", x.text.get(lang))))
                    .map(|s| view! { <li>{s}</li> })
                    .collect_view();
                // A −1 with nothing recorded still counts: ask what happened.
                let ask = (g.unexplained > 0)
                    .then(|| view! { <p class="meta">{lang.p("team_view.gravedigger_unexplained", g.unexplained as i64, &[])}</p> });
                view! { <li><p class="tp-name">{line}</p><ul class="behaviours">{seen}</ul>{ask}</li> }
            })
            .collect_view();
        Either::Right(view! { <ul class="moments bad">{items}</ul> })
    };
    let weakest = match &v.weakest_handoff {
        None => Either::Left(view! { <p>{t("team_view.no_hand_off_is_rated")}</p> }),
        Some(h) => {
            let b = h.balance.map_or_else(|| "—".to_string(), signed);
            let (number, touchpoint) = (h.touchpoint + 1, name(h.touchpoint));
            let hc = h.counts;
            let args: [(&str, &dyn std::fmt::Display); 8] = [
                ("number", &number),
                ("touchpoint", &touchpoint),
                ("balance", &b),
                ("wow", &hc.wow),
                ("standard", &hc.standard),
                ("bad", &hc.disappointment),
                ("failed", &h.checks_failed),
                ("answered", &h.checks_answered),
            ];
            let text = if h.checks_answered == 0 {
                lang.f("team_view.weakest_unchecked", &args)
            } else {
                lang.f("team_view.weakest_checked", &args)
            };
            Either::Right(view! { <p>{text}</p> })
        }
    };
    let title = lang.f("team_view.ratings_per_touchpoint_of", &[("journey", &journey)]);
    view! {
        <div class="team-journey">
            <p class="team-journey-head">{head}</p>
            <Heatmap view=view.clone() title=title/>
            {capped}
            <p class="meta">{t("team_view.rows_are_walks_columns_are")}</p>
            <TextTable label=t("team_view.ratings_per_touchpoint") heads=heads rows=rows/>
            <h4>{t("team_view.most_frequent_expectation_gravediggers")}</h4>
            {graves}
            <h4>{t("team_view.weakest_hand_off")}</h4>
            {weakest}
        </div>
    }
}

/// A kept collection ("before") beside the open one ("after").
#[component]
fn CompareView(before: String, comparison: Comparison) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let change = |d: i32| signed(d);
    let assessment = comparison.assessment.as_ref().map(|a| {
        // Every row of people, "between" included, so each side adds up to 100 %.
        let mut levels: Vec<(String, [String; 2], Option<Change>)> = a
            .levels
            .iter()
            .map(|l| {
                let cells = [
                    lang.f("team_level.count_share", &[("n", &l.people.0), ("pct", &l.share.before)]),
                    lang.f("team_level.count_share", &[("n", &l.people.1), ("pct", &l.share.after)]),
                ];
                (level_short(c, l.level, lang).to_string(), cells, Some(l.share))
            })
            .collect();
        let ((bb, ba), bs) = a.between;
        levels.push((
            t("team_view.between_levels").to_string(),
            [
                lang.f("team_level.count_share", &[("n", &bb), ("pct", &bs.before)]),
                lang.f("team_level.count_share", &[("n", &ba), ("pct", &bs.after)]),
            ],
            Some(bs),
        ));
        let qualities: Vec<(String, [String; 2], Option<Change>)> = a
            .qualities
            .iter()
            .enumerate()
            .map(|(q, ch)| match ch {
                Some(ch) => (quality_name(c, q, lang), [ch.before.to_string(), ch.after.to_string()], Some(*ch)),
                None => (quality_name(c, q, lang), ["—".to_string(), "—".to_string()], None),
            })
            .collect();
        let heads = |first: &str| texts(&[first, t("team_view.before"), t("team_view.after"), t("team_view.change")]);
        let (level_heads, quality_heads) = (heads(t("team_view.level")), heads(t("team_view.quality")));
        let lb = a.before.standing().map_or_else(|| "—".into(), |s| s.short(c, lang));
        let la = a.after.standing().map_or_else(|| "—".into(), |s| s.short(c, lang));
        view! {
            <p class="team-compare-level">{lang.f(
                "team_view.compare_level",
                &[
                    ("before", &lb),
                    ("before_people", &a.before.people()),
                    ("after", &la),
                    ("after_people", &a.after.people()),
                ],
            )}{a.level_trend().map(|tr| view! { " "<TrendMark trend=tr/> })}</p>
            <ChangeTable label=t("team_view.change_per_level")
                caption=t("team_view.share_of_people_at_each_2").to_string()
                heads=level_heads rows=levels/>
            <ChangeTable label=t("team_view.change_per_quality")
                caption=t("team_view.median_per_quality_out_of_2").to_string()
                heads=quality_heads rows=qualities/>
        }
    });
    let unlike = comparison.unlike.as_ref().map(|u| view! { <p>{u.words(lang)}</p> });
    let balance = comparison.balance.map(|b| {
        let text = lang.f(
            "team_view.compare_balance",
            &[("before", &signed(b.before)), ("after", &signed(b.after)), ("change", &change(b.delta()))],
        );
        view! { <p>{text}" "<TrendMark trend=b.trend()/></p> }
    });
    let suppressed = comparison.suppressed.map(|s| view! { <p class="team-suppressed">{s.words(lang)}</p> });
    let nothing = (comparison.suppressed.is_none()
        && comparison.assessment.is_none()
        && comparison.unlike.is_none()
        && comparison.balance.is_none())
    .then(|| {
        view! { <p>{t("team_view.nothing_to_compare_the_collections")}</p> }
    });
    view! {
        <section class="block team-compare" aria-labelledby="team-compare">
            <h3 id="team-compare" tabindex="-1">{lang.f("team_view.before_and_after_before_and", &[("before", &before)])}</h3>
            {suppressed}
            {assessment}
            {unlike}
            {balance}
            {nothing}
        </section>
    }
}
