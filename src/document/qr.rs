//! A QR code of a share link, as one SVG path: for passing a result from a
//! phone to another device without typing.

use qrcodegen::{QrCode, QrCodeEcc};

/// Side of the code in modules, and the path drawing its dark modules
/// (one `M x y h1 v1 h-1 z` square each), with a quiet zone of 4 modules.
pub struct QrSvg {
    pub size: usize,
    pub path: String,
}

pub const QUIET: usize = 4;

/// `None` when the text is too long for any QR code.
pub fn svg(text: &str) -> Option<QrSvg> {
    // Medium error correction survives a scratched or dim screen.
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size() as usize;
    let mut path = String::with_capacity(n * n * 4);
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if code.get_module(x as i32, y as i32) {
                // Runs of dark modules in a row become one rectangle.
                let start = x;
                while x < n && code.get_module(x as i32, y as i32) {
                    x += 1;
                }
                path.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    Some(QrSvg { size: n + 2 * QUIET, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_path() {
        let q = svg("https://example.com/app/#share=AQIDBA").unwrap();
        assert!(q.size >= 21 + 2 * QUIET);
        assert!(q.path.starts_with('M') && q.path.ends_with('z'));
        // The three finder patterns start with a run of seven dark modules.
        assert!(q.path.contains(&format!("M{} {}h7v1h-7z", QUIET, QUIET)));
    }

    #[test]
    fn the_longest_link_still_fits() {
        assert!(svg(&"x".repeat(crate::document::share::MAX_LINK_CHARS)).is_some());
        assert!(svg(&"x".repeat(5_000)).is_none());
    }
}
