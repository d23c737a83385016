//! The person's data on this device: the history of finished results,
//! export (JSON, CSV), import (a file, a pasted link or file content), the
//! backup of unreadable data, and deleting everything the app wrote.

use crate::document::export::{self, Import, ImportError};
use crate::document::history::{self, Record};
use crate::document::saved::{Saved, Screen};
use crate::text::lang::Lang;
use crate::ui::browser::files::{self, Read};
use crate::ui::i18n::words::tr;
use crate::ui::screens::check::viewing::link_error;
use crate::ui::state::{Viewing, use_state};
use crate::ui::widgets::shared::{Go, StepHeading};
use leptos::prelude::*;

fn import_error(e: &ImportError, lang: Lang) -> String {
    match (lang, e) {
        (_, ImportError::Link(l)) => link_error(l, lang),
        (Lang::En, e) => e.to_string(),
        (Lang::Ru, ImportError::TooBig) => "Файл больше любого файла «Лестницы сервиса» (свыше 2 МБ). Выберите экспортированный файл.".into(),
        (Lang::Ru, ImportError::NotOurs) => "Это не файл экспорта «Лестницы сервиса» и не ссылка на результат. Выберите .json-файл, выгруженный из этого приложения, или вставьте ссылку целиком.".into(),
        (Lang::Ru, ImportError::Unreadable(_)) => "Файл «Лестницы сервиса» повреждён и не читается. Ничего не изменено.".into(),
        (Lang::Ru, ImportError::Newer(v)) => format!("Файл выгружен более новой версией приложения (схема {v}). Обновите приложение и импортируйте снова."),
    }
}

fn record_line(r: &Record, st: crate::ui::state::AppState, lang: Lang) -> String {
    let day = crate::ui::i18n::words::long_date(lang, history::day(r.at()));
    let label = match r {
        Record::Assessment(a) => a.label.clone(),
        Record::Walkthrough(w) => w.label.clone(),
    }
    .map(|l| format!(" · {l}"))
    .unwrap_or_default();
    match r {
        Record::Assessment(a) => {
            let level = st.content.assessment.levels[a.level.index()].name.get(lang);
            // Results of an earlier scoring model are marked as such.
            let model = match (a.model == crate::check::scoring::MODEL_VERSION, lang) {
                (true, _) => String::new(),
                (false, Lang::Ru) => format!(" · прежняя модель ({})", a.model),
                (false, Lang::En) => format!(" · earlier model ({})", a.model),
            };
            match lang {
                Lang::Ru => format!("{day} · Самопроверка: {level}{model}{label}"),
                Lang::En => format!("{day} · Self-check: {level}{model}{label}"),
            }
        }
        Record::Walkthrough(w) => {
            let balance = w.balance.map_or_else(|| "—".to_string(), crate::ui::screens::walk::map::signed);
            match lang {
                Lang::Ru => format!("{day} · Путь «{}»: индекс баланса {balance}{label}", w.journey.name.get(lang)),
                Lang::En => format!("{day} · Journey “{}”: balance index {balance}{label}", w.journey.name.get(lang)),
            }
        }
    }
}

#[component]
pub fn Data() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let error = RwSignal::new(String::new());
    let pending = RwSignal::new(None::<Saved>);
    let deleting = RwSignal::new(false);
    let pasted = RwSignal::new(String::new());
    let file_input = NodeRef::<leptos::html::Input>::new();

    let take = move |text: String| {
        error.set(String::new());
        match export::import(&text, st.content) {
            Ok(Import::Everything(s)) => {
                pending.set(Some(*s));
                st.say(st.tr(
                    "Файл прочитан. Подтвердите замену данных.",
                    "The file was read. Confirm replacing your data.",
                ));
                st.focus_later("confirm-import");
            }
            Ok(Import::Result(r)) => {
                if st.remember(*r) {
                    st.redraw();
                    st.say(st.tr("Результат добавлен в историю.", "The result was added to your history."));
                } else {
                    st.say(st.tr("Этот результат уже есть в истории.", "This result is already in your history."));
                }
                st.focus_later("history");
            }
            Ok(Import::Link(o)) => {
                st.viewing.set(Some(Ok(Viewing::from_link(*o))));
                st.go(Screen::Shared);
            }
            Err(e) => {
                let msg = import_error(&e, lang);
                st.say(msg.clone());
                error.set(msg);
                st.focus_later("import-error");
            }
        }
    };
    let from_file = move |_| {
        let Some(input) = file_input.get() else { return };
        files::read_chosen(&input, move |read| match read {
            Read::Text(text) => take(text),
            Read::TooBig => {
                let msg = import_error(&ImportError::TooBig, lang);
                st.say(msg.clone());
                error.set(msg);
            }
            Read::Failed => {
                let msg = t("Файл не удалось прочитать.", "The file could not be read.").to_string();
                st.say(msg.clone());
                error.set(msg);
            }
        });
    };

    let records = st.history.get_untracked();
    let history_list = if records.is_empty() {
        leptos::either::Either::Left(
            view! { <p>{t("Законченных результатов пока нет.", "No finished results yet.")}</p> },
        )
    } else {
        let items = records
            .iter()
            .rev()
            .map(|r| {
                let line = record_line(r, st, lang);
                let (open_r, file_r) = (r.clone(), r.clone());
                let name = format!("service-ladder-result-{}.json", history::day(r.at()));
                view! {
                    <li class="history-row">
                        <span>{line.clone()}</span>
                        <span class="actions">
                            <button type="button" aria-label=format!("{}: {line}", t("Открыть", "Open")) on:click=move |_| {
                                st.viewing.set(Some(Ok(Viewing::from_record(&open_r))));
                                st.go(Screen::Shared);
                            }>{t("Открыть", "Open")}</button>
                            <button type="button" aria-label=format!("{}: {line}", t("Скачать", "Download")) on:click=move |_| {
                                files::download(&name, "application/json", &export::one_result(&file_r));
                            }>{t("Скачать", "Download")}</button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        leptos::either::Either::Right(view! { <ul class="history" id="history" tabindex="-1">{items}</ul> })
    };

    let backups = st.backups();
    let backup_section = (!backups.is_empty()).then(|| {
        let buttons = backups
            .into_iter()
            .map(|(key, text)| {
                view! {
                    <button type="button" on:click=move |_| {
                        files::download("service-ladder-unreadable-backup.json", "application/json", &text);
                    }>{t("Скачать резервную копию", "Download the backup")}" ("{key}")"</button>
                }
            })
            .collect_view();
        view! {
            <section class="block">
                <h3>{t("Нечитаемые данные", "Unreadable data")}</h3>
                <p>{t(
                    "Эти данные приложение не смогло прочитать и отложило, не удаляя. Скачайте их, если они вам нужны.",
                    "The app could not read this data and set it aside without deleting it. Download it if you need it.",
                )}</p>
                <div class="actions">{buttons}</div>
            </section>
        }
    });

    let where_kept = if st.in_memory() {
        t(
            "Сейчас данные хранятся только в памяти этой страницы: браузер не даёт их сохранить. Скачайте копию, чтобы не потерять.",
            "Right now your data lives only in this page's memory: the browser does not let it be kept. Download a copy so as not to lose it.",
        )
    } else {
        t(
            "Данные хранятся только в этом браузере на этом устройстве. Браузеры могут удалить данные сайтов, которые давно не открывали (Safari — через 7 дней), поэтому скачайте копию, если результат важен.",
            "Your data is kept only in this browser on this device. Browsers may delete data of sites you have not visited for a while (Safari after 7 days), so download a copy if the result matters.",
        )
    };

    view! {
        <section class="step data">
            <StepHeading>{t("Ваши данные на этом устройстве", "Your data on this device")}</StepHeading>
            <p>{where_kept}</p>
            <section class="block">
                <h3>{t("Скачать", "Download")}</h3>
                <div class="actions">
                    <button type="button" on:click=move |_| {
                        let name = format!("service-ladder-{}.json", history::day(&files::now()));
                        files::download(&name, "application/json", &export::everything(&st.snapshot()));
                    }>{t("Всё (JSON)", "Everything (JSON)")}</button>
                    <button type="button" on:click=move |_| {
                        let answers = st.answers.get_untracked();
                        let walk = st.walked().zip(st.walk.get_untracked());
                        let text = export::csv(st.content, st.role().as_deref(), lang, Some(&answers), walk.as_ref().map(|(j, w)| (j, w)));
                        files::download("service-ladder-answers.csv", "text/csv;charset=utf-8", &text);
                    }>{t("Ответы и баллы (CSV)", "Answers and scores (CSV)")}</button>
                </div>
            </section>
            <section class="block">
                <h3>{t("История результатов", "History of results")}</h3>
                {history_list}
            </section>
            <section class="block">
                <h3>{t("Импорт", "Import")}</h3>
                <div class="field">
                    <label for="import-file">{t("Файл, выгруженный из приложения (.json)", "A file exported from the app (.json)")}</label>
                    <input id="import-file" type="file" accept=".json,application/json" node_ref=file_input on:change=from_file/>
                </div>
                <div class="field">
                    <label for="import-text">{t("…или вставьте ссылку на результат либо содержимое файла", "…or paste a result link or the content of a file")}</label>
                    <textarea id="import-text" rows="3" on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                </div>
                <button type="button" on:click=move |_| take(pasted.get_untracked())>{t("Импортировать", "Import")}</button>
                <p class="error" id="import-error" tabindex="-1" hidden=move || error.with(String::is_empty)>{move || error.get()}</p>
                <div class="confirm" hidden=move || pending.with(Option::is_none)>
                    <p>{t(
                        "Заменить всё на этом устройстве данными из файла? Текущие ответы, пути и история будут заменены.",
                        "Replace everything on this device with the file's data? Current answers, journeys and history will be replaced.",
                    )}</p>
                    <button type="button" class="primary" id="confirm-import" on:click=move |_| {
                        if let Some(s) = pending.get_untracked() {
                            pending.set(None);
                            st.load(s);
                            st.go(Screen::Data);
                            st.redraw();
                            st.say(st.tr("Данные импортированы.", "Your data was imported."));
                        }
                    }>{t("Заменить", "Replace")}</button>
                    <button type="button" on:click=move |_| pending.set(None)>{t("Отмена", "Cancel")}</button>
                </div>
            </section>
            {backup_section}
            <section class="block">
                <h3>{t("Удалить", "Delete")}</h3>
                <p>{t(
                    "Удаляет всё, что приложение записало в этом браузере: ответы, пути, историю и резервные копии. Данные других сайтов не затрагиваются.",
                    "Removes everything this app wrote in this browser: answers, journeys, history and backups. Nothing else is touched.",
                )}</p>
                <button type="button" on:click=move |_| {
                    deleting.set(true);
                    st.focus_later("confirm-delete");
                }>{t("Удалить мои данные на этом устройстве", "Delete my data on this device")}</button>
                <div class="confirm" hidden=move || !deleting.get()>
                    <p>{t("Удалить безвозвратно?", "Delete for good?")}</p>
                    <button type="button" class="primary" id="confirm-delete" on:click=move |_| {
                        deleting.set(false);
                        let done = st.delete_everything();
                        st.go(Screen::Home);
                        st.say(if done {
                            st.tr("Все данные приложения удалены с этого устройства.", "All of this app's data was deleted from this device.")
                        } else {
                            st.tr("Не всё удалось удалить: браузер не позволил.", "Not everything could be deleted: the browser did not allow it.")
                        });
                    }>{t("Да, удалить", "Yes, delete")}</button>
                    <button type="button" on:click=move |_| deleting.set(false)>{t("Отмена", "Cancel")}</button>
                </div>
            </section>
            <div class="nav">
                <Go to=Screen::Home label=t("На главную", "Home")/>
            </div>
        </section>
    }
}
