//! What a visitor does not need before the first question, in parts of the
//! wasm of their own: tools/post-build.mjs splits them off at the split
//! points below (the `wasm_split` machinery behind Leptos's `#[lazy]`), and
//! they are fetched when first needed — or earlier, once the first screen
//! is up and the browser is idle. That is every screen but Home, the
//! choice of work and the questions; the notices about storage and the
//! configuration; the seeds' concepts (the choice of work's "Who is my
//! client?" among them); reading a company configuration and a share link;
//! and merging with another tab's changes.
//!
//! `#[lazy]` panics when a part cannot be fetched, and a panic kills the
//! app; these split points are `fallible`, so a missing part shows a retry.

use crate::codec::reader::Problem;
use crate::content::Content;
use crate::document::merge::{self, Merged, Prefer};
use crate::document::saved::{Saved, Screen};
use crate::document::seal;
use crate::embed::config::{self, Applied};
use crate::ui::i18n::words::Tables;
use crate::ui::screens::builder::{Builder, Env as BuilderEnv};
use crate::ui::screens::check::clients::Clients;
use crate::ui::screens::check::colleague_answer::ColleagueAnswer;
use crate::ui::screens::check::episodes::Episodes;
use crate::ui::screens::check::report::Report;
use crate::ui::screens::check::result::Result as ResultView;
use crate::ui::screens::check::review::Review;
use crate::ui::screens::check::sealed::{SealedNotice, SendHere};
use crate::ui::screens::check::viewing::Viewing;
use crate::ui::screens::data::Data;
use crate::ui::screens::team::Team;
use crate::ui::screens::team::send::SendToManager;
use crate::ui::screens::walk::editor::Editor;
use crate::ui::screens::walk::journeys::Journeys;
use crate::ui::screens::walk::map::Map;
use crate::ui::screens::walk::summary::Summary;
use crate::ui::screens::walk::touchpoint::WalkStep;
use crate::ui::state::{AppState, Viewing as Shown, use_state};
use crate::ui::widgets::notices::{ConfigProblems, StorageNotice};
use leptos::either::Either;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};
use std::task::{Context, Poll, Waker};

/// A part of the app that could not be fetched (offline, blocked, a
/// server error); fetching it again may work.
#[derive(Clone, Copy, Debug)]
pub struct Missing;

impl From<SplitLoaderError> for Missing {
    fn from(_: SplitLoaderError) -> Missing {
        Missing
    }
}

/// What a later part draws: a screen, or a notice of the app's frame.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    Screen(Screen),
    StorageNotice,
    ConfigProblems,
    /// The choice of work's "Who is my client?" (the seeds' concepts).
    Clients,
    /// A colleague answering an asking link.
    Colleague,
}

/// Results, journeys, the data screen, shared results and the notices.
#[wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_screens))]
fn screens(what: What) -> Result<AnyView, Missing> {
    let screen = match what {
        What::Screen(screen) => screen,
        What::StorageNotice => return Ok(view! { <StorageNotice/> }.into_any()),
        What::ConfigProblems => return Ok(view! { <ConfigProblems/> }.into_any()),
        What::Clients => return Ok(view! { <Clients/> }.into_any()),
        What::Colleague => return Ok(view! { <ColleagueAnswer/> }.into_any()),
    };
    let view = match screen {
        Screen::Review => view! { <Review/> }.into_any(),
        Screen::Episodes => view! { <Episodes/> }.into_any(),
        // Send to the manager sits in the result, right after its main step.
        Screen::Result => view! { <ResultView/> }.into_any(),
        Screen::Journeys => view! { <Journeys/> }.into_any(),
        Screen::Editor { journey } => view! { <Editor journey=journey/> }.into_any(),
        Screen::Touchpoint { index } => view! { <WalkStep index=index/> }.into_any(),
        Screen::Map => view! { <Map/><SendToManager screen=Screen::Map/> }.into_any(),
        Screen::Summary => view! { <Summary/><SendToManager screen=Screen::Summary/> }.into_any(),
        Screen::Data => view! { <Data/> }.into_any(),
        Screen::Report => view! { <Report/> }.into_any(),
        Screen::Shared => {
            let st = use_state();
            // A sealed result or a team's "send here" link stays in the
            // address's place until another link or result replaces it.
            let fragment = st.local.with_value(|l| l.link.clone()).unwrap_or_default();
            let is = |prefix: &str| fragment.starts_with(&format!("#{prefix}"));
            if is(seal::SEALED_PREFIX) {
                view! { <SealedNotice fragment=fragment/> }.into_any()
            } else if is(seal::TEAM_PREFIX) {
                view! { <SendHere fragment=fragment/> }.into_any()
            } else {
                open_link(st);
                view! { <Viewing/> }.into_any()
            }
        }
        // The first part's screens and the team's never come here.
        _ => ().into_any(),
    };
    Ok(view)
}

/// The team view, for managers.
#[wasm_split(team, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_team))]
fn team() -> Result<AnyView, Missing> {
    Ok(view! { <Team/> }.into_any())
}

/// A share link opened in the page's address (`AppState::open_fragment`)
/// is decoded here, with the screen that shows it.
fn open_link(st: AppState) {
    if let Some(fragment) = st.local.try_update_value(|l| l.link.take()).flatten() {
        st.viewing.set(Some(crate::document::share::open(&fragment, st.content).map(Shown::from_link)));
    }
}

/// Another tab's changes merged with this one's (state/keep/, through `Env::merge`).
#[wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_merge))]
fn merge_docs(base: Saved, mine: Saved, theirs: Saved, prefer: Prefer) -> Result<Merged, Missing> {
    Ok(merge::merge(&base, &mine, &theirs, prefer))
}

/// The merge at once if its part is in (it is fetched when the first
/// screen is up); else `None`, and the part is fetched, then `then` runs.
///
/// Each split function keeps its own record of whether its part is in, so
/// the wait is on this function's own preload: waiting on another's
/// (`preload_screens`) would find the part in while this one still does
/// not know it, and `then` would run again and again without yielding.
pub fn merge_now(
    base: &Saved,
    mine: &Saved,
    theirs: &Saved,
    prefer: Prefer,
    then: impl FnOnce() + 'static,
) -> Option<Merged> {
    let merged = now(merge_docs(base.clone(), mine.clone(), theirs.clone(), prefer)).and_then(Result::ok);
    if merged.is_none() {
        leptos::task::spawn_local(async move {
            if preload_merge().await.is_ok() {
                then();
            }
        });
    }
    merged
}

/// The configuration builder (builder.html), mounted from a part of its
/// own: a visitor's pages never fetch it, and everything it draws is in it.
#[wasm_split(builder, wasm_split_path = ::leptos::wasm_split, fallible)]
fn mount_builder(root: web_sys::HtmlElement, shipped: Content, tables: Tables) -> Result<(), Missing> {
    let env: &'static BuilderEnv =
        Box::leak(Box::new(BuilderEnv { shipped, tables, check: |text, shipped| Box::pin(configure(text, shipped)) }));
    root.set_text_content(None);
    leptos::mount::mount_to(root, move || view! { <Builder env=env/> }).forget();
    Ok(())
}

/// Mounts the builder into `root`; false if its part could not be fetched.
pub async fn builder(root: web_sys::HtmlElement, shipped: Content, tables: Tables) -> bool {
    mount_builder(root, shipped, tables).await.is_ok()
}

/// A company configuration read and checked, in a part of its own: only
/// pages with a configuration fetch it.
#[wasm_split(config, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read_config(text: String, shipped: Content) -> Result<Result<Applied, Vec<Problem>>, Missing> {
    Ok(config::read(&text, &shipped))
}

/// The configuration applied to the shipped content; a part that cannot be
/// fetched is a problem like an unreadable file (the app runs without it).
pub async fn configure(text: String, shipped: Content) -> Result<Applied, Vec<Problem>> {
    read_config(text, shipped).await.unwrap_or_else(|Missing| {
        Err(vec![Problem {
            path: String::new(),
            message: "the part of the app that reads configurations could not be fetched; reload to try again".into(),
        }])
    })
}

/// The company's language files added to a configuration read (checked,
/// their content texts set), in the configuration's part.
#[wasm_split(config, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read_languages(
    applied: Applied,
    fetched: Vec<(String, Result<String, String>)>,
) -> Result<Result<Applied, Vec<Problem>>, Missing> {
    Ok(config::add_files(applied, &fetched))
}

/// `config::add_files`, through the configuration's part.
pub async fn add_languages(
    applied: Applied,
    fetched: Vec<(String, Result<String, String>)>,
) -> Result<Applied, Vec<Problem>> {
    read_languages(applied, fetched).await.unwrap_or_else(|Missing| {
        Err(vec![Problem {
            path: String::new(),
            message: "the part of the app that reads configurations could not be fetched; reload to try again".into(),
        }])
    })
}

/// The value of a future that is ready at its first poll (a split function
/// whose part is already in), else `None`.
fn now<T>(future: impl Future<Output = T>) -> Option<T> {
    match std::pin::pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

async fn load(st: AppState, what: What) -> Result<AnyView, Missing> {
    // The words first, then the part (usually both are in by then: they
    // are fetched, side by side, once the first screen is up).
    later_files(st).await.map_err(|_| Missing)?;
    match what {
        What::Screen(Screen::Team) => team().await,
        other => screens(other).await,
    }
}

/// What every later screen needs besides its part: its words, a file of
/// their own (src/ui/i18n/words.rs).
async fn later_files(st: AppState) -> Result<(), String> {
    st.env.tables.add_later(st.lang.get_untracked()).await
}

/// Fetches every later part and the later screens' words once the first
/// screen is up and the browser has nothing else to do, so that moving on
/// rarely waits on the network. A failure here is left to the screen that
/// needs the part (it retries).
pub fn preload(st: AppState) {
    request_idle_callback(move || {
        leptos::task::spawn_local(async move {
            let _ = later_files(st).await;
        });
        leptos::task::spawn_local(async move {
            if preload_screens().await.is_ok() {
                // The same part: the merge is ready from now on.
                let _ = preload_merge().await;
                let _ = preload_team().await;
            }
        });
    });
}

/// A screen of a later part: drawn at once when its part is in, else when
/// it arrives; if it cannot be fetched, a retry (the status region says so
/// too, in the person's language).
#[component]
pub fn Later(what: What) -> impl IntoView {
    let st = use_state();
    let tries = RwSignal::new(0u32);
    let waiting = RwSignal::new(false);
    let part = move || {
        tries.track();
        let what = what.clone();
        waiting.set(true);
        // Single-threaded: the wrapper only satisfies Suspend's `Send` bound.
        let loaded = leptos::__reexports::send_wrapper::SendWrapper::new(load(st, what));
        Suspend::new(async move {
            let loaded = loaded.await;
            waiting.set(false);
            match loaded {
                Ok(view) => Either::Left(view),
                Err(Missing) => {
                    let lang = st.lang.get_untracked();
                    st.say(lang.t("router.this_part_of_the_app"));
                    Either::Right(view! {
                        <section class="step later-failed">
                            <p>{lang.t("router.this_part_of_the_app_2")}</p>
                            <button type="button" class="primary retry" on:click=move |_| {
                                st.say("");
                                tries.update(|n| *n += 1);
                            }>{lang.t("router.try_again")}</button>
                        </section>
                    })
                }
            }
        })
    };
    view! {
        {part}
        {move || waiting.get().then(|| {
            view! { <p class="later-loading">{st.lang.get_untracked().t("router.loading")}</p> }
        })}
    }
}
