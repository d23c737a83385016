//! Small pieces the team screen's parts share: names of levels and
//! qualities, an arrow with its words, a before/after table. A leaf among
//! the screen's modules, so that each part can import it without cycles.

use crate::content::{Content, Level};
use crate::team::compare::{Change, Trend};
use crate::team::slides::signed;
use crate::text::lang::Lang;
use crate::ui::state::use_state;
use leptos::either::Either;
use leptos::prelude::*;

pub fn level_short(c: &Content, l: Level, lang: Lang) -> &str {
    c.assessment.levels[l.index()].short.get(lang)
}

pub fn quality_name(c: &Content, q: usize, lang: Lang) -> String {
    c.assessment.qualities.get(q).map(|x| x.name.get(lang).to_string()).unwrap_or_default()
}

/// An arrow to see (hidden from screen readers) and its words to hear.
#[component]
pub fn TrendMark(trend: Trend) -> impl IntoView {
    let lang = use_state().lang.get_untracked();
    view! {
        <span class=format!("trend trend-{}", trend.id()) aria-hidden="true">{trend.arrow()}</span>
        <span class="sr-only">{trend.words(lang)}</span>
    }
}

/// Before, after, and the change with its arrow, per row.
#[component]
pub fn ChangeTable(
    #[prop(into)] label: String,
    caption: String,
    heads: Vec<String>,
    rows: Vec<(String, [String; 2], Option<Change>)>,
) -> impl IntoView {
    let heads = heads.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view();
    let rows = rows
        .into_iter()
        .map(|(h, [b, a], ch)| {
            let change = match ch {
                Some(ch) => Either::Left(view! { <td>{signed(ch.delta())}" "<TrendMark trend=ch.trend()/></td> }),
                None => Either::Right(view! { <td>"—"</td> }),
            };
            view! { <tr><th scope="row">{h}</th><td>{b}</td><td>{a}</td>{change}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=label>
            <table class="team-table team-change">
                <caption>{caption}</caption>
                <thead><tr>{heads}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
