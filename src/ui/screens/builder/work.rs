//! What people do (parts, kind of work fixed or chosen, the intro), which
//! languages are offered, and the team view's threshold.

use super::state::{AtField, use_b};
use crate::embed::builder::LANGUAGES;
use crate::embed::config::Parts;
use crate::team::threshold::{DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD};
use leptos::prelude::*;

#[component]
pub fn Work() -> impl IntoView {
    let b = use_b();
    let lang = b.lang.get_untracked();
    let parts = [
        (Parts::Both, lang.t("builder.parts_both")),
        (Parts::Assessment, lang.t("builder.parts_assessment")),
        (Parts::Walkthrough, lang.t("builder.parts_walkthrough")),
    ]
    .into_iter()
    .map(|(p, label)| {
        let checked = move || b.draft.with(|d| d.parts() == p);
        view! {
            <label class="choice">
                <input type="radio" name="b-parts" value=p.id() prop:checked=checked
                    on:change=move |_| b.change(|d| d.set_parts(p))/>
                {label}
            </label>
        }
    })
    .collect_view();
    let chosen = move || b.draft.with(|d| d.role().is_none());
    let roles = b
        .env
        .shipped
        .assessment
        .roles
        .iter()
        .map(|r| {
            let id = r.id.clone();
            let i = id.clone();
            let checked = move || b.draft.with(|d| d.role() == Some(i.as_str()));
            view! {
                <label class="choice">
                    <input type="radio" name="b-role" value=id.clone() prop:checked=checked
                        on:change=move |_| b.change(|d| d.set_role(Some(&id)))/>
                    {r.name.get(lang).to_string()}
                </label>
            }
        })
        .collect_view();
    let codes = Memo::new(move |_| b.draft.with(|d| d.languages()));
    let intros = move || {
        codes
            .get()
            .into_iter()
            .map(|code| {
                let id = format!("b-intro-{code}");
                let value = b.draft.with_untracked(|d| d.words("intro", false, &code));
                let c = code.clone();
                view! {
                    <div class="builder-field">
                        <label for=id.clone()>{lang.f("builder.intro_in", &[("lang", &code.to_uppercase())])}</label>
                        <textarea id=id rows="3" maxlength="600" prop:value=value
                            on:input=move |ev| { let v = event_target_value(&ev); b.change(|d| d.set_intro(&c, &v)) }></textarea>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <section class="builder-section" aria-labelledby="b-work">
            <h2 id="b-work">{lang.t("builder.what_people_do")}</h2>
            <fieldset>
                <legend>{lang.t("builder.parts")}</legend>
                {parts}
                <AtField field="parts"/>
            </fieldset>
            <fieldset>
                <legend>{lang.t("builder.kind_of_work")}</legend>
                <label class="choice">
                    <input type="radio" name="b-role" value="" prop:checked=chosen
                        on:change=move |_| b.change(|d| d.set_role(None))/>
                    {lang.t("builder.each_person_chooses")}
                </label>
                {roles}
                <AtField field="role"/>
            </fieldset>
            <p class="hint">{lang.t("builder.intro_hint")}</p>
            {intros}
            <AtField field="intro"/>
        </section>
    }
}

#[component]
pub fn Languages() -> impl IntoView {
    let b = use_b();
    let lang = b.lang.get_untracked();
    let last = RwSignal::new(false);
    let boxes = LANGUAGES
        .into_iter()
        .map(|code| {
            let on = move || b.draft.with(|d| d.languages().iter().any(|c| c == code));
            let toggle = move |ev: leptos::ev::Event| {
                let want = event_target_checked(&ev);
                let mut now: Vec<String> = b.draft.with_untracked(|d| d.languages());
                if want {
                    now.push(code.to_string());
                } else {
                    now.retain(|c| c != code);
                }
                // In the built-in order; at least one.
                let list: Vec<&str> = LANGUAGES.into_iter().filter(|c| now.iter().any(|n| n == c)).collect();
                last.set(list.is_empty());
                if list.is_empty() {
                    if let Some(input) =
                        ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
                    {
                        input.set_checked(true);
                    }
                    return;
                }
                b.change(|d| d.set_languages(&list));
            };
            let name =
                crate::text::language_file::BUILT_IN_NAMES.iter().find(|(c, _)| *c == code).map_or(code, |(_, n)| *n);
            view! {
                <label class="choice">
                    <input type="checkbox" value=code prop:checked=on on:change=toggle/>
                    <span lang=code>{name}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="builder-section" aria-labelledby="b-langs">
            <h2 id="b-langs">{lang.t("builder.languages")}</h2>
            <fieldset>
                <legend>{lang.t("builder.languages_offered")}</legend>
                {boxes}
            </fieldset>
            {move || last.get().then(|| view! { <p class="field-problems" role="alert">{b.t("builder.one_language_needed")}</p> })}
            <AtField field="languages"/>
            <AtField field="default_language"/>
        </section>
    }
}

#[component]
pub fn Team() -> impl IntoView {
    let b = use_b();
    let lang = b.lang.get_untracked();
    let value = b.draft.with_untracked(|d| d.threshold()).to_string();
    let out_of_range = RwSignal::new(false);
    let set = move |ev: leptos::ev::Event| {
        let n = event_target_value(&ev).trim().parse::<usize>().unwrap_or(0);
        let mut ok = true;
        b.change(|d| ok = d.set_threshold(n).is_ok());
        out_of_range.set(!ok);
    };
    view! {
        <section class="builder-section" aria-labelledby="b-team">
            <h2 id="b-team">{lang.t("builder.team")}</h2>
            <div class="builder-field">
                <label for="b-threshold">{lang.t("builder.threshold")}</label>
                <input id="b-threshold" type="number" inputmode="numeric" min=MIN_THRESHOLD max=MAX_THRESHOLD prop:value=value on:change=set/>
                <p class="hint">{lang.f("builder.threshold_why", &[("n", &DEFAULT_THRESHOLD), ("min", &MIN_THRESHOLD), ("max", &MAX_THRESHOLD)])}</p>
                {move || out_of_range.get().then(|| view! {
                    <p class="field-problems" role="alert">{b.lang.get_untracked().f("builder.threshold_range", &[("min", &MIN_THRESHOLD), ("max", &MAX_THRESHOLD)])}</p>
                })}
                <AtField field="team_threshold"/>
            </div>
        </section>
    }
}
