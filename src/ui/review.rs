//! Before finishing: every question with the chosen answer and a way to
//! change it.

use super::shared::StepHeading;
use super::state::use_state;
use crate::saved::Screen;
use crate::scoring;
use leptos::prelude::*;

#[component]
pub fn Review() -> impl IntoView {
    let st = use_state();
    let assessment = &st.content.assessment;
    let open = move || {
        st.answers.with(|a| assessment.items.iter().position(|i| scoring::answer_value(i, a).is_none()))
    };
    let finish = move |_| match open() {
        Some(index) => {
            st.go(Screen::Question { index });
            st.say(st.tr("Сначала ответьте на этот вопрос.", "Please answer this question first."));
        }
        None => st.go(Screen::Result),
    };

    let rows = assessment
        .items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let answer = move || {
                let lang = st.lang.get();
                st.answers.with(|a| {
                    a.get(&item.id)
                        .and_then(|c| item.choices.iter().find(|x| &x.id == c))
                        .map(|c| c.text.get(lang).to_string())
                })
            };
            view! {
                <li class="review-row">
                    <p class="review-q">
                        <span class="count">{index + 1}". "</span>
                        {move || item.text.get(st.lang.get())}
                    </p>
                    <p class="review-a">
                        {move || answer().unwrap_or_else(|| st.tr("Нет ответа", "Not answered").to_string())}
                    </p>
                    <button type="button" class="link" on:click=move |_| st.go(Screen::Question { index })>
                        {move || st.tr("Изменить", "Change")}
                        <span class="sr-only">
                            {move || match st.lang.get() {
                                crate::lang::Lang::Ru => format!(" ответ на вопрос {}", index + 1),
                                crate::lang::Lang::En => format!(" answer to question {}", index + 1),
                            }}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="step review">
            <StepHeading>{move || st.tr("Проверьте ответы", "Review your answers")}</StepHeading>
            <p>{move || st.tr(
                "Можно изменить любой ответ. Когда всё верно, посмотрите результат.",
                "You can change any answer. When everything is right, see your result.",
            )}</p>
            <ol class="review-list">{rows}</ol>
            <div class="nav">
                <button type="button" on:click=move |_| st.go(Screen::Question { index: assessment.items.len().saturating_sub(1) })>
                    {move || st.tr("Назад", "Back")}
                </button>
                <button type="button" class="primary" on:click=finish>
                    {move || st.tr("Показать результат", "See my result")}
                </button>
            </div>
        </section>
    }
}
