//! The app frame's notices: configuration problems for the web developer
//! and how the person's data is being kept. Drawn by a later part of the
//! wasm (the router) and placed by the app, so they live here, below both.

use crate::ui::state::keep::Notice;
use crate::ui::state::use_state;
use leptos::either::Either;
use leptos::prelude::*;

/// What is wrong with this page's configuration: in full for the web
/// developer in preview mode (the headings in the page's language, the
/// problems as the reader words them), else a short notice in the visitor's
/// language (the details are in the console).
#[component]
pub fn ConfigProblems() -> impl IntoView {
    let st = use_state();
    let env = st.env;
    if !env.options.preview {
        return Either::Left((!env.problems.is_empty()).then(|| {
            view! {
                <p class="notice config-notice">{move || st.t("widgets_notices.this_page_s_settings_for")}</p>
            }
        }));
    }
    let problems = (!env.problems.is_empty()).then(|| {
        let items = env.problems.iter().map(|p| view! { <li><code>{p.clone()}</code></li> }).collect_view();
        let count = env.problems.len();
        view! {
            <section class="config-problems" aria-labelledby="config-problems-title">
                <h2 id="config-problems-title">
                    {move || st.lang.get().f("widgets_notices.config_problems", &[("count", &count)])}
                </h2>
                <p>{move || st.t("widgets_notices.config_not_applied")}</p>
                <ul>{items}</ul>
            </section>
        }
    });
    let warnings = (!env.warnings.is_empty()).then(|| {
        let items = env.warnings.iter().map(|p| view! { <li><code>{p.clone()}</code></li> }).collect_view();
        view! {
            <section class="config-problems warnings" aria-labelledby="config-warnings-title">
                <h2 id="config-warnings-title">{move || st.t("widgets_notices.config_notices")}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    Either::Right(view! { {problems}{warnings} })
}

/// How the person's data is being kept, when that is not the usual way,
/// with what they can do about it.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let st = use_state();
    let download_all = move |_| {
        let name = format!("service-ladder-{}.json", crate::document::history::day(&crate::ui::browser::files::now()));
        crate::ui::browser::files::download(
            &name,
            "application/json",
            &crate::document::export::everything(&st.snapshot()),
        );
    };
    move || {
        let notice = st.notice.get()?;
        let t = move |key: &str| st.t(key);
        let text = match &notice {
            Notice::Refused => t("widgets_notices.this_browser_does_not_let"),
            Notice::Full => t("widgets_notices.this_browser_s_storage_for"),
            Notice::SetAside { .. } => t("widgets_notices.data_saved_earlier_could_not"),
            Notice::NotSetAside => t("widgets_notices.data_saved_earlier_could_not_2"),
            Notice::Newer => t("widgets_notices.the_data_on_this_device"),
            Notice::NewerElsewhere => t("widgets_notices.newer_elsewhere"),
            Notice::Conflict(_) => t("widgets_notices.the_same_answers_were_changed"),
            Notice::DeletedElsewhere => t("widgets_notices.your_data_was_deleted_in"),
            Notice::NotDeleted => t("widgets_notices.the_browser_did_not_let"),
        };
        let actions = match notice {
            Notice::Refused | Notice::Full => leptos::either::EitherOf5::A(view! {
                <button type="button" on:click=download_all>{t("widgets_notices.download_a_copy")}</button>
            }),
            // Reloading starts the newer version; a copy first, so what
            // was entered only here is not lost.
            Notice::Newer | Notice::NewerElsewhere => leptos::either::EitherOf5::E(view! {
                <button type="button" on:click=download_all>{t("widgets_notices.download_a_copy")}</button>
                <button type="button" class="primary" on:click=move |_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                }>{t("app.reload")}</button>
            }),
            Notice::NotSetAside => leptos::either::EitherOf5::B(view! {
                <button type="button" on:click=move |_| {
                    if let Some(text) = st.unreadable_text()
                        && crate::ui::browser::files::download("service-ladder-unreadable-data.json", "application/json", &text)
                    {
                        st.release_unreadable();
                    }
                }>{t("widgets_notices.download_that_data")}</button>
            }),
            Notice::Conflict(_) => leptos::either::EitherOf5::C(view! {
                <button type="button" on:click=move |_| st.resolve(crate::document::merge::Prefer::Mine)>
                    {t("widgets_notices.keep_this_tab_s_version")}
                </button>
                <button type="button" on:click=move |_| st.resolve(crate::document::merge::Prefer::Theirs)>
                    {t("widgets_notices.take_the_other_tab_s")}
                </button>
            }),
            _ => leptos::either::EitherOf5::D(()),
        };
        Some(view! { <div class="notice"><p>{text}</p><div class="actions">{actions}</div></div> })
    }
}
