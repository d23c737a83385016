//! The team's key, on the team screen: create the team (a key pair made
//! by WebCrypto in this browser), show its public "send here" link,
//! download the key as a backup and import it on another device. Sealed
//! results pasted into the intake open with it (`intake::open_sealed`).
//! Losing the key loses every sealed result: the screen says so.

use crate::document::seal::{KeyFile, SealError};
use crate::ui::browser::files;
use crate::ui::browser::seal as sealing;
use crate::ui::state::use_state;
use leptos::prelude::*;

#[component]
pub fn TeamKey() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let instance = st.env.options.instance.clone();
    let key = RwSignal::new(sealing::kept_key(instance.as_deref()));
    let name = RwSignal::new(String::new());
    let said = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let page = st.env.page.clone();
    let kept = {
        let instance = instance.clone();
        move |k: KeyFile| {
            let note = match sealing::keep_key(instance.as_deref(), &k) {
                Ok(()) => st.t("team_seal.key_kept"),
                Err(_) => st.t("team_seal.key_not_kept"),
            };
            key.set(Some(k));
            said.set(note.to_string());
            st.say(note);
        }
    };
    let create = {
        let kept = kept.clone();
        move |_| {
            let typed = crate::document::seal::team_name(&name.get_untracked());
            if typed.is_empty() {
                said.set(st.t("team_seal.name_first").to_string());
                st.say(st.t("team_seal.name_first"));
                st.focus_later("team-seal-name");
                return;
            }
            busy.set(true);
            let kept = kept.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match sealing::create_team(&typed).await {
                    Ok(k) => kept(k),
                    Err(e) => {
                        let why = e.words(st.lang.get_untracked());
                        said.set(why.to_string());
                        st.say(why);
                    }
                }
                busy.set(false);
            });
        }
    };
    let import = {
        let kept = kept.clone();
        move |ev: leptos::ev::Event| {
            let Some(input) =
                wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(&event_target::<web_sys::EventTarget>(&ev))
                    .cloned()
            else {
                return;
            };
            let kept = kept.clone();
            files::read_chosen(&input, move |read| {
                let got = match read {
                    files::Read::Text(text) => KeyFile::read(&text),
                    _ => Err(SealError::KeyFile),
                };
                match got {
                    Ok(k) => kept(k),
                    Err(e) => {
                        let why = e.words(st.lang.get_untracked());
                        said.set(why.to_string());
                        st.say(why);
                    }
                }
            });
            input.set_value("");
        }
    };
    let download = move |_| {
        if let Some(k) = key.get_untracked() {
            let stem: String =
                k.name.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect::<String>().to_lowercase();
            files::download(&format!("service-ladder-team-key-{stem}.json"), "application/json", &k.text());
        }
    };
    let link = move || key.with(|k| k.as_ref().map(|k| k.team().link(&page)).unwrap_or_default());
    let copy = {
        let link = link.clone();
        move |_| {
            files::copy(&link());
            said.set(st.t("team_seal.link_copied").to_string());
            st.say(st.t("team_seal.link_copied"));
        }
    };
    let forget = move |_| {
        sealing::forget_key(instance.as_deref());
        key.set(None);
    };
    let has_key = move || key.with(Option::is_some);
    let title = move || {
        key.with(|k| k.as_ref().map(|k| lang.f("team_seal.team_named", &[("name", &k.name)])))
            .unwrap_or_else(|| t("team_seal.sealed_results").to_string())
    };
    view! {
        <section class="block team-seal no-print" aria-labelledby="team-seal-title">
            <h3 id="team-seal-title">{title}</h3>
            <p class="meta">{t("team_seal.what_sealing_does")}</p>
            <div hidden=has_key>
                <div class="field">
                    <label for="team-seal-name">{t("team_seal.team_name")}</label>
                    <input id="team-seal-name" type="text" maxlength="100" autocomplete="off"
                        prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="actions">
                    <button type="button" class="primary" id="team-seal-create" disabled=move || busy.get() on:click=create>
                        {t("team_seal.create_the_team")}
                    </button>
                </div>
                <div class="field">
                    <label for="team-seal-import">{t("team_seal.import_the_team_key")}</label>
                    <input id="team-seal-import" type="file" accept=".json,application/json" on:change=import/>
                </div>
            </div>
            <div hidden=move || !has_key()>
                <div class="field">
                    <label for="team-send-here">{t("team_seal.send_here_link")}</label>
                    <input id="team-send-here" type="text" readonly prop:value=link.clone()
                        on:focus=move |ev| {
                            if let Some(input) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(&event_target::<web_sys::EventTarget>(&ev)) {
                                input.select();
                            }
                        }/>
                </div>
                <p class="meta">{t("team_seal.send_here_explained")}</p>
                <p>{t("team_seal.losing_the_key")}</p>
                <div class="actions">
                    <button type="button" on:click=copy>{t("team_seal.copy_the_link")}</button>
                    <button type="button" id="team-seal-download" on:click=download>{t("team_seal.download_the_team_key")}</button>
                    <button type="button" on:click=forget>{t("team_seal.remove_the_key")}</button>
                </div>
            </div>
            <p class="sent" aria-hidden="true" hidden=move || said.with(String::is_empty)>{move || said.get()}</p>
        </section>
    }
}
