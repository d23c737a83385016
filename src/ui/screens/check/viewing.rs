//! A result shown read-only — from a share link or from the history —
//! clearly marked as self-reported, with a way to keep a shared one here.

use crate::content::Content;
use crate::document::history::{AssessmentRecord, Record, Source, WalkRecord};
use crate::document::saved::Screen;
use crate::text::lang::Lang;
use crate::ui::screens::check::refused::LinkRefused;
use crate::ui::screens::check::result::{RecordBody, ResultBody};
use crate::ui::screens::walk::map::MapBody;
use crate::ui::state::use_state;
use crate::ui::widgets::shared::StepHeading;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Viewing() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let home = move |_| {
        st.viewing.set(None);
        st.go(Screen::Home);
    };
    match st.viewing.get_untracked() {
        None => Either::Left(Either::Left(view! {
            <section class="step">
                <StepHeading>{t("check_viewing.nothing_to_show")}</StepHeading>
                <button type="button" class="primary" on:click=home>{t("check_viewing.home")}</button>
            </section>
        })),
        Some(Err(e)) => Either::Left(Either::Right(view! {
            <LinkRefused why=link_error(&e, lang).to_string()>
                <p>{t("check_viewing.your_own_answers_on_this")}</p>
            </LinkRefused>
        })),
        Some(Ok(v)) => {
            let day = crate::ui::i18n::words::long_date(lang, v.day.as_deref().unwrap_or_default());
            let day: &[(&str, &dyn std::fmt::Display)] = &[("day", &day)];
            let origin = match (v.from_link, v.received) {
                (true, _) => lang.f("check_viewing.from_link", day),
                (false, true) => lang.f("check_viewing.received_and_kept", day),
                (false, false) => lang.f("check_viewing.from_history", day),
            };
            // The label is the sender's own words, not a verified fact.
            let label = v.label.clone().map(|l| {
                // The message around the label, which is quoted.
                let said = t("check_viewing.in_the_sender_s_words");
                let (before, after) = said.split_once("{label}").unwrap_or((said, ""));
                view! { <p class="meta">{before}<q>{l}</q>{after}</p> }
            });
            // The name is the sender's own too: shown, never kept.
            let name = v.name.clone().map(|n| {
                let said = t("check_viewing.signed_by");
                let (before, after) = said.split_once("{name}").unwrap_or((said, ""));
                view! { <p class="meta signed">{before}<q>{n}</q>{after}</p> }
            });
            // A link of another setup is shown, not kept: its record would
            // lack the answers this setup does not know.
            let can_save = v.from_link && v.foreign.is_none();
            // What a link of another setup kept, said plainly; when too
            // little is left to score, that instead of a level.
            let foreign = v.foreign.map(|f| {
                let args: &[(&str, &dyn std::fmt::Display)] = &[("known", &f.kept)];
                let said = if f.too_few {
                    lang.p("check_viewing.foreign_too_few", f.dropped as i64, args)
                } else {
                    lang.p("check_viewing.foreign_answers", f.dropped as i64, args)
                };
                let left_out = f.left_out.then(|| view! { <p>{t("check_viewing.foreign_left_out")}</p> });
                view! { <div class="self-reported foreign"><p><strong>{said}</strong></p>{left_out}</div> }
            });
            let too_few = v.foreign.is_some_and(|f| f.too_few);
            let to_keep = v.clone();
            let save = move |_| {
                let added = keep(st.content, &to_keep).into_iter().fold(false, |any, r| st.remember(r) | any);
                st.say(if added {
                    st.t("check_viewing.saved_in_this_device_s")
                } else {
                    st.t("check_viewing.this_result_is_already_saved")
                });
            };
            // A record an earlier model scored (or whose answers this
            // content cannot score) shows its stored figures.
            let set = st.assessment_of(v.role.as_deref());
            let assessment = match (v.record.clone(), v.answers.clone()) {
                (Some(r), a)
                    if r.model != crate::check::scoring::MODEL_VERSION
                        || a.as_ref().is_none_or(|a| crate::check::scoring::first_unanswered(set, a).is_some()) =>
                {
                    Some(Either::Left(view! { <RecordBody record=r/> }))
                }
                (_, Some(_)) if too_few => None,
                (_, Some(a)) => Some(Either::Right(view! {
                    <ResultBody answers=a extra=v.extra.clone() previous=None titled=true role=v.role.clone() colleagues=v.colleagues.clone()/>
                })),
                _ => None,
            };
            let walk = v.walk.clone().map(|(j, w)| view! { <MapBody journey=j walk=w titled=true/> });
            Either::Right(view! {
                <section class="step viewing">
                    <StepHeading>{t("check_viewing.result_read_only")}</StepHeading>
                    <div class="self-reported">
                        <p><strong>{t("check_viewing.this_is_self_reported")}</strong>" "{origin}</p>
                        {(v.from_link || v.received).then(|| view! { <p>{t("check_viewing.the_link_is_intact_nothing")}</p> })}
                        {label}
                        {name}
                    </div>
                    {foreign}
                    {assessment}
                    {walk}
                    <div class="end no-print">
                        <p class="take-it">{t("check_viewing.and_you_the_self_check")}</p>
                        <div class="action-bar">
                            <button type="button" class="primary" on:click=home>{t("check_viewing.take_the_check_yourself")}</button>
                            {can_save.then(|| view! {
                                <button type="button" on:click=save>{t("check_viewing.save_to_this_device")}</button>
                            })}
                        </div>
                    </div>
                </section>
            })
        }
    }
}

/// The history records a shared result becomes when kept on this device:
/// marked as received, dated by the link's day so that saving the same
/// link again is recognised as the same result.
fn keep(c: &Content, v: &crate::ui::state::Viewing) -> Vec<Record> {
    let at =
        v.day.clone().unwrap_or_else(|| crate::document::history::day(&crate::ui::browser::files::now()).to_string());
    let mut out = Vec::new();
    if let Some(a) = &v.answers {
        let role = v.role.as_deref().or(c.assessment.default_role().map(|r| r.id.as_str()));
        let set = role.map_or_else(|| c.assessment.clone(), |r| c.assessment.for_role(r));
        let mut r = AssessmentRecord::with_colleagues(&set, role, a, &v.colleagues, at.clone(), v.label.clone());
        r.source = Source::Link;
        out.push(Record::Assessment(r));
    }
    if let Some((j, w)) = &v.walk {
        let mut r = WalkRecord::new(j, w, &c.ladder, at, v.label.clone());
        r.source = Source::Link;
        out.push(Record::Walkthrough(r));
    }
    out
}

/// Why a link cannot be opened, for the person who opened it (the one
/// wording of a link's problem: `LinkError::words`).
pub fn link_error(e: &crate::document::share::LinkError, lang: Lang) -> String {
    e.words(lang).to_string()
}
