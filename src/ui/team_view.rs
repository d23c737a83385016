//! What the manager sees: the team's level with its confidence and counts;
//! consistency — each quality's spread between people as a small chart,
//! and the plain sentence when the team is uneven; per group the level
//! distribution and quality profile side by side, small groups folded;
//! from walks a heatmap, the gravediggers, the weakest hand-off and the
//! balance index; and a kept collection compared as "before". Charts are
//! hand-written SVG with the figures in their accessible name and a table
//! beside them.

use super::chart::{Bar, BarChart};
use super::state::{AppState, use_state};
use super::team::{Figures, with_work};
use super::words::tr;
use crate::content::{Content, Level};
use crate::lang::Lang;
use crate::team::compare::Comparison;
use crate::team::groups::Group;
use crate::team::level::{TeamLevel, share};
use crate::team::slides::signed;
use crate::team::spread::Spread;
use crate::team::walks::JourneyView;
use leptos::either::Either;
use leptos::prelude::*;
use std::rc::Rc;

/// Most groups listed on screen (largest first); the rest are counted.
const MAX_GROUPS: usize = 40;
/// Most walks drawn in the heatmap on screen.
const MAX_ROWS: usize = crate::team::slides::MAX_ROWS;
/// Most gravediggers listed.
const MAX_GRAVES: usize = 5;

pub fn level_name(c: &Content, l: Level, lang: Lang) -> &str {
    c.assessment.levels[l.index()].name.get(lang)
}

pub fn level_short(c: &Content, l: Level, lang: Lang) -> &str {
    c.assessment.levels[l.index()].short.get(lang)
}

fn quality_name(c: &Content, q: usize, lang: Lang) -> String {
    c.assessment.qualities.get(q).map(|x| x.name.get(lang).to_string()).unwrap_or_default()
}

/// The team's level as a sentence with how many people it rests on.
pub fn headline(c: &Content, team: &TeamLevel, lang: Lang) -> String {
    match (team.level, lang) {
        (Some(l), Lang::Ru) => format!("Уровень команды: {}", level_name(c, l, lang)),
        (Some(l), Lang::En) => format!("Team level: {}", level_name(c, l, lang)),
        (None, Lang::Ru) => "Уровень команды пока не определён".into(),
        (None, Lang::En) => "No team level yet".into(),
    }
}

/// "16 people: spontaneous 3, regulated 8, cultural 5".
pub fn counts_line(c: &Content, team: &TeamLevel, lang: Lang) -> String {
    let parts: Vec<String> = Level::ALL
        .iter()
        .map(|l| format!("{} {}", level_short(c, *l, lang).to_lowercase(), team.counts.count(*l)))
        .collect();
    let between = (team.counts.between > 0).then(|| match lang {
        Lang::Ru => format!(", между уровнями {}", team.counts.between),
        Lang::En => format!(", between levels {}", team.counts.between),
    });
    let n = team.people();
    match lang {
        Lang::Ru => format!("Людей: {n} — {}{}", parts.join(", "), between.unwrap_or_default()),
        Lang::En => format!("{n} people: {}{}", parts.join(", "), between.unwrap_or_default()),
    }
}

/// How many people sit at each level, as bars of their share.
#[component]
pub fn Distribution(team: TeamLevel) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let c = st.content;
    let n = team.people();
    let mut bars: Vec<Bar> = Level::ALL
        .iter()
        .map(|l| Bar {
            label: match lang {
                Lang::Ru => format!("{}: {} чел.", level_short(c, *l, lang), team.counts.count(*l)),
                Lang::En => format!("{}: {}", level_short(c, *l, lang), team.counts.count(*l)),
            },
            value: share(team.counts.count(*l), n),
            previous: None,
            highlight: team.level == Some(*l),
        })
        .collect();
    if team.counts.between > 0 {
        bars.push(Bar {
            label: match lang {
                Lang::Ru => format!("Между уровнями: {} чел.", team.counts.between),
                Lang::En => format!("Between levels: {}", team.counts.between),
            },
            value: share(team.counts.between, n),
            previous: None,
            highlight: false,
        });
    }
    view! { <BarChart bars=bars title=tr(lang, "Доля людей на каждом уровне, %", "Share of people at each level, %")/> }
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
                tr(lang, "без оценки", "not rated"),
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
                    let (class, sign) = match rating {
                        Some(1) => ("heat good", "+"),
                        Some(0) => ("heat neutral", "0"),
                        Some(_) => ("heat bad", "−"),
                        None => ("heat none", ""),
                    };
                    let sign = (ch >= 12 && cw >= 12 && !sign.is_empty()).then(|| {
                        view! { <text class="heat-sign" x=(x + cw / 2).to_string() y=(y + ch - 4).to_string() text-anchor="middle">{sign}</text> }
                    });
                    view! {
                        <rect class=class x=x.to_string() y=y.to_string() width=cw.to_string() height=ch.to_string()></rect>
                        {sign}
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

/// The model switch, when results of several scoring models are present.
#[component]
fn Models(figures: Rc<Figures>) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let o = &figures.overview;
    let shown = o.model;
    let aside = (o.set_aside > 0).then(|| {
        view! { <p class="meta">{match lang {
            Lang::Ru => format!("Результатов, оценённых другой версией модели, не учтено здесь: {}. Версии не смешиваются: их уровни и баллы значат разное.", o.set_aside),
            Lang::En => format!("{} results scored by another version of the model are set aside here. Versions are never mixed: their levels and scores mean different things.", o.set_aside),
        }}</p> }
    });
    let switch = (o.models.len() > 1).then(|| {
        let options = o
            .models
            .iter()
            .map(|m| {
                let text = match lang {
                    Lang::Ru => format!("Модель {} (людей: {})", m.model, m.people),
                    Lang::En => format!("Model {} ({} people)", m.model, m.people),
                };
                view! { <option value=m.model.to_string() selected=shown == Some(m.model)>{text}</option> }
            })
            .collect_view();
        view! {
            <div class="field">
                <label for="team-model">{tr(lang, "Показать результаты версии модели", "Show results of the model version")}</label>
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

fn group_row(st: AppState, g: &Group, lang: Lang) -> impl IntoView + use<> {
    let c = st.content;
    let name = g.name.text().get(lang).to_string();
    let level = g.level.map(|(l, _)| level_short(c, l, lang).to_string()).unwrap_or_else(|| "—".into());
    let counts = g.counts;
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td>{g.people()}</td>
            <td>{counts.at[0]}</td>
            <td>{counts.at[1]}</td>
            <td>{counts.at[2]}</td>
            <td>{counts.between}</td>
            <td>{level}</td>
        </tr>
    }
}

#[component]
pub fn OverviewView(figures: Rc<Figures>) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let o = &figures.overview;
    let team = &o.level;

    // The level.
    let level = (team.people() > 0).then(|| {
        let confidence = team.level.map(|_| team.confidence.text().get(lang).to_string());
        view! {
            <section class="block team-level" aria-labelledby="team-level-title">
                <h3 id="team-level-title">{headline(c, team, lang)}</h3>
                {confidence.map(|x| view! { <p class="team-confidence">{x}</p> })}
                <p>{counts_line(c, team, lang)}</p>
                <Distribution team=team.clone()/>
                <p class="meta">{t(
                    "Каждый учтён на уровне, который назвал его собственный результат; имён нет. Результаты — самооценка.",
                    "Each person counts at the level their own result names; no names. Results are self-reported.",
                )}</p>
            </section>
        }
    });

    // Consistency.
    let consistency = (team.people() > 0).then(|| {
        let spreads: Vec<(String, Option<Spread>)> =
            o.consistency.qualities.iter().enumerate().map(|(q, s)| (quality_name(c, q, lang), *s)).collect();
        let sentences = if o.consistency.is_uneven() {
            let items = o
                .consistency
                .uneven
                .iter()
                .map(|u| view! { <li>{u.sentence(c).get(lang).to_string()}</li> })
                .collect_view();
            Either::Left(view! { <ul class="team-uneven">{items}</ul> })
        } else {
            Either::Right(view! { <p>{t(
                "Заметного разброса нет: люди и группы обслуживают примерно одинаково.",
                "No marked spread: people and groups serve much alike.",
            )}</p> })
        };
        let rows = spreads
            .iter()
            .map(|(name, s)| {
                let cells = match s {
                    Some(s) => (s.median.to_string(), format!("{}–{}", s.q1, s.q3), format!("{}–{}", s.min, s.max), s.n.to_string()),
                    None => ("—".into(), "—".into(), "—".into(), "0".into()),
                };
                view! { <tr><th scope="row">{name.clone()}</th><td>{cells.0}</td><td>{cells.1}</td><td>{cells.2}</td><td>{cells.3}</td></tr> }
            })
            .collect_view();
        view! {
            <section class="block team-consistency" aria-labelledby="team-consistency-title">
                <h3 id="team-consistency-title">{t("Одинаково ли обслуживают", "Consistency")}</h3>
                <p class="meta">{t(
                    "Разный сервис у разных людей — это спонтанный уровень для компании: клиент не знает, чего ждать. По каждому качеству: линия — от самого низкого до самого высокого балла, прямоугольник — средняя половина людей, черта и число — медиана.",
                    "Uneven service between people is what the spontaneous level looks like for a company: a client cannot know what to expect. For each quality: the line runs from the lowest to the highest score, the box holds the middle half of the people, the tick and figure are the median.",
                )}</p>
                {sentences}
                <SpreadChart spreads=spreads title=t("Разброс баллов по качествам, из 100", "Spread of scores per quality, out of 100")/>
                <details class="table-view">
                    <summary>{t("Показать таблицей", "Show as a table")}</summary>
                    <div class="table-scroll" role="region" tabindex="0" aria-label=t("Разброс по качествам", "Spread per quality")>
                        <table>
                            <thead><tr>
                                <th scope="col">{t("Качество", "Quality")}</th>
                                <th scope="col">{t("Медиана", "Median")}</th>
                                <th scope="col">{t("Средняя половина", "Middle half")}</th>
                                <th scope="col">{t("От и до", "Range")}</th>
                                <th scope="col">{t("Людей", "People")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                </details>
            </section>
        }
    });

    // Groups.
    let groups = (team.people() > 0).then(|| {
        let g = &o.groups;
        let drawn: Vec<&Group> = g.all().collect();
        let body = if drawn.is_empty() {
            Either::Left(view! { <p>{match lang {
                Lang::Ru => format!("Группы не показаны: ни в одной нет {} человек, а по меньшим можно узнать конкретных людей.", g.threshold),
                Lang::En => format!("Groups are not shown: none has {} people, and smaller ones could identify people.", g.threshold),
            }}</p> })
        } else {
            let level_rows = drawn.iter().take(MAX_GROUPS).map(|gr| group_row(st, gr, lang)).collect_view();
            let heads = drawn
                .iter()
                .take(MAX_GROUPS)
                .map(|gr| view! { <th scope="col">{gr.name.text().get(lang).to_string()}</th> })
                .collect_view();
            let profile = (0..c.assessment.qualities.len())
                .map(|q| {
                    let cells = drawn
                        .iter()
                        .take(MAX_GROUPS)
                        .map(|gr| {
                            let v = gr.qualities.get(q).copied().flatten().map_or_else(|| "—".to_string(), |m| m.to_string());
                            view! { <td>{v}</td> }
                        })
                        .collect_view();
                    view! { <tr><th scope="row">{quality_name(c, q, lang)}</th>{cells}</tr> }
                })
                .collect_view();
            let more = (drawn.len() > MAX_GROUPS).then(|| {
                view! { <p class="meta">{match lang {
                    Lang::Ru => format!("Показаны {MAX_GROUPS} крупнейших групп из {}.", drawn.len()),
                    Lang::En => format!("The {MAX_GROUPS} largest of {} groups are shown.", drawn.len()),
                }}</p> }
            });
            let [s, r, k] = Level::ALL.map(|l| level_short(c, l, lang).to_string());
            Either::Right(view! {
                <div class="team-groups-side">
                    <div class="table-scroll" role="region" tabindex="0" aria-label=t("Уровни по группам", "Levels per group")>
                        <table class="team-table">
                            <caption>{t("Сколько людей на каждом уровне", "How many people at each level")}</caption>
                            <thead><tr>
                                <th scope="col">{t("Группа", "Group")}</th>
                                <th scope="col">{t("Людей", "People")}</th>
                                <th scope="col">{s}</th>
                                <th scope="col">{r}</th>
                                <th scope="col">{k}</th>
                                <th scope="col">{t("Между", "Between")}</th>
                                <th scope="col">{t("Уровень группы", "Group level")}</th>
                            </tr></thead>
                            <tbody>{level_rows}</tbody>
                        </table>
                    </div>
                    <div class="table-scroll" role="region" tabindex="0" aria-label=t("Профиль качеств по группам", "Quality profile per group")>
                        <table class="team-table">
                            <caption>{t("Медиана по каждому качеству, из 100", "Median per quality, out of 100")}</caption>
                            <thead><tr><th scope="col">{t("Качество", "Quality")}</th>{heads}</tr></thead>
                            <tbody>{profile}</tbody>
                        </table>
                    </div>
                </div>
                {more}
            })
        };
        let folded = (!g.folded.is_empty()).then(|| {
            view! { <p class="meta">{match lang {
                Lang::Ru => format!("Групп меньше {} человек: {} — они объединены в «Другие» (или не показаны), чтобы никого нельзя было узнать.", g.threshold, g.folded.len()),
                Lang::En => format!("{} groups of fewer than {} people are folded into “Other” (or not shown), so no one can be identified.", g.folded.len(), g.threshold),
            }}</p> }
        });
        view! {
            <section class="block team-groups" aria-labelledby="team-groups-title">
                <h3 id="team-groups-title">{t("По группам", "Per group")}</h3>
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
                    <label for="team-journey">{t("Путь клиента (число проходов)", "Customer journey (number of walks)")}</label>
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
            view! { <p>{match lang {
                Lang::Ru => format!("Индекс баланса команды по всем проходам: {} (+1: {}, 0: {}, −1: {}, без оценки: {}).", signed(b), k.wow, k.standard, k.disappointment, k.unrated),
                Lang::En => format!("The team's balance index over every walk: {} (+1: {}, 0: {}, −1: {}, not rated: {}).", signed(b), k.wow, k.standard, k.disappointment, k.unrated),
            }}</p> }
        });
        let journey = figures.journey.clone().map(|v| view! { <JourneyPart view=Rc::new(v)/> });
        view! {
            <section class="block team-walks" aria-labelledby="team-walks-title">
                <h3 id="team-walks-title">{t("Пути клиента", "Customer journeys")}</h3>
                {overall}
                {chooser}
                {journey}
            </section>
        }
    });

    let compare = figures.comparison.clone().map(|(name, cmp)| view! { <CompareView before=name comparison=cmp/> });

    view! {
        <div class="team-figures no-print" id="team-figures" tabindex="-1">
            <Models figures=figures.clone()/>
            {level}
            {consistency}
            {groups}
            {walks}
            {compare}
        </div>
    }
}

/// One journey's walks: heatmap, per-touchpoint table, gravediggers, the
/// weakest hand-off.
#[component]
fn JourneyPart(view: Rc<JourneyView>) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let v = &view;
    let name = |i: usize| v.columns.get(i).map(|col| col.name.get(lang).to_string()).unwrap_or_default();
    let k = v.counts;
    let balance = v.balance.map_or_else(|| "—".to_string(), signed);
    let head = match lang {
        Lang::Ru => format!(
            "{}: проходов {}, индекс баланса {balance} (+1: {}, 0: {}, −1: {}, без оценки: {})",
            v.name.get(lang),
            v.heatmap.len(),
            k.wow,
            k.standard,
            k.disappointment,
            k.unrated
        ),
        Lang::En => format!(
            "{}: {}, balance index {balance} (+1: {}, 0: {}, −1: {}, not rated: {})",
            v.name.get(lang),
            crate::team::slides::count_en(v.heatmap.len(), "walk", "walks"),
            k.wow,
            k.standard,
            k.disappointment,
            k.unrated
        ),
    };
    let capped = (v.heatmap.len() > MAX_ROWS).then(|| {
        view! { <p class="meta">{match lang {
            Lang::Ru => format!("На карте — первые {MAX_ROWS} проходов из {}; таблица ниже учитывает все.", v.heatmap.len()),
            Lang::En => format!("The map shows the first {MAX_ROWS} of {} walks; the table below counts them all.", v.heatmap.len()),
        }}</p> }
    });
    let rows = v
        .columns
        .iter()
        .zip(&v.per_touchpoint)
        .enumerate()
        .map(|(i, (col, k))| {
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <th scope="row">{col.name.get(lang).to_string()}</th>
                    <td>{k.wow}</td><td>{k.standard}</td><td>{k.disappointment}</td><td>{k.unrated}</td>
                    <td>{k.balance().map_or_else(|| "—".to_string(), signed)}</td>
                    <td>{if col.handoff { t("да", "yes") } else { "" }}</td>
                </tr>
            }
        })
        .collect_view();
    let graves = if v.gravediggers.is_empty() {
        Either::Left(view! { <p>{t("Ни одна точка не оценена в −1.", "No touchpoint is rated −1.")}</p> })
    } else {
        let items = v
            .gravediggers
            .iter()
            .take(MAX_GRAVES)
            .map(|g| {
                let line = match lang {
                    Lang::Ru => format!(
                        "{}. {} — −1 в {} из {} проходов",
                        g.touchpoint + 1,
                        name(g.touchpoint),
                        g.walks,
                        v.heatmap.len()
                    ),
                    Lang::En => format!(
                        "{}. {} — rated −1 in {} of {} walks",
                        g.touchpoint + 1,
                        name(g.touchpoint),
                        g.walks,
                        v.heatmap.len()
                    ),
                };
                let seen = g
                    .behaviours
                    .iter()
                    .take(3)
                    .filter_map(|(b, n)| c.ladder.behaviours.get(*b).map(|x| format!("{} ({n})", x.text.get(lang))))
                    .map(|s| view! { <li>{s}</li> })
                    .collect_view();
                view! { <li><p class="tp-name">{line}</p><ul class="behaviours">{seen}</ul></li> }
            })
            .collect_view();
        Either::Right(view! { <ul class="moments bad">{items}</ul> })
    };
    let weakest = match &v.weakest_handoff {
        None => Either::Left(view! { <p>{t("Передачи между отделами не оценены.", "No hand-off is rated.")}</p> }),
        Some(h) => {
            let b = h.balance.map_or_else(|| "—".to_string(), signed);
            let checks = match (lang, h.checks_answered) {
                (Lang::Ru, 0) => "проверки передачи не отмечены".to_string(),
                (Lang::En, 0) => "hand-off checks not answered".to_string(),
                (Lang::Ru, n) => format!("не пройдено проверок передачи: {} из {n}", h.checks_failed),
                (Lang::En, n) => format!("{} of {n} hand-off checks failed", h.checks_failed),
            };
            let text = match lang {
                Lang::Ru => format!(
                    "{}. {} — индекс баланса {b} (+1: {}, 0: {}, −1: {}); {checks}.",
                    h.touchpoint + 1,
                    name(h.touchpoint),
                    h.counts.wow,
                    h.counts.standard,
                    h.counts.disappointment
                ),
                Lang::En => format!(
                    "{}. {} — balance index {b} (+1: {}, 0: {}, −1: {}); {checks}.",
                    h.touchpoint + 1,
                    name(h.touchpoint),
                    h.counts.wow,
                    h.counts.standard,
                    h.counts.disappointment
                ),
            };
            Either::Right(view! { <p>{text}</p> })
        }
    };
    let title = match lang {
        Lang::Ru => format!("Оценки по точкам контакта: {}", v.name.get(lang)),
        Lang::En => format!("Ratings per touchpoint: {}", v.name.get(lang)),
    };
    view! {
        <div class="team-journey">
            <p class="team-journey-head">{head}</p>
            <Heatmap view=view.clone() title=title/>
            {capped}
            <p class="meta">{t(
                "Строки — проходы, столбцы — точки контакта по номерам: зелёный +1, серый 0, красный −1, пусто — без оценки.",
                "Rows are walks, columns are touchpoints by number: green +1, grey 0, red −1, empty not rated.",
            )}</p>
            <div class="table-scroll" role="region" tabindex="0" aria-label=t("Оценки по точкам контакта", "Ratings per touchpoint")>
                <table class="team-table">
                    <thead><tr>
                        <th scope="col">"#"</th>
                        <th scope="col">{t("Точка контакта", "Touchpoint")}</th>
                        <th scope="col">"+1"</th><th scope="col">"0"</th><th scope="col">"−1"</th>
                        <th scope="col">{t("Без оценки", "Not rated")}</th>
                        <th scope="col">{t("Баланс", "Balance")}</th>
                        <th scope="col">{t("Передача", "Hand-off")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h4>{t("Чаще всего хоронят ожидания", "Most frequent expectation gravediggers")}</h4>
            {graves}
            <h4>{t("Самая слабая передача", "Weakest hand-off")}</h4>
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
    let t = move |ru, en| tr(lang, ru, en);
    let change = |d: i32| signed(d);
    let assessment = comparison.assessment.as_ref().map(|a| {
        let levels = a
            .levels
            .iter()
            .map(|l| {
                view! {
                    <tr>
                        <th scope="row">{level_short(c, l.level, lang).to_string()}</th>
                        <td>{format!("{}% ({})", l.share.before, l.people.0)}</td>
                        <td>{format!("{}% ({})", l.share.after, l.people.1)}</td>
                        <td>{change(l.share.delta())}</td>
                    </tr>
                }
            })
            .collect_view();
        let qualities = a
            .qualities
            .iter()
            .enumerate()
            .map(|(q, ch)| {
                let (b, af, d) = match ch {
                    Some(ch) => (ch.before.to_string(), ch.after.to_string(), change(ch.delta())),
                    None => ("—".into(), "—".into(), "—".into()),
                };
                view! { <tr><th scope="row">{quality_name(c, q, lang)}</th><td>{b}</td><td>{af}</td><td>{d}</td></tr> }
            })
            .collect_view();
        let lb = a.before.level.map(|l| level_short(c, l, lang).to_string()).unwrap_or_else(|| "—".into());
        let la = a.after.level.map(|l| level_short(c, l, lang).to_string()).unwrap_or_else(|| "—".into());
        view! {
            <p>{match lang {
                Lang::Ru => format!("Уровень команды: было — {lb} (людей: {}), стало — {la} (людей: {}).", a.before.people(), a.after.people()),
                Lang::En => format!("Team level: before {lb} ({} people), after {la} ({} people).", a.before.people(), a.after.people()),
            }}</p>
            <div class="table-scroll" role="region" tabindex="0" aria-label=t("Изменение по уровням", "Change per level")>
                <table class="team-table">
                    <caption>{t("Доля людей на уровне; изменение в процентных пунктах", "Share of people at each level; change in percentage points")}</caption>
                    <thead><tr><th scope="col">{t("Уровень", "Level")}</th><th scope="col">{t("До", "Before")}</th><th scope="col">{t("После", "After")}</th><th scope="col">{t("Изменение", "Change")}</th></tr></thead>
                    <tbody>{levels}</tbody>
                </table>
            </div>
            <div class="table-scroll" role="region" tabindex="0" aria-label=t("Изменение по качествам", "Change per quality")>
                <table class="team-table">
                    <caption>{t("Медиана по качеству, из 100", "Median per quality, out of 100")}</caption>
                    <thead><tr><th scope="col">{t("Качество", "Quality")}</th><th scope="col">{t("До", "Before")}</th><th scope="col">{t("После", "After")}</th><th scope="col">{t("Изменение", "Change")}</th></tr></thead>
                    <tbody>{qualities}</tbody>
                </table>
            </div>
        }
    });
    let unlike = comparison.unlike.as_ref().map(|u| view! { <p>{u.text().get(lang).to_string()}</p> });
    let balance = comparison.balance.map(|b| {
        view! { <p>{match lang {
            Lang::Ru => format!("Индекс баланса по проходам: было {}, стало {} ({}).", signed(b.before), signed(b.after), change(b.delta())),
            Lang::En => format!("Balance index over the walks: before {}, after {} ({}).", signed(b.before), signed(b.after), change(b.delta())),
        }}</p> }
    });
    let nothing = (comparison.assessment.is_none() && comparison.unlike.is_none() && comparison.balance.is_none()).then(|| {
        view! { <p>{t("Сравнивать нечего: в подборках нет результатов одного вида.", "Nothing to compare: the collections hold no results of the same kind.")}</p> }
    });
    view! {
        <section class="block team-compare" aria-labelledby="team-compare">
            <h3 id="team-compare" tabindex="-1">{match lang {
                Lang::Ru => format!("До и после: «{before}» и открытая подборка"),
                Lang::En => format!("Before and after: “{before}” and the open collection"),
            }}</h3>
            {assessment}
            {unlike}
            {balance}
            {nothing}
        </section>
    }
}
