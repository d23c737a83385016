//! The app's state in one typed place, shared with every component through
//! context, and kept on the device whenever it changes.

use super::files;
use super::storage::{self, Fallback};
use crate::content::Content;
use crate::events;
use crate::history::{AssessmentRecord, Record, WalkRecord, is_latest_assessment};
use crate::journey::{self, Journey};
use crate::lang::Lang;
use crate::saved::{self, Loaded, Prefs, Saved, Screen};
use crate::scoring::Answers;
use crate::share::{self, LinkError, Shared};
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

/// A result shown read-only: from a share link or from the history.
#[derive(Clone, Debug, PartialEq)]
pub struct Viewing {
    pub answers: Option<Answers>,
    pub walk: Option<(Journey, Walk)>,
    /// The day it was made, "YYYY-MM-DD".
    pub day: Option<String>,
    pub label: Option<String>,
    /// From a link (can be saved here) rather than this device's history.
    pub from_link: bool,
}

impl Viewing {
    pub fn from_shared(c: &Content, s: &Shared) -> Viewing {
        Viewing {
            answers: s.answers(c),
            walk: s.journey_and_walk(c),
            day: s.day.map(share::date),
            label: s.label.clone(),
            from_link: true,
        }
    }

    pub fn from_record(r: &Record) -> Viewing {
        let (answers, walk, label) = match r {
            Record::Assessment(a) => (Some(a.answers.clone()), None, a.label.clone()),
            Record::Walkthrough(w) => (None, Some((w.journey.clone(), w.walk())), w.label.clone()),
        };
        Viewing { answers, walk, day: Some(crate::history::day(r.at()).to_string()), label, from_link: false }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub env: &'static super::Env,
    pub content: &'static Content,
    pub lang: RwSignal<Lang>,
    /// Whether the person picked the language (then it is remembered).
    pub lang_chosen: RwSignal<bool>,
    pub screen: RwSignal<Screen>,
    pub answers: RwSignal<Answers>,
    /// The person's own journeys.
    pub journeys: RwSignal<Vec<Journey>>,
    pub walk: RwSignal<Option<Walk>>,
    pub history: RwSignal<Vec<Record>>,
    /// What the Shared screen shows, or why a link was refused.
    pub viewing: RwSignal<Option<Result<Viewing, LinkError>>>,
    /// The text of the one `role="status"` region.
    pub status: RwSignal<String>,
    pub notice: RwSignal<Option<StorageNotice>>,
    /// Where unreadable data was set aside this session, for download.
    pub backup: RwSignal<Option<String>>,
    /// Bumped on every move between steps. A step heading takes focus only
    /// for a new value: not on first load (an embedding page must not
    /// scroll) and not when a screen is redrawn in another language.
    pub moves: RwSignal<u32>,
    pub focused_move: RwSignal<u32>,
    /// Bumped to build the current screen afresh after a change to its
    /// structure (screens are built once, not patched).
    pub redraws: RwSignal<u32>,
    /// Whether changes are written to storage (not when a newer version's
    /// data must be left untouched).
    pub writable: RwSignal<bool>,
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

fn browser_lang() -> Lang {
    web_sys::window().and_then(|w| w.navigator().language()).map(|tag| Lang::from_browser(&tag)).unwrap_or_default()
}

impl AppState {
    /// The languages this deployment offers.
    pub fn languages(self) -> &'static [Lang] {
        if self.env.config.languages.is_empty() { &Lang::ALL } else { &self.env.config.languages }
    }

    fn offered(self, lang: Option<Lang>) -> Option<Lang> {
        lang.filter(|l| self.languages().contains(l))
    }

    pub fn new(env: &'static super::Env) -> AppState {
        let content = &env.content;
        let mut notice = storage::open().map(|_| StorageNotice::MemoryOnly);
        let mut writable = true;
        let mut backup = None;
        let raw = storage::get(saved::KEY_STATE);
        let saved = match saved::decode(raw.as_deref()) {
            Loaded::Fresh => Saved::new(),
            Loaded::Restored { saved, .. } => saved,
            Loaded::Unreadable { .. } => {
                // Keep the unreadable text in a slot of its own; only then
                // may a fresh state take its place.
                let key = saved::backup_key(|k| storage::get(k).is_some());
                if storage::set(&key, raw.as_deref().unwrap_or_default()).is_ok() {
                    backup = Some(key);
                } else {
                    writable = false;
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
        let state = AppState {
            env,
            content,
            lang: RwSignal::new(browser_lang()),
            lang_chosen: RwSignal::new(false),
            screen: RwSignal::new(Screen::Home),
            answers: RwSignal::new(Answers::new()),
            journeys: RwSignal::new(Vec::new()),
            walk: RwSignal::new(None),
            history: RwSignal::new(Vec::new()),
            viewing: RwSignal::new(None),
            status: RwSignal::new(String::new()),
            notice: RwSignal::new(notice),
            backup: RwSignal::new(backup),
            moves: RwSignal::new(0),
            focused_move: RwSignal::new(0),
            redraws: RwSignal::new(0),
            writable: RwSignal::new(writable),
        };
        state.load(saved);
        // The snippet's language wins, then the person's choice, then the
        // browser's, then the company's default.
        let first = state
            .offered(env.options.lang)
            .or_else(|| state.offered(state.lang_chosen.get_untracked().then(|| state.lang.get_untracked())))
            .or_else(|| state.offered(Some(browser_lang())))
            .or_else(|| state.offered(env.config.default_language))
            .unwrap_or(state.languages()[0]);
        state.lang.set(first);
        // A share link in the page's own address opens that result (not in
        // direct mode: there the address is the host page's).
        let own_address = env.mode != super::Mode::Direct;
        if let Some(fragment) =
            files::fragment().filter(|f| own_address && f.starts_with(&format!("#{}", share::PREFIX)))
        {
            let fp = share::fingerprint(content);
            state.viewing.set(Some(share::decode(&fragment, fp).map(|s| Viewing::from_shared(content, &s))));
            state.screen.set(Screen::Shared);
        }
        state.keep_saved();
        state
    }

    /// Replaces the whole state with a saved document (start-up, import).
    pub fn load(self, saved: Saved) {
        let items = self.content.assessment.items.len();
        let screen = match saved.screen {
            Screen::Question { index } if index >= items => Screen::Review,
            // A shared result is not kept; without its link, start over.
            Screen::Shared => Screen::Home,
            s => s,
        };
        // Keep only walks of journeys that still exist.
        let walk = saved.walk.filter(|w| {
            saved.journeys.iter().any(|j| j.id == w.journey) || self.content.journeys.iter().any(|j| j.id == w.journey)
        });
        if let Some(lang) = saved.prefs.lang {
            self.lang.set(lang);
        }
        self.lang_chosen.set(saved.prefs.lang.is_some());
        self.screen.set(screen);
        self.answers.set(saved.answers);
        self.journeys.set(saved.journeys);
        self.walk.set(walk);
        self.history.set(saved.history);
    }

    /// Everything as one document, as it is stored and exported.
    pub fn snapshot(self) -> Saved {
        Saved {
            schema: saved::SCHEMA,
            prefs: Prefs { lang: self.lang_chosen.get().then(|| self.lang.get()) },
            // Someone else's shared result is not where this person "is".
            screen: match self.screen.get() {
                Screen::Shared => Screen::Home,
                s => s,
            },
            answers: self.answers.get(),
            journeys: self.journeys.get(),
            walk: self.walk.get(),
            history: self.history.get(),
        }
    }

    /// Writes the state whenever any part of it changes.
    fn keep_saved(self) {
        Effect::new(move |_| {
            let saved = self.snapshot();
            if !self.writable.get_untracked() {
                return;
            }
            // An empty state takes no room: after "delete my data" nothing
            // is written back until the person starts again.
            if saved == Saved::new() {
                storage::remove(saved::KEY_STATE);
                return;
            }
            if let Err(Fallback::Full | Fallback::Unavailable) = storage::set(saved::KEY_STATE, &saved.encode()) {
                self.notice.set(Some(StorageNotice::MemoryOnly));
            }
        });
    }

    /// Removes every key this app wrote, and starts afresh in memory.
    pub fn delete_everything(self) {
        storage::remove_own();
        self.backup.set(None);
        self.notice.set(None);
        self.writable.set(true);
        self.load(Saved::new());
        self.viewing.set(None);
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

    /// Records a finished self-assessment in the history (once per set of answers).
    pub fn finish_assessment(self) {
        let answers = self.answers.get_untracked();
        if self.history.with_untracked(|h| is_latest_assessment(h, &answers)) {
            return;
        }
        let record =
            AssessmentRecord::new(&self.content.assessment, &answers, files::now(), self.env.options.label.clone());
        super::host::emit("assessment-completed", &events::assessment(self.content, &record));
        self.remember(Record::Assessment(record));
    }

    /// Records a finished walk in the history.
    pub fn finish_walk(self) {
        let (Some(journey), Some(walk)) = (self.walked(), self.walk.get_untracked()) else { return };
        let record =
            WalkRecord::new(&journey, &walk, &self.content.ladder, files::now(), self.env.options.label.clone());
        super::host::emit("walkthrough-completed", &events::walkthrough(&record, &walk, &self.content.ladder));
        self.remember(Record::Walkthrough(record));
    }

    pub fn remember(self, record: Record) {
        self.history.update(|h| saved::remember(h, record));
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
            journey::own_id(
                own.iter().map(|j| j.id.as_str()).chain(self.content.journeys.iter().map(|j| j.id.as_str())),
            )
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
