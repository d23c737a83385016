//! Before the first question: the kind of work the person does, which
//! decides the situations they are asked about — chosen with one tap.
//! Skipped when the company fixed it or there is only one set.

use crate::document::saved::{SavedStoreFields, Screen};
use crate::ui::router::{Later, What};
use crate::ui::state::use_state;
use crate::ui::widgets::one_tap::{GoOn, OneTap};
use crate::ui::widgets::shared::StepHeading;
use leptos::prelude::*;

#[component]
pub fn RoleStep() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let c = st.content;
    let options = c.assessment.roles.iter().map(|r| (r.id.clone(), r.name.get(lang).to_string(), false)).collect();
    let choose = Callback::new(move |id: String| st.choose_role(&id));
    // Nothing is chosen for the person: only a kind of work they chose
    // before (GOV.UK's question pages pre-select nothing).
    let chosen = st.doc.prefs().with_untracked(|p| p.role.clone()).filter(|r| c.assessment.role(r).is_some());
    let next: GoOn = std::rc::Rc::new(move || {
        st.go(Screen::Question { index: 0 });
        let total = st.assessment().items.len();
        st.announce(lang.f("check_role.question_1_of_total", &[("total", &total)]));
    });
    let go_on = next.clone();
    let next_button = move || {
        if st.doc.prefs().with_untracked(|p| p.role.is_none()) {
            st.say(st.t("widgets_one_tap.choose_an_answer_to_continue"));
        } else {
            go_on();
        }
    };
    view! {
        <section class="step role">
            <OneTap name="role".to_string() options=options chosen=chosen choose=choose next=next>
                <StepHeading>{t("check_role.what_kind_of_work_do")}</StepHeading>
                <span class="legend-note">{t("check_role.the_situations_in_the_questions")}</span>
            </OneTap>
            <details class="disclosure clients">
                <summary>{t("check_role.who_is_my_client")}</summary>
                // The seeds' concepts come with a later part of the wasm
                // (later.rs), fetched by the time anyone opens this.
                <Later what=What::Clients/>
            </details>
            <div class="nav">
                <button type="button" on:click=move |_| st.go(Screen::Home)>{t("check_role.back")}</button>
                <button type="button" class="primary next" on:click=move |_| next_button()>{t("check_role.next")}</button>
            </div>
        </section>
    }
}
