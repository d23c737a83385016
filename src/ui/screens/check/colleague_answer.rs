//! The colleague's side: an asking link opened in their own browser. One
//! moment at a time, answered with one tap — below what the client
//! expected, as expected, beyond, or "haven't seen" — then the answer link
//! to send back (or a file). Everything lives in this screen's signals:
//! nothing is kept for the colleague, and their own saved check, if they
//! have one, is left as it was.

use crate::document::colleague::{self, ANSWER_PREFIX, Answer};
use crate::ui::browser::files;
use crate::ui::screens::check::colleague::{LinkOut, random_id};
use crate::ui::state::{AppState, use_state};
use crate::ui::widgets::one_tap::OneTap;
use crate::ui::widgets::shared::StepHeading;
use leptos::prelude::*;
use std::rc::Rc;

/// The answers a colleague can give, by id, with their ladder value
/// (`None`: haven't seen).
const ANSWERS: [(&str, Option<i8>); 4] = [("below", Some(-1)), ("as", Some(0)), ("beyond", Some(1)), ("unseen", None)];

/// What an answer reads as.
fn label(id: &str, lang: crate::text::lang::Lang) -> &'static str {
    match id {
        "below" => lang.t("colleague.answer_below"),
        "as" => lang.t("colleague.answer_as_expected"),
        "beyond" => lang.t("colleague.answer_beyond"),
        _ => lang.t("colleague.answer_not_seen"),
    }
}

/// Leaves the answering screen for the app itself (the address loses the
/// asking link, so a reload opens the colleague's own app).
fn leave(st: AppState) {
    st.asking.set(None);
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash("");
    }
    st.go(st.screen.get_untracked());
}

#[component]
pub fn ColleagueAnswer() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let read = st.asking.get_untracked().map(|f| colleague::decode_ask(&f, &st.content.assessment.observed));
    let ask = match read {
        Some(Ok(ask)) => ask,
        Some(Err(e)) => {
            return view! {
                <section class="step refused colleague-answer">
                    <StepHeading>{t("colleague.this_link_cannot_be_opened")}</StepHeading>
                    <p class="error">{e.words(lang)}</p>
                    <button type="button" class="primary" on:click=move |_| leave(st)>{t("colleague.open_the_app")}</button>
                </section>
            }
            .into_any();
        }
        None => return ().into_any(),
    };
    let observed = &st.content.assessment.observed;
    let n = observed.len();
    let step = RwSignal::new(0usize);
    let values = RwSignal::new(vec![None::<Option<i8>>; n]);
    let about = match &ask.name {
        Some(name) => lang.f("colleague.about_name", &[("name", name)]),
        None => t("colleague.about_someone").to_string(),
    };
    let request = ask.request;
    let answer_id = random_id();
    let current = move || {
        let i = step.get();
        if i >= n {
            let seen: Vec<Option<i8>> = values.get_untracked().into_iter().map(Option::flatten).collect();
            if seen.iter().all(Option::is_none) {
                return view! {
                    <section class="step colleague-answer">
                        <StepHeading>{t("colleague.nothing_seen")}</StepHeading>
                        <p>{t("colleague.nothing_seen_why")}</p>
                        <div class="action-bar">
                            <button type="button" class="primary" on:click=move |_| step.set(0)>{t("colleague.start_again")}</button>
                            <button type="button" on:click=move |_| leave(st)>{t("colleague.open_the_app")}</button>
                        </div>
                    </section>
                }
                .into_any();
            }
            let answer = Answer { request, answer: answer_id, day: files::today(), values: seen };
            let payload = colleague::encode_answer(&answer, &st.content.assessment.observed);
            let url = format!("{}#{ANSWER_PREFIX}{payload}", st.env.page);
            let file_text = format!("{}\n{url}\n", t("colleague.file_heading"));
            let download = move |_| {
                files::download("service-ladder-colleague-answer.txt", "text/plain;charset=utf-8", &file_text);
            };
            return view! {
                <section class="step colleague-answer colleague-done">
                    <StepHeading>{t("colleague.thank_you")}</StepHeading>
                    <p>{t("colleague.send_it_back")}</p>
                    <LinkOut id="colleague-answer-link" label=t("colleague.answer_link") url=url text=t("colleague.answer_share_text").to_string()/>
                    <p class="meta">{t("colleague.nothing_kept_here")}</p>
                    <div class="action-bar">
                        <button type="button" class="colleague-download" on:click=download>{t("colleague.download_as_a_file")}</button>
                        <button type="button" on:click=move |_| step.set(n.saturating_sub(1))>{t("colleague.back")}</button>
                        <button type="button" on:click=move |_| leave(st)>{t("colleague.open_the_app")}</button>
                    </div>
                </section>
            }
            .into_any();
        }
        let Some(moment) = st.content.assessment.observed.get(i) else { return ().into_any() };
        let options: Vec<(String, String, bool)> =
            ANSWERS.iter().map(|(id, v)| (id.to_string(), label(id, lang).to_string(), v.is_none())).collect();
        let chosen = values.with_untracked(|v| {
            v.get(i)
                .copied()
                .flatten()
                .and_then(|x| ANSWERS.iter().find(|(_, v)| *v == x))
                .map(|(id, _)| id.to_string())
        });
        let choose = Callback::new(move |id: String| {
            let value = ANSWERS.iter().find(|(a, _)| *a == id).map(|(_, v)| *v);
            values.update(|v| {
                if let Some(slot) = v.get_mut(i) {
                    *slot = value;
                }
            });
        });
        let next: Rc<dyn Fn()> = Rc::new(move || {
            step.set(i + 1);
            st.moves.update(|m| *m += 1);
        });
        let progress = lang.f("colleague.moment_of", &[("n", &(i + 1)), ("total", &n)]);
        let text = moment.text.get(lang).to_string();
        view! {
            <section class="step colleague-answer">
                <p class="meta colleague-about">{about.clone()}</p>
                <p class="meta colleague-progress">{progress}</p>
                <OneTap name=format!("moment-{}", moment.id) options=options chosen=chosen choose=choose next=next>
                    <StepHeading>{text}</StepHeading>
                    <span class="hint">{t("colleague.what_did_the_client_get")}</span>
                </OneTap>
                <div class="action-bar">
                    {(i > 0).then(|| view! {
                        <button type="button" on:click=move |_| { step.set(i - 1); st.moves.update(|m| *m += 1); }>{t("colleague.back")}</button>
                    })}
                    <button type="button" class="link" on:click=move |_| leave(st)>{t("colleague.not_now")}</button>
                </div>
            </section>
        }
        .into_any()
    };
    view! {
        <div class="colleague-screen">
            <p class="colleague-intro">{t("colleague.intro")}</p>
            {current}
        </div>
    }
    .into_any()
}
