//! The live preview: the real widget in an iframe of this same origin,
//! started the way the snippet starts it with an inline configuration
//! (`config=message`): it asks its parent for the configuration, and the
//! builder answers with the draft as it stands. Nothing is inline in the
//! page and nothing leaves the device, so the strict policy holds. A
//! moment after each change the frame starts again; the preview keeps its
//! own answers under a widget id of its own (`builder-preview`).

use super::state::{B, use_b};
use crate::embed::builder::Draft;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// The preview widget's id: its answers are kept apart from the person's own.
const PREVIEW_ID: &str = "builder-preview";

fn own_origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// Answers the preview's request for its configuration with the draft.
pub fn answer_config_requests(b: B) {
    let Some(window) = web_sys::window() else { return };
    let origin = own_origin();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        if ev.origin() != origin {
            return;
        }
        let data = ev.data();
        let field = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok().and_then(|v| v.as_string());
        if field("source").as_deref() != Some("service-ladder") || field("type").as_deref() != Some("config-request") {
            return;
        }
        // The preview's window is of another realm: `instanceof Window` fails for it.
        let Some(source) = ev.source().map(|s| s.unchecked_into::<web_sys::Window>()) else { return };
        let text = b.draft.try_with_untracked(Draft::text).unwrap_or_default();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"source".into(), &"service-ladder-host".into());
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"config".into());
        let _ = js_sys::Reflect::set(&message, &"config".into(), &text.into());
        let _ = source.post_message(&message, &origin);
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    // The builder page lives as long as the listener.
    on_message.forget();
}

#[component]
pub fn Preview() -> impl IntoView {
    let b = use_b();
    let lang = b.lang.get_untracked();
    let phone = RwSignal::new(true);
    let chosen = RwSignal::new(None::<String>);
    let codes = Memo::new(move |_| b.draft.with(|d| d.languages()));
    let shown = move || {
        let codes = codes.get();
        chosen.get().filter(|c| codes.contains(c)).or_else(|| codes.first().cloned()).unwrap_or_else(|| "ru".into())
    };
    let src = move || {
        let origin = String::from(js_sys::encode_uri_component(&own_origin()));
        format!(
            "index.html?embed=1&config=message&origin={origin}&id={PREVIEW_ID}&lang={}&v={}",
            shown(),
            b.version.get()
        )
    };
    let langs = move || {
        codes
            .get()
            .into_iter()
            .map(|code| {
                let c = code.clone();
                let pressed = move || (shown() == c).to_string();
                let c = code.clone();
                view! {
                    <button type="button" class="lang" lang=code.clone() aria-pressed=pressed on:click=move |_| chosen.set(Some(c.clone()))>
                        {code.to_uppercase()}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <aside class="builder-preview" aria-labelledby="b-preview">
            <h2 id="b-preview">{lang.t("builder.preview")}</h2>
            <div class="builder-row">
                <div class="langs" role="group" aria-label=lang.t("builder.preview_width")>
                    <button type="button" class="lang width-phone" aria-pressed=move || phone.get().to_string() on:click=move |_| phone.set(true)>
                        {lang.t("builder.phone")}
                    </button>
                    <button type="button" class="lang width-desktop" aria-pressed=move || (!phone.get()).to_string() on:click=move |_| phone.set(false)>
                        {lang.t("builder.desktop")}
                    </button>
                </div>
                <div class="langs" role="group" aria-label=lang.t("builder.preview_language")>{langs}</div>
            </div>
            <div class="preview-box" class:phone=phone class:desktop=move || !phone.get()>
                <iframe class="preview-frame" title=lang.t("builder.preview_title") src=src></iframe>
            </div>
        </aside>
    }
}
