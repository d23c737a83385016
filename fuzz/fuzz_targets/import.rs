//! Any pasted text or file: imported or refused with a reason, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use service_ladder::{content::Content, export, share};
use std::sync::OnceLock;

static FP: OnceLock<u32> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let fp = *FP.get_or_init(|| share::fingerprint(&Content::shipped().expect("shipped content")));
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = export::import(text, fp);
    }
});
