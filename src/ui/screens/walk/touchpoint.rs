//! One touchpoint of the walk, made to be done on a phone: the client's
//! expectation, then the rating first (three large buttons −1 / 0 / +1
//! with a face and a word), then only the behaviours of the chosen rung as
//! compact chips (the common ones first, "more…" for the rest), then the
//! hand-off checks (good outcomes: yes / no / not sure), then a note.
//!
//! The ticks suggest a rating (the seed's rule, `Audit::suggested`): until
//! the person picks one, the suggestion is pre-selected and marked as
//! such, and "Next" accepts it. The suggestion is never written into the
//! chosen rating, so it keeps following later ticks.

use crate::content::RUNGS;
use crate::document::saved::Screen;
use crate::text::lang::Lang;
use crate::ui::screens::walk::editor::{channel_name, client_name};
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::shared::{Face, Go, StepHeading, band_class};
use crate::walk::journey::ClientKind;
use crate::walk::record::{Audit, CheckAnswer, MAX_NOTE_CHARS, Rating};
use leptos::either::Either;
use leptos::prelude::*;

fn update_audit(st: AppState, tp: &str, f: impl FnOnce(&mut Audit)) {
    st.walk.update(|w| {
        if let Some(w) = w {
            f(w.audit_mut(tp));
        }
    });
}

pub fn rating_label(r: i8) -> &'static str {
    crate::document::export::rating_text(Some(r))
}

/// The word on a rating button: short, so three fit side by side on a phone.
pub fn rung_word(r: i8, lang: Lang) -> &'static str {
    match r {
        r if r < 0 => lang.t("walk_touchpoint.disappointed"),
        0 => lang.t("walk_touchpoint.as_expected"),
        _ => lang.t("walk_touchpoint.wow"),
    }
}

#[component]
pub fn WalkStep(index: usize) -> impl IntoView {
    let st = use_state();
    let ladder = &st.content.ladder;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let Some(journey) = st.walked() else {
        return Either::Left(view! {
            <section class="step">
                <StepHeading>{t("walk_touchpoint.no_journey_is_chosen")}</StepHeading>
                <Go to=Screen::Journeys label=t("walk_touchpoint.choose_a_journey") primary=true/>
            </section>
        });
    };
    let total = journey.touchpoints.len();
    let index = index.min(total.saturating_sub(1));
    let tp = journey.touchpoints[index].clone();
    let tp_id = StoredValue::new(tp.id.clone());
    let audit = Memo::new(move |_| {
        st.walk.with(|w| w.as_ref().and_then(|w| tp_id.with_value(|id| w.audit(id).cloned())).unwrap_or_default())
    });
    let initial = st.walk.with_untracked(|w| w.as_ref().and_then(|w| w.audit(&tp.id).cloned()).unwrap_or_default());
    let handoff = tp.handoff;
    // The rating shown: the person's choice, else the suggestion.
    let effective: Memo<Option<Rating>> = Memo::new(move |_| audit.with(|a| a.effective_rating(ladder, handoff)));
    let open = move || effective.get().map(|r| r.value);
    // The rungs (−1, 0, +1 by index) whose every behaviour is shown, not only
    // the common ones: "more" opens the rest of the rung the person chose;
    // before they choose one (nothing, or only a suggestion, which the ticks
    // still move), it opens all three.
    let more = RwSignal::new([false; 3]);
    let rung_index = |r: i8| (r.clamp(-1, 1) + 1) as usize;
    let opened = move |r: i8| more.with(|m| m[rung_index(r)]);
    let everything = move || more.with(|m| m.iter().all(|x| *x));

    let count = lang.f("walk_touchpoint.count", &[("number", &(index + 1)), ("total", &total)]);
    let last = index + 1 == total;
    let next = move |_| {
        // The suggestion counts as the rating: "Next" accepts it as it is.
        if effective.with_untracked(Option::is_none) {
            st.say(st.t("walk_touchpoint.choose_how_it_went_for"));
            st.focus_later("rate-0");
            return;
        }
        if last {
            st.walk.update(|w| {
                if let Some(w) = w {
                    w.finished = true;
                }
            });
            st.finish_walk();
            st.go(Screen::Map);
        } else {
            st.go(Screen::Touchpoint { index: index + 1 });
        }
    };
    let back = move |_| st.go(if index == 0 { Screen::Journeys } else { Screen::Touchpoint { index: index - 1 } });

    // The rating: −1, 0, +1, in that order everywhere.
    let choose = move |r: i8| {
        tp_id.with_value(|tp| update_audit(st, tp, |a| a.rating = Some(r)));
        st.say("");
    };
    let tiles = RUNGS
        .iter()
        .map(|&r| {
            let is_suggested = move || effective.get().is_some_and(|e| e.suggested && e.value == r);
            view! {
                <label class=format!("tile {}", band_class(r)) class:suggested=is_suggested>
                    <input type="radio" name="rating" value=r.to_string() id=format!("rate-{}", r + 1)
                        prop:checked=move || effective.get().is_some_and(|e| e.value == r)
                        on:click=move |_| choose(r)
                        on:change=move |_| choose(r)/>
                    <Face rating=r/>
                    <span class="tile-value">{rating_label(r)}</span>
                    <span class="tile-word">{rung_word(r, lang)}</span>
                    <span class="tile-flag" hidden=move || !is_suggested()>{t("walk_touchpoint.suggested")}</span>
                </label>
            }
        })
        .collect_view();
    let hint = move || {
        let suggested = audit.with(|a| a.suggested(ladder, handoff));
        let chosen = audit.with(|a| a.rating);
        match (chosen, suggested) {
            (None, None) => t("walk_touchpoint.choose_a_rating_or_tick"),
            (None, Some(_)) => t("walk_touchpoint.suggested_by_what_you_ticked"),
            (Some(c), Some(s)) if c != s => match s {
                -1 => t("walk_touchpoint.your_ticks_point_to_a"),
                0 => t("walk_touchpoint.your_ticks_point_to_what"),
                _ => t("walk_touchpoint.your_ticks_point_to_more"),
            },
            _ => "",
        }
    };

    // The choice and the ticks disagree: the person may follow the ticks.
    let differs =
        move || audit.with(|a| a.rating.is_some_and(|c| a.suggested(ladder, handoff).is_some_and(|s| s != c)));

    // What happened: the open rung's chips, common ones first; ticks of
    // other rungs stay in view so they can be taken back.
    let first: Vec<bool> = {
        let mut first = vec![false; ladder.behaviours.len()];
        for r in RUNGS {
            for i in ladder.chips(r).first {
                first[i] = true;
            }
        }
        first
    };
    let chips = ladder
        .behaviours
        .iter()
        .zip(first)
        .map(|(b, first)| {
            let bid = b.id.as_str();
            let rung = b.rung;
            let ticked = move || audit.with(|a| a.ticks.contains(bid));
            let shown = move || ticked() || opened(rung) || (first && open() == Some(rung));
            view! {
                <label class=format!("chip {}", band_class(rung)) hidden=move || !shown()>
                    <input type="checkbox" value=bid prop:checked=ticked
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            tp_id.with_value(|tp| update_audit(st, tp, |a| {
                                if on { a.ticks.insert(bid.to_string()); } else { a.ticks.remove(bid); }
                            }));
                        }/>
                    <span>{b.text.get(lang)}</span>
                </label>
            }
        })
        .collect_view();
    let chosen = move || audit.with(|a| a.rating);
    // How many behaviours the "more" button would add.
    let hidden_count = move || {
        let first = open().map_or(0, |r| ladder.chips(r).first.len());
        match chosen() {
            Some(r) => ladder.behaviours.iter().filter(|b| b.rung == r).count().saturating_sub(first),
            None => ladder.behaviours.len().saturating_sub(first),
        }
    };
    let more_shown = move || match chosen() {
        Some(r) => opened(r) || hidden_count() == 0,
        None => everything(),
    };
    let show_more = move |_| {
        more.update(|m| match chosen() {
            Some(r) => m[rung_index(r)] = true,
            None => *m = [true; 3],
        })
    };
    let chips_legend = move || match (everything(), open()) {
        (false, Some(-1)) => t("walk_touchpoint.what_disappointed_the_client"),
        (false, Some(0)) => t("walk_touchpoint.what_was_just_the_standard"),
        (false, Some(_)) => t("walk_touchpoint.what_went_beyond_expectations"),
        _ => t("walk_touchpoint.what_happened"),
    };
    let has_ticks = move || audit.with(|a| !a.ticks.is_empty());

    // The hand-off: each check a question with three labelled segmented
    // buttons, yes / no / not sure, that fit a phone's width.
    let checks = handoff.then(|| {
        let answers = [
            (CheckAnswer::Yes, t("walk_touchpoint.yes")),
            (CheckAnswer::No, t("walk_touchpoint.no")),
            (CheckAnswer::NotSure, t("walk_touchpoint.not_sure")),
        ];
        let rows = ladder
            .handoff_checks
            .iter()
            .map(|c| {
                let cid = c.id.as_str();
                let options = answers
                    .into_iter()
                    .map(|(value, label)| {
                        view! {
                            <label class=format!("hopt {}", value.id())>
                                <input type="radio" name=format!("check-{cid}") value=value.id()
                                    prop:checked=move || audit.with(|a| a.check(cid) == Some(value))
                                    on:change=move |_| tp_id.with_value(|tp| update_audit(st, tp, |a| { a.checks.insert(cid.to_string(), value); }))/>
                                <span>{label}</span>
                            </label>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="hcheck">
                        <legend class="hq">{c.outcome.get(lang)}</legend>
                        <div class="seg">{options}</div>
                    </fieldset>
                }
            })
            .collect_view();
        view! {
            <section class="handoff-checks" aria-labelledby="handoff-title">
                <h3 id="handoff-title"><HandoffMark/>{t("walk_touchpoint.the_hand_off")}</h3>
                {rows}
            </section>
        }
    });

    let who = tp.who.get(lang).to_string();
    let expectation = match tp.expectation.get(lang) {
        "" => t("walk_touchpoint.not_described").to_string(),
        e => e.to_string(),
    };
    Either::Right(view! {
        <section class="step walk">
            <div class="walk-top">
                <progress class="progress" max=total value=index + 1 aria-label=count.clone()></progress>
                <button type="button" class="link to-map" on:click=move |_| st.go(Screen::Map)>{t("walk_touchpoint.journey_map")}</button>
            </div>
            <StepHeading>
                <span class="count">{count}</span>
                <span class="sr-only">": "</span>
                <span class="prompt">{tp.name.get(lang).to_string()}</span>
            </StepHeading>
            <p class="tp-meta">
                {(!who.is_empty()).then(|| view! { <span>{who}</span> })}
                <span>{channel_name(tp.channel, lang)}</span>
                {(tp.client == ClientKind::Internal).then(|| view! { <span>{client_name(tp.client, lang)}</span> })}
                {handoff.then(|| view! { <span class="badge"><HandoffMark/>{t("walk_touchpoint.hand_off")}</span> })}
            </p>
            <p class="expectation"><span class="label">{t("walk_touchpoint.the_client_expects")}</span>{expectation}</p>
            <fieldset class="rate">
                <legend>{t("walk_touchpoint.how_did_it_go_for")}</legend>
                <div class="tiles">{tiles}</div>
                <p class="hint" hidden=move || hint().is_empty()>{hint}" "
                    <button type="button" class="link" hidden=move || !differs()
                        on:click=move |_| tp_id.with_value(|tp| update_audit(st, tp, |a| a.rating = None))>
                        {t("walk_touchpoint.use_the_suggestion")}
                    </button>
                </p>
            </fieldset>
            <fieldset class="happened" hidden=move || open().is_none() && !everything() && !has_ticks()>
                <legend>{chips_legend}</legend>
                <div class="chips">{chips}</div>
            </fieldset>
            <button type="button" class="link more-chips" hidden=more_shown on:click=show_more>
                {move || match open() {
                    None => lang.t("walk_touchpoint.tick_what_happened").to_string(),
                    Some(_) => lang.f("walk_touchpoint.all_behaviours", &[("hidden", &hidden_count())]),
                }}
            </button>
            {checks}
            <div class="field note-field">
                <label for="note">{t("walk_touchpoint.note_optional")}</label>
                <textarea id="note" rows="1" maxlength=MAX_NOTE_CHARS.to_string() prop:value=initial.note.clone()
                    on:input=move |ev| {
                        let v: String = event_target_value(&ev).chars().take(MAX_NOTE_CHARS).collect();
                        tp_id.with_value(|tp| update_audit(st, tp, |a| a.note = v));
                    }></textarea>
            </div>
            <div class="nav">
                <button type="button" on:click=back>{t("walk_touchpoint.back")}</button>
                <button type="button" class="primary next" on:click=next>{if last { t("walk_touchpoint.see_the_journey_map") } else { t("walk_touchpoint.next") }}</button>
            </div>
        </section>
    })
}

/// The diamond that marks a hand-off, on the touchpoint and on the map.
#[component]
pub fn HandoffMark() -> impl IntoView {
    view! {
        <svg class="handoff-mark" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d="M10 2 L18 10 L10 18 L2 10 Z"></path>
        </svg>
    }
}
