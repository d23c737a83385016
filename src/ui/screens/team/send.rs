//! "Send to my manager": on a finished self-check, walk or both, a link
//! carrying the result and the person's group (from the snippet's label,
//! or typed here; a name only if the person adds one) goes out through the
//! phone's share sheet, or is copied. The manager pastes such links into
//! the team screen. The same link travels in the completed events.

use crate::check::scoring::{self, Answers};
use crate::document::saved::Screen;
use crate::ui::browser::files::{self, Sent};
use crate::ui::i18n::words::tr;
use crate::ui::state::{AppState, result_link, use_state};
use crate::walk::journey::Journey;
use crate::walk::record::Walk;
use leptos::prelude::*;

/// What a screen has to send: the finished self-check and/or walk.
fn finished(st: AppState, screen: &Screen) -> (Option<Answers>, Option<(Journey, Walk)>) {
    let answers = || {
        let a = st.answers.get_untracked();
        let set = st.assessment();
        (scoring::answered(set, &a) == set.items.len()).then_some(a)
    };
    let walked = || st.walked().zip(st.walk.get_untracked()).filter(|(_, w)| w.finished);
    match screen {
        Screen::Result => (answers(), None),
        Screen::Map => (None, walked()),
        Screen::Summary => (answers(), walked()),
        _ => (None, None),
    }
}

/// The panel, on the screens of a finished result (nothing elsewhere).
#[component]
pub fn SendToManager(screen: Screen) -> impl IntoView {
    let st = use_state();
    let (answers, walk) = finished(st, &screen);
    if answers.is_none() && walk.is_none() {
        return None;
    }
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let label = RwSignal::new(st.env.options.label.clone().unwrap_or_default());
    let link = RwSignal::new(String::new());
    let source = StoredValue::new((answers, walk));
    let send = move |_| {
        let url = source.with_value(|(a, w)| {
            let typed = label.get_untracked();
            result_link(st, a.as_ref(), w.as_ref().map(|(j, w)| (j, w)), Some(typed))
        });
        link.set(url.clone());
        let title = st.tr("Мой результат: Лестница сервиса", "My Service Ladder result");
        let text = st.tr(
            "Мой результат самопроверки клиентоориентированности — для обзора команды.",
            "My client-orientation self-check result, for the team overview.",
        );
        files::share_or_copy(title, text, &url, move |sent| {
            let said = match sent {
                Sent::Shared => st.tr("Ссылка передана.", "The link was passed on."),
                Sent::Cancelled => st.tr(
                    "Отправка отменена. Ссылка ниже, если понадобится.",
                    "Sending was cancelled. The link is below if you need it.",
                ),
                Sent::Copied => st.tr(
                    "Ссылка скопирована: вставьте её в сообщение руководителю.",
                    "The link is copied: paste it into a message to your manager.",
                ),
                Sent::Failed => st.tr(
                    "Скопируйте ссылку ниже и отправьте её руководителю.",
                    "Copy the link below and send it to your manager.",
                ),
            };
            st.say(said);
            if matches!(sent, Sent::Failed | Sent::Cancelled) {
                st.focus_later("send-link");
            }
        });
    };
    Some(view! {
        <section class="block send no-print" aria-labelledby="send-title">
            <h3 id="send-title">{t("Отправить руководителю", "Send to my manager")}</h3>
            <p class="meta">{t(
                "Руководитель может сложить результаты нескольких сотрудников и увидеть команду. Ссылка несёт ваш результат и группу ниже и попадает только к тем, кому вы её передадите сами. Имя добавляйте, только если хотите, чтобы руководитель его видел.",
                "Your manager can put several people's results together to see the team. The link carries your result and the group below, and reaches only whoever you pass it on to. Add your name only if you want your manager to see it.",
            )}</p>
            <div class="field">
                <label for="send-label">{t("Отдел, филиал или смена", "Department, branch or shift")}</label>
                <input id="send-label" type="text" maxlength="100" autocomplete="off" prop:value=move || label.get()
                    on:input=move |ev| label.set(event_target_value(&ev))/>
            </div>
            <button type="button" class="primary" on:click=send>{t("Отправить руководителю", "Send to my manager")}</button>
            <div class="field" hidden=move || link.with(String::is_empty)>
                <label for="send-link">{t("Ссылка для руководителя", "Link for your manager")}</label>
                <input id="send-link" type="text" readonly prop:value=move || link.get()
                    on:focus=move |ev| {
                        if let Some(input) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(&event_target::<web_sys::EventTarget>(&ev)) {
                            input.select();
                        }
                    }/>
            </div>
        </section>
    })
}
