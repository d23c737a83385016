//! Small components used by several screens.

use super::state::use_state;
use leptos::html::H2;
use leptos::prelude::*;

/// The heading of a step. When the person moves to a new step, focus lands
/// here so screen readers announce where they are.
#[component]
pub fn StepHeading(children: Children, #[prop(optional, into)] id: Option<String>) -> impl IntoView {
    let st = use_state();
    let heading = NodeRef::<H2>::new();
    Effect::new(move |_| {
        let Some(el) = heading.get() else { return };
        let moves = st.moves.get_untracked();
        if moves != st.focused_move.get_untracked() {
            st.focused_move.set(moves);
            let _ = el.focus();
        }
    });
    view! {
        <h2 class="step-heading" tabindex="-1" node_ref=heading id=id>
            {children()}
        </h2>
    }
}

/// A button that moves to another screen. One component for every such
/// button: each distinct click handler would cost its own wasm.
#[component]
pub fn Go(to: crate::saved::Screen, label: &'static str, #[prop(optional)] primary: bool) -> impl IntoView {
    let st = use_state();
    view! {
        <button type="button" class:primary=primary on:click=move |_| st.go(to.clone())>{label}</button>
    }
}
