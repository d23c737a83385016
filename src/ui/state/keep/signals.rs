//! The widget's side of keeping: the store's methods that start the
//! keeper, write after a pause, follow other tabs and resolve a conflict.
//! A child of `keep` so it reaches the keeper's own fields, while the
//! store (`state`) needs only `Keeper` and `Notice`.

use super::{Notice, PAUSE, Step};
use crate::document::merge::{Merged, Prefer};
use crate::document::saved::{Saved, SavedStoreFields, Screen};
use crate::ui::state::AppState;
use crate::ui::state::storage::WriteError;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

impl AppState {
    /// Writes the document whenever it changes (after a pause, and at once
    /// when the page is hidden), and follows other copies through the
    /// browser's `storage` event.
    pub fn start_keeping(self) {
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

    /// Writes pending changes now, and says why the document as it is now
    /// is not on the device (`None` when it is): the write failed, or
    /// storage is refused and it lives only in memory.
    pub fn flush_kept(self) -> Option<WriteError> {
        self.flush();
        let mine = self.doc.get_untracked();
        self.local.with_value(|l| {
            let k = &l.keeper;
            if k.backend.in_memory() || !k.writable {
                Some(WriteError::Refused)
            } else if !super::same(&mine, &k.base) {
                Some(WriteError::Full)
            } else {
                None
            }
        })
    }

    fn receive(self, text: Option<String>) {
        let mine = self.doc.get_untracked();
        let step = self.local.try_update_value(|l| l.keeper.receive(text, &mine, &self.merge())).unwrap_or(Step::Quiet);
        self.apply(step);
    }

    /// The merge, from its later part; until that part is in, nothing is
    /// written (the document stays in memory) and a write follows its arrival.
    fn merge(self) -> impl Fn(&Saved, &Saved, &Saved, Prefer) -> Option<Merged> {
        move |base, mine, theirs, prefer| (self.env.merge)(base, mine, theirs, prefer, Box::new(move || self.flush()))
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
                self.say(self.t("keep_signals.updated_with_changes_made_in"));
            }
            Step::Conflict(conflicts) => {
                self.notice.set(Some(Notice::Conflict(conflicts)));
                self.say(self.t("keep_signals.the_same_answers_were_changed"));
            }
            Step::NewerElsewhere => {
                self.notice.set(Some(Notice::NewerElsewhere));
                self.say(self.t("widgets_notices.newer_elsewhere"));
            }
            Step::DeletedElsewhere => {
                self.doc.set(Saved::new());
                self.viewing.set(None);
                self.notice.set(Some(Notice::DeletedElsewhere));
                self.go(Screen::Home);
                self.say(self.t("keep_signals.your_data_was_deleted_in"));
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
        let later = Closure::<dyn FnMut()>::new(move || set_timeout(move || self.redraw(), std::time::Duration::ZERO));
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
            let m = (self.env.merge)(&l.keeper.base, &mine, theirs, prefer, Box::new(move || self.resolve(prefer)))?;
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
