//! Every question with the chosen answer and a way to change it, reached
//! from the result ("More" → "Change answers"); the result itself opens
//! straight after the last question.

use crate::check::scoring;
use crate::document::saved::Screen;
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
        let t = move |key: &str| lang.t(key);
        let rows = st.answers.with_untracked(|answers| {
            assessment
                .items
                .iter()
                .enumerate()
                .map(|(index, item)| {
                    let answer = match scoring::answer(item, answers) {
                        scoring::Answer::Chosen(c) => c.text.get(lang),
                        scoring::Answer::NotApplicable => assessment.not_applicable.get(lang),
                        scoring::Answer::Missing => t("check_review.not_answered"),
                    };
                    let change = lang.f("check_review.change_answer_to_question", &[("n", &(index + 1))]);
                    view! {
                        <li class="review-row">
                            <p class="review-q"><span class="count">{index + 1}". "</span>{item.text.get(lang)}</p>
                            <p class="review-a">{answer}</p>
                            <button type="button" class="link" aria-label=change on:click=move |_| st.go(Screen::Question { index })>
                                {t("check_review.change")}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        });
        view! {
            <section class="step review">
                <StepHeading>{t("check_review.review_your_answers")}</StepHeading>
                <p>{t("check_review.you_can_change_any_answer")}</p>
                <ol class="review-list">{rows}</ol>
                <div class="nav">
                    <button type="button" on:click=move |_| st.go(Screen::Question { index: assessment.items.len() - 1 })>
                        {t("check_review.back")}
                    </button>
                    <button type="button" class="primary" on:click=finish>{t("check_review.see_my_result")}</button>
                </div>
            </section>
        }
    }
}
