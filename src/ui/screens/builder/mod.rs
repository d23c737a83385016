//! The configuration builder (builder.html, issue 21): a company's setup
//! person writes the widget's configuration with a live preview beside
//! the form, then takes the file, the snippet and the host's headers.
//! The draft and its rules are the pure core's (`embed::builder`); this
//! is the thin layer over it. It is a later part of the wasm of its own
//! (src/ui/router.rs), so a visitor's first load never carries it.

pub mod brand;
pub mod journeys;
pub mod preview;
pub mod publish;
pub mod questions;
pub mod start;
pub mod work;

pub mod state;

use crate::embed::builder::{Checked, Draft, STORAGE_KEY};
use crate::ui::state::storage::{Access, Backend, WriteError};
use leptos::prelude::*;
pub use state::Env;
use state::{B, use_b};

/// Fields the form has a place for (problems elsewhere are listed at the top).
pub const FIELDS: [&str; 13] = [
    "brand.name",
    "brand.accent",
    "brand.text",
    "brand.logo",
    "parts",
    "role",
    "intro",
    "languages",
    "default_language",
    "team_threshold",
    "hosts",
    "items",
    "journeys",
];

/// Every problem the form has no field for, and the file as a whole's.
#[component]
fn Elsewhere() -> impl IntoView {
    let b = use_b();
    let lines = move || {
        b.checked.with(|c| {
            c.elsewhere(&FIELDS)
                .map(|p| if p.path.is_empty() { p.message.clone() } else { format!("{}: {}", p.path, p.message) })
                .collect::<Vec<_>>()
        })
    };
    let b2 = b;
    view! {
        {move || {
            let lines = lines();
            let ok = b2.checked.with(Checked::ok);
            let title = if ok { b2.t("builder.ready") } else { b2.t("builder.problems_title") };
            view! {
                <section class="builder-status" class:has-problems=!ok aria-live="polite">
                    <p class="builder-verdict">{title}</p>
                    {(!lines.is_empty()).then(|| view! {
                        <ul class="field-problems elsewhere">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    })}
                </section>
            }
        }}
    }
}

/// The builder's page.
#[component]
pub fn Builder(env: &'static Env) -> impl IntoView {
    let (store, access) = Backend::open();
    let kept_text = store.get(STORAGE_KEY);
    let draft = kept_text.as_deref().and_then(|t| Draft::open(t).ok()).unwrap_or_default();
    let b = B::new(env, draft, store);
    provide_context(b);
    b.check();
    if b.in_memory() {
        b.kept.set(Some(WriteError::Refused));
    } else if access == Access::Full {
        b.kept.set(Some(WriteError::Full));
    }
    Effect::new(move |_| {
        let lang = b.lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", lang.code());
            }
            doc.set_title(lang.t("builder.title"));
        }
    });
    preview::answer_config_requests(b);
    move || {
        let lang = b.lang.get();
        view! {
            <div class="app builder" lang=lang.code()>
                <header class="top no-print">
                    <h1 class="brand"><span class="brand-name">{lang.t("builder.title")}</span></h1>
                    <LangSwitch/>
                </header>
                <div class="builder-layout">
                    <main class="builder-form">
                        <p class="lead">{lang.t("builder.lead")}</p>
                        {move || b.kept.get().map(|k| {
                            let words = match k {
                                WriteError::Full => b.t("builder.storage_full"),
                                WriteError::Refused => b.t("builder.storage_refused"),
                            };
                            view! { <p class="notice builder-kept" role="status">{words}</p> }
                        })}
                        <Elsewhere/>
                        <start::Start/>
                        {move || {
                            b.generation.track();
                            view! {
                                <brand::BrandSection/>
                                <work::Work/>
                                <questions::Questions/>
                                <journeys::JourneysSection/>
                                <work::Languages/>
                                <work::Team/>
                                <publish::Publish/>
                            }
                        }}
                    </main>
                    <preview::Preview/>
                </div>
            </div>
        }
    }
}

/// Russian or English for the builder itself.
#[component]
fn LangSwitch() -> impl IntoView {
    let b = use_b();
    let buttons = ["ru", "en"]
        .into_iter()
        .map(|code| {
            let pressed = move || b.lang.with(|l| l.code() == code);
            let choose = move |_| {
                leptos::task::spawn_local(async move {
                    if let Ok(lang) = b.env.tables.fetch(code).await {
                        b.lang.set(lang);
                    }
                });
            };
            view! {
                <button class="lang" type="button" lang=code aria-pressed=move || pressed().to_string() on:click=choose>
                    {code.to_uppercase()}
                </button>
            }
        })
        .collect_view();
    view! { <div class="langs" role="group" aria-label=move || b.lang.get().t("builder.language_of_the_builder")>{buttons}</div> }
}
