//! The first screen: what the check is, how long it takes, that nothing
//! leaves the device, and where to start or continue.

use super::shared::StepHeading;
use super::state::use_state;
use crate::saved::Screen;
use crate::scoring;
use leptos::prelude::*;

#[component]
pub fn Home() -> impl IntoView {
    let st = use_state();
    let assessment = &st.content.assessment;
    let total = assessment.items.len();
    let done = move || st.answers.with(|a| scoring::answered(assessment, a));
    let first_open = move || {
        st.answers.with(|a| assessment.items.iter().position(|i| scoring::answer_value(i, a).is_none()))
    };
    let resume = move |_| match first_open() {
        Some(index) => st.go(Screen::Question { index }),
        None => st.go(Screen::Review),
    };
    let start = move |_| st.go(Screen::Question { index: 0 });

    view! {
        <section class="step home" aria-labelledby="home-title">
            <StepHeading id="home-title">
                {move || st.tr("Насколько вы ориентированы на клиента?", "How client-oriented is your service?")}
            </StepHeading>
            <p class="lead">
                {move || st.tr(
                    "Эта самопроверка показывает, на каком уровне вы обслуживаете клиентов — спонтанном, регламентированном или культурном — и почему, а также какие качества клиентоориентированного сервиса у вас сильны и что развивать дальше.",
                    "This self-check shows at which level you serve clients — spontaneous, regulated or cultural — and why, which qualities of client-first service are your strengths, and what to grow next.",
                )}
            </p>
            <ul class="facts">
                <li>{move || match st.lang.get() {
                    crate::lang::Lang::Ru => format!("{total} вопросов, около 5 минут. Верных ответов нет: отвечайте, как обычно поступаете."),
                    crate::lang::Lang::En => format!("{total} questions, about 5 minutes. There are no right answers: answer as you usually act."),
                }}</li>
                <li>{move || st.tr(
                    "Ничего не уходит с устройства: ответы хранятся только в этом браузере.",
                    "Nothing leaves your device: answers are kept only in this browser.",
                )}</li>
                <li>{move || st.tr(
                    "Можно прерваться и продолжить позже, вернуться и изменить ответ.",
                    "You can stop and continue later, and go back to change an answer.",
                )}</li>
            </ul>
            <div class="actions">
                {move || {
                    let n = done();
                    if n == 0 {
                        view! {
                            <button type="button" class="primary" on:click=start>
                                {st.tr("Начать самопроверку", "Start the self-check")}
                            </button>
                        }
                        .into_any()
                    } else if n < total {
                        view! {
                            <button type="button" class="primary" on:click=resume>
                                {match st.lang.get() {
                                    crate::lang::Lang::Ru => format!("Продолжить (отвечено {n} из {total})"),
                                    crate::lang::Lang::En => format!("Continue ({n} of {total} answered)"),
                                }}
                            </button>
                        }
                        .into_any()
                    } else {
                        view! {
                            <button type="button" class="primary" on:click=move |_| st.go(Screen::Result)>
                                {st.tr("Посмотреть мой результат", "See my result")}
                            </button>
                        }
                        .into_any()
                    }
                }}
            </div>
        </section>
    }
}
