//! What the command-line examples share: the shipped content, or the
//! reasons it cannot be read and a failing exit.

use service_ladder::content::Content;

/// The shipped content; every problem on standard error and exit code 1
/// when it does not load.
pub fn shipped_or_exit() -> Content {
    Content::shipped().unwrap_or_else(|problems| {
        for p in problems {
            eprintln!("{p}");
        }
        std::process::exit(1);
    })
}
