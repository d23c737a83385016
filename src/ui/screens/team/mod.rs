//! The team screen, for managers: results people sent (links pasted by the
//! hundred, JSON and CSV files, QR codes) taken in a slice per frame, every
//! item answered with its reason, and what they add up to — the team's
//! level, consistency, groups, walks, a before/after comparison — with
//! exports and collections kept only when the manager saves them.
//! Everything is computed here, in the manager's browser; nothing is sent.
//!
//! The collection being looked at lives in `AppState::team` for the
//! session (the screen is rebuilt on every change and language switch);
//! kept collections are `Saved::teams`, read through the model layer.
//! The parts: `intake` (adding), `view` (what the manager
//! sees), `export` (report, slides, CSV), `send` (the staff side).

pub mod export;
pub mod intake;
pub mod send;
pub mod view;
pub mod work;

use crate::document::saved::Screen;
use crate::team::collection::Collection;
use crate::team::slides::count_en;
use crate::team::stored;
use crate::text::lang::Lang;
use crate::ui::i18n::words::tr;
use crate::ui::screens::team::export::{Exports, TeamReport};
use crate::ui::screens::team::intake::{AddResults, IntakeReport};
use crate::ui::screens::team::view::OverviewView;
use crate::ui::screens::team::work::{figures, keep_if_saved, kept, teams, update_teams, with_work};
use crate::ui::state::use_state;
use crate::ui::widgets::shared::{Go, StepHeading};
use leptos::prelude::*;

#[component]
pub fn Team() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let figures = figures(st);
    let body = figures.map(|f| {
        let empty = f.people == 0;
        let overview = (!empty).then(|| {
            let f = std::rc::Rc::new(f);
            view! {
                <OverviewView figures=f.clone()/>
                <Exports figures=f.clone()/>
                <TeamReport figures=f/>
            }
        });
        let nothing = empty.then(|| {
            view! {
                <p class="team-empty no-print">{t(
                    "Пока нет ни одного результата. Вставьте ссылки или выберите файлы выше — уровень команды появится здесь.",
                    "No results yet. Paste links or choose files above, and the team's level appears here.",
                )}</p>
            }
        });
        view! { {nothing}{overview} }
    });
    view! {
        <section class="step team">
            <StepHeading>{t("Для руководителя: результаты команды", "For managers: your team's results")}</StepHeading>
            <p class="lead no-print">{t(
                "Соберите результаты, которые прислали сотрудники: ссылки из чата, файлы JSON и CSV. Всё считается здесь, в этом браузере, и никуда не отправляется. Результаты — самооценка сотрудников; имён здесь нет, если люди сами их не добавили.",
                "Gather the results people sent you: links from a chat, JSON and CSV files. Everything is worked out here, in this browser, and sent nowhere. Results are people's own self-reports; there are no names unless people added them.",
            )}</p>
            <AddResults/>
            <IntakeReport/>
            {body}
            <Collections/>
            <div class="nav no-print">
                <Go to=Screen::Home label=t("На главную", "Home")/>
            </div>
        </section>
    }
}

fn date_of(day: u16) -> String {
    crate::document::share::date(day)
}

/// Saving the collection being looked at, the kept ones (open, download,
/// delete, compare with), and a fresh start.
#[component]
fn Collections() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let fingerprint = st.fingerprint();
    let (name, day, saved_as, count, compare_with) = with_work(st, |w| {
        (w.collection.name().to_string(), w.collection.day(), w.saved_as.clone(), w.collection.len(), w.compare.clone())
    })
    .unwrap_or_default();
    let teams = teams(st);
    let name_in = RwSignal::new(name.clone());
    let day_in = RwSignal::new(date_of(day));
    let deleting = RwSignal::new(None::<String>);

    let save = move |_| {
        let typed = name_in.get_untracked();
        let day = crate::team::entry::day_of(&day_in.get_untracked());
        if typed.trim().is_empty() {
            st.say(st.tr("Дайте подборке название.", "Give the collection a name."));
            st.focus_later("team-name");
            return;
        }
        let kept_now = self::teams(st);
        let taken: Vec<String> = kept_now.iter().map(|t| t.id.clone()).collect();
        let saved_now = kept_now.len();
        let new = with_work(st, |w| w.saved_as.is_none()).unwrap_or(true);
        if new && saved_now >= stored::MAX_TEAMS {
            st.say(match lang {
                Lang::Ru => format!("Можно хранить не больше {} подборок. Удалите ненужную.", stored::MAX_TEAMS),
                Lang::En => {
                    format!("At most {} collections can be kept. Delete one you no longer need.", stored::MAX_TEAMS)
                }
            });
            return;
        }
        let seed = (js_sys::Date::now() as u64) ^ ((js_sys::Math::random() * 4_294_967_296.0) as u64) << 20;
        with_work(st, |w| {
            w.collection.rename(&typed);
            if let Some(d) = day {
                w.collection.set_day(d);
            }
            if w.saved_as.is_none() {
                w.saved_as = Some(stored::new_id(seed, |id| taken.iter().any(|t| t == id)));
            }
        });
        keep_if_saved(st);
        st.redraw();
        st.say(st.tr(
            "Подборка сохранена на этом устройстве. Новые результаты в ней сохраняются сами.",
            "The collection is kept on this device. Results added to it are kept as they come.",
        ));
        st.focus_later("team-kept");
    };

    let open = move |id: String| {
        let Some(record) = kept(st, &id) else { return };
        if !record.fits(fingerprint) {
            return;
        }
        with_work(st, |w| {
            w.collection = record.collection();
            w.saved_as = Some(record.id.clone());
            w.report = None;
            w.journey = 0;
            w.model = None;
            if w.compare.as_deref() == Some(record.id.as_str()) {
                w.compare = None;
            }
        });
        st.redraw();
        st.say(match lang {
            Lang::Ru => format!("Открыта подборка «{}».", record.name),
            Lang::En => format!("Opened the collection “{}”.", record.name),
        });
        st.focus_later("team-figures");
    };
    let fresh = move |_| {
        with_work(st, |w| {
            let mut collection = Collection::new("", crate::ui::browser::files::today(), st.fingerprint());
            collection.set_threshold(st.env.config.team_threshold());
            w.collection = collection;
            w.saved_as = None;
            w.report = None;
            w.journey = 0;
            w.model = None;
        });
        st.redraw();
        st.say(st.tr("Начата новая подборка.", "A new collection is started."));
        st.focus_later("team-paste");
    };

    let kept = if teams.is_empty() {
        leptos::either::Either::Left(view! {
            <p>{t("Сохранённых подборок нет. Подборка хранится, только если вы её сохраните.", "No collections are kept. A collection is kept only when you save it.")}</p>
        })
    } else {
        let items = teams
            .iter()
            .map(|r| {
                let id = r.id.clone();
                let fits = r.fits(fingerprint);
                let line = match lang {
                    Lang::Ru => format!("{} · {} · результатов: {}", r.name, date_of(r.day), r.people.len()),
                    Lang::En => format!("{} · {} · {}", r.name, date_of(r.day), count_en(r.people.len(), "result", "results")),
                };
                let current = saved_as.as_deref() == Some(r.id.as_str());
                let (open_id, file_id, del_id, cmp_id) = (id.clone(), id.clone(), id.clone(), id.clone());
                let comparing = compare_with.as_deref() == Some(r.id.as_str());
                view! {
                    <li class="history-row team-kept-row">
                        <span>{line.clone()}{current.then(|| t(" (открыта)", " (open)"))}</span>
                        {(!fits).then(|| view! { <span class="meta">{t(
                            " Собрана с другими вопросами или путями (в другой настройке приложения): здесь не показывается.",
                            " Gathered with other questions or journeys (another setup of the app): not shown here.",
                        )}</span> })}
                        <span class="actions">
                            <button type="button" hidden=current || !fits aria-label=format!("{}: {line}", t("Открыть", "Open"))
                                on:click=move |_| open(open_id.clone())>{t("Открыть", "Open")}</button>
                            <button type="button" hidden=current || !fits || count == 0 aria-pressed=if comparing { "true" } else { "false" }
                                aria-label=format!("{}: {line}", t("Сравнить с текущей как «до»", "Compare with the open one as “before”"))
                                on:click=move |_| {
                                    let id = cmp_id.clone();
                                    with_work(st, |w| w.compare = if w.compare.as_ref() == Some(&id) { None } else { Some(id) });
                                    st.redraw();
                                    st.focus_later("team-compare");
                                }>{t("Сравнить", "Compare")}</button>
                            <button type="button" aria-label=format!("{}: {line}", t("Скачать файлом", "Download as a file"))
                                on:click=move |_| {
                                    if let Some(r) = kept(st, &file_id) {
                                        let name = format!("service-ladder-team-{}.json", date_of(r.day));
                                        crate::ui::browser::files::download(&name, "application/json", &stored::file(&r));
                                    }
                                }>{t("Скачать", "Download")}</button>
                            <button type="button" aria-label=format!("{}: {line}", t("Удалить", "Delete"))
                                on:click=move |_| {
                                    deleting.set(Some(del_id.clone()));
                                    st.focus_later("team-confirm-delete");
                                }>{t("Удалить", "Delete")}</button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        leptos::either::Either::Right(view! { <ul class="history team-kept">{items}</ul> })
    };

    view! {
        <section class="block team-collections no-print" aria-labelledby="team-kept">
            <h3 id="team-kept" tabindex="-1">{t("Подборки", "Collections")}</h3>
            <p class="meta">{match (lang, &saved_as) {
                (Lang::Ru, Some(_)) => format!("Открытая подборка «{name}» хранится на этом устройстве; новые результаты сохраняются в ней."),
                (Lang::En, Some(_)) => format!("The open collection “{name}” is kept on this device; results added to it are kept."),
                (Lang::Ru, None) => "Эта подборка не сохранена: закройте страницу — и она исчезнет. Сохраните её, чтобы вернуться к ней или сравнить с будущей.".to_string(),
                (Lang::En, None) => "This collection is not kept: close the page and it is gone. Save it to come back to it or compare it with a later one.".to_string(),
            }}</p>
            <div class="team-save">
                <div class="field">
                    <label for="team-name">{t("Название", "Name")}</label>
                    <input id="team-name" type="text" maxlength="100" prop:value=name
                        on:input=move |ev| name_in.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="team-day">{t("Дата", "Date")}</label>
                    <input id="team-day" type="date" prop:value=date_of(day)
                        on:input=move |ev| day_in.set(event_target_value(&ev))/>
                </div>
                <button type="button" class="primary" on:click=save>
                    {if saved_as.is_some() { t("Сохранить название и дату", "Save the name and date") } else { t("Сохранить подборку", "Save the collection") }}
                </button>
                <button type="button" on:click=fresh hidden=count == 0 && saved_as.is_none()>{t("Начать новую подборку", "Start a new collection")}</button>
            </div>
            <h4>{t("Сохранённые на этом устройстве", "Kept on this device")}</h4>
            {kept}
            <div class="confirm" hidden=move || deleting.with(Option::is_none)>
                <p>{t("Удалить подборку с этого устройства? Результаты в ней будут удалены.", "Delete the collection from this device? The results in it are deleted.")}</p>
                <button type="button" class="primary" id="team-confirm-delete" on:click=move |_| {
                    let Some(id) = deleting.get_untracked() else { return };
                    deleting.set(None);
                    update_teams(st, &mut |ts| ts.retain(|t| t.id != id));
                    with_work(st, |w| {
                        if w.saved_as.as_deref() == Some(id.as_str()) {
                            w.saved_as = None;
                        }
                        if w.compare.as_deref() == Some(id.as_str()) {
                            w.compare = None;
                        }
                    });
                    st.redraw();
                    st.say(st.tr("Подборка удалена с этого устройства.", "The collection was deleted from this device."));
                    st.focus_later("team-kept");
                }>{t("Да, удалить", "Yes, delete")}</button>
                <button type="button" on:click=move |_| deleting.set(None)>{t("Отмена", "Cancel")}</button>
            </div>
        </section>
    }
}
