//! The screens a visitor does not need before the first question, in parts
//! of the wasm of their own: tools/post-build.mjs splits them off at the
//! split points below (the `wasm_split` machinery behind Leptos's
//! `#[lazy]`), and they are fetched when first needed — or earlier, once
//! the first screen is up and the browser is idle.
//!
//! `#[lazy]` panics when a part cannot be fetched, and a panic kills the
//! app; these split points are `fallible`, so a missing part shows a retry.

use super::data::Data;
use super::editor::Editor;
use super::journeys::Journeys;
use super::map::Map;
use super::report::Report;
use super::result::Result as ResultView;
use super::review::Review;
use super::state::use_state;
use super::summary::Summary;
use super::team::Team;
use super::team_send::SendToManager;
use super::viewing::Viewing;
use super::walk_step::WalkStep;
use super::words::tr;
use crate::saved::Screen;
use leptos::either::Either;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

/// A part of the app that could not be fetched (offline, blocked, a
/// server error); fetching it again may work.
#[derive(Clone, Copy, Debug)]
pub struct Missing;

impl From<SplitLoaderError> for Missing {
    fn from(_: SplitLoaderError) -> Missing {
        Missing
    }
}

/// Results, journeys, the data screen and shared results.
#[wasm_split(screens, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_screens))]
fn screens(screen: Screen) -> Result<AnyView, Missing> {
    let view = match screen {
        Screen::Review => view! { <Review/> }.into_any(),
        Screen::Result => view! { <ResultView/><SendToManager screen=Screen::Result/> }.into_any(),
        Screen::Journeys => view! { <Journeys/> }.into_any(),
        Screen::Editor { journey } => view! { <Editor journey=journey/> }.into_any(),
        Screen::Touchpoint { index } => view! { <WalkStep index=index/> }.into_any(),
        Screen::Map => view! { <Map/><SendToManager screen=Screen::Map/> }.into_any(),
        Screen::Summary => view! { <Summary/><SendToManager screen=Screen::Summary/> }.into_any(),
        Screen::Data => view! { <Data/> }.into_any(),
        Screen::Report => view! { <Report/> }.into_any(),
        Screen::Shared => view! { <Viewing/> }.into_any(),
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

async fn load(screen: Screen) -> Result<AnyView, Missing> {
    match screen {
        Screen::Team => team().await,
        other => screens(other).await,
    }
}

/// Fetches every later part once the first screen is up and the browser
/// has nothing else to do, so that moving on rarely waits on the network.
/// A failure here is left to the screen that needs the part (it retries).
pub fn preload() {
    request_idle_callback(|| {
        leptos::task::spawn_local(async {
            if preload_screens().await.is_ok() {
                let _ = preload_team().await;
            }
        });
    });
}

/// A screen of a later part: drawn at once when its part is in, else when
/// it arrives; if it cannot be fetched, a retry (the status region says so
/// too, in the person's language).
#[component]
pub fn Later(screen: Screen) -> impl IntoView {
    let st = use_state();
    let tries = RwSignal::new(0u32);
    let waiting = RwSignal::new(false);
    let part = move || {
        tries.track();
        let screen = screen.clone();
        waiting.set(true);
        // Single-threaded: the wrapper only satisfies Suspend's `Send` bound.
        let loaded = leptos::__reexports::send_wrapper::SendWrapper::new(load(screen));
        Suspend::new(async move {
            let loaded = loaded.await;
            waiting.set(false);
            match loaded {
                Ok(view) => Either::Left(view),
                Err(Missing) => {
                    let lang = st.lang.get_untracked();
                    st.say(tr(
                        lang,
                        "Эта часть приложения не загрузилась. Проверьте подключение и попробуйте ещё раз.",
                        "This part of the app did not load. Check the connection and try again.",
                    ));
                    Either::Right(view! {
                        <section class="step later-failed">
                            <p>{tr(lang, "Эта часть приложения не загрузилась.", "This part of the app did not load.")}</p>
                            <button type="button" class="primary retry" on:click=move |_| {
                                st.say("");
                                tries.update(|n| *n += 1);
                            }>{tr(lang, "Попробовать ещё раз", "Try again")}</button>
                        </section>
                    })
                }
            }
        })
    };
    view! {
        {part}
        {move || waiting.get().then(|| {
            view! { <p class="later-loading">{tr(st.lang.get_untracked(), "Загрузка…", "Loading…")}</p> }
        })}
    }
}
