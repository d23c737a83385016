//! Before the first question: the kind of work the person does, which
//! decides the situations they are asked about — chosen with one tap.
//! Skipped when the company fixed it or there is only one set.

use super::later::{Later, What};
use super::one_tap::{GoOn, OneTap};
use super::result::{Defs, concept_defs};
use super::shared::StepHeading;
use super::state::{AppState, use_state};
use super::words::tr;
use crate::lang::Lang;
use crate::saved::Screen;
use leptos::prelude::*;

/// Whether the person picks their kind of work.
pub fn asks_role(st: AppState) -> bool {
    st.env.config.role.is_none() && st.content.assessment.roles.len() > 1
}

/// Where the self-check starts: the choice of work, or the first question.
pub fn first_step(st: AppState) -> Screen {
    if asks_role(st) { Screen::Role } else { Screen::Question { index: 0 } }
}

/// Where Back goes from the first question.
pub fn before_questions(st: AppState) -> Screen {
    if asks_role(st) { Screen::Role } else { Screen::Home }
}

#[component]
pub fn RoleStep() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let c = st.content;
    let options = c.assessment.roles.iter().map(|r| (r.id.clone(), r.name.get(lang).to_string(), false)).collect();
    let choose = Callback::new(move |id: String| st.choose_role(&id));
    let next: GoOn = std::rc::Rc::new(move || {
        st.go(Screen::Question { index: 0 });
        let total = st.assessment().items.len();
        st.say(match lang {
            Lang::Ru => format!("Вопрос 1 из {total}."),
            Lang::En => format!("Question 1 of {total}."),
        });
    });
    let next_button = next.clone();
    view! {
        <section class="step role">
            <OneTap name="role".to_string() options=options chosen=st.role() choose=choose next=next>
                <StepHeading>{t("Где вы работаете?", "What kind of work do you do?")}</StepHeading>
                <span class="legend-note">{t(
                    "Ситуации в вопросах будут из этой сферы. Выбор можно изменить, вернувшись к этому шагу.",
                    "The situations in the questions come from it. You can come back to this step and change it.",
                )}</span>
            </OneTap>
            <details class="disclosure clients">
                <summary>{t("Кто мой клиент?", "Who is my client?")}</summary>
                // The seeds' concepts come with a later part of the wasm
                // (later.rs), fetched by the time anyone opens this.
                <Later what=What::Clients/>
            </details>
            <div class="nav">
                <button type="button" on:click=move |_| st.go(Screen::Home)>{t("Назад", "Back")}</button>
                <button type="button" class="primary next" on:click=move |_| next_button()>{t("Далее", "Next")}</button>
            </div>
        </section>
    }
}

/// Who counts as a client: the seed's question, then its internal and
/// external clients with their examples. Drawn by a later part of the wasm.
#[component]
pub fn Clients() -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let mut clients: Vec<_> = c.concepts.get("orientation", "client_needs").into_iter().cloned().collect();
    clients.extend(c.concepts.clients.iter().cloned());
    view! { <Defs defs=concept_defs(&clients, st.lang.get_untracked()) class="concepts"/> }
}
