//! The trend across kept collections (issue 20): a column per collection in
//! date order, a row for the team's level, each level and "between levels"
//! (so each column adds up to 100 %) and each quality's median; from the
//! second column on, each cell carries the arrow of the step from the one
//! before, with its words for screen readers. Columns and steps held back
//! by the privacy rules say why below the table.

use crate::team::compare::{Change, Trend as Arrow};
use crate::team::trend::{Column, Trend};
use crate::text::lang::Lang;
use crate::ui::screens::team::parts::{TrendMark, level_short, quality_name};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// A cell: its text, and the arrow of the step into it.
type Cell = (String, Option<Arrow>);

fn arrow(ch: Option<Change>) -> Option<Arrow> {
    ch.map(|c| c.trend())
}

#[component]
pub fn TrendView(heads: Vec<(String, u16)>, trend: Trend) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let cols = &trend.columns;
    let step = |i: usize| if i == 0 { None } else { trend.steps.get(i - 1).and_then(|s| s.change.as_ref()) };
    let shown = |col: &Column| col.hidden.is_none();
    let mut rows: Vec<(String, Vec<Cell>)> = Vec::new();
    rows.push((
        t("team_view.level").to_string(),
        cols.iter()
            .enumerate()
            .map(|(i, col)| {
                let text = match (shown(col), col.level.standing()) {
                    (true, Some(s)) => s.short(c, lang),
                    _ => "—".to_string(),
                };
                (text, step(i).and_then(|s| s.level_trend()))
            })
            .collect(),
    ));
    let names: Vec<String> = crate::content::Level::ALL
        .iter()
        .map(|l| level_short(c, *l, lang).to_string())
        .chain(std::iter::once(t("team_view.between_levels").to_string()))
        .collect();
    for (k, name) in names.into_iter().enumerate() {
        let cells = cols
            .iter()
            .enumerate()
            .map(|(i, col)| {
                if !shown(col) {
                    return ("—".to_string(), None);
                }
                let n = if k < 3 { col.level.counts.at[k] } else { col.level.counts.between };
                let text = lang.f("team_level.count_share", &[("n", &n), ("pct", &col.shares[k])]);
                let ch = step(i).map(|s| if k < 3 { s.levels.get(k).map(|l| l.share) } else { Some(s.between.1) });
                (text, arrow(ch.flatten()))
            })
            .collect();
        rows.push((name, cells));
    }
    for q in 0..c.assessment.qualities.len() {
        let cells = cols
            .iter()
            .enumerate()
            .map(|(i, col)| {
                let text = col.qualities.get(q).copied().flatten().map_or_else(|| "—".to_string(), |m| m.to_string());
                (text, arrow(step(i).and_then(|s| s.qualities.get(q).copied().flatten())))
            })
            .collect();
        rows.push((quality_name(c, q, lang), cells));
    }
    let head_of = |i: usize| -> String {
        heads
            .get(i)
            .map(|(name, day)| {
                lang.f("team_trend.column", &[("name", name), ("date", &crate::document::share::date(*day))])
            })
            .unwrap_or_default()
    };
    let th = cols.iter().map(|col| view! { <th scope="col">{head_of(col.index)}</th> }).collect_view();
    let body = rows
        .into_iter()
        .map(|(h, cells)| {
            let tds = cells
                .into_iter()
                .map(|(text, a)| view! { <td>{text}{a.map(|a| view! { " "<TrendMark trend=a/> })}</td> })
                .collect_view();
            view! { <tr><th scope="row">{h}</th>{tds}</tr> }
        })
        .collect_view();
    let notes = notes(&trend, &heads, lang).into_iter().map(|n| view! { <li>{n}</li> }).collect_view();
    let left_out = (trend.left_out > 0).then(|| {
        view! { <p class="meta">{lang.f("team_trend.left_out", &[("n", &trend.left_out), ("max", &crate::team::trend::MAX_COLUMNS)])}</p> }
    });
    view! {
        <section class="block team-trend" aria-labelledby="team-trend-title">
            <h3 id="team-trend-title">{t("team_trend.title")}</h3>
            <p class="meta">{t("team_trend.lead")}</p>
            {left_out}
            <div class="table-scroll" role="region" tabindex="0" aria-label=t("team_trend.table")>
                <table class="team-table team-change team-trend-table">
                    <caption>{t("team_trend.caption")}</caption>
                    <thead><tr><th scope="col">{t("team_trend.figure")}</th>{th}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <ul class="team-trend-notes">{notes}</ul>
        </section>
    }
}

/// A sentence per column or step held back: which, and why.
fn notes(trend: &Trend, heads: &[(String, u16)], lang: Lang) -> Vec<String> {
    let name = |i: usize| heads.get(i).map(|h| h.0.clone()).unwrap_or_default();
    let mut out: Vec<String> = trend
        .columns
        .iter()
        .filter_map(|col| {
            col.hidden.map(|why| lang.f("team_trend.hidden", &[("name", &name(col.index)), ("why", &why.words(lang))]))
        })
        .collect();
    for (i, s) in trend.steps.iter().enumerate() {
        let both_shown = trend.columns.get(i).is_some_and(|c| c.hidden.is_none())
            && trend.columns.get(i + 1).is_some_and(|c| c.hidden.is_none());
        if let (Some(why), true) = (s.suppressed, both_shown) {
            let (a, b) = (trend.columns.get(i).map_or(0, |c| c.index), trend.columns.get(i + 1).map_or(0, |c| c.index));
            out.push(
                lang.f("team_trend.step_hidden", &[("from", &name(a)), ("to", &name(b)), ("why", &why.words(lang))]),
            );
        }
    }
    out
}
