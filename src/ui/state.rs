//! The app's state in one typed place, shared with every component through
//! context, and kept on the device whenever it changes.

use super::storage::{self, Fallback};
use crate::content::Content;
use crate::journey::{self, Journey};
use crate::lang::Lang;
use crate::saved::{self, Loaded, Saved, Screen};
use crate::scoring::Answers;
use crate::walk::Walk;
use leptos::prelude::*;

/// Something the person should know about how their data is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// Storage refused or full: answers live only as long as the page.
    MemoryOnly,
    /// Stored data could not be read; it was kept aside as a backup.
    Unreadable,
    /// Stored data comes from a newer version; it is left untouched.
    Newer,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub content: &'static Content,
    pub lang: RwSignal<Lang>,
    /// Whether the person picked the language (then it is remembered).
    pub lang_chosen: RwSignal<bool>,
    pub screen: RwSignal<Screen>,
    pub answers: RwSignal<Answers>,
    /// The person's own journeys.
    pub journeys: RwSignal<Vec<Journey>>,
    pub walk: RwSignal<Option<Walk>>,
    /// The text of the one `role="status"` region.
    pub status: RwSignal<String>,
    pub notice: RwSignal<Option<StorageNotice>>,
    /// Bumped on every move between steps. A step heading takes focus only
    /// for a new value: not on first load (an embedding page must not
    /// scroll) and not when a screen is redrawn in another language.
    pub moves: RwSignal<u32>,
    /// Bumped to build the current screen afresh after a change to its
    /// structure (screens are built once, not patched).
    pub redraws: RwSignal<u32>,
    pub focused_move: RwSignal<u32>,
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

fn browser_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map(|tag| Lang::from_browser(&tag))
        .unwrap_or_default()
}

impl AppState {
    pub fn new(content: &'static Content) -> AppState {
        let mut notice = storage::open().map(|_| StorageNotice::MemoryOnly);
        let mut writable = true;
        let saved = match saved::decode(storage::get(saved::KEY_STATE).as_deref()) {
            Loaded::Fresh => Saved::new(),
            Loaded::Restored(s) => s,
            Loaded::Unreadable { .. } => {
                // Keep the unreadable text; only then may a fresh state replace it.
                if let Some(raw) = storage::get(saved::KEY_STATE) {
                    let _ = storage::set(saved::KEY_BACKUP, &raw);
                }
                notice = Some(StorageNotice::Unreadable);
                Saved::new()
            }
            Loaded::Newer { .. } => {
                writable = false;
                notice = Some(StorageNotice::Newer);
                Saved::new()
            }
        };
        let items = content.assessment.items.len();
        let screen = match saved.screen {
            Screen::Question { index } if index >= items => Screen::Review,
            s => s,
        };
        // Keep only walks of journeys that still exist.
        let walk = saved.walk.filter(|w| {
            saved.journeys.iter().any(|j| j.id == w.journey) || content.journeys.iter().any(|j| j.id == w.journey)
        });
        let state = AppState {
            content,
            lang: RwSignal::new(saved.lang.unwrap_or_else(browser_lang)),
            lang_chosen: RwSignal::new(saved.lang.is_some()),
            screen: RwSignal::new(screen),
            answers: RwSignal::new(saved.answers),
            journeys: RwSignal::new(saved.journeys),
            walk: RwSignal::new(walk),
            status: RwSignal::new(String::new()),
            notice: RwSignal::new(notice),
            moves: RwSignal::new(0),
            redraws: RwSignal::new(0),
            focused_move: RwSignal::new(0),
        };
        if writable {
            state.keep_saved();
        }
        state
    }

    /// Writes the state whenever any part of it changes.
    fn keep_saved(self) {
        Effect::new(move |_| {
            let saved = Saved {
                schema: saved::SCHEMA,
                lang: self.lang_chosen.get().then(|| self.lang.get()),
                screen: self.screen.get(),
                answers: self.answers.get(),
                journeys: self.journeys.get(),
                walk: self.walk.get(),
            };
            if let Err(Fallback::Full | Fallback::Unavailable) = storage::set(saved::KEY_STATE, &saved.encode()) {
                self.notice.set(Some(StorageNotice::MemoryOnly));
            }
        });
    }

    pub fn go(self, screen: Screen) {
        self.moves.update(|n| *n += 1);
        self.status.set(String::new());
        self.screen.set(screen);
    }

    pub fn redraw(self) {
        self.redraws.update(|n| *n += 1);
    }

    pub fn say(self, text: impl Into<String>) {
        self.status.set(text.into());
    }

    pub fn answer(self, item: &str, choice: &str) {
        self.answers.update(|a| {
            a.insert(item.to_string(), choice.to_string());
        });
    }

    /// A journey by id: one of the person's own, or a template.
    pub fn journey(self, id: &str) -> Option<Journey> {
        self.journeys
            .with_untracked(|own| own.iter().find(|j| j.id == id).cloned())
            .or_else(|| self.content.journeys.iter().find(|j| j.id == id).cloned())
    }

    pub fn is_own(self, id: &str) -> bool {
        self.journeys.with_untracked(|own| own.iter().any(|j| j.id == id))
    }

    /// The journey being walked, if any.
    pub fn walked(self) -> Option<Journey> {
        let id = self.walk.with_untracked(|w| w.as_ref().map(|w| w.journey.clone()))?;
        self.journey(&id)
    }

    /// A fresh id for a journey of the person's own.
    pub fn new_journey_id(self) -> String {
        self.journeys.with_untracked(|own| {
            journey::own_id(own.iter().map(|j| j.id.as_str()).chain(self.content.journeys.iter().map(|j| j.id.as_str())))
        })
    }

    /// Changes one of the person's own journeys; the walk forgets
    /// touchpoints that no longer exist.
    pub fn edit_journey(self, id: &str, f: impl FnOnce(&mut Journey)) {
        let mut ids: Option<Vec<String>> = None;
        self.journeys.update(|own| {
            if let Some(j) = own.iter_mut().find(|j| j.id == id) {
                f(j);
                ids = Some(j.touchpoints.iter().map(|t| t.id.clone()).collect());
            }
        });
        if let Some(ids) = ids {
            let stale = self.walk.with_untracked(|w| {
                w.as_ref().is_some_and(|w| w.journey == id && w.audits.keys().any(|k| !ids.contains(k)))
            });
            if stale {
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                self.walk.update(|w| {
                    if let Some(w) = w {
                        w.retain(&ids);
                    }
                });
            }
        }
    }

    pub fn tr(self, ru: &'static str, en: &'static str) -> &'static str {
        super::words::tr(self.lang.get(), ru, en)
    }
}
