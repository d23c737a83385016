//! The interface: Leptos components over the pure core. Views (one per
//! screen) are apart from the small shared components they are built from.
//! This file boots the app: it reads what the embedding page asks for and
//! the company configuration, then mounts.

mod app;
mod browser;
mod developer;
mod i18n;
mod router;
mod screens;
mod state;
mod widgets;

use crate::codec::reader::Problem;
use crate::content::Content;
use crate::embed::config::{Applied, Config};
use crate::embed::options::{ConfigSource, Options};
use crate::ui::state::env::{Env, Mode};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Starts the app in its own page or in the snippet's iframe: into the
/// element marked `data-service-ladder-root` (in index.html).
pub fn start() {
    let Some(window) = web_sys::window() else { return };
    let Some(document) = window.document() else { return };
    let Some(root) = document
        .get_element_by_id("app")
        .filter(|e| e.has_attribute("data-service-ladder-root"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // builder.html: the configuration builder instead of the self-check.
    if root.has_attribute("data-builder") {
        return start_builder(root);
    }
    let search = window.location().search().unwrap_or_default();
    let options = Options::from_query(&search);
    let framed = options.embedded && window.parent().ok().flatten().is_some_and(|p| !js_sys::Object::is(&p, &window));
    let mode = if framed { Mode::Frame } else { Mode::Standalone };
    let page = browser::files::own_page(&options);
    match options.config.clone() {
        ConfigSource::File(name) => {
            wasm_bindgen_futures::spawn_local(async move {
                let text = browser::files::fetch_text(&name).await.map_err(|why| format!("{name}: {why}"));
                boot(root, options, mode, page, Some(text), None);
            });
        }
        ConfigSource::Message if framed => {
            let origin = options.host.clone().unwrap_or_default();
            browser::host::request_config(origin, move |text| {
                let text = text.ok_or_else(|| String::from("the embedding page did not send the configuration"));
                boot(root, options, mode, page, Some(text), None);
            });
        }
        _ => boot(root, options, mode, page, None, None),
    }
}

/// The configuration builder (builder.html): its words, then its part.
fn start_builder(root: web_sys::HtmlElement) {
    let Ok(shipped) = Content::shipped() else { return };
    let tables = i18n::words::Tables::from_root(&root);
    wasm_bindgen_futures::spawn_local(async move {
        // loader.js handed over the visitor's words; the other language is
        // fetched when the person switches.
        if !tables.any() {
            for code in ["ru", "en"] {
                if tables.fetch(code).await.is_ok() {
                    break;
                }
            }
        }
        if !tables.any() {
            if let Ok(event) = web_sys::CustomEvent::new("service-ladder:failed") {
                let _ = root.dispatch_event(&event);
            }
            return;
        }
        // A part that cannot be fetched: loader.js shows why, with a retry.
        if !router::builder(root.clone(), shipped, tables).await
            && let Ok(event) = web_sys::CustomEvent::new("service-ladder:failed")
        {
            let _ = root.dispatch_event(&event);
        }
    });
}

/// Mounts the app into an element of the host page (direct mode). Called by
/// embed.js with the snippet's options as JSON and a function that receives
/// events as `(type, detail)`.
#[wasm_bindgen]
pub fn mount(root: web_sys::HtmlElement, options: String, emit: js_sys::Function) {
    let value: serde_json::Value = serde_json::from_str(&options).unwrap_or_default();
    let mut o = Options::default();
    for key in ["lang", "parts", "journey", "label", "id", "header", "width", "preview"] {
        if let Some(v) = value.get(key).and_then(|v| v.as_str()) {
            o.set(key, v);
        }
    }
    let page = value.get("page").and_then(|v| v.as_str()).filter(|p| p.starts_with("http")).unwrap_or("").to_string();
    let config = value.get("config").and_then(|v| v.as_str()).map(|c| Ok(c.to_string()));
    if let Some(Ok(text)) = &config {
        o.config = ConfigSource::Inline(text.clone());
    }
    boot(root, o, Mode::Direct, page, config, Some(emit));
}

fn boot(
    root: web_sys::HtmlElement,
    options: Options,
    mode: Mode,
    page: String,
    config_text: Option<Result<String, String>>,
    emit: Option<js_sys::Function>,
) {
    let shipped = match Content::shipped() {
        Ok(c) => c,
        Err(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            root.set_text_content(None);
            leptos::mount::mount_to(root, move || view! { <developer::ContentErrors lines=lines/> }).forget();
            return;
        }
    };
    let defaults =
        |shipped, problems| Configured { content: shipped, config: Config::default(), problems, warnings: Vec::new() };
    match config_text {
        None => show(root, options, mode, page, defaults(shipped, Vec::new()), emit),
        Some(Err(why)) => {
            let problems = vec![developer::config_not_loaded(&why)];
            show(root, options, mode, page, defaults(shipped, problems), emit)
        }
        // Read by a later part of the wasm: only pages with a configuration fetch it.
        Some(Ok(text)) => wasm_bindgen_futures::spawn_local(async move {
            let line = |p: &Problem| p.to_string();
            let configured = match configure(text, shipped.clone(), mode, &page).await {
                Ok(Applied { content, config, warnings }) => {
                    Configured { content, config, problems: Vec::new(), warnings: warnings.iter().map(line).collect() }
                }
                Err(problems) => defaults(shipped, problems.iter().map(line).collect()),
            };
            show(root, options, mode, page, configured, emit);
        }),
    }
}

/// Reads the configuration, then fetches the company's language files
/// beside it (in direct mode beside the app, where the snippet fetched the
/// configuration) and adds them.
async fn configure(text: String, shipped: Content, mode: Mode, page: &str) -> Result<Applied, Vec<Problem>> {
    let applied = router::configure(text, shipped).await?;
    let mut fetched = Vec::new();
    for own in &applied.config.own {
        let Some(name) = &own.file else { continue };
        let url = match mode {
            Mode::Direct if !page.is_empty() => web_sys::Url::new_with_base(name, page).map(|u| u.href()).ok(),
            _ => Some(name.clone()),
        };
        let text = match url {
            Some(url) => browser::files::fetch_text(&url).await,
            None => Err("no address to fetch it from".into()),
        };
        fetched.push((own.code.clone(), text));
    }
    if fetched.is_empty() { Ok(applied) } else { router::add_languages(applied, fetched).await }
}

/// The content and configuration the app runs with, and what was wrong.
struct Configured {
    content: Content,
    config: Config,
    problems: Vec<String>,
    warnings: Vec<String>,
}

fn show(
    root: web_sys::HtmlElement,
    options: Options,
    mode: Mode,
    page: String,
    configured: Configured,
    emit: Option<js_sys::Function>,
) {
    // Only the visitor's words are fetched before the first screen (issue
    // 17): loader.js or embed.js usually hands them over; a configuration
    // may ask for another language, fetched here. Until then the static
    // home stays.
    let tables = i18n::words::Tables::from_root(&root);
    let offered = i18n::words::offered(&configured.config, &tables);
    let saved = state::keep::Keeper::saved_lang(options.instance.as_deref());
    let first = state::first_lang(
        &offered,
        options.lang.as_deref(),
        saved.as_deref(),
        configured.config.default_language.as_deref(),
    );
    // A language pressed on the static home meanwhile (loader.js), which
    // the app turns to as it mounts (src/ui/app.rs): its words too.
    let pressed = root.get_attribute("data-lang").and_then(|c| crate::text::lang::pick(&c, &offered));
    // A company's own language shows its fallback's words where its file
    // has none: those are fetched too.
    let mut codes: Vec<String> = first.into_iter().chain(pressed).map(|l| l.code().to_string()).collect();
    codes.extend(i18n::words::fallbacks(&configured.config));
    codes.retain(|c| crate::text::language_file::BUILT_IN_NAMES.iter().any(|(b, _)| b == c));
    codes.dedup();
    wasm_bindgen_futures::spawn_local(async move {
        for code in codes {
            if let Err(why) = tables.fetch(&code).await {
                web_sys::console::warn_2(&"service-ladder".into(), &format!("{code}.json: {why}").into());
            }
        }
        if tables.any() {
            mount_app(root, options, mode, page, configured, emit, tables);
        } else {
            // No words to say it with: loader.js or embed.js shows the
            // failure, with a retry, as for a wasm that cannot load.
            let event = web_sys::CustomEvent::new("service-ladder:failed");
            if let Ok(event) = event {
                let _ = root.dispatch_event(&event);
            }
        }
    });
}

fn mount_app(
    root: web_sys::HtmlElement,
    options: Options,
    mode: Mode,
    page: String,
    configured: Configured,
    emit: Option<js_sys::Function>,
    tables: i18n::words::Tables,
) {
    let Configured { content, config, problems, mut warnings } = configured;
    root.set_text_content(None);
    let host = match (mode, emit) {
        (Mode::Direct, Some(emit)) => browser::host::Host::Direct { emit },
        (Mode::Frame, _) => browser::host::framed(options.host.as_deref(), &config.hosts).unwrap_or_else(|why| {
            warnings.push(developer::no_events(&why));
            browser::host::Host::Alone
        }),
        _ => browser::host::Host::Alone,
    };
    browser::host::watch_height(&host, &root);
    // Links made under an inline configuration open where the company
    // says that configuration runs; a configuration file's name already
    // travels in the page's address.
    let page = if page.contains("?config=") { page } else { config.share_page.clone().unwrap_or(page) };
    // One Env per widget, for the page's lifetime.
    let by_role = content.assessment.roles.iter().map(|r| content.assessment.for_role(&r.id)).collect();
    let langs = i18n::words::offered(&config, &tables);
    // A company language's message keys its file lacks, for the preview
    // (visitors see its fallback's words for them).
    for file in &config.words {
        let Some(lang) = langs.iter().find(|l| l.code() == file.code) else { continue };
        let Some(fallback) = lang.fallback() else { continue };
        let keys = lang.missing(fallback);
        if !keys.is_empty() {
            let at = config.languages.iter().position(|c| *c == file.code).unwrap_or(0);
            warnings.push(format!(
                "languages[{at}]({}): {} messages missing, shown in \"{}\": {}",
                file.code,
                keys.len(),
                fallback.code(),
                keys.join(", ")
            ));
        }
    }
    let env: &'static Env = Box::leak(Box::new(Env {
        content,
        langs,
        tables,
        by_role,
        config,
        options,
        mode,
        page,
        problems,
        warnings,
        merge: |base, mine, theirs, prefer, then| router::merge_now(base, mine, theirs, prefer, then),
    }));
    let element: web_sys::Element = root.clone().unchecked_into();
    leptos::mount::mount_to(root, move || view! { <app::App env=env host=host root=element/> }).forget();
}
