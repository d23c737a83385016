//! The team focus (issue 20): one thing for the team to work on next month,
//! built from what the figures already say — the quality most people have
//! among their growth areas (derived per person as the self-check derives
//! them: `check::scoring::strengths_and_growth`) and the touchpoint the
//! walks rate worst (lowest balance index, then most −1s) — with the
//! principle of quality service behind that quality (the content's own
//! recommendation and principles: no new text is made up here).
//!
//! The manager sets it, with an owner and a date; it is kept with the
//! collection ([`Focus`]), and a later collection shows whether it moved
//! ([`moved`]): the quality's share of people with it as a growth area and
//! its median, and the touchpoint's balance, then and now.
//!
//! Privacy: nothing is suggested from fewer people than the threshold (the
//! self-checks of the version shown, the ratings at a touchpoint), and the
//! then-and-now goes through the subtraction rule of every comparison
//! (`compare::suppression`).

use super::compare::{Change, Suppressed, common_model, suppression};
use super::entry::{Entry, Figures, JourneyKey};
use super::level::share;
use super::spread::Histogram;
use super::threshold::{Below, below, threshold as bounded};
use super::walks;
use crate::check::scoring::strengths_and_growth;
use crate::content::Content;
use crate::text::lang::Text;
use crate::walk::map::Counts;

/// Longest owner kept (a name or a role).
pub const MAX_OWNER_CHARS: usize = 100;

/// The quality most people have among their growth areas.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Growth {
    /// In content order.
    pub quality: usize,
    /// People with it among their growth areas…
    pub people: usize,
    /// …of the people whose self-checks count.
    pub of: usize,
    /// The quality's median score, 0–100.
    pub median: Option<i16>,
}

impl Growth {
    /// Share of the people with it as a growth area, 0–100.
    pub fn share(&self) -> u32 {
        share(self.people, self.of)
    }
}

/// The touchpoint the walks rate worst.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weakest {
    pub journey: JourneyKey,
    /// In journey order.
    pub touchpoint: usize,
    pub counts: Counts,
    pub balance: i32,
}

/// Why no focus is suggested.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoFocus {
    /// Too few people for any of its figures: the most there are.
    Below(Below),
    /// Enough people, but no quality below 75 for anyone and no touchpoint
    /// rated by enough walks.
    Nothing,
}

/// What the figures suggest; either part may be missing, not both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub growth: Option<Growth>,
    pub weakest: Option<Weakest>,
    /// Set when both parts are missing, and why.
    pub none: Option<NoFocus>,
}

/// The focus the manager set, as it is kept with the collection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Focus {
    /// A quality, in content order.
    pub quality: Option<usize>,
    /// A touchpoint of a journey, in journey order.
    pub touchpoint: Option<(JourneyKey, usize)>,
    /// Who sees it through (free text, cleaned; may be empty).
    pub owner: String,
    /// Days since 1970-01-01: when it is due.
    pub due: Option<u16>,
}

impl Focus {
    /// The suggestion made the team's focus; `None` when nothing was suggested.
    pub fn of(s: &Suggestion, owner: &str, due: Option<u16>) -> Option<Focus> {
        if s.growth.is_none() && s.weakest.is_none() {
            return None;
        }
        Some(Focus {
            quality: s.growth.as_ref().map(|g| g.quality),
            touchpoint: s.weakest.as_ref().map(|w| (w.journey.clone(), w.touchpoint)),
            owner: clean_owner(owner),
            due,
        })
    }
}

/// An owner as typed, kept as other typed text is (`text::clean`): hidden
/// and control characters dropped, spaces collapsed, at most `MAX_OWNER_CHARS`.
pub fn clean_owner(s: &str) -> String {
    // Tabs and line breaks separate words: spaces, before the rest is dropped.
    let spaced: String = s.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect();
    let s = crate::text::clean::clean(&spaced, false);
    s.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(MAX_OWNER_CHARS).collect()
}

/// The self-checks of `model`.
fn of_model(entries: &[Entry], model: Option<u16>) -> Vec<&Figures> {
    entries.iter().filter_map(|e| e.assessment.as_ref()).filter(|f| Some(f.model) == model).collect()
}

/// Per quality, how many people have it among their growth areas.
fn growth_counts(figures: &[&Figures], qualities: usize) -> Vec<usize> {
    let mut counts = vec![0usize; qualities];
    // One buffer for every person: 10,000 of them are aggregated per drawing.
    let mut scores: Vec<Option<f64>> = Vec::with_capacity(qualities);
    for f in figures {
        scores.clear();
        scores.extend(f.qualities.iter().map(|v| v.map(|v| f64::from(v) / 100.0)));
        for q in strengths_and_growth(&scores).1 {
            if let Some(n) = counts.get_mut(q) {
                *n += 1;
            }
        }
    }
    counts
}

fn median(figures: &[&Figures], q: usize) -> Option<i16> {
    let mut h = Histogram::scores();
    for f in figures {
        if let Some(Some(v)) = f.qualities.get(q) {
            h.add(i16::from(*v));
        }
    }
    h.spread().map(|s| s.median)
}

/// The most common growth quality: most people, then the lower median,
/// then content order.
fn growth(c: &Content, figures: &[&Figures]) -> Option<Growth> {
    let counts = growth_counts(figures, c.assessment.qualities.len());
    let mut best: Option<Growth> = None;
    for (q, &people) in counts.iter().enumerate().filter(|(_, n)| **n > 0) {
        let g = Growth { quality: q, people, of: figures.len(), median: median(figures, q) };
        let better = match &best {
            None => true,
            Some(b) => (people, std::cmp::Reverse(g.median)) > (b.people, std::cmp::Reverse(b.median)),
        };
        if better {
            best = Some(g);
        }
    }
    best
}

/// Ratings per touchpoint of one journey, over every walk of it.
fn touchpoint_counts(entries: &[Entry], key: &JourneyKey) -> Vec<Counts> {
    let mut out: Vec<Counts> = Vec::new();
    for w in entries.iter().filter_map(|e| e.walk.as_ref()).filter(|w| &w.journey == key) {
        if out.len() < w.marks.len() {
            out.resize(w.marks.len(), Counts::default());
        }
        for (k, m) in out.iter_mut().zip(&w.marks) {
            match m.rating {
                Some(1) => k.wow += 1,
                Some(0) => k.standard += 1,
                Some(_) => k.disappointment += 1,
                None => k.unrated += 1,
            }
        }
    }
    out
}

/// The touchpoint rated worst, among journeys at least `threshold` walks
/// went through and touchpoints at least `threshold` of them rated: the
/// lowest balance, then the most −1s, then the most walked journey and the
/// first touchpoint.
fn weakest(entries: &[Entry], threshold: usize) -> Option<Weakest> {
    let mut best: Option<Weakest> = None;
    for j in walks::journeys(entries).into_iter().filter(|j| j.walks >= threshold) {
        for (t, k) in touchpoint_counts(entries, &j.key).into_iter().enumerate() {
            let Some(balance) = k.balance().filter(|_| k.rated() >= threshold) else { continue };
            let better = match &best {
                None => true,
                Some(b) => {
                    (balance, std::cmp::Reverse(k.disappointment))
                        < (b.balance, std::cmp::Reverse(b.counts.disappointment))
                }
            };
            if better {
                best = Some(Weakest { journey: j.key.clone(), touchpoint: t, counts: k, balance });
            }
        }
    }
    best
}

/// What the figures of `model`'s self-checks and every walk suggest.
pub fn suggest(c: &Content, entries: &[Entry], model: Option<u16>, threshold: usize) -> Suggestion {
    let threshold = bounded(threshold);
    let figures = of_model(entries, model);
    let walked = entries.iter().filter(|e| e.walk.is_some()).count();
    let whole = below(entries.len(), threshold);
    let open = whole.is_none();
    let growth = if open && figures.len() >= threshold { growth(c, &figures) } else { None };
    let weakest = if open && walked >= threshold { weakest(entries, threshold) } else { None };
    let none = (growth.is_none() && weakest.is_none()).then(|| {
        match whole.or_else(|| below(figures.len().max(walked).max(1), threshold)) {
            Some(b) => NoFocus::Below(b),
            None => NoFocus::Nothing,
        }
    });
    Suggestion { growth, weakest, none }
}

/// A touchpoint's journey and its own name, as the walks' view names them.
pub fn place(c: &Content, key: &JourneyKey, touchpoint: usize) -> (walks::JourneyName, Text) {
    match key {
        JourneyKey::Template(id) => match c.journeys.iter().find(|j| &j.id == id) {
            Some(j) => (
                walks::JourneyName::Named(j.name.clone()),
                j.touchpoints
                    .get(touchpoint)
                    .map_or_else(|| Text::same(format!("{}", touchpoint + 1)), |t| t.name.clone()),
            ),
            None => (walks::JourneyName::Named(Text::same(id.clone())), Text::same(format!("{}", touchpoint + 1))),
        },
        JourneyKey::Custom { name, touchpoints } => (
            if name.is_empty() { walks::JourneyName::Own } else { walks::JourneyName::Named(Text::same(name.clone())) },
            Text::same(touchpoints.get(touchpoint).cloned().unwrap_or_else(|| format!("{}", touchpoint + 1))),
        ),
    }
}

/// A focus's own figures in these entries (its quality's growth share and
/// median, its touchpoint's balance), under the same privacy rules as a
/// suggestion: what the screen and the report show for a focus already set.
pub fn figures_of(c: &Content, entries: &[Entry], model: Option<u16>, threshold: usize, focus: &Focus) -> Suggestion {
    let threshold = bounded(threshold);
    let figures = of_model(entries, model);
    let walked = entries.iter().filter(|e| e.walk.is_some()).count();
    let whole = below(entries.len(), threshold);
    let open = whole.is_none();
    let growth = focus.quality.filter(|_| open && figures.len() >= threshold).map(|q| Growth {
        quality: q,
        people: growth_counts(&figures, c.assessment.qualities.len()).get(q).copied().unwrap_or(0),
        of: figures.len(),
        median: median(&figures, q),
    });
    let weakest = focus.touchpoint.as_ref().filter(|_| open).and_then(|(key, t)| {
        let k = touchpoint_counts(entries, key).get(*t).copied().unwrap_or_default();
        let balance = k.balance().filter(|_| k.rated() >= threshold)?;
        Some(Weakest { journey: key.clone(), touchpoint: *t, counts: k, balance })
    });
    let none = (growth.is_none() && weakest.is_none()).then(|| {
        match whole.or_else(|| below(figures.len().max(walked).max(1), threshold)) {
            Some(b) => NoFocus::Below(b),
            None => NoFocus::Nothing,
        }
    });
    Suggestion { growth, weakest, none }
}

/// Whether a focus moved between the collection it was set on (`then`) and
/// a later one (`now`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    /// The subtraction rule holds the whole comparison back: every figure is empty.
    pub suppressed: Option<Suppressed>,
    /// The share of people with the quality among their growth areas (0–100).
    pub share: Option<Change>,
    /// The quality's median score.
    pub median: Option<Change>,
    /// Set when a side's self-checks (of the common version) are too few.
    pub quality_below: Option<Below>,
    /// The touchpoint's balance index.
    pub balance: Option<Change>,
    /// Set when a side has too few ratings at the touchpoint.
    pub touchpoint_below: Option<Below>,
}

/// The focus's figures then and now; each held back below the threshold.
pub fn moved(c: &Content, focus: &Focus, then: &[Entry], now: &[Entry], threshold: usize) -> Moved {
    let threshold = bounded(threshold);
    let mut out = Moved {
        suppressed: None,
        share: None,
        median: None,
        quality_below: None,
        balance: None,
        touchpoint_below: None,
    };
    if let Some(s) = suppression(then, now, threshold) {
        out.suppressed = Some(s);
        return out;
    }
    if let Some(q) = focus.quality {
        let model = common_model(then, now);
        let (ft, fn_) = (of_model(then, model), of_model(now, model));
        out.quality_below = below(ft.len().min(fn_.len()), threshold);
        if out.quality_below.is_none() && !ft.is_empty() && !fn_.is_empty() {
            let qualities = c.assessment.qualities.len();
            let share_of = |f: &[&Figures]| share(growth_counts(f, qualities).get(q).copied().unwrap_or(0), f.len());
            out.share = Some(Change { before: share_of(&ft) as i32, after: share_of(&fn_) as i32 });
            out.median = match (median(&ft, q), median(&fn_, q)) {
                (Some(b), Some(a)) => Some(Change { before: i32::from(b), after: i32::from(a) }),
                _ => None,
            };
        }
    }
    if let Some((key, t)) = &focus.touchpoint {
        let at = |side: &[Entry]| touchpoint_counts(side, key).get(*t).copied().unwrap_or_default();
        let (kt, kn) = (at(then), at(now));
        out.touchpoint_below = below(kt.rated().min(kn.rated()), threshold);
        if out.touchpoint_below.is_none()
            && let (Some(b), Some(a)) = (kt.balance(), kn.balance())
        {
            out.balance = Some(Change { before: b, after: a });
        }
    }
    out
}
