//! Sharing a finished result: a link whose fragment carries the result, a
//! button to copy it, and a QR code for passing it from a phone.

use super::files;
use super::state::use_state;
use super::words::tr;
use crate::journey::Journey;
use crate::qr;
use crate::scoring::Answers;
use crate::share::{self, Shared};
use crate::walk::Walk;
use leptos::prelude::*;

#[component]
pub fn SharePanel(answers: Option<Answers>, walk: Option<(Journey, Walk)>) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let has_notes = walk.as_ref().is_some_and(|(_, w)| w.audits.values().any(|a| !a.note.trim().is_empty()));
    let notes = RwSignal::new(false);
    let link = RwSignal::new(None::<(String, share::Trimmed)>);
    let source = StoredValue::new((answers, walk));

    let make = move |_| {
        let shared = source.with_value(|(a, w)| {
            let mut s =
                Shared::build(st.content, a.as_ref(), w.as_ref().map(|(j, w)| (j, w)), notes.get_untracked(), lang);
            s.day = Some(files::today());
            s.label = st.env.options.label.clone();
            s
        });
        link.set(Some(share::link(&st.env.page, &shared, share::fingerprint(st.content))));
        st.say(st.tr("Ссылка готова.", "The link is ready."));
        st.focus_later("share-link");
    };
    let url = move || link.with(|l| l.as_ref().map(|(u, _)| u.clone()).unwrap_or_default());
    let trimmed = move || {
        link.with(|l| match l.as_ref().map(|(_, t)| *t) {
            Some(share::Trimmed { notes: true, .. }) => t(
                "Заметки не поместились в ссылку и в неё не вошли.",
                "Your notes did not fit into a link and were left out.",
            ),
            Some(share::Trimmed { names: true, .. }) => t(
                "Названия точек контакта сокращены, чтобы ссылка поместилась.",
                "Touchpoint names were shortened so that the link fits.",
            ),
            _ => "",
        })
    };
    let code = move || {
        link.with(|l| l.as_ref().and_then(|(u, _)| qr::svg(u))).map(|q| {
            let n = q.size.to_string();
            let view_box = format!("0 0 {n} {n}");
            view! {
                <svg class="qr" viewBox=view_box role="img" aria-label=t("QR-код ссылки", "QR code of the link")>
                    <rect class="qr-light" width=n.clone() height=n></rect>
                    <path class="qr-dark" d=q.path></path>
                </svg>
            }
        })
    };

    view! {
        <section class="block share no-print">
            <h3>{t("Поделиться результатом", "Share this result")}</h3>
            <p class="meta">{t(
                "Результат упаковывается в саму ссылку (после знака #) и никуда не отправляется, пока вы сами её не передадите. Любой, у кого есть ссылка, увидит этот результат.",
                "The result is packed into the link itself (after the #) and goes nowhere until you pass it on. Anyone with the link can see this result.",
            )}</p>
            {has_notes.then(|| view! {
                <label class="check">
                    <input type="checkbox" on:change=move |ev| {
                        notes.set(event_target_checked(&ev));
                        link.set(None);
                    }/>
                    <span>{t("Включить в ссылку мои заметки", "Include my notes in the link")}</span>
                </label>
            })}
            <button type="button" on:click=make>{t("Создать ссылку", "Create a share link")}</button>
            <div class="share-out" hidden=move || link.with(Option::is_none)>
                <div class="field">
                    <label for="share-link">{t("Ссылка", "Link")}</label>
                    <input id="share-link" type="text" readonly prop:value=url
                        on:focus=move |ev| {
                            if let Some(input) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlInputElement>(&event_target::<web_sys::EventTarget>(&ev)) {
                                input.select();
                            }
                        }/>
                </div>
                <p class="meta">{trimmed}</p>
                <button type="button" on:click=move |_| {
                    files::copy(&url());
                    st.focus_later("share-link");
                    st.say(st.tr("Ссылка скопирована. Если нет — выделите её и скопируйте вручную.", "Link copied. If not, it is selected: copy it by hand."));
                }>{t("Скопировать ссылку", "Copy the link")}</button>
                {code}
            </div>
        </section>
    }
}
