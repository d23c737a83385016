//! The first screen: what the app is, how long each part takes, that
//! nothing leaves the device, and where to start or continue.

use crate::check::scoring;
use crate::document::saved::Screen;
use crate::text::lang::Lang;
use crate::ui::i18n::words::tr;
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
        (0, _) => (
            tr(lang, "Начать самопроверку", "Start the self-check").into(),
            crate::ui::screens::check::steps::first_step(st),
            false,
        ),
        (n, Some(index)) => (
            match lang {
                Lang::Ru => format!("Продолжить (отвечено {n} из {total})"),
                Lang::En => format!("Continue ({n} of {total} answered)"),
            },
            Screen::Question { index },
            false,
        ),
        (_, None) => (tr(lang, "Посмотреть мой результат", "See my result").into(), Screen::Result, true),
    }
}

/// Where the walkthrough stands, and the button that continues it. The
/// embedding page may name the journey to start with.
pub fn walk_action(st: AppState, lang: Lang) -> (String, Screen, bool) {
    let walk = st.walk.get_untracked();
    let journey = st.walked();
    let preset = st.env.options.journey.as_deref().and_then(|id| st.journey(id));
    match (walk, journey) {
        (Some(w), Some(_)) if w.finished => {
            (tr(lang, "Открыть карту пути", "Open the journey map").into(), Screen::Map, true)
        }
        (Some(w), Some(j)) if !w.audits.is_empty() => {
            // The first touchpoint with neither a choice nor a suggestion.
            let next = j
                .touchpoints
                .iter()
                .position(|t| w.audit(&t.id).and_then(|a| a.effective_rating(&st.content.ladder, t.handoff)).is_none())
                .unwrap_or(0);
            let label = match lang {
                Lang::Ru => format!("Продолжить: {}", j.name.get(lang)),
                Lang::En => format!("Continue: {}", j.name.get(lang)),
            };
            (label, Screen::Touchpoint { index: next }, false)
        }
        _ => match preset {
            Some(j) => {
                let label = match lang {
                    Lang::Ru => format!("Пройти путь: {}", j.name.get(lang)),
                    Lang::En => format!("Walk the journey: {}", j.name.get(lang)),
                };
                (label, Screen::Touchpoint { index: 0 }, false)
            }
            None => (tr(lang, "Выбрать путь клиента", "Choose a customer journey").into(), Screen::Journeys, false),
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
        let t = move |ru, en| tr(lang, ru, en);
        let (a_label, a_target, a_done) = assessment_action(st, lang);
        let (w_label, w_target, w_done) = walk_action(st, lang);
        let length = match lang {
            Lang::Ru => {
                format!("Вопросов: {total}, около 5 минут. Правильных ответов нет: отвечайте, как обычно поступаете.")
            }
            Lang::En => {
                format!("{total} questions, about 5 minutes. There are no right answers: answer as you usually act.")
            }
        };
        let parts = st.env.config.parts;
        let parts = st.env.options.parts.unwrap_or(parts);
        let intro = match &st.env.config.intro {
            Some(text) => text.get(lang).to_string(),
            None => t(
                "Две самопроверки для сотрудников: на каком уровне вы обслуживаете клиентов и где на пути клиента умирают его ожидания.",
                "Two self-checks for staff: the level at which you serve clients, and where on their journey expectations die.",
            )
            .to_string(),
        };
        view! {
            <section class="step home">
                <div class="hero">
                    <div>
                        <StepHeading>{t("Насколько вы ориентированы на клиента?", "How client-oriented is your service?")}</StepHeading>
                        <p class="lead">{intro}</p>
                    </div>
                    <LadderArt/>
                </div>
                <div class="parts">
                    <section class="part" aria-labelledby="part-assessment" hidden=!parts.assessment()>
                        <h3 id="part-assessment">{t("Самопроверка клиентоориентированности", "Client-orientation self-check")}</h3>
                        <p>{t(
                            "На каком уровне вы обслуживаете клиентов — спонтанном, регламентированном или культурном — и почему; ваши сильные качества и что развивать дальше.",
                            "At which level you serve clients — spontaneous, regulated or cultural — and why; your strongest qualities and what to grow next.",
                        )}</p>
                        <p class="meta">{length}</p>
                        <button type="button" class="primary" on:click=move |_| st.go(a_target.clone())>{a_label}</button>
                    </section>
                    <section class="part" aria-labelledby="part-walk" hidden=!parts.walkthrough()>
                        <h3 id="part-walk">{t("Пройдите путь клиента", "Walk your customer's journey")}</h3>
                        <p>{t(
                            "Точка за точкой сравните, что клиент получил, с тем, что он ожидал: −1, 0 или +1. Карта пути покажет, где умирают ожидания.",
                            "Walk the client's path touchpoint by touchpoint and rate what they got against what they expected: −1, 0 or +1. The journey map shows where expectations die.",
                        )}</p>
                        <p class="meta">{t("Около 10 минут. Можно взять готовый путь или составить свой.", "About 10 minutes. Use a ready-made journey or build your own.")}</p>
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
                        <Go to=Screen::Summary label=t("Что сделать на этой неделе", "What to do this week") primary=true/>
                    </div>
                })}
                // The privacy promise, once, where people decide to start.
                <p class="privacy">
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                        <rect x="5" y="11" width="14" height="10" rx="2"></rect><path d="M8 11V8a4 4 0 0 1 8 0v3"></path>
                    </svg>
                    <span>{t(
                        "Всё остаётся на этом устройстве: ответы хранятся только в этом браузере и никуда не отправляются. Можно прерваться и продолжить позже.",
                        "Everything stays on this device: answers are kept only in this browser and sent nowhere. You can stop and continue later.",
                    )}</span>
                </p>
                <p class="managers">
                    <Go to=Screen::Team label=t("Для руководителя: посмотреть команду", "For managers: see your team")/>
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
    let label = st.tr(
        "Лестница ожиданий: −1 — разочарование, 0 — как ожидал, +1 — «АХ»",
        "The expectation ladder: −1 disappointment, 0 as expected, +1 wow",
    );
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
