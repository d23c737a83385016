//! A colleague's view on the person's own result: "Ask a colleague" makes
//! an asking link (copied, or handed to the phone's share sheet); an answer
//! that comes back as a link opens by itself (`take_answer`), and one
//! sent as a file or pasted is taken here. `SideBySide` sets the views
//! beside the person's own answers — or says the result is self-reported.

use crate::check::scoring::Answers;
use crate::check::side_by_side::{Gap, side_by_side};
use crate::content::Assessment;
use crate::document::colleague::{self, ANSWER_PREFIX, ASK_PREFIX, Ask, ColleagueError, ColleagueView, Kept};
use crate::ui::browser::files::{self, Read, Sent};
use crate::ui::state::{AppState, use_state};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A random number for a request or an answer (not a secret: it only tells
/// one from another).
pub fn random_id() -> u32 {
    (js_sys::Math::random() * 4_294_967_296.0) as u32
}

/// Whether the browser has a share sheet.
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// A link shown read-only and selected on focus, with Copy and (where the
/// browser has one) the share sheet.
#[component]
pub fn LinkOut(
    /// The input's id.
    id: &'static str,
    label: &'static str,
    url: String,
    /// One line for the share sheet.
    text: String,
) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let (copy_url, share_url) = (url.clone(), url.clone());
    let copy = move |_| {
        files::copy(&copy_url);
        st.say(t("colleague.link_copied"));
        st.focus_later(id);
    };
    let share = move |_| {
        files::share_or_copy(t("widgets_share_link.service_ladder"), &text, &share_url, move |sent| {
            st.say(match sent {
                Sent::Shared => t("widgets_share_link.the_link_was_shared"),
                Sent::Copied => t("colleague.link_copied"),
                Sent::Cancelled | Sent::Failed => "",
            });
        });
    };
    view! {
        <div class="field colleague-link">
            <label for=id>{label}</label>
            <input id=id type="text" readonly prop:value=url
                on:focus=move |ev| {
                    if let Some(input) = event_target::<web_sys::EventTarget>(&ev).dyn_ref::<web_sys::HtmlInputElement>() {
                        input.select();
                    }
                }/>
        </div>
        <div class="action-bar">
            <button type="button" class="primary" on:click=copy>{t("colleague.copy_link")}</button>
            {can_share().then(|| view! { <button type="button" on:click=share>{t("widgets_share_link.share")}</button> })}
        </div>
    }
}

/// "Ask a colleague": a first name (optional), then the asking link; and
/// an answer received as a file or pasted.
#[component]
pub fn AskColleague() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let name = RwSignal::new(String::new());
    let link = RwSignal::new(None::<String>);
    let make = move |_| {
        let ask = Ask { request: random_id(), name: Some(name.get_untracked()) };
        let payload = colleague::encode_ask(&ask, &st.content.assessment.observed);
        link.set(Some(format!("{}#{ASK_PREFIX}{payload}", st.env.page)));
        st.say(t("colleague.asking_link_made"));
        st.focus_later("colleague-ask-link");
    };
    let pasted = RwSignal::new(String::new());
    let take_pasted = move |_| {
        let text = pasted.get_untracked();
        if !text.contains(ANSWER_PREFIX) {
            st.say(ColleagueError::Foreign.words(lang));
            return;
        }
        st.keep_view(colleague::answer_from_file(&text, &st.content.assessment.observed, files::today()));
        st.redraw();
    };
    let file = move |ev: web_sys::Event| {
        let Some(input) = event_target::<web_sys::EventTarget>(&ev).dyn_into::<web_sys::HtmlInputElement>().ok() else {
            return;
        };
        files::read_chosen(&input, move |read| match read {
            Read::Text(text) => {
                st.keep_view(colleague::answer_from_file(&text, &st.content.assessment.observed, files::today()));
                st.redraw();
            }
            Read::TooBig | Read::Failed => st.say(ColleagueError::Damaged.words(lang)),
        });
    };
    let out = move || {
        link.get().map(|url| {
            view! {
                <LinkOut id="colleague-ask-link" label=t("colleague.asking_link") url=url text=t("colleague.share_text").to_string()/>
                <p class="meta">{t("colleague.when_they_answer")}</p>
            }
        })
    };
    view! {
        <section class="block colleague-ask no-print" aria-labelledby="colleague-ask-title">
            <h3 id="colleague-ask-title">{t("colleague.ask_a_colleague")}</h3>
            <p>{t("colleague.why_ask")}</p>
            <div class="field">
                <label for="colleague-name">{t("colleague.your_first_name")}</label>
                <input id="colleague-name" type="text" maxlength=colleague::MAX_NAME.to_string() autocomplete="given-name"
                    on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <button type="button" class="primary colleague-make" on:click=make>{t("colleague.make_the_link")}</button>
            {out}
            <details class="colleague-receive">
                <summary>{t("colleague.got_an_answer_as_a_file")}</summary>
                <div class="field">
                    <label for="colleague-answer-file">{t("colleague.open_the_answer_file")}</label>
                    <input id="colleague-answer-file" type="file" accept=".txt,text/plain" on:change=file/>
                </div>
                <div class="field">
                    <label for="colleague-answer-paste">{t("colleague.or_paste_the_answer_link")}</label>
                    <input id="colleague-answer-paste" type="text" on:input=move |ev| pasted.set(event_target_value(&ev))/>
                </div>
                <button type="button" on:click=take_pasted>{t("colleague.add_the_answer")}</button>
            </details>
        </section>
    }
}

/// An answer link the page was opened with (`AppState::open_fragment`
/// leaves it here, so the scoring stays out of the first part): kept now.
pub fn take_answer(st: AppState) {
    if let Some(fragment) = st.local.try_update_value(|l| l.answer.take()).flatten() {
        st.keep_view(colleague::decode_answer(&fragment, &st.content.assessment.observed, files::today()));
    }
}

/// What the last answer link came to, on the result.
#[component]
pub fn Received() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    st.local.with_value(|l| l.received.clone()).map(|r| match r {
        Ok(Kept::Known) => view! { <p class="colleague-received">{lang.t("colleague.already_kept")}</p> }.into_any(),
        Ok(Kept::New) => view! { <p class="colleague-received">{lang.t("colleague.view_kept")}</p> }.into_any(),
        Ok(Kept::NewDroppedOldest) => view! {
            <p class="colleague-received">{lang.t("colleague.view_kept")}" "{lang.t("colleague.oldest_let_go")}</p>
        }
        .into_any(),
        Err(e) => view! {
            <div class="colleague-refused" role="alert">
                <p class="error">{e.words(lang)}</p>
                <p>{lang.t("colleague.nothing_lost")}</p>
            </div>
        }
        .into_any(),
    })
}

/// The person's own answers beside what colleagues saw, per rung of the
/// ladder (the levels) and per quality; with no view, "self-reported".
#[component]
pub fn SideBySide(assessment: &'static Assessment, answers: Answers, colleagues: Vec<ColleagueView>) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let Some(s) = side_by_side(assessment, &answers, &colleagues) else {
        return view! {
            <p class="self-reported-note">{t("check_viewing.this_is_self_reported")}" "{t("colleague.no_view_yet")}</p>
        }
        .into_any();
    };
    let show = |v: Option<u32>| v.map_or_else(|| "—".to_string(), |v| format!("{v}"));
    let rungs = [
        (t("colleague.rung_below"), crate::content::Level::Spontaneous),
        (t("colleague.rung_as_expected"), crate::content::Level::Regulated),
        (t("colleague.rung_beyond"), crate::content::Level::Cultural),
    ];
    let rung_rows = rungs
        .iter()
        .enumerate()
        .map(|(i, (name, level))| {
            let level = assessment.short_name(*level, lang).to_string();
            let own = s.own.get(i).copied();
            let seen = s.seen.get(i).copied();
            view! {
                <tr>
                    <th scope="row">{*name}<span class="meta">" · "{level}</span></th>
                    <td>{show(own)}"%"</td>
                    <td>{show(seen)}"%"</td>
                </tr>
            }
        })
        .collect_view();
    let quality_rows = assessment
        .qualities
        .iter()
        .zip(&s.qualities)
        .filter(|(_, (_, seen))| seen.is_some())
        .map(|(q, (own, seen))| {
            view! { <tr><th scope="row">{q.name.get(lang).to_string()}</th><td>{show(*own)}</td><td>{show(*seen)}</td></tr> }
        })
        .collect_view();
    let gap = match s.gap {
        Gap::Agree => t("colleague.gap_agree"),
        Gap::SelfHigher => t("colleague.gap_self_higher"),
        Gap::ColleaguesHigher => t("colleague.gap_colleagues_higher"),
    };
    let who = if s.colleagues > 1 {
        lang.p("colleague.median_of_n", s.colleagues as i64, &[])
    } else {
        t("colleague.one_colleague").to_string()
    };
    view! {
        <section class="block side-by-side" aria-labelledby="side-by-side-title">
            <h3 id="side-by-side-title">{t("colleague.you_and_your_colleagues")}</h3>
            <p class="meta">{who}</p>
            <p class="colleague-gap">{gap}</p>
            <table class="side-by-side-levels">
                <caption>{t("colleague.what_clients_got")}</caption>
                <thead><tr>
                    <th scope="col">{t("colleague.rung")}</th>
                    <th scope="col">{t("colleague.you")}</th>
                    <th scope="col">{t("colleague.colleagues")}</th>
                </tr></thead>
                <tbody>{rung_rows}</tbody>
            </table>
            <table class="side-by-side-qualities">
                <caption>{t("colleague.qualities_out_of_100")}</caption>
                <thead><tr>
                    <th scope="col">{t("check_result.quality")}</th>
                    <th scope="col">{t("colleague.you")}</th>
                    <th scope="col">{t("colleague.colleagues")}</th>
                </tr></thead>
                <tbody>{quality_rows}</tbody>
            </table>
        </section>
    }
    .into_any()
}
