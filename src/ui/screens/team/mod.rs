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
pub mod focus;
pub mod intake;
pub mod parts;
pub mod sealing;
pub mod send;
pub mod trend;
pub mod view;
pub mod work;

use crate::document::saved::Screen;
use crate::team::collection::Collection;
use crate::team::stored;
use crate::ui::screens::team::export::{Exports, TeamReport};
use crate::ui::screens::team::intake::{AddResults, IntakeReport};
use crate::ui::screens::team::view::OverviewView;
use crate::ui::screens::team::work::{figures, keep_if_saved, kept, teams, update_teams, with_work};
use crate::ui::state::storage::WriteError;
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::shared::{Go, StepHeading};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Team() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let figures = figures(st);
    // Once results are in, the intake folds to one line that opens the
    // paste box: the figures lead (issue 20).
    // Under the privacy threshold nothing leads but adding more: not folded.
    let folded = figures.as_ref().is_some_and(|f| f.people > 0 && f.overview.withheld.is_none())
        && with_work(st, |w| w.intake.is_none()).unwrap_or(true);
    let intake_open = with_work(st, |w| w.intake_open).unwrap_or(false);
    let body = figures.map(|f| {
        let people = f.people;
        let empty = people == 0;
        // Under the threshold: not one figure, export or comparison, and
        // words of their own (not "no results yet").
        let below = f.overview.withheld.map(|b| {
            let text = lang.f("team_view.below_threshold", &[("n", &b.people), ("threshold", &b.threshold)]);
            view! {
                <section class="block team-below-threshold" id="team-figures" tabindex="-1" aria-labelledby="team-below-title">
                    <h3 id="team-below-title">{t("team_view.below_threshold_title")}</h3>
                    <p>{text}</p>
                </section>
            }
        });
        let empty = empty || below.is_some();
        let overview = (!empty).then(|| {
            let f = std::rc::Rc::new(f);
            let focus = view! { <focus::FocusView figures=f.clone()/> }.into_any();
            let trend = f.trend.clone().map(|(heads, trend)| view! { <trend::TrendView heads=heads trend=trend/> });
            let trend = view! { {trend} }.into_any();
            view! {
                <OverviewView figures=f.clone() focus=focus trend=trend/>
                <Exports figures=f.clone()/>
                <TeamReport figures=f/>
            }
        });
        let nothing = (people == 0).then(|| {
            view! {
                <p class="team-empty no-print">{t("team.no_results_yet_paste_links")}</p>
            }
        });
        view! { {nothing}{below}{overview} }
    });
    let intake = if folded {
        Either::Left(view! {
            <details class="team-intake-fold no-print" id="team-intake-fold" open=intake_open
                on:toggle=move |ev| {
                    let open = event_target::<web_sys::Element>(&ev).has_attribute("open");
                    with_work(st, |w| w.intake_open = open);
                }>
                <summary id="team-intake-title">
                    <span class="team-fold-line">{fold_line(st)}</span>" "
                    <span class="team-add-more">{t("team_intake.add_more")}</span>
                </summary>
                <AddResults/>
                <IntakeReport folded=true/>
            </details>
        })
    } else {
        Either::Right(view! { <AddResults/><IntakeReport/> })
    };
    view! {
        <section class="step team">
            <StepHeading>{t("team.for_managers_your_team_s")}</StepHeading>
            <p class="lead no-print">{t("team.gather_the_results_people_sent")}</p>
            {intake}
            {body}
            <Collections/>
            <sealing::TeamKey/>
            <div class="nav no-print">
                <Go to=Screen::Home label=t("team.home")/>
            </div>
        </section>
    }
}

/// "16 taken · 1 duplicate · 3 refused": what the last reading gave, or
/// the collection's size when nothing was read in this session.
fn fold_line(st: AppState) -> String {
    let lang = st.lang.get_untracked();
    with_work(st, |w| match &w.report {
        Some(r) => {
            let mut parts = vec![lang.p("team_intake.fold_taken", r.taken as i64, &[])];
            if r.duplicates > 0 {
                parts.push(lang.p("team_intake.fold_duplicates", r.duplicates as i64, &[]));
            }
            if r.refused > 0 {
                parts.push(lang.p("team_intake.fold_refused", r.refused as i64, &[]));
            }
            if r.flagged + r.one_option > 0 {
                parts.push(lang.p("team_intake.fold_flagged", (r.flagged + r.one_option) as i64, &[]));
            }
            parts.join(" · ")
        }
        None => lang.p("team_intake.fold_results", w.collection.len() as i64, &[]),
    })
    .unwrap_or_default()
}

/// Why the last save reached no storage, in words.
fn unkept_words(st: AppState) -> Option<String> {
    let lang = st.lang.get_untracked();
    with_work(st, |w| {
        w.unkept.map(|e| match e {
            WriteError::Full => lang.f("team.not_kept_full", &[("n", &w.collection.len())]),
            WriteError::Refused => lang.t("team.not_kept_refused").to_string(),
        })
    })
    .flatten()
}

/// The open collection as a team file, for when it cannot be kept.
fn download_open(st: AppState) {
    let Some((day, text)) =
        with_work(st, |w| (w.collection.day(), stored::file(&stored::TeamRecord::of("team-download", &w.collection))))
    else {
        return;
    };
    let name = format!("service-ladder-team-{}.json", date_of(day));
    crate::ui::browser::files::download(&name, "application/json", &text);
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
    let t = move |key: &str| lang.t(key);
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
            st.say(st.t("team.give_the_collection_a_name"));
            st.focus_later("team-name");
            return;
        }
        let kept_now = self::teams(st);
        let taken: Vec<String> = kept_now.iter().map(|t| t.id.clone()).collect();
        let saved_now = kept_now.len();
        let new = with_work(st, |w| w.saved_as.is_none()).unwrap_or(true);
        if new && saved_now >= stored::MAX_TEAMS {
            st.say(lang.f("team.at_most_collections", &[("max", &stored::MAX_TEAMS)]));
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
        let kept = keep_if_saved(st);
        st.redraw();
        if kept {
            st.say(st.t("team.the_collection_is_kept_on"));
        } else {
            st.say(unkept_words(st).unwrap_or_default());
        }
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
            w.unkept = None;
            if w.compare.as_deref() == Some(record.id.as_str()) {
                w.compare = None;
            }
        });
        st.redraw();
        st.say(lang.f("team.opened_the_collection", &[("name", &record.name)]));
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
            w.unkept = None;
        });
        st.redraw();
        st.say(st.t("team.a_new_collection_is_started"));
        st.focus_later("team-paste");
    };

    let kept = if teams.is_empty() {
        leptos::either::Either::Left(view! {
            <p>{t("team.no_collections_are_kept_a")}</p>
        })
    } else {
        let items = teams
            .iter()
            .map(|r| {
                let id = r.id.clone();
                let fits = r.fits(fingerprint);
                let line =
                    lang.p("team.kept_line", r.people.len() as i64, &[("name", &r.name), ("date", &date_of(r.day))]);
                let current = saved_as.as_deref() == Some(r.id.as_str());
                let (open_id, file_id, del_id, cmp_id) = (id.clone(), id.clone(), id.clone(), id.clone());
                let comparing = compare_with.as_deref() == Some(r.id.as_str());
                view! {
                    <li class="history-row team-kept-row">
                        <span>{line.clone()}{current.then(|| t("team.open"))}</span>
                        {(!fits).then(|| view! { <span class="meta">{t("team.gathered_with_other_questions_or")}</span> })}
                        <span class="actions">
                            <button type="button" hidden=current || !fits aria-label=format!("{}: {line}", t("team.open_2"))
                                on:click=move |_| open(open_id.clone())>{t("team.open_2")}</button>
                            <button type="button" hidden=current || !fits || count == 0 aria-pressed=if comparing { "true" } else { "false" }
                                aria-label=format!("{}: {line}", t("team.compare_with_the_open_one"))
                                on:click=move |_| {
                                    let id = cmp_id.clone();
                                    with_work(st, |w| w.compare = if w.compare.as_ref() == Some(&id) { None } else { Some(id) });
                                    st.redraw();
                                    st.focus_later("team-compare");
                                }>{t("team.compare")}</button>
                            <button type="button" aria-label=format!("{}: {line}", t("team.download_as_a_file"))
                                on:click=move |_| {
                                    if let Some(r) = kept(st, &file_id) {
                                        let name = format!("service-ladder-team-{}.json", date_of(r.day));
                                        crate::ui::browser::files::download(&name, "application/json", &stored::file(&r));
                                    }
                                }>{t("team.download")}</button>
                            <button type="button" aria-label=format!("{}: {line}", t("team.delete"))
                                on:click=move |_| {
                                    deleting.set(Some(del_id.clone()));
                                    st.focus_later("team-confirm-delete");
                                }>{t("team.delete")}</button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        leptos::either::Either::Right(view! { <ul class="history team-kept">{items}</ul> })
    };

    view! {
        <section class="block team-collections no-print" aria-labelledby="team-kept">
            <h3 id="team-kept" tabindex="-1">{t("team.collections")}</h3>
            {unkept_words(st).map(|why| view! {
                <div class="team-unkept" role="alert">
                    <p>{why}</p>
                    <button type="button" class="primary" on:click=move |_| download_open(st)>{t("team.download_the_collection")}</button>
                </div>
            })}
            <p class="meta">{match &saved_as {
                Some(_) => lang.f("team.open_collection_is_kept", &[("name", &name)]),
                None => lang.t("team.collection_is_not_kept").to_string(),
            }}</p>
            <div class="team-save">
                <div class="field">
                    <label for="team-name">{t("team.name")}</label>
                    <input id="team-name" type="text" maxlength="100" prop:value=name
                        on:input=move |ev| name_in.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="team-day">{t("team.date")}</label>
                    <input id="team-day" type="date" prop:value=date_of(day)
                        on:input=move |ev| day_in.set(event_target_value(&ev))/>
                </div>
                <button type="button" class="primary" on:click=save>
                    {if saved_as.is_some() { t("team.save_the_name_and_date") } else { t("team.save_the_collection") }}
                </button>
                <button type="button" on:click=fresh hidden=count == 0 && saved_as.is_none()>{t("team.start_a_new_collection")}</button>
            </div>
            <h4>{t("team.kept_on_this_device")}</h4>
            {kept}
            <div class="confirm" hidden=move || deleting.with(Option::is_none)>
                <p>{t("team.delete_the_collection_from_this")}</p>
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
                    st.say(st.t("team.the_collection_was_deleted_from"));
                    st.focus_later("team-kept");
                }>{t("team.yes_delete")}</button>
                <button type="button" on:click=move |_| deleting.set(None)>{t("team.cancel")}</button>
            </div>
        </section>
    }
}
