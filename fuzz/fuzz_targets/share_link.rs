//! Any fragment: refused or read, never a panic; what is read encodes back
//! to a link that reads the same.
#![no_main]
use libfuzzer_sys::fuzz_target;
use service_ladder::content::Content;
use service_ladder::document::share;
use std::sync::OnceLock;

static FP: OnceLock<u32> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let fp = *FP.get_or_init(|| share::fingerprint(&Content::shipped().expect("shipped content")));
    let text = String::from_utf8_lossy(data);
    for input in [text.to_string(), format!("share={text}"), format!("share={}", share::base64url(data))] {
        if let Ok(s) = share::decode(&input, fp) {
            let again = share::decode(&format!("share={}", share::encode(&s, fp)), fp);
            assert_eq!(again, Ok(s));
        }
    }
});
