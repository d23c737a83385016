//! The result: the level and how strongly each level shows, the evidence
//! behind it, the quality profile, strengths, growth areas with
//! recommendations, and where answers fell short.

use super::chart::{Bar, BarChart};
use super::shared::StepHeading;
use super::state::use_state;
use crate::content::Level;
use crate::lang::Lang;
use crate::saved::Screen;
use crate::scoring::{self, Answers, percent};
use leptos::prelude::*;

#[component]
pub fn Result() -> impl IntoView {
    let st = use_state();
    let assessment = &st.content.assessment;
    let complete = move || st.answers.with(|a| scoring::answered(assessment, a) == assessment.items.len());
    move || {
        if complete() {
            view! { <Report/> }.into_any()
        } else {
            view! { <Unfinished/> }.into_any()
        }
    }
}

#[component]
fn Unfinished() -> impl IntoView {
    let st = use_state();
    view! {
        <section class="step">
            <StepHeading>{move || st.tr("Проверка ещё не закончена", "The check is not finished yet")}</StepHeading>
            <button type="button" class="primary" on:click=move |_| st.go(Screen::Review)>
                {move || st.tr("К ответам", "Go to my answers")}
            </button>
        </section>
    }
}

fn level_name(st: super::state::AppState, level: Level, lang: Lang) -> &'static str {
    st.content.assessment.levels[level.index()].name.get(lang)
}

#[component]
fn Report() -> impl IntoView {
    let st = use_state();
    let assessment = &st.content.assessment;
    let scores = Memo::new(move |_| st.answers.with(|a: &Answers| scoring::score(assessment, a)));
    let confirming = RwSignal::new(false);

    let heading = move || {
        let lang = st.lang.get();
        let name = level_name(st, scores.with(|s| s.level), lang);
        match lang {
            Lang::Ru => format!("Ваш уровень: {name}"),
            Lang::En => format!("Your level: {name}"),
        }
    };

    let level_text = move || {
        let lang = st.lang.get();
        let s = scores.get();
        let info = &assessment.levels[s.level.index()];
        let runner = s.runner_up.map(|r| {
            let text = match lang {
                Lang::Ru => format!(
                    "Рядом с ним — {} ({} из 100): ваши ответы несут черты обоих уровней.",
                    level_name(st, r, lang),
                    percent(s.strength(r))
                ),
                Lang::En => format!(
                    "Close behind: {} ({} of 100). Your answers show traits of both levels.",
                    level_name(st, r, lang),
                    percent(s.strength(r))
                ),
            };
            view! { <p class="runner-up">{text}</p> }
        });
        view! {
            <p class="level-summary">{info.summary.get(lang)}</p>
            <p>{info.explanation.get(lang)}</p>
            {runner}
        }
    };

    let level_chart = move || {
        let lang = st.lang.get();
        let s = scores.get();
        let bars = Level::ALL
            .iter()
            .map(|&l| Bar {
                label: level_name(st, l, lang).to_string(),
                value: percent(s.strength(l)),
                previous: None,
                highlight: l == s.level,
            })
            .collect::<Vec<_>>();
        view! { <BarChart bars=bars title=st.tr("Сила каждого уровня, из 100", "Strength of each level, out of 100")/> }
    };

    let evidence = move || {
        let lang = st.lang.get();
        let e = scores.with(|s| s.evidence.clone());
        let ladder = &st.content.ladder;
        let mut rows: Vec<(String, u32)> = vec![
            (ladder.rung(1).name.get(lang).to_string(), percent(e.wow)),
            (ladder.rung(0).name.get(lang).to_string(), percent(e.standard)),
            (ladder.rung(-1).name.get(lang).to_string(), percent(e.disappointment)),
            (st.tr("Размах между «АХ» и разочарованием", "Swing between «wow» and disappointment").to_string(), percent(e.swing)),
        ];
        let traits = [
            (e.mood, st.tr("Зависимость от настроения (по вашим словам)", "Mood dependence (as you report it)")),
            (e.script, st.tr("Опора на инструкции и регламенты", "Reliance on scripts and standards")),
            (e.ownership, st.tr("Сервис как личное убеждение", "Service as your own conviction")),
        ];
        rows.extend(traits.into_iter().filter_map(|(v, label)| v.map(|v| (label.to_string(), percent(v)))));
        view! {
            <dl class="evidence">
                {rows.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{format!("{v}%")}</dd></div> }).collect_view()}
            </dl>
        }
    };

    let quality_chart = move || {
        let lang = st.lang.get();
        let s = scores.get();
        let bars = assessment
            .qualities
            .iter()
            .zip(&s.qualities)
            .map(|(q, v)| Bar { label: q.name.get(lang).to_string(), value: percent(v.unwrap_or(0.0)), previous: None, highlight: false })
            .collect::<Vec<_>>();
        let table_rows = bars
            .iter()
            .map(|b| view! { <tr><th scope="row">{b.label.clone()}</th><td>{b.value}</td></tr> })
            .collect_view();
        view! {
            <BarChart bars=bars.clone() title=st.tr("Профиль качеств, из 100", "Quality profile, out of 100")/>
            <details class="table-view">
                <summary>{st.tr("Показать таблицей", "Show as a table")}</summary>
                <table>
                    <thead><tr><th scope="col">{st.tr("Качество", "Quality")}</th><th scope="col">{st.tr("Балл из 100", "Score out of 100")}</th></tr></thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
        }
    };

    let strengths = move || {
        let lang = st.lang.get();
        let s = scores.get();
        if s.strengths.is_empty() {
            return view! { <p>{st.tr(
                "Пока ни одно качество не набрало 75 из 100 — начните с зон роста ниже.",
                "No quality has reached 75 of 100 yet; start with the growth areas below.",
            )}</p> }
            .into_any();
        }
        view! {
            <ul class="qualities">
                {s.strengths.iter().map(|&q| {
                    let quality = &assessment.qualities[q];
                    view! {
                        <li>
                            <p class="quality-name">{quality.name.get(lang)}" — "{percent(s.qualities[q].unwrap_or(0.0))}</p>
                            <p>{quality.about.get(lang)}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };

    let growth = move || {
        let lang = st.lang.get();
        let s = scores.get();
        view! {
            <ol class="qualities growth">
                {s.growth.iter().map(|&q| {
                    let quality = &assessment.qualities[q];
                    view! {
                        <li>
                            <p class="quality-name">{quality.name.get(lang)}" — "{percent(s.qualities[q].unwrap_or(0.0))}</p>
                            <p>{quality.recommendation.get(lang)}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
    };

    let shortfalls = move || {
        let lang = st.lang.get();
        let low = st.answers.with(|a| scoring::disappointments(assessment, a));
        if low.is_empty() {
            return None;
        }
        let ladder = &st.content.ladder;
        let rows = low
            .into_iter()
            .map(|(i, c)| {
                let item = &assessment.items[i];
                let behaviour = item.choices[c].behaviour.or(item.behaviour).map(|b| &ladder.behaviours[b]);
                let fix = behaviour.and_then(|b| b.fix.as_ref()).map(|f| view! { <p class="fix">{f.get(lang)}</p> });
                view! {
                    <li>
                        <p class="review-q">{item.text.get(lang)}</p>
                        <p class="review-a">{item.choices[c].text.get(lang)}</p>
                        {fix}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="block">
                <h3>{st.tr("Где ответы ушли в разочарование", "Where answers fell to disappointment")}</h3>
                <ul class="shortfalls">{rows}</ul>
            </section>
        })
    };

    view! {
        <section class="step result">
            <StepHeading>{heading}</StepHeading>
            {level_text}
            <section class="block">
                <h3>{move || st.tr("Насколько проявляется каждый уровень", "How strongly each level shows")}</h3>
                {level_chart}
            </section>
            <section class="block">
                <h3>{move || st.tr("Почему: что показали ответы", "Why: what your answers show")}</h3>
                {evidence}
            </section>
            <section class="block">
                <h3>{move || st.tr("Качества клиентоориентированного сервиса", "Qualities of client-first service")}</h3>
                {quality_chart}
            </section>
            <section class="block">
                <h3>{move || st.tr("Сильные стороны", "Strengths")}</h3>
                {strengths}
            </section>
            <section class="block">
                <h3>{move || st.tr("Зоны роста", "Growth areas")}</h3>
                {growth}
            </section>
            <section class="block">
                <h3>{move || st.tr("Следующий шаг", "Your next step")}</h3>
                <p>{move || assessment.levels[scores.with(|s| s.level).index()].next_step.get(st.lang.get())}</p>
            </section>
            {shortfalls}
            <div class="actions">
                <button type="button" on:click=move |_| st.go(Screen::Review)>
                    {move || st.tr("Изменить ответы", "Change answers")}
                </button>
                <button type="button" on:click=move |_| confirming.set(true) aria-expanded=move || confirming.get().to_string()>
                    {move || st.tr("Пройти заново", "Retake")}
                </button>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm">
                    <p>{move || st.tr("Начать заново? Текущие ответы будут стёрты.", "Start again? Your current answers will be cleared.")}</p>
                    <button type="button" class="primary" on:click=move |_| {
                        st.answers.set(Answers::new());
                        st.go(Screen::Question { index: 0 });
                    }>{move || st.tr("Да, начать заново", "Yes, start again")}</button>
                    <button type="button" on:click=move |_| confirming.set(false)>{move || st.tr("Отмена", "Cancel")}</button>
                </div>
            </Show>
        </section>
    }
}
