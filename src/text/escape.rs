//! Text made safe inside XML and SVG. Two variants, each exactly what its
//! caller has always written (a slide exported earlier and one exported
//! now stay byte for byte the same): `svg` for the journey map's slide
//! (`walk::slide`), `xml` for the team's slides (`team::slides`). They
//! differ only in `'` and in control characters; merging them would
//! change one caller's output.

/// Text safe inside an SVG element or attribute, as the journey map's
/// slide writes it: `'` as `&#39;`, a control character as a space.
pub fn svg(s: &str) -> String {
    escape(s, "&#39;", Some(' '))
}

/// Text made safe for XML, as the team's slides write it: `'` as
/// `&apos;`, control characters dropped.
pub fn xml(s: &str) -> String {
    escape(s, "&apos;", None)
}

/// The one escaping both share: `apostrophe` for `'`, `control` in place
/// of a control character (none: dropped).
fn escape(s: &str, apostrophe: &str, control: Option<char>) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str(apostrophe),
            c if c.is_control() => out.extend(control),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_differ_only_where_documented() {
        let s = "<b>&\"'\u{7}</b>";
        assert_eq!(svg(s), "&lt;b&gt;&amp;&quot;&#39; &lt;/b&gt;");
        assert_eq!(xml(s), "&lt;b&gt;&amp;&quot;&apos;&lt;/b&gt;");
    }
}
