//! Editing one of the person's own journeys: rename it; add, remove,
//! reorder (with buttons) and edit touchpoints. Every change is kept at once.

use crate::document::saved::Screen;
use crate::text::lang::{Lang, Text};
use crate::ui::screens::walk::journeys::start_walk;
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::shared::{Go, StepHeading};
use crate::walk::journey::{Channel, ClientKind, MAX_TOUCHPOINTS, Touchpoint};
use leptos::either::Either;
use leptos::prelude::*;

pub fn channel_name(c: Channel, lang: Lang) -> &'static str {
    match c {
        Channel::FaceToFace => lang.t("walk_editor.face_to_face"),
        Channel::Phone => lang.t("walk_editor.phone"),
        Channel::Email => lang.t("walk_editor.e_mail"),
        Channel::Web => lang.t("walk_editor.web"),
        Channel::Messenger => lang.t("walk_editor.messenger"),
    }
}

pub fn client_name(c: ClientKind, lang: Lang) -> &'static str {
    match c {
        ClientKind::External => lang.t("walk_editor.external_client"),
        ClientKind::Internal => lang.t("walk_editor.internal_client_a_colleague"),
    }
}

fn edit_touchpoint(st: AppState, journey: &str, tp: &str, f: impl FnOnce(&mut Touchpoint)) {
    st.edit_journey(journey, |j| {
        if let Some(t) = j.touchpoints.iter_mut().find(|t| t.id == tp) {
            f(t);
        }
    });
}

#[component]
pub fn Editor(journey: String) -> impl IntoView {
    let st = use_state();
    let id = StoredValue::new(journey);
    let editing = RwSignal::new(None::<String>);
    let ids = move || {
        st.journeys.with(|own| {
            own.iter()
                .find(|j| id.with_value(|id| &j.id == id))
                .map(|j| j.touchpoints.iter().map(|t| t.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };

    {
        let lang = st.lang.get_untracked();
        let t = move |key: &str| lang.t(key);
        let Some(journey) =
            id.with_value(|id| st.journeys.with_untracked(|own| own.iter().find(|j| &j.id == id).cloned()))
        else {
            return Either::Left(view! {
                <section class="step">
                    <StepHeading>{t("walk_editor.this_journey_no_longer_exists")}</StepHeading>
                    <Go to=Screen::Journeys label=t("walk_editor.back_to_journeys")/>
                </section>
            });
        };
        let add = move |_| {
            let jid = id.get_value();
            let mut added = None;
            st.edit_journey(&jid, |j| added = j.add_touchpoint(None, Text::same(lang.t("walk_editor.new_touchpoint"))));
            match added {
                Some(tp) => {
                    st.focus_later(format!("tp-{tp}-name"));
                    editing.set(Some(tp));
                    st.say(st.t("walk_editor.touchpoint_added_at_the_end"));
                }
                None => st.say(lang.p("walk_editor.touchpoint_limit", MAX_TOUCHPOINTS as i64, &[])),
            }
        };
        Either::Right(view! {
            <section class="step editor">
                <StepHeading>{t("walk_editor.edit_the_customer_journey")}</StepHeading>
                <div class="field">
                    <label for="journey-name">{t("walk_editor.name_of_the_journey")}</label>
                    <input
                        id="journey-name"
                        type="text"
                        maxlength="200"
                        prop:value=journey.name.get(lang).to_string()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            st.edit_journey(&id.get_value(), |j| j.name = Text::same(v));
                        }
                    />
                </div>
                <h3>{t("walk_editor.touchpoints")}</h3>
                <p class="meta">{t("walk_editor.the_order_is_the_client")}</p>
                <ol class="touchpoints">
                    <For each=ids key=|tp| tp.clone() let:tp>
                        <Row journey=id.get_value() tp=tp editing=editing lang=lang/>
                    </For>
                </ol>
                <div class="actions">
                    <button type="button" id="add-touchpoint" on:click=add>{t("walk_editor.add_a_touchpoint")}</button>
                </div>
                <div class="nav">
                    <Go to=Screen::Journeys label=t("walk_editor.back_to_journeys")/>
                    <button type="button" class="primary" on:click=move |_| start_walk(st, &id.get_value(), st.walk.with_untracked(|w| w.as_ref().is_some_and(|w| w.target)))>
                        {t("walk_editor.walk_this_journey")}
                    </button>
                </div>
            </section>
        })
    }
}

/// One touchpoint in the list: its place and name, the buttons that move,
/// edit and delete it, and its form while it is being edited.
#[component]
fn Row(journey: String, tp: String, editing: RwSignal<Option<String>>, lang: Lang) -> impl IntoView {
    let st = use_state();
    let t = move |key: &str| lang.t(key);
    let (jid, tid) = (StoredValue::new(journey), StoredValue::new(tp));
    // (position, count, name, details) of this touchpoint, following every edit.
    let info = Memo::new(move |_| {
        st.journeys.with(|own| {
            let j = own.iter().find(|j| jid.with_value(|id| &j.id == id))?;
            let i = tid.with_value(|tp| j.position(tp))?;
            let tp = &j.touchpoints[i];
            let mut details = channel_name(tp.channel, lang).to_string();
            if tp.handoff {
                details.push_str(lang.t("walk_editor.hand_off"));
            }
            if tp.client == ClientKind::Internal {
                details.push_str(lang.t("walk_editor.internal_client"));
            }
            Some((i, j.touchpoints.len(), tp.name.get(lang).to_string(), details))
        })
    });
    let name = move || info.with(|i| i.as_ref().map(|i| i.2.clone()).unwrap_or_default());
    // "Up: Reception": the visible word first, then which touchpoint.
    let label = move |word: &'static str| move || format!("{word}: {}", name());
    let title =
        move || info.with(|i| i.as_ref().map(|(n, _, name, _)| format!("{}. {name}", n + 1)).unwrap_or_default());
    let details = move || info.with(|i| i.as_ref().map(|i| i.3.clone()).unwrap_or_default());
    let at = move |what: &str| tid.with_value(|tp| format!("tp-{tp}-{what}"));

    let shift = move |delta: isize, button: &'static str| {
        let mut moved = false;
        st.edit_journey(&jid.get_value(), |j| moved = tid.with_value(|tp| j.move_touchpoint(tp, delta)));
        if moved {
            st.focus_later(at(button));
            let (n, total) = info.with_untracked(|i| i.as_ref().map(|i| (i.0 + 1, i.1)).unwrap_or_default());
            st.say(lang.f("walk_editor.moved_to_place_n_of", &[("n", &n), ("total", &total)]));
        } else {
            st.say(st.t("walk_editor.it_cannot_move_further"));
        }
    };
    let delete = move |_| {
        let mut removed = false;
        st.edit_journey(&jid.get_value(), |j| removed = tid.with_value(|tp| j.remove_touchpoint(tp)));
        if removed {
            st.focus_later("add-touchpoint");
            st.say(st.t("walk_editor.touchpoint_deleted"));
        } else {
            st.say(st.t("walk_editor.a_journey_needs_at_least"));
        }
    };
    let toggle = move |_| {
        let tp = tid.get_value();
        if editing.get_untracked().as_deref() == Some(tp.as_str()) {
            editing.set(None);
        } else {
            st.focus_later(at("name"));
            editing.set(Some(tp));
        }
    };
    let open = move || editing.with(|e| tid.with_value(|tp| e.as_deref() == Some(tp.as_str())));

    view! {
        <li class="tp-row">
            <div class="tp-line">
                <span class="tp-name">{title}</span>
                <span class="meta">{details}</span>
            </div>
            <div class="tp-actions">
                <button type="button" id=at("up") aria-label=label(t("walk_editor.up")) on:click=move |_| shift(-1, "up")>
                    {t("walk_editor.up")}
                </button>
                <button type="button" id=at("down") aria-label=label(t("walk_editor.down")) on:click=move |_| shift(1, "down")>
                    {t("walk_editor.down")}
                </button>
                <button type="button" id=at("edit") aria-label=label(t("walk_editor.edit")) aria-expanded=move || open().to_string() on:click=toggle>
                    {t("walk_editor.edit")}
                </button>
                <button type="button" aria-label=label(t("walk_editor.delete")) on:click=delete>
                    {t("walk_editor.delete")}
                </button>
            </div>
            <div hidden=move || !open()>
                <Form journey=jid.get_value() tp=tid.get_value() editing=editing lang=lang/>
            </div>
        </li>
    }
}

/// The fields of one touchpoint. Values are read once when the form opens
/// and written on every change, so typing never redraws the field.
#[component]
fn Form(journey: String, tp: String, editing: RwSignal<Option<String>>, lang: Lang) -> impl IntoView {
    let st = use_state();
    let t = move |key: &str| lang.t(key);
    let Some(current) = st.journey(&journey).and_then(|j| j.touchpoints.into_iter().find(|t| t.id == tp)) else {
        return Either::Left(());
    };
    let (jid, tid) = (StoredValue::new(journey), StoredValue::new(tp));
    let set = move |f: Box<dyn FnOnce(&mut Touchpoint)>| {
        jid.with_value(|j| tid.with_value(|tp| edit_touchpoint(st, j, tp, f)));
    };
    let field = move |what: &str| tid.with_value(|tp| format!("tp-{tp}-{what}"));
    let channels = Channel::ALL
        .into_iter()
        .map(|c| view! { <option value=c.id() selected=c == current.channel>{channel_name(c, lang)}</option> })
        .collect_view();
    let clients = [ClientKind::External, ClientKind::Internal]
        .into_iter()
        .map(|c| view! { <option value=c.id() selected=c == current.client>{client_name(c, lang)}</option> })
        .collect_view();
    Either::Right(view! {
        <fieldset class="tp-form">
            <legend>{t("walk_editor.touchpoint")}</legend>
            <div class="field">
                <label for=field("name")>{t("walk_editor.name")}</label>
                <input id=field("name") type="text" maxlength="200" prop:value=current.name.get(lang).to_string()
                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |t| t.name = Text::same(v))) }/>
            </div>
            <div class="field">
                <label for=field("who")>{t("walk_editor.department_or_person")}</label>
                <input id=field("who") type="text" maxlength="200" prop:value=current.who.get(lang).to_string()
                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |t| t.who = Text::same(v))) }/>
            </div>
            <div class="field">
                <label for=field("channel")>{t("walk_editor.channel")}</label>
                <select id=field("channel") on:change=move |ev| {
                    if let Some(c) = Channel::from_id(&event_target_value(&ev)) {
                        set(Box::new(move |t| t.channel = c));
                    }
                }>{channels}</select>
            </div>
            <div class="field">
                <label for=field("client")>{t("walk_editor.client")}</label>
                <select id=field("client") on:change=move |ev| {
                    let c = if event_target_value(&ev) == "internal" { ClientKind::Internal } else { ClientKind::External };
                    set(Box::new(move |t| t.client = c));
                }>{clients}</select>
            </div>
            <div class="field">
                <label for=field("expectation")>{t("walk_editor.what_the_client_expects_here")}</label>
                <textarea id=field("expectation") rows="3" maxlength="2000" prop:value=current.expectation.get(lang).to_string()
                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |t| t.expectation = Text::same(v))) }></textarea>
            </div>
            <label class="check">
                <input type="checkbox" prop:checked=current.handoff
                    on:change=move |ev| { let on = event_target_checked(&ev); set(Box::new(move |t| t.handoff = on)) }/>
                <span>{t("walk_editor.the_client_is_handed_to")}</span>
            </label>
            <div class="actions">
                <button type="button" on:click=move |_| {
                    st.focus_later(field("edit"));
                    editing.set(None);
                }>{t("walk_editor.done")}</button>
            </div>
        </fieldset>
    })
}
