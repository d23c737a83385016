//! The journey map: the balance index with its counts, the ladder curve
//! (and the same as a table), the expectation gravediggers, the strongest
//! moments, the weakest hand-off and what to fix first.

use super::chart::LadderCurve;
use super::files;
use super::journeys::copy_and_edit;
use super::share_link::SharePanel;
use super::shared::{Go, StepHeading};
use super::state::use_state;
use super::walk_step::rating_label;
use super::words::tr;
use crate::journey_map;
use crate::lang::Lang;
use crate::saved::Screen;
use leptos::either::Either;
use leptos::prelude::*;

/// "+20", "0", "−35": the balance index as people write it.
pub fn signed(n: i32) -> String {
    match n {
        n if n > 0 => format!("+{n}"),
        n if n < 0 => format!("−{}", -n),
        _ => "0".into(),
    }
}

#[component]
pub fn Map() -> impl IntoView {
    let st = use_state();
    let ladder = &st.content.ladder;
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let (Some(journey), Some(walk)) = (st.walked(), st.walk.get_untracked()) else {
        return Either::Left(view! {
            <section class="step">
                <StepHeading>{t("Путь не выбран", "No journey is chosen")}</StepHeading>
                <Go to=Screen::Journeys label=t("Выбрать путь", "Choose a journey") primary=true/>
            </section>
        });
    };
    let own = st.is_own(&journey.id);
    let source = journey.clone();
    let heading = match lang {
        Lang::Ru => format!("Карта пути: {}", journey.name.get(lang)),
        Lang::En => format!("Journey map: {}", journey.name.get(lang)),
    };
    let edit_id = journey.id.clone();
    let (mermaid_j, mermaid_w) = (journey.clone(), walk.clone());
    let (csv_j, csv_w) = (journey.clone(), walk.clone());
    let _ = ladder;
    Either::Right(view! {
        <section class="step map">
            <StepHeading>{heading}</StepHeading>
            <MapBody journey=journey.clone() walk=walk.clone()/>
            <div class="actions no-print">
                <Go to=Screen::Touchpoint { index: 0 } label=t("Изменить оценки", "Change ratings")/>
                {if own {
                    Either::Left(view! { <button type="button" on:click=move |_| st.go(Screen::Editor { journey: edit_id.clone() })>{t("Изменить путь", "Edit the journey")}</button> })
                } else {
                    Either::Right(view! { <button type="button" on:click=move |_| copy_and_edit(st, &source, lang)>{t("Копировать и изменить путь", "Copy and edit the journey")}</button> })
                }}
                <Go to=Screen::Journeys label=t("Другие пути", "Other journeys")/>
                <Go to=Screen::Summary label=t("Сводка", "Summary")/>
                <Go to=Screen::Report label=t("Отчёт для печати", "Printable report")/>
                <button type="button" on:click=move |_| {
                    let text = crate::export::mermaid(&mermaid_j, &mermaid_w, &st.content.ladder, lang);
                    files::download("customer-journey.mmd", "text/plain;charset=utf-8", &text);
                }>{t("Скачать для Mermaid", "Download as Mermaid")}</button>
                <button type="button" on:click=move |_| {
                    let text = crate::export::csv(st.content, st.role().as_deref(), lang, None, Some((&csv_j, &csv_w)));
                    files::download("service-ladder-journey.csv", "text/csv;charset=utf-8", &text);
                }>{t("Скачать CSV", "Download CSV")}</button>
                <Go to=Screen::Home label=t("На главную", "Home")/>
            </div>
            <SharePanel answers=None walk=Some((journey, walk))/>
        </section>
    })
}

/// Everything a journey map shows: the balance index with its counts, the
/// ladder curve and its table, gravediggers, strongest moments, the weakest
/// hand-off and what to fix first.
#[component]
pub fn MapBody(
    journey: crate::journey::Journey,
    walk: crate::walk::Walk,
    /// Show the journey's name as a heading (when the screen's does not).
    #[prop(optional)]
    titled: bool,
) -> impl IntoView {
    let st = use_state();
    let ladder = &st.content.ladder;
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let m = journey_map::map(&journey, &walk, ladder);
    let name_of = |i: usize| journey.touchpoints[i].name.get(lang).to_string();
    let behaviour_list = |bs: &[usize]| {
        let items = bs.iter().map(|&b| view! { <li>{ladder.behaviours[b].text.get(lang)}</li> }).collect_view();
        view! { <ul class="behaviours">{items}</ul> }
    };
    let note_of = |i: usize| {
        walk.audit(&journey.touchpoints[i].id)
            .map(|a| a.note.clone())
            .filter(|n| !n.trim().is_empty())
            .map(|n| view! { <p class="note"><span class="label">{t("Заметка: ", "Note: ")}</span>{n}</p> })
    };

    let c = m.counts;
    let balance = m.balance.map_or_else(|| "—".to_string(), signed);
    let counts = [
        (format!("+1 {}", ladder.rung(1).name.get(lang)), c.wow),
        (format!("0 {}", ladder.rung(0).name.get(lang)), c.standard),
        (format!("−1 {}", ladder.rung(-1).name.get(lang)), c.disappointment),
        (t("Без оценки", "Not rated").to_string(), c.unrated),
    ]
    .into_iter()
    .map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> })
    .collect_view();

    let points: Vec<(String, Option<i8>, bool)> = journey
        .touchpoints
        .iter()
        .zip(&m.ratings)
        .map(|(tp, r)| (tp.name.get(lang).to_string(), *r, tp.handoff))
        .collect();
    let rows = journey
        .touchpoints
        .iter()
        .zip(&m.ratings)
        .enumerate()
        .map(|(i, (tp, r))| {
            let rating = r.map_or_else(
                || t("нет оценки", "not rated").to_string(),
                |r| format!("{} {}", rating_label(r), ladder.rung(r).name.get(lang)),
            );
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <th scope="row">{tp.name.get(lang).to_string()}</th>
                    <td>{rating}</td>
                    <td>{if tp.handoff { t("да", "yes") } else { "" }}</td>
                </tr>
            }
        })
        .collect_view();
    let rungs = [-1i8, 0, 1].map(|r| ladder.rung(r).name.get(lang).to_string());

    let gravediggers = if m.gravediggers.is_empty() {
        Either::Left(view! { <p>{t("Ни одна точка не оценена в −1.", "No touchpoint is rated −1.")}</p> })
    } else {
        let items = m
                .gravediggers
                .iter()
                .map(|g| {
                    let tp = &journey.touchpoints[g.touchpoint];
                    let expected = match lang {
                        Lang::Ru => format!("Клиент ожидал: {}", tp.expectation.get(lang)),
                        Lang::En => format!("The client expected: {}", tp.expectation.get(lang)),
                    };
                    view! {
                        <li>
                            <p class="tp-name">{format!("{}. {}", g.touchpoint + 1, name_of(g.touchpoint))}</p>
                            {(!tp.expectation.get(lang).is_empty()).then(|| view! { <p>{expected}</p> })}
                            {if g.behaviours.is_empty() && g.failed_checks.is_empty() {
                                Either::Left(view! { <p class="meta">{t("Поведение не отмечено.", "No behaviour ticked.")}</p> })
                            } else {
                                let failed = g
                                    .failed_checks
                                    .iter()
                                    .map(|&c| view! { <li>{ladder.handoff_checks[c].failed.get(lang)}</li> })
                                    .collect_view();
                                let ticked = g
                                    .behaviours
                                    .iter()
                                    .map(|&b| view! { <li>{ladder.behaviours[b].text.get(lang)}</li> })
                                    .collect_view();
                                Either::Right(view! { <ul class="behaviours">{ticked}{failed}</ul> })
                            }}
                            {note_of(g.touchpoint)}
                        </li>
                    }
                })
                .collect_view();
        Either::Right(view! { <ul class="moments bad">{items}</ul> })
    };

    let strongest = if m.strongest.is_empty() {
        Either::Left(view! { <p>{t("Пока ни одна точка не оценена в +1.", "No touchpoint is rated +1 yet.")}</p> })
    } else {
        let items = m
            .strongest
            .iter()
            .map(|s| {
                view! {
                    <li>
                        <p class="tp-name">{format!("{}. {}", s.touchpoint + 1, name_of(s.touchpoint))}</p>
                        {behaviour_list(&s.behaviours)}
                        {note_of(s.touchpoint)}
                    </li>
                }
            })
            .collect_view();
        Either::Right(view! { <ul class="moments good">{items}</ul> })
    };

    let weakest = match &m.weakest_handoff {
        None => Either::Left(
            view! { <p>{t("Передачи между отделами ещё не оценены.", "No hand-off has been rated yet.")}</p> },
        ),
        Some(h) => {
            let rating = h.rating.map_or("—", rating_label);
            let checks = match (lang, h.answered) {
                (Lang::Ru, 0) => "проверки передачи не отмечены".to_string(),
                (Lang::En, 0) => "hand-off checks not answered".to_string(),
                (Lang::Ru, n) => format!("не пройдено проверок: {} из {n}", h.failed),
                (Lang::En, n) => format!("{} of {n} hand-off checks failed", h.failed),
            };
            let text = match lang {
                Lang::Ru => format!("{}. {} — оценка {rating}, {checks}.", h.touchpoint + 1, name_of(h.touchpoint)),
                Lang::En => format!("{}. {} — rated {rating}, {checks}.", h.touchpoint + 1, name_of(h.touchpoint)),
            };
            let failed = h
                .failed_checks
                .iter()
                .map(|&c| view! { <li>{ladder.handoff_checks[c].failed.get(lang)}</li> })
                .collect_view();
            Either::Right(view! { <p>{text}</p><ul class="behaviours">{failed}</ul> })
        }
    };

    let fixes = if m.fix_first.is_empty() {
        Either::Left(view! { <p>{t(
            "Разочарований не отмечено. Держите уровень: просите обратную связь и благодарите клиента.",
            "No disappointments were ticked. Keep the level: ask for feedback and thank the client.",
        )}</p> })
    } else {
        let items = m
            .fix_first
            .iter()
            .map(|f| {
                let title = f.cause.title(ladder).map(|x| x.get(lang)).unwrap_or_default();
                let advice = f.cause.fix(ladder).map(|x| x.get(lang)).unwrap_or_default();
                let inferred = f.inferred().then(|| {
                    view! { <p class="meta">{t("Не отмечено, а выведено из проверки передачи.", "Not ticked: inferred from a hand-off check.")}</p> }
                });
                let seen = f.touchpoints.iter().map(|&i| name_of(i)).collect::<Vec<_>>().join(", ");
                let seen = match lang {
                    Lang::Ru => format!("Где: {seen}"),
                    Lang::En => format!("Seen at: {seen}"),
                };
                view! {
                    <li>
                        <p class="tp-name">{title}</p>
                        <p>{advice}</p>
                        {inferred}
                        <p class="meta">{seen}</p>
                    </li>
                }
            })
            .collect_view();
        Either::Right(view! { <ol class="moments">{items}</ol> })
    };

    let title = titled.then(|| {
        let text = match lang {
            Lang::Ru => format!("Путь клиента: {}", journey.name.get(lang)),
            Lang::En => format!("Customer journey: {}", journey.name.get(lang)),
        };
        view! { <h3 class="big">{text}</h3> }
    });
    view! {
        <div class="map-body">
            {title}
            <div class="balance">
                <p class="balance-value"><span class="label">{t("Индекс баланса", "Balance index")}</span>" "<strong>{balance}</strong></p>
                <p class="meta">{t(
                    "Доля оценок +1 минус доля оценок −1, от −100 до +100.",
                    "Share of +1 ratings minus share of −1 ratings, from −100 to +100.",
                )}</p>
                <dl class="evidence">{counts}</dl>
            </div>
            <section class="block">
                <h3>{t("Лестница ожиданий по точкам контакта", "The expectation ladder across touchpoints")}</h3>
                <LadderCurve points=points title=t("Кривая оценок по точкам контакта", "Ratings across the touchpoints") rungs=rungs/>
                <details class="table-view" open=titled>
                    <summary>{t("Показать таблицей", "Show as a table")}</summary>
                    <table>
                        <thead><tr>
                            <th scope="col">"#"</th>
                            <th scope="col">{t("Точка контакта", "Touchpoint")}</th>
                            <th scope="col">{t("Оценка", "Rating")}</th>
                            <th scope="col">{t("Передача", "Hand-off")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </details>
            </section>
            <section class="block">
                <h3>{t("Могильщики ожиданий", "Expectation gravediggers")}</h3>
                {gravediggers}
            </section>
            <section class="block">
                <h3>{t("Сильные моменты", "Strongest moments")}</h3>
                {strongest}
            </section>
            <section class="block">
                <h3>{t("Самая слабая передача", "Weakest hand-off")}</h3>
                {weakest}
            </section>
            <section class="block">
                <h3>{t("Исправить в первую очередь", "Fix first")}</h3>
                {fixes}
            </section>
        </div>
    }
}
