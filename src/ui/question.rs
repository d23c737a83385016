//! One questionnaire item: a fieldset of radio options with the step
//! heading as its legend, and Back / Next; arrows choose. No <form>: the
//! snippet's sandboxed iframe does not allow form submission.

use super::shared::{Go, StepHeading};
use super::state::use_state;
use super::words::{question_of, tr};
use crate::saved::Screen;
use crate::scoring;
use leptos::prelude::*;

#[component]
pub fn Question(index: usize) -> impl IntoView {
    let st = use_state();
    let assessment = st.assessment();
    let total = assessment.items.len();
    let item = &assessment.items[index.min(total - 1)];
    let chosen = move || st.answers.with(|a| a.get(&item.id).cloned());

    let next = move |_| {
        if chosen().is_none() {
            st.say(st.tr("Выберите ответ, чтобы продолжить.", "Choose an answer to continue."));
        } else if index + 1 < total {
            st.go(Screen::Question { index: index + 1 });
        } else {
            st.go(Screen::Review);
        }
    };
    let back = move |_| st.go(if index == 0 { Screen::Home } else { Screen::Question { index: index - 1 } });
    let name = format!("q-{}", item.id);

    {
        let lang = st.lang.get_untracked();
        let t = move |ru, en| tr(lang, ru, en);
        let count = question_of(lang, index + 1, total);
        // Offer a way straight back to the review once everything is answered.
        let to_review = index + 1 < total && st.answers.with_untracked(|a| scoring::answered(assessment, a)) == total;
        let choices = item
            .choices
            .iter()
            .map(|c| {
                let id = c.id.as_str();
                view! {
                    <label class="choice">
                        <input
                            type="radio"
                            name=name.clone()
                            value=id
                            prop:checked=move || chosen().as_deref() == Some(id)
                            on:change=move |_| {
                                st.answer(&item.id, id);
                                st.say("");
                            }
                        />
                        <span>{c.text.get(lang)}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <section class="step question">
                <progress class="progress" max=total value=index + 1 aria-label=count.clone()></progress>
                <fieldset>
                    <legend>
                        <StepHeading>
                            <span class="count">{count}</span>
                            <span class="sr-only">": "</span>
                            <span class="prompt">{item.text.get(lang)}</span>
                        </StepHeading>
                    </legend>
                    <div class="choices">{choices}</div>
                </fieldset>
                <div class="nav">
                    <button type="button" on:click=back>{t("Назад", "Back")}</button>
                    {to_review.then(|| view! {
                        <Go to=Screen::Review label=t("К проверке ответов", "Review answers")/>
                    })}
                    <button type="button" class="primary next" on:click=next>
                        {if index + 1 < total { t("Далее", "Next") } else { t("К проверке ответов", "Review answers") }}
                    </button>
                </div>
            </section>
        }
    }
}
