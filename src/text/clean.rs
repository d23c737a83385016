//! Text cleaners: the characters that hide or reorder text, and text with
//! them removed. `clean` is how the reader keeps what a person types or
//! imports (`codec::reader` re-exports it); `invisible` is the narrower
//! set the team view drops from labels it groups by (`team::entry`,
//! `team::collection`). Merging the two sets would change which labels
//! are grouped together, so both stay.

/// Characters a reader cannot see or that reorder text invisibly — used to
/// disguise what a string says (a name that reads backwards, a link that
/// hides its end) or to make two different texts look the same.
pub fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// Hidden characters, and control characters other than a line break or
/// tab in text that may have several lines.
pub fn is_unwanted(c: char, multiline: bool) -> bool {
    is_hidden(c) || (c.is_control() && !(multiline && matches!(c, '\n' | '\t')))
}

/// Text with every unwanted character removed (line endings made `\n`):
/// how what a person types or imports is kept.
pub fn clean(s: &str, multiline: bool) -> String {
    let s = if multiline && s.contains('\r') { s.replace("\r\n", "\n").replace('\r', "\n") } else { s.to_string() };
    if s.chars().any(|c| is_unwanted(c, multiline)) {
        s.chars().filter(|c| !is_unwanted(*c, multiline)).collect()
    } else {
        s
    }
}

/// Characters that hide or reorder text: zero-width marks and
/// direction controls, used to disguise what a label says. A smaller set
/// than `is_hidden`, kept as the team view has always grouped labels by it.
pub fn invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// A letter in lowercase, for the alphabets whose capitals map to small
/// letters by a fixed offset or in pairs (Latin, Greek, Cyrillic,
/// Armenian); anything else is kept. (`str::to_lowercase` would bring
/// Unicode's case tables into the wasm for this alone.)
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let to = match u {
        0x41..=0x5A | 0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x100..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) && u != 0x130 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u.is_multiple_of(2) => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if !u.is_multiple_of(2) => u + 1,
        0x531..=0x556 => u + 0x30,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}
