//! Small components used by several screens.

use crate::ui::state::use_state;
use leptos::html::H2;
use leptos::prelude::*;

/// The heading of a step. When the person moves to a new step, focus lands
/// here so screen readers announce where they are. In an iframe the focus
/// does not scroll: the browser would scroll the host page to put the
/// heading at its very top, under a sticky header; `embed.js` brings the
/// frame into view below such a header instead.
#[component]
pub fn StepHeading(children: Children, #[prop(optional, into)] id: Option<String>) -> impl IntoView {
    let st = use_state();
    let heading = NodeRef::<H2>::new();
    Effect::new(move |_| {
        let Some(el) = heading.get() else { return };
        let moves = st.moves.get_untracked();
        if moves != st.focused_move.get_untracked() {
            st.focused_move.set(moves);
            if st.local.with_value(|l| l.host.is_framed()) {
                let still = web_sys::FocusOptions::new();
                still.set_prevent_scroll(true);
                let _ = el.focus_with_options(&still);
            } else {
                let _ = el.focus();
            }
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
pub fn Go(to: crate::document::saved::Screen, label: &'static str, #[prop(optional)] primary: bool) -> impl IntoView {
    let st = use_state();
    view! {
        <button type="button" class:primary=primary on:click=move |_| st.go(to.clone())>{label}</button>
    }
}

/// A face for a rung of the ladder (−1 sad, 0 neutral, +1 happy), drawn
/// in the rung's band colour. Decorative: the word beside it says the rung.
#[component]
pub fn Face(rating: i8) -> impl IntoView {
    let face = crate::walk::map::Face::of(rating);
    view! {
        <svg class=format!("face {}", band_class(rating)) viewBox="0 0 40 40" aria-hidden="true" focusable="false">
            <circle class="face-disc" cx="20" cy="20" r="18"></circle>
            <circle class="face-eye" cx="14" cy="16" r="2.4"></circle>
            <circle class="face-eye" cx="26" cy="16" r="2.4"></circle>
            <path class="face-mouth" d=crate::walk::slide::mouth(face)></path>
        </svg>
    }
}

/// The CSS class of a rung's band colour: `bad`, `neutral` or `good`.
pub fn band_class(rating: i8) -> &'static str {
    match rating {
        r if r < 0 => "bad",
        0 => "neutral",
        _ => "good",
    }
}

/// An action at the end of a screen: a label and what it does.
#[derive(Clone)]
pub struct Action {
    pub label: &'static str,
    pub run: std::rc::Rc<dyn Fn()>,
}

impl Action {
    pub fn new(label: &'static str, run: impl Fn() + 'static) -> Action {
        Action { label, run: std::rc::Rc::new(run) }
    }

    /// Moves to another screen.
    pub fn go(label: &'static str, to: crate::document::saved::Screen) -> Action {
        let st = use_state();
        Action::new(label, move || st.go(to.clone()))
    }
}

/// How a result or a map ends: one primary action, Share second, and
/// everything else (downloads, print, other screens) under "More".
///
/// ```ignore
/// <EndActions primary=Action::go("Home", Screen::Home)
///     share=Some(ShareWhat { answers, walk: None, summary })
///     more=vec![Action::new("Download CSV", move || …)]/>
/// ```
#[component]
pub fn EndActions(
    primary: Action,
    #[prop(optional_no_strip)] share: Option<crate::ui::widgets::share_link::ShareWhat>,
    #[prop(optional)] more: Vec<Action>,
) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let sharing = share.map(crate::ui::widgets::share_link::Sharing::new);
    let run = primary.run.clone();
    let more = (!more.is_empty()).then(|| {
        let items = more
            .into_iter()
            .map(|a| {
                let run = a.run.clone();
                view! { <li><button type="button" on:click=move |_| run()>{a.label}</button></li> }
            })
            .collect_view();
        view! {
            <details class="more">
                <summary>{lang.t("widgets_shared.more")}</summary>
                <ul class="more-list">{items}</ul>
            </details>
        }
    });
    view! {
        <div class="end no-print">
            <div class="action-bar">
                <button type="button" class="primary" on:click=move |_| run()>{primary.label}</button>
                {sharing.map(|s| s.button(false))}
                {more}
            </div>
            {sharing.map(|s| s.output())}
        </div>
    }
}
