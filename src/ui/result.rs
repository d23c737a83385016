//! The self-assessment result, built to be acted on. Its first screen: the
//! ladder with "you are here", the level in plain words with its
//! confidence, and one main step for this week. Then at most two strengths
//! and two growth areas (each recommendation with the principle behind
//! it), the quality profile, and — behind "How this was worked out" —
//! every figure and the evidence; the seeds' concepts behind "What good
//! service is made of". The screen ends with one primary action and Share;
//! everything else is under "More".
//!
//! `ResultBody` is shared with a shared link, the history and the printed
//! report; `RecordBody` shows a history record's stored figures (a result
//! an earlier model scored).

use super::chart::{Bar, BarChart};
use super::files;
use super::ladder_picture::LadderPicture;
use super::share_link::ShareWhat;
use super::shared::{Action, EndActions, StepHeading};
use super::state::use_state;
use super::words::tr;
use crate::content::{Assessment, Level};
use crate::explain::Reason;
use crate::history::{self, AssessmentRecord};
use crate::lang::Lang;
use crate::saved::Screen;
use crate::scoring::{self, Answers, Confidence, MainStep, Place, Scores, Verdict, percent};
use leptos::either::Either;
use leptos::prelude::*;

/// The score at which a quality counts as a strength, out of 100.
const STRONG: u32 = 75;

#[component]
pub fn Result() -> impl IntoView {
    let st = use_state();
    let assessment = st.assessment();
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let answers = st.answers.get_untracked();
    if let Some(index) = scoring::first_unanswered(assessment, &answers) {
        return Either::Left(view! {
            <section class="step">
                <StepHeading>{t("Проверка ещё не закончена", "The check is not finished yet")}</StepHeading>
                <button type="button" class="primary" on:click=move |_| st.go(Screen::Question { index })>
                    {t("К вопросам", "Go to the questions")}
                </button>
            </section>
        });
    }
    // Recorded once per set of answers, however the result is reached.
    st.finish_assessment();
    let headline = scoring::score(assessment, &answers).verdict.headline(assessment, lang);
    let previous = st.history.with_untracked(|h| history::previous_assessment(h, &answers).cloned());
    Either::Right(view! {
        <section class="step result">
            <StepHeading>{headline}</StepHeading>
            <ResultBody answers=answers.clone() previous=previous/>
            <ResultEnd answers=answers/>
        </section>
    })
}

/// One primary action, Share second, and everything else under "More".
#[component]
fn ResultEnd(answers: Answers) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let confirming = RwSignal::new(false);
    let parts = st.env.options.parts.unwrap_or(st.env.config.parts);
    let walked = st.walk.with_untracked(|w| w.as_ref().is_some_and(|w| w.finished));
    // What comes next: the other self-check when it is offered.
    let (label, to) = match (parts.walkthrough(), walked) {
        (true, false) => (t("Дальше: пройти путь клиента", "Next: walk your client's journey"), Screen::Journeys),
        (true, true) => (t("Оба результата рядом", "Both results side by side"), Screen::Summary),
        _ => (t("Готово", "Done"), Screen::Home),
    };
    let csv_answers = answers.clone();
    let summary = super::share_link::summary_of(st, Some(&answers), None, lang);
    let more = vec![
        Action::go(t("Изменить ответы", "Change answers"), Screen::Review),
        Action::go(t("Отчёт для печати", "Printable report"), Screen::Report),
        Action::new(t("Скачать CSV", "Download CSV"), move || {
            let text = crate::export::csv(st.content, st.role().as_deref(), lang, Some(&csv_answers), None);
            files::download("service-ladder-answers.csv", "text/csv;charset=utf-8", &text);
        }),
        Action::new(t("Пройти заново", "Retake"), move || confirming.set(true)),
        Action::go(t("На главную", "Home"), Screen::Home),
    ];
    view! {
        <div class="result-end no-print">
            <EndActions primary=Action::go(label, to) share=Some(ShareWhat { answers: Some(answers), walk: None, summary }) more=more/>
            // Retaking clears the answers: asked once more, in place.
            <div class="confirm" role="group" hidden=move || !confirming.get()>
                <p>{t(
                    "Начать заново? Текущие ответы будут стёрты; этот результат останется в истории.",
                    "Start again? Your current answers will be cleared; this result stays in your history.",
                )}</p>
                <button type="button" class="primary" on:click=move |_| {
                    confirming.set(false);
                    st.answers.set(Answers::new());
                    st.go(super::role::first_step(st));
                }>{t("Да, начать заново", "Yes, start again")}</button>
                <button type="button" on:click=move |_| confirming.set(false)>{t("Отмена", "Cancel")}</button>
            </div>
        </div>
    }
}

/// The result of a set of answers. `brief` (the printed report) leaves out
/// the disclosures; `titled` shows the level as a heading of its own (when
/// the screen's heading does not).
#[component]
pub fn ResultBody(
    answers: Answers,
    previous: Option<AssessmentRecord>,
    #[prop(optional)] brief: bool,
    #[prop(optional)] titled: bool,
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
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let s = scoring::score(assessment, &answers);
    let title = titled.then(|| view! { <h3 class="big headline">{s.verdict.headline(assessment, lang)}</h3> });
    let main_step = s.main_step.as_ref().and_then(|m| m.text(st.content)).map(|text| {
        view! {
            <section class="main-step">
                <h3>{t("Главный шаг на эту неделю", "Your main step for this week")}</h3>
                <p>{text.get(lang)}</p>
            </section>
        }
    });
    // What qualifies the whole result, said kindly: answers that look
    // idealised, or too few situations from the person's job.
    let qualifiers = s
        .reasons
        .iter()
        .filter(|r| matches!(r, Reason::Idealised | Reason::FewAnswers))
        .map(|r| view! { <p class="kind-note">{r.sentence(assessment, lang)}</p> })
        .collect_view();

    let quality_entry = |q: usize, strength: bool| {
        let quality = &assessment.qualities[q];
        let value = percent(s.qualities[q].unwrap_or(0.0));
        let body = if strength { quality.about.get(lang) } else { quality.recommendation.get(lang) };
        // Each recommendation with the principles of quality service behind it.
        let principles = (!strength && !brief).then(|| {
            st.content
                .concepts
                .principles_for_quality(q)
                .map(|p| {
                    view! {
                        <details class="principle">
                            <summary>{t("Принцип: ", "Principle: ")}{p.name.get(lang)}</summary>
                            <p>{p.text.get(lang)}</p>
                        </details>
                    }
                })
                .collect_view()
        });
        view! {
            <li>
                <h4 class="quality-name">{quality.name.get(lang)}" "<span class="score">{format!("{value}/100")}</span></h4>
                <p>{body}</p>
                {principles}
            </li>
        }
    };
    let strengths = if s.strengths.is_empty() {
        Either::Left(view! { <p>{t(
            "Пока ни одно качество не набрало 75 из 100 — начните с главного шага.",
            "No quality has reached 75 of 100 yet: start with the main step.",
        )}</p> })
    } else {
        Either::Right(
            view! { <ul class="qualities">{s.strengths.iter().map(|&q| quality_entry(q, true)).collect_view()}</ul> },
        )
    };
    let growth = if s.growth.is_empty() {
        Either::Left(view! { <p>{t(
            "Все качества — на 75 из 100 и выше. Держите планку в любой день.",
            "Every quality is at 75 of 100 or above. Keep it there on every day.",
        )}</p> })
    } else {
        Either::Right(
            view! { <ul class="qualities growth">{s.growth.iter().map(|&q| quality_entry(q, false)).collect_view()}</ul> },
        )
    };

    let before = previous.as_ref().map(|p| {
        let name = assessment.levels[p.level.index()].name.get(lang);
        let text = match lang {
            Lang::Ru => {
                format!("Прошлый результат ({}): {name}. Пунктир на графиках — прошлые значения.", history::day(&p.at))
            }
            Lang::En => format!(
                "Previous result ({}): {name}. Dashed marks on the charts show the previous values.",
                history::day(&p.at)
            ),
        };
        view! { <p class="previous">{text}</p> }
    });
    let qualities: Vec<(String, Option<u32>, Option<u32>)> = assessment
        .qualities
        .iter()
        .zip(&s.qualities)
        .map(|(q, v)| {
            (
                q.name.get(lang).to_string(),
                v.map(percent),
                previous.as_ref().and_then(|p| p.qualities.get(&q.id).copied()),
            )
        })
        .collect();
    let how = (!brief).then(|| view! { <HowWorkedOut s=s.clone() answers=answers.clone() assessment=assessment previous=previous.clone()/> });
    let library = (!brief).then(|| view! { <Library/> });

    view! {
        <div class="result-body">
            {title}
            <LadderPicture place=s.verdict.place()/>
            {main_step}
            {qualifiers}
            <section class="block">
                <h3>{t("Что у вас получается", "What you do well")}</h3>
                {strengths}
            </section>
            <section class="block">
                <h3>{t("Что развивать", "What to grow")}</h3>
                {growth}
            </section>
            <section class="block">
                <h3>{t("Качества клиентоориентированного сервиса", "Qualities of client-first service")}</h3>
                {before}
                <QualityChart qualities=qualities open=brief/>
            </section>
            {how}
            {library}
        </div>
    }
}

/// The quality profile coloured by band with the strength threshold marked,
/// its legend, and the same figures as a table.
#[component]
fn QualityChart(
    /// Name, score (none when no item of it was answered) and the previous score.
    qualities: Vec<(String, Option<u32>, Option<u32>)>,
    open: bool,
) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let bars: Vec<Bar> = qualities
        .iter()
        .map(|(name, value, previous)| Bar {
            label: name.clone(),
            value: value.unwrap_or(0),
            previous: *previous,
            highlight: false,
        })
        .collect();
    // The previous scores get a column only when there are any.
    let compared = qualities.iter().any(|q| q.2.is_some());
    let rows = qualities
        .into_iter()
        .map(|(name, value, previous)| {
            let show = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_else(|| "—".into());
            let before = compared.then(|| view! { <td>{show(previous)}</td> });
            view! { <tr><th scope="row">{name}</th><td>{show(value)}</td>{before}</tr> }
        })
        .collect_view();
    view! {
        <BarChart bars=bars title=t("Профиль качеств, из 100", "Quality profile, out of 100") threshold=STRONG/>
        <ul class="bands" aria-label=t("Цвета полос", "Bar colours")>
            <li><span class="swatch band-high" aria-hidden="true"></span>{t("75 и выше — сильная сторона", "75 and above: a strength")}</li>
            <li><span class="swatch band-mid" aria-hidden="true"></span>"50–74"</li>
            <li><span class="swatch band-low" aria-hidden="true"></span>{t("ниже 50", "below 50")}</li>
            <li><span class="swatch threshold" aria-hidden="true"></span>{t("черта — 75 из 100", "the line marks 75 of 100")}</li>
        </ul>
        <details class="table-view" open=open>
            <summary>{t("Показать таблицей", "Show as a table")}</summary>
            <table>
                <caption class="sr-only">{t("Профиль качеств, баллы из 100", "Quality profile, scores out of 100")}</caption>
                <thead><tr>
                    <th scope="col">{t("Качество", "Quality")}</th>
                    <th scope="col">{t("Балл", "Score")}</th>
                    {compared.then(|| view! { <th scope="col">{t("Раньше", "Before")}</th> })}
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}

/// Every figure and the evidence behind the result, collapsed.
#[component]
fn HowWorkedOut(
    s: Scores,
    answers: Answers,
    assessment: &'static Assessment,
    previous: Option<AssessmentRecord>,
) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let ladder = &c.ladder;
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let reasons = s.reasons.iter().map(|r| view! { <li>{r.sentence(assessment, lang)}</li> }).collect_view();
    let v = &s.verdict;
    let sure = percent(v.certainty);
    let how_sure = match (lang, v.confidence) {
        (Lang::Ru, Confidence::Clear) => format!("Уверенность вывода: {sure} из 100 — уровень выражен ясно."),
        (Lang::Ru, Confidence::Leaning) => {
            format!("Уверенность вывода: {sure} из 100 — уровень ведёт, но не решительно.")
        }
        (Lang::Ru, Confidence::Mixed) => format!("Уверенность вывода: {sure} из 100 — вы между двумя уровнями."),
        (Lang::En, Confidence::Clear) => format!("How sure the result is: {sure} of 100, a clear level."),
        (Lang::En, Confidence::Leaning) => {
            format!("How sure the result is: {sure} of 100, a level that leads, not decisively.")
        }
        (Lang::En, Confidence::Mixed) => format!("How sure the result is: {sure} of 100, between two levels."),
    };
    let level_bars: Vec<Bar> = Level::ALL
        .iter()
        .map(|&l| Bar {
            label: assessment.levels[l.index()].name.get(lang).into(),
            value: percent(s.strength(l)),
            previous: previous.as_ref().map(|p| p.levels[l.index()]),
            highlight: l == v.level,
        })
        .collect();

    let e = &s.evidence;
    let mut figures: Vec<(String, String)> = vec![
        (ladder.rung(1).name.get(lang).into(), format!("{}%", percent(e.wow))),
        (ladder.rung(0).name.get(lang).into(), format!("{}%", percent(e.standard))),
        (ladder.rung(-1).name.get(lang).into(), format!("{}%", percent(e.disappointment))),
    ];
    if e.pairs > 0 {
        figures.push((
            t(
                "Парные ситуации, где под давлением ответ другой",
                "Paired situations answered differently under pressure",
            )
            .into(),
            format!("{} / {}", e.pairs_changed, e.pairs),
        ));
    }
    for (value, label) in [
        (e.mood, t("Зависимость от настроения (по вашим словам)", "Mood dependence (as you report it)")),
        (e.script, t("Опора на инструкции и регламенты", "Reliance on scripts and standards")),
        (e.ownership, t("Сервис как личное убеждение", "Service as your own conviction")),
        (e.connection, t("Эмоциональная вовлечённость и благодарность", "Emotional involvement and thanks")),
        (
            e.candour,
            t(
                "Согласие с идеалом, которого никто не держит каждый день",
                "Agreement with an ideal nobody keeps every day",
            ),
        ),
    ] {
        if let Some(value) = value {
            figures.push((label.into(), format!("{}%", percent(value))));
        }
    }
    if e.not_applicable > 0 {
        figures.push((
            t("Ситуации, которых нет в вашей работе", "Situations that don't happen in your job").into(),
            format!("{} / {}", e.not_applicable, e.ladder_items),
        ));
    }
    let figures: Vec<Def> =
        figures.into_iter().map(|(term, v)| Def { term, paras: vec![v], items: Vec::new() }).collect();

    // Where the main step comes from.
    let source = s.main_step.as_ref().map(|m| match m {
        MainStep::Behaviour { behaviour, items } => {
            let name = ladder.behaviours.get(*behaviour).map_or("", |b| b.text.get(lang));
            let where_ = items
                .iter()
                .filter_map(|&i| assessment.items.get(i))
                .map(|i| view! { <li>{i.text.get(lang)}</li> })
                .collect_view();
            Either::Left(view! {
                <p>{t("Главный шаг исправляет поведение из списка разочарований: ", "The main step undoes a behaviour from the disappointment list: ")}<strong>{name}</strong>". "{t("Оно есть в ответах на:", "It showed in your answers to:")}</p>
                <ul class="items">{where_}</ul>
            })
        }
        MainStep::Quality(q) => {
            let name = assessment.qualities.get(*q).map_or("", |x| x.name.get(lang));
            Either::Right(view! {
                <p>{t("Ни один ответ не ушёл в разочарование, поэтому главный шаг — для самого слабого качества: ", "No answer fell to disappointment, so the main step is for your lowest quality: ")}<strong>{name}</strong>"."</p>
            })
        }
    });

    // The three levels in the seed's words, with the next step of this one
    // and the principles behind it.
    let quoted = |text: &str| match lang {
        Lang::Ru => format!("«{text}»"),
        Lang::En => format!("“{text}”"),
    };
    let levels: Vec<Def> = Level::ALL
        .iter()
        .map(|&l| {
            let info = &assessment.levels[l.index()];
            let mut paras = vec![quoted(info.summary.get(lang)), info.explanation.get(lang).to_string()];
            let mut items = Vec::new();
            if l == v.level {
                paras.push(format!(
                    "{}{}",
                    t("Следующий шаг на этом уровне: ", "The next step at this level: "),
                    info.next_step.get(lang)
                ));
                paras.push(
                    t("Принципы качественного сервиса за ним:", "The principles of quality service behind it:").into(),
                );
                items = c.concepts.principles_for_level(l).map(|p| named(p, lang)).collect();
            }
            Def { term: info.name.get(lang).into(), paras, items }
        })
        .collect();

    // The expectation ladder and the service levels on its rungs.
    let rungs: Vec<Def> = [1i8, 0, -1]
        .iter()
        .map(|&k| {
            let r = ladder.rung(k);
            let key = match k {
                1 => "+1",
                0 => "0",
                _ => "−1",
            };
            Def {
                term: format!("{key} · {}", r.name.get(lang)),
                paras: vec![r.meaning.get(lang).into()],
                items: c.concepts.service_levels_on(k).map(|x| named(x, lang)).collect(),
            }
        })
        .collect();

    // Answers on the disappointment rung: the expectation gravediggers of
    // this check, each with what to do instead.
    let low = scoring::disappointments(assessment, &answers);
    let shortfalls = (!low.is_empty()).then(|| {
        let rows = low
            .into_iter()
            .map(|(i, k)| {
                let item = &assessment.items[i];
                let behaviour = item.choices[k].behaviour.or(item.behaviour).map(|b| &ladder.behaviours[b]);
                let fix = behaviour.and_then(|b| b.fix.as_ref()).map(|f| view! { <p class="fix">{f.get(lang)}</p> });
                view! {
                    <li>
                        <p class="review-q">{item.text.get(lang)}</p>
                        <p class="review-a">{item.choices[k].text.get(lang)}</p>
                        {fix}
                    </li>
                }
            })
            .collect_view();
        let gravediggers = c.concepts.get("orientation", "gravediggers").map(|g| {
            view! { <p class="definition"><strong>{g.name.get(lang)}</strong>" — "{g.text.get(lang)}</p> }
        });
        view! {
            <h4>{t("Где ответы ушли в разочарование", "Where answers fell to disappointment")}</h4>
            {gravediggers}
            <ul class="shortfalls">{rows}</ul>
        }
    });
    let model = match lang {
        Lang::Ru => format!("Результат посчитан моделью версии {}.", scoring::MODEL_VERSION),
        Lang::En => format!("Scored with model version {}.", scoring::MODEL_VERSION),
    };

    view! {
        <details class="disclosure how">
            <summary>{t("Как это посчитано", "How this was worked out")}</summary>
            <h4>{t("Что показали ответы", "What your answers show")}</h4>
            <ul class="reasons">{reasons}</ul>
            <p>{how_sure}</p>
            <h4>{t("Насколько проявляется каждый уровень", "How strongly each level shows")}</h4>
            <BarChart bars=level_bars title=t("Сила каждого уровня, из 100", "Strength of each level, out of 100")/>
            <h4>{t("Цифры", "The figures")}</h4>
            <Defs defs=figures class="evidence"/>
            <h4>{t("Откуда главный шаг", "Where the main step comes from")}</h4>
            {source}
            {shortfalls}
            <h4>{t("Три уровня клиентоориентированности", "The three levels of client orientation")}</h4>
            <Defs defs=levels class="levels"/>
            <h4>{t("Лестница ожиданий и уровни сервиса", "The expectation ladder and the levels of service")}</h4>
            <Defs defs=rungs class="rungs"/>
            <p class="meta">{model}</p>
        </details>
    }
}

/// The seeds' concepts: what service is, its ideal components, internal and
/// external clients, the core of client orientation, tips, the basic level
/// of service, after-sales service and the nine principles.
#[component]
pub fn Library() -> impl IntoView {
    let st = use_state();
    let c = &st.content.concepts;
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let sections = [
        (&c.service, t("Что такое сервис", "What service is")),
        (&c.ideal_service, t("Составляющие идеального сервиса", "The components of ideal service")),
        (&c.clients, t("Внутренние и внешние клиенты", "Internal and external clients")),
        (&c.orientation, t("Суть клиентоориентированности", "The core of client orientation")),
        (&c.principles, t("Девять принципов качественного обслуживания", "Nine principles of quality service")),
        (&c.tips, t("Советы по обслуживанию", "Tips on service")),
        (&c.basic_service, t("Базовый уровень обслуживания", "The basic level of service")),
        (&c.after_sales, t("Послепродажное обслуживание", "After-sales service")),
    ]
    .into_iter()
    .map(|(list, title)| {
        view! {
            <details class="disclosure concept-group">
                <summary>{title}</summary>
                <Defs defs=concept_defs(list, lang) class="concepts"/>
            </details>
        }
    })
    .collect_view();
    view! {
        <details class="disclosure library">
            <summary>{t("Из чего складывается хороший сервис", "What good service is made of")}</summary>
            <p class="meta">{t("Из материалов, на которых построена самопроверка.", "From the material this self-check is built on.")}</p>
            {sections}
        </details>
    }
}

/// One entry of a definition list: a term, what is said of it, and named
/// items under it ("name — text"; an item without a name is its text).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Def {
    pub term: String,
    pub paras: Vec<String>,
    pub items: Vec<(String, String)>,
}

/// A concept as a named item.
fn named(k: &crate::concepts::Concept, lang: Lang) -> (String, String) {
    (k.name.get(lang).into(), k.text.get(lang).into())
}

/// Concepts as definitions: the name, the text, the examples.
pub fn concept_defs(list: &[crate::concepts::Concept], lang: Lang) -> Vec<Def> {
    list.iter()
        .map(|k| Def {
            term: k.name.get(lang).into(),
            paras: vec![k.text.get(lang).into()],
            items: k.examples.iter().map(|e| (String::new(), e.get(lang).to_string())).collect(),
        })
        .collect()
}

/// Every definition list of the result, the history and the choice of
/// work: one component, so its view is compiled once.
#[component]
pub fn Defs(defs: Vec<Def>, class: &'static str) -> impl IntoView {
    let rows = defs
        .into_iter()
        .map(|d| {
            let items = (!d.items.is_empty()).then(|| {
                let items = d
                    .items
                    .into_iter()
                    .map(|(name, text)| {
                        let name = (!name.is_empty()).then(|| view! { <strong>{name}</strong>" — " });
                        view! { <li>{name}{text}</li> }
                    })
                    .collect_view();
                view! { <ul class="named">{items}</ul> }
            });
            let paras = d.paras.into_iter().map(|p| view! { <p>{p}</p> }).collect_view();
            view! { <div><dt>{d.term}</dt><dd>{paras}{items}</dd></div> }
        })
        .collect_view();
    view! { <dl class=class>{rows}</dl> }
}

/// Where a stored result places the person.
fn stored_place(r: &AssessmentRecord) -> Place {
    match (r.confidence, r.other) {
        (Some(Confidence::Mixed), Some(o)) if o < r.level => Place::Between(o, r.level),
        (Some(Confidence::Mixed), Some(o)) => Place::Between(r.level, o),
        _ => Place::On(r.level),
    }
}

/// A history record's own figures, as they were stored: for results an
/// earlier model scored (or answers to questions this content no longer
/// asks), which are shown as they were and compared with nothing.
#[component]
pub fn RecordBody(record: AssessmentRecord) -> impl IntoView {
    let st = use_state();
    let a = &st.content.assessment;
    let lang = st.lang.get_untracked();
    let t = move |ru, en| tr(lang, ru, en);
    let headline = match record.confidence {
        Some(confidence) => Verdict {
            level: record.level,
            other: record.other.unwrap_or(record.level),
            confidence,
            certainty: 0.0,
            flags: Default::default(),
        }
        .headline(a, lang),
        None => match lang {
            Lang::Ru => format!("Уровень: {}", a.levels[record.level.index()].name.get(lang)),
            Lang::En => format!("Level: {}", a.levels[record.level.index()].name.get(lang)),
        },
    };
    let model = model_note(record.model, lang);
    let level_bars: Vec<Bar> = Level::ALL
        .iter()
        .map(|&l| Bar {
            label: a.levels[l.index()].name.get(lang).into(),
            value: record.levels[l.index()],
            previous: None,
            highlight: l == record.level,
        })
        .collect();
    // The qualities this content knows, in its order, then any others the
    // record holds, by id.
    let mut qualities: Vec<(String, Option<u32>, Option<u32>)> = a
        .qualities
        .iter()
        .filter(|q| record.qualities.contains_key(&q.id))
        .map(|q| (q.name.get(lang).to_string(), record.qualities.get(&q.id).copied(), None))
        .collect();
    for (id, v) in &record.qualities {
        if !a.qualities.iter().any(|q| &q.id == id) {
            qualities.push((id.clone(), Some(*v), None));
        }
    }
    view! {
        <div class="result-body stored">
            <h3 class="big headline">{headline}</h3>
            <p class="model-note">{model}</p>
            <LadderPicture place=stored_place(&record)/>
            <section class="block">
                <h3>{t("Насколько проявлялся каждый уровень", "How strongly each level showed")}</h3>
                <BarChart bars=level_bars title=t("Сила каждого уровня, из 100", "Strength of each level, out of 100")/>
            </section>
            <section class="block">
                <h3>{t("Качества клиентоориентированного сервиса", "Qualities of client-first service")}</h3>
                <QualityChart qualities=qualities open=false/>
            </section>
        </div>
    }
}

/// Which model scored a stored result, and what that means for comparing it.
fn model_note(model: u32, lang: Lang) -> String {
    let now = scoring::MODEL_VERSION;
    match (lang, model == now) {
        (Lang::Ru, true) => format!("Посчитано моделью версии {model} — той же, что сейчас."),
        (Lang::En, true) => format!("Scored with model version {model}, the current one."),
        (Lang::Ru, false) => format!(
            "Посчитано прежней моделью (версии {model}), по вопросам того времени. Здесь показаны цифры, которые она тогда дала; с результатами нынешней модели (версии {now}) они не сравниваются."
        ),
        (Lang::En, false) => format!(
            "Scored with an earlier model (version {model}), on the questions of its day. These are the figures it gave then; they are not compared with results of the current model (version {now})."
        ),
    }
}
