//! The app frame's notices: configuration problems for the web developer
//! and how the person's data is being kept. Drawn by a later part of the
//! wasm (the router) and placed by the app, so they live here, below both.

use crate::ui::state::keep::Notice;
use crate::ui::state::use_state;
use leptos::either::Either;
use leptos::prelude::*;

/// What is wrong with this page's configuration: in full for the web
/// developer in preview mode, else a short notice in the visitor's language
/// (the details are in the console).
#[component]
pub fn ConfigProblems() -> impl IntoView {
    let st = use_state();
    let env = st.env;
    if !env.options.preview {
        return Either::Left((!env.problems.is_empty()).then(|| {
            view! {
                <p class="notice config-notice">{move || st.tr(
                    "Настройки самопроверки на этой странице не применились, поэтому показана стандартная версия. Подробности для разработчика сайта — в консоли браузера.",
                    "This page's settings for the self-check could not be applied, so the standard version is shown. Details for the site's developer are in the browser console.",
                )}</p>
            }
        }));
    }
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
    Either::Right(view! { {problems}{warnings} })
}

/// How the person's data is being kept, when that is not the usual way,
/// with what they can do about it.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let st = use_state();
    let download_all = move |_| {
        let name = format!("service-ladder-{}.json", crate::document::history::day(&crate::ui::browser::files::now()));
        crate::ui::browser::files::download(
            &name,
            "application/json",
            &crate::document::export::everything(&st.snapshot()),
        );
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
                        && crate::ui::browser::files::download("service-ladder-unreadable-data.json", "application/json", &text)
                    {
                        st.release_unreadable();
                    }
                }>{t("Скачать эти данные", "Download that data")}</button>
            }),
            Notice::Conflict(_) => leptos::either::EitherOf4::C(view! {
                <button type="button" on:click=move |_| st.resolve(crate::document::merge::Prefer::Mine)>
                    {t("Оставить версию этой вкладки", "Keep this tab's version")}
                </button>
                <button type="button" on:click=move |_| st.resolve(crate::document::merge::Prefer::Theirs)>
                    {t("Взять версию другой вкладки", "Take the other tab's version")}
                </button>
            }),
            _ => leptos::either::EitherOf4::D(()),
        };
        Some(view! { <div class="notice"><p>{text}</p><div class="actions">{actions}</div></div> })
    }
}
