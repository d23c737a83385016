//! Everything fixed when a widget starts, shared for its lifetime: the
//! content, the configuration, the snippet's options, how the app was
//! started — and the merge of two copies of the document, handed in by
//! the app (it lives in a later part of the wasm, which only the router
//! knows), so the store never reaches for the router itself.

use crate::content::Content;
use crate::document::merge::{Merged, Prefer};
use crate::document::saved::Saved;
use crate::embed::config::Config;
use crate::embed::options::Options;

/// Merges two copies of the document now if its part is in; if not, fetches
/// the part and runs the last argument once it is.
pub type MergeNow = fn(&Saved, &Saved, &Saved, Prefer, Box<dyn FnOnce()>) -> Option<Merged>;

/// How the app was started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Its own page (or tab).
    Standalone,
    /// Inside the snippet's iframe.
    Frame,
    /// Mounted by the snippet into the host page's shadow root.
    Direct,
}

/// Everything fixed at start-up, shared for the app's lifetime.
pub struct Env {
    pub content: Content,
    /// The languages offered, in order, each with its table of words.
    pub langs: Vec<crate::text::lang::Lang>,
    /// The built-in languages' words: fetched when first needed, and kept.
    pub tables: crate::ui::i18n::words::Tables,
    /// The questionnaire of each kind of work, in the order of the roles
    /// (worked out once: every screen and score uses one of these).
    pub by_role: Vec<crate::content::Assessment>,
    pub config: Config,
    pub options: Options,
    pub mode: Mode,
    /// The app's own page, which share links point at.
    pub page: String,
    /// Configuration problems, shown on screen for the web developer.
    pub problems: Vec<String>,
    /// Parts of the configuration set aside (colours without contrast).
    pub warnings: Vec<String>,
    /// `router::merge_now`.
    pub merge: MergeNow,
}
