//! Publishing: the configuration file to download, the two-line snippet
//! with the chosen options (copied with one tap), the headers the host and
//! the app's own server need for the pages entered, and a sheet to print
//! for the web team.

use super::state::{AtField, use_b};
use crate::embed::builder::{Mode, Snippet};
use crate::ui::browser::files;
use leptos::prelude::*;

/// The app's folder: where builder.html is.
fn app_folder() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let path = href.split(['?', '#']).next().unwrap_or("");
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => path.to_string(),
    }
}

#[component]
pub fn Publish() -> impl IntoView {
    let b = use_b();
    let lang = b.lang.get_untracked();
    let app = RwSignal::new(app_folder());
    let mode = RwSignal::new(Mode::Iframe);
    let start_lang = RwSignal::new(String::new());
    let file = RwSignal::new(String::from("config.json"));
    let no_header = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let snippet = move || {
        let mut app = app.get();
        if !app.ends_with('/') {
            app.push('/');
        }
        Snippet {
            app,
            mode: mode.get(),
            lang: Some(start_lang.get()).filter(|l| !l.is_empty()),
            file: file.get(),
            no_header: no_header.get(),
        }
    };
    let html = move || snippet().html(b.draft.with(|d| d.parts()));
    let host_policy = move || snippet().host_policy();
    let app_policy = move || b.draft.with(|d| snippet().app_policy(&d.hosts(), d.logo()));
    let hosts = b.draft.with_untracked(|d| d.hosts().join("\n"));
    let langs = move || {
        b.draft
            .with(|d| d.languages())
            .into_iter()
            .map(|c| view! { <option value=c.clone()>{c.to_uppercase()}</option> })
            .collect_view()
    };
    let modes = [(Mode::Iframe, "iframe", lang.t("builder.mode_iframe")), (Mode::Direct, "direct", lang.t("builder.mode_direct"))]
        .into_iter()
        .map(|(m, id, label)| {
            view! {
                <label class="choice">
                    <input type="radio" name="b-mode" value=id prop:checked=move || mode.get() == m on:change=move |_| mode.set(m)/>
                    {label}
                </label>
            }
        })
        .collect_view();
    let download = move |_| {
        let name = file.get_untracked();
        let name = if crate::embed::options::is_config_file(&name) { name } else { "config.json".into() };
        let text = b.draft.with_untracked(|d| d.text());
        files::download(&name, "application/json", &text);
    };
    let copy = move |_| {
        copied.set(files::copy(&html()));
    };
    view! {
        <section class="builder-section publish" aria-labelledby="b-publish">
            <h2 id="b-publish">{lang.t("builder.publish")}</h2>
            <div class="builder-field">
                <label for="b-hosts">{lang.t("builder.hosts")}</label>
                <textarea id="b-hosts" rows="2" spellcheck="false" placeholder="https://www.example.com" prop:value=hosts
                    on:change=move |ev| { let v = event_target_value(&ev); b.change(|d| d.set_hosts(&v)) }></textarea>
                <p class="hint">{lang.t("builder.hosts_hint")}</p>
                <AtField field="hosts"/>
            </div>
            <div class="builder-field">
                <label for="b-file">{lang.t("builder.file_name")}</label>
                <input id="b-file" type="text" spellcheck="false" prop:value=move || file.get()
                    on:change=move |ev| file.set(event_target_value(&ev))/>
            </div>
            <div class="builder-row no-print">
                <button type="button" class="primary download-config" on:click=download>{lang.t("builder.download")}</button>
            </div>
            <div class="builder-field">
                <label for="b-app">{lang.t("builder.app_address")}</label>
                <input id="b-app" type="url" spellcheck="false" prop:value=move || app.get()
                    on:change=move |ev| app.set(event_target_value(&ev))/>
            </div>
            <fieldset>
                <legend>{lang.t("builder.mode")}</legend>
                {modes}
            </fieldset>
            <div class="builder-field">
                <label for="b-start-lang">{lang.t("builder.start_language")}</label>
                <select id="b-start-lang" on:change=move |ev| start_lang.set(event_target_value(&ev))>
                    <option value="">{lang.t("builder.visitor_language")}</option>
                    {langs}
                </select>
            </div>
            <label class="choice">
                <input type="checkbox" prop:checked=move || no_header.get() on:change=move |ev| no_header.set(event_target_checked(&ev))/>
                {lang.t("builder.no_header")}
            </label>
            <h3>{lang.t("builder.snippet")}</h3>
            <pre class="code snippet"><code>{html}</code></pre>
            <div class="builder-row no-print">
                <button type="button" class="copy-snippet" on:click=copy>{lang.t("builder.copy")}</button>
                <span role="status">{move || copied.get().then(|| b.t("builder.copied"))}</span>
            </div>
            <h3>{lang.t("builder.host_headers")}</h3>
            <p class="hint">{lang.t("builder.host_headers_hint")}</p>
            <pre class="code host-policy"><code>{move || format!("Content-Security-Policy: {}", host_policy())}</code></pre>
            <h3>{lang.t("builder.app_headers")}</h3>
            <p class="hint">{lang.t("builder.app_headers_hint")}</p>
            <pre class="code app-policy"><code>{move || format!("Content-Security-Policy: {}", app_policy())}</code></pre>
            <div class="builder-row no-print">
                <button type="button" class="print-sheet" on:click=move |_| files::print()>{lang.t("builder.print")}</button>
            </div>
        </section>
    }
}
