//! "What to do this week": the self-check and the walk read together
//! (`week::plan`). Each weak quality is tied to the touchpoints where it
//! hurt the client, and each touchpoint rated −1 is set beside what the
//! person said they would do in the self-check's similar situation — the
//! gap between what we say and what the client got.

use crate::check::scoring;
use crate::document::saved::Screen;
use crate::ui::screens::walk::touchpoint::rung_word;
use crate::ui::state::use_state;
use crate::ui::widgets::share_link::{ShareWhat, summary_of};
use crate::ui::widgets::shared::{Action, EndActions, Face, Go, StepHeading};
use crate::walk::map as journey_map;
use crate::walk::week;
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn Summary() -> impl IntoView {
    let st = use_state();
    let assessment = st.assessment();
    let ladder = &st.content.ladder;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let answers = st.answers.get_untracked();
    let finished = scoring::answered(assessment, &answers) == assessment.items.len();
    let scores = finished.then(|| scoring::score(assessment, &answers));
    let walked = st.walked().zip(st.walk.get_untracked()).filter(|(_, w)| w.finished);
    // The walk of the other kind (as it is / as it should be), if any: the
    // largest gaps between the two are this week's to name.
    let shifts = walked
        .as_ref()
        .and_then(|(j, w)| {
            let other = st.history.with_untracked(|h| crate::document::history::latest_walk(h, j, !w.target))?;
            let (now, goal) = if w.target { (&other, w) } else { (w, &other) };
            Some(crate::walk::target::gaps(j, now, goal, ladder))
        })
        .unwrap_or_default();

    // The weak qualities, weakest first: the growth areas, and any other
    // quality under half.
    let weak: Vec<usize> = scores.as_ref().map_or_else(Vec::new, |s| {
        let value = |q: usize| s.qualities.get(q).copied().flatten().unwrap_or(1.0);
        let mut weak: Vec<usize> =
            (0..assessment.qualities.len()).filter(|&q| s.growth.contains(&q) || value(q) < 0.5).collect();
        crate::order::sort_by(&mut weak, |a, b| value(*a).total_cmp(&value(*b)));
        weak
    });
    let plan = walked.as_ref().map(|(j, w)| week::plan(assessment, ladder, &answers, &weak, j, w)).unwrap_or_default();

    let name_of =
        |i: usize| walked.as_ref().map(|(j, _)| j.touchpoints[i].name.get(lang).to_string()).unwrap_or_default();
    let titles = |causes: &[crate::walk::record::Cause]| {
        causes.iter().filter_map(|c| c.title(ladder)).map(|x| x.get(lang)).collect::<Vec<_>>().join("; ")
    };

    // The one thing to start with.
    let lead = match (&scores, &walked, plan.first()) {
        (Some(_), Some(_), Some(first)) => {
            let q = &assessment.qualities[first.quality];
            let places = first.hurt.iter().map(|h| name_of(h.touchpoint)).collect::<Vec<_>>().join(", ");
            let text = lang.f("walk_summary.start_with", &[("quality", &q.name.get(lang)), ("places", &places)]);
            Either::Left(view! { <p class="lead">{text}</p><p class="week-step">{q.week_step.get(lang)}</p> })
        }
        (Some(s), _, _) => Either::Right(Either::Left(view! {
            <p class="lead">{assessment.levels[s.level.index()].next_step.get(lang)}</p>
        })),
        _ => Either::Right(Either::Right(view! {
            <p class="lead">{t("walk_summary.take_the_self_check_and")}</p>
        })),
    };

    let qualities = match (&scores, &walked) {
        (Some(_), Some(_)) => {
            let items = plan
                .qualities
                .iter()
                .map(|link| {
                    let q = &assessment.qualities[link.quality];
                    let hurt = if link.hurt.is_empty() {
                        Either::Left(view! { <p class="meta">{t("walk_summary.on_this_journey_the_client")}</p> })
                    } else {
                        let rows = link
                            .hurt
                            .iter()
                            .map(|h| view! { <li><strong>{name_of(h.touchpoint)}</strong>": "{titles(&h.causes)}</li> })
                            .collect_view();
                        Either::Right(view! { <ul class="hurt">{rows}</ul> })
                    };
                    view! {
                        <li class="plan-item">
                            <p class="plan-title">{q.name.get(lang)}</p>
                            {hurt}
                            <p>{q.recommendation.get(lang)}</p>
                        </li>
                    }
                })
                .collect_view();
            Either::Left(view! { <ol class="plan">{items}</ol> })
        }
        (None, _) => Either::Right(Either::Left(view! {
            <p>{t("walk_summary.finish_the_self_check_to")}</p>
            <Go to=Screen::Home label=t("walk_summary.to_the_self_check")/>
        })),
        (Some(_), None) => Either::Right(Either::Right(view! {
            <p>{t("walk_summary.walk_a_customer_journey_to")}</p>
            <Go to=Screen::Journeys label=t("walk_summary.walk_a_journey")/>
        })),
    };

    let to_target = (!shifts.is_empty()).then(|| {
        let rows = shifts
            .iter()
            .map(|s| {
                let text = lang.f(
                    "walk_map.gap_line",
                    &[
                        ("from", &crate::ui::screens::walk::touchpoint::rating_label(s.now)),
                        ("to", &crate::ui::screens::walk::touchpoint::rating_label(s.target)),
                    ],
                );
                view! { <li><strong>{name_of(s.touchpoint)}</strong>" "<span class="meta">{text}</span></li> }
            })
            .collect_view();
        view! {
            <section class="block to-target">
                <h3>{t("walk_map.furthest_from_the_target")}</h3>
                <ol class="moments">{rows}</ol>
            </section>
        }
    });

    let gaps = (!plan.gaps.is_empty()).then(|| {
        let rows = plan
            .gaps
            .iter()
            .map(|g| {
                let causes = walked
                    .as_ref()
                    .and_then(|(j, w)| {
                        let tp = &j.touchpoints[g.touchpoint];
                        w.audit(&tp.id).map(|a| a.causes(ladder, tp.handoff))
                    })
                    .unwrap_or_default();
                let what = titles(&causes);
                let said = match &g.said {
                    Some(s) => {
                        let item = &assessment.items[s.item];
                        let rung = s.rung.map(|r| format!(" ({} {})", crate::ui::screens::walk::touchpoint::rating_label(r), rung_word(r, lang)));
                        Either::Left(view! {
                            <p class="said-q"><span class="label">{t("walk_summary.in_the_self_check")}</span>{item.text.get(lang)}</p>
                            <p class="said-a"><span class="label">{t("walk_summary.you_said")}</span>{item.choices[s.choice].text.get(lang)}{rung}</p>
                        })
                    }
                    None => Either::Right(view! {
                        <p class="meta">{t("walk_summary.none_of_your_answers_is")}</p>
                    }),
                };
                // Nothing recorded of why: still one to fix — add what happened.
                let index = g.touchpoint;
                let ask = g.unexplained.then(|| {
                    let name = lang.f("walk_map.add_what_happened_at", &[("name", &name_of(index))]);
                    view! {
                        <p class="gap-what">{t("walk_summary.nothing_recorded")}</p>
                        <button type="button" class="link to-touchpoint" aria-label=name
                            on:click=move |_| st.go(Screen::Touchpoint { index })>{t("walk_summary.add_what_happened")}</button>
                    }
                });
                view! {
                    <li class="gap">
                        <p class="gap-tp"><Face rating=-1/><strong>{name_of(g.touchpoint)}</strong></p>
                        {(!what.is_empty()).then(|| view! { <p class="gap-what">{what}</p> })}
                        {ask}
                        {(!g.unexplained).then_some(said)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="block">
                <h3>{t("walk_summary.what_you_say_and_what")}</h3>
                <ul class="gaps">{rows}</ul>
            </section>
        }
    });

    // At a glance: the level and the balance.
    // As the result's heading says it: a person between two levels is told so here too.
    let level = scores.as_ref().map(|s| s.verdict.headline(assessment, lang));
    let balance = walked.as_ref().map(|(j, w)| {
        let m = journey_map::map(j, w, ladder);
        (j.name.get(lang).to_string(), m.balance.map_or_else(|| "—".to_string(), crate::walk::slide::signed))
    });
    let glance = view! {
        <dl class="glance">
            <div><dt>{t("walk_summary.level_of_client_orientation")}</dt>
                <dd>{level.clone().unwrap_or_else(|| t("walk_summary.self_check_not_finished").to_string())}</dd></div>
            <div><dt>{t("walk_summary.journey_balance_index")}</dt>
                <dd>{balance.as_ref().map_or_else(|| t("walk_summary.no_journey_walked").to_string(), |(name, b)| format!("{b} · {name}"))}</dd></div>
        </dl>
    };

    let share_answers = finished.then(|| answers.clone());
    // A target is a plan, not what a client got: never shared as a result.
    let share_walk = walked.clone().filter(|(_, w)| !w.target);
    let share = (share_answers.is_some() || share_walk.is_some()).then(|| {
        let summary = summary_of(st, share_answers.as_ref(), share_walk.as_ref().map(|(j, w)| (j, w)), lang);
        ShareWhat { answers: share_answers, walk: share_walk, summary }
    });
    let mut more = Vec::new();
    if walked.is_some() {
        more.push(Action::go(t("walk_summary.journey_map"), Screen::Map));
    }
    if finished {
        more.push(Action::go(t("walk_summary.full_self_check_result"), Screen::Result));
        more.push(Action::go(t("walk_summary.printable_report"), Screen::Report));
    }
    more.push(Action::go(t("walk_summary.home"), Screen::Home));
    let primary = Action::new(t("walk_summary.print_this_plan"), crate::ui::browser::files::print);
    view! {
        <section class="step summary">
            <StepHeading>{t("walk_summary.what_to_do_this_week")}</StepHeading>
            {glance}
            {lead}
            <section class="block">
                <h3>{t("walk_summary.where_your_weak_qualities_hurt")}</h3>
                {qualities}
            </section>
            {to_target}
            {gaps}
            <EndActions primary=primary share=share more=more/>
        </section>
    }
}
