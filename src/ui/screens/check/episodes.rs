//! The last five clients, after the questions: for each, what the client
//! got against what they expected, on the seed's ladder (−1 / 0 / +1).
//! Real episodes are the verdict's first evidence (check::scoring); every
//! client is optional and the step can be skipped.

use crate::content::RUNGS;
use crate::document::saved::{EPISODES, SavedStoreFields, Screen};
use crate::text::lang::Lang;
use crate::ui::screens::check::question::finish;
use crate::ui::state::use_state;
use crate::ui::widgets::shared::{StepHeading, band_class};
use leptos::prelude::*;

/// The short word on a rung's button.
fn rung_word(r: i8, lang: Lang) -> &'static str {
    match r {
        r if r < 0 => lang.t("check_episodes.less"),
        0 => lang.t("check_episodes.as_expected"),
        _ => lang.t("check_episodes.more"),
    }
}

#[component]
pub fn Episodes() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let episodes = st.doc.episodes();
    let clients = (1..=EPISODES)
        .map(|n| {
            let key = n.to_string();
            let label = lang.f("check_episodes.client_n", &[("n", &n)]);
            let tiles = RUNGS
                .iter()
                .map(|&r| {
                    let key = key.clone();
                    let checked = move || episodes.with(|e| e.get(&key) == Some(&r));
                    view! {
                        <label class=format!("tile {}", band_class(r))>
                            <input type="radio" name=format!("client-{n}") value=r.to_string()
                                prop:checked=checked
                                on:change=move |_| st.rate_client(n, Some(r))/>
                            <span class="tile-value">{crate::document::export::rating_text(Some(r))}</span>
                            <span class="tile-word">{rung_word(r, lang)}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="client">
                    <legend>{label}</legend>
                    <div class="tiles compact">{tiles}</div>
                </fieldset>
            }
        })
        .collect_view();
    let rated = move || {
        let n = episodes.with(|e| e.len());
        lang.f("check_episodes.rated", &[("n", &n), ("total", &EPISODES)])
    };
    let last = st.assessment().items.len().saturating_sub(1);
    view! {
        <section class="step episodes">
            <StepHeading>{t("check_episodes.your_last_five_clients")}</StepHeading>
            <p>{t("check_episodes.think_of_them")}</p>
            <p class="hint">{t("check_episodes.skip_any")}</p>
            {clients}
            <p class="rated" aria-live="polite">{rated}</p>
            <div class="nav">
                <button type="button" on:click=move |_| st.go(Screen::Question { index: last })>{t("check_episodes.back")}</button>
                <button type="button" class="primary next" on:click=move |_| finish(st)>{t("check_episodes.see_my_result")}</button>
            </div>
        </section>
    }
}
