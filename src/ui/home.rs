//! The first screen: what the check is, how long it takes, that nothing
//! leaves the device, and where to start or continue.

use super::shared::StepHeading;
use super::state::use_state;
use super::words::tr;
use crate::lang::Lang;
use crate::saved::Screen;
use crate::scoring;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let st = use_state();
    let assessment = &st.content.assessment;
    let total = assessment.items.len();

    // The whole screen is drawn per language: one redraw instead of a
    // reactive closure per phrase keeps the wasm small.
    move || {
        let lang = st.lang.get();
        let t = move |ru, en| tr(lang, ru, en);
        let done = st.answers.with_untracked(|a| scoring::answered(assessment, a));
        let first_open = st
            .answers
            .with_untracked(|a| assessment.items.iter().position(|i| scoring::answer_value(i, a).is_none()));
        let (label, target) = match (done, first_open) {
            (0, _) => (t("Начать самопроверку", "Start the self-check").to_string(), Screen::Question { index: 0 }),
            (n, Some(index)) => (
                match lang {
                    Lang::Ru => format!("Продолжить (отвечено {n} из {total})"),
                    Lang::En => format!("Continue ({n} of {total} answered)"),
                },
                Screen::Question { index },
            ),
            (_, None) => (t("Посмотреть мой результат", "See my result").to_string(), Screen::Result),
        };
        let length = match lang {
            Lang::Ru => format!("{total} вопросов, около 5 минут. Верных ответов нет: отвечайте, как обычно поступаете."),
            Lang::En => format!("{total} questions, about 5 minutes. There are no right answers: answer as you usually act."),
        };
        view! {
            <section class="step home">
                <StepHeading>{t("Насколько вы ориентированы на клиента?", "How client-oriented is your service?")}</StepHeading>
                <p class="lead">{t(
                    "Эта самопроверка показывает, на каком уровне вы обслуживаете клиентов — спонтанном, регламентированном или культурном — и почему, какие качества клиентоориентированного сервиса у вас сильны и что развивать дальше.",
                    "This self-check shows at which level you serve clients — spontaneous, regulated or cultural — and why, which qualities of client-first service are your strengths, and what to grow next.",
                )}</p>
                <ul class="facts">
                    <li>{length}</li>
                    <li>{t(
                        "Ничего не уходит с устройства: ответы хранятся только в этом браузере.",
                        "Nothing leaves your device: answers are kept only in this browser.",
                    )}</li>
                    <li>{t(
                        "Можно прерваться и продолжить позже, вернуться и изменить ответ.",
                        "You can stop and continue later, and go back to change an answer.",
                    )}</li>
                </ul>
                <div class="actions">
                    <button type="button" class="primary" on:click=move |_| st.go(target)>{label}</button>
                </div>
            </section>
        }
    }
}
