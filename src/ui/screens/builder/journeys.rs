//! Journeys: a shipped template copied and edited — its name, each
//! touchpoint's name, who serves there and what the client expects, the
//! hand-off marks — reordered with buttons (keyboard and pointer alike).

use super::state::{B, set_timeout_ms, use_b};
use crate::embed::config::MAX_JOURNEYS;
use crate::walk::journey::MAX_TOUCHPOINTS;
use leptos::prelude::*;

#[component]
pub fn JourneysSection() -> impl IntoView {
    let b = use_b();
    let lang = b.lang.get_untracked();
    let templates = &b.env.shipped.journeys;
    let chosen = RwSignal::new(templates.first().map(|j| j.id.clone()).unwrap_or_default());
    let options = templates
        .iter()
        .map(|j| view! { <option value=j.id.clone()>{j.name.get(lang).to_string()}</option> })
        .collect_view();
    let copy = move |_| {
        let id = chosen.get_untracked();
        if let Some(t) = b.env.shipped.journeys.iter().find(|j| j.id == id) {
            b.change(|d| {
                d.copy_journey(t);
            });
        }
    };
    // Drawn again when a journey or touchpoint is added, removed or moved,
    // or the languages change (typing keeps its field).
    let shape = Memo::new(move |_| {
        let counts = b.draft.with(|d| (0..d.journey_count()).map(|j| d.touchpoint_count(j)).collect::<Vec<_>>());
        (counts, b.draft.with(|d| d.languages()), b.moves.get())
    });
    // A file may hold thousands: the first ones are drawn, the rest counted
    // (config::read refuses more than 50 journeys and 40 touchpoints each).
    let list = move || {
        let (counts, codes, _) = shape.get();
        let hidden = counts.len().saturating_sub(MAX_JOURNEYS);
        let shown = counts
            .into_iter()
            .take(MAX_JOURNEYS)
            .enumerate()
            .map(|(j, n)| journey(b, j, n.min(MAX_TOUCHPOINTS), &codes))
            .collect_view();
        let more = (hidden > 0).then(
            || view! { <p class="hint">{b.lang.get_untracked().p("builder.more_not_shown", hidden as i64, &[])}</p> },
        );
        view! { {shown}{more} }
    };
    view! {
        <section class="builder-section" aria-labelledby="b-journeys">
            <h2 id="b-journeys">{lang.t("builder.journeys")}</h2>
            <p class="hint">{lang.t("builder.journeys_hint")}</p>
            <div class="builder-row">
                <label for="b-template">{lang.t("builder.template")}</label>
                <select id="b-template" on:change=move |ev| chosen.set(event_target_value(&ev))>{options}</select>
                <button type="button" class="copy-journey" on:click=copy>{lang.t("builder.copy_journey")}</button>
            </div>
            {list}
        </section>
    }
}

fn journey(b: B, j: usize, count: usize, codes: &[String]) -> impl IntoView + use<> {
    let lang = b.lang.get_untracked();
    let id = b.draft.with_untracked(|d| d.journey_id(j));
    let names = codes
        .iter()
        .map(|code| {
            let field = format!("b-j{j}-name-{code}");
            let value = b.draft.with_untracked(|d| d.journey_name(j, code));
            let c = code.clone();
            view! {
                <div class="builder-field">
                    <label for=field.clone()>{lang.f("builder.journey_name_in", &[("lang", &code.to_uppercase())])}</label>
                    <input id=field type="text" class="journey-name" maxlength="120" prop:value=value
                        on:input=move |ev| { let v = event_target_value(&ev); b.change(|d| d.set_journey_name(j, &c, &v)) }/>
                </div>
            }
        })
        .collect_view();
    let touchpoints = (0..count).map(|t| touchpoint(b, j, t, count, codes)).collect_view();
    let problems = move || {
        let own = format!("journeys[{j}]");
        b.checked
            .with(|c| {
                c.at("journeys")
                    .filter(|p| p.path.strip_prefix(&own).is_some_and(|r| r.is_empty() || r.starts_with(['(', '.'])))
                    .map(|p| format!("{}: {}", p.path, p.message))
                    .collect::<Vec<_>>()
            })
            .into_iter()
            .map(|m| view! { <li>{m}</li> })
            .collect_view()
    };
    view! {
        <fieldset class="journey" data-journey=id.clone()>
            <legend>{lang.f("builder.journey_n", &[("n", &(j + 1)), ("id", &id)])}</legend>
            {names}
            <ol class="touchpoints">{touchpoints}</ol>
            <ul class="field-problems journey-problems">{problems}</ul>
            <button type="button" class="remove-journey" on:click=move |_| b.change(|d| d.remove_journey(j))>
                {lang.f("builder.remove_journey", &[("n", &(j + 1))])}
            </button>
        </fieldset>
    }
}

fn touchpoint(b: B, j: usize, t: usize, count: usize, codes: &[String]) -> impl IntoView + use<> {
    let lang = b.lang.get_untracked();
    let fields = ["name", "who", "expectation"]
        .into_iter()
        .flat_map(|field| {
            codes.iter().map(move |code| {
                let upper = code.to_uppercase();
                let label = match field {
                    "name" => lang.f("builder.touchpoint_name_in", &[("lang", &upper)]),
                    "who" => lang.f("builder.touchpoint_who_in", &[("lang", &upper)]),
                    _ => lang.f("builder.touchpoint_expectation_in", &[("lang", &upper)]),
                };
                let input = format!("b-j{j}-t{t}-{field}-{code}");
                let value = b.draft.with_untracked(|d| d.touchpoint_words(j, t, field, code));
                let c = code.clone();
                view! {
                    <div class="builder-field">
                        <label for=input.clone()>{label}</label>
                        <input id=input type="text" class=format!("touchpoint-{field}") maxlength="200" prop:value=value
                            on:input=move |ev| { let v = event_target_value(&ev); b.change(|d| d.set_touchpoint_words(j, t, field, &c, &v)) }/>
                    </div>
                }
            })
        })
        .collect_view();
    let handoff = b.draft.with_untracked(|d| d.handoff(j, t));
    let n = t + 1;
    // The list is drawn afresh after a move: the keyboard's focus follows
    // the touchpoint to its new place (on the same button, or the other one
    // at either end).
    let moved = move |earlier: bool| {
        move |_| {
            let mut done = false;
            b.change(|d| done = d.move_touchpoint(j, t, earlier));
            b.moved();
            if done {
                let to = if earlier { t - 1 } else { t + 1 };
                let at_end = (earlier && to == 0) || (!earlier && to + 1 == count);
                let button = if earlier != at_end { "earlier" } else { "later" };
                set_timeout_ms(0, move || focus(&format!("b-j{j}-t{to}-{button}")));
            }
        }
    };
    view! {
        <li class="touchpoint">
            <p class="touchpoint-title">{lang.f("builder.touchpoint_n", &[("n", &n)])}</p>
            {fields}
            <label class="choice">
                <input type="checkbox" class="handoff" prop:checked=handoff
                    on:change=move |ev| { let on = event_target_checked(&ev); b.change(|d| d.set_handoff(j, t, on)) }/>
                {lang.t("builder.handoff")}
            </label>
            <div class="builder-row">
                <button type="button" class="move-earlier" id=format!("b-j{j}-t{t}-earlier") disabled=t == 0 on:click=moved(true)>
                    {lang.f("builder.move_earlier", &[("n", &n)])}
                </button>
                <button type="button" class="move-later" id=format!("b-j{j}-t{t}-later") disabled=n == count on:click=moved(false)>
                    {lang.f("builder.move_later", &[("n", &n)])}
                </button>
                <button type="button" class="remove-touchpoint" disabled=count == 1 on:click=move |_| {
                    b.change(|d| {
                        d.remove_touchpoint(j, t);
                    });
                    b.moved();
                }>{lang.f("builder.remove_touchpoint", &[("n", &n)])}</button>
            </div>
        </li>
    }
}

fn focus(id: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(e) = element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        let _ = e.focus();
    }
}
