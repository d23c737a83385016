//! Being embedded in a company's page: its configuration (and that
//! configuration's JSON Schema), the snippet's options, the events sent
//! to the host page and brand colour contrast.

pub mod builder;
pub mod colour;
pub mod config;
pub mod events;
pub mod file_name;
pub mod languages;
pub mod options;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
