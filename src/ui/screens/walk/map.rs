//! The journey map as journey-mapping tools draw it: touchpoints as
//! columns (name and department, hand-offs marked), an emotion row (the
//! ladder curve with faces), and rows for what the client expected, what
//! happened and what to fix; a legend; the balance index with its counts;
//! what to fix first (every touchpoint rated −1 among it, ticks or not) and
//! the weakest hand-off. Below 600 px the map is the whole curve as one
//! small picture, then what to fix first, then a card per touchpoint, with
//! the grid behind "Show as a table" (it then scrolls sideways in its own
//! box with the row names fixed); on a desktop and on paper the grid uses
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
use crate::walk::record::{Cause, Walk};
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
    let name = journey.name.get(lang);
    let heading = if walk.target {
        lang.f("walk_map.heading_target", &[("name", &name)])
    } else {
        lang.f("walk_map.heading", &[("name", &name)])
    };
    // A target is a plan, not what clients got: it is not sent or shared
    // as a result (a link would carry it as the current state).
    let shareable = !walk.target;
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
            <MapBody journey=journey.clone() walk=walk.clone() linked=true/>
            <EndActions
                primary=Action::go(t("walk_map.what_to_do_this_week"), Screen::Summary)
                share=shareable.then_some(ShareWhat { answers: None, walk: Some((journey, walk)), summary })
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
    /// Touchpoints to fix open the walk at them (the person's own map; not
    /// someone else's walk seen from a link).
    #[prop(optional)]
    linked: bool,
) -> impl IntoView {
    let st = use_state();
    let ladder = &st.content.ladder;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let m = journey_map::map(&journey, &walk, ladder);
    let grid = journey_map::grid(&journey, &walk, ladder);
    // On the person's own map: their newest walk of the other kind (the
    // target beside the current state, or the reverse).
    let beside = linked
        .then(|| st.history.with_untracked(|h| crate::document::history::latest_walk(h, &journey, !walk.target)))
        .flatten();
    let (now, goal) = match &beside {
        Some(b) if walk.target => (Some(b), Some(&walk)),
        Some(b) => (Some(&walk), Some(b)),
        None => (None, None),
    };
    let shifts = now.zip(goal).map(|(n, g)| crate::walk::target::gaps(&journey, n, g, ladder)).unwrap_or_default();
    let name_of = |i: usize| journey.touchpoints[i].name.get(lang).to_string();
    // A touchpoint to fix: on the person's own map a button that opens it.
    let go_to = |i: usize| {
        let label = format!("{}. {}", i + 1, name_of(i));
        if linked {
            Either::Left(view! {
                <button type="button" class="link to-touchpoint" on:click=move |_| st.go(Screen::Touchpoint { index: i })>{label.clone()}</button>
                <span class="print-only">{label}</span>
            })
        } else {
            Either::Right(view! { <span>{label}</span> })
        }
    };
    // The ask in a −1 cell with nothing recorded.
    let ask = |i: usize| {
        let label = t("walk_map.add_what_happened");
        if linked {
            let name = lang.f("walk_map.add_what_happened_at", &[("name", &name_of(i))]);
            Either::Left(view! {
                <button type="button" class="link to-touchpoint" aria-label=name on:click=move |_| st.go(Screen::Touchpoint { index: i })>{label}</button>
                <span class="print-only">{label}</span>
            })
        } else {
            Either::Right(view! { <span>{label}</span> })
        }
    };

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
            if col.unexplained {
                return Either::Left(Either::Right(view! { <td class="ask">{ask(col.touchpoint)}</td> }));
            }
            if col.fix.is_empty() {
                return Either::Left(Either::Left(view! { <td class="empty">"—"</td> }));
            }
            Either::Right(view! { <td>{fix_list(&col.fix, ladder, lang)}</td> })
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

    // Touchpoints rated −1 with nothing recorded: each a thing to fix, with
    // a way to add what happened there.
    let unexplained = (!m.unexplained.is_empty()).then(|| {
        let n = m.unexplained.len();
        let title = lang.p("walk_map.unexplained", n as i64, &[]);
        let places = m.unexplained.iter().map(|&i| view! { <li>{go_to(i)}</li> }).collect_view();
        view! {
            <li class="unexplained">
                <p class="tp-name">{title}</p>
                <p>{t("walk_map.unexplained_advice")}</p>
                <ul class="tp-links">{places}</ul>
            </li>
        }
    });
    let fix_first = if m.things_to_fix() == 0 {
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
        Either::Right(view! { <ol class="moments fix-list">{unexplained}{items}</ol> })
    };

    // On a phone: the whole journey as one picture, and each touchpoint as a card.
    let target_grid = now.zip(goal).map(|(_, g)| journey_map::grid(&journey, g, ladder));
    let now_grid = now.zip(goal).map(|(n, _)| journey_map::grid(&journey, n, ladder));
    let curve = match (&now_grid, &target_grid) {
        (Some(n), Some(g)) => Either::Left(map_curve(n, Some(g), &journey, lang)),
        _ => Either::Right(map_curve(&grid, None, &journey, lang)),
    };
    let to_target = (!shifts.is_empty() || now.is_some()).then(|| {
        let items = shifts
            .iter()
            .map(|s| {
                let text =
                    lang.f("walk_map.gap_line", &[("from", &rating_label(s.now)), ("to", &rating_label(s.target))]);
                view! { <li>{go_to(s.touchpoint)}" "<span class="meta">{text}</span></li> }
            })
            .collect_view();
        view! {
            <section class="block to-target">
                <h3>{t("walk_map.furthest_from_the_target")}</h3>
                {shifts.is_empty().then(|| view! { <p>{t("walk_map.at_the_target")}</p> })}
                <ol class="moments">{items}</ol>
            </section>
        }
    });
    let cards = grid
        .columns
        .iter()
        .map(|col| {
            let face = col.emotion.map(|e| {
                let r = e.rating.value;
                let flag = e.rating.suggested.then(|| view! { <span class="emo-flag">{t("walk_map.suggested")}</span> });
                view! { <span class=format!("card-rating {}", band_class(r))><Face rating=r/>{format!("{} {}", rating_label(r), rung_word(r, lang))}{flag}</span> }
            });
            let unrated = col.emotion.is_none().then(|| view! { <span class="card-rating none">{t("walk_map.not_rated_2")}</span> });
            let happened: Vec<_> = col
                .happened
                .iter()
                .map(|&b| {
                    let b = &ladder.behaviours[b];
                    Either::Left(view! { <li class=band_class(b.rung)>{b.text.get(lang)}</li> })
                })
                .chain(col.failed_checks.iter().map(|&f| {
                    Either::Right(view! { <li class="bad">{ladder.handoff_checks[f].failed.get(lang)}</li> })
                }))
                .collect();
            let happened = if happened.is_empty() {
                Either::Left(view! { <dd class="empty">"—"</dd> })
            } else {
                Either::Right(view! { <dd><ul class="tags">{happened}</ul></dd> })
            };
            let fix = if col.unexplained {
                Either::Left(view! { <dd class="ask">{ask(col.touchpoint)}</dd> })
            } else if col.fix.is_empty() {
                Either::Right(Either::Left(view! { <dd class="empty">"—"</dd> }))
            } else {
                Either::Right(Either::Right(view! { <dd>{fix_list(&col.fix, ladder, lang)}</dd> }))
            };
            let note = (!col.note.trim().is_empty()).then(|| {
                view! { <dt>{t("walk_map.notes")}</dt><dd class="note">{col.note.trim().to_string()}</dd> }
            });
            let expected = match col.expected.get(lang) {
                "" => "—".to_string(),
                e => e.to_string(),
            };
            view! {
                <li class="tp-card" class:handoff=col.handoff>
                    <h3 class="card-head">
                        <span class="col-n">{col.touchpoint + 1}</span>
                        <span class="col-name">{col.name.get(lang).to_string()}</span>
                    </h3>
                    <p class="card-meta">
                        {face}{unrated}
                        {(!col.who.get(lang).is_empty()).then(|| view! { <span class="col-who">{col.who.get(lang).to_string()}</span> })}
                        {col.handoff.then(|| view! { <span class="col-handoff"><HandoffMark/>{ladder.handoff.name.get(lang)}</span> })}
                    </p>
                    <dl>
                        <dt>{t("walk_map.expected")}</dt><dd>{expected}</dd>
                        <dt>{t("walk_map.what_happened")}</dt>{happened}
                        <dt>{t("walk_map.what_to_fix")}</dt>{fix}
                        {note}
                    </dl>
                </li>
            }
        })
        .collect_view();
    let table = RwSignal::new(false);

    let title = titled.then(|| {
        let text = lang.f("walk_map.customer_journey", &[("name", &journey.name.get(lang))]);
        view! { <h3 class="big">{text}</h3> }
    });
    let caption = lang.f("walk_map.caption", &[("name", &journey.name.get(lang))]);
    let toggle = move || if table.get() { t("walk_map.show_as_cards") } else { t("walk_map.show_as_a_table") };
    view! {
        <div class="map-body" class:as-table=move || table.get()>
            {title}
            {curve}
            {to_target}
            <div class="balance">
                <p class="balance-value">
                    <span class="label">{t("walk_map.balance_index")}</span>
                    <strong>{balance}</strong>
                </p>
                <dl class="counts">{counts}{unrated}</dl>
                <p class="meta">{t("walk_map.share_of_1_ratings_minus")}</p>
            </div>
            <section class="block fix-first">
                <h3>{t("walk_map.fix_first")}</h3>
                {fix_first}
            </section>
            {weakest}
            <button type="button" class="table-toggle" aria-pressed=move || table.get().to_string()
                on:click=move |_| table.update(|v| *v = !*v)>{toggle}</button>
            <ol class="tp-cards" aria-label=t("walk_map.touchpoints")>{cards}</ol>
            <div class="grid-box" role="region" tabindex="0" aria-label=caption.clone()>
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
        </div>
    }
}

/// A touchpoint's fixes, in the grid's cell and on the phone's card alike:
/// each behaviour's or failed check's fix, those read from a hand-off
/// check marked so.
fn fix_list(causes: &[Cause], ladder: &crate::content::Ladder, lang: crate::text::lang::Lang) -> impl IntoView + use<> {
    let items = causes
        .iter()
        .map(|cause| {
            let fix = cause.fix(ladder).map(|f| f.get(lang).to_string()).unwrap_or_default();
            let inferred = cause
                .inferred()
                .then(|| view! { <span class="inferred">{lang.t("walk_map.from_a_hand_off_check")}</span> });
            view! { <li>{fix}{inferred}</li> }
        })
        .collect_view();
    view! { <ul class="fixes">{items}</ul> }
}

/// The whole journey's emotion curve as one small picture (the slide's
/// drawing, `slide::curve`), numbered as the cards are: on a phone it is
/// the map at a glance.
fn map_curve(
    grid: &journey_map::Grid,
    target: Option<&journey_map::Grid>,
    journey: &Journey,
    lang: crate::text::lang::Lang,
) -> impl IntoView + use<> {
    use crate::walk::slide::{band_y, column_x, curve, mouth};
    let n = grid.columns.len().max(1);
    // A few touchpoints get room; many share a phone's width.
    let col = if n <= 6 { 64 } else { (384 / n as i32).max(12) };
    let band = 28;
    let (w, h) = (col * n as i32, band * 3 + 18);
    let face = (col - 8).min(band - 2).min(26);
    let ratings: Vec<_> = grid.columns.iter().map(|c| c.emotion.map(|e| e.rating)).collect();
    let line = curve(&ratings, 0, 0, col, band);
    // The target as a dashed line with small marks, under the faces.
    let goal = target.map(|g| {
        let ratings: Vec<_> = g.columns.iter().map(|c| c.emotion.map(|e| e.rating)).collect();
        let line = curve(&ratings, 0, 0, col, band);
        let marks = line
            .points
            .iter()
            .map(|p| view! { <rect class="target-mark" x=(p.x - 4).to_string() y=(p.y - 4).to_string() width="8" height="8"></rect> })
            .collect_view();
        view! { <path class="curve-line target" d=line.path.clone()></path>{marks} }
    });
    // Said in words for a screen reader: each touchpoint and its rating.
    let said_of = |g: &journey_map::Grid| {
        g.columns
            .iter()
            .map(|c| {
                let r = c.emotion.map_or_else(
                    || lang.t("walk_map.not_rated_2").to_string(),
                    |e| rating_label(e.rating.value).to_string(),
                );
                format!("{}. {}: {}", c.touchpoint + 1, c.name.get(lang), r)
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let goal_said = target.map(said_of);
    let bands = [1i8, 0, -1]
        .into_iter()
        .map(|r| view! { <rect class=format!("curve-band {}", band_class(r)) x="0" y=(band_y(0, band, r) - band / 2).to_string() width=w.to_string() height=band.to_string()></rect> })
        .collect_view();
    let faces = line
        .points
        .iter()
        .map(|p| {
            let cls = format!("curve-face {}", band_class(p.rating));
            view! {
                <svg class=cls class:suggested=p.suggested x=(p.x - face / 2).to_string() y=(p.y - face / 2).to_string()
                    width=face.to_string() height=face.to_string() viewBox="0 0 40 40" aria-hidden="true">
                    <circle class="face-disc" cx="20" cy="20" r="18"></circle>
                    <circle class="face-eye" cx="14" cy="16" r="2.4"></circle>
                    <circle class="face-eye" cx="26" cy="16" r="2.4"></circle>
                    <path class="face-mouth" d=mouth(journey_map::Face::of(p.rating))></path>
                </svg>
            }
        })
        .collect_view();
    let numbers = (0..grid.columns.len())
        .map(|i| view! { <text class="curve-n" x=column_x(0, col, i).to_string() y=(h - 4).to_string() text-anchor="middle">{(i + 1).to_string()}</text> })
        .collect_view();
    let said = said_of(grid);
    let label = match &goal_said {
        Some(g) => {
            lang.f("walk_map.curves_label", &[("name", &journey.name.get(lang)), ("points", &said), ("target", g)])
        }
        None => lang.f("walk_map.curve_label", &[("name", &journey.name.get(lang)), ("points", &said)]),
    };
    let both = target.is_some();
    let legend = both.then(|| {
        view! {
            <figcaption class="curve-legend">
                <span class="now">{lang.t("walk_map.now_line")}</span>
                <span class="target">{lang.t("walk_map.target_line")}</span>
            </figcaption>
        }
    });
    view! {
        <figure class="map-curve" class:both=both>
            <svg class="curve" viewBox=format!("0 0 {w} {h}") role="img" aria-label=label>
                {bands}
                {goal}
                <path class="curve-line" d=line.path.clone()></path>
                {faces}
                {numbers}
            </svg>
            {legend}
        </figure>
    }
}
