//! A link that cannot be opened, in one look for every kind of link: a
//! result's, a sealed result's, a team's "send here" link.

use crate::ui::state::use_state;
use crate::ui::widgets::shared::StepHeading;
use leptos::prelude::*;

/// A link that cannot be opened: the reason, what else is worth knowing
/// (`children`), and the way home. One look for every kind of link.
#[component]
pub fn LinkRefused(
    /// Why, in words the person can act on.
    why: String,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let st = use_state();
    let t = move |key: &str| st.t(key);
    view! {
        <section class="step refused">
            <StepHeading>{t("check_viewing.this_link_cannot_be_opened")}</StepHeading>
            <p class="error">{why}</p>
            {children.map(|c| c())}
            <button type="button" class="primary" on:click=move |_| st.go(crate::document::saved::Screen::Home)>
                {t("check_viewing.home")}
            </button>
        </section>
    }
}
