//! The app shell: header with the language switch, the current screen,
//! the status region and the privacy line.

use super::data::Data;
use super::editor::Editor;
use super::home::Home;
use super::journeys::Journeys;
use super::map::Map;
use super::question::Question;
use super::report::Report;
use super::result::Result as ResultView;
use super::review::Review;
use super::state::{AppState, StorageNotice, use_state};
use super::summary::Summary;
use super::viewing::Viewing;
use super::walk_step::WalkStep;
use crate::content::Content;
use crate::lang::Lang;
use crate::saved::Screen;
use leptos::either::EitherOf12;
use leptos::prelude::*;

#[component]
pub fn App(content: &'static Content) -> impl IntoView {
    let st = AppState::new(content);
    provide_context(st);

    // Keep the page's language and title in step with the switch.
    Effect::new(move |_| {
        let lang = st.lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", lang.code());
            }
            doc.set_title(st.tr("Лестница сервиса — самопроверка клиентоориентированности", "Service Ladder — client-orientation self-check"));
        }
    });

    // Each screen is built afresh whenever the screen, the language or a
    // redraw request changes, and is never patched in place: a keyed list of
    // one keeps tachys from compiling "rebuild" code for every screen, which
    // more than halves the wasm.
    let key = move || (st.screen.get(), st.lang.get(), st.redraws.get());
    let screen = move |(screen, _, _): (Screen, Lang, u32)| match screen {
        Screen::Home => EitherOf12::A(view! { <Home/> }),
        Screen::Question { index } => EitherOf12::B(view! { <Question index=index/> }),
        Screen::Review => EitherOf12::C(view! { <Review/> }),
        Screen::Result => EitherOf12::D(view! { <ResultView/> }),
        Screen::Journeys => EitherOf12::E(view! { <Journeys/> }),
        Screen::Editor { journey } => EitherOf12::F(view! { <Editor journey=journey/> }),
        Screen::Touchpoint { index } => EitherOf12::G(view! { <WalkStep index=index/> }),
        Screen::Map => EitherOf12::H(view! { <Map/> }),
        Screen::Summary => EitherOf12::I(view! { <Summary/> }),
        Screen::Data => EitherOf12::J(view! { <Data/> }),
        Screen::Report => EitherOf12::K(view! { <Report/> }),
        Screen::Shared => EitherOf12::L(view! { <Viewing/> }),
    };

    view! {
        <div class="app">
            <header class="top no-print">
                <h1 class="brand">{move || st.tr("Лестница сервиса", "Service Ladder")}</h1>
                <LangSwitch/>
            </header>
            <Notice/>
            <main class="screen">
                <For each=move || std::iter::once(key()) key=|k| k.clone() children=screen/>
            </main>
            <p role="status" class="status" class:empty=move || st.status.with(String::is_empty)>
                {move || st.status.get()}
            </p>
            <footer class="foot no-print">
                <p>{move || st.tr(
                    "Ответы хранятся только на этом устройстве и никуда не отправляются.",
                    "Your answers stay on this device; nothing is sent anywhere.",
                )}</p>
                <button type="button" class="link" on:click=move |_| st.go(Screen::Data)>
                    {move || st.tr("Ваши данные: история, экспорт, импорт, удаление", "Your data: history, export, import, deletion")}
                </button>
            </footer>
        </div>
    }
}

/// Two buttons, one per language; the pressed one is current. Answers are
/// keyed by item, so switching never touches them.
#[component]
fn LangSwitch() -> impl IntoView {
    let st = use_state();
    let button = move |lang: Lang| {
        view! {
            <button
                type="button"
                class="lang"
                lang=lang.code()
                aria-pressed=move || if st.lang.get() == lang { "true" } else { "false" }
                on:click=move |_| {
                    st.lang.set(lang);
                    st.lang_chosen.set(true);
                }
            >
                {lang.endonym()}
            </button>
        }
    };
    view! {
        <div class="langs" role="group" aria-label=move || st.tr("Язык", "Language")>
            {button(Lang::Ru)}
            {button(Lang::En)}
        </div>
    }
}

#[component]
fn Notice() -> impl IntoView {
    let st = use_state();
    move || {
        st.notice.get().map(|n| {
            let text = match n {
                StorageNotice::MemoryOnly => st.tr(
                    "Браузер не даёт этой странице сохранять данные. Ответы хранятся, пока страница открыта: не закрывайте её до конца проверки.",
                    "This browser does not let the page keep data. Your answers are kept only while this page is open, so finish before closing it.",
                ),
                StorageNotice::Unreadable => st.tr(
                    "Сохранённые ранее данные не удалось прочитать. Мы отложили их в резервную копию и начали заново.",
                    "Data saved earlier could not be read. It has been set aside as a backup and you are starting afresh.",
                ),
                StorageNotice::Newer => st.tr(
                    "Данные на этом устройстве сохранены более новой версией приложения. Мы их не трогаем; эта сессия не будет сохранена.",
                    "The data on this device was saved by a newer version of the app. It is left untouched; this session will not be saved.",
                ),
            };
            view! { <p class="notice">{text}</p> }
        })
    }
}

/// Shown instead of the app when the content itself is broken, for the
/// person who configured it.
#[component]
pub fn ContentErrors(lines: Vec<String>) -> impl IntoView {
    view! {
        <div class="app">
            <main class="screen">
                <h1>"The content of this app could not be loaded"</h1>
                <p>"Fix these problems in the content files and reload:"</p>
                <ul class="problems">{lines.into_iter().map(|l| view! { <li><code>{l}</code></li> }).collect_view()}</ul>
            </main>
        </div>
    }
}
