//! A collection: the results a manager gathered, under a name and a date,
//! with the group threshold to show them with. Kept on the device only if
//! the manager saves it; exported and imported as one file (the reader and
//! writer belong to the app's model layer). Each result is in it once
//! (see `entry` on what "the same result" means), unless the manager chose
//! to count an identical result again as another person.
//!
//! Entries are positions in content order (quality scores, ladder
//! behaviours, template ids), so a collection records the content
//! fingerprint it was made under, and collections of different content
//! do not merge.

use super::entry::{Entry, Identity, invisible};
use super::focus::Focus;
use super::groups;
use crate::text::lang::Lang;
use std::collections::{BTreeMap, BTreeSet};

/// Most results in one collection.
pub const MAX_ENTRIES: usize = 50_000;
pub const MAX_NAME_CHARS: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    /// Added at this index.
    New(usize),
    /// Already there, at this index: not added.
    Duplicate(usize),
    /// The collection holds `MAX_ENTRIES`: not added.
    Full,
}

/// How a merge went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Merged {
    pub added: usize,
    pub duplicates: usize,
    /// Left out because the collection was full.
    pub full: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeError {
    /// Made under other questions or journeys.
    OtherContent,
}

impl MergeError {
    pub fn words(&self, lang: Lang) -> &'static str {
        match self {
            MergeError::OtherContent => lang.t("team_collection.other_content"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collection {
    name: String,
    /// Days since 1970-01-01: the date the manager gives it (e.g. a training's).
    day: u16,
    threshold: usize,
    /// `share::fingerprint` of the content the entries refer to.
    content: u32,
    entries: Vec<Entry>,
    /// Identity → index in `entries`.
    ids: BTreeMap<Identity, usize>,
    /// The team focus the manager set for it.
    focus: Option<Focus>,
}

impl Collection {
    pub fn new(name: &str, day: u16, content: u32) -> Collection {
        Collection {
            name: clean_name(name),
            day,
            threshold: groups::DEFAULT_THRESHOLD,
            content,
            entries: Vec::new(),
            ids: BTreeMap::new(),
            focus: None,
        }
    }

    /// A collection from its stored parts (what a reader of the saved file
    /// found). Repeated identities are dropped and counted, entries past
    /// `MAX_ENTRIES` too; the name and threshold are brought within bounds.
    pub fn from_parts(
        name: &str,
        day: u16,
        threshold: usize,
        content: u32,
        entries: Vec<Entry>,
    ) -> (Collection, usize) {
        let mut c = Collection::new(name, day, content);
        c.threshold = groups::threshold(threshold);
        let mut dropped = 0;
        for e in entries {
            if !matches!(c.add(e), Added::New(_)) {
                dropped += 1;
            }
        }
        (c, dropped)
    }

    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn day(&self) -> u16 {
        self.day
    }
    pub fn threshold(&self) -> usize {
        self.threshold
    }
    pub fn content(&self) -> u32 {
        self.content
    }
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    pub fn ids(&self) -> impl Iterator<Item = Identity> + '_ {
        self.entries.iter().map(|e| e.id)
    }
    pub fn contains(&self, id: Identity) -> bool {
        self.ids.contains_key(&id)
    }

    pub fn rename(&mut self, name: &str) {
        self.name = clean_name(name);
    }
    pub fn set_day(&mut self, day: u16) {
        self.day = day;
    }
    pub fn set_threshold(&mut self, threshold: usize) {
        self.threshold = groups::threshold(threshold);
    }
    pub fn focus(&self) -> Option<&Focus> {
        self.focus.as_ref()
    }
    /// Sets (or clears) the team focus; the owner is cleaned as typed text is.
    pub fn set_focus(&mut self, focus: Option<Focus>) {
        self.focus = focus.map(|f| Focus { owner: super::focus::clean_owner(&f.owner), ..f });
    }

    pub fn add(&mut self, entry: Entry) -> Added {
        if let Some(at) = self.ids.get(&entry.id) {
            return Added::Duplicate(*at);
        }
        if self.entries.len() >= MAX_ENTRIES {
            return Added::Full;
        }
        self.ids.insert(entry.id, self.entries.len());
        self.entries.push(entry);
        Added::New(self.entries.len() - 1)
    }

    /// Adds a result identical to one already in, as another person's: the
    /// manager knows two people answered the same. It gets the next free copy number.
    pub fn add_anyway(&mut self, mut entry: Entry) -> Added {
        entry.id.copy = 0;
        while self.ids.contains_key(&entry.id) {
            match entry.id.copy.checked_add(1) {
                Some(c) => entry.id.copy = c,
                None => return Added::Full,
            }
        }
        self.add(entry)
    }

    /// Adds every entry (an intake's); how many were new, duplicates, or left out.
    pub fn add_all(&mut self, entries: impl IntoIterator<Item = Entry>) -> Merged {
        let mut m = Merged::default();
        for e in entries {
            match self.add(e) {
                Added::New(_) => m.added += 1,
                Added::Duplicate(_) => m.duplicates += 1,
                Added::Full => m.full += 1,
            }
        }
        m
    }

    pub fn remove(&mut self, id: Identity) -> Option<Entry> {
        let at = self.ids.remove(&id)?;
        let gone = self.entries.remove(at);
        for (i, e) in self.entries.iter().enumerate().skip(at) {
            self.ids.insert(e.id, i);
        }
        Some(gone)
    }

    /// Takes in another collection's results (e.g. two managers' collections
    /// of one team); results in both count once.
    pub fn merge(&mut self, other: &Collection) -> Result<Merged, MergeError> {
        if other.content != self.content {
            return Err(MergeError::OtherContent);
        }
        Ok(self.add_all(other.entries.iter().cloned()))
    }
}

/// Removes repeated identities, keeping the first of each; returns how many went.
pub fn dedupe(entries: &mut Vec<Entry>) -> usize {
    let mut seen = BTreeSet::new();
    let before = entries.len();
    entries.retain(|e| seen.insert(e.id));
    before - entries.len()
}

fn clean_name(name: &str) -> String {
    let kept: String = name.chars().map(|c| if c.is_control() { ' ' } else { c }).filter(|c| !invisible(*c)).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(MAX_NAME_CHARS).collect()
}
