//! Any configuration text: refused with problems or read, never a panic;
//! a configuration that reads, reads the same again.
#![no_main]
use libfuzzer_sys::fuzz_target;
use service_ladder::content::Content;
use service_ladder::embed::config;
use std::sync::OnceLock;

static SHIPPED: OnceLock<Content> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let shipped = SHIPPED.get_or_init(|| Content::shipped().expect("shipped content"));
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(applied) = config::read(text, shipped) {
        let again = config::to_json(&applied.config, &applied.content).to_string();
        assert_eq!(config::read(&again, shipped).map(|a| a.config), Ok(applied.config));
    }
});
