//! A radio group answered with one tap: a choice made with a pointer is
//! highlighted for a moment, then the step moves on. With the keyboard the
//! arrow keys choose (a keyboard user can look the options over first) and
//! Enter goes on. No <form>: the snippet's sandboxed iframe does not allow
//! submitting one.

use crate::ui::state::use_state;
use leptos::prelude::*;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long a tapped choice stays highlighted before the step moves on.
const HIGHLIGHT: Duration = Duration::from_millis(280);

/// One option: its id, its text, and whether it stands apart from the
/// others (the "does not happen in my job" answer).
pub type Opt = (String, String, bool);

/// Goes on from the step. A plain closure, not a `Callback`: a tap's move
/// runs after the highlight, and by then the step may have been drawn
/// afresh (a merge from another tab or frame redraws the screen), which
/// disposes the old step's callbacks — the move must outlive that.
pub type GoOn = Rc<dyn Fn()>;

#[component]
pub fn OneTap(
    /// The radio group's name.
    name: String,
    options: Vec<Opt>,
    chosen: Option<String>,
    /// Keeps a choice.
    choose: Callback<String>,
    /// Goes on; called only once something is chosen.
    next: GoOn,
    /// The legend: the step's heading.
    children: Children,
) -> impl IntoView {
    let st = use_state();
    let current = RwSignal::new(chosen);
    let picked = RwSignal::new(None::<String>);
    // Whether the last thing the person did was a key press (arrows choose
    // without moving on) rather than a tap or a click.
    let by_key = StoredValue::new(false);
    let next = StoredValue::new_local(next);
    let take = move |id: String, tapped: bool| {
        if !tapped && current.with_untracked(|c| c.as_ref() == Some(&id)) {
            return;
        }
        current.set(Some(id.clone()));
        choose.run(id.clone());
        if tapped {
            picked.set(Some(id));
            // Moves on unless the person has moved already (Back, Next,
            // or a second tap that got there first). A redraw of this same
            // step in between (another copy's changes merged in) is no
            // move: the step goes on all the same.
            let moves = st.moves.get_untracked();
            let go_on = next.get_value();
            set_timeout(
                move || {
                    if st.moves.try_get_untracked() == Some(moves) {
                        go_on();
                    }
                },
                HIGHLIGHT,
            );
        }
    };
    let key = move |ev: web_sys::KeyboardEvent| {
        by_key.set_value(true);
        let key = ev.key();
        if key == "Enter" {
            ev.prevent_default();
            if current.with_untracked(Option::is_some) {
                let go_on = next.get_value();
                go_on();
            } else {
                st.say(st.t("widgets_one_tap.choose_an_answer_to_continue"));
            }
            return;
        }
        // From the heading (focus lands there on every step), an arrow
        // goes into the options: to the chosen one, else it chooses the
        // first (down) or the last (up). Within them the browser moves.
        let on_option = ev.target().is_some_and(|t| t.dyn_ref::<web_sys::HtmlInputElement>().is_some());
        let down = matches!(key.as_str(), "ArrowDown" | "ArrowRight");
        if on_option || !(down || matches!(key.as_str(), "ArrowUp" | "ArrowLeft")) {
            return;
        }
        let Some(group) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let pick = |selector: &str| {
            group.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        };
        let chosen = pick("input:checked");
        let target =
            chosen.clone().or_else(|| pick(if down { "label:first-child input" } else { "label:last-child input" }));
        if let Some(input) = target {
            ev.prevent_default();
            if chosen.is_none() {
                input.click();
            }
            let _ = input.focus();
        }
    };
    let items = options
        .into_iter()
        .map(|(id, label, apart)| {
            let (a, b, c, d) = (id.clone(), id.clone(), id.clone(), id.clone());
            view! {
                <label class="choice" class:apart=apart class:picked=move || picked.with(|p| p.as_deref() == Some(a.as_str()))>
                    <input
                        type="radio"
                        name=name.clone()
                        value=id
                        prop:checked=move || current.with(|c| c.as_deref() == Some(b.as_str()))
                        on:click=move |_| take(c.clone(), !by_key.get_value())
                        on:change=move |_| take(d.clone(), false)
                    />
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset on:keydown=key on:pointerdown=move |_| by_key.set_value(false)>
            <legend>{children()}</legend>
            <div class="choices">{items}</div>
        </fieldset>
    }
}
