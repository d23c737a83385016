//! The journey map as journey-mapping tools draw it: touchpoints as
//! columns (name and department, hand-offs marked), an emotion row (the
//! ladder curve with faces), and rows for what the client expected, what
//! happened and what to fix; a legend; the balance index with its counts;
//! what to fix first and the weakest hand-off. On a phone the grid scrolls
//! sideways in its own box with the row names fixed; on a desktop it uses
//! the width. It exports as a slide-sized SVG or PNG and prints on one A4
//! landscape page.

use crate::document::saved::Screen;
use crate::ui::browser::files;
use crate::ui::screens::walk::journeys::copy_and_edit;
use crate::ui::screens::walk::touchpoint::{HandoffMark, rating_label, rung_word};
use crate::ui::state::use_state;
use crate::ui::widgets::share_link::{ShareWhat, walk_summary};
use crate::ui::widgets::shared::{Action, EndActions, Face, Go, StepHeading, band_class};
use crate::walk::journey::Journey;
use crate::walk::map::{self as journey_map, Legend};
use crate::walk::record::Walk;
use leptos::either::Either;
use leptos::prelude::*;

/// "+20", "0", "−35": the balance index as people write it.
pub fn signed(n: i32) -> String {
    crate::walk::slide::signed(n)
}

#[component]
pub fn Map() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let (Some(journey), Some(walk)) = (st.walked(), st.walk.get_untracked()) else {
        return Either::Left(view! {
            <section class="step">
                <StepHeading>{t("walk_map.no_journey_is_chosen")}</StepHeading>
                <Go to=Screen::Journeys label=t("walk_map.choose_a_journey") primary=true/>
            </section>
        });
    };
    let heading = lang.f("walk_map.heading", &[("name", &journey.name.get(lang))]);
    let summary = walk_summary(st, &journey, &walk, lang);
    let source = StoredValue::new((journey.clone(), walk.clone()));
    let own = st.is_own(&journey.id);
    let edit = if own {
        let id = journey.id.clone();
        Action::new(t("walk_map.edit_the_journey"), move || st.go(Screen::Editor { journey: id.clone() }))
    } else {
        Action::new(t("walk_map.copy_and_edit_the_journey"), move || {
            source.with_value(|(j, _)| copy_and_edit(st, j, lang))
        })
    };
    let more = vec![
        Action::new(t("walk_map.download_as_a_picture_png"), move || {
            let svg = source.with_value(|(j, w)| crate::walk::slide::svg(j, w, &st.content.ladder, lang));
            files::download_png(
                "customer-journey.png",
                &svg,
                crate::walk::slide::WIDTH as u32,
                crate::walk::slide::HEIGHT as u32,
            );
        }),
        Action::new(t("walk_map.download_for_a_slide_svg"), move || {
            let svg = source.with_value(|(j, w)| crate::walk::slide::svg(j, w, &st.content.ladder, lang));
            files::download("customer-journey.svg", "image/svg+xml", &svg);
        }),
        Action::new(t("walk_map.print_pdf"), files::print),
        Action::new(t("walk_map.download_a_table_csv"), move || {
            let text = source.with_value(|(j, w)| {
                crate::document::export::csv(st.content, st.role().as_deref(), lang, None, Some((j, w)))
            });
            files::download("service-ladder-journey.csv", "text/csv;charset=utf-8", &text);
        }),
        Action::new(t("walk_map.download_as_mermaid"), move || {
            let text = source.with_value(|(j, w)| crate::document::export::mermaid(j, w, &st.content.ladder, lang));
            files::download("customer-journey.mmd", "text/plain;charset=utf-8", &text);
        }),
        Action::go(t("walk_map.change_ratings"), Screen::Touchpoint { index: 0 }),
        edit,
        Action::go(t("walk_map.other_journeys"), Screen::Journeys),
        Action::go(t("walk_map.home"), Screen::Home),
    ];
    Either::Right(view! {
        <section class="step map">
            <StepHeading>{heading}</StepHeading>
            <MapBody journey=journey.clone() walk=walk.clone()/>
            <EndActions
                primary=Action::go(t("walk_map.what_to_do_this_week"), Screen::Summary)
                share=Some(ShareWhat { answers: None, walk: Some((journey, walk)), summary })
                more=more/>
        </section>
    })
}

/// Where the curve crosses the emotion row, in a 0…90 box: +1 at the top.
fn level(r: i8) -> i32 {
    15 + 30 * (1 - i32::from(r.clamp(-1, 1)))
}

/// Everything a journey map shows: the balance with its counts, the grid
/// with its legend, what to fix first and the weakest hand-off.
#[component]
pub fn MapBody(
    journey: Journey,
    walk: Walk,
    /// Show the journey's name as a heading (when the screen's does not).
    #[prop(optional)]
    titled: bool,
) -> impl IntoView {
    let st = use_state();
    let ladder = &st.content.ladder;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let m = journey_map::map(&journey, &walk, ladder);
    let grid = journey_map::grid(&journey, &walk, ladder);
    let name_of = |i: usize| journey.touchpoints[i].name.get(lang).to_string();

    let c = m.counts;
    let balance = m.balance.map_or_else(|| "—".to_string(), signed);
    let counts = [(-1i8, c.disappointment), (0, c.standard), (1, c.wow)]
        .into_iter()
        .map(|(r, n)| {
            view! {
                <div class=band_class(r)>
                    <dt><Face rating=r/>{format!("{} {}", rating_label(r), rung_word(r, lang))}</dt>
                    <dd>{n}</dd>
                </div>
            }
        })
        .collect_view();
    let unrated = (c.unrated > 0).then(|| {
        view! { <div><dt>{t("walk_map.not_rated")}</dt><dd>{c.unrated}</dd></div> }
    });

    // The grid: a column per touchpoint.
    let n = grid.columns.len();
    let heads = grid
        .columns
        .iter()
        .map(|col| {
            view! {
                <th scope="col" class:handoff=col.handoff>
                    <span class="col-n">{col.touchpoint + 1}</span>
                    <span class="col-name">{col.name.get(lang).to_string()}</span>
                    {(!col.who.get(lang).is_empty()).then(|| view! { <span class="col-who">{col.who.get(lang).to_string()}</span> })}
                    {col.handoff.then(|| view! { <span class="col-handoff"><HandoffMark/>{ladder.handoff.name.get(lang)}</span> })}
                </th>
            }
        })
        .collect_view();
    let ratings: Vec<Option<i8>> = grid.columns.iter().map(|c| c.emotion.map(|e| e.rating.value)).collect();
    let emotions = grid
        .columns
        .iter()
        .enumerate()
        .map(|(i, col)| {
            let Some(e) = col.emotion else {
                return Either::Left(view! { <td class="emo none"><span class="emo-word">{t("walk_map.not_rated_2")}</span></td> });
            };
            let r = e.rating.value;
            let y = level(r);
            // The curve comes in from halfway to the previous point and goes
            // out halfway to the next one, so it runs on across the columns.
            let mut d = String::new();
            if let Some(Some(p)) = i.checked_sub(1).map(|p| ratings[p]) {
                d.push_str(&format!("M0 {} L50 {y}", (level(p) + y) / 2));
            } else {
                d.push_str(&format!("M50 {y}"));
            }
            if let Some(Some(nx)) = ratings.get(i + 1) {
                d.push_str(&format!(" L100 {}", (level(*nx) + y) / 2));
            }
            let word = format!("{} {}", rating_label(r), rung_word(r, lang));
            Either::Right(view! {
                <td class=format!("emo r{} {}", r + 1, band_class(r)) class:suggested=e.rating.suggested>
                    <div class="emo-plot">
                        <svg class="emo-curve" viewBox="0 0 100 90" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <path d=d vector-effect="non-scaling-stroke"></path>
                        </svg>
                        <Face rating=r/>
                    </div>
                    <span class="emo-word">{word}</span>
                    {e.rating.suggested.then(|| view! { <span class="emo-flag">{t("walk_map.suggested")}</span> })}
                </td>
            })
        })
        .collect_view();
    let expected =
        grid.columns.iter().map(|col| view! { <td>{col.expected.get(lang).to_string()}</td> }).collect_view();
    let happened = grid
        .columns
        .iter()
        .map(|col| {
            let ticks = col.happened.iter().map(|&b| {
                let b = &ladder.behaviours[b];
                view! { <li class=band_class(b.rung)>{b.text.get(lang)}</li> }
            });
            let failed = col
                .failed_checks
                .iter()
                .map(|&f| view! { <li class="bad">{ladder.handoff_checks[f].failed.get(lang)}</li> });
            let items: Vec<_> = ticks.map(Either::Left).chain(failed.map(Either::Right)).collect();
            if items.is_empty() {
                Either::Left(view! { <td class="empty">"—"</td> })
            } else {
                Either::Right(view! { <td><ul class="tags">{items}</ul></td> })
            }
        })
        .collect_view();
    let fixes = grid
        .columns
        .iter()
        .map(|col| {
            if col.fix.is_empty() {
                return Either::Left(view! { <td class="empty">"—"</td> });
            }
            let items = col
                .fix
                .iter()
                .map(|cause| {
                    let fix = cause.fix(ladder).map(|f| f.get(lang)).unwrap_or_default();
                    let inferred = cause
                        .inferred()
                        .then(|| view! { <span class="inferred">{t("walk_map.from_a_hand_off_check")}</span> });
                    view! { <li>{fix}{inferred}</li> }
                })
                .collect_view();
            Either::Right(view! { <td><ul class="fixes">{items}</ul></td> })
        })
        .collect_view();
    let notes = grid.columns.iter().any(|c| !c.note.trim().is_empty()).then(|| {
        let cells =
            grid.columns.iter().map(|col| view! { <td class="note">{col.note.trim().to_string()}</td> }).collect_view();
        view! { <tr><th scope="row">{t("walk_map.notes")}</th>{cells}</tr> }
    });

    let legend = grid
        .legend
        .iter()
        .map(|item| match *item {
            Legend::Rung(r) => Either::Left(view! {
                <li><Face rating=r/><span><strong>{rating_label(r)}" "{ladder.rung(r).name.get(lang)}</strong>" — "{ladder.rung(r).meaning.get(lang)}</span></li>
            }),
            Legend::Handoff => Either::Right(Either::Left(view! {
                <li><HandoffMark/><span><strong>{ladder.handoff.name.get(lang)}</strong>" — "{ladder.handoff.meaning.get(lang)}</span></li>
            })),
            Legend::Suggested => Either::Right(Either::Right(Either::Left(view! {
                <li><span class="legend-flag">{t("walk_map.suggested")}</span><span>{t("walk_map.the_rating_was_suggested_by")}</span></li>
            }))),
            Legend::Unrated => Either::Right(Either::Right(Either::Right(view! {
                <li><span class="legend-flag none">"—"</span><span>{t("walk_map.a_touchpoint_not_rated")}</span></li>
            }))),
        })
        .collect_view();

    let weakest = m.weakest_handoff.as_ref().map(|h| {
        let rating = h.rating.map_or("—", rating_label);
        let (number, name) = (h.touchpoint + 1, name_of(h.touchpoint));
        let args: [(&str, &dyn std::fmt::Display); 5] = [
            ("number", &number),
            ("name", &name),
            ("rating", &rating),
            ("failed", &h.failed),
            ("answered", &h.answered),
        ];
        let text = if h.answered == 0 {
            lang.f("walk_map.weakest_unchecked", &args)
        } else {
            lang.f("walk_map.weakest_failed", &args)
        };
        let failed = h
            .failed_checks
            .iter()
            .map(|&c| view! { <li>{ladder.handoff_checks[c].failed.get(lang)}</li> })
            .collect_view();
        view! {
            <section class="block weakest">
                <h3>{t("walk_map.weakest_hand_off")}</h3>
                <p>{text}</p>
                <ul class="behaviours">{failed}</ul>
            </section>
        }
    });

    let fix_first = if m.fix_first.is_empty() {
        Either::Left(view! { <p>{t("walk_map.no_disappointments_were_ticked_keep")}</p> })
    } else {
        let items = m
            .fix_first
            .iter()
            .map(|f| {
                let title = f.cause.title(ladder).map(|x| x.get(lang)).unwrap_or_default();
                let advice = f.cause.fix(ladder).map(|x| x.get(lang)).unwrap_or_default();
                let inferred = f.inferred().then(|| {
                    view! { <p class="meta">{t("walk_map.not_ticked_inferred_from_a")}</p> }
                });
                let seen = f.touchpoints.iter().map(|&i| name_of(i)).collect::<Vec<_>>().join(", ");
                let seen = lang.f("walk_map.seen_at_seen", &[("seen", &seen)]);
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
        Either::Right(view! { <ol class="moments fix-list">{items}</ol> })
    };

    let title = titled.then(|| {
        let text = lang.f("walk_map.customer_journey", &[("name", &journey.name.get(lang))]);
        view! { <h3 class="big">{text}</h3> }
    });
    let caption = lang.f("walk_map.caption", &[("name", &journey.name.get(lang))]);
    view! {
        <div class="map-body">
            {title}
            <div class="balance">
                <p class="balance-value">
                    <span class="label">{t("walk_map.balance_index")}</span>
                    <strong>{balance}</strong>
                </p>
                <dl class="counts">{counts}{unrated}</dl>
                <p class="meta">{t("walk_map.share_of_1_ratings_minus")}</p>
            </div>
            <div class="grid-box" role="region" tabindex="0" aria-label=caption>
                <table class="journey-grid" style:--cols=n.to_string()>
                    <caption class="sr-only">{caption.clone()}</caption>
                    <thead><tr><td class="corner"></td>{heads}</tr></thead>
                    <tbody>
                        <tr class="row-emotion"><th scope="row">{t("walk_map.feeling")}</th>{emotions}</tr>
                        <tr><th scope="row">{t("walk_map.expected")}</th>{expected}</tr>
                        <tr><th scope="row">{t("walk_map.what_happened")}</th>{happened}</tr>
                        <tr><th scope="row">{t("walk_map.what_to_fix")}</th>{fixes}</tr>
                        {notes}
                    </tbody>
                </table>
            </div>
            <ul class="legend" aria-label=t("walk_map.legend")>{legend}</ul>
            <section class="block fix-first">
                <h3>{t("walk_map.fix_first")}</h3>
                {fix_first}
            </section>
            {weakest}
        </div>
    }
}
