//! Everything the app keeps on the device, as one versioned document, and
//! how it is read back. Older documents are migrated by pure functions, one
//! per schema; reading never throws data away: an unreadable or newer
//! document is reported so the caller can keep it aside untouched.

use crate::check::scoring::Answers;
use crate::codec::model::{Dict, Id, List, Model, Opt, Range};
use crate::codec::reader::Reader;
pub use crate::codec::reader::problem_summary;
use crate::document::colleague::{ColleagueView, MAX_VIEWS};
use crate::document::history::{self, Record};
use crate::team::stored::{MAX_TEAMS, TeamRecord};
use crate::text::language_file::Code;
use crate::walk::journey::Journey;
use crate::walk::record::Walk;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Every key the app writes starts with this, so it never touches the host
/// page's own keys and can delete exactly its own.
pub const KEY_PREFIX: &str = "service-ladder:";

/// The schema this build writes.
/// 1 — answers, screen and language (the first release, later with journeys and a walk);
/// 2 — one envelope: preferences, progress, own journeys, the walk and a history of results;
/// 3 — a revision number for copies open in other tabs; records carry an id, their source
///     and the scoring model that made them;
/// 6 — kept team collections may carry the team focus the manager set.
pub const SCHEMA: u32 = 6;

/// Most finished results kept in the history; the oldest go first.
pub const MAX_HISTORY: usize = 30;
/// The most time kept for one item: an hour, in tenths of a second.
pub const MAX_TENTHS: u32 = crate::document::history::MAX_TENTHS;

/// How many of the last clients the check asks about.
pub const EPISODES: usize = 5;

/// Most journeys of a person's own.
pub const MAX_OWN_JOURNEYS: usize = 50;

/// Where the person is in the app.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Home,
    /// Choosing the kind of work, before the first question.
    Role,
    Question {
        index: usize,
    },
    Review,
    /// The last five clients, after the questions.
    Episodes,
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
    /// For managers: many people's results together.
    Team,
}

/// Screens without data, by the name they are written as.
const PLAIN_SCREENS: [(&str, Screen); 12] = [
    ("home", Screen::Home),
    ("role", Screen::Role),
    ("review", Screen::Review),
    ("episodes", Screen::Episodes),
    ("result", Screen::Result),
    ("journeys", Screen::Journeys),
    ("map", Screen::Map),
    ("summary", Screen::Summary),
    ("data", Screen::Data),
    ("report", Screen::Report),
    ("shared", Screen::Shared),
    ("team", Screen::Team),
];

/// Written as `"home"`, `{"question": {"index": 3}}`, `{"editor": {"journey": "my-1"}}`.
impl Model for Screen {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Screen> {
        if let Value::String(s) = v {
            let found = PLAIN_SCREENS.iter().find(|(id, _)| id == s).map(|(_, screen)| screen.clone());
            if found.is_none() {
                r.problem(path, format!("unknown screen \"{}\"", crate::codec::reader::shorten(s)));
            }
            return found;
        }
        let o = r.object(v, path)?;
        let index = |r: &mut Reader, v: &Value, at: &str| -> Option<usize> {
            let o = r.object(v, at)?;
            let i = crate::codec::model::field::<usize, Range<0, 10_000>>(r, &o, "index", None);
            o.finish(r, &["index"]);
            i
        };
        let screen = if let Some(q) = o.get("question") {
            index(r, q, &o.at("question")).map(|index| Screen::Question { index })
        } else if let Some(t) = o.get("touchpoint") {
            index(r, t, &o.at("touchpoint")).map(|index| Screen::Touchpoint { index })
        } else if let Some(e) = o.get("editor") {
            let at = o.at("editor");
            r.object(e, &at).and_then(|e| {
                let j = crate::codec::model::field::<String, Id>(r, &e, "journey", None);
                e.finish(r, &["journey"]);
                j.map(|journey| Screen::Editor { journey })
            })
        } else {
            None
        };
        o.finish(r, &["question", "touchpoint", "editor"]);
        if screen.is_none() && r.problems.is_empty() {
            r.problem(path, "unknown screen");
        }
        screen
    }
    fn write(&self) -> Value {
        match self {
            Screen::Question { index } => serde_json::json!({ "question": { "index": index } }),
            Screen::Touchpoint { index } => serde_json::json!({ "touchpoint": { "index": index } }),
            Screen::Editor { journey } => serde_json::json!({ "editor": { "journey": journey } }),
            plain => Value::from(PLAIN_SCREENS.iter().find(|(_, s)| s == plain).map_or("home", |(id, _)| *id)),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "description": "Where the person is in the app." })
    }
}

crate::model! {
    /// What the person chose for the app itself.
    #[derive(Clone, Debug, PartialEq, Eq, Default)]
    pub struct Prefs {
        /// The language the person chose; none follows the browser.
        pub lang: Option<String> as Opt<Code> = None,
        /// The kind of work the person chose, which decides the questions.
        pub role: Option<String> as Opt<Id> = None,
    }
}

crate::model! {
    /// Everything the app keeps on the device, as one document.
    #[derive(Clone, Debug, PartialEq, Default)]
    #[cfg_attr(target_arch = "wasm32", derive(reactive_stores::Store))]
    pub struct Saved {
        /// The schema the document is written in (`SCHEMA`).
        pub schema: u32 as Range<1, 1000>,
        /// Bumped on every write, so a copy open in another tab can tell
        /// that what it holds is older than what is stored.
        pub rev: u64 as Range<0, { i64::MAX }> = 0,
        pub prefs: Prefs = Prefs::default(),
        pub screen: Screen = Screen::Home,
        /// Item id → option id.
        pub answers: Answers as Dict<Id, Id, 1000> = Answers::new(),
        /// The last clients the person thought of, on the ladder: client
        /// "1" to "5" → −1 / 0 / +1 (a client not rated is absent).
        pub episodes: BTreeMap<String, i8> as Dict<Id, Range<-1, 1>, EPISODES> = BTreeMap::new(),
        /// Item id → tenths of a second its screen was open before each
        /// answer, added up: answers quicker than reading show carelessness.
        pub tenths: BTreeMap<String, u32> as Dict<Id, Range<0, { MAX_TENTHS as i64 }>, 1000> = BTreeMap::new(),
        /// Seeds the order of the options this person sees
        /// (`check::order`); 0 until the first answer.
        pub seed: u32 as Range<0, 4_294_967_295> = 0,
        /// Journeys the person made or copied from a template.
        pub journeys: Vec<Journey> as List<Journey, 0, MAX_OWN_JOURNEYS> = Vec::new(),
        pub walk: Option<Walk> = None,
        /// Finished results, oldest first.
        pub history: Vec<Record> as List<Record, 0, MAX_HISTORY> = Vec::new(),
        /// Collections of a team's results a manager chose to keep.
        pub teams: Vec<TeamRecord> as List<TeamRecord, 0, MAX_TEAMS> = Vec::new(),
        /// Colleagues' views of the person, received as answer links.
        pub colleagues: Vec<ColleagueView> as List<ColleagueView, 0, MAX_VIEWS> = Vec::new(),
    }
    check saved_problems;
}

fn saved_problems(s: &Saved, r: &mut Reader, path: &str) {
    let at = |k: &str| if path.is_empty() { k.to_string() } else { format!("{path}.{k}") };
    if s.schema != SCHEMA {
        r.problem(&at("schema"), format!("schema {} is read only after migration to {SCHEMA}", s.schema));
    }
    for client in s.episodes.keys() {
        if !client.parse::<usize>().is_ok_and(|n| (1..=EPISODES).contains(&n)) {
            r.problem(&at("episodes"), format!("clients are numbered 1 to {EPISODES}, not \"{client}\""));
        }
    }
    r.unique_ids(&at("journeys"), s.journeys.iter().map(|j| j.id.as_str()));
    r.unique_ids(&at("history"), s.history.iter().map(Record::id));
    r.unique_ids(&at("teams"), s.teams.iter().map(|t| t.id.as_str()));
}

impl Saved {
    pub fn new() -> Saved {
        Saved { schema: SCHEMA, ..Saved::default() }
    }

    pub fn encode(&self) -> String {
        self.write().to_string()
    }

    /// Whether nothing the person did is in it (revision and screen aside).
    pub fn is_blank(&self) -> bool {
        Saved { rev: 0, screen: Screen::Home, ..self.clone() } == Saved::new()
    }

    /// What the person gave besides the answers, for the scoring.
    pub fn extra(&self) -> crate::check::scoring::Extra {
        crate::check::scoring::Extra {
            episodes: self.episodes.values().copied().collect(),
            seconds: crate::document::history::seconds_of(&self.tenths),
            colleagues: Vec::new(),
            seed: (self.seed != 0).then_some(self.seed),
        }
    }

    /// Adds a finished result, dropping the oldest beyond `MAX_HISTORY`.
    pub fn remember(&mut self, record: Record) -> bool {
        remember(&mut self.history, record)
    }
}

/// Adds a finished result to a history, dropping the oldest beyond
/// `MAX_HISTORY`. A result already there (the same id) is not added twice;
/// returns whether it was added.
pub fn remember(history: &mut Vec<Record>, record: Record) -> bool {
    if history.iter().any(|r| r.id() == record.id()) {
        return false;
    }
    history.push(record);
    let extra = history.len().saturating_sub(MAX_HISTORY);
    history.drain(..extra);
    true
}

// Read once per start or import: the size of the restored document does not matter.
#[allow(clippy::large_enum_variant)]
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
    let steps: [fn(Value) -> Result<Value, String>; 5] = [migrate_v1, migrate_v2, migrate_v3, migrate_v4, migrate_v5];
    for step in &steps[(from as usize - 1)..] {
        value = match step(value) {
            Ok(v) => v,
            Err(reason) => return Loaded::Unreadable { reason },
        };
    }
    match crate::codec::model::read_as::<Saved>(Reader::lenient(), &value) {
        Ok(saved) => Loaded::Restored { saved, from: from as u32 },
        Err(problems) => Loaded::Unreadable { reason: problem_summary(&problems) },
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

/// Schema 2 → 3: every record gets its id (a digest of what it says); the
/// revision starts at 0 and records default to "made on this device" with
/// the first scoring model. Hand-off answers, once true/false to questions
/// where "yes" was sometimes bad, become yes / no / not sure to checks that
/// are all phrased as good outcomes.
pub fn migrate_v2(v: Value) -> Result<Value, String> {
    let Value::Object(mut doc) = v else { return Err("expected an object".into()) };
    doc.insert("schema".into(), Value::from(3));
    if let Some(audits) = doc.get_mut("walk").and_then(|w| w.get_mut("audits")) {
        crate::walk::record::migrate_audits(audits);
    }
    if let Some(Value::Array(records)) = doc.get_mut("history") {
        for record in records.iter_mut() {
            if let Some(audits) = record.get_mut("walkthrough").and_then(|w| w.get_mut("audits")) {
                crate::walk::record::migrate_audits(audits);
            }
            let id = history::record_id(record);
            if let Some(inner) =
                record.as_object_mut().and_then(|o| o.values_mut().next()).and_then(Value::as_object_mut)
                && !inner.contains_key("id")
            {
                inner.insert("id".into(), Value::from(id));
            }
        }
    }
    Ok(Value::Object(doc))
}

/// Schema 3 → 4: the last clients, the time per item and the seed of the
/// option order start empty; nothing else changes. The number moves so
/// that a tab still running version 3 leaves a version 4 document alone.
pub fn migrate_v3(v: Value) -> Result<Value, String> {
    let Value::Object(mut doc) = v else { return Err("expected an object".into()) };
    doc.insert("schema".into(), Value::from(4));
    Ok(Value::Object(doc))
}

/// Schema 4 → 5. Walks may be marked as the target (`target`, absent
/// meaning the current state); nothing stored changes meaning.
pub fn migrate_v4(v: Value) -> Result<Value, String> {
    let Value::Object(mut doc) = v else { return Err("expected an object".into()) };
    doc.insert("schema".into(), Value::from(5));
    Ok(Value::Object(doc))
}

/// Schema 5 → 6. Kept team collections may carry a team focus (`focus`,
/// absent meaning none set); a collection kept before has none. The
/// number moves so that a tab still running version 5 — whose reader does
/// not know the field and would set the whole document aside — leaves a
/// version 6 document alone.
pub fn migrate_v5(v: Value) -> Result<Value, String> {
    let Value::Object(mut doc) = v else { return Err("expected an object".into()) };
    doc.insert("schema".into(), Value::from(6));
    Ok(Value::Object(doc))
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

/// The storage keys of one widget. Several widgets may share a page (or
/// an origin): each keeps its document under keys of its own, named by the
/// snippet's id, so they never overwrite each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keys {
    base: String,
}

impl Keys {
    /// `instance` is the snippet's id for this widget (already checked to
    /// be a plain id); `None` is the app's own page and unnamed widgets.
    pub fn new(instance: Option<&str>) -> Keys {
        Keys { base: instance.map_or_else(|| KEY_PREFIX.to_string(), |i| format!("{KEY_PREFIX}{i}:")) }
    }

    /// Where the document is kept.
    pub fn state(&self) -> String {
        format!("{}state", self.base)
    }

    /// The revision of the stored document, kept apart so another tab can
    /// check it without reading the whole document.
    pub fn rev(&self) -> String {
        format!("{}rev", self.base)
    }

    /// The key for the next backup slot: an existing backup is never overwritten.
    pub fn backup(&self, taken: impl Fn(&str) -> bool) -> String {
        let first = format!("{}backup", self.base);
        if !taken(&first) {
            return first;
        }
        let mut n = 2;
        loop {
            let key = format!("{first}-{n}");
            if !taken(&key) {
                return key;
            }
            n += 1;
        }
    }

    /// Where a manager's team key is kept (`document::seal::KeyFile`).
    pub fn team_key(&self) -> String {
        format!("{}team-key", self.base)
    }

    /// Where the team a person's results can go sealed to is remembered
    /// (its "send here" link's payload).
    pub fn send_to(&self) -> String {
        format!("{}send-to", self.base)
    }

    /// Whether this widget wrote `key`: its document, revision, a backup,
    /// its team key or the team its results go sealed to.
    pub fn owns(&self, key: &str) -> bool {
        let Some(rest) = key.strip_prefix(&self.base) else { return false };
        rest == "state"
            || rest == "rev"
            || rest == "team-key"
            || rest == "send-to"
            || rest == "backup"
            || rest.strip_prefix("backup-").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut s = Saved::new();
        s.prefs.lang = Some("ru".into());
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
        let keys = Keys::new(None);
        assert_eq!(keys.backup(|_| false), "service-ladder:backup");
        let taken = ["service-ladder:backup", "service-ladder:backup-2"];
        assert_eq!(keys.backup(|k| taken.contains(&k)), "service-ladder:backup-3");
    }

    #[test]
    fn each_widget_owns_only_its_keys() {
        let page = Keys::new(None);
        let team = Keys::new(Some("team-a"));
        assert_eq!(page.state(), "service-ladder:state");
        assert_eq!(team.state(), "service-ladder:team-a:state");
        for k in ["service-ladder:state", "service-ladder:rev", "service-ladder:backup", "service-ladder:backup-12"] {
            assert!(page.owns(k) && !team.owns(k), "{k}");
        }
        for k in ["service-ladder:team-a:state", "service-ladder:team-a:backup-2"] {
            assert!(team.owns(k) && !page.owns(k), "{k}");
        }
        for k in ["service-ladder:probe", "service-ladder:backup-", "service-ladder:statex", "host:state"] {
            assert!(!page.owns(k), "{k}");
        }
    }
}
