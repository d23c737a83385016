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

thread_local! {
    /// The element the app is mounted in; in direct mode it sits in the
    /// host page's shadow root, where `document.getElementById` cannot see.
    static ROOT: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

pub fn set_root(root: web_sys::Element) {
    ROOT.with(|r| *r.borrow_mut() = Some(root));
}

/// An element of the app by id.
pub fn by_id(id: &str) -> Option<web_sys::HtmlElement> {
    let root = ROOT.with(|r| r.borrow().clone())?;
    let el = root.query_selector(&format!("#{id}")).ok().flatten()?;
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()
}

/// Focuses an element once the view has caught up with a change (after a
/// move, a deletion or a redraw the old focus target may be gone).
pub fn focus_later(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || {
        if let Some(el) = by_id(&id) {
            let _ = el.focus();
        }
    });
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
