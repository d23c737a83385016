//! Any pasted text or file: imported or refused with a reason, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use service_ladder::content::Content;
use service_ladder::text::language_file::native;
use service_ladder::document::{export, share};
use std::sync::OnceLock;

static CONTENT: OnceLock<Content> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let c = CONTENT.get_or_init(|| Content::shipped().expect("shipped content"));
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Whatever is accepted can be scored, exported, imported back and shared.
    match export::import(text, c) {
        Ok(export::Import::Everything(saved)) => {
            let _ = service_ladder::check::scoring::score(&c.assessment, &saved.answers);
            let _ = export::csv(c, saved.prefs.role.as_deref(), service_ladder::text::lang::native("ru"), Some(&saved.answers), None);
            let again = export::import(&export::everything(&saved), c);
            assert_eq!(again, Ok(export::Import::Everything(saved)));
        }
        Ok(export::Import::Result(record)) => {
            let again = export::import(&export::one_result(&record), c);
            assert_eq!(again, Ok(export::Import::Result(record)));
        }
        Ok(export::Import::Link(opened)) => {
            let fp = share::fingerprint(c);
            let link = share::link("https://example.com/", &opened.shared, fp).0;
            assert!(share::open(&link[link.find('#').unwrap_or(0)..], c).is_ok());
        }
        Err(_) => {}
    }
});
