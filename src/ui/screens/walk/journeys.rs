//! Choosing a journey: the shipped templates and the person's own, to walk,
//! copy, edit or delete.

use crate::document::saved::Screen;
use crate::text::lang::{Lang, Text};
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::shared::{Go, StepHeading};
use crate::walk::journey::Journey;
use crate::walk::record::Walk;
use leptos::either::Either;
use leptos::prelude::*;

fn size_line(j: &Journey, lang: Lang) -> String {
    let (n, h) = (j.touchpoints.len(), j.handoffs());
    lang.f("walk_journeys.n_touchpoints_h_hand_offs", &[("h", &h), ("n", &n)])
}

/// Starts walking a journey at its first touchpoint, as it is now or as
/// it should be (`target`). A walk through another journey, or of the
/// other kind, is replaced; the same one continues.
pub fn start_walk(st: AppState, id: &str, target: bool) {
    let same = st.walk.with_untracked(|w| w.as_ref().is_some_and(|w| w.journey == id && w.target == target));
    if !same {
        st.walk.set(Some(Walk { target, ..Walk::new(id) }));
    }
    st.go(Screen::Touchpoint { index: 0 });
}

/// Copies a journey into the person's own and opens it in the editor. If
/// the copied journey is being walked, the walk moves to the copy: ids of
/// touchpoints are kept, so nothing recorded is lost.
pub fn copy_and_edit(st: AppState, source: &Journey, lang: Lang) {
    let id = st.new_journey_id();
    let mut copy = source.copy_as(id.clone());
    let name = lang.f("walk_journeys.my_copy", &[("name", &source.name.get(lang))]);
    copy.name = Text::same(name);
    st.journeys.update(|own| own.push(copy));
    st.walk.update(|w| {
        if let Some(w) = w
            && w.journey == source.id
        {
            w.journey = id.clone();
        }
    });
    st.go(Screen::Editor { journey: id });
}

#[component]
pub fn Journeys() -> impl IntoView {
    let st = use_state();
    // The journey a replacing walk waits for confirmation on.
    let confirm = RwSignal::new(None::<String>);
    // What the next walk shows: the journey as it is (the usual) or as it
    // should be; starts as the current walk's.
    let target = RwSignal::new(st.walk.with_untracked(|w| w.as_ref().is_some_and(|w| w.target)));

    let walk_or_confirm = move |id: String| {
        let target = target.get_untracked();
        let replaces = st.walk.with_untracked(|w| {
            w.as_ref().is_some_and(|w| (w.journey != id || w.target != target) && !w.audits.is_empty())
        });
        if replaces {
            confirm.set(Some(id));
            st.focus_later("confirm-walk");
        } else {
            start_walk(st, &id, target);
        }
    };

    {
        let lang = st.lang.get_untracked();
        let t = move |key: &str| lang.t(key);
        let own = st.journeys.get_untracked();
        let current = st.walked();

        let card = move |j: &Journey, own: bool| {
            let id = j.id.clone();
            let (walk_id, edit_id, copy_source, delete_id) = (id.clone(), id.clone(), j.clone(), id.clone());
            let name = j.name.get(lang).to_string();
            view! {
                <li class="card">
                    <h4>{name.clone()}</h4>
                    {(!j.description.get(lang).is_empty()).then(|| view! { <p>{j.description.get(lang).to_string()}</p> })}
                    <p class="meta">{size_line(j, lang)}</p>
                    <div class="actions">
                        <button type="button" class="primary" aria-label=format!("{}: {name}", t("walk_journeys.walk_it")) on:click=move |_| walk_or_confirm(walk_id.clone())>
                            {t("walk_journeys.walk_it")}
                        </button>
                        {if own {
                            Either::Left(view! {
                                <button type="button" aria-label=format!("{}: {name}", t("walk_journeys.edit")) on:click=move |_| st.go(Screen::Editor { journey: edit_id.clone() })>
                                    {t("walk_journeys.edit")}
                                </button>
                                <button type="button" aria-label=format!("{}: {name}", t("walk_journeys.delete")) on:click=move |_| {
                                    let id = delete_id.clone();
                                    st.journeys.update(|own| own.retain(|j| j.id != id));
                                    st.walk.update(|w| if w.as_ref().is_some_and(|w| w.journey == id) { *w = None });
                                    st.redraw();
                                    st.focus_later("new-journey");
                                    st.say(st.t("walk_journeys.journey_deleted"));
                                }>
                                    {t("walk_journeys.delete")}
                                </button>
                            }
                            )
                        } else {
                            Either::Right(view! {
                                <button type="button" aria-label=format!("{}: {name}", t("walk_journeys.copy_and_edit")) on:click=move |_| copy_and_edit(st, &copy_source, lang)>
                                    {t("walk_journeys.copy_and_edit")}
                                </button>
                            }
                            )
                        }}
                    </div>
                </li>
            }
        };

        let templates = st.content.journeys.iter().map(|j| card(j, false)).collect_view();
        let mine = own.iter().map(|j| card(j, true)).collect_view();
        let continue_walk = current.map(|j| {
            let text = lang.f("walk_journeys.you_are_walking", &[("name", &j.name.get(lang))]);
            view! {
                <div class="current">
                    <p>{text}</p>
                    <div class="actions">
                        <Go to=Screen::Touchpoint { index: 0 } label=t("walk_journeys.continue_the_walk")/>
                        <Go to=Screen::Map label=t("walk_journeys.journey_map")/>
                    </div>
                </div>
            }
        });
        // Shown when starting a walk would replace one with ratings in it.
        let confirm_box = view! {
            <div class="confirm" hidden=move || confirm.with(Option::is_none)>
                <p>{t("walk_journeys.start_a_new_walk_the")}</p>
                <button type="button" class="primary" id="confirm-walk" on:click=move |_| {
                    if let Some(id) = confirm.get_untracked() {
                        confirm.set(None);
                        st.walk.set(None);
                        start_walk(st, &id, target.get_untracked());
                    }
                }>{t("walk_journeys.yes_start_a_new_walk")}</button>
                <button type="button" on:click=move |_| confirm.set(None)>{t("walk_journeys.cancel")}</button>
            </div>
        };

        let kind = [(false, t("walk_journeys.as_it_is_now")), (true, t("walk_journeys.as_it_should_be"))]
            .into_iter()
            .map(|(value, label)| {
                view! {
                    <label class="hopt">
                        <input type="radio" name="walk-kind" value=if value { "target" } else { "now" }
                            prop:checked=move || target.get() == value
                            on:change=move |_| target.set(value)/>
                        <span>{label}</span>
                    </label>
                }
            })
            .collect_view();
        view! {
            <section class="step journeys">
                <StepHeading>{t("walk_journeys.your_customer_s_journey")}</StepHeading>
                <p class="lead">{t("walk_journeys.when_did_you_last_walk")}</p>
                {continue_walk}
                <fieldset class="walk-kind">
                    <legend>{t("walk_journeys.what_will_this_walk_show")}</legend>
                    <div class="seg two">{kind}</div>
                    <p class="meta">{t("walk_journeys.walk_kind_hint")}</p>
                </fieldset>
                {confirm_box}
                <section class="block">
                    <h3>{t("walk_journeys.my_journeys")}</h3>
                    {own.is_empty().then(|| view! { <p>{t("walk_journeys.none_yet_copy_a_ready")}</p> })}
                    <ul class="cards">{mine}</ul>
                    <button type="button" id="new-journey" on:click=move |_| {
                        let id = st.new_journey_id();
                        let journey = Journey::blank(
                            id.clone(),
                            Text::same(st.t("walk_journeys.my_customer_journey")),
                            Text::same(st.t("walk_journeys.first_touchpoint")),
                        );
                        st.journeys.update(|own| own.push(journey));
                        st.go(Screen::Editor { journey: id });
                    }>{t("walk_journeys.new_journey")}</button>
                </section>
                <section class="block">
                    <h3>{t("walk_journeys.ready_made_journeys")}</h3>
                    <ul class="cards">{templates}</ul>
                </section>
                <div class="nav">
                    <Go to=Screen::Home label=t("walk_journeys.home")/>
                </div>
            </section>
        }
    }
}
