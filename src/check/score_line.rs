//! `make score`: one answer set in, one verdict out, as JSON lines, so that
//! anyone can run their own populations through the model with nothing but
//! `content/assessment.json` and this command (docs/scoring.md shows how).
//!
//! Each line is read through the project's own `model!` reader and then
//! checked against the content: the role must be a kind of work, and every
//! item and option id must be one of that kind of work's questions. A line
//! that fails gets `{"error": "…"}`; the others are unaffected.

use crate::check::scoring::{self, Answers, Extra, Place, Scores, percent};
use crate::codec::model::{Codec, Dict, Id, List, Opt, Range};
use crate::codec::reader::Reader;
use crate::content::{Assessment, Content, LadderKey, Level, NOT_APPLICABLE};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// Seconds spent on one item: a number from 0 to an hour.
pub struct Seconds;

impl Codec<f64> for Seconds {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<f64> {
        match v.as_f64() {
            Some(x) if (0.0..=3600.0).contains(&x) => Some(x),
            _ => {
                r.problem(path, "expected a number of seconds from 0 to 3600");
                None
            }
        }
    }
    fn write(t: &f64) -> Value {
        Value::from(*t)
    }
    fn schema() -> Value {
        json!({ "type": "number", "minimum": 0, "maximum": 3600 })
    }
}

crate::model! {
    /// What one colleague saw of the person: their last few clients on the
    /// ladder, −1 / 0 / +1.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ColleagueView {
        pub episodes: Vec<i8> as List<LadderKey, 1, 20>,
    }
}

crate::model! {
    /// One answer set, in the ids the saved document uses.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ScoreInput {
        /// The kind of work whose questions were answered.
        pub role: String as Id,
        /// Item id → option id, or "na" ("does not happen in my job").
        pub answers: Answers as Dict<Id, Id, 1000>,
        /// The last clients (or the last shift) on the ladder: −1 / 0 / +1.
        pub episodes: Vec<i8> as List<LadderKey, 0, 20> = Vec::new(),
        /// Item id → seconds spent on it.
        pub seconds: BTreeMap<String, f64> as Dict<Id, Seconds, 1000> = BTreeMap::new(),
        /// Colleagues' views; the median counts, never one apart.
        pub colleagues: Vec<ColleagueView> as List<ColleagueView, 0, 50> = Vec::new(),
        /// The seed the app rotated the options with (kept with the
        /// answers); without it options were shown in content order.
        pub seed: Option<u32> as Opt<Range<0, 4_294_967_295>> = None,
    }
}

/// The questionnaires of every kind of work, made once.
pub struct Scorer {
    sets: Vec<(String, Assessment)>,
}

impl Scorer {
    pub fn new(c: &Content) -> Scorer {
        Scorer { sets: c.assessment.roles.iter().map(|r| (r.id.clone(), c.assessment.for_role(&r.id))).collect() }
    }

    /// One input line → one output line (without the newline).
    pub fn line(&self, line: &str) -> String {
        let out = match self.read(line) {
            Ok((a, input)) => {
                let extra = Extra {
                    episodes: input.episodes.clone(),
                    seconds: input.seconds.clone(),
                    colleagues: input.colleagues.iter().map(|c| c.episodes.clone()).collect(),
                    seed: input.seed,
                };
                verdict_json(a, &scoring::score_with(a, &input.answers, &extra), !input.episodes.is_empty())
            }
            Err(e) => json!({ "error": e }),
        };
        out.to_string()
    }

    /// The input and the questionnaire of its role, or what is wrong.
    pub fn read(&self, line: &str) -> Result<(&Assessment, ScoreInput), String> {
        let value: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
        let input = crate::codec::model::read_as::<ScoreInput>(Reader::lenient(), &value)
            .map_err(|p| p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; "))?;
        let Some((_, a)) = self.sets.iter().find(|(id, _)| *id == input.role) else {
            let roles: Vec<&str> = self.sets.iter().map(|(id, _)| id.as_str()).collect();
            return Err(format!("role: unknown \"{}\" (use one of: {})", input.role, roles.join(", ")));
        };
        let mut problems = Vec::new();
        for (item_id, option) in &input.answers {
            match a.items.iter().find(|i| &i.id == item_id) {
                None => problems.push(format!("answers.{item_id}: no such item for the role \"{}\"", input.role)),
                Some(i) if option == NOT_APPLICABLE && !i.allows_na => {
                    problems.push(format!("answers.{item_id}: \"na\" is not an answer to this item"))
                }
                Some(i) if option != NOT_APPLICABLE && i.choice(option).is_none() => {
                    let ids: Vec<&str> = i.choices.iter().map(|c| c.id.as_str()).collect();
                    problems.push(format!("answers.{item_id}: no option \"{option}\" (use one of: {})", ids.join(", ")))
                }
                Some(_) => {}
            }
        }
        for item_id in input.seconds.keys() {
            if !a.items.iter().any(|i| &i.id == item_id) {
                problems.push(format!("seconds.{item_id}: no such item for the role \"{}\"", input.role));
            }
        }
        if problems.is_empty() { Ok((a, input)) } else { Err(problems.join("; ")) }
    }
}

/// The verdict as `make score` writes it.
pub fn verdict_json(a: &Assessment, s: &Scores, episodes: bool) -> Value {
    let v = &s.verdict;
    let nothing = s.evidence.ladder_answers == 0 && !episodes;
    let mut out = Map::new();
    let level = if v.not_clear() || nothing {
        "not_clear"
    } else {
        match v.place() {
            Place::On(l) => l.id(),
            Place::Between(lo, hi) => {
                out.insert("between".into(), json!([lo.id(), hi.id()]));
                "between"
            }
        }
    };
    out.insert("level".into(), json!(level));
    out.insert("confidence".into(), json!(if nothing { 0 } else { percent(v.certainty) }));
    out.insert("flags".into(), json!(v.flags.ids()));
    let strengths: Map<String, Value> =
        Level::ALL.iter().map(|l| (l.id().to_string(), json!(percent(s.strength(*l))))).collect();
    out.insert("strengths".into(), Value::Object(strengths));
    let qualities: Map<String, Value> = a
        .qualities
        .iter()
        .zip(&s.qualities)
        .filter_map(|(q, v)| v.map(|v| (q.id.clone(), json!(percent(v)))))
        .collect();
    out.insert("qualities".into(), Value::Object(qualities));
    out.insert("model".into(), json!(scoring::MODEL_VERSION));
    Value::Object(out)
}
