//! Share links: a finished result packed into the URL fragment of a link to
//! the app's own page. Compact binary, versioned, with a checksum that
//! detects damage (it cannot prove who made the link: results are
//! self-reported). Decoding caps its input and never panics.
//!
//! Layout, version 2 (all integers little-endian, `str` = varint length + UTF-8):
//! `version u8 · content fingerprint u32 · flags u8 · [day u16] · [label str] ·
//! [role u8, an index into the roles] ·
//! [answers: count varint, one nibble per item: 0 unanswered, k+1 option k,
//! 15 "does not happen in my job"] ·
//! [walk: 0 template index varint | 1 name str, count varint, per touchpoint
//! name str + byte (channel | client << 3 | hand-off << 4); then per touchpoint
//! rating u8 (0 none, 1 −1, 2 0, 3 +1), checks 2 bits each (0 none, 1 yes,
//! 2 no, 3 not sure), ticks 1 bit per behaviour, [note str]] · FNV-1a checksum u32` —
//! then base64url without padding.
//!
//! Version 3 is version 2 with one more part, written only when the result
//! has colleagues' views (a link without them is still written as version
//! 2, byte for byte, so links and team identities made before stay as they
//! were): `[colleagues: moments fingerprint u32 · count u8 · per view:
//! count u8, 2 bits per moment (0 not seen, 1 −1, 2 0, 3 +1)]` after the walk.
//! Each colleague's view travels, not their median: the manager's app then
//! scores the result exactly as the person's own did (the scoring takes the
//! median per rung across views, which a per-moment median would not give
//! back). The views are sorted, so their order tells nothing of who answered.
//! Also in version 3 only, after the colleagues, what the verdict rests on
//! besides the answers (issue 18), so that whoever opens the link sees the
//! person's own verdict: `[evidence: count u8, 2 bits per last client (1
//! −1, 2 0, 3 +1) · option-order seed u32 (0: none) · count varint, 2 bits
//! per item of the content (0 untimed, 1 answered at a reading pace, 2
//! quicker than the text can be read)]`. The times themselves stay on the
//! person's device.
//!
//! Version 4 is version 3 with the answers' items named (issue 19), written
//! only when the answers are not of the shipped set — the content has a
//! company's own items, or a configuration replaced or left some out — so
//! that the link opens on another setup of the app: after everything else,
//! `[per answer: its item's short id u16 (text::hash::short_id) · role: 0 |
//! 1 + the role's short id u16]`. Links of the shipped set stay version 2
//! or 3, byte for byte. Where the fingerprint matches, a version 4 link
//! opens by position as any other; where it differs, each answer goes to the
//! item here with its short id (`decode_for`). A short id that maps to two
//! items — two items here, or two answers of the link — is treated as
//! unknown: those answers are dropped rather than guessed. Older builds
//! refuse version 4 as made by a newer version.
//!
//! Version 5 is version 4's layout with the sender's name (issue 19: an
//! optional name field in "Send to my manager"), written only when a name
//! is given: after the evidence, `[items named: 0 | 1 followed by version
//! 4's part] · name str`. A link without a name keeps its version, byte
//! for byte. A sealed result never carries a name (`seal::Inside::of`).

use crate::check::evidence::SKIM_WORDS_PER_SECOND;
use crate::check::scoring::{self, Answers, Extra};
use crate::content::Content;
use crate::document::colleague::{self, ColleagueView};
pub use crate::text::base64url::{base64url, from_base64url};
use crate::text::hash::{Fnv32 as Fnv, short_id};
use crate::text::lang::{Lang, Text};
use crate::walk::journey::{Channel, ClientKind, Journey, Touchpoint};
use crate::walk::record::{Audit, CheckAnswer, Walk};
use std::fmt;

/// What marks a fragment as a share link: `#share=…`.
pub const PREFIX: &str = "share=";
pub const VERSION: u8 = 5;
/// The most last clients a link carries.
pub const MAX_EPISODES: usize = 20;
/// The version of a link without colleagues' views.
const PLAIN_VERSION: u8 = 2;
/// The version that brought colleagues' views and the evidence.
const VIEWS_VERSION: u8 = 3;
/// The version that names the answers' items (a set other than the shipped one).
const NAMED_VERSION: u8 = 4;
/// The version that carries the sender's name.
const NAME_VERSION: u8 = 5;
/// Longest link the encoder makes, whole URL included.
pub const MAX_LINK_CHARS: usize = 2_000;
/// Longest fragment the decoder looks at.
pub const MAX_INPUT: usize = 8 * 1024;
/// Most bytes the decoder unpacks (the payload is not compressed, so this
/// is also the inflated size).
pub const MAX_DECODED: usize = 64 * 1024;
/// Longest text field accepted in a link.
const MAX_TEXT: usize = 2_000;

const ANSWERS: u8 = 1;
const WALK: u8 = 2;
const NOTES: u8 = 4;
const LABEL: u8 = 8;
const DAY: u8 = 16;
const ROLE: u8 = 32;
const COLLEAGUES: u8 = 64;
const EVIDENCE: u8 = 128;

/// The pick that stands for "does not happen in my job" (nibble 15).
pub const NA_PICK: u8 = 14;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Shared {
    /// Days since 1970-01-01 when the link was made.
    pub day: Option<u16>,
    /// Who answered (a department), if the embedding page said so.
    pub label: Option<String>,
    /// The kind of work the questions were chosen for: an index into the roles.
    pub role: Option<u8>,
    /// Per item of the content, the index of the chosen option (`NA_PICK`
    /// for "does not happen in my job").
    pub answers: Option<Vec<Option<u8>>>,
    pub walk: Option<SharedWalk>,
    /// Colleagues' views of the person who answered.
    pub colleagues: Option<SharedViews>,
    /// The last clients, the option order and the pace of the answers.
    pub evidence: Option<SharedEvidence>,
    /// Per answer, its item's short id: carried when the answers are not of
    /// the shipped set (version 4).
    pub items: Option<Vec<u16>>,
    /// The role's short id, beside `role`, in a version 4 link.
    pub role_short: Option<u16>,
    /// The sender's name, only when they typed one (version 5).
    pub name: Option<String>,
    /// Read on another setup: what was kept and what was not (`decode_for`).
    pub foreign: Option<Foreign>,
}

/// A link from another setup of the app read by its items' short ids: what
/// was kept, what was left out, and whether what remains can be scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Foreign {
    /// Answers to questions this content does not have (or that do not fit
    /// them here): dropped.
    pub dropped: usize,
    /// Answers kept.
    pub kept: usize,
    /// Colleagues' views or a journey map of the other setup, left out.
    pub left_out: bool,
    /// What remains is too little to show a level
    /// (`Evidence::too_few_to_score`).
    pub too_few: bool,
}

/// What the verdict rests on besides the answers, as a link carries it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SharedEvidence {
    /// The last clients: −1 / 0 / +1.
    pub episodes: Vec<i8>,
    /// The option-order seed; 0 for content order.
    pub seed: u32,
    /// Per item of the content: 0 untimed, 1 at a reading pace, 2 quicker
    /// than the text can be read.
    pub pace: Vec<u8>,
}

/// Colleagues' views as a link carries them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedViews {
    /// The fingerprint of the moments they answered (`content::observed::fingerprint`).
    pub moments: u32,
    /// Per colleague, per moment: −1 / 0 / +1, or `None` (not seen).
    pub views: Vec<Vec<Option<i8>>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedWalk {
    pub journey: SharedJourney,
    /// One per touchpoint, in journey order.
    pub audits: Vec<SharedAudit>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SharedJourney {
    /// Index into the content's journey templates.
    Template(usize),
    Custom {
        name: String,
        touchpoints: Vec<SharedTouchpoint>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedTouchpoint {
    pub name: String,
    pub channel: Channel,
    pub client: ClientKind,
    pub handoff: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SharedAudit {
    pub rating: Option<i8>,
    /// Per ladder behaviour: seen or not.
    pub ticks: Vec<bool>,
    /// Per hand-off check: the answer given, if any.
    pub checks: Vec<Option<CheckAnswer>>,
    /// Notes travel only when the person opts in.
    pub note: Option<String>,
}

/// Why a link was refused, in words a person can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not a Service Ladder link at all.
    Foreign,
    TooLong,
    /// Cut short or altered: the checksum does not match.
    Damaged,
    /// Made by a newer version of the app.
    NewerVersion(u8),
    /// Made with other questions or journeys (another company's setup).
    OtherContent,
    /// Made with another setup, and too few of its answers are questions
    /// this one has to count it (a team view; issue 19).
    TooFewKnown,
    /// Intact, but what it holds does not make a result (e.g. a journey
    /// without touchpoints): someone built it by hand.
    Unusable(String),
    /// Intact, but it holds no result at all: neither answers nor a walk.
    Empty,
}

impl LinkError {
    /// What a person reads about this error, in `lang` (the detail of an
    /// unusable link is for developers and stays out of it).
    pub fn words(&self, lang: Lang) -> &'static str {
        match self {
            LinkError::Foreign => lang.t("document_share.foreign"),
            LinkError::TooLong => lang.t("document_share.too_long"),
            LinkError::Damaged => lang.t("document_share.damaged"),
            LinkError::NewerVersion(_) => lang.t("document_share.newer"),
            LinkError::OtherContent => lang.t("document_share.other_content"),
            LinkError::TooFewKnown => lang.t("document_share.too_few_known"),
            LinkError::Unusable(_) => lang.t("document_share.unusable"),
            LinkError::Empty => lang.t("document_share.empty"),
        }
    }
}

/// For developers and logs only: what a person reads comes from
/// `words(lang)`.
impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

/// The questionnaire generation links are made for (once the model's
/// version, which it equalled up to model 3).
const LINK_QUESTIONNAIRE: u8 = 3;

/// Identifies the content a link refers to by index: item, option,
/// behaviour, check and template ids, in order.
pub fn fingerprint(c: &Content) -> u32 {
    let mut h = Fnv::new();
    // Links carry answers, not scores: the questions they answer are what
    // they mean. The byte was the model's version up to model 3; it stays
    // 3 so that links made under model 3 keep opening, scored by today's
    // model (a re-weighing changes no question).
    h.byte(LINK_QUESTIONNAIRE);
    for r in &c.assessment.roles {
        h.str(&r.id);
    }
    for item in &c.assessment.items {
        h.str(&item.id);
        for choice in &item.choices {
            h.str(&choice.id);
        }
    }
    for b in &c.ladder.behaviours {
        h.str(&b.id);
    }
    for k in &c.ladder.handoff_checks {
        h.str(&k.id);
    }
    for j in &c.journeys {
        h.str(&j.id);
        h.byte(j.touchpoints.len() as u8);
    }
    h.0
}

fn checksum(bytes: &[u8]) -> u32 {
    let mut h = Fnv::new();
    h.bytes(bytes);
    h.0
}

impl Shared {
    /// What a link carries for a finished self-assessment and/or walk.
    /// Notes are left out unless `notes` is set.
    pub fn build(
        c: &Content,
        answers: Option<&Answers>,
        walk: Option<(&Journey, &Walk)>,
        notes: bool,
        code: &str,
    ) -> Shared {
        let answers = answers.map(|a| {
            c.assessment
                .items
                .iter()
                .map(|item| {
                    let chosen = a.get(&item.id)?;
                    if chosen == crate::content::NOT_APPLICABLE && item.allows_na {
                        return Some(NA_PICK);
                    }
                    item.choices.iter().position(|x| &x.id == chosen).map(|i| i as u8)
                })
                .collect()
        });
        let walk = walk.map(|(j, w)| {
            let journey = match c.journeys.iter().position(|t| t == j) {
                Some(i) => SharedJourney::Template(i),
                None => SharedJourney::Custom {
                    name: j.name.for_code(code).to_string(),
                    touchpoints: j
                        .touchpoints
                        .iter()
                        .map(|t| SharedTouchpoint {
                            name: t.name.for_code(code).to_string(),
                            channel: t.channel,
                            client: t.client,
                            handoff: t.handoff,
                        })
                        .collect(),
                },
            };
            let audits = j
                .touchpoints
                .iter()
                .map(|t| {
                    let a = w.audit(&t.id).cloned().unwrap_or_default();
                    SharedAudit {
                        rating: a.rating,
                        ticks: c.ladder.behaviours.iter().map(|b| a.ticks.contains(&b.id)).collect(),
                        checks: c.ladder.handoff_checks.iter().map(|k| a.checks.get(&k.id).copied()).collect(),
                        note: Some(a.note).filter(|n| notes && !n.trim().is_empty()),
                    }
                })
                .collect();
            SharedWalk { journey, audits }
        });
        // Answers of another set name their items, so that another setup can
        // read the ones it knows.
        let items = answers
            .as_ref()
            .filter(|_| !c.shipped_set())
            .map(|_| c.assessment.items.iter().map(|i| short_id(&i.id)).collect());
        let named = items.is_some();
        let s = Shared { answers, walk, items, ..Shared::default() };
        // Named answers name their role too (`in_role` may name another).
        if named { s.in_role(c, None) } else { s }
    }

    /// The same, with colleagues' views of the person (none: none carried).
    pub fn with_colleagues(mut self, c: &Content, views: &[ColleagueView]) -> Shared {
        let observed = &c.assessment.observed;
        let mut packed: Vec<Vec<Option<i8>>> = views
            .iter()
            .take(colleague::MAX_VIEWS)
            .map(|v| v.values(observed))
            .filter(|v| v.iter().any(Option::is_some))
            .collect();
        packed.sort();
        self.colleagues = (!packed.is_empty())
            .then(|| SharedViews { moments: crate::content::observed::fingerprint(observed), views: packed });
        self
    }

    /// The same, with the last clients, the option order and the pace of
    /// the answers (`extra.colleagues` travel with `with_colleagues`).
    pub fn with_evidence(mut self, c: &Content, extra: &Extra) -> Shared {
        let pace = c
            .assessment
            .items
            .iter()
            .map(|item| match extra.seconds.get(&item.id) {
                None => 0,
                Some(s) if *s < scoring::reading_words(item) as f64 / SKIM_WORDS_PER_SECOND => 2,
                Some(_) => 1,
            })
            .collect::<Vec<u8>>();
        let e = SharedEvidence {
            episodes: extra.episodes.iter().take(MAX_EPISODES).map(|e| (*e).clamp(-1, 1)).collect(),
            seed: extra.seed.unwrap_or(0),
            pace: if pace.iter().any(|p| *p > 0) { pace } else { Vec::new() },
        };
        self.evidence = (e != SharedEvidence::default()).then_some(e);
        self
    }

    /// The evidence again, as the scoring takes it: a pace "quicker than
    /// reading" is no time at all, a reading pace an unhurried hour.
    pub fn extra(&self, c: &Content) -> Extra {
        let Some(e) = &self.evidence else { return Extra::default() };
        let seconds = c
            .assessment
            .items
            .iter()
            .zip(&e.pace)
            .filter_map(|(item, p)| match p {
                1 => Some((item.id.clone(), 3600.0)),
                2 => Some((item.id.clone(), 0.0)),
                _ => None,
            })
            .collect();
        Extra { episodes: e.episodes.clone(), seconds, colleagues: Vec::new(), seed: (e.seed != 0).then_some(e.seed) }
    }

    /// The colleagues' views again, keyed by the moments' ids; empty when
    /// none travelled or they were made for other moments.
    pub fn views(&self, c: &Content) -> Vec<ColleagueView> {
        let observed = &c.assessment.observed;
        let Some(sv) =
            self.colleagues.as_ref().filter(|sv| sv.moments == crate::content::observed::fingerprint(observed))
        else {
            return Vec::new();
        };
        sv.views
            .iter()
            .enumerate()
            .map(|(i, values)| ColleagueView {
                id: format!("shared{}", i + 1),
                day: u32::from(self.day.unwrap_or(0)),
                answers: observed.iter().zip(values).filter_map(|(o, v)| v.map(|v| (o.id.clone(), v))).collect(),
            })
            .collect()
    }

    /// The same, noting the kind of work the questions were chosen for.
    pub fn in_role(mut self, c: &Content, role: Option<&str>) -> Shared {
        // Named answers name the role they were asked for, the content's
        // default one when none was chosen (a configuration's fixed role):
        // another setup's default may be another.
        let default = c.assessment.default_role().map(|r| r.id.as_str()).filter(|_| self.items.is_some());
        let role = role.or(default);
        self.role = role.and_then(|r| c.assessment.roles.iter().position(|x| x.id == r)).map(|i| i as u8);
        self.role_short = self.role_id(c).filter(|_| self.items.is_some()).map(short_id);
        self
    }

    /// The role's id, if the link names one this content has.
    pub fn role_id<'c>(&self, c: &'c Content) -> Option<&'c str> {
        self.role.and_then(|i| c.assessment.roles.get(usize::from(i))).map(|r| r.id.as_str())
    }

    /// The answers, keyed by item and option id again.
    pub fn answers(&self, c: &Content) -> Option<Answers> {
        let picks = self.answers.as_ref()?;
        let mut answers = Answers::new();
        for (item, pick) in c.assessment.items.iter().zip(picks) {
            if *pick == Some(NA_PICK) && item.allows_na {
                answers.insert(item.id.clone(), crate::content::NOT_APPLICABLE.to_string());
            } else if let Some(choice) = pick.and_then(|p| item.choices.get(usize::from(p))) {
                answers.insert(item.id.clone(), choice.id.clone());
            }
        }
        Some(answers)
    }

    /// The journey and walk, rebuilt. A custom journey's texts are the
    /// person's own words, shown in both languages as typed.
    pub fn journey_and_walk(&self, c: &Content) -> Option<(Journey, Walk)> {
        let w = self.walk.as_ref()?;
        let journey = match &w.journey {
            SharedJourney::Template(i) => c.journeys.get(*i)?.clone(),
            SharedJourney::Custom { name, touchpoints } => Journey {
                id: "shared".into(),
                name: Text::same(name.clone()),
                description: Text::default(),
                touchpoints: touchpoints
                    .iter()
                    .enumerate()
                    .map(|(i, t)| Touchpoint {
                        id: format!("tp{}", i + 1),
                        name: Text::same(t.name.clone()),
                        who: Text::default(),
                        channel: t.channel,
                        client: t.client,
                        expectation: Text::default(),
                        handoff: t.handoff,
                    })
                    .collect(),
            },
        };
        let mut walk = Walk::new(journey.id.clone());
        walk.finished = true;
        for (t, a) in journey.touchpoints.iter().zip(&w.audits) {
            let mut audit = Audit { rating: a.rating, note: a.note.clone().unwrap_or_default(), ..Audit::default() };
            for (b, _) in c.ladder.behaviours.iter().zip(&a.ticks).filter(|(_, on)| **on) {
                audit.ticks.insert(b.id.clone());
            }
            for (k, v) in c.ladder.handoff_checks.iter().zip(&a.checks) {
                if let Some(v) = v {
                    audit.checks.insert(k.id.clone(), *v);
                }
            }
            if audit != Audit::default() {
                walk.audits.insert(t.id.clone(), audit);
            }
        }
        Some((journey, walk))
    }
}

/// A link's result, rebuilt and checked against this page's content with
/// the same readers stored data passes.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub shared: Shared,
    pub answers: Option<Answers>,
    /// The kind of work the questions were chosen for.
    pub role: Option<String>,
    pub walk: Option<(Journey, Walk)>,
    /// Colleagues' views of the person.
    pub colleagues: Vec<ColleagueView>,
    /// The last clients, the option order and the pace of the answers.
    pub extra: Extra,
    /// Made with another setup: what was kept of it (`decode_for`).
    pub foreign: Option<Foreign>,
}

/// Decodes a fragment and rebuilds its result; anything the link holds that
/// does not fit (an index past the content, a journey without touchpoints,
/// counts that disagree) refuses the whole link.
pub fn open(fragment: &str, c: &Content) -> Result<Opened, LinkError> {
    let shared = decode_for(fragment, c)?;
    // Only a day or a label: nothing to show, and nothing to keep.
    if shared.answers.is_none() && shared.walk.is_none() {
        return Err(LinkError::Empty);
    }
    let unusable = |why: &str| LinkError::Unusable(why.to_string());
    if shared.role.is_some() && shared.role_id(c).is_none() {
        return Err(unusable("it names a kind of work this questionnaire does not have"));
    }
    if let Some(picks) = &shared.answers {
        let role = shared.role_id(c).or(c.assessment.default_role().map(|r| r.id.as_str()));
        let fits = picks.len() == c.assessment.items.len()
            && picks.iter().zip(&c.assessment.items).all(|(p, i)| {
                p.is_none_or(|p| {
                    (usize::from(p) < i.choices.len() || (p == NA_PICK && i.allows_na))
                        && role.is_none_or(|r| i.in_role(r))
                })
            });
        if !fits {
            return Err(unusable("its answers do not match the questions"));
        }
    }
    if let Some(w) = &shared.walk {
        let touchpoints = match &w.journey {
            SharedJourney::Template(i) => c.journeys.get(*i).map(|j| j.touchpoints.len()),
            SharedJourney::Custom { touchpoints, .. } => Some(touchpoints.len()),
        };
        let fits = touchpoints == Some(w.audits.len())
            && w.audits
                .iter()
                .all(|a| a.ticks.len() == c.ladder.behaviours.len() && a.checks.len() == c.ladder.handoff_checks.len());
        if !fits {
            return Err(unusable("its walk does not match the journey"));
        }
    }
    if let Some(sv) = &shared.colleagues {
        let observed = &c.assessment.observed;
        if sv.moments != crate::content::observed::fingerprint(observed) {
            return Err(LinkError::OtherContent);
        }
        let fits = shared.answers.is_some()
            && sv.views.len() <= colleague::MAX_VIEWS
            && sv.views.iter().all(|v| v.len() == observed.len() && v.iter().any(Option::is_some));
        if !fits {
            return Err(unusable("its colleagues' views do not match the moments asked about"));
        }
    }
    let walk = shared.journey_and_walk(c);
    if let Some((j, w)) = &walk {
        crate::codec::model::recheck(j).map_err(|p| unusable(&crate::codec::reader::problem_summary(&p)))?;
        crate::codec::model::recheck(w).map_err(|p| unusable(&crate::codec::reader::problem_summary(&p)))?;
    }
    // The label and the name are the sender's words: checked as a record
    // keeps a label (no invisible or direction-changing characters).
    for words in [&shared.label, &shared.name].into_iter().flatten() {
        crate::codec::model::recheck(&LabelDoc { label: words.clone() })
            .map_err(|p| unusable(&crate::codec::reader::problem_summary(&p)))?;
    }
    let role = shared.role_id(c).map(str::to_string);
    if let Some(e) = &shared.evidence {
        let fits = shared.answers.is_some() && (e.pace.is_empty() || e.pace.len() == c.assessment.items.len());
        if !fits {
            return Err(unusable("what it says of the answers' pace does not match the questions"));
        }
    }
    Ok(Opened {
        answers: shared.answers(c),
        role,
        walk,
        colleagues: shared.views(c),
        extra: shared.extra(c),
        foreign: shared.foreign,
        shared,
    })
}

crate::model! {
    /// A label as a record keeps it.
    struct LabelDoc {
        label: String as crate::codec::model::Line<{ crate::document::history::MAX_LABEL }>,
    }
}

// ---------- writing ----------

struct Out(Vec<u8>);
impl Out {
    fn varint(&mut self, mut n: usize) {
        loop {
            let b = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }
    fn str(&mut self, s: &str) {
        self.varint(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn bits(&mut self, values: impl Iterator<Item = u8>, width: u32) {
        let mut acc = 0u8;
        let mut used = 0;
        for v in values {
            acc |= (v & ((1 << width) - 1)) << used;
            used += width;
            if used == 8 {
                self.0.push(acc);
                acc = 0;
                used = 0;
            }
        }
        if used > 0 {
            self.0.push(acc);
        }
    }
}

fn channel_code(c: Channel) -> u8 {
    Channel::ALL.iter().position(|x| *x == c).unwrap_or(0) as u8
}

/// Packs a result into the fragment payload (without the `share=` prefix).
pub fn encode(s: &Shared, fingerprint: u32) -> String {
    let mut o = Out(Vec::with_capacity(256));
    let views = s.colleagues.as_ref().filter(|v| !v.views.is_empty());
    let evidence = s.evidence.as_ref();
    let named = s.items.as_ref().zip(s.answers.as_ref()).filter(|(i, a)| i.len() == a.len()).map(|(i, _)| i);
    let name = s.name.as_deref().filter(|n| !n.trim().is_empty());
    o.0.push(if name.is_some() {
        NAME_VERSION
    } else if named.is_some() {
        NAMED_VERSION
    } else if views.is_some() || evidence.is_some() {
        VIEWS_VERSION
    } else {
        PLAIN_VERSION
    });
    o.0.extend_from_slice(&fingerprint.to_le_bytes());
    let notes = s.walk.as_ref().is_some_and(|w| w.audits.iter().any(|a| a.note.is_some()));
    let flags = [
        (s.answers.is_some(), ANSWERS),
        (s.walk.is_some(), WALK),
        (notes, NOTES),
        (s.label.is_some(), LABEL),
        (s.day.is_some(), DAY),
        (s.role.is_some(), ROLE),
        (views.is_some(), COLLEAGUES),
        (evidence.is_some(), EVIDENCE),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .fold(0, |f, (_, bit)| f | bit);
    o.0.push(flags);
    if let Some(day) = s.day {
        o.0.extend_from_slice(&day.to_le_bytes());
    }
    if let Some(label) = &s.label {
        o.str(label);
    }
    if let Some(role) = s.role {
        o.0.push(role);
    }
    if let Some(answers) = &s.answers {
        o.varint(answers.len());
        o.bits(answers.iter().map(|a| a.map_or(0, |k| k.min(14) + 1)), 4);
    }
    if let Some(w) = &s.walk {
        match &w.journey {
            SharedJourney::Template(i) => {
                o.0.push(0);
                o.varint(*i);
            }
            SharedJourney::Custom { name, touchpoints } => {
                o.0.push(1);
                o.str(name);
                o.varint(touchpoints.len());
                for t in touchpoints {
                    o.str(&t.name);
                    let client = u8::from(t.client == ClientKind::Internal);
                    o.0.push(channel_code(t.channel) | client << 3 | u8::from(t.handoff) << 4);
                }
            }
        }
        o.varint(w.audits.len());
        for a in &w.audits {
            o.0.push(match a.rating {
                None => 0,
                Some(r) if r < 0 => 1,
                Some(0) => 2,
                Some(_) => 3,
            });
            o.varint(a.checks.len());
            o.bits(
                a.checks.iter().map(|c| match c {
                    None => 0,
                    Some(CheckAnswer::Yes) => 1,
                    Some(CheckAnswer::No) => 2,
                    Some(CheckAnswer::NotSure) => 3,
                }),
                2,
            );
            o.varint(a.ticks.len());
            o.bits(a.ticks.iter().map(|t| u8::from(*t)), 1);
            if notes {
                o.str(a.note.as_deref().unwrap_or(""));
            }
        }
    }
    if let Some(v) = views {
        o.0.extend_from_slice(&v.moments.to_le_bytes());
        o.0.push(v.views.len().min(255) as u8);
        for view in v.views.iter().take(255) {
            o.0.push(view.len().min(255) as u8);
            o.bits(view.iter().take(255).map(|x| x.map_or(0, |x| (x.clamp(-1, 1) + 2) as u8)), 2);
        }
    }
    if let Some(e) = evidence {
        let episodes = &e.episodes[..e.episodes.len().min(MAX_EPISODES)];
        o.0.push(episodes.len() as u8);
        o.bits(episodes.iter().map(|x| (x.clamp(&-1, &1) + 2) as u8), 2);
        o.0.extend_from_slice(&e.seed.to_le_bytes());
        o.varint(e.pace.len());
        o.bits(e.pace.iter().map(|p| (*p).min(2)), 2);
    }
    if name.is_some() {
        o.0.push(u8::from(named.is_some()));
    }
    if let Some(items) = named {
        for id in items {
            o.0.extend_from_slice(&id.to_le_bytes());
        }
        match s.role_short.filter(|_| s.role.is_some()) {
            Some(r) => {
                o.0.push(1);
                o.0.extend_from_slice(&r.to_le_bytes());
            }
            None => o.0.push(0),
        }
    }
    if let Some(name) = name {
        o.str(name);
    }
    let sum = checksum(&o.0);
    o.0.extend_from_slice(&sum.to_le_bytes());
    base64url(&o.0)
}

/// What had to be left out to keep a link under `MAX_LINK_CHARS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Trimmed {
    pub notes: bool,
    pub names: bool,
}

/// The whole link, at most `MAX_LINK_CHARS` long: notes are dropped first,
/// then the names of a custom journey are shortened, until it fits.
pub fn link(page: &str, shared: &Shared, fingerprint: u32) -> (String, Trimmed) {
    let mut s = shared.clone();
    let mut trimmed = Trimmed::default();
    let make = |s: &Shared| format!("{page}#{PREFIX}{}", encode(s, fingerprint));
    let mut url = make(&s);
    if url.chars().count() <= MAX_LINK_CHARS {
        return (url, trimmed);
    }
    if let Some(w) = &mut s.walk {
        for a in &mut w.audits {
            trimmed.notes |= a.note.take().is_some();
        }
    }
    url = make(&s);
    for limit in [48usize, 24, 12, 4, 0] {
        if url.chars().count() <= MAX_LINK_CHARS {
            break;
        }
        if let Some(SharedWalk { journey: SharedJourney::Custom { name, touchpoints }, .. }) = &mut s.walk {
            trimmed.names = true;
            shorten(name, limit);
            for t in touchpoints {
                shorten(&mut t.name, limit);
            }
        }
        s.label = s.label.filter(|_| limit > 0);
        s.name = s.name.filter(|_| limit > 0);
        url = make(&s);
    }
    (url, trimmed)
}

fn shorten(s: &mut String, chars: usize) {
    if let Some((i, _)) = s.char_indices().nth(chars) {
        s.truncate(i);
    }
}

// ---------- reading ----------

struct In<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl In<'_> {
    fn byte(&mut self) -> Result<u8, LinkError> {
        let b = *self.bytes.get(self.at).ok_or(LinkError::Damaged)?;
        self.at += 1;
        Ok(b)
    }
    fn take(&mut self, n: usize) -> Result<&[u8], LinkError> {
        let end = self.at.checked_add(n).ok_or(LinkError::Damaged)?;
        let out = self.bytes.get(self.at..end).ok_or(LinkError::Damaged)?;
        self.at = end;
        Ok(out)
    }
    fn varint(&mut self) -> Result<usize, LinkError> {
        let mut n: usize = 0;
        for shift in (0..28).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(LinkError::Damaged)
    }
    /// A count of things still to read; never more than bytes remain × per_byte.
    fn count(&mut self, per_byte: usize) -> Result<usize, LinkError> {
        let n = self.varint()?;
        if n > (self.bytes.len() - self.at).saturating_mul(per_byte) {
            return Err(LinkError::Damaged);
        }
        Ok(n)
    }
    /// Text from a link is someone else's: invisible and direction-changing
    /// characters are removed, as from anything a person types.
    fn str(&mut self, multiline: bool) -> Result<String, LinkError> {
        let n = self.varint()?;
        let s = std::str::from_utf8(self.take(n)?).map_err(|_| LinkError::Damaged)?;
        if s.chars().count() > MAX_TEXT {
            return Err(LinkError::Damaged);
        }
        Ok(crate::codec::reader::clean(s, multiline))
    }
    fn bits(&mut self, n: usize, width: usize) -> Result<Vec<u8>, LinkError> {
        let bytes = self.take((n * width).div_ceil(8))?;
        Ok((0..n)
            .map(|i| {
                let bit = i * width;
                (bytes[bit / 8] >> (bit % 8)) & ((1u8 << width) - 1)
            })
            .collect())
    }
}

/// Reads the payload of a fragment (with or without `#` and `share=`) made
/// with the content of this `fingerprint`; a link of other content is
/// refused (`decode_for` reads what it can of one).
pub fn decode(fragment: &str, fingerprint: u32) -> Result<Shared, LinkError> {
    read(fragment, Some(fingerprint)).map(|(s, _)| s)
}

/// Reads a fragment for content `c`: as `decode` when it was made with the
/// same content; when not, a link that names its answers' items (version 4)
/// is read by them — the answers to items here kept, the others dropped
/// and counted in `Shared::foreign` — and any other is refused as made with
/// another setup.
pub fn decode_for(fragment: &str, c: &Content) -> Result<Shared, LinkError> {
    let here = fingerprint(c);
    let (shared, made) = read(fragment, None)?;
    if made == here {
        // Read by position, as any link of this content: the same result
        // as a link of the shipped set would be (a team's identities).
        return Ok(Shared { items: None, role_short: None, ..shared });
    }
    if shared.items.is_none() {
        return Err(LinkError::OtherContent);
    }
    Ok(translate(shared, c))
}

/// As `decode_for`, for counting with other results (a team view): a link
/// from another setup counts only if what it keeps can be scored.
pub fn decode_countable(fragment: &str, c: &Content) -> Result<Shared, LinkError> {
    let s = decode_for(fragment, c)?;
    if s.foreign.is_some_and(|f| f.too_few) {
        return Err(LinkError::TooFewKnown);
    }
    Ok(s)
}

/// A link of another setup, its answers moved to this content's items by
/// their short ids (see the module's notes on version 4).
fn translate(link: Shared, c: &Content) -> Shared {
    use std::collections::BTreeMap;
    let items = &c.assessment.items;
    // This content's items by short id; an id two items share is unknown.
    let mut here: BTreeMap<u16, Option<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        here.entry(short_id(&item.id)).and_modify(|at| *at = None).or_insert(Some(i));
    }
    let ids = link.items.clone().unwrap_or_default();
    // An id two answers of the link share is unknown too.
    let mut times: BTreeMap<u16, usize> = BTreeMap::new();
    for id in &ids {
        *times.entry(*id).or_default() += 1;
    }
    let mut roles: BTreeMap<u16, Option<usize>> = BTreeMap::new();
    for (i, r) in c.assessment.roles.iter().enumerate() {
        roles.entry(short_id(&r.id)).and_modify(|at| *at = None).or_insert(Some(i));
    }
    let role = link.role_short.and_then(|r| roles.get(&r).copied().flatten());
    let role_id = role.and_then(|i| c.assessment.roles.get(i)).or(c.assessment.default_role()).map(|r| r.id.as_str());
    let picks = link.answers.clone().unwrap_or_default();
    let pace_from = link.evidence.as_ref().map(|e| e.pace.as_slice()).filter(|p| p.len() == ids.len());
    let mut answers = vec![None; items.len()];
    let mut pace = vec![0u8; items.len()];
    let mut f = Foreign::default();
    for (k, (id, pick)) in ids.iter().zip(&picks).enumerate() {
        let Some(p) = *pick else { continue };
        let at = times.get(id).filter(|n| **n == 1).and_then(|_| here.get(id).copied().flatten());
        let fits = at.filter(|i| {
            items.get(*i).is_some_and(|item| {
                (usize::from(p) < item.choices.len() || (p == NA_PICK && item.allows_na))
                    && role_id.is_none_or(|r| item.in_role(r))
            })
        });
        match fits.and_then(|i| answers.get_mut(i).zip(pace.get_mut(i))) {
            Some((slot, speed)) => {
                *slot = Some(p);
                *speed = pace_from.and_then(|from| from.get(k)).copied().unwrap_or(0);
                f.kept += 1;
            }
            None => f.dropped += 1,
        }
    }
    let moments = crate::content::observed::fingerprint(&c.assessment.observed);
    let colleagues = link.colleagues.clone().filter(|v| v.moments == moments);
    f.left_out = link.walk.is_some() || (link.colleagues.is_some() && colleagues.is_none());
    let evidence = link
        .evidence
        .map(|e| SharedEvidence { pace: if pace.iter().any(|p| *p > 0) { pace } else { Vec::new() }, ..e });
    let mut s = Shared {
        day: link.day,
        label: link.label,
        role: role.map(|i| i as u8),
        answers: Some(answers),
        walk: None,
        colleagues,
        evidence,
        items: None,
        role_short: None,
        name: link.name,
        foreign: None,
    };
    let set = role_id.map_or_else(|| c.assessment.clone(), |r| c.assessment.for_role(r));
    let kept = s.answers(c).unwrap_or_default();
    f.too_few = scoring::evidence(&set, &kept).too_few_to_score();
    s.foreign = Some(f);
    s
}

/// The link's result and the fingerprint of the content it was made with;
/// with `fingerprint`, a link of other content is refused before the rest
/// is read.
fn read(fragment: &str, fingerprint: Option<u32>) -> Result<(Shared, u32), LinkError> {
    if fragment.len() > MAX_INPUT {
        return Err(LinkError::TooLong);
    }
    let payload = fragment.trim().trim_start_matches('#');
    let payload = payload.strip_prefix(PREFIX).ok_or(LinkError::Foreign)?;
    let bytes = from_base64url(payload).ok_or(LinkError::Damaged)?;
    if bytes.len() > MAX_DECODED || bytes.len() < 10 {
        return Err(LinkError::Damaged);
    }
    let (body, sum) = bytes.split_at(bytes.len() - 4);
    if checksum(body).to_le_bytes() != sum {
        return Err(LinkError::Damaged);
    }
    let mut r = In { bytes: body, at: 0 };
    let version = r.byte()?;
    if version > VERSION {
        return Err(LinkError::NewerVersion(version));
    }
    if version == 0 {
        return Err(LinkError::Damaged);
    }
    // Links of the first version were made with the earlier questionnaire.
    if version < PLAIN_VERSION {
        return Err(LinkError::OtherContent);
    }
    let fp = u32::from_le_bytes(r.take(4)?.try_into().map_err(|_| LinkError::Damaged)?);
    if fingerprint.is_some_and(|f| f != fp) {
        return Err(LinkError::OtherContent);
    }
    let flags = r.byte()?;
    // Colleagues' views and the evidence came with version 3; an earlier
    // link holding them was altered. Version 4 names answers: it has some.
    if (flags & (COLLEAGUES | EVIDENCE) != 0 && version < VIEWS_VERSION)
        || (version == NAMED_VERSION && flags & ANSWERS == 0)
    {
        return Err(LinkError::Damaged);
    }
    let mut s = Shared::default();
    if flags & DAY != 0 {
        s.day = Some(u16::from_le_bytes(r.take(2)?.try_into().map_err(|_| LinkError::Damaged)?));
    }
    if flags & LABEL != 0 {
        s.label = Some(r.str(false)?).filter(|l| !l.trim().is_empty());
    }
    if flags & ROLE != 0 {
        s.role = Some(r.byte()?);
    }
    if flags & ANSWERS != 0 {
        let n = r.count(2)?;
        s.answers = Some(r.bits(n, 4)?.into_iter().map(|v| v.checked_sub(1)).collect());
    }
    if flags & WALK != 0 {
        let journey = match r.byte()? {
            0 => SharedJourney::Template(r.varint()?),
            1 => {
                let name = r.str(false)?;
                let n = r.count(1)?;
                let mut touchpoints = Vec::with_capacity(n);
                for _ in 0..n {
                    let name = r.str(false)?;
                    let b = r.byte()?;
                    let channel = *Channel::ALL.get(usize::from(b & 7)).ok_or(LinkError::Damaged)?;
                    let client = if b & 8 != 0 { ClientKind::Internal } else { ClientKind::External };
                    touchpoints.push(SharedTouchpoint { name, channel, client, handoff: b & 16 != 0 });
                }
                SharedJourney::Custom { name, touchpoints }
            }
            _ => return Err(LinkError::Damaged),
        };
        let n = r.count(1)?;
        let mut audits = Vec::with_capacity(n);
        for _ in 0..n {
            let rating = match r.byte()? {
                0 => None,
                1 => Some(-1),
                2 => Some(0),
                3 => Some(1),
                _ => return Err(LinkError::Damaged),
            };
            let nc = r.count(4)?;
            let checks = r
                .bits(nc, 2)?
                .into_iter()
                .map(|c| match c {
                    0 => Ok(None),
                    1 => Ok(Some(CheckAnswer::Yes)),
                    2 => Ok(Some(CheckAnswer::No)),
                    3 => Ok(Some(CheckAnswer::NotSure)),
                    _ => Err(LinkError::Damaged),
                })
                .collect::<Result<Vec<_>, _>>()?;
            let nt = r.count(8)?;
            let ticks = r.bits(nt, 1)?.into_iter().map(|t| t == 1).collect();
            let note = if flags & NOTES != 0 { Some(r.str(true)?).filter(|n| !n.is_empty()) } else { None };
            audits.push(SharedAudit { rating, ticks, checks, note });
        }
        s.walk = Some(SharedWalk { journey, audits });
    }
    if flags & COLLEAGUES != 0 {
        let moments = u32::from_le_bytes(r.take(4)?.try_into().map_err(|_| LinkError::Damaged)?);
        let n = usize::from(r.byte()?);
        let mut views = Vec::with_capacity(n.min(colleague::MAX_VIEWS));
        for _ in 0..n {
            let k = usize::from(r.byte()?);
            let values = r.bits(k, 2)?.into_iter().map(|x| (x > 0).then(|| x as i8 - 2)).collect();
            views.push(values);
        }
        s.colleagues = Some(SharedViews { moments, views });
    }
    if flags & EVIDENCE != 0 {
        let n = usize::from(r.byte()?);
        if n > MAX_EPISODES {
            return Err(LinkError::Damaged);
        }
        let episodes = r
            .bits(n, 2)?
            .into_iter()
            .map(|x| if x == 0 { Err(LinkError::Damaged) } else { Ok(x as i8 - 2) })
            .collect::<Result<Vec<_>, _>>()?;
        let seed = u32::from_le_bytes(r.take(4)?.try_into().map_err(|_| LinkError::Damaged)?);
        let k = r.count(4)?;
        let pace = r.bits(k, 2)?;
        if pace.iter().any(|p| *p > 2) {
            return Err(LinkError::Damaged);
        }
        s.evidence = Some(SharedEvidence { episodes, seed, pace });
    }
    let items_named = match version {
        NAME_VERSION => match r.byte()? {
            0 => false,
            1 if flags & ANSWERS != 0 => true,
            _ => return Err(LinkError::Damaged),
        },
        v => v >= NAMED_VERSION,
    };
    if items_named {
        let n = s.answers.as_ref().map_or(0, Vec::len);
        let bytes = r.take(n.checked_mul(2).ok_or(LinkError::Damaged)?)?;
        s.items = Some(bytes.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect());
        s.role_short = match r.byte()? {
            0 => None,
            1 => Some(u16::from_le_bytes(r.take(2)?.try_into().map_err(|_| LinkError::Damaged)?)),
            _ => return Err(LinkError::Damaged),
        };
        if s.role_short.is_some() && s.role.is_none() {
            return Err(LinkError::Damaged);
        }
    }
    if version >= NAME_VERSION {
        // Nothing left once invisible characters are removed: no name.
        s.name = Some(r.str(false)?).filter(|n| !n.trim().is_empty());
    }
    if r.at != body.len() {
        return Err(LinkError::Damaged);
    }
    Ok((s, fp))
}

/// Days since 1970-01-01 → "YYYY-MM-DD" (proleptic Gregorian).
pub fn date(days: u16) -> String {
    // Howard Hinnant's civil-from-days algorithm.
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips() {
        for n in 0..20 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(from_base64url(&base64url(&bytes)), Some(bytes));
        }
        assert_eq!(base64url(b"hi?"), "aGk_");
        assert_eq!(from_base64url("a"), None);
        assert_eq!(from_base64url("a+b/"), None);
    }

    #[test]
    fn every_link_error_is_told_in_each_language_without_its_detail() {
        use crate::text::language_file::native;
        let all = [
            LinkError::Foreign,
            LinkError::TooLong,
            LinkError::Damaged,
            LinkError::NewerVersion(9),
            LinkError::OtherContent,
            LinkError::TooFewKnown,
            LinkError::Unusable("detail for developers".into()),
        ];
        for code in ["ru", "en"] {
            let said: Vec<&str> = all.iter().map(|e| e.words(native(code))).collect();
            for (e, w) in all.iter().zip(&said) {
                assert!(w.ends_with('.') && !w.contains("detail"), "{code} {e:?}: {w}");
            }
            let distinct: std::collections::BTreeSet<_> = said.iter().collect();
            assert_eq!(distinct.len(), all.len(), "{code}: {said:?}");
        }
        // The Russian words: tests/share.rs.
        assert!(LinkError::Damaged.words(native("en")).starts_with("This link is damaged or incomplete"));
    }

    #[test]
    fn dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(20_415), "2025-11-23");
        assert_eq!(date(11_016), "2000-02-29");
    }
}
