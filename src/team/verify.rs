//! Figures re-derived from the answers: a file or link states a level and
//! scores, but the team view counts only what the answers give with this
//! build's scoring model (`check::scoring`). A file whose stated figures
//! disagree with its own answers was edited, and is refused; so is one
//! with figures but no answers (nothing to check them against), one made
//! with questions this build cannot score, and one dated in the future.
//!
//! A result scored by an earlier model version is scored again here, so it
//! is counted with the current version's figures (the answers are the
//! person's; the model is ours). Its stated figures are not compared: an
//! earlier model gave other numbers for the same answers.

use super::refusal::Refusal;
use crate::check::scoring::{self, Answers, Extra};
use crate::content::{Assessment, Content, Level};
use crate::document::colleague::{self, ColleagueView};

/// The scoring model of this build (as `entry::MODEL`; named here so that
/// `entry` can depend on this file and not the other way round).
const MODEL: u16 = scoring::MODEL_VERSION as u16;

/// Figures as this build's model derives them from the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figures {
    pub level: Option<Level>,
    pub levels: [u8; 3],
    pub qualities: Vec<Option<u8>>,
}

/// How far a stated score may be from the re-derived one: both are whole
/// per cents of the same value, so rounding alone moves at most one.
pub const TOLERANCE: u8 = 1;

/// A day after today by more than this is in the future (a sender's clock
/// and time zone may be a day ahead of the manager's).
pub const FUTURE_SLACK_DAYS: u16 = 1;

/// What a file says a result scored: its model version, level (before
/// "between levels" is applied), level strengths and quality scores.
pub struct Stated<'a> {
    pub model: u16,
    pub level: Option<Level>,
    pub levels: [u8; 3],
    pub qualities: &'a [Option<u8>],
}

/// The figures the answers give; refused when there are no answers, or
/// when a result of this model version states other figures than its answers give.
///
/// A result names the kind of work (role) it was answered for; one that
/// names none was scored either on the default kind's questions or on all
/// of them (an app with no kinds of work), so both are tried.
pub fn assessment(
    c: &Content,
    role: Option<&str>,
    answers: &Answers,
    extra: &Extra,
    views: &[ColleagueView],
    stated: &Stated,
) -> Result<Figures, Refusal> {
    if stated.model > MODEL {
        return Err(Refusal::NewerModel(stated.model));
    }
    let mut ways: Vec<Assessment> = Vec::new();
    match role.or(c.assessment.default_role().map(|r| r.id.as_str())) {
        Some(r) => ways.push(c.assessment.for_role(r)),
        None => ways.push(c.assessment.clone()),
    }
    if role.is_none() && c.assessment.default_role().is_some() {
        ways.push(c.assessment.clone());
    }
    // Scored as the person's own result was: with the last clients, the
    // times, the option order and colleagues' views.
    let derived: Vec<Figures> =
        ways.iter().filter_map(|a| scored(a, answers, &colleague::with_views(extra, views, &a.observed))).collect();
    let first = derived.first().cloned().ok_or(Refusal::NoAnswers)?;
    if stated.model < MODEL {
        return Ok(first);
    }
    derived.into_iter().find(|d| agrees(stated, d)).ok_or(Refusal::Disagrees)
}

/// Whether stated figures are the derived ones, give or take rounding.
fn agrees(stated: &Stated, derived: &Figures) -> bool {
    let near = |a: u8, b: u8| a.abs_diff(b) <= TOLERANCE;
    // A person between levels has no level in the figures; the file
    // still names the nearer one, which is not checked.
    let level_ok = derived.level.is_none() || stated.level == derived.level;
    let levels_ok = stated.levels.iter().zip(&derived.levels).all(|(a, b)| near(*a, *b));
    let qualities_ok = stated.qualities.len() == derived.qualities.len()
        && stated.qualities.iter().zip(&derived.qualities).all(|(a, b)| match (a, b) {
            (Some(a), Some(b)) => near(*a, *b),
            (None, None) => true,
            _ => false,
        });
    level_ok && levels_ok && qualities_ok
}

/// Answers scored on these questions with this build's model.
fn scored(a: &Assessment, answers: &Answers, extra: &Extra) -> Option<Figures> {
    if scoring::answered(a, answers) == 0 {
        return None;
    }
    let s = scoring::score_with(a, answers, extra);
    let pc = |x: f64| scoring::percent(x).min(100) as u8;
    Some(Figures {
        level: (s.verdict.confidence != scoring::Confidence::Mixed).then_some(s.level),
        levels: s.levels.map(pc),
        qualities: s.qualities.iter().map(|q| q.map(pc)).collect(),
    })
}

/// Refused when `day` is after `today` by more than the slack.
pub fn not_future(day: Option<u16>, today: Option<u16>) -> Result<(), Refusal> {
    match (day, today) {
        (Some(d), Some(t)) if d > t.saturating_add(FUTURE_SLACK_DAYS) => Err(Refusal::Future(d)),
        _ => Ok(()),
    }
}
