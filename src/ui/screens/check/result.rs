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

use crate::check::explain::Reason;
use crate::check::scoring::{self, Answers, Confidence, Extra, MainStep, Place, Scores, Verdict, percent};
use crate::content::{Assessment, Level};
use crate::document::colleague::{self, ColleagueView};
use crate::document::history::{self, AssessmentRecord};
use crate::document::saved::Screen;
use crate::text::lang::Lang;
use crate::ui::browser::files;
use crate::ui::screens::check::colleague::{AskColleague, Received, SideBySide, take_answer};
use crate::ui::screens::team::send::SendToManager;
use crate::ui::state::use_state;
use crate::ui::widgets::chart::{Bar, BarChart};
use crate::ui::widgets::ladder_picture::LadderPicture;
use crate::ui::widgets::share_link::ShareWhat;
use crate::ui::widgets::shared::{Action, EndActions, StepHeading};
use leptos::either::Either;
use leptos::prelude::*;

/// The answers scored with colleagues' views (`a.observed` the moments they answered).
/// The answers scored with what came besides them: the last clients, the
/// times, the option order (`extra`) and colleagues' views.
fn with_colleagues(a: &Assessment, answers: &Answers, extra: &Extra, views: &[ColleagueView]) -> Scores {
    scoring::score_with(a, answers, &colleague::with_views(extra, views, &a.observed))
}

/// The score at which a quality counts as a strength, out of 100.
const STRONG: u32 = 75;

#[component]
pub fn Result() -> impl IntoView {
    let st = use_state();
    let assessment = st.assessment();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    // A colleague's answer the page was opened with is kept first.
    take_answer(st);
    let answers = st.answers.get_untracked();
    if let Some(index) = scoring::first_unanswered(assessment, &answers) {
        return Either::Left(view! {
            <section class="step">
                <StepHeading>{t("check_result.the_check_is_not_finished")}</StepHeading>
                <button type="button" class="primary" on:click=move |_| st.go(Screen::Question { index })>
                    {t("check_result.go_to_the_questions")}
                </button>
            </section>
        });
    }
    // Recorded once per set of answers, however the result is reached.
    st.finish_assessment();
    let extra = st.extra();
    let colleagues = st.colleagues();
    let headline = with_colleagues(assessment, &answers, &extra, &colleagues).verdict.headline(assessment, lang);
    let previous = st.history.with_untracked(|h| history::previous_assessment(h, &answers).cloned());
    Either::Right(view! {
        <section class="step result">
            <StepHeading>{headline}</StepHeading>
            <Received/>
            <ResultBody answers=answers.clone() extra=extra previous=previous colleagues=colleagues>
                // The main action, right after the main step (issue 19).
                <SendToManager screen=Screen::Result/>
            </ResultBody>
            <AskColleague/>
            <ResultEnd answers=answers/>
        </section>
    })
}

/// One primary action, Share second, and everything else under "More".
#[component]
fn ResultEnd(answers: Answers) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let confirming = RwSignal::new(false);
    let parts = st.env.options.parts.unwrap_or(st.env.config.parts);
    let walked = st.walk.with_untracked(|w| w.as_ref().is_some_and(|w| w.finished));
    // What comes next: the other self-check when it is offered.
    let (label, to) = match (parts.walkthrough(), walked) {
        (true, false) => (t("check_result.next_walk_your_client_s"), Screen::Journeys),
        (true, true) => (t("check_result.both_results_side_by_side"), Screen::Summary),
        _ => (t("check_result.done"), Screen::Home),
    };
    let csv_answers = answers.clone();
    let summary = crate::ui::widgets::share_link::summary_of(st, Some(&answers), None, lang);
    let more = vec![
        Action::go(t("check_result.change_answers"), Screen::Review),
        Action::go(t("check_result.printable_report"), Screen::Report),
        Action::new(t("check_result.download_csv"), move || {
            let text = crate::document::export::csv(st.content, st.role().as_deref(), lang, Some(&csv_answers), None);
            files::download("service-ladder-answers.csv", "text/csv;charset=utf-8", &text);
        }),
        Action::new(t("check_result.retake"), move || confirming.set(true)),
        Action::go(t("check_result.home"), Screen::Home),
    ];
    view! {
        <div class="result-end no-print">
            <EndActions primary=Action::go(label, to) share=Some(ShareWhat { answers: Some(answers), walk: None, summary }) more=more/>
            // Retaking clears the answers: asked once more, in place.
            <div class="confirm" role="group" hidden=move || !confirming.get()>
                <p>{t("check_result.start_again_your_current_answers")}</p>
                <button type="button" class="primary" on:click=move |_| {
                    confirming.set(false);
                    st.start_over();
                    st.go(crate::ui::screens::check::steps::first_step(st));
                }>{t("check_result.yes_start_again")}</button>
                <button type="button" on:click=move |_| confirming.set(false)>{t("check_result.cancel")}</button>
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
    /// The last clients, times, option order and colleagues' views.
    #[prop(optional)]
    extra: Extra,
    previous: Option<AssessmentRecord>,
    #[prop(optional)] brief: bool,
    #[prop(optional)] titled: bool,
    /// The kind of work the answers were given for (someone else's result);
    /// this person's own by default.
    #[prop(default = None)]
    role: Option<String>,
    /// What comes right after the main step (the person's own result: Send
    /// to the manager).
    #[prop(optional)]
    children: Option<Children>,
    /// Colleagues' views of the person: scored with, and set beside the answers.
    #[prop(optional)]
    colleagues: Vec<ColleagueView>,
) -> impl IntoView {
    let st = use_state();
    let assessment = match &role {
        Some(r) => st.assessment_of(Some(r)),
        None => st.assessment(),
    };
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let s = with_colleagues(assessment, &answers, &extra, &colleagues);
    let side = view! { <SideBySide assessment=assessment answers=answers.clone() colleagues=colleagues/> };
    let title = titled.then(|| view! { <h3 class="big headline">{s.verdict.headline(assessment, lang)}</h3> });
    let main_step = s.main_step.as_ref().and_then(|m| m.text(st.content)).map(|text| {
        view! {
            <section class="main-step">
                <h3>{t("check_result.your_main_step_for_this")}</h3>
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

    // Careless answers: no level, the reason said kindly, and a new try.
    let not_clear = s.verdict.not_clear().then(|| {
        view! {
            <div class="kind-note not-clear">
                <p>{t("check_result.not_clear_why")}</p>
                {(!brief && role.is_none()).then(|| view! {
                    <button type="button" class="primary" on:click=move |_| {
                        st.start_over();
                        st.go(crate::ui::screens::check::steps::first_step(st));
                    }>{t("check_result.try_again")}</button>
                })}
            </div>
        }
        .into_any()
    });

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
                            <summary>{lang.f("check_result.principle", &[("name", &p.name.get(lang))])}</summary>
                            <p>{p.text.get(lang)}</p>
                        </details>
                    }
                })
                .collect_view()
        });
        // 75 and above is a badge on a strength, not a gate to being one.
        let badge = (strength && value >= STRONG)
            .then(|| view! { <span class="badge strong">{t("check_result.strong_badge")}</span> });
        view! {
            <li>
                <h4 class="quality-name">{quality.name.get(lang)}" "<span class="score">{format!("{value}/100")}</span>" "{badge}</h4>
                <p>{body}</p>
                {principles}
            </li>
        }
    };
    let strengths = if s.strengths.is_empty() {
        Either::Left(view! { <p>{t("check_result.no_strength_stands_out")}</p> })
    } else {
        Either::Right(
            view! { <ul class="qualities">{s.strengths.iter().map(|&q| quality_entry(q, true)).collect_view()}</ul> },
        )
    };
    let growth = if s.growth.is_empty() {
        Either::Left(view! { <p>{t("check_result.every_quality_is_at_75")}</p> })
    } else {
        Either::Right(
            view! { <ul class="qualities growth">{s.growth.iter().map(|&q| quality_entry(q, false)).collect_view()}</ul> },
        )
    };

    let before = previous.as_ref().map(|p| {
        let name = assessment.levels[p.level.index()].name.get(lang);
        let text = lang.f("check_result.previous_result", &[("day", &history::day(&p.at)), ("name", &name)]);
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
            {not_clear.unwrap_or_else(|| view! { <LadderPicture place=s.verdict.place()/> }.into_any())}
            {main_step}
            {children.map(|c| c())}
            {qualifiers}
            {side}
            <section class="block">
                <h3>{t("check_result.what_you_do_well")}</h3>
                {strengths}
            </section>
            <section class="block">
                <h3>{t("check_result.what_to_grow")}</h3>
                {growth}
            </section>
            <section class="block">
                <h3>{t("check_result.qualities_of_client_first_service")}</h3>
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
    let t = move |key: &str| lang.t(key);
    let bars: Vec<Bar> = qualities
        .iter()
        .map(|(name, value, previous)| Bar {
            label: name.clone(),
            value: value.unwrap_or(0),
            previous: *previous,
            highlight: false,
            text: None,
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
        <BarChart bars=bars title=t("check_result.quality_profile_out_of_100") threshold=STRONG/>
        <ul class="bands" aria-label=t("check_result.bar_colours")>
            <li><span class="swatch band-high" aria-hidden="true"></span>{t("check_result.n75_and_above_a_strength")}</li>
            <li><span class="swatch band-mid" aria-hidden="true"></span>"50–74"</li>
            <li><span class="swatch band-low" aria-hidden="true"></span>{t("check_result.below_50")}</li>
            <li><span class="swatch threshold" aria-hidden="true"></span>{t("check_result.the_line_marks_75_of")}</li>
        </ul>
        <details class="table-view" open=open>
            <summary>{t("check_result.show_as_a_table")}</summary>
            <table>
                <caption class="sr-only">{t("check_result.quality_profile_scores_out_of")}</caption>
                <thead><tr>
                    <th scope="col">{t("check_result.quality")}</th>
                    <th scope="col">{t("check_result.score")}</th>
                    {compared.then(|| view! { <th scope="col">{t("check_result.before")}</th> })}
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
    let t = move |key: &str| lang.t(key);
    let reasons = s.reasons.iter().map(|r| view! { <li>{r.sentence(assessment, lang)}</li> }).collect_view();
    let v = &s.verdict;
    let sure = percent(v.certainty);
    let sure: &[(&str, &dyn std::fmt::Display)] = &[("sure", &sure)];
    let how_sure = match v.confidence {
        Confidence::Clear => lang.f("check_result.sure_clear", sure),
        Confidence::Leaning => lang.f("check_result.sure_leaning", sure),
        Confidence::Mixed => lang.f("check_result.sure_mixed", sure),
    };
    let level_bars: Vec<Bar> = Level::ALL
        .iter()
        .map(|&l| Bar {
            label: assessment.levels[l.index()].name.get(lang).into(),
            value: percent(s.strength(l)),
            previous: previous.as_ref().map(|p| p.levels[l.index()]),
            highlight: l == v.level,
            text: None,
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
            t("check_result.paired_situations_answered_differently_u").into(),
            format!("{} / {}", e.pairs_changed, e.pairs),
        ));
    }
    for (value, label) in [
        (e.mood, t("check_result.mood_dependence_as_you_report")),
        (e.script, t("check_result.reliance_on_scripts_and_standards")),
        (e.ownership, t("check_result.service_as_your_own_conviction")),
        (e.connection, t("check_result.emotional_involvement_and_thanks")),
        (e.candour, t("check_result.agreement_with_an_ideal_nobody")),
    ] {
        if let Some(value) = value {
            figures.push((label.into(), format!("{}%", percent(value))));
        }
    }
    if e.not_applicable > 0 {
        figures.push((
            t("check_result.situations_that_don_t_happen").into(),
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
            // The message around the name, which is set in bold.
            let said = t("check_result.main_step_undoes");
            let (before, after) = said.split_once("{behaviour}").unwrap_or((said, ""));
            Either::Left(view! {
                <p>{before}<strong>{name}</strong>{after}</p>
                <ul class="items">{where_}</ul>
            })
        }
        MainStep::Quality(q) => {
            let name = assessment.qualities.get(*q).map_or("", |x| x.name.get(lang));
            let said = t("check_result.main_step_for_lowest");
            let (before, after) = said.split_once("{quality}").unwrap_or((said, ""));
            Either::Right(view! { <p>{before}<strong>{name}</strong>{after}</p> })
        }
    });

    // The three levels in the seed's words, with the next step of this one
    // and the principles behind it.
    let quoted = |text: &str| lang.f("check_result.text", &[("text", &text)]);
    let levels: Vec<Def> = Level::ALL
        .iter()
        .map(|&l| {
            let info = &assessment.levels[l.index()];
            let mut paras = vec![quoted(info.summary.get(lang)), info.explanation.get(lang).to_string()];
            let mut items = Vec::new();
            if l == v.level {
                paras.push(lang.f("check_result.next_step_at_this_level", &[("step", &info.next_step.get(lang))]));
                paras.push(t("check_result.the_principles_of_quality_service").into());
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
            <h4>{t("check_result.where_answers_fell_to_disappointment")}</h4>
            {gravediggers}
            <ul class="shortfalls">{rows}</ul>
        }
    });
    let model = lang.f("check_result.scored_with_model", &[("model", &scoring::MODEL_VERSION)]);

    view! {
        <details class="disclosure how">
            <summary>{t("check_result.how_this_was_worked_out")}</summary>
            <h4>{t("check_result.what_your_answers_show")}</h4>
            <ul class="reasons">{reasons}</ul>
            <p>{how_sure}</p>
            <h4>{t("check_result.how_strongly_each_level_shows")}</h4>
            <BarChart bars=level_bars title=t("check_result.strength_of_each_level_out")/>
            <h4>{t("check_result.the_figures")}</h4>
            <Defs defs=figures class="evidence"/>
            <h4>{t("check_result.where_the_main_step_comes")}</h4>
            {source}
            {shortfalls}
            <h4>{t("check_result.the_three_levels_of_client")}</h4>
            <Defs defs=levels class="levels"/>
            <h4>{t("check_result.the_expectation_ladder_and_the")}</h4>
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
    let t = move |key: &str| lang.t(key);
    let sections = [
        (&c.service, t("check_result.what_service_is")),
        (&c.ideal_service, t("check_result.the_components_of_ideal_service")),
        (&c.clients, t("check_result.internal_and_external_clients")),
        (&c.orientation, t("check_result.the_core_of_client_orientation")),
        (&c.principles, t("check_result.nine_principles_of_quality_service")),
        (&c.tips, t("check_result.tips_on_service")),
        (&c.basic_service, t("check_result.the_basic_level_of_service")),
        (&c.after_sales, t("check_result.after_sales_service")),
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
            <summary>{t("check_result.what_good_service_is_made")}</summary>
            <p class="meta">{t("check_result.from_the_material_this_self")}</p>
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
fn named(k: &crate::content::concepts::Concept, lang: Lang) -> (String, String) {
    (k.name.get(lang).into(), k.text.get(lang).into())
}

/// Concepts as definitions: the name, the text, the examples.
pub fn concept_defs(list: &[crate::content::concepts::Concept], lang: Lang) -> Vec<Def> {
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
    let t = move |key: &str| lang.t(key);
    let headline = match record.confidence {
        Some(confidence) => Verdict {
            level: record.level,
            other: record.other.unwrap_or(record.level),
            confidence,
            certainty: 0.0,
            flags: Default::default(),
        }
        .headline(a, lang),
        None => lang.f("check_result.level_name", &[("name", &a.levels[record.level.index()].name.get(lang))]),
    };
    let model = model_note(record.model, lang);
    let level_bars: Vec<Bar> = Level::ALL
        .iter()
        .map(|&l| Bar {
            label: a.levels[l.index()].name.get(lang).into(),
            value: record.levels[l.index()],
            previous: None,
            highlight: l == record.level,
            text: None,
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
                <h3>{t("check_result.how_strongly_each_level_showed")}</h3>
                <BarChart bars=level_bars title=t("check_result.strength_of_each_level_out")/>
            </section>
            <section class="block">
                <h3>{t("check_result.qualities_of_client_first_service")}</h3>
                <QualityChart qualities=qualities open=false/>
            </section>
        </div>
    }
}

/// Which model scored a stored result, and what that means for comparing it.
fn model_note(model: u32, lang: Lang) -> String {
    let now = scoring::MODEL_VERSION;
    if model == now {
        lang.f("check_result.model_current", &[("model", &model)])
    } else {
        lang.f("check_result.model_earlier", &[("model", &model), ("now", &now)])
    }
}
