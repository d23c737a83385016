//! Service Ladder: a client-orientation self-check and customer-journey
//! walkthrough that runs entirely in the browser.
//!
//! Everything except `ui` is a pure core with no DOM: it builds and is
//! tested natively. `ui` is a thin layer of Leptos components over it.

pub mod colour;
pub mod concepts;
pub mod config;
#[cfg(not(target_arch = "wasm32"))]
pub mod config_schema;
pub mod content;
pub mod cues;
pub mod decode;
pub mod events;
pub mod explain;
pub mod export;
pub mod fit;
pub mod history;
pub mod journey;
pub mod journey_map;
pub mod lang;
pub mod merge;
#[macro_use]
pub mod model;
pub mod options;
pub mod order;
pub mod qr;
pub mod saved;
#[cfg(not(target_arch = "wasm32"))]
pub mod score_line;
pub mod scoring;
pub mod share;
pub mod slide;
pub mod team;
pub mod walk;
pub mod week;

#[cfg(target_arch = "wasm32")]
pub mod ui;
