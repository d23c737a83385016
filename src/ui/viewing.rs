//! A result shown read-only — from a share link or from the history —
//! clearly marked as self-reported, with a way to keep a shared one here.

use super::map::MapBody;
use super::result::{RecordBody, ResultBody};
use super::shared::StepHeading;
use super::state::use_state;
use super::words::tr;
use crate::content::Content;
use crate::history::{AssessmentRecord, Record, Source, WalkRecord};
use crate::lang::Lang;
use crate::saved::Screen;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Viewing() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let home = move |_| {
        st.viewing.set(None);
        st.go(Screen::Home);
    };
    match st.viewing.get_untracked() {
        None => Either::Left(Either::Left(view! {
            <section class="step">
                <StepHeading>{t("Нечего показать", "Nothing to show")}</StepHeading>
                <button type="button" class="primary" on:click=home>{t("На главную", "Home")}</button>
            </section>
        })),
        Some(Err(e)) => Either::Left(Either::Right(view! {
            <section class="step refused">
                <StepHeading>{t("Эту ссылку открыть нельзя", "This link cannot be opened")}</StepHeading>
                <p class="error">{link_error(&e, lang)}</p>
                <p>{t(
                    "Ваши собственные ответы на этом устройстве не затронуты.",
                    "Your own answers on this device are not affected.",
                )}</p>
                <button type="button" class="primary" on:click=home>{t("На главную", "Home")}</button>
            </section>
        })),
        Some(Ok(v)) => {
            let day = super::words::long_date(lang, v.day.as_deref().unwrap_or_default());
            let origin = match (v.from_link, v.received, lang) {
                (true, _, Lang::Ru) => format!("Результат из ссылки, созданной {day}."),
                (true, _, Lang::En) => format!("A result from a link made on {day}."),
                (false, true, Lang::Ru) => {
                    format!("Получен по ссылке ({day}) и сохранён в истории на этом устройстве.")
                }
                (false, true, Lang::En) => format!("Received as a link ({day}) and kept in this device's history."),
                (false, false, Lang::Ru) => format!("Результат из истории на этом устройстве ({day})."),
                (false, false, Lang::En) => format!("A result from this device's history ({day})."),
            };
            // The label is the sender's own words, not a verified fact.
            let label = v.label.clone().map(|l| {
                view! { <p class="meta">{t("Со слов отправителя, отвечал(а): ", "In the sender's words, answered by: ")}<q>{l}</q></p> }
            });
            let can_save = v.from_link;
            let to_keep = v.clone();
            let save = move |_| {
                let added = keep(st.content, &to_keep).into_iter().fold(false, |any, r| st.remember(r) | any);
                st.say(if added {
                    st.tr("Сохранено в истории на этом устройстве.", "Saved in this device's history.")
                } else {
                    st.tr(
                        "Этот результат уже сохранён на этом устройстве.",
                        "This result is already saved on this device.",
                    )
                });
            };
            // A record an earlier model scored (or whose answers this
            // content cannot score) shows its stored figures.
            let set = st.assessment_of(v.role.as_deref());
            let assessment = match (v.record.clone(), v.answers.clone()) {
                (Some(r), a)
                    if r.model != crate::scoring::MODEL_VERSION
                        || a.as_ref().is_none_or(|a| crate::scoring::first_unanswered(set, a).is_some()) =>
                {
                    Some(Either::Left(view! { <RecordBody record=r/> }))
                }
                (_, Some(a)) => {
                    Some(Either::Right(view! { <ResultBody answers=a previous=None titled=true role=v.role.clone()/> }))
                }
                _ => None,
            };
            let walk = v.walk.clone().map(|(j, w)| view! { <MapBody journey=j walk=w titled=true/> });
            Either::Right(view! {
                <section class="step viewing">
                    <StepHeading>{t("Результат (только просмотр)", "Result (read-only)")}</StepHeading>
                    <div class="self-reported">
                        <p><strong>{t("Это самооценка.", "This is self-reported.")}</strong>" "{origin}</p>
                        {(v.from_link || v.received).then(|| view! { <p>{t(
                            "Ссылка цела: при передаче ничего не потерялось и не изменилось. Но создать такую ссылку может кто угодно: она показывает то, что сообщил отправитель, а не проверенный факт.",
                            "The link is intact: nothing was lost or changed on the way. But anyone can make such a link: it shows what its sender reported, not a checked fact.",
                        )}</p> })}
                        {label}
                    </div>
                    {assessment}
                    {walk}
                    <div class="end no-print">
                        <p class="take-it">{t(
                            "А как у вас? Самопроверка займёт около 5 минут, ответы останутся на вашем устройстве.",
                            "And you? The self-check takes about 5 minutes; your answers stay on your device.",
                        )}</p>
                        <div class="action-bar">
                            <button type="button" class="primary" on:click=home>{t("Проверить себя", "Take the check yourself")}</button>
                            {can_save.then(|| view! {
                                <button type="button" on:click=save>{t("Сохранить на этом устройстве", "Save to this device")}</button>
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
fn keep(c: &Content, v: &super::state::Viewing) -> Vec<Record> {
    let at = v.day.clone().unwrap_or_else(|| crate::history::day(&super::files::now()).to_string());
    let mut out = Vec::new();
    if let Some(a) = &v.answers {
        let role = v.role.as_deref().or(c.assessment.default_role().map(|r| r.id.as_str()));
        let set = role.map_or_else(|| c.assessment.clone(), |r| c.assessment.for_role(r));
        let mut r = AssessmentRecord::new(&set, role, a, at.clone(), v.label.clone());
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

pub fn link_error(e: &crate::share::LinkError, lang: Lang) -> String {
    use crate::share::LinkError::*;
    match lang {
        Lang::En => e.to_string(),
        Lang::Ru => match e {
            Foreign => "Это не ссылка на результат «Лестницы сервиса». Вставьте ссылку целиком, начиная с https://.",
            TooLong => "Ссылка длиннее, чем может быть ссылка на результат. Попросите поделиться результатом ещё раз.",
            Damaged => "Ссылка повреждена или неполна: часть её потерялась или изменилась. Попросите отправителя скопировать ссылку целиком ещё раз.",
            NewerVersion(_) => "Ссылка создана более новой версией приложения. Откройте её там, где размещено приложение отправителя.",
            OtherContent => "Ссылка создана с другими вопросами или путями (другая настройка приложения). Откройте её там, где размещено приложение отправителя.",
            Unusable(_) => "Ссылка цела, но в ней не результат, который приложение может показать. Попросите отправителя прислать новую ссылку.",
            Empty => "Ссылка цела, но пуста: в ней нет ни ответов, ни прохождения пути, так что показывать и сохранять нечего. Попросите отправителя поделиться результатом ещё раз.",
        }
        .to_string(),
    }
}
