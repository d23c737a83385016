//! "Send to my manager": on a finished self-check, walk or both, a link
//! carrying the result and the person's group (from the snippet's label,
//! or typed here; their name only if they type one) goes out through the
//! phone's share sheet, or is copied. The manager pastes such links into
//! the team screen. The same link travels in the completed events.
//!
//! When the person opened a team's "send here" link, a second way is
//! offered: "For the team report only (sealed)" — the same result, sealed
//! with the team's public key (`ui::browser::seal`), with the group and
//! the month but not the day; only that team's view opens it, and only
//! into its figures.

use crate::check::scoring::{self, Answers};
use crate::document::saved::Screen;
use crate::document::{seal, share};
use crate::ui::browser::files::{self, Sent};
use crate::ui::browser::seal as sealing;
use crate::ui::state::{AppState, result_link, use_state};
use crate::walk::journey::Journey;
use crate::walk::record::Walk;
use leptos::prelude::*;

/// What a screen has to send: the finished self-check and/or walk.
fn finished(st: AppState, screen: &Screen) -> (Option<Answers>, Option<(Journey, Walk)>) {
    let answers = || {
        let a = st.answers.get_untracked();
        let set = st.assessment();
        (scoring::answered(set, &a) == set.items.len()).then_some(a)
    };
    // A target walk is a plan, not what a client got: not sent.
    let walked = || st.walked().zip(st.walk.get_untracked()).filter(|(_, w)| w.finished && !w.target);
    match screen {
        Screen::Result => (answers(), None),
        Screen::Map => (None, walked()),
        Screen::Summary => (answers(), walked()),
        _ => (None, None),
    }
}

/// The panel, on the screens of a finished result (nothing elsewhere).
#[component]
pub fn SendToManager(screen: Screen) -> impl IntoView {
    let st = use_state();
    let (answers, walk) = finished(st, &screen);
    if answers.is_none() && walk.is_none() {
        return None;
    }
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let label = RwSignal::new(st.env.options.label.clone().unwrap_or_default());
    let name = RwSignal::new(String::new());
    let link = RwSignal::new(String::new());
    // Said where the person is looking too (the status region is read out).
    let said = RwSignal::new(String::new());
    let source = StoredValue::new((answers, walk));
    let instance = st.env.options.instance.clone();
    let team = RwSignal::new(sealing::send_to(instance.as_deref()));
    let sent = move |sent: Sent| {
        let said_now = match sent {
            Sent::Shared => st.t("team_send.the_link_was_passed_on"),
            Sent::Cancelled => st.t("team_send.sending_was_cancelled_the_link"),
            Sent::Copied => st.t("team_send.the_link_is_copied_paste"),
            Sent::Failed => st.t("team_send.copy_the_link_below_and"),
        };
        said.set(said_now.to_string());
        st.say(said_now);
        if matches!(sent, Sent::Failed | Sent::Cancelled) {
            st.focus_later("send-link");
        }
    };
    // The same result a named link carries (made, and trimmed to fit, the
    // same way), sealed for the team: its day becomes its month.
    let send_sealed = move |_| {
        let Some(to) = team.get_untracked() else { return };
        let url = source.with_value(|(a, w)| {
            result_link(st, a.as_ref(), w.as_ref().map(|(j, w)| (j, w)), Some(label.get_untracked()), None)
        });
        let fingerprint = share::fingerprint(st.content);
        let Some(shared) = url.split_once('#').and_then(|(_, f)| share::decode(f, fingerprint).ok()) else { return };
        let inside = seal::Inside::of(&shared, shared.day.unwrap_or_else(files::today), fingerprint);
        link.set(String::new());
        wasm_bindgen_futures::spawn_local(async move {
            match sealing::seal(&to, &inside.encode()).await {
                Ok(envelope) => {
                    let url = envelope.link(&st.env.page);
                    link.set(url.clone());
                    let title = st.t("team_send.my_sealed_result");
                    let text = st.t("team_send.sealed_for_the_team_report");
                    files::share_or_copy(title, text, &url, sent);
                }
                Err(e) => {
                    let why = e.words(st.lang.get_untracked());
                    said.set(why.to_string());
                    st.say(why);
                }
            }
        });
    };
    let forget = move |_| {
        sealing::forget_send_to(instance.as_deref());
        team.set(None);
    };
    let send = move |_| {
        let url = source.with_value(|(a, w)| {
            let typed = label.get_untracked();
            result_link(st, a.as_ref(), w.as_ref().map(|(j, w)| (j, w)), Some(typed), Some(name.get_untracked()))
        });
        link.set(url.clone());
        let title = st.t("team_send.my_service_ladder_result");
        let text = st.t("team_send.my_client_orientation_self_check");
        files::share_or_copy(title, text, &url, sent);
    };
    let to_team = move || {
        team.with(|t| t.as_ref().map(|t| lang.f("team_send.results_can_go_sealed_to", &[("team", &t.name)])))
            .unwrap_or_default()
    };
    let has_team = move || team.with(Option::is_some);
    Some(view! {
        <section class="block send no-print" aria-labelledby="send-title">
            <h3 id="send-title">{t("team_send.send_to_my_manager")}</h3>
            <p class="meta">{t("team_send.your_manager_can_put_several")}</p>
            <div class="field">
                <label for="send-label">{t("team_send.department_branch_or_shift")}</label>
                <input id="send-label" type="text" maxlength="100" autocomplete="off" prop:value=move || label.get()
                    on:input=move |ev| label.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="send-name">{t("team_send.your_name_optional")}</label>
                <p class="meta" id="send-name-hint">{t("team_send.your_name_hint")}</p>
                <input id="send-name" type="text" maxlength="100" autocomplete="name" aria-describedby="send-name-hint"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="send-sealed" hidden=move || !has_team()>
                <p><strong>{to_team}</strong>" "
                    <button type="button" class="link" on:click=forget>{t("team_send.remove_the_team")}</button>
                </p>
                <p class="meta">{t("team_send.sealed_explained")}</p>
                <button type="button" class="primary" id="send-sealed" on:click=send_sealed>{t("team_send.for_the_team_report_only")}</button>
                <p class="meta">{t("team_send.named_explained")}</p>
            </div>
            <button type="button" class:primary=move || !has_team() id="send-named" on:click=send>
                {move || if has_team() { t("team_send.named_or_to_a_person") } else { t("team_send.send_to_my_manager") }}
            </button>
            <p class="sent" aria-hidden="true" hidden=move || said.with(String::is_empty)>{move || said.get()}</p>
            <div class="field" hidden=move || link.with(String::is_empty)>
                <label for="send-link">{t("team_send.link_for_your_manager")}</label>
                <input id="send-link" type="text" readonly prop:value=move || link.get()
                    on:focus=move |ev| {
                        if let Some(input) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(&event_target::<web_sys::EventTarget>(&ev)) {
                            input.select();
                        }
                    }/>
            </div>
        </section>
    })
}
