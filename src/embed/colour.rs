//! Brand colours: parsing `#rgb` / `#rrggbb` and the WCAG contrast ratio,
//! so a company's colours are used only where people can still read them.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const WHITE: Rgb = Rgb(255, 255, 255);
/// The lightest grey the app puts text on (`--surface` in style/main.css);
/// tinted chips and bands are lighter still against dark text.
pub const SURFACE: Rgb = Rgb(0xf3, 0xf5, 0xf8);

impl Rgb {
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
                Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
            }
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2 defines it.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// Contrast ratio between two colours, 1…21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Ratio with one decimal, as people quote it ("4.5:1").
pub fn ratio_text(r: f64) -> String {
    let tenths = (r * 10.0).floor() as u32;
    format!("{}.{}:1", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_measures() {
        assert_eq!(Rgb::parse("#fff"), Some(WHITE));
        assert_eq!(Rgb::parse("#1F5FA8"), Some(Rgb(0x1f, 0x5f, 0xa8)));
        for bad in ["fff", "#ffff", "#ggg", "#12345", "", "#", "red", "#+1+2+3"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert!((contrast(Rgb(0, 0, 0), WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // The default accent passes; a yellow does not.
        assert!(contrast(Rgb(0x1f, 0x5f, 0xa8), WHITE) >= 4.5);
        assert!(contrast(Rgb(0xff, 0xcc, 0x00), WHITE) < 3.0);
        assert_eq!(ratio_text(4.56), "4.5:1");
        assert_eq!(Rgb(0x1f, 0x5f, 0xa8).hex(), "#1f5fa8");
    }
}
