//! Every question with the chosen answer and a way to change it, reached
//! from the result ("More" → "Change answers"); the result itself opens
//! straight after the last question.

use crate::check::scoring;
use crate::document::saved::Screen;
use crate::text::lang::Lang;
use crate::ui::i18n::words::tr;
use crate::ui::state::use_state;
use crate::ui::widgets::shared::StepHeading;
use leptos::prelude::*;

#[component]
pub fn Review() -> impl IntoView {
    let st = use_state();
    let assessment = st.assessment();
    let finish = move |_| crate::ui::screens::check::question::finish(st);

    {
        let lang = st.lang.get_untracked();
        let t = move |ru, en| tr(lang, ru, en);
        let rows = st.answers.with_untracked(|answers| {
            assessment
                .items
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    let answer = match scoring::answer(item, answers) {
                        scoring::Answer::Chosen(c) => c.text.get(lang),
                        scoring::Answer::NotApplicable => assessment.not_applicable.get(lang),
                        scoring::Answer::Missing => t("Нет ответа", "Not answered"),
                    };
                    let change = match lang {
                        Lang::Ru => format!("Изменить ответ на вопрос {}", index + 1),
                        Lang::En => format!("Change answer to question {}", index + 1),
                    };
                    view! {
                        <li class="review-row">
                            <p class="review-q"><span class="count">{index + 1}". "</span>{item.text.get(lang)}</p>
                            <p class="review-a">{answer}</p>
                            <button type="button" class="link" aria-label=change on:click=move |_| st.go(Screen::Question { index })>
                                {t("Изменить", "Change")}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        });
        view! {
            <section class="step review">
                <StepHeading>{t("Проверьте ответы", "Review your answers")}</StepHeading>
                <p>{t(
                    "Можно изменить любой ответ. Когда всё верно, посмотрите результат.",
                    "You can change any answer. When everything is right, see your result.",
                )}</p>
                <ol class="review-list">{rows}</ol>
                <div class="nav">
                    <button type="button" on:click=move |_| st.go(Screen::Question { index: assessment.items.len() - 1 })>
                        {t("Назад", "Back")}
                    </button>
                    <button type="button" class="primary" on:click=finish>{t("Показать результат", "See my result")}</button>
                </div>
            </section>
        }
    }
}
