//! Any stored text: fresh, restored, unreadable or newer — never a panic;
//! what is restored stores and restores the same.
#![no_main]
use libfuzzer_sys::fuzz_target;
use service_ladder::document::saved::{self, Loaded};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Loaded::Restored { saved, .. } = saved::decode(Some(text)) {
        match saved::decode(Some(&saved.encode())) {
            Loaded::Restored { saved: again, .. } => assert_eq!(again, saved),
            other => panic!("a restored document must restore again: {other:?}"),
        }
    }
});
