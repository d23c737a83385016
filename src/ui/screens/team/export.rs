//! What a manager takes to a meeting: a one-page team report (print, A4),
//! the level distribution and a journey's heatmap as slide-sized SVG and
//! PNG (the PNG drawn on a canvas from the same SVG), and every row as CSV.

use crate::team::slides::{self, signed};
use crate::team::spread::Spread;
use crate::ui::browser::files;
use crate::ui::screens::team::view::{
    Distribution, Heatmap, SpreadChart, TextTable, counts_line, group_heads, group_row, headline,
};
use crate::ui::screens::team::work::{Figures, with_work};
use crate::ui::state::use_state;
use leptos::prelude::*;
use std::rc::Rc;

/// Saves `svg` as a PNG twice the slide's size, drawn by the browser.
fn png(svg: &str, name: String) {
    files::download_png(&name, svg, slides::WIDTH * 2, slides::HEIGHT * 2);
}

#[component]
pub fn Exports(figures: Rc<Figures>) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let title = if figures.name.is_empty() { t("team_export.team").to_string() } else { figures.name.clone() };
    let day = crate::document::share::date(figures.day);
    let level = figures.overview.level.clone();
    let has_people = level.people() > 0;
    let distribution = {
        let (title, day) = (title.clone(), day.clone());
        move || slides::distribution(st.content, &level, &title, &day, lang)
    };
    let heatmap = figures.journey.clone().map(|v| {
        let (title, day) = (title.clone(), day.clone());
        move || slides::heatmap(st.content, &v, &title, &day, lang)
    });
    let stem = format!("service-ladder-team-{day}");
    let (d1, d2) = (distribution.clone(), distribution);
    let (s1, s2, s3) = (stem.clone(), stem.clone(), stem.clone());
    let heat_buttons = heatmap.map(|h| {
        let h2 = h.clone();
        let (s4, s5) = (stem.clone(), stem.clone());
        view! {
            <button type="button" on:click=move |_| {
                files::download(&format!("{s4}-heatmap.svg"), "image/svg+xml", &h());
            }>{t("team_export.heatmap_svg")}</button>
            <button type="button" on:click=move |_| png(&h2(), format!("{s5}-heatmap.png"))>{t("team_export.heatmap_png")}</button>
        }
    });
    view! {
        <section class="block team-exports no-print" aria-labelledby="team-exports-title">
            <h3 id="team-exports-title">{t("team_export.for_a_meeting")}</h3>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| files::print()>{t("team_export.print_the_one_page_report")}</button>
                <button type="button" hidden=!has_people on:click=move |_| {
                    files::download(&format!("{s1}-levels.svg"), "image/svg+xml", &d1());
                }>{t("team_export.level_distribution_svg")}</button>
                <button type="button" hidden=!has_people on:click=move |_| png(&d2(), format!("{s2}-levels.png"))>
                    {t("team_export.level_distribution_png")}
                </button>
                {heat_buttons}
                <button type="button" on:click=move |_| {
                    let text = with_work(st, |w| crate::team::sheet::csv(st.content, w.collection.entries(), super::work::threshold(st, &w.collection), lang)).unwrap_or_default();
                    files::download(&format!("{s3}.csv"), "text/csv;charset=utf-8", &text);
                }>{t("team_export.every_row_csv")}</button>
            </div>
            <p class="meta">{t("team_export.slides_are_1280_720_the")}</p>
        </section>
    }
}

/// The one-page report, drawn only when printing.
#[component]
pub fn TeamReport(figures: Rc<Figures>) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let o = &figures.overview;
    let team = &o.level;
    let title = if figures.name.is_empty() {
        lang.t("team_export.report_title").to_string()
    } else {
        lang.f("team_export.report_title_named", &[("name", &figures.name)])
    };
    let date = crate::document::share::date(figures.day);
    let focus = figures.clone();
    let meta = lang.p("team_export.report_meta", figures.people as i64, &[("date", &date)]);
    let level = (team.people() > 0).then(|| {
        let confidence = team.level.map(|_| team.confidence.words(lang).to_string());
        let spreads: Vec<(String, Option<Spread>)> = o
            .consistency
            .qualities
            .iter()
            .enumerate()
            .map(|(q, s)| (c.assessment.qualities.get(q).map(|x| x.name.get(lang).to_string()).unwrap_or_default(), *s))
            .collect();
        let uneven = o.consistency.uneven.iter().map(|u| view! { <li>{u.sentence(c, lang)}</li> }).collect_view();
        view! {
            <div class="team-report-col">
                <h3>{headline(c, team, lang)}</h3>
                {confidence.map(|x| view! { <p>{x}</p> })}
                <p>{counts_line(c, team, lang)}</p>
                <Distribution team=team.clone()/>
            </div>
            <div class="team-report-col">
                <h3>{t("team_export.consistency")}</h3>
                <ul class="team-uneven">{uneven}</ul>
                <SpreadChart spreads=spreads title=t("team_export.spread_of_scores_per_quality")/>
            </div>
        }
    });
    let groups = (!o.groups.shown.is_empty() || o.groups.other.is_some()).then(|| {
        let rows: Vec<(String, Vec<String>)> = o.groups.all().take(8).map(|g| group_row(c, g, lang)).collect();
        let heads = group_heads(c, lang, true);
        view! {
            // The group table spans the page: in one column it printed over the journey.
            <div class="team-report-col team-report-wide">
                <h3>{t("team_export.per_group")}</h3>
                <TextTable label=t("team_export.levels_per_group") heads=heads rows=rows/>
            </div>
        }
    });
    let walks = figures.journey.clone().map(|v| {
        let name = |i: usize| v.columns.get(i).map(|col| col.name.get(lang).to_string()).unwrap_or_default();
        let graves = v
            .gravediggers
            .iter()
            .take(3)
            .map(|g| {
                let args: [(&str, &dyn std::fmt::Display); 4] = [
                    ("touchpoint", &name(g.touchpoint)),
                    ("walks", &g.walks),
                    ("total", &v.heatmap.len()),
                    ("unexplained", &g.unexplained),
                ];
                // A −1 with nothing recorded still counts: ask what happened.
                let line = if g.unexplained > 0 {
                    lang.f("team_export.gravedigger_unexplained", &args)
                } else {
                    lang.f("team_export.gravedigger", &args)
                };
                view! { <li>{line}</li> }
            })
            .collect_view();
        let weakest = v.weakest_handoff.as_ref().map(|h| {
            let balance = h.balance.map_or_else(|| "—".into(), signed);
            lang.f("team_export.weakest_hand_off", &[("touchpoint", &name(h.touchpoint)), ("balance", &balance)])
        });
        let journey = v.name.get(lang);
        let balance = v.balance.map_or_else(|| "—".into(), signed);
        let balance = lang.f("team_export.journey_balance", &[("journey", &journey), ("balance", &balance)]);
        let view = Rc::new(v);
        view! {
            <div class="team-report-col">
                <h3>{t("team_export.customer_journey")}</h3>
                <p>{balance}</p>
                <Heatmap view=view title=t("team_export.ratings_per_touchpoint")/>
                <p class="meta">{t("team_export.heat_legend")}</p>
                <h4>{t("team_export.expectation_gravediggers")}</h4>
                <ol>{graves}</ol>
                {weakest.map(|w| view! { <p>{w}</p> })}
            </div>
        }
    });
    view! {
        <section class="team-report print-only">
            <h2 class="team-report-title">{title}</h2>
            <p class="meta">{meta}</p>
            <div class="team-report-grid">
                {level}
                {groups}
                {walks}
                <super::focus::FocusReport figures=focus/>
            </div>
        </section>
    }
}
