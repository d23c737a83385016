//! Everything the app keeps on the device, as one versioned document, and
//! how it is read back. Older documents are migrated by pure functions, one
//! per schema; reading never throws data away: an unreadable or newer
//! document is reported so the caller can keep it aside untouched.

use crate::history::Record;
use crate::journey::Journey;
use crate::lang::Lang;
use crate::scoring::Answers;
use crate::walk::Walk;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Every key the app writes starts with this, so it never touches the host
/// page's own keys and can delete exactly its own.
pub const KEY_PREFIX: &str = "service-ladder:";
pub const KEY_STATE: &str = "service-ladder:state";
/// Unreadable documents are moved here (`…:backup`, `…:backup-2`, …).
pub const KEY_BACKUP: &str = "service-ladder:backup";

/// The schema this build writes.
/// 1 — answers, screen and language (the first release, later with journeys and a walk);
/// 2 — one envelope: preferences, progress, own journeys, the walk and a history of results.
pub const SCHEMA: u32 = 2;

/// Most finished results kept in the history; the oldest go first.
pub const MAX_HISTORY: usize = 30;

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
    /// The person's data: history, export, import, deletion.
    Data,
    /// A one-page printable report.
    Report,
    /// A result from a share link or the history, read-only.
    Shared,
}

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Prefs {
    /// The language the person chose; `None` follows the browser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Saved {
    pub schema: u32,
    #[serde(default)]
    pub prefs: Prefs,
    #[serde(default)]
    pub screen: Screen,
    #[serde(default)]
    pub answers: Answers,
    /// Journeys the person made or copied from a template.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub journeys: Vec<Journey>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub walk: Option<Walk>,
    /// Finished results, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Record>,
}

impl Saved {
    pub fn new() -> Saved {
        Saved { schema: SCHEMA, ..Saved::default() }
    }

    pub fn encode(&self) -> String {
        // Serialising plain data cannot fail; an empty object is the safe fallback.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Adds a finished result, dropping the oldest beyond `MAX_HISTORY`.
    pub fn remember(&mut self, record: Record) {
        remember(&mut self.history, record);
    }
}

/// Adds a finished result to a history, dropping the oldest beyond `MAX_HISTORY`.
pub fn remember(history: &mut Vec<Record>, record: Record) {
    history.push(record);
    let extra = history.len().saturating_sub(MAX_HISTORY);
    history.drain(..extra);
}

#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing was stored.
    Fresh,
    /// Read, migrated from `from` when older than `SCHEMA`.
    Restored { saved: Saved, from: u32 },
    /// The stored text cannot be read; keep it as a backup.
    Unreadable { reason: String },
    /// Written by a newer version of the app; leave it untouched.
    Newer { schema: u32 },
}

/// Reads a stored document of any known schema.
pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Fresh };
    let value: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => return Loaded::Unreadable { reason: format!("not valid JSON ({e})") },
    };
    decode_value(value)
}

/// The same, for a document already parsed (an imported file).
pub fn decode_value(mut value: Value) -> Loaded {
    let from = match value.get("schema").and_then(Value::as_u64) {
        Some(s) => s,
        None => return Loaded::Unreadable { reason: "no schema version".into() },
    };
    if from > u64::from(SCHEMA) {
        return Loaded::Newer { schema: u32::try_from(from).unwrap_or(u32::MAX) };
    }
    if from == 0 {
        return Loaded::Unreadable { reason: "schema 0 does not exist".into() };
    }
    // Each step lifts the document one schema up.
    let steps: [fn(Value) -> Result<Value, String>; 1] = [migrate_v1];
    for step in &steps[(from as usize - 1)..] {
        value = match step(value) {
            Ok(v) => v,
            Err(reason) => return Loaded::Unreadable { reason },
        };
    }
    // Through text rather than `from_value`: one deserializer for every
    // type instead of two keeps the wasm smaller.
    match serde_json::from_str::<Saved>(&value.to_string()) {
        Ok(saved) => Loaded::Restored { saved, from: from as u32 },
        Err(e) => Loaded::Unreadable { reason: e.to_string() },
    }
}

/// Schema 1 → 2. Version 1 kept `lang` at the top and, in its first form,
/// tagged screens as `{"at": "question", "index": 3}`; version 2 keeps the
/// language under `prefs` and writes screens as `{"question": {"index": 3}}`.
pub fn migrate_v1(v: Value) -> Result<Value, String> {
    let Value::Object(mut old) = v else { return Err("expected an object".into()) };
    let mut new = Map::new();
    new.insert("schema".into(), Value::from(2));
    let mut prefs = Map::new();
    if let Some(lang) = old.remove("lang") {
        prefs.insert("lang".into(), lang);
    }
    new.insert("prefs".into(), Value::Object(prefs));
    if let Some(screen) = old.remove("screen") {
        new.insert("screen".into(), screen_v1(screen));
    }
    for key in ["answers", "journeys", "walk"] {
        if let Some(v) = old.remove(key) {
            new.insert(key.into(), v);
        }
    }
    Ok(Value::Object(new))
}

fn screen_v1(screen: Value) -> Value {
    let Value::Object(mut m) = screen else { return screen };
    match m.remove("at") {
        Some(Value::String(at)) if m.is_empty() => Value::String(at),
        Some(Value::String(at)) => {
            let mut outer = Map::new();
            outer.insert(at, Value::Object(m));
            Value::Object(outer)
        }
        Some(other) => other,
        None => Value::Object(m),
    }
}

/// The key for the next backup slot: an existing backup is never overwritten.
pub fn backup_key(taken: impl Fn(&str) -> bool) -> String {
    if !taken(KEY_BACKUP) {
        return KEY_BACKUP.to_string();
    }
    let mut n = 2;
    loop {
        let key = format!("{KEY_BACKUP}-{n}");
        if !taken(&key) {
            return key;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut s = Saved::new();
        s.prefs.lang = Some(Lang::Ru);
        s.screen = Screen::Question { index: 3 };
        s.answers.insert("s01".into(), "b".into());
        assert_eq!(decode(Some(&s.encode())), Loaded::Restored { saved: s, from: SCHEMA });
    }

    #[test]
    fn bad_data_is_reported_not_dropped() {
        assert_eq!(decode(None), Loaded::Fresh);
        assert!(matches!(decode(Some("{\"schema\":2,\"answers\":")), Loaded::Unreadable { .. }));
        assert!(matches!(decode(Some("{\"schema\":2,\"answers\":[1]}")), Loaded::Unreadable { .. }));
        assert!(matches!(decode(Some("{\"answers\":{}}")), Loaded::Unreadable { .. }));
        assert!(matches!(decode(Some("{\"schema\":0}")), Loaded::Unreadable { .. }));
        assert!(matches!(decode(Some("[]")), Loaded::Unreadable { .. }));
        assert_eq!(decode(Some("{\"schema\":99}")), Loaded::Newer { schema: 99 });
    }

    #[test]
    fn backups_never_overwrite_each_other() {
        assert_eq!(backup_key(|_| false), KEY_BACKUP);
        let taken = [KEY_BACKUP.to_string(), format!("{KEY_BACKUP}-2")];
        assert_eq!(backup_key(|k| taken.iter().any(|t| t == k)), format!("{KEY_BACKUP}-3"));
    }
}
