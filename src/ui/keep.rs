//! Keeping the saved document on the device, for one widget. Changes are
//! written after a short pause (typing a note does not rewrite the whole
//! document on every key), with a revision number: before writing, the
//! keeper checks whether another tab or widget wrote meanwhile and merges
//! instead of overwriting; it listens to the browser's `storage` event so
//! open copies follow each other; and it says plainly when storage is full,
//! refused, unreadable or newer — nothing a person entered is dropped
//! without a word.

use super::state::AppState;
use super::storage::{Access, Backend, WriteError};
use crate::content::Content;
use crate::merge::{Conflict, Merged, Prefer};
use crate::saved::{self, Keys, Loaded, Saved, SavedStoreFields, Screen};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

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
}

/// Merges two copies' changes, or says `None` when the code for it is not
/// there yet (it is in a later part of the wasm, `later::merge_now`).
type Merge<'a> = &'a dyn Fn(&Saved, &Saved, &Saved, Prefer) -> Option<Merged>;

/// Equal apart from the revision: nothing new to write.
fn same(a: &Saved, b: &Saved) -> bool {
    Saved { rev: b.rev, ..a.clone() } == *b
}

impl Keeper {
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
                let problems = crate::fit::saved_problems(&saved, content);
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
        let Loaded::Restored { saved: theirs, .. } = saved::decode(Some(&text)) else { return Step::Quiet };
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

impl AppState {
    /// Writes the document whenever it changes (after a pause, and at once
    /// when the page is hidden), and follows other copies through the
    /// browser's `storage` event.
    pub(super) fn start_keeping(self) {
        Effect::new(move |_| {
            self.doc.track();
            self.schedule();
        });
        let Some(window) = web_sys::window() else { return };
        let state_key = self.local.with_value(|l| l.keeper.keys.state());
        let on_storage = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            // `key` is null when another copy cleared all of storage.
            if ev.key().is_none_or(|k| k == state_key) {
                self.receive(ev.new_value());
            }
        });
        let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
        on_storage.forget();
        let on_hide = Closure::<dyn FnMut()>::new(move || self.flush());
        let _ = window.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback("visibilitychange", on_hide.as_ref().unchecked_ref());
        }
        on_hide.forget();
    }

    fn schedule(self) {
        let handle = set_timeout_with_handle(move || self.flush(), PAUSE).ok();
        self.local.update_value(|l| {
            if let Some(old) = std::mem::replace(&mut l.keeper.timer, handle) {
                old.clear();
            }
        });
    }

    /// Writes pending changes now.
    pub fn flush(self) {
        let mine = self.doc.get_untracked();
        let step = self.local.try_update_value(|l| l.keeper.sync(mine, &self.merge())).unwrap_or(Step::Quiet);
        self.apply(step);
    }

    fn receive(self, text: Option<String>) {
        let mine = self.doc.get_untracked();
        let step = self.local.try_update_value(|l| l.keeper.receive(text, &mine, &self.merge())).unwrap_or(Step::Quiet);
        self.apply(step);
    }

    /// The merge, from its later part; until that part is in, nothing is
    /// written (the document stays in memory) and a write follows its arrival.
    fn merge(self) -> impl Fn(&Saved, &Saved, &Saved, Prefer) -> Option<Merged> {
        move |base, mine, theirs, prefer| super::later::merge_now(base, mine, theirs, prefer, move || self.flush())
    }

    /// Signals are set only here, outside the keeper's borrow.
    fn apply(self, step: Step) {
        match step {
            Step::Quiet => {}
            Step::Wrote { rev, merged } => {
                if let Some(doc) = merged {
                    self.adopt(doc);
                } else if self.doc.rev().get_untracked() != rev {
                    self.doc.rev().set(rev);
                }
                if matches!(self.notice.get_untracked(), Some(Notice::Full)) {
                    self.notice.set(None);
                }
            }
            Step::Failed(WriteError::Full) => self.notice.set(Some(Notice::Full)),
            Step::Failed(WriteError::Refused) => {
                if self.notice.get_untracked().is_none() {
                    self.notice.set(Some(Notice::Refused));
                }
            }
            Step::Adopt(doc) => {
                self.adopt(doc);
                self.say(self.tr(
                    "Данные обновлены: их изменили в другой вкладке или окне.",
                    "Updated with changes made in another tab or window.",
                ));
            }
            Step::Conflict(conflicts) => {
                self.notice.set(Some(Notice::Conflict(conflicts)));
                self.say(self.tr(
                    "Эти же ответы изменили в другой вкладке: выберите, какую версию оставить.",
                    "The same answers were changed in another tab: choose which version to keep.",
                ));
            }
            Step::DeletedElsewhere => {
                self.doc.set(Saved::new());
                self.viewing.set(None);
                self.notice.set(Some(Notice::DeletedElsewhere));
                self.go(Screen::Home);
                self.say(self.tr(
                    "Ваши данные удалили в другой вкладке или окне.",
                    "Your data was deleted in another tab or window.",
                ));
            }
        }
    }

    /// Takes in a document from elsewhere, staying on this tab's screen.
    fn adopt(self, doc: Saved) {
        let screen = self.screen.get_untracked();
        self.doc.set(Saved { screen, ..doc });
        self.settle_screen();
        self.redraw_when_released();
    }

    /// Draws the screen afresh, but never under a finger: a step rebuilt
    /// between a press and its release loses the tap (the press and the
    /// release land on different elements, so no click follows). While
    /// something in this widget is pressed, the redraw waits for the
    /// release, and for the click it makes.
    fn redraw_when_released(self) {
        let pressed = self.local.with_value(|l| l.root.query_selector(":active").ok().flatten().is_some());
        let Some(window) = web_sys::window().filter(|_| pressed) else {
            self.redraw();
            return;
        };
        // After the click the release makes (a zero timeout runs after it).
        let later = Closure::<dyn FnMut()>::new(move || set_timeout(move || self.redraw(), Duration::ZERO));
        let once = web_sys::AddEventListenerOptions::new();
        once.set_once(true);
        // Whichever comes first; a second redraw is harmless.
        for event in ["pointerup", "pointercancel"] {
            let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
                event,
                later.as_ref().unchecked_ref(),
                &once,
            );
        }
        later.forget();
    }

    /// The person chose between this tab's version and the other's.
    pub fn resolve(self, prefer: Prefer) {
        let mine = self.doc.get_untracked();
        let merged = self.local.try_update_value(|l| {
            let theirs = l.keeper.theirs.as_ref()?;
            // The notice offering the choice comes from the same later part,
            // so it is in; were it not, the choice is made once it is.
            let m = super::later::merge_now(&l.keeper.base, &mine, theirs, prefer, move || self.resolve(prefer))?;
            l.keeper.base = l.keeper.theirs.take()?;
            Some(m.doc)
        });
        if let Some(Some(doc)) = merged {
            self.notice.set(None);
            self.adopt(doc);
            self.flush();
        }
    }

    /// Removes every key this widget wrote; whether all are gone. Open
    /// copies in other tabs hear of it and follow.
    pub fn delete_everything(self) -> bool {
        let done = self
            .local
            .try_update_value(|l| {
                let k = &mut l.keeper;
                let keys = k.backend.keys(|key| k.keys.owns(key));
                let mut all = true;
                for key in keys {
                    all &= k.backend.remove(&key);
                }
                k.base = Saved::new();
                k.writable = true;
                k.unreadable = None;
                k.theirs = None;
                all
            })
            .unwrap_or(false);
        self.doc.set(Saved::new());
        self.viewing.set(None);
        self.notice.set(if done { None } else { Some(Notice::NotDeleted) });
        done
    }

    /// Unreadable data that is still in its place: offered for download.
    pub fn unreadable_text(self) -> Option<String> {
        self.local.with_value(|l| l.keeper.unreadable.clone())
    }

    /// After the person took the unreadable data: its place may be used.
    pub fn release_unreadable(self) {
        self.local.update_value(|l| {
            let k = &mut l.keeper;
            k.unreadable = None;
            k.backend.remove(&k.keys.state());
            k.backend.remove(&k.keys.rev());
            k.writable = true;
        });
        self.notice.set(None);
        self.flush();
    }

    /// This widget's backups of unreadable data: key and text.
    pub fn backups(self) -> Vec<(String, String)> {
        self.local.with_value(|l| {
            let k = &l.keeper;
            k.backend
                .keys(|key| k.keys.owns(key) && key.contains("backup"))
                .into_iter()
                .filter_map(|key| k.backend.get(&key).map(|text| (key, text)))
                .collect()
        })
    }

    /// Whether nothing is written to the device at all.
    pub fn in_memory(self) -> bool {
        self.local.with_value(|l| l.keeper.backend.in_memory())
    }
}
