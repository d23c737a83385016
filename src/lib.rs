//! Service Ladder: a client-orientation self-check and customer-journey
//! walkthrough that runs entirely in the browser.
//!
//! Everything except `ui` is a pure core with no DOM: it builds and is
//! tested natively. `ui` is a thin layer of Leptos components over it.

pub mod check;
#[macro_use]
pub mod codec;
pub mod content;
pub mod document;
pub mod embed;
pub mod order;
pub mod team;
pub mod text;
pub mod walk;

#[cfg(target_arch = "wasm32")]
pub mod ui;
