//! The team focus on screen and in print (issue 20): one thing to work on
//! next month, from the most common growth quality and the weakest
//! touchpoint, with the content's own recommendation and principle; the
//! manager sets it with an owner and a date, and it is kept with the
//! collection. Below it, whether the focus of the latest earlier kept
//! collection moved. The words are built once (`FocusWords`) for both.

use crate::content::Content;
use crate::team::compare::Change;
use crate::team::focus::{Focus, Moved, NoFocus, Suggestion, place};
use crate::team::slides::signed;
use crate::text::lang::Lang;
use crate::ui::screens::team::parts::{ChangeTable, TrendMark, quality_name};
use crate::ui::screens::team::work::{Figures, keep_if_saved, with_work};
use crate::ui::state::use_state;
use leptos::prelude::*;
use std::rc::Rc;

/// What a focus says, in words.
pub struct FocusWords {
    /// The quality, with its figures here.
    pub quality: Option<String>,
    /// The touchpoint, with its figures here.
    pub touchpoint: Option<String>,
    /// The one action (the quality's recommendation, or what to do at the touchpoint).
    pub action: String,
    /// The principle of quality service behind the quality: name and text.
    pub principle: Option<(String, String)>,
    /// Who and by when, once set.
    pub owner: Option<String>,
}

/// A touchpoint's name with its journey's.
fn touchpoint_name(c: &Content, key: &crate::team::entry::JourneyKey, t: usize, lang: Lang) -> (String, String) {
    let (journey, tp) = place(c, key, t);
    (journey.get(lang).to_string(), tp.get(lang).to_string())
}

/// The words of a focus (set or suggested); `None` when there is none.
pub fn focus_words(c: &Content, s: &Suggestion, set: Option<&Focus>, lang: Lang) -> Option<FocusWords> {
    let quality_at = set.map_or_else(|| s.growth.as_ref().map(|g| g.quality), |f| f.quality);
    let touchpoint_at =
        set.map_or_else(|| s.weakest.as_ref().map(|w| (w.journey.clone(), w.touchpoint)), |f| f.touchpoint.clone());
    if quality_at.is_none() && touchpoint_at.is_none() {
        return None;
    }
    let quality = quality_at.map(|q| {
        let name = quality_name(c, q, lang);
        match s.growth.as_ref().filter(|g| g.quality == q) {
            Some(g) => lang.f(
                "team_focus.quality",
                &[
                    ("quality", &name),
                    ("n", &g.people),
                    ("of", &g.of),
                    ("pct", &g.share()),
                    ("median", &g.median.map_or_else(|| "—".to_string(), |m| m.to_string())),
                ],
            ),
            None => lang.f("team_focus.quality_plain", &[("quality", &name)]),
        }
    });
    let touchpoint = touchpoint_at.as_ref().map(|(key, t)| {
        let (journey, name) = touchpoint_name(c, key, *t, lang);
        match s.weakest.as_ref().filter(|w| &w.journey == key && w.touchpoint == *t) {
            Some(w) => lang.f(
                "team_focus.touchpoint",
                &[
                    ("touchpoint", &name),
                    ("journey", &journey),
                    ("balance", &signed(w.balance)),
                    ("bad", &w.counts.disappointment),
                    ("rated", &w.counts.rated()),
                ],
            ),
            None => lang.f("team_focus.touchpoint_plain", &[("touchpoint", &name), ("journey", &journey)]),
        }
    });
    let action = match (quality_at.and_then(|q| c.assessment.qualities.get(q)), &touchpoint_at) {
        (Some(q), _) => q.recommendation.get(lang).to_string(),
        (None, Some((key, t))) => {
            let (journey, name) = touchpoint_name(c, key, *t, lang);
            lang.f("team_focus.touchpoint_action", &[("touchpoint", &name), ("journey", &journey)])
        }
        (None, None) => String::new(),
    };
    let principle = quality_at
        .and_then(|q| c.concepts.principles_for_quality(q).next())
        .map(|p| (p.name.get(lang).to_string(), p.text.get(lang).to_string()));
    let owner = set.map(|f| {
        let who = if f.owner.is_empty() { lang.t("team_focus.no_owner").to_string() } else { f.owner.clone() };
        match f.due {
            Some(d) => lang.f("team_focus.owner_due", &[("owner", &who), ("date", &crate::document::share::date(d))]),
            None => lang.f("team_focus.owner_only", &[("owner", &who)]),
        }
    });
    Some(FocusWords { quality, touchpoint, action, principle, owner })
}

/// Why no focus is suggested, in a sentence.
pub fn none_words(n: NoFocus, threshold: usize, lang: Lang) -> String {
    match n {
        NoFocus::Below(b) => lang.f("team_focus.none_below", &[("n", &b.people), ("threshold", &b.threshold)]),
        NoFocus::Nothing => lang.f("team_focus.none_nothing", &[("threshold", &threshold)]),
    }
}

/// The focus on screen: what it is, why, and the owner and date to set.
#[component]
pub fn FocusView(figures: Rc<Figures>) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let set = figures.focus.clone();
    let words = focus_words(c, &figures.suggestion, set.as_ref(), lang);
    let threshold = figures.overview.groups.threshold;
    let owner_in = RwSignal::new(set.as_ref().map(|f| f.owner.clone()).unwrap_or_default());
    let due_in = RwSignal::new(set.as_ref().and_then(|f| f.due).map(crate::document::share::date).unwrap_or_default());
    let suggestion = figures.suggestion.clone();
    let is_set = set.is_some();
    let apply = move |_| {
        let owner = owner_in.get_untracked();
        let due = crate::team::entry::day_of(&due_in.get_untracked());
        let saved = with_work(st, |w| {
            let focus = match w.collection.focus() {
                // Set already: the owner and date change, the focus stays.
                Some(f) => Some(Focus { owner: owner.clone(), due, ..f.clone() }),
                None => Focus::of(&suggestion, &owner, due),
            };
            w.collection.set_focus(focus);
            w.saved_as.is_some()
        })
        .unwrap_or(false);
        let kept = keep_if_saved(st);
        st.redraw();
        st.say(if saved && kept { t("team_focus.set_kept") } else { t("team_focus.set_not_kept") });
        st.focus_later("team-focus-title");
    };
    let clear = move |_| {
        with_work(st, |w| w.collection.set_focus(None));
        keep_if_saved(st);
        st.redraw();
        st.say(t("team_focus.cleared"));
        st.focus_later("team-focus-title");
    };
    let body = match words {
        Some(w) => {
            let principle = w.principle.map(|(name, text)| {
                view! {
                    <details class="principle">
                        <summary>{lang.f("team_focus.principle", &[("name", &name)])}</summary>
                        <p>{text}</p>
                    </details>
                }
            });
            leptos::either::Either::Left(view! {
                <p class="meta">{if is_set { t("team_focus.set_lead") } else { t("team_focus.suggested_lead") }}</p>
                <ul class="team-focus-why">
                    {w.quality.map(|q| view! { <li>{q}</li> })}
                    {w.touchpoint.map(|x| view! { <li>{x}</li> })}
                </ul>
                <p class="team-focus-action"><strong>{t("team_focus.action")}</strong>" "{w.action}</p>
                {principle}
                {w.owner.map(|o| view! { <p class="team-focus-owner">{o}</p> })}
                <div class="team-save team-focus-form">
                    <div class="field">
                        <label for="team-focus-owner">{t("team_focus.owner")}</label>
                        <input id="team-focus-owner" type="text" maxlength="100" prop:value=owner_in.get_untracked()
                            on:input=move |ev| owner_in.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="team-focus-due">{t("team_focus.due")}</label>
                        <input id="team-focus-due" type="date" prop:value=due_in.get_untracked()
                            on:input=move |ev| due_in.set(event_target_value(&ev))/>
                    </div>
                    <button type="button" class="primary" on:click=apply>
                        {if is_set { t("team_focus.save_owner") } else { t("team_focus.set") }}
                    </button>
                    <button type="button" hidden=!is_set on:click=clear>{t("team_focus.clear")}</button>
                </div>
            })
        }
        None => leptos::either::Either::Right(view! {
            <p class="team-below">{figures.suggestion.none.map(|n| none_words(n, threshold, lang)).unwrap_or_default()}</p>
        }),
    };
    let moved = figures.moved.clone().map(|(name, f, m)| view! { <MovedView name=name focus=f moved=m/> });
    view! {
        <section class="block team-focus" aria-labelledby="team-focus-title">
            <h3 id="team-focus-title" tabindex="-1">{t("team_focus.title")}</h3>
            {body}
            {moved}
        </section>
    }
}

/// The rows of "did it move": the quality's share and median, the touchpoint's balance.
pub fn moved_rows(c: &Content, f: &Focus, m: &Moved, lang: Lang) -> Vec<(String, [String; 2], Option<Change>)> {
    let mut rows = Vec::new();
    let pct = |v: i32| format!("{v}%");
    if let Some(q) = f.quality {
        let name = quality_name(c, q, lang);
        if let Some(ch) = m.share {
            rows.push((
                lang.f("team_focus.moved_share", &[("quality", &name)]),
                [pct(ch.before), pct(ch.after)],
                Some(ch),
            ));
        }
        if let Some(ch) = m.median {
            rows.push((
                lang.f("team_focus.moved_median", &[("quality", &name)]),
                [ch.before.to_string(), ch.after.to_string()],
                Some(ch),
            ));
        }
    }
    if let (Some((key, t)), Some(ch)) = (&f.touchpoint, m.balance) {
        let (_, name) = touchpoint_name(c, key, *t, lang);
        rows.push((
            lang.f("team_focus.moved_balance", &[("touchpoint", &name)]),
            [signed(ch.before), signed(ch.after)],
            Some(ch),
        ));
    }
    rows
}

/// Why parts of "did it move" are held back, each in a sentence.
pub fn moved_notes(m: &Moved, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    if let Some(s) = m.suppressed {
        notes.push(s.words(lang));
    }
    if let Some(b) = m.quality_below {
        notes.push(lang.f("team_focus.moved_quality_below", &[("n", &b.people), ("threshold", &b.threshold)]));
    }
    if let Some(b) = m.touchpoint_below {
        notes.push(lang.f("team_focus.moved_touchpoint_below", &[("n", &b.people), ("threshold", &b.threshold)]));
    }
    notes
}

/// Whether the earlier collection's focus moved: then and now, with arrows.
#[component]
fn MovedView(name: String, focus: Focus, moved: Moved) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let rows = moved_rows(c, &focus, &moved, lang);
    let notes =
        moved_notes(&moved, lang).into_iter().map(|n| view! { <p class="team-suppressed">{n}</p> }).collect_view();
    let table = (!rows.is_empty()).then(|| {
        let heads = [t("team_focus.moved_figure"), t("team_focus.then"), t("team_focus.now"), t("team_view.change")]
            .iter()
            .map(|s| s.to_string())
            .collect();
        view! {
            <ChangeTable label=t("team_focus.moved_label") caption=lang.f("team_focus.moved_caption", &[("name", &name)])
                heads=heads rows=rows/>
        }
    });
    let title = lang.f("team_focus.moved_title", &[("name", &name)]);
    view! {
        <div class="team-focus-moved" id="team-focus-moved">
            <h4>{title}</h4>
            {notes}
            {table}
        </div>
    }
}

/// The focus on the printed report: compact, in the cell beside the journey.
#[component]
pub fn FocusReport(figures: Rc<Figures>) -> impl IntoView {
    let st = use_state();
    let c = st.content;
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let words = focus_words(c, &figures.suggestion, figures.focus.as_ref(), lang);
    let threshold = figures.overview.groups.threshold;
    let body = match words {
        Some(w) => leptos::either::Either::Left(view! {
            <ul class="team-focus-why">
                {w.quality.map(|q| view! { <li>{q}</li> })}
                {w.touchpoint.map(|x| view! { <li>{x}</li> })}
            </ul>
            <p><strong>{t("team_focus.action")}</strong>" "{w.action}</p>
            {w.principle.map(|(name, _)| view! { <p class="meta">{lang.f("team_focus.principle", &[("name", &name)])}</p> })}
            {w.owner.map(|o| view! { <p>{o}</p> })}
        }),
        None => leptos::either::Either::Right(view! {
            <p>{figures.suggestion.none.map(|n| none_words(n, threshold, lang)).unwrap_or_default()}</p>
        }),
    };
    let moved = figures.moved.as_ref().map(|(name, f, m)| {
        let rows = moved_rows(c, f, m, lang)
            .into_iter()
            .map(|(h, [b, a], ch)| {
                let arrow = ch.map(|ch| view! { " "<TrendMark trend=ch.trend()/> });
                view! { <li>{lang.f("team_focus.moved_line", &[("figure", &h), ("then", &b), ("now", &a)])}{arrow}</li> }
            })
            .collect_view();
        let notes = moved_notes(m, lang).into_iter().map(|n| view! { <li>{n}</li> }).collect_view();
        view! {
            <h4>{lang.f("team_focus.moved_title", &[("name", name)])}</h4>
            <ul class="team-focus-moved-lines">{rows}{notes}</ul>
        }
    });
    view! {
        <div class="team-report-col team-report-focus">
            <h3>{t("team_focus.title")}</h3>
            {body}
            {moved}
        </div>
    }
}
