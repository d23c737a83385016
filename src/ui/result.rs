//! The result: the level and how strongly each level shows, the evidence
//! behind it, the quality profile, strengths, growth areas with
//! recommendations, and where answers fell short.

use super::chart::{Bar, BarChart};
use super::shared::StepHeading;
use super::state::use_state;
use super::words::tr;
use crate::content::Level;
use crate::lang::Lang;
use crate::saved::Screen;
use crate::scoring::{self, Answers, percent};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Result() -> impl IntoView {
    let st = use_state();
    let assessment = &st.content.assessment;
    let ladder = &st.content.ladder;
    let confirming = RwSignal::new(false);

    {
        let lang = st.lang.get_untracked();
        let t = move |ru, en| tr(lang, ru, en);
        let answers = st.answers.get_untracked();
        if scoring::answered(assessment, &answers) < assessment.items.len() {
            return Either::Left(view! {
                <section class="step">
                    <StepHeading>{t("Проверка ещё не закончена", "The check is not finished yet")}</StepHeading>
                    <button type="button" class="primary" on:click=move |_| st.go(Screen::Review)>
                        {t("К ответам", "Go to my answers")}
                    </button>
                </section>
            }
            );
        }
        let s = scoring::score(assessment, &answers);
        let level_name = |l: Level| assessment.levels[l.index()].name.get(lang);
        let info = &assessment.levels[s.level.index()];
        let heading = match lang {
            Lang::Ru => format!("Ваш уровень: {}", level_name(s.level)),
            Lang::En => format!("Your level: {}", level_name(s.level)),
        };
        let runner_up = s.runner_up.map(|r| {
            let (name, value) = (level_name(r), percent(s.strength(r)));
            match lang {
                Lang::Ru => format!("Рядом с ним — {name} ({value} из 100): ваши ответы несут черты обоих уровней."),
                Lang::En => format!("Close behind: {name} ({value} of 100). Your answers show traits of both levels."),
            }
        });

        let level_bars: Vec<Bar> = Level::ALL
            .iter()
            .map(|&l| Bar { label: level_name(l).into(), value: percent(s.strength(l)), previous: None, highlight: l == s.level })
            .collect();

        let e = &s.evidence;
        let mut evidence: Vec<(&str, u32)> = vec![
            (ladder.rung(1).name.get(lang), percent(e.wow)),
            (ladder.rung(0).name.get(lang), percent(e.standard)),
            (ladder.rung(-1).name.get(lang), percent(e.disappointment)),
            (t("Разброс ответов по лестнице", "Spread of answers over the ladder"), percent(e.swing)),
        ];
        for (v, label) in [
            (e.mood, t("Зависимость от настроения (по вашим словам)", "Mood dependence (as you report it)")),
            (e.script, t("Опора на инструкции и регламенты", "Reliance on scripts and standards")),
            (e.ownership, t("Сервис как личное убеждение", "Service as your own conviction")),
        ] {
            if let Some(v) = v {
                evidence.push((label, percent(v)));
            }
        }
        let evidence = evidence
            .into_iter()
            .map(|(k, v)| view! { <div><dt>{k}</dt><dd>{format!("{v}%")}</dd></div> })
            .collect_view();

        let quality_bars: Vec<Bar> = assessment
            .qualities
            .iter()
            .zip(&s.qualities)
            .map(|(q, v)| Bar { label: q.name.get(lang).into(), value: percent(v.unwrap_or(0.0)), previous: None, highlight: false })
            .collect();
        let table = quality_bars
            .iter()
            .map(|b| view! { <tr><th scope="row">{b.label.clone()}</th><td>{b.value}</td></tr> })
            .collect_view();

        let quality_entry = |q: usize, body: &'static str| {
            let quality = &assessment.qualities[q];
            let title = format!("{} — {}", quality.name.get(lang), percent(s.qualities[q].unwrap_or(0.0)));
            view! { <li><p class="quality-name">{title}</p><p>{body}</p></li> }
        };
        let strengths = if s.strengths.is_empty() {
            Either::Left(view! { <p>{t(
                "Пока ни одно качество не набрало 75 из 100 — начните с зон роста ниже.",
                "No quality has reached 75 of 100 yet; start with the growth areas below.",
            )}</p> }
            )
        } else {
            let items = s.strengths.iter().map(|&q| quality_entry(q, assessment.qualities[q].about.get(lang))).collect_view();
            Either::Right(view! { <ul class="qualities">{items}</ul> })
        };
        let growth = s
            .growth
            .iter()
            .map(|&q| quality_entry(q, assessment.qualities[q].recommendation.get(lang)))
            .collect_view();

        let low = scoring::disappointments(assessment, &answers);
        let shortfalls = (!low.is_empty()).then(|| {
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
            view! {
                <section class="block">
                    <h3>{t("Где ответы ушли в разочарование", "Where answers fell to disappointment")}</h3>
                    <ul class="shortfalls">{rows}</ul>
                </section>
            }
        });

        Either::Right(view! {
            <section class="step result">
                <StepHeading>{heading}</StepHeading>
                <p class="level-summary">{info.summary.get(lang)}</p>
                <p>{info.explanation.get(lang)}</p>
                {runner_up.map(|text| view! { <p class="runner-up">{text}</p> })}
                <section class="block">
                    <h3>{t("Насколько проявляется каждый уровень", "How strongly each level shows")}</h3>
                    <BarChart bars=level_bars title=t("Сила каждого уровня, из 100", "Strength of each level, out of 100")/>
                </section>
                <section class="block">
                    <h3>{t("Почему: что показали ответы", "Why: what your answers show")}</h3>
                    <dl class="evidence">{evidence}</dl>
                </section>
                <section class="block">
                    <h3>{t("Качества клиентоориентированного сервиса", "Qualities of client-first service")}</h3>
                    <BarChart bars=quality_bars title=t("Профиль качеств, из 100", "Quality profile, out of 100")/>
                    <details class="table-view">
                        <summary>{t("Показать таблицей", "Show as a table")}</summary>
                        <table>
                            <thead><tr>
                                <th scope="col">{t("Качество", "Quality")}</th>
                                <th scope="col">{t("Балл из 100", "Score out of 100")}</th>
                            </tr></thead>
                            <tbody>{table}</tbody>
                        </table>
                    </details>
                </section>
                <section class="block">
                    <h3>{t("Сильные стороны", "Strengths")}</h3>
                    {strengths}
                </section>
                <section class="block">
                    <h3>{t("Зоны роста", "Growth areas")}</h3>
                    <ol class="qualities growth">{growth}</ol>
                </section>
                <section class="block">
                    <h3>{t("Следующий шаг", "Your next step")}</h3>
                    <p>{info.next_step.get(lang)}</p>
                </section>
                {shortfalls}
                <div class="actions">
                    <button type="button" on:click=move |_| st.go(Screen::Review)>{t("Изменить ответы", "Change answers")}</button>
                    <button type="button" on:click=move |_| confirming.set(true)>{t("Пройти заново", "Retake")}</button>
                    <button type="button" on:click=move |_| st.go(Screen::Home)>{t("На главную", "Home")}</button>
                </div>
                <div class="confirm" hidden=move || !confirming.get()>
                        <p>{t("Начать заново? Текущие ответы будут стёрты.", "Start again? Your current answers will be cleared.")}</p>
                        <button type="button" class="primary" on:click=move |_| {
                            confirming.set(false);
                            st.answers.set(Answers::new());
                            st.go(Screen::Question { index: 0 });
                        }>{t("Да, начать заново", "Yes, start again")}</button>
                        <button type="button" on:click=move |_| confirming.set(false)>{t("Отмена", "Cancel")}</button>
                </div>
            </section>
        }
        )
    }
}
