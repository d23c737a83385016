//! Editing one of the person's own journeys: rename it; add, remove,
//! reorder (with buttons) and edit touchpoints. Every change is kept at once.

use crate::document::saved::Screen;
use crate::text::lang::{Lang, Text};
use crate::ui::i18n::words::tr;
use crate::ui::screens::walk::journeys::start_walk;
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::shared::{Go, StepHeading};
use crate::walk::journey::{Channel, ClientKind, MAX_TOUCHPOINTS, Touchpoint};
use leptos::either::Either;
use leptos::prelude::*;

pub fn channel_name(c: Channel, lang: Lang) -> &'static str {
    match c {
        Channel::FaceToFace => tr(lang, "Лично", "Face to face"),
        Channel::Phone => tr(lang, "Телефон", "Phone"),
        Channel::Email => tr(lang, "Эл. почта", "E-mail"),
        Channel::Web => tr(lang, "Сайт", "Web"),
        Channel::Messenger => tr(lang, "Мессенджер", "Messenger"),
    }
}

pub fn client_name(c: ClientKind, lang: Lang) -> &'static str {
    match c {
        ClientKind::External => tr(lang, "Внешний клиент", "External client"),
        ClientKind::Internal => tr(lang, "Внутренний клиент (коллега)", "Internal client (a colleague)"),
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
        let t = move |ru, en| tr(lang, ru, en);
        let Some(journey) =
            id.with_value(|id| st.journeys.with_untracked(|own| own.iter().find(|j| &j.id == id).cloned()))
        else {
            return Either::Left(view! {
                <section class="step">
                    <StepHeading>{t("Этого пути больше нет", "This journey no longer exists")}</StepHeading>
                    <Go to=Screen::Journeys label=t("К списку путей", "Back to journeys")/>
                </section>
            });
        };
        let add = move |_| {
            let jid = id.get_value();
            let mut added = None;
            st.edit_journey(&jid, |j| {
                added = j.add_touchpoint(None, Text::same(tr(lang, "Новая точка контакта", "New touchpoint")))
            });
            match added {
                Some(tp) => {
                    st.focus_later(format!("tp-{tp}-name"));
                    editing.set(Some(tp));
                    st.say(st.tr("Точка контакта добавлена в конец.", "Touchpoint added at the end."));
                }
                None => st.say(match lang {
                    Lang::Ru => format!("В пути уже {MAX_TOUCHPOINTS} точек контакта — это предел."),
                    Lang::En => format!("The journey already has {MAX_TOUCHPOINTS} touchpoints, the limit."),
                }),
            }
        };
        Either::Right(view! {
            <section class="step editor">
                <StepHeading>{t("Изменить путь клиента", "Edit the customer journey")}</StepHeading>
                <div class="field">
                    <label for="journey-name">{t("Название пути", "Name of the journey")}</label>
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
                <h3>{t("Точки контакта", "Touchpoints")}</h3>
                <p class="meta">{t(
                    "Порядок — это путь клиента. Передача между отделами — место, где вопросы переадресуют, а клиент повторяет всё заново.",
                    "The order is the client's path. A hand-off between departments is where questions get redirected and clients repeat themselves.",
                )}</p>
                <ol class="touchpoints">
                    <For each=ids key=|tp| tp.clone() let:tp>
                        <Row journey=id.get_value() tp=tp editing=editing lang=lang/>
                    </For>
                </ol>
                <div class="actions">
                    <button type="button" id="add-touchpoint" on:click=add>{t("Добавить точку контакта", "Add a touchpoint")}</button>
                </div>
                <div class="nav">
                    <Go to=Screen::Journeys label=t("К списку путей", "Back to journeys")/>
                    <button type="button" class="primary" on:click=move |_| start_walk(st, &id.get_value())>
                        {t("Пройти этот путь", "Walk this journey")}
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
    let t = move |ru, en| tr(lang, ru, en);
    let (jid, tid) = (StoredValue::new(journey), StoredValue::new(tp));
    // (position, count, name, details) of this touchpoint, following every edit.
    let info = Memo::new(move |_| {
        st.journeys.with(|own| {
            let j = own.iter().find(|j| jid.with_value(|id| &j.id == id))?;
            let i = tid.with_value(|tp| j.position(tp))?;
            let tp = &j.touchpoints[i];
            let mut details = channel_name(tp.channel, lang).to_string();
            if tp.handoff {
                details.push_str(tr(lang, " · передача между отделами", " · hand-off"));
            }
            if tp.client == ClientKind::Internal {
                details.push_str(tr(lang, " · внутренний клиент", " · internal client"));
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
            st.say(match lang {
                Lang::Ru => format!("Перемещено на место {n} из {total}."),
                Lang::En => format!("Moved to place {n} of {total}."),
            });
        } else {
            st.say(st.tr("Дальше двигать некуда.", "It cannot move further."));
        }
    };
    let delete =
        move |_| {
            let mut removed = false;
            st.edit_journey(&jid.get_value(), |j| removed = tid.with_value(|tp| j.remove_touchpoint(tp)));
            if removed {
                st.focus_later("add-touchpoint");
                st.say(st.tr("Точка контакта удалена.", "Touchpoint deleted."));
            } else {
                st.say(st.tr(
                    "В пути должна остаться хотя бы одна точка контакта.",
                    "A journey needs at least one touchpoint.",
                ));
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
                <button type="button" id=at("up") aria-label=label(t("Выше", "Up")) on:click=move |_| shift(-1, "up")>
                    {t("Выше", "Up")}
                </button>
                <button type="button" id=at("down") aria-label=label(t("Ниже", "Down")) on:click=move |_| shift(1, "down")>
                    {t("Ниже", "Down")}
                </button>
                <button type="button" id=at("edit") aria-label=label(t("Изменить", "Edit")) aria-expanded=move || open().to_string() on:click=toggle>
                    {t("Изменить", "Edit")}
                </button>
                <button type="button" aria-label=label(t("Удалить", "Delete")) on:click=delete>
                    {t("Удалить", "Delete")}
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
    let t = move |ru, en| tr(lang, ru, en);
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
            <legend>{t("Точка контакта", "Touchpoint")}</legend>
            <div class="field">
                <label for=field("name")>{t("Название", "Name")}</label>
                <input id=field("name") type="text" maxlength="200" prop:value=current.name.get(lang).to_string()
                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |t| t.name = Text::same(v))) }/>
            </div>
            <div class="field">
                <label for=field("who")>{t("Отдел или сотрудник", "Department or person")}</label>
                <input id=field("who") type="text" maxlength="200" prop:value=current.who.get(lang).to_string()
                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |t| t.who = Text::same(v))) }/>
            </div>
            <div class="field">
                <label for=field("channel")>{t("Канал", "Channel")}</label>
                <select id=field("channel") on:change=move |ev| {
                    if let Some(c) = Channel::from_id(&event_target_value(&ev)) {
                        set(Box::new(move |t| t.channel = c));
                    }
                }>{channels}</select>
            </div>
            <div class="field">
                <label for=field("client")>{t("Клиент", "Client")}</label>
                <select id=field("client") on:change=move |ev| {
                    let c = if event_target_value(&ev) == "internal" { ClientKind::Internal } else { ClientKind::External };
                    set(Box::new(move |t| t.client = c));
                }>{clients}</select>
            </div>
            <div class="field">
                <label for=field("expectation")>{t("Чего клиент здесь ожидает", "What the client expects here")}</label>
                <textarea id=field("expectation") rows="3" maxlength="2000" prop:value=current.expectation.get(lang).to_string()
                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |t| t.expectation = Text::same(v))) }></textarea>
            </div>
            <label class="check">
                <input type="checkbox" prop:checked=current.handoff
                    on:change=move |ev| { let on = event_target_checked(&ev); set(Box::new(move |t| t.handoff = on)) }/>
                <span>{t("Здесь клиента передают в другой отдел", "The client is handed to another department here")}</span>
            </label>
            <div class="actions">
                <button type="button" on:click=move |_| {
                    st.focus_later(field("edit"));
                    editing.set(None);
                }>{t("Готово", "Done")}</button>
            </div>
        </fieldset>
    })
}
