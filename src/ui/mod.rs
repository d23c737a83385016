//! The interface: Leptos components over the pure core. Views (one per
//! screen) are apart from the small shared components they are built from.

mod app;
mod chart;
mod data;
mod editor;
mod files;
mod home;
mod journeys;
mod map;
mod question;
mod report;
mod result;
mod review;
mod share_link;
mod shared;
mod state;
mod storage;
mod summary;
mod viewing;
mod walk_step;
mod words;

use crate::content::Content;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Loads the content and mounts the app into `#app` (or the body).
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let root: Option<web_sys::HtmlElement> = document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into().ok())
        .or_else(|| document.body());
    let Some(root) = root else { return };
    // The host page's "loading" placeholder goes once the app can draw.
    root.set_text_content(None);
    match Content::shipped() {
        Ok(content) => {
            let content: &'static Content = Box::leak(Box::new(content));
            leptos::mount::mount_to(root, move || view! { <app::App content=content/> }).forget();
        }
        Err(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            leptos::mount::mount_to(root, move || view! { <app::ContentErrors lines=lines/> }).forget();
        }
    }
}
