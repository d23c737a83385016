//! One touchpoint of the walk: the client's expectation, checklists of what
//! actually happened (the three rungs of the ladder), hand-off checks, the
//! rating the person decides on, and a note.

use super::editor::{channel_name, client_name};
use super::shared::{Go, StepHeading};
use super::state::{AppState, use_state};
use super::words::tr;
use crate::lang::Lang;
use crate::saved::Screen;
use crate::walk::{Audit, CheckAnswer, MAX_NOTE_CHARS};
use leptos::either::Either;
use leptos::prelude::*;

fn update_audit(st: AppState, tp: &str, f: impl FnOnce(&mut Audit)) {
    st.walk.update(|w| {
        if let Some(w) = w {
            f(w.audit_mut(tp));
        }
    });
}

pub fn rating_label(r: i8) -> &'static str {
    match r {
        1 => "+1",
        0 => "0",
        _ => "−1",
    }
}

#[component]
pub fn WalkStep(index: usize) -> impl IntoView {
    let st = use_state();
    let ladder = &st.content.ladder;

    {
        let lang = st.lang.get_untracked();
        let t = move |ru, en| tr(lang, ru, en);
        let Some(journey) = st.walked() else {
            return Either::Left(view! {
                <section class="step">
                    <StepHeading>{t("Путь не выбран", "No journey is chosen")}</StepHeading>
                    <Go to=Screen::Journeys label=t("Выбрать путь", "Choose a journey") primary=true/>
                </section>
            });
        };
        let total = journey.touchpoints.len();
        let index = index.min(total.saturating_sub(1));
        let tp = journey.touchpoints[index].clone();
        let tp_id = StoredValue::new(tp.id.clone());
        let audit = Memo::new(move |_| {
            st.walk.with(|w| w.as_ref().and_then(|w| tp_id.with_value(|id| w.audit(id).cloned())).unwrap_or_default())
        });
        let initial = st.walk.with_untracked(|w| w.as_ref().and_then(|w| w.audit(&tp.id).cloned()).unwrap_or_default());
        let handoff = tp.handoff;

        let count = match lang {
            Lang::Ru => format!("Точка контакта {} из {total}", index + 1),
            Lang::En => format!("Touchpoint {} of {total}", index + 1),
        };
        let last = index + 1 == total;
        let next = move |_| {
            if audit.with(|a| a.rating.is_none()) {
                st.say(st.tr("Поставьте оценку: −1, 0 или +1.", "Choose a rating: −1, 0 or +1."));
                return;
            }
            if last {
                st.walk.update(|w| {
                    if let Some(w) = w {
                        w.finished = true;
                    }
                });
                st.finish_walk();
                st.go(Screen::Map);
            } else {
                st.go(Screen::Touchpoint { index: index + 1 });
            }
        };
        let back = move |_| st.go(if index == 0 { Screen::Journeys } else { Screen::Touchpoint { index: index - 1 } });

        let checklist = move |rung: i8, legend: &'static str| {
            let boxes = ladder
                .behaviours
                .iter()
                .filter(|b| b.rung == rung)
                .map(|b| {
                    let bid = b.id.as_str();
                    view! {
                        <label class="check">
                            <input type="checkbox" value=bid
                                prop:checked=move || audit.with(|a| a.ticks.contains(bid))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    tp_id.with_value(|tp| update_audit(st, tp, |a| {
                                        if on { a.ticks.insert(bid.to_string()); } else { a.ticks.remove(bid); }
                                    }));
                                }/>
                            <span>{b.text.get(lang)}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class=format!("checklist rung{}", rung + 1)>
                    <legend>{legend}</legend>
                    <div class="checks">{boxes}</div>
                </fieldset>
            }
        };

        let checks = handoff.then(|| {
            let rows = ladder
                .handoff_checks
                .iter()
                .map(|c| {
                    let cid = c.id.as_str();
                    let answer = move |value: CheckAnswer, label: &'static str| view! {
                        <label class="choice inline">
                            <input type="radio" name=format!("check-{cid}") value=value.id()
                                prop:checked=move || audit.with(|a| a.check(cid) == Some(value))
                                on:change=move |_| tp_id.with_value(|tp| update_audit(st, tp, |a| { a.checks.insert(cid.to_string(), value); }))/>
                            <span>{label}</span>
                        </label>
                    };
                    view! {
                        <fieldset class="handoff-check">
                            <legend>{c.outcome.get(lang)}</legend>
                            <div class="choices row">
                                {answer(CheckAnswer::Yes, t("Да", "Yes"))}
                                {answer(CheckAnswer::No, t("Нет", "No"))}
                                {answer(CheckAnswer::NotSure, t("Не знаю", "Not sure"))}
                            </div>
                        </fieldset>
                    }
                })
                .collect_view();
            view! {
                <section class="block">
                    <h3>{t("Передача клиента", "The hand-off")}</h3>
                    {rows}
                </section>
            }
        });

        let suggestion = move || {
            let suggested = audit.with(|a| a.suggested(ladder, handoff));
            match suggested {
                None => t(
                    "Отметьте, что произошло, — по отметкам появится подсказка оценки.",
                    "Tick what happened and a suggested rating appears.",
                ),
                Some(1) => t(
                    "По отметкам: +1 — клиент получил больше, чем ожидал.",
                    "Your ticks suggest +1: the client got more than expected.",
                ),
                Some(0) => t("По отметкам: 0 — ожидал и получил.", "Your ticks suggest 0: expected and got."),
                Some(_) => t(
                    "По отметкам: −1 — клиент ожидал, но не получил.",
                    "Your ticks suggest −1: the client expected it and did not get it.",
                ),
            }
        };
        let ratings = [1i8, 0, -1]
            .into_iter()
            .map(|r| {
                let rung = ladder.rung(r);
                view! {
                    <label class="choice">
                        <input type="radio" name="rating" value=r.to_string()
                            prop:checked=move || audit.with(|a| a.rating == Some(r))
                            on:change=move |_| {
                                tp_id.with_value(|tp| update_audit(st, tp, |a| a.rating = Some(r)));
                                st.say("");
                            }/>
                        <span><strong>{rating_label(r)}" "{rung.name.get(lang)}</strong>" — "{rung.meaning.get(lang)}</span>
                    </label>
                }
            })
            .collect_view();

        Either::Right(view! {
            <section class="step walk">
                <progress class="progress" max=total value=index + 1 aria-label=count.clone()></progress>
                <StepHeading>
                    <span class="count">{count}</span>
                    <span class="sr-only">": "</span>
                    <span class="prompt">{tp.name.get(lang).to_string()}</span>
                </StepHeading>
                <dl class="facts-list">
                    {(!tp.who.get(lang).is_empty()).then(|| view! { <div><dt>{t("Кто", "Who")}</dt><dd>{tp.who.get(lang).to_string()}</dd></div> })}
                    <div><dt>{t("Канал", "Channel")}</dt><dd>{channel_name(tp.channel, lang)}</dd></div>
                    <div><dt>{t("Клиент", "Client")}</dt><dd>{client_name(tp.client, lang)}</dd></div>
                    {handoff.then(|| view! { <div><dt>{t("Передача", "Hand-off")}</dt><dd>{t("Клиента передают в другой отдел", "The client is handed to another department")}</dd></div> })}
                </dl>
                <div class="expectation">
                    <p class="label">{t("Клиент ожидает", "The client expects")}</p>
                    <p>{if tp.expectation.get(lang).is_empty() { t("(не описано)", "(not described)").to_string() } else { tp.expectation.get(lang).to_string() }}</p>
                </div>
                <section class="block">
                    <h3>{t("Что произошло на самом деле", "What actually happened")}</h3>
                    {checklist(-1, t("Разочарование (−1)", "Disappointment (−1)"))}
                    {checklist(0, t("Нейтральная зона (0)", "Neutral zone (0)"))}
                    {checklist(1, t("Уровень «АХ» (+1)", "«Wow» (+1)"))}
                </section>
                {checks}
                <fieldset class="rating">
                    <legend>{t("Ваша оценка этой точки", "Your rating of this touchpoint")}</legend>
                    <p class="suggestion">{suggestion}</p>
                    <div class="choices">{ratings}</div>
                </fieldset>
                <div class="field">
                    <label for="note">{t("Заметка (по желанию)", "Note (optional)")}</label>
                    <textarea id="note" rows="3" maxlength=MAX_NOTE_CHARS.to_string() prop:value=initial.note.clone()
                        on:input=move |ev| {
                            let v: String = event_target_value(&ev).chars().take(MAX_NOTE_CHARS).collect();
                            tp_id.with_value(|tp| update_audit(st, tp, |a| a.note = v));
                        }></textarea>
                </div>
                <div class="nav">
                    <button type="button" on:click=back>{t("Назад", "Back")}</button>
                    <Go to=Screen::Map label=t("Карта пути", "Journey map")/>
                    <button type="button" class="primary next" on:click=next>{if last { t("К карте пути", "See the journey map") } else { t("Далее", "Next") }}</button>
                </div>
            </section>
        })
    }
}
