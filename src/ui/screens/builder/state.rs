//! The builder's state, shared by its sections: the draft, what checking
//! it found, the preview's reloads, the device's storage.

use crate::codec::reader::Problem;
use crate::content::Content;
use crate::embed::builder::{Checked, Draft, STORAGE_KEY};
use crate::embed::config::Applied;
use crate::text::lang::Lang;
use crate::ui::i18n::words::Tables;
use crate::ui::state::storage::{Backend, WriteError};
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// The app's own check of a configuration, in its part (handed in by the
/// app: only the router knows the parts).
pub type Check = fn(String, Content) -> Pin<Box<dyn Future<Output = Result<Applied, Vec<Problem>>>>>;

/// Fixed when the builder starts.
pub struct Env {
    pub shipped: Content,
    pub tables: Tables,
    pub check: Check,
}

/// The builder's state, shared by its sections.
#[derive(Clone, Copy)]
pub struct B {
    pub env: &'static Env,
    pub lang: RwSignal<Lang>,
    pub draft: RwSignal<Draft>,
    pub checked: RwSignal<Checked>,
    /// Why the last file chosen could not be opened at all.
    pub not_opened: RwSignal<Option<String>>,
    /// Why work cannot be kept on the device, when it cannot.
    pub kept: RwSignal<Option<WriteError>>,
    /// Bumped a moment after each change: the preview reloads.
    pub version: RwSignal<u32>,
    /// Bumped when a new draft replaces the one being written: the form is
    /// drawn afresh (its fields are not redrawn while typing).
    pub generation: RwSignal<u32>,
    /// Bumped when touchpoints are reordered: their list is drawn afresh.
    pub moves: RwSignal<u32>,
    store: StoredValue<Backend, LocalStorage>,
    /// Changes since the last check (checks run one after another).
    pending: RwSignal<u32>,
}

pub fn use_b() -> B {
    expect_context::<B>()
}

/// How long after a change the preview reloads: typing a word reloads it
/// once, and the preview is still up to date within 300 ms.
const SETTLE_MS: i32 = 120;

impl B {
    pub fn new(env: &'static Env, draft: Draft, store: Backend) -> B {
        B {
            env,
            lang: RwSignal::new(env.tables.first()),
            draft: RwSignal::new(draft),
            checked: RwSignal::new(Checked::default()),
            not_opened: RwSignal::new(None),
            kept: RwSignal::new(None),
            version: RwSignal::new(0),
            generation: RwSignal::new(0),
            moves: RwSignal::new(0),
            store: StoredValue::new_local(store),
            pending: RwSignal::new(0),
        }
    }

    /// Whether work is kept only while the page is open.
    pub fn in_memory(self) -> bool {
        self.store.with_value(Backend::in_memory)
    }

    pub fn t(self, key: &str) -> &'static str {
        self.lang.get_untracked().t(key)
    }

    /// Changes the draft: kept on the device, checked, previewed.
    pub fn change(self, f: impl FnOnce(&mut Draft)) {
        self.draft.update(f);
        self.after_change();
    }

    /// A new draft in place of the one being written.
    pub fn replace(self, d: Draft) {
        self.draft.set(d);
        self.generation.update(|g| *g += 1);
        self.after_change();
    }

    /// Touchpoints were reordered or removed.
    pub fn moved(self) {
        self.moves.update(|m| *m += 1);
    }

    fn after_change(self) {
        let text = self.draft.with_untracked(Draft::text);
        let written = self.store.try_update_value(|s| s.set(STORAGE_KEY, &text));
        self.kept.set(match written {
            Some(Err(e)) => Some(e),
            _ if self.in_memory() => Some(WriteError::Refused),
            _ => None,
        });
        self.check();
        let n = self.pending.get_untracked().wrapping_add(1);
        self.pending.set(n);
        let (pending, version) = (self.pending, self.version);
        set_timeout_ms(SETTLE_MS, move || {
            if pending.get_untracked() == n {
                version.update(|v| *v += 1);
            }
        });
    }

    pub fn check(self) {
        let text = self.draft.with_untracked(Draft::text);
        let checked = self.checked;
        let future = (self.env.check)(text, self.env.shipped.clone());
        leptos::task::spawn_local(async move {
            checked.set(Checked::from(future.await));
        });
    }
}

/// Runs `f` after `ms` milliseconds (0: once the current redraw is done).
pub fn set_timeout_ms(ms: i32, f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
}

/// The problems and warnings at one field, under it.
#[component]
pub fn AtField(field: &'static str) -> impl IntoView {
    let b = use_b();
    let items = move || {
        b.checked
            .with(|c| c.at(field).map(|p| p.message.clone()).collect::<Vec<_>>())
            .into_iter()
            .map(|m| {
                view! { <li>{m}</li> }
            })
            .collect_view()
    };
    view! {
        <ul class="field-problems" data-field=field>{items}</ul>
    }
}
