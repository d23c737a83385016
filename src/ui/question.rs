//! One questionnaire item: a fieldset of radio options with the step
//! heading as its legend, and Back / Next. Enter submits; arrows choose.

use super::shared::StepHeading;
use super::state::use_state;
use super::words::question_of;
use crate::saved::Screen;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

#[component]
pub fn Question(index: usize) -> impl IntoView {
    let st = use_state();
    let items = &st.content.assessment.items;
    let total = items.len();
    let Some(item) = items.get(index) else {
        return view! { <p>{move || st.tr("Такого вопроса нет.", "There is no such question.")}</p> }.into_any();
    };
    let chosen = move || st.answers.with(|a| a.get(&item.id).cloned());

    let next = move |ev: SubmitEvent| {
        ev.prevent_default();
        if chosen().is_none() {
            st.say(st.tr("Выберите ответ, чтобы продолжить.", "Choose an answer to continue."));
            return;
        }
        if index + 1 < total {
            st.go(Screen::Question { index: index + 1 });
        } else {
            st.go(Screen::Review);
        }
    };
    let back = move |_| {
        if index == 0 {
            st.go(Screen::Home);
        } else {
            st.go(Screen::Question { index: index - 1 });
        }
    };
    let name = format!("q-{}", item.id);
    let all_answered = move || {
        st.answers.with(|a| crate::scoring::answered(&st.content.assessment, a) == total)
    };

    view! {
        <form class="step question" on:submit=next novalidate>
            <progress
                class="progress"
                max=total
                value=index + 1
                aria-label=move || question_of(st.lang.get(), index + 1, total)
            ></progress>
            <fieldset>
                <legend>
                    <StepHeading>
                        <span class="count">{move || question_of(st.lang.get(), index + 1, total)}</span>
                        <span class="sr-only">": "</span>
                        <span class="prompt">{move || item.text.get(st.lang.get())}</span>
                    </StepHeading>
                </legend>
                <div class="choices">
                    {item
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
                                    <span>{move || c.text.get(st.lang.get())}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <div class="nav">
                <button type="button" on:click=back>{move || st.tr("Назад", "Back")}</button>
                <Show when=move || all_answered() && index + 1 < total>
                    <button type="button" on:click=move |_| st.go(Screen::Review)>
                        {move || st.tr("К проверке ответов", "Review answers")}
                    </button>
                </Show>
                <button type="submit" class="primary">
                    {move || if index + 1 < total { st.tr("Далее", "Next") } else { st.tr("К проверке ответов", "Review answers") }}
                </button>
            </div>
        </form>
    }
    .into_any()
}
