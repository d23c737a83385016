//! The team screen's session state, kept in the store (`AppState::team`):
//! the collection being looked at, an intake under way and what the last
//! one found. Plain data: the screen's parts work on it through
//! `screens::team::work`.

use crate::team::collection::Collection;
use crate::team::entry::Entry;
use crate::team::intake::Intake;
use crate::text::lang::Text;

/// What the last intake found, kept to list every item with its reason.
pub struct Report {
    pub rows: Vec<Row>,
    pub taken: usize,
    pub duplicates: usize,
    pub refused: usize,
    /// Results with the same answers as another, not counted yet.
    pub flagged: usize,
    /// Results with one option throughout, not counted yet.
    pub one_option: usize,
    /// Rows not kept (past `MAX_ROWS`).
    pub more: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    Taken,
    Duplicate,
    Refused,
    /// A collection file kept on this device.
    Collection,
    /// The same answers as another result: counted once until confirmed.
    Flagged,
    /// One option throughout: not counted until confirmed.
    OneOption,
    /// A text or file that looks like one sender's (`team::stuffing`).
    Sender,
}

pub struct Row {
    pub kind: RowKind,
    pub text: Text,
    /// A duplicate's result, to count it anyway.
    pub entry: Option<Box<Entry>>,
    pub counted: bool,
}

/// Most rows listed after an intake (refusals and duplicates first); the
/// rest are counted.
pub const MAX_ROWS: usize = 1_000;

/// The collection being looked at, for this session.
pub struct Work {
    pub collection: Collection,
    /// The kept collection it is, once saved or opened.
    pub saved_as: Option<String>,
    pub intake: Option<Running>,
    pub report: Option<Report>,
    /// The journey shown among the walks (index into `Overview::journeys`).
    pub journey: usize,
    /// The kept collection to compare with (as "before").
    pub compare: Option<String>,
    /// The scoring model version shown; the main one by default.
    pub model: Option<u16>,
    /// The last save did not reach the device's storage, and why: the
    /// collection is offered as a download instead.
    pub unkept: Option<crate::ui::state::storage::WriteError>,
    /// The manager opened the intake's one-line fold: it stays open across
    /// redraws (adding more, counting one anyway) until they close it.
    pub intake_open: bool,
}

impl Work {
    /// An empty collection made today, for this content, folded at the company's threshold.
    pub fn new(day: u16, fingerprint: u32, threshold: usize) -> Work {
        let mut collection = Collection::new("", day, fingerprint);
        collection.set_threshold(threshold);
        Work {
            collection,
            saved_as: None,
            intake: None,
            report: None,
            journey: 0,
            compare: None,
            model: None,
            unkept: None,
            intake_open: false,
        }
    }
}

/// An intake under way.
pub struct Running {
    pub intake: Intake<'static>,
    /// Items read per frame, adjusted to the time a frame takes.
    pub budget: usize,
    /// The last tenth of the way said in the status region.
    pub said: u32,
    /// Rows known before reading (files too big to read, collection files).
    pub early: Vec<Row>,
}
