//! The two interface languages and text that carries both side by side.

//!
//! A leaf: it depends on nothing else in the crate. How both are read and
//! written (`Model`) is in `codec::model`, beside the trait.

/// An interface language. Written as its code (`"ru"`, `"en"`); the same
/// shape `choice!` gives every other enum, spelled out so this file
/// stays a leaf.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    Ru,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ru, Lang::En];

    pub fn id(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        match id {
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

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
