//! The two interface languages and text that carries both side by side.

use crate::codec::model::Model;
use crate::codec::reader::Reader;
use serde_json::Value;

crate::choice! {
    /// An interface language.
    pub enum Lang { Ru = "ru", En = "en" }
}

#[allow(clippy::derivable_impls)] // the enum comes from choice!
impl Default for Lang {
    fn default() -> Lang {
        Lang::En
    }
}

impl Lang {
    pub fn code(self) -> &'static str {
        self.id()
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::from_id(code)
    }

    /// Picks the language for a browser language tag such as `ru-RU` or
    /// `en-GB`; anything that is not Russian gets English.
    pub fn from_browser(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        if primary == "ru" { Lang::Ru } else { Lang::En }
    }

    /// The name of the language in itself, for the switcher.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }
}

/// A piece of content in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    pub ru: String,
    pub en: String,
}

impl Text {
    /// The same words in both languages: what a person types is kept as typed.
    pub fn same(s: impl Into<String>) -> Text {
        let s = s.into();
        Text { ru: s.clone(), en: s }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        }
    }
}

/// Written as `{"ru": …, "en": …}`; read with the languages the reader
/// requires (a company may offer only one).
impl Model for Text {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Text> {
        r.text(v, path)
    }
    fn write(&self) -> Value {
        serde_json::json!({ "ru": self.ru, "en": self.en })
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        let one = serde_json::json!({ "type": "string", "minLength": 1, "maxLength": crate::codec::reader::MAX_STRING_CHARS });
        serde_json::json!({
            "type": "object",
            "description": "Text in the configured languages.",
            "properties": { "ru": one, "en": one },
            "additionalProperties": false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_pick_the_language() {
        assert_eq!(Lang::from_browser("ru-RU"), Lang::Ru);
        assert_eq!(Lang::from_browser("RU"), Lang::Ru);
        assert_eq!(Lang::from_browser("en-GB"), Lang::En);
        assert_eq!(Lang::from_browser("de"), Lang::En);
        assert_eq!(Lang::from_browser(""), Lang::En);
    }
}
