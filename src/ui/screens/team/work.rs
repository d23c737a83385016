//! What every part of the team screen works on: the session's collection
//! (`state::team::Work`) reached through the store, the kept collections,
//! the figures computed once per drawing, and the benchmark's marks. The
//! parts (intake, view, export) and the screen import this, never the
//! screen's `mod.rs`.

use crate::document::saved::SavedStoreFields;
use crate::team::collection::Collection;
use crate::team::compare::{Comparison, compare};
use crate::team::focus::{self, Focus, Moved, Suggestion};
use crate::team::overview::{Overview, main_model, overview_for};
use crate::team::stored::TeamRecord;
use crate::team::trend::{self, Trend};
use crate::team::walks::{self, JourneyView};
use crate::ui::state::AppState;
use crate::ui::state::team::Work;
use leptos::prelude::*;

impl AppState {
    /// The content's fingerprint: which questions and journeys figures refer to.
    pub fn fingerprint(self) -> u32 {
        crate::document::share::fingerprint(self.content)
    }
}

/// Works on the session's collection (made on first use). Never call a
/// signal's setter inside `f`.
pub fn with_work<R>(st: AppState, f: impl FnOnce(&mut Work) -> R) -> Option<R> {
    let mut f = Some(f);
    let mut out = None;
    work(st, &mut |w| out = f.take().map(|f| f(w)));
    out
}

// One reactive access for every use (each generic one costs wasm of its own).
fn work(st: AppState, f: &mut dyn FnMut(&mut Work)) {
    st.team.try_update_value(|w| {
        f(w.get_or_insert_with(|| {
            Box::new(Work::new(crate::ui::browser::files::today(), st.fingerprint(), st.env.config.team_threshold()))
        }))
    });
}

/// The kept collections, as they are now.
pub fn teams(st: AppState) -> Vec<TeamRecord> {
    st.doc.teams().get_untracked()
}

/// Changes the kept collections and writes them at once (a collection is
/// a deliberate save, not typing).
pub fn update_teams(st: AppState, f: &mut dyn FnMut(&mut Vec<TeamRecord>)) {
    st.doc.teams().update(|ts| f(ts));
    st.flush();
}

pub fn kept(st: AppState, id: &str) -> Option<TeamRecord> {
    teams(st).into_iter().find(|t| t.id == id)
}

/// The threshold groups are folded at: the collection's, never below the company's.
pub fn threshold(st: AppState, c: &Collection) -> usize {
    c.threshold().max(st.env.config.team_threshold())
}

/// Writes the collection into the kept ones when it is kept; whether it
/// reached the device. When it did not (storage full or refused), the kept
/// ones are put back as they were, the collection is no longer "kept", and
/// `Work::unkept` says why (the screen offers a download).
pub fn keep_if_saved(st: AppState) -> bool {
    let Some(Some((id, record))) = with_work(st, |w| {
        w.saved_as.clone().map(|id| {
            let r = TeamRecord::of(&id, &w.collection);
            (id, r)
        })
    }) else {
        return true;
    };
    let before = teams(st);
    let mut record = Some(record);
    update_teams(st, &mut |ts| {
        let Some(r) = record.take() else { return };
        match ts.iter_mut().find(|t| t.id == id) {
            Some(t) => *t = r,
            None => ts.push(r),
        }
    });
    let failed = st.flush_kept();
    let was_kept = before.iter().any(|t| t.id == id);
    if failed.is_some() {
        let mut before = Some(before);
        st.doc.teams().update(|ts| {
            if let Some(b) = before.take() {
                *ts = b;
            }
        });
        st.flush();
    }
    with_work(st, |w| {
        w.unkept = failed;
        if failed.is_some() && !was_kept {
            w.saved_as = None;
        }
    });
    failed.is_none()
}

/// Starts a time measurement the benchmark reads (`performance.measure`).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Ends one: the time since `mark(start)` as the entry `name`.
pub fn measure(name: &str, start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, start);
        p.clear_marks_with_mark_name(start);
    }
}

/// Everything the screen shows, computed once per drawing.
pub struct Figures {
    pub name: String,
    pub day: u16,
    pub people: usize,
    pub overview: Overview,
    pub journey: Option<JourneyView>,
    /// The kept collection compared with, and the comparison.
    pub comparison: Option<(String, Comparison)>,
    /// The team focus set for this collection, if any.
    pub focus: Option<Focus>,
    /// The set focus's figures here, or what the figures suggest.
    pub suggestion: Suggestion,
    /// The latest earlier kept collection with a focus (its name), the
    /// focus, and whether it moved since.
    pub moved: Option<(String, Focus, Moved)>,
    /// Every kept collection (name, date) in date order and the trend
    /// across them, from three on.
    pub trend: Option<(Vec<(String, u16)>, Trend)>,
}

/// Kept collections the trend starts from.
const TREND_FROM: usize = 3;

pub fn figures(st: AppState) -> Option<Figures> {
    let c = st.content;
    let teams = teams(st);
    with_work(st, |w| {
        let entries = w.collection.entries();
        let model = w.model.filter(|m| entries.iter().any(|e| e.assessment.as_ref().is_some_and(|f| f.model == *m)));
        mark("team:aggregate:start");
        let overview = overview_for(c, entries, model.or_else(|| main_model(entries)), threshold(st, &w.collection));
        let journey = overview
            .journeys
            .get(w.journey)
            .or(overview.journeys.first())
            .and_then(|j| walks::journey(c, entries, &j.key));
        let comparison = w
            .compare
            .as_ref()
            .filter(|id| w.saved_as.as_ref() != Some(id))
            .and_then(|id| teams.iter().find(|t| &t.id == id && t.fits(st.fingerprint())))
            .map(|t| (t.name.clone(), compare(c, t.collection().entries(), entries, threshold(st, &w.collection))));
        let limit = threshold(st, &w.collection);
        let focus = w.collection.focus().cloned();
        let suggestion = match &focus {
            Some(f) => focus::figures_of(c, entries, overview.model, limit, f),
            None => focus::suggest(c, entries, overview.model, limit),
        };
        // The focus is part of what is aggregated for each drawing: measured with it.
        measure("team:aggregate", "team:aggregate:start");
        // Kept collections of this content in date order (the order kept on a tie).
        let mut fitting: Vec<&TeamRecord> = teams.iter().filter(|t| t.fits(st.fingerprint())).collect();
        crate::order::sort_by(&mut fitting, |a, b| a.day.cmp(&b.day));
        let open = w.saved_as.as_deref();
        let moved = fitting
            .iter()
            .rev()
            .filter(|t| Some(t.id.as_str()) != open && t.day <= w.collection.day())
            .find_map(|t| t.focus.as_ref().map(|f| (t, f.focus())))
            .map(|(t, f)| {
                let m = focus::moved(c, &f, t.collection().entries(), entries, limit);
                (t.name.clone(), f, m)
            });
        let trend = (fitting.len() >= TREND_FROM).then(|| {
            let sides: Vec<Collection> = fitting.iter().map(|t| t.collection()).collect();
            let refs: Vec<&[crate::team::entry::Entry]> = sides.iter().map(|s| s.entries()).collect();
            let heads = fitting.iter().map(|t| (t.name.clone(), t.day)).collect();
            (heads, trend::trend(c, &refs, limit))
        });
        Figures {
            name: w.collection.name().to_string(),
            day: w.collection.day(),
            people: entries.len(),
            overview,
            journey,
            comparison,
            focus,
            suggestion,
            moved,
            trend,
        }
    })
}
