//! The app shell: header with the language switch, the current screen,
//! the status region and the privacy line; notices about the configuration
//! and about a newer version.

use crate::document::saved::Screen;
use crate::embed::events;
use crate::text::lang::Lang;
use crate::ui::browser::host;
use crate::ui::router::{self, Later, What};
use crate::ui::screens::check::home::Home;
use crate::ui::screens::check::question::Question;
use crate::ui::screens::check::role::RoleStep;
use crate::ui::state::env::{Env, Mode};
use crate::ui::state::{AppState, use_state};
use leptos::either::EitherOf4;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// The whole app for one widget. `host` is who hears its events and
/// `root` the element it is mounted in: both its own, never shared.
#[component]
pub fn App(env: &'static Env, host: host::Host, root: web_sys::Element) -> impl IntoView {
    let early = early_choices(&root);
    let st = AppState::new(env, host, root);
    provide_context(st);
    crate::ui::developer::report_config(env);
    act_on(st, early);

    // Keep the page's language, direction and title in step with the switch — only on
    // the app's own page: in direct mode the document is the host's.
    Effect::new(move |_| {
        let lang = st.lang.get();
        if env.mode == Mode::Direct {
            return;
        }
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", lang.code());
                let _ = html.set_attribute("dir", lang.dir());
            }
            doc.set_title(st.t("app.service_ladder_client_orientation_self"));
        }
    });

    // Each screen is built afresh whenever the screen, the language or a
    // redraw request changes, and is never patched in place: a keyed list of
    // one keeps tachys from compiling "rebuild" code for every screen, which
    // more than halves the wasm.
    // A colleague's asking link opened here shows the answering screen
    // over the person's own, which stays as it was.
    let key = move || (st.screen.get(), st.lang.get(), st.redraws.get(), st.asking.with(Option::is_some));
    // The first part of the wasm holds what the first question needs; every
    // other screen is in a later part (later.rs), fetched when first needed
    // and ahead of time once this one is up.
    let screen = move |(screen, _, _, asking): (Screen, Lang, u32, bool)| match screen {
        _ if asking => EitherOf4::D(view! { <Later what=What::Colleague/> }),
        Screen::Home => EitherOf4::A(view! { <Home/> }),
        // Between Home and the first question: in the first part too.
        Screen::Role => EitherOf4::B(view! { <RoleStep/> }),
        Screen::Question { index } => EitherOf4::C(view! { <Question index=index/> }),
        other => EitherOf4::D(view! { <Later what=What::Screen(other)/> }),
    };
    router::preload(st);

    // Tell the embedding page the app is drawn (once, first), then where
    // the person is on every move.
    Effect::new(move |drawn: Option<()>| {
        if drawn.is_none() {
            st.emit("ready", &events::ready(st.lang.get_untracked().code(), env.config.parts.id()));
        }
        st.emit("step", &events::step(&st.screen.get()));
    });

    // Brand colours arrive as CSS custom properties set through the CSSOM,
    // which a strict CSP allows (a style attribute would be blocked).
    let accent = env.config.brand.accent.map(|c| c.hex());
    let text = env.config.brand.text.map(|c| c.hex());
    // `header=none`: the host page has its own title; the language buttons stay.
    let bare = env.options.hide_header;
    let header = (!bare || st.languages().len() > 1).then(|| {
        view! {
            <header class="top no-print" class:bare=bare>
                {(!bare).then(|| view! { <Brand/> })}
                <LangSwitch/>
            </header>
        }
    });
    view! {
        <div
            class="app"
            class:host-width=env.options.host_width
            lang=move || st.lang.get().code()
            dir=move || st.lang.get().dir()
            style:--accent=accent
            style:--text=text
        >
            {header}
            {config_problems(env).then(|| view! { <Later what=What::ConfigProblems/> })}
            <UpdateNotice/>
            // Drawn by a later part, and only when there is something to say.
            {move || st.notice.with(Option::is_some).then(|| view! { <Later what=What::StorageNotice/> })}
            <main class="screen">
                <For each=move || std::iter::once(key()) key=|k| k.clone() children=screen/>
            </main>
            <p role="status" class="status" class:empty=move || st.status.with(String::is_empty) class:sr-only=move || st.quiet.get()>
                {move || st.status.get()}
            </p>
            <footer class="foot no-print">
                <button type="button" class="link" on:click=move |_| st.go(Screen::Data)>
                    {move || st.t("app.your_data_history_export_import")}
                </button>
            </footer>
        </div>
    }
}

/// What the person did on index.html's static home before the app started
/// (loader.js notes it on the root): a language, a button.
struct Early {
    /// A language code.
    lang: Option<String>,
    intent: Option<String>,
}

fn early_choices(root: &web_sys::Element) -> Early {
    let take = |name: &str| {
        let value = root.get_attribute(name);
        let _ = root.remove_attribute(name);
        value
    };
    Early { lang: take("data-lang"), intent: take("data-intent") }
}

/// Acts on the early choices as if made in the app, on its home only.
fn act_on(st: AppState, early: Early) {
    if let Some(lang) = st.offered(early.lang.as_deref()) {
        st.choose_lang(lang);
    }
    if st.screen.get_untracked() != Screen::Home {
        return;
    }
    let lang = st.lang.get_untracked();
    match early.intent.as_deref() {
        Some("assessment") => st.go(crate::ui::screens::check::home::assessment_action(st, lang).1),
        Some("walk") => st.go(crate::ui::screens::check::home::walk_action(st, lang).1),
        Some("team") => st.go(Screen::Team),
        Some("data") => st.go(Screen::Data),
        _ => {}
    }
}

/// The company's name and logo when configured, else the app's name.
#[component]
fn Brand() -> impl IntoView {
    let st = use_state();
    let brand = &st.env.config.brand;
    let name = move || match &brand.name {
        Some(n) => n.get(st.lang.get()).to_string(),
        None => st.t("app.service_ladder").to_string(),
    };
    let logo = brand.logo.clone().map(|src| {
        view! { <img class="logo" src=src alt="" referrerpolicy="no-referrer"/> }
    });
    // The company's logo, else the app's mark: a small ladder.
    let mark = match logo {
        Some(logo) => leptos::either::Either::Left(logo),
        None => leptos::either::Either::Right(view! {
            <svg class="mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                <rect class="mark-bg" width="32" height="32" rx="8"></rect>
                <path class="mark-rails" d="M10 6 V26 M22 6 V26"></path>
                <path class="mark-rungs" d="M10 21 H22 M10 16 H22 M10 11 H22"></path>
            </svg>
        }),
    };
    view! { <h1 class="brand">{mark}<span class="brand-name">{name}</span></h1> }
}

/// Whether `ConfigProblems` has anything to show (it is drawn by a later part).
fn config_problems(env: &Env) -> bool {
    !env.problems.is_empty() || (env.options.preview && !env.warnings.is_empty())
}

/// The element the app's own page mounts into (index.html), where
/// loader.js reports a newer version. Not in direct mode: there the page
/// is the host's, and no service worker runs.
fn own_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app").filter(|e| e.has_attribute("data-service-ladder-root"))
}

/// A newer version is installed and waits (loader.js and sw.js): offer to
/// reload into it. Until then this page keeps running the version it
/// started with.
#[component]
fn UpdateNotice() -> impl IntoView {
    let st = use_state();
    let ready = RwSignal::new(false);
    if let Some(root) = own_root().filter(|_| st.env.mode != Mode::Direct) {
        ready.set(root.has_attribute("data-update-ready"));
        let on = Closure::<dyn FnMut()>::new(move || ready.set(true));
        let _ = root.add_event_listener_with_callback("service-ladder:update-ready", on.as_ref().unchecked_ref());
        on.forget();
    }
    let text = move || st.t("app.a_new_version_is_ready");
    // Once in the status region too, so screen readers hear of it.
    Effect::new(move |_| {
        if ready.get() {
            st.say(text());
        }
    });
    let reload = move |_| {
        if let (Some(root), Ok(event)) = (own_root(), web_sys::Event::new("service-ladder:update-now")) {
            let _ = root.dispatch_event(&event);
        }
    };
    move || {
        ready.get().then(|| {
            view! {
                <div class="notice update no-print">
                    <p>{text}</p>
                    <button type="button" class="primary" on:click=reload>
                        {move || st.t("app.reload")}
                    </button>
                </div>
            }
        })
    }
}

/// A button per offered language; the pressed one is current. Answers are
/// keyed by item, so switching never touches them. With one language
/// configured, there is nothing to switch.
#[component]
fn LangSwitch() -> impl IntoView {
    let st = use_state();
    if st.languages().len() < 2 {
        return leptos::either::Either::Left(());
    }
    let button = move |lang: Lang| {
        view! {
            <button
                type="button"
                class="lang"
                lang=lang.code()
                aria-pressed=move || if st.lang.get() == lang { "true" } else { "false" }
                // Its words are being fetched (issue 17): once per widget.
                aria-busy=move || st.env.tables.busy.get().map(|c| if c == lang.code() { "true" } else { "false" })
                disabled=move || st.env.tables.busy.get().is_some()
                on:click=move |_| st.choose_lang(lang)
            >
                // Compact: "RU" on screen; its own name, too, for screen readers.
                // (ASCII: `to_uppercase` would bring Unicode's case tables.)
                {lang.code().to_ascii_uppercase()}
                <span class="sr-only" lang=lang.code() dir=lang.dir()>" "{lang.name()}</span>
            </button>
        }
    };
    leptos::either::Either::Right(view! {
        <div class="langs" role="group" aria-label=move || st.t("app.language")>
            {st.languages().iter().map(|l| button(*l)).collect_view()}
        </div>
    })
}
