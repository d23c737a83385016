//! The company's look: its name in each offered language, the accent and
//! text colours (refused when people could not read them, with the
//! nearest colour that passes offered instead), and its logo's address.

use super::state::{AtField, use_b};
use crate::embed::builder::{Colour, ColourRefused};
use leptos::prelude::*;

#[component]
pub fn BrandSection() -> impl IntoView {
    let b = use_b();
    let lang = b.lang.get_untracked();
    // Drawn again only when the languages change (typing keeps its field).
    let codes = Memo::new(move |_| b.draft.with(|d| d.languages()));
    let names = move || {
        codes
            .get()
            .into_iter()
            .map(|code| {
                let id = format!("b-name-{code}");
                let value = b.draft.with_untracked(|d| d.words("name", true, &code));
                let c = code.clone();
                view! {
                    <div class="builder-field">
                        <label for=id.clone()>{lang.f("builder.name_in", &[("lang", &code.to_uppercase())])}</label>
                        <input id=id type="text" maxlength="80" prop:value=value
                            on:input=move |ev| { let v = event_target_value(&ev); b.change(|d| d.set_name(&c, &v)) }/>
                    </div>
                }
            })
            .collect_view()
    };
    let logo = b.draft.with_untracked(|d| d.logo().unwrap_or("").to_string());
    view! {
        <section class="builder-section" aria-labelledby="b-brand">
            <h2 id="b-brand">{lang.t("builder.brand")}</h2>
            {names}
            <AtField field="brand.name"/>
            <ColourField which=Colour::Accent/>
            <ColourField which=Colour::Text/>
            <div class="builder-field">
                <label for="b-logo">{lang.t("builder.logo")}</label>
                <input id="b-logo" type="url" inputmode="url" placeholder="https://" prop:value=logo
                    on:change=move |ev| { let v = event_target_value(&ev); b.change(|d| d.set_logo(&v)) }/>
                <p class="hint">{lang.t("builder.logo_hint")}</p>
                <AtField field="brand.logo"/>
            </div>
        </section>
    }
}

#[component]
fn ColourField(which: Colour) -> impl IntoView {
    let b = use_b();
    let lang = b.lang.get_untracked();
    let (label, field) = match which {
        Colour::Accent => (lang.t("builder.accent"), "brand.accent"),
        Colour::Text => (lang.t("builder.text_colour"), "brand.text"),
    };
    let id = format!("b-{}", which.key());
    let value = RwSignal::new(b.draft.with_untracked(|d| d.colour(which).unwrap_or("").to_string()));
    let refused = RwSignal::new(None::<ColourRefused>);
    let take = move |hex: String| {
        let mut outcome = Ok(());
        b.change(|d| outcome = d.set_colour(which, Some(&hex).filter(|h| !h.trim().is_empty()).map(|h| h.as_str())));
        refused.set(outcome.err());
    };
    let swatch = move || b.draft.with(|d| d.colour(which).map(str::to_string));
    let why = move || {
        refused.get().map(|r| match r {
            ColourRefused::NotAColour => {
                view! { <p class="field-problems" role="alert">{b.t("builder.not_a_colour")}</p> }.into_any()
            }
            ColourRefused::TooLight { ratio, nearest } => {
                let hex = nearest.hex();
                let h = hex.clone();
                view! {
                    <div class="field-problems" role="alert">
                        <p>{b.lang.get_untracked().f("builder.too_light", &[("ratio", &ratio)])}</p>
                        <button type="button" class="use-nearest" on:click=move |_| {
                            value.set(h.clone());
                            take(h.clone());
                        }>{b.lang.get_untracked().f("builder.use_nearest", &[("colour", &hex)])}</button>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <div class="builder-field colour-field">
            <label for=id.clone()>{label}</label>
            <div class="builder-row">
                <input id=id type="text" maxlength="7" placeholder="#1f5fa8" spellcheck="false" prop:value=move || value.get()
                    on:change=move |ev| { let v = event_target_value(&ev); value.set(v.clone()); take(v) }/>
                <span class="swatch" aria-hidden="true" style:background-color=swatch></span>
            </div>
            {why}
            <AtField field=field/>
        </div>
    }
}
