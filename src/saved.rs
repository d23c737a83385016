//! What the app keeps on the device between visits, as one versioned
//! document, and how it is read back. Reading never throws data away: an
//! unreadable or newer document is reported so the caller can keep a copy.

use crate::journey::Journey;
use crate::lang::Lang;
use crate::scoring::Answers;
use crate::walk::Walk;
use serde::{Deserialize, Serialize};

/// Every key the app writes starts with this, so it never touches the host
/// page's own keys and can delete exactly its own.
pub const KEY_PREFIX: &str = "service-ladder:";
pub const KEY_STATE: &str = "service-ladder:state";
pub const KEY_BACKUP: &str = "service-ladder:backup";

/// The schema this build writes.
pub const SCHEMA: u32 = 1;

/// Where the person is in the app.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    #[default]
    Home,
    Question {
        index: usize,
    },
    Review,
    Result,
    /// Choosing a journey to walk or edit.
    Journeys,
    /// Editing one of the person's own journeys.
    Editor {
        journey: String,
    },
    /// One touchpoint of the walk.
    Touchpoint {
        index: usize,
    },
    Map,
    /// The finished self-assessment and walkthrough side by side.
    Summary,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Saved {
    pub schema: u32,
    /// The language the person chose; `None` follows the browser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub screen: Screen,
    #[serde(default)]
    pub answers: Answers,
    /// Journeys the person made or copied from a template.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub journeys: Vec<Journey>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub walk: Option<Walk>,
}

impl Saved {
    pub fn new() -> Saved {
        Saved { schema: SCHEMA, ..Saved::default() }
    }

    pub fn encode(&self) -> String {
        // Serialising plain data cannot fail; an empty object is the safe fallback.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing was stored.
    Fresh,
    Restored(Saved),
    /// The stored text cannot be read; keep it as a backup.
    Unreadable { reason: String },
    /// Written by a newer version of the app; leave it untouched.
    Newer { schema: u32 },
}

/// Just the version, read before anything else.
#[derive(Deserialize)]
struct Version {
    schema: Option<u64>,
}

pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Fresh };
    let schema = match serde_json::from_str::<Version>(raw) {
        Ok(v) => v.schema,
        Err(e) => return Loaded::Unreadable { reason: format!("not valid JSON ({e})") },
    };
    match schema {
        None => Loaded::Unreadable { reason: "no schema version".into() },
        Some(s) if s > u64::from(SCHEMA) => Loaded::Newer { schema: u32::try_from(s).unwrap_or(u32::MAX) },
        Some(_) => match serde_json::from_str::<Saved>(raw) {
            Ok(saved) => Loaded::Restored(saved),
            Err(e) => Loaded::Unreadable { reason: e.to_string() },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut s = Saved::new();
        s.lang = Some(Lang::Ru);
        s.screen = Screen::Question { index: 3 };
        s.answers.insert("s01".into(), "b".into());
        assert_eq!(decode(Some(&s.encode())), Loaded::Restored(s));
    }

    #[test]
    fn bad_data_is_reported_not_dropped() {
        assert_eq!(decode(None), Loaded::Fresh);
        assert!(matches!(decode(Some("{\"schema\":1,\"answers\":")), Loaded::Unreadable { .. }));
        assert!(matches!(decode(Some("{\"schema\":1,\"answers\":[1]}")), Loaded::Unreadable { .. }));
        assert!(matches!(decode(Some("{\"answers\":{}}")), Loaded::Unreadable { .. }));
        assert_eq!(decode(Some("{\"schema\":99}")), Loaded::Newer { schema: 99 });
    }
}
