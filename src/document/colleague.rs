//! A colleague's view of a person, as two links and a kept record.
//!
//! - **Asking link** (`#ask=…`): made on the person's result; the colleague
//!   opens it in their own browser. Layout, version 1 (little-endian):
//!   `version u8 · moments fingerprint u32 · request id u32 · flags u8 ·
//!   [first name str] · FNV-1a checksum u32`, then base64url.
//! - **Answer link** (`#answer=…`): what the colleague sends back.
//!   `version u8 · moments fingerprint u32 · request id u32 · answer id u32 ·
//!   day u16 · count u8 · 2 bits per moment (0 haven't seen, 1 below,
//!   2 as expected, 3 beyond) · checksum u32`, then base64url.
//!
//! The fingerprint is that of the moments a colleague is asked about
//! (`content::observed::fingerprint`): an answer to other moments (another
//! company's, an older list) is refused rather than misread. Nothing about
//! the colleague travels: no name, no device. Decoding caps its input and
//! never panics.

use crate::codec::model::{Dict, Id, Range};
use crate::codec::reader::Reader;
use crate::content::LadderKey;
use crate::content::observed::{MAX_OBSERVED, Observed, fingerprint};
use crate::text::base64url::{base64url, from_base64url};
use crate::text::hash::Fnv32;
use crate::text::lang::Lang;
use std::collections::BTreeMap;

/// What marks a fragment as an asking link: `#ask=…`.
pub const ASK_PREFIX: &str = "ask=";
/// What marks a fragment as an answer link: `#answer=…`.
pub const ANSWER_PREFIX: &str = "answer=";
pub const VERSION: u8 = 1;
/// Most colleagues' views kept with a result.
pub const MAX_VIEWS: usize = 10;
/// Longest first name in an asking link.
pub const MAX_NAME: usize = 40;
/// Longest fragment the decoders look at.
const MAX_INPUT: usize = 4 * 1024;

const NAME: u8 = 1;

/// Why a colleague's link was refused, in words a person can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ColleagueError {
    /// Not a colleague's link at all.
    Foreign,
    /// Cut short, altered or stuffed with more than it should hold.
    Damaged,
    /// Made by a newer version of the app.
    NewerVersion,
    /// Made for other moments (another company's setup, an older list).
    OtherContent,
    /// Intact, but the values do not fit (a count that does not match the
    /// moments, a day in the future): someone built it by hand.
    OutOfRange,
    /// Intact, but the colleague saw none of the moments.
    Empty,
}

impl ColleagueError {
    pub fn words(&self, lang: Lang) -> &'static str {
        match self {
            ColleagueError::Foreign => lang.t("colleague.error_foreign"),
            ColleagueError::Damaged => lang.t("colleague.error_damaged"),
            ColleagueError::NewerVersion => lang.t("colleague.error_newer"),
            ColleagueError::OtherContent => lang.t("colleague.error_other_content"),
            ColleagueError::OutOfRange => lang.t("colleague.error_out_of_range"),
            ColleagueError::Empty => lang.t("colleague.error_empty"),
        }
    }
}

/// A request for a colleague's view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ask {
    /// A random number that ties the answer to the request.
    pub request: u32,
    /// The person's first name, as they typed it, so the colleague knows
    /// whom it is about.
    pub name: Option<String>,
}

/// A colleague's answers, as they travel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub request: u32,
    /// A random number of the colleague's browser: the same answer opened
    /// twice is kept once, two colleagues answering one request are two.
    pub answer: u32,
    /// Days since 1970-01-01 when it was answered.
    pub day: u16,
    /// Per moment, in content order: −1 / 0 / +1, or `None` (haven't seen).
    pub values: Vec<Option<i8>>,
}

crate::model! {
    /// What one colleague saw of the person, as kept with the result.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ColleagueView {
        /// The request and the answer it came with: the same view twice is kept once.
        pub id: String as Id,
        /// Days since 1970-01-01 when the colleague answered.
        pub day: u32 as Range<0, 65_535>,
        /// Moment id → −1 below what the client expected, 0 as expected, +1 beyond;
        /// moments the colleague has not seen are left out.
        pub answers: BTreeMap<String, i8> as Dict<Id, LadderKey, MAX_OBSERVED>,
    }
    check view_problems;
}

fn view_problems(v: &ColleagueView, r: &mut Reader, path: &str) {
    if v.answers.is_empty() {
        let at = if path.is_empty() { "answers".to_string() } else { format!("{path}.answers") };
        r.problem(&at, "a view holds at least one moment the colleague saw");
    }
}

impl Answer {
    /// The view this answer makes, keyed by the moments' ids.
    pub fn view(&self, observed: &[Observed]) -> ColleagueView {
        ColleagueView {
            id: format!("c{:08x}{:08x}", self.request, self.answer),
            day: u32::from(self.day),
            answers: observed.iter().zip(&self.values).filter_map(|(o, v)| v.map(|v| (o.id.clone(), v))).collect(),
        }
    }
}

impl ColleagueView {
    /// Per moment, in content order: what this colleague saw.
    pub fn values(&self, observed: &[Observed]) -> Vec<Option<i8>> {
        observed.iter().map(|o| self.answers.get(&o.id).copied()).collect()
    }

    /// The moments seen, in content order: the colleague's episodes for
    /// the scoring (`scoring::Extra::colleagues`).
    pub fn episodes(&self, observed: &[Observed]) -> Vec<i8> {
        self.values(observed).into_iter().flatten().collect()
    }
}

/// Every view's episodes, for `scoring::Extra::colleagues` (views that saw
/// none of these moments are left out).
pub fn episodes(views: &[ColleagueView], observed: &[Observed]) -> Vec<Vec<i8>> {
    views.iter().map(|v| v.episodes(observed)).filter(|e| !e.is_empty()).collect()
}

/// `extra` with these views as its colleagues' episodes: how every
/// result is scored once colleagues have answered (the person's own
/// screen, the history, the team's entry and its check of stated figures).
pub fn with_views(
    extra: &crate::check::scoring::Extra,
    views: &[ColleagueView],
    observed: &[Observed],
) -> crate::check::scoring::Extra {
    crate::check::scoring::Extra { colleagues: episodes(views, observed), ..extra.clone() }
}

/// What keeping a view did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    New,
    /// The same view was kept already.
    Known,
    /// Kept, and the oldest view was let go to stay within `MAX_VIEWS`.
    NewDroppedOldest,
}

/// Adds a view: the same view twice is kept once; beyond `MAX_VIEWS` the
/// oldest goes.
pub fn keep(views: &mut Vec<ColleagueView>, view: ColleagueView) -> Kept {
    if views.iter().any(|v| v.id == view.id) {
        return Kept::Known;
    }
    views.push(view);
    if views.len() > MAX_VIEWS {
        // The oldest by day; among equals the first received.
        if let Some(oldest) = views.iter().enumerate().min_by_key(|(i, v)| (v.day, *i)).map(|(i, _)| i) {
            views.remove(oldest);
        }
        return Kept::NewDroppedOldest;
    }
    Kept::New
}

fn checksum(bytes: &[u8]) -> u32 {
    let mut h = Fnv32::new();
    h.bytes(bytes);
    h.0
}

fn seal(mut bytes: Vec<u8>) -> String {
    let sum = checksum(&bytes);
    bytes.extend_from_slice(&sum.to_le_bytes());
    base64url(&bytes)
}

/// The fragment payload of an asking link (without `#ask=`).
pub fn encode_ask(ask: &Ask, observed: &[Observed]) -> String {
    let mut o = vec![VERSION];
    o.extend_from_slice(&fingerprint(observed).to_le_bytes());
    o.extend_from_slice(&ask.request.to_le_bytes());
    let name = ask.name.as_deref().map(clean_name).filter(|n| !n.is_empty());
    o.push(if name.is_some() { NAME } else { 0 });
    if let Some(n) = name {
        o.push(n.len() as u8);
        o.extend_from_slice(n.as_bytes());
    }
    seal(o)
}

/// The fragment payload of an answer link (without `#answer=`).
pub fn encode_answer(a: &Answer, observed: &[Observed]) -> String {
    let mut o = vec![VERSION];
    o.extend_from_slice(&fingerprint(observed).to_le_bytes());
    o.extend_from_slice(&a.request.to_le_bytes());
    o.extend_from_slice(&a.answer.to_le_bytes());
    o.extend_from_slice(&a.day.to_le_bytes());
    o.push(a.values.len().min(255) as u8);
    let codes: Vec<u8> = a.values.iter().map(|v| v.map_or(0, |v| (v.clamp(-1, 1) + 2) as u8)).collect();
    for chunk in codes.chunks(4) {
        o.push(chunk.iter().enumerate().fold(0u8, |b, (i, c)| b | c << (2 * i)));
    }
    seal(o)
}

/// A first name as a link carries it: one line, invisible characters
/// removed, at most `MAX_NAME` characters.
pub fn clean_name(s: &str) -> String {
    let s = crate::codec::reader::clean(s, false);
    s.trim().chars().take(MAX_NAME).collect::<String>().trim().to_string()
}

struct In<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl In<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], ColleagueError> {
        let end = self.at.checked_add(n).ok_or(ColleagueError::Damaged)?;
        let out = self.bytes.get(self.at..end).ok_or(ColleagueError::Damaged)?;
        self.at = end;
        Ok(out)
    }
    fn byte(&mut self) -> Result<u8, ColleagueError> {
        Ok(*self.take(1)?.first().ok_or(ColleagueError::Damaged)?)
    }
    fn u16(&mut self) -> Result<u16, ColleagueError> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into().map_err(|_| ColleagueError::Damaged)?))
    }
    fn u32(&mut self) -> Result<u32, ColleagueError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().map_err(|_| ColleagueError::Damaged)?))
    }
}

/// The checked body of a payload after `prefix`: checksum, version and
/// fingerprint read.
fn body<'a>(
    fragment: &str,
    prefix: &str,
    observed: &[Observed],
    buf: &'a mut Vec<u8>,
) -> Result<In<'a>, ColleagueError> {
    if fragment.len() > MAX_INPUT {
        return Err(ColleagueError::Damaged);
    }
    let payload = fragment.trim().trim_start_matches('#');
    // A whole link pasted: the payload is what follows the prefix.
    let payload = match payload.find(prefix) {
        Some(at) if at == 0 || payload[..at].ends_with('#') => &payload[at + prefix.len()..],
        _ => return Err(ColleagueError::Foreign),
    };
    *buf = from_base64url(payload.trim()).ok_or(ColleagueError::Damaged)?;
    if buf.len() < 10 {
        return Err(ColleagueError::Damaged);
    }
    let (body, sum) = buf.split_at(buf.len() - 4);
    if checksum(body).to_le_bytes() != sum {
        return Err(ColleagueError::Damaged);
    }
    let mut r = In { bytes: body, at: 0 };
    match r.byte()? {
        0 => return Err(ColleagueError::Damaged),
        v if v > VERSION => return Err(ColleagueError::NewerVersion),
        _ => {}
    }
    if r.u32()? != fingerprint(observed) {
        return Err(ColleagueError::OtherContent);
    }
    Ok(r)
}

/// Reads an asking link's fragment (with or without `#`, or the whole link).
pub fn decode_ask(fragment: &str, observed: &[Observed]) -> Result<Ask, ColleagueError> {
    let mut buf = Vec::new();
    let mut r = body(fragment, ASK_PREFIX, observed, &mut buf)?;
    let request = r.u32()?;
    let flags = r.byte()?;
    if flags & !NAME != 0 {
        return Err(ColleagueError::Damaged);
    }
    let name = if flags & NAME != 0 {
        let n = usize::from(r.byte()?);
        let raw = std::str::from_utf8(r.take(n)?).map_err(|_| ColleagueError::Damaged)?;
        if raw.chars().count() > MAX_NAME {
            return Err(ColleagueError::OutOfRange);
        }
        Some(clean_name(raw)).filter(|n| !n.is_empty())
    } else {
        None
    };
    if r.at != r.bytes.len() {
        return Err(ColleagueError::Damaged);
    }
    Ok(Ask { request, name })
}

/// Reads an answer link's fragment (or the whole link, or a file holding
/// it). `today` (days since 1970-01-01) bounds the day it claims.
pub fn decode_answer(fragment: &str, observed: &[Observed], today: u16) -> Result<Answer, ColleagueError> {
    let mut buf = Vec::new();
    let mut r = body(fragment, ANSWER_PREFIX, observed, &mut buf)?;
    let request = r.u32()?;
    let answer = r.u32()?;
    let day = r.u16()?;
    let n = usize::from(r.byte()?);
    let packed = r.take(n.div_ceil(4))?.to_vec();
    if r.at != r.bytes.len() {
        return Err(ColleagueError::Damaged);
    }
    // A day after tomorrow (time zones aside) was not given by a colleague.
    if n != observed.len() || day > today.saturating_add(1) {
        return Err(ColleagueError::OutOfRange);
    }
    let values: Vec<Option<i8>> = (0..n)
        .map(|i| {
            let code = packed.get(i / 4).map_or(0, |b| (b >> (2 * (i % 4))) & 3);
            (code > 0).then(|| code as i8 - 2)
        })
        .collect();
    // Unused bits of the last byte must be clear: anything else was put there by hand.
    if n % 4 != 0 && packed.last().is_some_and(|b| b >> (2 * (n % 4)) != 0) {
        return Err(ColleagueError::Damaged);
    }
    if values.iter().all(Option::is_none) {
        return Err(ColleagueError::Empty);
    }
    Ok(Answer { request, answer, day, values })
}

/// An answer from a file: the file holds the answer link (or its fragment).
pub fn answer_from_file(text: &str, observed: &[Observed], today: u16) -> Result<Answer, ColleagueError> {
    let line = text.lines().map(str::trim).find(|l| l.contains(ANSWER_PREFIX)).ok_or(ColleagueError::Foreign)?;
    decode_answer(line, observed, today)
}

/// A view read back from stored data is checked once more against the
/// moments: ids it names must be moments of this content.
pub fn fits(view: &ColleagueView, observed: &[Observed]) -> bool {
    !view.answers.is_empty() && view.answers.keys().all(|k| observed.iter().any(|o| &o.id == k))
}
