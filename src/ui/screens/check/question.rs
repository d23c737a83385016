//! One questionnaire item, answered with one tap: the options (and "this
//! doesn't happen in my job" where the item allows it) in a fieldset whose
//! legend is the step heading; the progress with the time left; Back and
//! Next. After the last question the result opens.

use crate::check::{order, scoring};
use crate::content::{Assessment, ItemKind, NOT_APPLICABLE};
use crate::document::saved::Screen;
use crate::text::lang::Lang;
use crate::ui::i18n::words::question_of;
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::one_tap::{GoOn, OneTap};
use crate::ui::widgets::shared::{Go, StepHeading};
use leptos::prelude::*;

/// Seconds a person takes over an item, on average: a situation is read
/// and weighed, a scale item is quick.
fn seconds(kind: ItemKind) -> u32 {
    match kind {
        ItemKind::Situation => 18,
        _ => 6,
    }
}

/// Seconds the last clients take (five taps and a moment to recall them).
const EPISODES_SECONDS: u32 = 45;

/// Whole minutes left from item `index` on (it included, and the last
/// clients after the questions), rounded up.
pub fn minutes_left(a: &Assessment, index: usize) -> u32 {
    (a.items.iter().skip(index).map(|i| seconds(i.kind)).sum::<u32>() + EPISODES_SECONDS).div_ceil(60)
}

/// Milliseconds on the page's clock.
fn clock() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

pub fn time_left(lang: Lang, minutes: u32) -> String {
    match minutes {
        0 | 1 => lang.t("check_question.under_a_minute_left").into(),
        m => lang.p("check_question.minutes_left", i64::from(m), &[]),
    }
}

/// Goes on from question `index`: to the next one, or after the last to
/// the result (or to the first question still open).
fn go_on(st: AppState, index: usize) {
    let a = st.assessment();
    let total = a.items.len();
    let answered = st.answers.with_untracked(|ans| a.items.get(index).is_some_and(|i| scoring::is_answered(i, ans)));
    if !answered {
        st.say(st.t("check_question.choose_an_answer_to_continue"));
    } else if index + 1 < total {
        st.go(Screen::Question { index: index + 1 });
        let lang = st.lang.get_untracked();
        st.announce(lang.f("check_question.answer_saved", &[("question", &question_of(lang, index + 2, total))]));
    } else {
        // The last clients come after the questions, then the result.
        st.go(Screen::Episodes);
    }
}

/// The result once every question is answered, else the first open one.
pub fn finish(st: AppState) {
    let a = st.assessment();
    match st.answers.with_untracked(|ans| scoring::first_unanswered(a, ans)) {
        Some(index) => {
            st.go(Screen::Question { index });
            st.say(st.t("check_question.please_answer_this_question_first"));
        }
        None => {
            // The result screen records it when drawn (result.rs): the
            // scoring and the share link stay out of the first part.
            st.go(Screen::Result);
            st.say(st.t("check_question.answers_saved_your_result_is"));
        }
    }
}

#[component]
pub fn Question(index: usize) -> impl IntoView {
    let st = use_state();
    let assessment = st.assessment();
    let total = assessment.items.len();
    let index = index.min(total - 1);
    let item = &assessment.items[index];
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let count = question_of(lang, index + 1, total);
    let chosen = st.answers.with_untracked(|a| a.get(&item.id).cloned());
    // In this person's order (check::order), kept with the answers.
    let ordinary = assessment.ordinary_of(item);
    let mut options: Vec<(String, String, bool)> = order::options(item, ordinary, Some(st.seed()))
        .into_iter()
        .filter_map(|p| item.choices.get(p))
        .map(|c| (c.id.clone(), c.text.get(lang).to_string(), false))
        .collect();
    if st.answers.with_untracked(|a| order::offers_not_applicable(item, ordinary, a)) {
        options.push((NOT_APPLICABLE.to_string(), assessment.not_applicable.get(lang).to_string(), true));
    }
    let id = item.id.clone();
    // The time the screen was open before each answer is kept with it:
    // answers quicker than the text can be read are not taken at face value.
    let shown = StoredValue::new(clock());
    let choose = Callback::new(move |choice: String| {
        let now = clock();
        let tenths = ((now - shown.get_value()) / 100.0).round().clamp(0.0, f64::from(u32::MAX)) as u32;
        shown.set_value(now);
        st.spent(&id, tenths);
        st.answer(&id, &choice);
    });
    let next: GoOn = std::rc::Rc::new(move || go_on(st, index));
    let back = move |_| {
        st.go(match index {
            0 => crate::ui::screens::check::steps::before_questions(st),
            i => Screen::Question { index: i - 1 },
        })
    };
    // Everything answered: the result is one step away from anywhere.
    let done = st.answers.with_untracked(|a| scoring::answered(assessment, a)) == total;
    let last = index + 1 == total;
    view! {
        <section class="step question">
            <div class="progress-row">
                <progress class="progress" max=total value=index + 1 aria-label=count.clone()></progress>
                <span class="time-left">{time_left(lang, minutes_left(assessment, index))}</span>
            </div>
            <OneTap name=format!("q-{}", item.id) options=options chosen=chosen choose=choose next=next>
                <StepHeading>
                    <span class="count">{count}</span>
                    <span class="sr-only">": "</span>
                    <span class="prompt">{item.text.get(lang)}</span>
                </StepHeading>
            </OneTap>
            <div class="nav">
                <button type="button" on:click=back>{t("check_question.back")}</button>
                {(done && !last).then(|| view! { <Go to=Screen::Result label=t("check_question.see_my_result")/> })}
                <button type="button" class="primary next" on:click=move |_| go_on(st, index)>
                    {if last { t("check_question.see_my_result_2") } else { t("check_question.next") }}
                </button>
            </div>
        </section>
    }
}
