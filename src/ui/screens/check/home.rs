//! The first screen: what the app is, how long each part takes, that
//! nothing leaves the device, and where to start or continue.

use crate::check::scoring;
use crate::document::saved::Screen;
use crate::text::lang::Lang;
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::shared::{Go, StepHeading};
use leptos::prelude::*;

/// Where the self-assessment part stands, and the button that continues it.
pub fn assessment_action(st: AppState, lang: Lang) -> (String, Screen, bool) {
    let assessment = st.assessment();
    let total = assessment.items.len();
    let (done, first_open) =
        st.answers.with_untracked(|a| (scoring::answered(assessment, a), scoring::first_unanswered(assessment, a)));
    match (done, first_open) {
        (0, _) => {
            (lang.t("check_home.start_the_self_check").into(), crate::ui::screens::check::steps::first_step(st), false)
        }
        (n, Some(index)) => (
            lang.f("check_home.continue_n_of_total_answered", &[("n", &n), ("total", &total)]),
            Screen::Question { index },
            false,
        ),
        (_, None) => (lang.t("check_home.see_my_result").into(), Screen::Result, true),
    }
}

/// Where the walkthrough stands, and the button that continues it. The
/// embedding page may name the journey to start with.
pub fn walk_action(st: AppState, lang: Lang) -> (String, Screen, bool) {
    let walk = st.walk.get_untracked();
    let journey = st.walked();
    let preset = st.env.options.journey.as_deref().and_then(|id| st.journey(id));
    match (walk, journey) {
        (Some(w), Some(_)) if w.finished => (lang.t("check_home.open_the_journey_map").into(), Screen::Map, true),
        (Some(w), Some(j)) if !w.audits.is_empty() => {
            // The first touchpoint with neither a choice nor a suggestion.
            let next = j
                .touchpoints
                .iter()
                .position(|t| w.audit(&t.id).and_then(|a| a.effective_rating(&st.content.ladder, t.handoff)).is_none())
                .unwrap_or(0);
            let label = lang.f("check_home.continue_journey", &[("journey", &j.name.get(lang))]);
            (label, Screen::Touchpoint { index: next }, false)
        }
        _ => match preset {
            Some(j) => {
                let label = lang.f("check_home.walk_journey", &[("journey", &j.name.get(lang))]);
                (label, Screen::Touchpoint { index: 0 }, false)
            }
            None => (lang.t("check_home.choose_a_customer_journey").into(), Screen::Journeys, false),
        },
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let st = use_state();
    let total = st.assessment().items.len();

    // The whole screen is drawn per language: one redraw instead of a
    // reactive closure per phrase keeps the wasm small.
    {
        let lang = st.lang.get_untracked();
        let t = move |key: &str| lang.t(key);
        let (a_label, a_target, a_done) = assessment_action(st, lang);
        let (w_label, w_target, w_done) = walk_action(st, lang);
        let length = lang.p("check_home.length", total as i64, &[]);
        let parts = st.env.config.parts;
        let parts = st.env.options.parts.unwrap_or(parts);
        let intro = match &st.env.config.intro {
            Some(text) => text.get(lang).to_string(),
            None => t("check_home.two_self_checks_for_staff").to_string(),
        };
        view! {
            <section class="step home">
                <div class="hero">
                    <div>
                        <StepHeading>{t("check_home.how_client_oriented_is_your")}</StepHeading>
                        <p class="lead">{intro}</p>
                    </div>
                    <LadderArt/>
                </div>
                <div class="parts">
                    <section class="part" aria-labelledby="part-assessment" hidden=!parts.assessment()>
                        <h3 id="part-assessment">{t("check_home.client_orientation_self_check")}</h3>
                        <p>{t("check_home.at_which_level_you_serve")}</p>
                        <p class="meta">{length}</p>
                        <button type="button" class="primary" on:click=move |_| st.go(a_target.clone())>{a_label}</button>
                    </section>
                    <section class="part" aria-labelledby="part-walk" hidden=!parts.walkthrough()>
                        <h3 id="part-walk">{t("check_home.walk_your_customer_s_journey")}</h3>
                        <p>{t("check_home.walk_the_client_s_path")}</p>
                        <p class="meta">{t("check_home.about_10_minutes_use_a")}</p>
                        <button type="button" class="primary" on:click=move |_| {
                            // Starting a preset journey begins its walk.
                            if let (Screen::Touchpoint { .. }, None, Some(id)) = (&w_target, st.walk.get_untracked(), &st.env.options.journey) {
                                st.walk.set(Some(crate::walk::record::Walk::new(id.clone())));
                            }
                            st.go(w_target.clone());
                        }>{w_label}</button>
                    </section>
                </div>
                {(a_done && w_done).then(|| view! {
                    <div class="actions">
                        <Go to=Screen::Summary label=t("check_home.what_to_do_this_week") primary=true/>
                    </div>
                })}
                // The privacy promise, once, where people decide to start.
                <p class="privacy">
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <rect x="5" y="11" width="14" height="10" rx="2"></rect><path d="M8 11V8a4 4 0 0 1 8 0v3"></path>
                    </svg>
                    <span>{t("check_home.everything_stays_on_this_device")}</span>
                </p>
                <p class="managers">
                    <Go to=Screen::Team label=t("check_home.for_managers_see_your_team")/>
                </p>
            </section>
        }
    }
}

/// The expectation ladder as a picture: three rungs, −1 at the bottom and
/// +1 at the top, each with its face.
#[component]
fn LadderArt() -> impl IntoView {
    let st = use_state();
    let label = st.t("check_home.the_expectation_ladder_1_disappointment");
    let rung = |r: i8, y: i32| {
        let band = crate::ui::widgets::shared::band_class(r);
        let mouth = crate::walk::slide::mouth(crate::walk::map::Face::of(r));
        view! {
            <g class=band>
                <path class="art-rung" d=format!("M44 {y} H100")></path>
                <text class="art-value" x="30" y=(y + 6).to_string() text-anchor="end">{crate::ui::screens::walk::touchpoint::rating_label(r)}</text>
                <g transform=format!("translate(112 {})", y - 20)>
                    <circle class="face-disc" cx="20" cy="20" r="18"></circle>
                    <circle class="face-eye" cx="14" cy="16" r="2.4"></circle>
                    <circle class="face-eye" cx="26" cy="16" r="2.4"></circle>
                    <path class="face-mouth" d=mouth></path>
                </g>
            </g>
        }
    };
    view! {
        <svg class="ladder-art" viewBox="0 0 160 170" role="img" aria-label=label focusable="false">
            <path class="art-rail" d="M44 8 V164 M100 8 V164"></path>
            {rung(1, 36)}
            {rung(0, 86)}
            {rung(-1, 136)}
        </svg>
    }
}
