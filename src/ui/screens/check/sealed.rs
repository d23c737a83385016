//! The two links of sealed results, opened in the page's address: a
//! sealed result shows nothing of itself anywhere but inside its team's
//! figures (only the team view holding the key opens it); a team's "send
//! here" link is remembered for this widget, so the person's result can
//! go sealed to that team (removable on the result's Send panel and here).

use crate::document::saved::Screen;
use crate::document::seal::{Envelope, Team};
use crate::ui::browser::seal as sealing;
use crate::ui::screens::check::refused::LinkRefused;
use crate::ui::state::use_state;
use crate::ui::widgets::shared::StepHeading;
use leptos::either::Either;
use leptos::prelude::*;

/// The team a sealed result was sealed for, when this device knows it:
/// the team its person sends to, or the team whose key it holds.
fn team_of(instance: Option<&str>, envelope: &Envelope) -> Option<String> {
    let named = |t: Team| (t.id() == envelope.key).then_some(t.name);
    sealing::send_to(instance).and_then(named).or_else(|| sealing::kept_key(instance).and_then(|k| named(k.team())))
}

#[component]
pub fn SealedNotice(fragment: String) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let home = move |_| st.go(Screen::Home);
    match Envelope::decode(&fragment) {
        Ok(envelope) => {
            let said = match team_of(st.env.options.instance.as_deref(), &envelope) {
                Some(name) => lang.f("check_sealed.sealed_for_team", &[("team", &name)]),
                None => t("check_sealed.sealed_for_a_team").to_string(),
            };
            Either::Left(view! {
                <section class="step sealed-notice">
                    <StepHeading>{t("check_sealed.a_sealed_result")}</StepHeading>
                    <p class="lead">{said}</p>
                    <p>{t("check_sealed.nothing_shown")}</p>
                    <button type="button" class="primary" on:click=home>{t("check_viewing.home")}</button>
                </section>
            })
        }
        Err(e) => Either::Right(view! { <LinkRefused why=e.words(lang).to_string()/> }),
    }
}

#[component]
pub fn SendHere(fragment: String) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let home = move |_| st.go(Screen::Home);
    let instance = st.env.options.instance.clone();
    match Team::decode(&fragment) {
        Ok(team) => {
            let kept = sealing::keep_send_to(instance.as_deref(), &team).is_ok();
            let removed = RwSignal::new(false);
            let remove = move |_| {
                sealing::forget_send_to(instance.as_deref());
                removed.set(true);
                st.say(st.t("check_sealed.removed"));
            };
            let to = lang.f("check_sealed.results_can_go_sealed_to", &[("team", &team.name)]);
            Either::Left(view! {
                <section class="step send-here">
                    <StepHeading>{to}</StepHeading>
                    <p hidden=move || removed.get()>{t("check_sealed.send_here_explained")}</p>
                    {(!kept).then(|| view! { <p>{t("check_sealed.not_remembered")}</p> })}
                    <p hidden=move || !removed.get()>{t("check_sealed.removed")}</p>
                    <div class="action-bar">
                        <button type="button" class="primary" on:click=home>{t("check_sealed.take_the_check")}</button>
                        <button type="button" hidden=move || removed.get() on:click=remove>{t("check_sealed.remove")}</button>
                    </div>
                </section>
            })
        }
        Err(e) => Either::Right(view! { <LinkRefused why=e.words(lang).to_string()/> }),
    }
}
