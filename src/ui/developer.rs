//! What the web developer reads: the configuration report in the browser
//! console, the lines the boot adds to the configuration's problems, and
//! the page shown when the app's own content is broken. In English, like
//! the problems of the reader (`codec::reader`) these list; the visitor
//! sees only the short notice in their language (`widgets::notices`).

use crate::ui::state::env::Env;
use leptos::prelude::*;

/// Every configuration problem and notice, in the browser console for the
/// web developer, whatever the mode.
pub fn report_config(env: &Env) {
    let list = |lines: &[String]| lines.iter().map(|l| format!("\n  {l}")).collect::<String>();
    let preview = "Open the page with ?preview=1, or add data-preview to the snippet, to see them on the page.";
    if !env.problems.is_empty() {
        let text = format!(
            "Service Ladder: the configuration was not applied; the app runs with its default content. Fix every problem ({}):{}\n{preview}",
            env.problems.len(),
            list(&env.problems),
        );
        web_sys::console::error_1(&text.into());
    }
    if !env.warnings.is_empty() {
        let text = format!("Service Ladder: configuration notices:{}", list(&env.warnings));
        web_sys::console::warn_1(&text.into());
    }
}

/// The problem when the configuration file or message did not arrive.
pub fn config_not_loaded(why: &str) -> String {
    format!("The configuration could not be loaded: {why}.")
}

/// The notice when no events can be sent to the embedding page.
pub fn no_events(why: &str) -> String {
    format!("Events: {why}.")
}

/// Shown instead of the app when the content itself is broken, for the
/// person who configured it.
#[component]
pub fn ContentErrors(lines: Vec<String>) -> impl IntoView {
    view! {
        <div class="app">
            <main class="screen">
                <h1>"The content of this app could not be loaded"</h1>
                <p>"Fix these problems in the content files and reload:"</p>
                <ul class="problems">{lines.into_iter().map(|l| view! { <li><code>{l}</code></li> }).collect_view()}</ul>
            </main>
        </div>
    }
}
