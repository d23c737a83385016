//! The app shell: header with the language switch, the current screen,
//! the status region and the privacy line.

use super::data::Data;
use super::editor::Editor;
use super::home::Home;
use super::journeys::Journeys;
use super::keep::Notice;
use super::map::Map;
use super::question::Question;
use super::report::Report;
use super::result::Result as ResultView;
use super::review::Review;
use super::role::RoleStep;
use super::state::{AppState, use_state};
use super::summary::Summary;
use super::viewing::Viewing;
use super::walk_step::WalkStep;
use super::{Env, Mode, host};
use crate::events;
use crate::lang::Lang;
use crate::saved::Screen;
use leptos::either::EitherOf13;
use leptos::prelude::*;

/// The whole app for one widget. `host` is who hears its events and
/// `root` the element it is mounted in: both its own, never shared.
#[component]
pub fn App(env: &'static Env, host: host::Host, root: web_sys::Element) -> impl IntoView {
    let st = AppState::new(env, host, root);
    provide_context(st);

    // Keep the page's language and title in step with the switch — only on
    // the app's own page: in direct mode the document is the host's.
    Effect::new(move |_| {
        let lang = st.lang.get();
        if env.mode == Mode::Direct {
            return;
        }
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", lang.code());
            }
            doc.set_title(st.tr(
                "Лестница сервиса — самопроверка клиентоориентированности",
                "Service Ladder — client-orientation self-check",
            ));
        }
    });

    // Each screen is built afresh whenever the screen, the language or a
    // redraw request changes, and is never patched in place: a keyed list of
    // one keeps tachys from compiling "rebuild" code for every screen, which
    // more than halves the wasm.
    let key = move || (st.screen.get(), st.lang.get(), st.redraws.get());
    let screen = move |(screen, _, _): (Screen, Lang, u32)| match screen {
        Screen::Home => EitherOf13::A(view! { <Home/> }),
        Screen::Question { index } => EitherOf13::B(view! { <Question index=index/> }),
        Screen::Review => EitherOf13::C(view! { <Review/> }),
        Screen::Result => EitherOf13::D(view! { <ResultView/> }),
        Screen::Journeys => EitherOf13::E(view! { <Journeys/> }),
        Screen::Editor { journey } => EitherOf13::F(view! { <Editor journey=journey/> }),
        Screen::Touchpoint { index } => EitherOf13::G(view! { <WalkStep index=index/> }),
        Screen::Map => EitherOf13::H(view! { <Map/> }),
        Screen::Summary => EitherOf13::I(view! { <Summary/> }),
        Screen::Data => EitherOf13::J(view! { <Data/> }),
        Screen::Report => EitherOf13::K(view! { <Report/> }),
        Screen::Shared => EitherOf13::L(view! { <Viewing/> }),
        Screen::Role => EitherOf13::M(view! { <RoleStep/> }),
    };

    // Tell the embedding page the app is drawn (once, first), then where
    // the person is on every move.
    Effect::new(move |drawn: Option<()>| {
        if drawn.is_none() {
            st.emit("ready", &events::ready(st.lang.get_untracked().code(), env.config.parts.id()));
        }
        st.emit("step", &events::step(&st.screen.get()));
    });

    // Brand colours arrive as CSS custom properties set through the CSSOM,
    // which a strict CSP allows (a style attribute would be blocked).
    let accent = env.config.brand.accent.map(|c| c.hex());
    let text = env.config.brand.text.map(|c| c.hex());
    view! {
        <div class="app" lang=move || st.lang.get().code() style:--accent=accent style:--text=text>
            <header class="top no-print">
                <Brand/>
                <LangSwitch/>
            </header>
            <ConfigProblems/>
            <StorageNotice/>
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

/// The company's name and logo when configured, else the app's name.
#[component]
fn Brand() -> impl IntoView {
    let st = use_state();
    let brand = &st.env.config.brand;
    let name = move || match &brand.name {
        Some(n) => n.get(st.lang.get()).to_string(),
        None => st.tr("Лестница сервиса", "Service Ladder").to_string(),
    };
    let logo = brand.logo.clone().map(|src| {
        view! { <img class="logo" src=src alt="" referrerpolicy="no-referrer"/> }
    });
    view! { <h1 class="brand">{logo}<span>{name}</span></h1> }
}

/// For the web developer: what is wrong with this page's configuration.
#[component]
fn ConfigProblems() -> impl IntoView {
    let st = use_state();
    let env = st.env;
    let problems = (!env.problems.is_empty()).then(|| {
        let items = env.problems.iter().map(|p| view! { <li><code>{p.clone()}</code></li> }).collect_view();
        let count = env.problems.len();
        view! {
            <section class="config-problems" aria-labelledby="config-problems-title">
                <h2 id="config-problems-title">{format!("Configuration problems ({count})")}</h2>
                <p>"This page's Service Ladder configuration was not applied; the app runs with its default content. Fix every problem below:"</p>
                <ul>{items}</ul>
            </section>
        }
    });
    let warnings = (!env.warnings.is_empty()).then(|| {
        let items = env.warnings.iter().map(|p| view! { <li><code>{p.clone()}</code></li> }).collect_view();
        view! {
            <section class="config-problems warnings" aria-labelledby="config-warnings-title">
                <h2 id="config-warnings-title">"Configuration notices"</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    view! { {problems}{warnings} }
}

/// Two buttons, one per language; the pressed one is current. Answers are
/// keyed by item, so switching never touches them. With one language
/// configured, there is nothing to switch.
#[component]
fn LangSwitch() -> impl IntoView {
    let st = use_state();
    if st.languages().len() < 2 {
        return leptos::either::Either::Left(());
    }
    let button = move |lang: Lang| {
        view! {
            <button
                type="button"
                class="lang"
                lang=lang.code()
                aria-pressed=move || if st.lang.get() == lang { "true" } else { "false" }
                on:click=move |_| st.choose_lang(lang)
            >
                {lang.endonym()}
            </button>
        }
    };
    leptos::either::Either::Right(view! {
        <div class="langs" role="group" aria-label=move || st.tr("Язык", "Language")>
            {button(Lang::Ru)}
            {button(Lang::En)}
        </div>
    })
}

/// How the person's data is being kept, when that is not the usual way,
/// with what they can do about it.
#[component]
fn StorageNotice() -> impl IntoView {
    let st = use_state();
    let download_all = move |_| {
        let name = format!("service-ladder-{}.json", crate::history::day(&super::files::now()));
        super::files::download(&name, "application/json", &crate::export::everything(&st.snapshot()));
    };
    move || {
        let notice = st.notice.get()?;
        let t = move |ru, en| st.tr(ru, en);
        let text = match &notice {
            Notice::Refused => t(
                "Браузер не разрешает этой странице сохранять данные. Ответы хранятся, пока страница открыта: не закрывайте её до конца или скачайте копию.",
                "This browser does not let the page keep data. Your answers are kept only while this page is open: finish before closing it, or download a copy.",
            ),
            Notice::Full => t(
                "Хранилище браузера для этого сайта заполнено, поэтому новые ответы хранятся, пока страница открыта. Скачайте копию или освободите место (например, удалите данные других сайтов).",
                "This browser's storage for this site is full, so new answers are kept only while this page is open. Download a copy, or make room (for example, clear other sites' data).",
            ),
            Notice::SetAside { .. } => t(
                "Сохранённые ранее данные не удалось прочитать. Они отложены в резервную копию (её можно скачать в разделе «Ваши данные»), а вы начинаете заново.",
                "Data saved earlier could not be read. It has been set aside as a backup (download it under “Your data”), and you are starting afresh.",
            ),
            Notice::NotSetAside => t(
                "Сохранённые ранее данные не удалось прочитать, а места, чтобы отложить их копию, нет. Они остаются нетронутыми; скачайте их. Пока вы этого не сделали, новые ответы хранятся, только пока страница открыта.",
                "Data saved earlier could not be read, and there is no room to set a copy aside. It is left untouched; download it. Until you do, new answers are kept only while this page is open.",
            ),
            Notice::Newer => t(
                "Данные на этом устройстве сохранены более новой версией приложения. Мы их не трогаем; эта сессия не будет сохранена.",
                "The data on this device was saved by a newer version of the app. It is left untouched; this session will not be saved.",
            ),
            Notice::Conflict(_) => t(
                "Эти же ответы изменили в другой вкладке или окне. Какую версию оставить? Остальные изменения из обеих уже объединены.",
                "The same answers were changed in another tab or window. Which version should stay? Everything else from both has been combined.",
            ),
            Notice::DeletedElsewhere => t(
                "Ваши данные удалили в другой вкладке или окне, поэтому и здесь всё начато заново.",
                "Your data was deleted in another tab or window, so this one starts afresh too.",
            ),
            Notice::NotDeleted => t(
                "Браузер не дал удалить все данные приложения. Попробуйте ещё раз или очистите данные сайта в настройках браузера.",
                "The browser did not let all of the app's data be deleted. Try again, or clear this site's data in the browser's settings.",
            ),
        };
        let actions = match notice {
            Notice::Refused | Notice::Full => leptos::either::EitherOf4::A(view! {
                <button type="button" on:click=download_all>{t("Скачать копию", "Download a copy")}</button>
            }),
            Notice::NotSetAside => leptos::either::EitherOf4::B(view! {
                <button type="button" on:click=move |_| {
                    if let Some(text) = st.unreadable_text()
                        && super::files::download("service-ladder-unreadable-data.json", "application/json", &text)
                    {
                        st.release_unreadable();
                    }
                }>{t("Скачать эти данные", "Download that data")}</button>
            }),
            Notice::Conflict(_) => leptos::either::EitherOf4::C(view! {
                <button type="button" on:click=move |_| st.resolve(crate::merge::Prefer::Mine)>
                    {t("Оставить версию этой вкладки", "Keep this tab's version")}
                </button>
                <button type="button" on:click=move |_| st.resolve(crate::merge::Prefer::Theirs)>
                    {t("Взять версию другой вкладки", "Take the other tab's version")}
                </button>
            }),
            _ => leptos::either::EitherOf4::D(()),
        };
        Some(view! { <div class="notice"><p>{text}</p><div class="actions">{actions}</div></div> })
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
