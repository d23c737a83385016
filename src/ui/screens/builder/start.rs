//! Where a configuration starts: the shipped defaults, a kind of work, or
//! a file the company already has (chosen or dropped). A file that is not
//! a configuration at all says why; one with problems opens as it is, each
//! problem at its field.

use super::state::use_b;
use crate::embed::builder::Draft;
use crate::ui::browser::files::{self, Read};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Start() -> impl IntoView {
    let b = use_b();
    let lang = b.lang.get_untracked();
    let role = RwSignal::new(b.env.shipped.assessment.roles.first().map(|r| r.id.clone()).unwrap_or_default());
    let roles = b
        .env
        .shipped
        .assessment
        .roles
        .iter()
        .map(|r| view! { <option value=r.id.clone()>{r.name.get(lang).to_string()}</option> })
        .collect_view();
    let open_text = move |read: Read| match read {
        Read::Text(text) => match Draft::open(&text) {
            Ok(d) => {
                b.not_opened.set(None);
                b.replace(d);
            }
            Err(e) => b.not_opened.set(Some(e.0.message)),
        },
        Read::TooBig => b.not_opened.set(Some(b.t("builder.file_too_big").to_string())),
        Read::Failed => b.not_opened.set(Some(b.t("builder.file_unreadable").to_string())),
    };
    let chosen = move |ev: leptos::ev::Event| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            files::read_chosen(&input, open_text);
            input.set_value("");
        }
    };
    let dropped = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        let file = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
        if let Some(file) = file {
            read_file(file, open_text);
        }
    };
    view! {
        <section class="builder-section" aria-labelledby="b-start">
            <h2 id="b-start">{lang.t("builder.start")}</h2>
            <div class="builder-row">
                <button type="button" class="start-defaults" on:click=move |_| {
                    b.not_opened.set(None);
                    b.replace(Draft::new());
                }>{lang.t("builder.start_defaults")}</button>
            </div>
            <div class="builder-row">
                <label for="b-start-role">{lang.t("builder.start_role")}</label>
                <select id="b-start-role" on:change=move |ev| role.set(event_target_value(&ev))>{roles}</select>
                <button type="button" class="start-role" on:click=move |_| {
                    b.not_opened.set(None);
                    b.replace(Draft::for_role(&role.get_untracked()));
                }>{lang.t("builder.start_from_role")}</button>
            </div>
            <div
                class="builder-row drop"
                on:dragover=move |ev: web_sys::DragEvent| ev.prevent_default()
                on:drop=dropped
            >
                <label for="b-open">{lang.t("builder.open_file")}</label>
                <input id="b-open" type="file" accept=".json,application/json" on:change=chosen/>
                <p class="hint">{lang.t("builder.open_hint")}</p>
            </div>
            {move || b.not_opened.get().map(|why| view! {
                <p class="field-problems not-opened" role="alert">{b.t("builder.not_opened")}" "{why}</p>
            })}
        </section>
    }
}

/// A dropped file read as text (the same limit as a chosen one).
fn read_file(file: web_sys::File, done: impl FnOnce(Read) + 'static) {
    if file.size() > crate::document::export::MAX_IMPORT_BYTES as f64 {
        return done(Read::TooBig);
    }
    let Ok(reader) = web_sys::FileReader::new() else { return done(Read::Failed) };
    let r = reader.clone();
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        done(r.result().ok().and_then(|v| v.as_string()).map_or(Read::Failed, Read::Text))
    });
    reader.set_onloadend(Some(onload.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        reader.set_onloadend(None);
    }
}
