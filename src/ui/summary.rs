//! The finished self-assessment and the finished walkthrough side by side.

use super::chart::{Bar, BarChart};
use super::map::signed;
use super::share_link::SharePanel;
use super::shared::{Go, StepHeading};
use super::state::use_state;
use super::words::tr;
use crate::content::Level;
use crate::journey_map;
use crate::lang::Lang;
use crate::saved::Screen;
use crate::scoring::{self, percent};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Summary() -> impl IntoView {
    let st = use_state();
    let assessment = st.assessment();
    let ladder = &st.content.ladder;

    {
        let lang = st.lang.get_untracked();
        let t = move |ru, en| tr(lang, ru, en);
        let answers = st.answers.get_untracked();
        let finished = scoring::answered(assessment, &answers) == assessment.items.len();

        let left = if finished {
            let s = scoring::score(assessment, &answers);
            let name = |l: Level| assessment.levels[l.index()].name.get(lang);
            let bars: Vec<Bar> = Level::ALL
                .iter()
                .map(|&l| Bar {
                    label: name(l).into(),
                    value: percent(s.strength(l)),
                    previous: None,
                    highlight: l == s.level,
                })
                .collect();
            let list = |qs: &[usize]| {
                qs.iter().map(|&q| assessment.qualities[q].name.get(lang)).collect::<Vec<_>>().join(", ")
            };
            let strengths = if s.strengths.is_empty() { "—".to_string() } else { list(&s.strengths) };
            Either::Left(view! {
                <p class="big">{name(s.level)}</p>
                <BarChart bars=bars title=t("Сила каждого уровня, из 100", "Strength of each level, out of 100")/>
                <dl class="evidence">
                    <div><dt>{t("Сильные стороны", "Strengths")}</dt><dd>{strengths}</dd></div>
                    <div><dt>{t("Зоны роста", "Growth areas")}</dt><dd>{list(&s.growth)}</dd></div>
                </dl>
                <Go to=Screen::Result label=t("Полный результат", "Full result")/>
            })
        } else {
            Either::Right(view! {
                <p>{t("Ещё не закончена.", "Not finished yet.")}</p>
                <Go to=Screen::Home label=t("Продолжить", "Continue")/>
            })
        };

        let walked = st.walked().zip(st.walk.get_untracked()).filter(|(_, w)| w.finished);
        let right = match walked {
            Some((journey, walk)) => {
                let m = journey_map::map(&journey, &walk, ladder);
                let c = m.counts;
                let counts = match lang {
                    Lang::Ru => {
                        format!("+1: {}, 0: {}, −1: {}, без оценки: {}", c.wow, c.standard, c.disappointment, c.unrated)
                    }
                    Lang::En => {
                        format!("+1: {}, 0: {}, −1: {}, not rated: {}", c.wow, c.standard, c.disappointment, c.unrated)
                    }
                };
                let graves = m
                    .gravediggers
                    .iter()
                    .map(|g| journey.touchpoints[g.touchpoint].name.get(lang))
                    .collect::<Vec<_>>()
                    .join(", ");
                let fix = m.fix_first.first().and_then(|f| f.cause.title(ladder)).map_or("—", |x| x.get(lang));
                Either::Left(view! {
                    <p class="big">{journey.name.get(lang).to_string()}</p>
                    <dl class="evidence">
                        <div><dt>{t("Индекс баланса", "Balance index")}</dt><dd>{m.balance.map_or_else(|| "—".to_string(), signed)}</dd></div>
                        <div><dt>{t("Оценки", "Ratings")}</dt><dd>{counts}</dd></div>
                        <div><dt>{t("Могильщики ожиданий", "Expectation gravediggers")}</dt><dd>{if graves.is_empty() { "—".to_string() } else { graves }}</dd></div>
                        <div><dt>{t("Исправить в первую очередь", "Fix first")}</dt><dd>{fix}</dd></div>
                    </dl>
                    <Go to=Screen::Map label=t("Карта пути", "Journey map")/>
                })
            }
            None => Either::Right(view! {
                <p>{t("Ещё не закончен.", "Not finished yet.")}</p>
                <Go to=Screen::Journeys label=t("Пройти путь", "Walk a journey")/>
            }),
        };

        // Share both parts in one link when both are finished.
        let share_answers = finished.then(|| answers.clone());
        let share_walk = st.walked().zip(st.walk.get_untracked()).filter(|(_, w)| w.finished);
        let share = (share_answers.is_some() || share_walk.is_some())
            .then(|| view! { <SharePanel answers=share_answers walk=share_walk/> });
        view! {
            <section class="step summary">
                <StepHeading>{t("Сводка", "Summary")}</StepHeading>
                <p class="meta">{t("Результаты самооценки: их видите только вы.", "Self-reported results, seen only by you.")}</p>
                <div class="parts">
                    <section class="part" aria-labelledby="sum-assessment">
                        <h3 id="sum-assessment">{t("Уровень клиентоориентированности", "Level of client orientation")}</h3>
                        {left}
                    </section>
                    <section class="part" aria-labelledby="sum-walk">
                        <h3 id="sum-walk">{t("Путь клиента", "Customer journey")}</h3>
                        {right}
                    </section>
                </div>
                <div class="nav no-print">
                    <Go to=Screen::Report label=t("Отчёт для печати", "Printable report")/>
                    <Go to=Screen::Home label=t("На главную", "Home")/>
                </div>
                {share}
            </section>
        }
    }
}
