//! The person's data on this device: the history of finished results,
//! export (JSON, CSV), import (a file, a pasted link or file content), the
//! backup of unreadable data, and deleting everything the app wrote.

use crate::document::export::{self, Import, ImportError};
use crate::document::history::{self, Record};
use crate::document::saved::{Saved, Screen};
use crate::text::lang::Lang;
use crate::ui::browser::files::{self, Read};
use crate::ui::screens::check::viewing::link_error;
use crate::ui::state::{Viewing, use_state};
use crate::ui::widgets::shared::{Go, StepHeading};
use leptos::prelude::*;

fn import_error(e: &ImportError, lang: Lang) -> String {
    match e {
        ImportError::Link(l) => link_error(l, lang),
        ImportError::TooBig => lang.f("data.too_big", &[("mb", &(export::MAX_IMPORT_BYTES / 1024 / 1024))]),
        ImportError::NotOurs => lang.t("data.not_ours").to_string(),
        ImportError::Unreadable(why) => lang.f("data.unreadable", &[("why", &cap(why))]),
        ImportError::Newer(v) => lang.f("data.newer", &[("schema", v)]),
    }
}

/// The reader's reason (already shortened where it quotes the file), kept
/// to a readable length.
fn cap(why: &str) -> String {
    const MAX: usize = 400;
    match why.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &why[..i]),
        None => why.to_string(),
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
            let args: [(&str, &dyn std::fmt::Display); 4] =
                [("day", &day), ("level", &level), ("model", &a.model), ("label", &label)];
            // Results of an earlier scoring model are marked as such.
            if a.model == crate::check::scoring::MODEL_VERSION {
                lang.f("data.record_self_check", &args)
            } else {
                lang.f("data.record_self_check_earlier_model", &args)
            }
        }
        Record::Walkthrough(w) => {
            let balance = w.balance.map_or_else(|| "—".to_string(), crate::ui::screens::walk::map::signed);
            let journey = w.journey.name.get(lang);
            lang.f(
                "data.record_walk",
                &[("day", &day), ("journey", &journey), ("balance", &balance), ("label", &label)],
            )
        }
    }
}

#[component]
pub fn Data() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
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
                st.say(st.t("data.the_file_was_read_confirm"));
                st.focus_later("confirm-import");
            }
            Ok(Import::Result(r)) => {
                if st.remember(*r) {
                    st.redraw();
                    st.say(st.t("data.the_result_was_added_to"));
                } else {
                    st.say(st.t("data.this_result_is_already_in"));
                }
                st.focus_later("history");
            }
            Ok(Import::Link(o)) => {
                st.viewing.set(Some(Ok(Viewing::from_link(*o))));
                // Not a sealed or team link left from the address.
                st.local.update_value(|l| l.link = None);
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
                let msg = t("data.the_file_could_not_be").to_string();
                st.say(msg.clone());
                error.set(msg);
            }
        });
    };

    let records = st.history.get_untracked();
    let history_list = if records.is_empty() {
        leptos::either::Either::Left(view! { <p>{t("data.no_finished_results_yet")}</p> })
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
                            <button type="button" aria-label=format!("{}: {line}", t("data.open")) on:click=move |_| {
                                st.viewing.set(Some(Ok(Viewing::from_record(&open_r))));
                                st.local.update_value(|l| l.link = None);
                                st.go(Screen::Shared);
                            }>{t("data.open")}</button>
                            <button type="button" aria-label=format!("{}: {line}", t("data.download")) on:click=move |_| {
                                files::download(&name, "application/json", &export::one_result(&file_r));
                            }>{t("data.download")}</button>
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
                    }>{t("data.download_the_backup")}" ("{key}")"</button>
                }
            })
            .collect_view();
        view! {
            <section class="block">
                <h3>{t("data.unreadable_data")}</h3>
                <p>{t("data.the_app_could_not_read")}</p>
                <div class="actions">{buttons}</div>
            </section>
        }
    });

    let where_kept =
        if st.in_memory() { t("data.right_now_your_data_lives") } else { t("data.your_data_is_kept_only") };

    // The configuration builder is a page of the app's own: linked only on
    // that page (in a host page a relative link would point elsewhere).
    let builder_link = (st.env.mode == crate::ui::state::env::Mode::Standalone).then(|| {
        view! {
            <section class="block more">
                <h3>{t("data.more")}</h3>
                <p><a href="builder.html">{t("data.configuration_builder")}</a></p>
            </section>
        }
    });

    view! {
        <section class="step data">
            <StepHeading>{t("data.your_data_on_this_device")}</StepHeading>
            <p>{where_kept}</p>
            <section class="block">
                <h3>{t("data.download")}</h3>
                <div class="actions">
                    <button type="button" on:click=move |_| {
                        let name = format!("service-ladder-{}.json", history::day(&files::now()));
                        files::download(&name, "application/json", &export::everything(&st.snapshot()));
                    }>{t("data.everything_json")}</button>
                    <button type="button" on:click=move |_| {
                        let answers = st.answers.get_untracked();
                        let walk = st.walked().zip(st.walk.get_untracked());
                        let text = export::csv(st.content, st.role().as_deref(), lang, Some(&answers), walk.as_ref().map(|(j, w)| (j, w)));
                        files::download("service-ladder-answers.csv", "text/csv;charset=utf-8", &text);
                    }>{t("data.answers_and_scores_csv")}</button>
                </div>
            </section>
            <section class="block">
                <h3>{t("data.history_of_results")}</h3>
                {history_list}
            </section>
            <section class="block">
                <h3>{t("data.import")}</h3>
                <div class="field">
                    <label for="import-file">{t("data.a_file_exported_from_the")}</label>
                    <input id="import-file" type="file" accept=".json,application/json" node_ref=file_input on:change=from_file/>
                </div>
                <div class="field">
                    <label for="import-text">{t("data.or_paste_a_result_link")}</label>
                    <textarea id="import-text" rows="3" on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
                </div>
                <button type="button" on:click=move |_| take(pasted.get_untracked())>{t("data.import_2")}</button>
                <p class="error" id="import-error" tabindex="-1" hidden=move || error.with(String::is_empty)>{move || error.get()}</p>
                <div class="confirm" hidden=move || pending.with(Option::is_none)>
                    <p>{t("data.replace_everything_on_this_device")}</p>
                    <button type="button" class="primary" id="confirm-import" on:click=move |_| {
                        if let Some(s) = pending.get_untracked() {
                            pending.set(None);
                            st.load(s);
                            st.go(Screen::Data);
                            st.redraw();
                            st.say(st.t("data.your_data_was_imported"));
                        }
                    }>{t("data.replace")}</button>
                    <button type="button" on:click=move |_| pending.set(None)>{t("data.cancel")}</button>
                </div>
            </section>
            {backup_section}
            <section class="block">
                <h3>{t("data.delete")}</h3>
                <p>{t("data.removes_everything_this_app_wrote")}</p>
                <button type="button" on:click=move |_| {
                    deleting.set(true);
                    st.focus_later("confirm-delete");
                }>{t("data.delete_my_data_on_this")}</button>
                <div class="confirm" hidden=move || !deleting.get()>
                    <p>{t("data.delete_for_good")}</p>
                    <button type="button" class="primary" id="confirm-delete" on:click=move |_| {
                        deleting.set(false);
                        let done = st.delete_everything();
                        st.go(Screen::Home);
                        st.say(if done {
                            st.t("data.all_of_this_app_s")
                        } else {
                            st.t("data.not_everything_could_be_deleted")
                        });
                    }>{t("data.yes_delete")}</button>
                    <button type="button" on:click=move |_| deleting.set(false)>{t("data.cancel")}</button>
                </div>
            </section>
            {builder_link}
            <div class="nav">
                <Go to=Screen::Home label=t("data.home")/>
            </div>
        </section>
    }
}
