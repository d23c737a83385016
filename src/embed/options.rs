//! What the page embedding the app asks for: language, parts, the journey
//! to start with, a respondent label, the configuration's source, the host
//! origin events go to, and how the widget fits the page (header, width,
//! preview for the web developer). Read from the iframe's query string or from the
//! direct-mount call; anything invalid is ignored, never fatal.

use crate::embed::config::{self, Parts};
use crate::text::lang::is_code;

/// Longest respondent label kept.
pub const MAX_LABEL_CHARS: usize = 100;

/// Where the configuration comes from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum ConfigSource {
    #[default]
    None,
    /// A file next to the app (`config.json`), fetched from the app's own origin.
    File(String),
    /// Sent by the embedding page in a message after start-up.
    Message,
    /// Handed over directly (direct mode).
    Inline(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Options {
    /// Running inside the snippet's iframe.
    pub embedded: bool,
    /// The host page's origin, as the snippet reported it.
    pub host: Option<String>,
    /// A language code (`ru`, `kk`): shown if the deployment offers it.
    pub lang: Option<String>,
    pub parts: Option<Parts>,
    pub journey: Option<String>,
    pub label: Option<String>,
    pub config: ConfigSource,
    /// The snippet's id for this widget: its data is kept under keys of
    /// its own, so widgets sharing a page or an origin never mix.
    pub instance: Option<String>,
    /// `header=none`: no title bar of the app's own (the host page has one).
    pub hide_header: bool,
    /// `width=host`: as wide as the host's element, not a centred column.
    pub host_width: bool,
    /// `preview=1`: configuration problems shown in full, for the web
    /// developer; visitors get a short notice and the console the details.
    pub preview: bool,
}

pub use crate::embed::file_name::is_config_file;

/// A label as it is kept: one line without hidden characters, trimmed.
pub fn clean_label(s: &str) -> Option<String> {
    let s: String = crate::codec::reader::clean(s, false).chars().take(MAX_LABEL_CHARS).collect();
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// A widget id as storage keys use it: 1–40 letters, digits, `_` or `-`,
/// in lower case.
fn instance_id(s: &str) -> Option<String> {
    let ok = !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    ok.then(|| s.to_ascii_lowercase())
}

impl Options {
    /// Sets one option by name, ignoring values it does not accept.
    pub fn set(&mut self, key: &str, value: &str) {
        match key {
            "embed" => self.embedded = value == "1",
            "origin" if config::is_origin(value) => self.host = Some(value.to_string()),
            "lang" => self.lang = Some(value.to_string()).filter(|c| is_code(c)),
            "parts" => self.parts = Parts::from_id(value),
            "journey" if !value.is_empty() && value.len() <= 64 => self.journey = Some(value.to_string()),
            "label" => self.label = clean_label(value),
            "id" => self.instance = instance_id(value),
            "config" if value == "message" => self.config = ConfigSource::Message,
            "config" if is_config_file(value) => self.config = ConfigSource::File(value.to_string()),
            "header" => self.hide_header = value == "none",
            "width" => self.host_width = value == "host",
            "preview" => self.preview = value == "1",
            _ => {}
        }
    }

    /// From a query string such as `?embed=1&lang=ru&label=Sales%20team`.
    pub fn from_query(query: &str) -> Options {
        let mut o = Options::default();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            if let (Some(k), Some(v)) = (percent_decode(k), percent_decode(v)) {
                o.set(&k, &v);
            }
        }
        o
    }
}

/// Decodes `%xx` and `+`; `None` for broken escapes or invalid UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_snippet_options() {
        let o = Options::from_query(
            "?embed=1&origin=https%3A%2F%2Fintranet.example.com&lang=ru&parts=walkthrough&journey=hotel&label=Sales+team%2C+2nd+floor&config=acme.json",
        );
        assert!(o.embedded);
        assert_eq!(o.host.as_deref(), Some("https://intranet.example.com"));
        assert_eq!(o.lang.as_deref(), Some("ru"));
        assert_eq!(o.parts, Some(Parts::Walkthrough));
        assert_eq!(o.journey.as_deref(), Some("hotel"));
        assert_eq!(o.label.as_deref(), Some("Sales team, 2nd floor"));
        assert_eq!(o.config, ConfigSource::File("acme.json".into()));
        assert!(!o.hide_header && !o.host_width && !o.preview);
        let o = Options::from_query("?header=none&width=host&preview=1");
        assert!(o.hide_header && o.host_width && o.preview);
    }

    #[test]
    fn ignores_what_it_does_not_accept() {
        let o = Options::from_query(
            "origin=javascript:alert(1)&lang=de_DE!&parts=all&config=https://evil.example/c.json&label=%ZZ&x=1&header=0&width=100%25&preview=yes",
        );
        assert_eq!(o, Options::default());
        for bad in ["../secret.json", "a/b.json", ".json", "c.js", "c..json"] {
            assert!(!is_config_file(bad), "{bad}");
        }
        assert!(is_config_file("config.json"));
        let long = Options::from_query(&format!("label={}", "é".repeat(300)));
        assert_eq!(long.label.unwrap().chars().count(), MAX_LABEL_CHARS);
        let hidden = Options::from_query("label=Sales%E2%80%AE%E2%80%8Bteam&id=Team_A");
        assert_eq!(hidden.label.as_deref(), Some("Salesteam"));
        assert_eq!(hidden.instance.as_deref(), Some("team_a"));
        assert_eq!(Options::from_query("id=a%3Ab").instance, None);
    }
}
