//! Before the first question: the kind of work the person does, which
//! decides the situations they are asked about — chosen with one tap.
//! Skipped when the company fixed it or there is only one set.

use crate::document::saved::Screen;
use crate::text::lang::Lang;
use crate::ui::i18n::words::tr;
use crate::ui::router::{Later, What};
use crate::ui::state::use_state;
use crate::ui::widgets::one_tap::OneTap;
use crate::ui::widgets::shared::StepHeading;
use leptos::prelude::*;

#[component]
pub fn RoleStep() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let c = st.content;
    let options = c.assessment.roles.iter().map(|r| (r.id.clone(), r.name.get(lang).to_string(), false)).collect();
    let choose = Callback::new(move |id: String| st.choose_role(&id));
    let next = Callback::new(move |()| {
        st.go(Screen::Question { index: 0 });
        let total = st.assessment().items.len();
        st.say(match lang {
            Lang::Ru => format!("Вопрос 1 из {total}."),
            Lang::En => format!("Question 1 of {total}."),
        });
    });
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
                <button type="button" class="primary next" on:click=move |_| next.run(())>{t("Далее", "Next")}</button>
            </div>
        </section>
    }
}
