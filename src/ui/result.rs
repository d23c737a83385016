//! The self-assessment result: the screen, and the body it shares with a
//! shared link, the history and the printable report — the level and how
//! strongly each level shows, the evidence, the quality profile (with the
//! previous result overlaid), strengths, growth areas with
//! recommendations, and where answers fell short.

use super::chart::{Bar, BarChart};
use super::files;
use super::share_link::SharePanel;
use super::shared::{Go, StepHeading};
use super::state::use_state;
use super::words::tr;
use crate::content::Level;
use crate::history::{self, AssessmentRecord};
use crate::lang::Lang;
use crate::saved::Screen;
use crate::scoring::{self, Answers, percent};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Result() -> impl IntoView {
    let st = use_state();
    let assessment = st.assessment();
    let confirming = RwSignal::new(false);
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
        });
    }
    let level = scoring::score(assessment, &answers).level;
    let heading = match lang {
        Lang::Ru => format!("Ваш уровень: {}", assessment.levels[level.index()].name.get(lang)),
        Lang::En => format!("Your level: {}", assessment.levels[level.index()].name.get(lang)),
    };
    let previous = st.history.with_untracked(|h| history::previous_assessment(h, &answers).cloned());
    let csv_answers = answers.clone();
    Either::Right(view! {
        <section class="step result">
            <StepHeading>{heading}</StepHeading>
            <ResultBody answers=answers.clone() previous=previous/>
            <div class="actions no-print">
                <Go to=Screen::Review label=t("Изменить ответы", "Change answers")/>
                <button type="button" on:click=move |_| confirming.set(true)>{t("Пройти заново", "Retake")}</button>
                <Go to=Screen::Report label=t("Отчёт для печати", "Printable report")/>
                <button type="button" on:click=move |_| {
                    let text = crate::export::csv(st.content, st.role().as_deref(), lang, Some(&csv_answers), None);
                    files::download("service-ladder-answers.csv", "text/csv;charset=utf-8", &text);
                }>{t("Скачать CSV", "Download CSV")}</button>
                <Go to=Screen::Home label=t("На главную", "Home")/>
            </div>
            <div class="confirm no-print" hidden=move || !confirming.get()>
                <p>{t(
                    "Начать заново? Текущие ответы будут стёрты; этот результат останется в истории.",
                    "Start again? Your current answers will be cleared; this result stays in your history.",
                )}</p>
                <button type="button" class="primary" on:click=move |_| {
                    confirming.set(false);
                    st.answers.set(Answers::new());
                    st.go(Screen::Question { index: 0 });
                }>{t("Да, начать заново", "Yes, start again")}</button>
                <button type="button" on:click=move |_| confirming.set(false)>{t("Отмена", "Cancel")}</button>
            </div>
            <SharePanel answers=Some(answers) walk=None/>
        </section>
    })
}

/// Everything a finished self-assessment shows. `brief` leaves out the
/// evidence and the list of shortfalls (for the one-page report).
#[component]
pub fn ResultBody(
    answers: Answers,
    previous: Option<AssessmentRecord>,
    #[prop(optional)] brief: bool,
    /// Show the level as a heading (when the screen's heading does not).
    #[prop(optional)]
    titled: bool,
    /// The kind of work the answers were given for (someone else's result);
    /// this person's own by default.
    #[prop(default = None)]
    role: Option<String>,
) -> impl IntoView {
    let st = use_state();
    let assessment = match &role {
        Some(r) => st.assessment_of(Some(r)),
        None => st.assessment(),
    };
    let ladder = &st.content.ladder;
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let s = scoring::score(assessment, &answers);
    let level_name = |l: Level| assessment.levels[l.index()].name.get(lang);
    let info = &assessment.levels[s.level.index()];
    let runner_up = s.runner_up.map(|r| {
        let (name, value) = (level_name(r), percent(s.strength(r)));
        match lang {
            Lang::Ru => format!("Рядом с ним — {name} ({value} из 100): ваши ответы несут черты обоих уровней."),
            Lang::En => format!("Close behind: {name} ({value} of 100). Your answers show traits of both levels."),
        }
    });
    let before = previous.as_ref().map(|p| {
        let text = match lang {
            Lang::Ru => format!(
                "Прошлый результат ({}): {}. Пунктир на графиках — прошлые значения.",
                history::day(&p.at),
                level_name(p.level)
            ),
            Lang::En => format!(
                "Previous result ({}): {}. Dashed marks on the charts show the previous values.",
                history::day(&p.at),
                level_name(p.level)
            ),
        };
        view! { <p class="previous">{text}</p> }
    });

    let level_bars: Vec<Bar> = Level::ALL
        .iter()
        .map(|&l| Bar {
            label: level_name(l).into(),
            value: percent(s.strength(l)),
            previous: previous.as_ref().map(|p| p.levels[l.index()]),
            highlight: l == s.level,
        })
        .collect();

    let evidence = (!brief).then(|| {
        let e = &s.evidence;
        let mut rows: Vec<(&str, u32)> = vec![
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
                rows.push((label, percent(v)));
            }
        }
        let rows =
            rows.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{format!("{v}%")}</dd></div> }).collect_view();
        view! {
            <section class="block">
                <h3>{t("Почему: что показали ответы", "Why: what your answers show")}</h3>
                <dl class="evidence">{rows}</dl>
            </section>
        }
    });

    let quality_bars: Vec<Bar> = assessment
        .qualities
        .iter()
        .zip(&s.qualities)
        .map(|(q, v)| Bar {
            label: q.name.get(lang).into(),
            value: percent(v.unwrap_or(0.0)),
            previous: previous.as_ref().and_then(|p| p.qualities.get(&q.id).copied()),
            highlight: false,
        })
        .collect();
    let table = quality_bars
        .iter()
        .map(|b| {
            let before = b.previous.map(|p| p.to_string()).unwrap_or_default();
            view! { <tr><th scope="row">{b.label.clone()}</th><td>{b.value}</td><td>{before}</td></tr> }
        })
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
        )}</p> })
    } else {
        let items =
            s.strengths.iter().map(|&q| quality_entry(q, assessment.qualities[q].about.get(lang))).collect_view();
        Either::Right(view! { <ul class="qualities">{items}</ul> })
    };
    let growth =
        s.growth.iter().map(|&q| quality_entry(q, assessment.qualities[q].recommendation.get(lang))).collect_view();

    let low = if brief { Vec::new() } else { scoring::disappointments(assessment, &answers) };
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
    let title = titled.then(|| {
        let text = match lang {
            Lang::Ru => format!("Уровень: {}", level_name(s.level)),
            Lang::En => format!("Level: {}", level_name(s.level)),
        };
        view! { <h3 class="big">{text}</h3> }
    });

    view! {
        <div class="result-body">
            {title}
            <p class="level-summary">{info.summary.get(lang)}</p>
            <p>{info.explanation.get(lang)}</p>
            {runner_up.map(|text| view! { <p class="runner-up">{text}</p> })}
            {before}
            <section class="block">
                <h3>{t("Насколько проявляется каждый уровень", "How strongly each level shows")}</h3>
                <BarChart bars=level_bars title=t("Сила каждого уровня, из 100", "Strength of each level, out of 100")/>
            </section>
            {evidence}
            <section class="block">
                <h3>{t("Качества клиентоориентированного сервиса", "Qualities of client-first service")}</h3>
                <BarChart bars=quality_bars title=t("Профиль качеств, из 100", "Quality profile, out of 100")/>
                <details class="table-view" open=brief>
                    <summary>{t("Показать таблицей", "Show as a table")}</summary>
                    <table>
                        <thead><tr>
                            <th scope="col">{t("Качество", "Quality")}</th>
                            <th scope="col">{t("Балл из 100", "Score out of 100")}</th>
                            <th scope="col">{t("Прошлый балл", "Previous score")}</th>
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
        </div>
    }
}
