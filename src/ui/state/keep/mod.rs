//! Keeping the saved document on the device, for one widget. Changes are
//! written after a short pause (typing a note does not rewrite the whole
//! document on every key), with a revision number: before writing, the
//! keeper checks whether another tab or widget wrote meanwhile and merges
//! instead of overwriting; it listens to the browser's `storage` event so
//! open copies follow each other; and it says plainly when storage is full,
//! refused, unreadable or newer — nothing a person entered is dropped
//! without a word.

use crate::content::Content;
use crate::document::merge::{Conflict, Merged, Prefer};
use crate::document::saved::{self, Keys, Loaded, Saved, Screen};
use crate::ui::state::storage::{Access, Backend, WriteError};
use leptos::prelude::*;
use std::time::Duration;

mod signals;

/// How long typing may pause before the document is written.
const PAUSE: Duration = Duration::from_millis(400);

/// Something the person should know about how their data is kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The browser refuses storage to this page: kept while the page is open.
    Refused,
    /// Storage is full: kept while the page is open, until room is made.
    Full,
    /// Data saved earlier could not be read; it was set aside under `key`.
    SetAside { key: String },
    /// Data saved earlier could not be read and there is no room to set it
    /// aside: it stays where it is, untouched, until the person takes it.
    NotSetAside,
    /// Data saved by a newer version: left untouched, this session not kept.
    Newer,
    /// A newer version open in another tab wrote while this one ran: this
    /// copy stops writing (it would overwrite what it cannot read) and keeps
    /// what the person entered in the page.
    NewerElsewhere,
    /// Another tab or widget changed the same things: the person chooses.
    Conflict(Vec<Conflict>),
    /// The data was deleted in another tab or window.
    DeletedElsewhere,
    /// "Delete" could not remove everything.
    NotDeleted,
}

pub struct Keeper {
    backend: Backend,
    keys: Keys,
    /// The document as last read from or written to storage: what this
    /// copy's changes are measured from.
    base: Saved,
    /// Whether changes may be written (never over data that must be kept).
    writable: bool,
    /// Unreadable stored text that could not be set aside.
    unreadable: Option<String>,
    /// What another copy stored, while the person chooses.
    theirs: Option<Saved>,
    timer: Option<TimeoutHandle>,
}

/// What a write or a change from elsewhere means for the screen.
enum Step {
    Quiet,
    Wrote { rev: u64, merged: Option<Saved> },
    Failed(WriteError),
    Adopt(Saved),
    Conflict(Vec<Conflict>),
    DeletedElsewhere,
    NewerElsewhere,
}

/// Merges two copies' changes, or says `None` when the code for it is not
/// there yet (it is in a later part of the wasm, `router::merge_now`, handed in as `Env::merge`).
type Merge<'a> = &'a dyn Fn(&Saved, &Saved, &Saved, Prefer) -> Option<Merged>;

/// Equal apart from the revision: nothing new to write.
fn same(a: &Saved, b: &Saved) -> bool {
    Saved { rev: b.rev, ..a.clone() } == *b
}

impl Keeper {
    /// The language the person chose, as this widget's storage holds it:
    /// read before the app mounts, to fetch that language's words first.
    pub fn saved_lang(instance: Option<&str>) -> Option<String> {
        let (backend, _) = Backend::open();
        match saved::decode(backend.get(&Keys::new(instance).state()).as_deref()) {
            Loaded::Restored { saved, .. } => saved.prefs.lang,
            _ => None,
        }
    }

    /// Opens this widget's storage and reads its document, through the same
    /// reader and content check as an import. Whatever cannot be used is
    /// set aside, never overwritten.
    pub fn open(instance: Option<&str>, content: &Content) -> (Keeper, Saved, Option<Notice>) {
        let keys = Keys::new(instance);
        let (backend, access) = Backend::open();
        let mut notice = match access {
            Access::Open => None,
            Access::Full => Some(Notice::Full),
            Access::Refused => Some(Notice::Refused),
        };
        let raw = backend.get(&keys.state());
        let loaded = match saved::decode(raw.as_deref()) {
            Loaded::Restored { saved, .. } => {
                let problems = crate::document::fit::saved_problems(&saved, content);
                if problems.is_empty() {
                    Loaded::Restored { saved, from: saved::SCHEMA }
                } else {
                    Loaded::Unreadable { reason: saved::problem_summary(&problems) }
                }
            }
            other => other,
        };
        let mut keeper =
            Keeper { backend, keys, base: Saved::new(), writable: true, unreadable: None, theirs: None, timer: None };
        let saved = match loaded {
            Loaded::Fresh => Saved::new(),
            Loaded::Restored { saved, .. } => saved,
            Loaded::Unreadable { .. } => {
                let text = raw.unwrap_or_default();
                let key = keeper.keys.backup(|k| keeper.backend.get(k).is_some());
                if keeper.backend.set(&key, &text).is_ok() {
                    // Kept aside: its old place may now be used.
                    keeper.backend.remove(&keeper.keys.state());
                    keeper.backend.remove(&keeper.keys.rev());
                    notice = Some(Notice::SetAside { key });
                } else {
                    keeper.writable = false;
                    keeper.unreadable = Some(text);
                    notice = Some(Notice::NotSetAside);
                }
                Saved::new()
            }
            Loaded::Newer { .. } => {
                keeper.writable = false;
                notice = Some(Notice::Newer);
                Saved::new()
            }
        };
        keeper.base = saved.clone();
        (keeper, saved, notice)
    }

    fn stored_rev(&self) -> Option<u64> {
        self.backend.get(&self.keys.rev()).and_then(|r| r.parse().ok())
    }

    /// Writes `mine` unless another copy wrote since this one last synced;
    /// then the two are merged first.
    fn sync(&mut self, mut mine: Saved, merge: Merge) -> Step {
        // Someone else's shared result is not where this person "is".
        if mine.screen == Screen::Shared {
            mine.screen = Screen::Home;
        }
        if !self.writable || self.theirs.is_some() || same(&mine, &self.base) {
            return Step::Quiet;
        }
        let mut merged = None;
        let mut stored = self.stored_rev();
        // The revision key says whether anyone wrote since this copy last
        // synced; only then is the stored document itself read.
        if stored != Some(self.base.rev) {
            match self.backend.get(&self.keys.state()) {
                // Nothing stored: fresh, or deleted in another copy.
                None if self.base.rev > 0 => {
                    self.base = Saved::new();
                    return Step::DeletedElsewhere;
                }
                // A fresh visitor who has done nothing leaves nothing behind.
                None if mine.is_blank() => return Step::Quiet,
                None => stored = None,
                Some(text) => match saved::decode(Some(&text)) {
                    Loaded::Restored { saved: theirs, .. } if theirs.rev == self.base.rev => {
                        stored = Some(theirs.rev);
                    }
                    Loaded::Restored { saved: theirs, .. } => {
                        // Written once the merge can be made.
                        let Some(m) = merge(&self.base, &mine, &theirs, Prefer::Mine) else { return Step::Quiet };
                        if !m.conflicts.is_empty() {
                            self.theirs = Some(theirs);
                            return Step::Conflict(m.conflicts);
                        }
                        stored = Some(theirs.rev.max(stored.unwrap_or(0)));
                        mine = m.doc;
                        merged = Some(mine.clone());
                    }
                    Loaded::Newer { .. } => {
                        self.writable = false;
                        return Step::NewerElsewhere;
                    }
                    // Another version wrote something this one cannot read:
                    // leave it be rather than overwrite it.
                    _ => {
                        self.writable = false;
                        return Step::Failed(WriteError::Refused);
                    }
                },
            }
        }
        let rev = stored.unwrap_or(0).max(self.base.rev) + 1;
        mine.rev = rev;
        if let Err(e) = self.backend.set(&self.keys.state(), &mine.encode()) {
            return Step::Failed(e);
        }
        if let Err(e) = self.backend.set(&self.keys.rev(), &rev.to_string()) {
            return Step::Failed(e);
        }
        self.base = mine;
        Step::Wrote { rev, merged }
    }

    /// Another tab or widget wrote (or deleted) this widget's document.
    fn receive(&mut self, text: Option<String>, mine: &Saved, merge: Merge) -> Step {
        if !self.writable {
            return Step::Quiet;
        }
        let Some(text) = text else {
            if self.base.rev == 0 && mine.is_blank() {
                return Step::Quiet;
            }
            self.base = Saved::new();
            self.theirs = None;
            return Step::DeletedElsewhere;
        };
        let theirs = match saved::decode(Some(&text)) {
            Loaded::Restored { saved, .. } => saved,
            // Said at once, before the person enters more here.
            Loaded::Newer { .. } => {
                self.writable = false;
                return Step::NewerElsewhere;
            }
            _ => return Step::Quiet,
        };
        if theirs.rev <= self.base.rev {
            return Step::Quiet;
        }
        if same(mine, &self.base) {
            self.base = theirs.clone();
            return Step::Adopt(theirs);
        }
        // Taken in by the next write, once the merge can be made.
        let Some(m) = merge(&self.base, mine, &theirs, Prefer::Mine) else { return Step::Quiet };
        if !m.conflicts.is_empty() {
            self.theirs = Some(theirs);
            return Step::Conflict(m.conflicts);
        }
        self.base = theirs;
        Step::Adopt(m.doc)
    }
}
