//! The content model — qualities, levels, questionnaire items, the
//! expectation ladder and journey templates — and the one typed, validated
//! path that turns JSON into it. The shipped content and a company's own
//! configuration both come through here.

use crate::decode::{Obj, Problem, Reader};
use crate::journey::Journey;
use crate::lang::Text;
use serde_json::Value;

/// Point ids of the two answer scales, lowest first.
pub const FREQUENCY: [&str; 5] = ["never", "rarely", "sometimes", "often", "always"];
pub const AGREEMENT: [&str; 5] = ["strongly_disagree", "disagree", "neutral", "agree", "strongly_agree"];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Spontaneous,
    Regulated,
    Cultural,
}

impl Level {
    /// Lowest rung first: the order ties are resolved in.
    pub const ALL: [Level; 3] = [Level::Spontaneous, Level::Regulated, Level::Cultural];

    pub fn id(self) -> &'static str {
        match self {
            Level::Spontaneous => "spontaneous",
            Level::Regulated => "regulated",
            Level::Cultural => "cultural",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A self-reported disposition measured by agreement statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trait {
    /// How much service depends on the person's mood (spontaneous level).
    Mood,
    /// Reliance on scripts, standards and instructions (regulated level).
    Script,
    /// Good service as the person's own conviction (cultural level).
    Ownership,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// A scene with options keyed −1 / 0 / +1.
    Situation,
    /// How often the person shows a «wow» behaviour.
    Frequency,
    /// How often the person shows a disappointment behaviour (reverse-keyed).
    Reverse,
    /// An agreement statement about a trait.
    Trait(Trait),
}

impl ItemKind {
    pub fn id(self) -> &'static str {
        match self {
            ItemKind::Situation => "situation",
            ItemKind::Frequency => "frequency",
            ItemKind::Reverse => "reverse",
            ItemKind::Trait(Trait::Mood) => "mood",
            ItemKind::Trait(Trait::Script) => "script",
            ItemKind::Trait(Trait::Ownership) => "ownership",
        }
    }

    fn from_id(id: &str) -> Option<ItemKind> {
        Some(match id {
            "situation" => ItemKind::Situation,
            "frequency" => ItemKind::Frequency,
            "reverse" => ItemKind::Reverse,
            "mood" => ItemKind::Trait(Trait::Mood),
            "script" => ItemKind::Trait(Trait::Script),
            "ownership" => ItemKind::Trait(Trait::Ownership),
            _ => return None,
        })
    }

    /// Items whose answers sit on the expectation ladder.
    pub fn is_ladder(self) -> bool {
        !matches!(self, ItemKind::Trait(_))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ScalePoint {
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quality {
    pub id: String,
    pub name: Text,
    pub about: Text,
    pub recommendation: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LevelInfo {
    pub level: Level,
    pub name: Text,
    pub summary: Text,
    pub explanation: Text,
    pub next_step: Text,
}

/// One answer a person can give. `value` is a ladder value in −1..=1 for
/// ladder items and a trait strength in 0..=1 for trait items.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub text: Text,
    pub value: f64,
    /// Index into `Ladder::behaviours` of the behaviour this answer shows.
    pub behaviour: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    /// Indices into `Assessment::qualities`; empty for trait items.
    pub qualities: Vec<usize>,
    pub text: Text,
    pub choices: Vec<Choice>,
    /// The behaviour a frequency or reverse item asks about.
    pub behaviour: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub frequency: Vec<ScalePoint>,
    pub agreement: Vec<ScalePoint>,
    pub qualities: Vec<Quality>,
    /// In `Level::ALL` order.
    pub levels: Vec<LevelInfo>,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Rung {
    pub key: i8,
    pub name: Text,
    pub meaning: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Behaviour {
    pub id: String,
    pub rung: i8,
    pub text: Text,
    /// What to do instead; present exactly for disappointment behaviours.
    pub fix: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct HandoffCheck {
    pub id: String,
    pub question: Text,
    /// The answer a good hand-off gives.
    pub good_answer: bool,
    /// The disappointment behaviour a failed check shows (its fix is the advice).
    pub behaviour: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ladder {
    /// Keys −1, 0, +1 in that order.
    pub rungs: Vec<Rung>,
    pub behaviours: Vec<Behaviour>,
    pub handoff_checks: Vec<HandoffCheck>,
}

impl Ladder {
    pub fn behaviour_index(&self, id: &str) -> Option<usize> {
        self.behaviours.iter().position(|b| b.id == id)
    }

    pub fn rung(&self, key: i8) -> &Rung {
        // Validation guarantees the three rungs in order.
        &self.rungs[(key.clamp(-1, 1) + 1) as usize]
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    pub assessment: Assessment,
    pub ladder: Ladder,
    /// Templates; the first is the default.
    pub journeys: Vec<Journey>,
}

/// The JSON documents content is made of.
pub struct Sources<'a> {
    pub assessment: &'a str,
    pub ladder: &'a str,
    pub journeys: &'a str,
}

/// The content shipped with the app.
pub const SHIPPED: Sources<'static> = Sources {
    assessment: include_str!("../content/assessment.json"),
    ladder: include_str!("../content/ladder.json"),
    journeys: include_str!("../content/journeys.json"),
};

impl Content {
    pub fn shipped() -> Result<Content, Vec<Problem>> {
        Content::load(&SHIPPED)
    }

    /// Parses and validates every document; all problems are returned at
    /// once, each prefixed with the document it was found in.
    pub fn load(sources: &Sources<'_>) -> Result<Content, Vec<Problem>> {
        let mut problems = Vec::new();
        let ladder = parse("ladder.json", sources.ladder, &mut problems, read_ladder);
        let assessment = match &ladder {
            Some(ladder) => {
                parse("assessment.json", sources.assessment, &mut problems, |r, v| read_assessment(r, v, ladder))
            }
            None => None,
        };
        let journeys = parse("journeys.json", sources.journeys, &mut problems, |r, v| read_journeys(r, v, "journeys"));
        match (assessment, ladder, journeys) {
            (Some(assessment), Some(ladder), Some(journeys)) if problems.is_empty() => {
                Ok(Content { assessment, ladder, journeys })
            }
            _ => Err(problems),
        }
    }
}

fn parse<T>(
    file: &str,
    json: &str,
    problems: &mut Vec<Problem>,
    read: impl FnOnce(&mut Reader, &Value) -> Option<T>,
) -> Option<T> {
    let value: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => {
            problems.push(Problem { path: file.to_string(), message: format!("not valid JSON ({e})") });
            return None;
        }
    };
    let mut r = Reader::default();
    let out = read(&mut r, &value);
    for p in r.problems.drain(..) {
        let path = if p.path.is_empty() { file.to_string() } else { format!("{file}: {}", p.path) };
        problems.push(Problem { path, message: p.message });
    }
    out
}

fn read_ladder(r: &mut Reader, v: &Value) -> Option<Ladder> {
    let root = r.object(v, "")?;
    let mut rungs = Vec::new();
    for (path, v) in root.req_list(r, "rungs") {
        let Some(o) = r.object(v, &path) else { continue };
        let key = o.required(r, "key").and_then(|k| r.integer(k, &o.at("key")));
        let name = o.req_text(r, "name");
        let meaning = o.req_text(r, "meaning");
        o.finish(r, &["key", "name", "meaning"]);
        if let (Some(key), Some(name), Some(meaning)) = (key, name, meaning) {
            rungs.push(Rung { key: key.clamp(-2, 2) as i8, name, meaning });
        }
    }
    if rungs.iter().map(|r| r.key).collect::<Vec<_>>() != [-1, 0, 1] {
        r.problem("rungs", "must list exactly the three rungs with keys -1, 0 and 1, in that order");
    }
    let mut behaviours = Vec::new();
    for (path, v) in root.req_list(r, "behaviours") {
        let Some(mut o) = r.object(v, &path) else { continue };
        let id = o.req_id(r, "id");
        if let Some(id) = &id {
            o.named(id);
        }
        let rung = o.required(r, "rung").and_then(|k| r.integer(k, &o.at("rung")));
        if let Some(k) = rung
            && !(-1..=1).contains(&k)
        {
            r.problem(&o.at("rung"), format!("{k} is not a rung (use -1, 0 or 1)"));
        }
        let text = o.req_text(r, "text");
        let fix = o.opt_text(r, "fix");
        match (rung, fix.is_some()) {
            (Some(-1), false) => r.problem(&o.at("fix"), "a disappointment behaviour needs a fix: what to do instead"),
            (Some(0 | 1), true) => r.problem(&o.at("fix"), "only disappointment behaviours (rung -1) have a fix"),
            _ => {}
        }
        o.finish(r, &["id", "rung", "text", "fix"]);
        if let (Some(id), Some(rung), Some(text)) = (id, rung, text) {
            behaviours.push(Behaviour { id, rung: rung.clamp(-1, 1) as i8, text, fix });
        }
    }
    r.unique_ids("behaviours", behaviours.iter().map(|b| b.id.as_str()));
    for rung in [-1, 0, 1] {
        if !behaviours.iter().any(|b| b.rung == rung) {
            r.problem("behaviours", format!("no behaviour on rung {rung}; each rung needs at least one"));
        }
    }
    let mut handoff_checks = Vec::new();
    for (path, v) in root.req_list(r, "handoff_checks") {
        let Some(mut o) = r.object(v, &path) else { continue };
        let id = o.req_id(r, "id");
        if let Some(id) = &id {
            o.named(id);
        }
        let question = o.req_text(r, "question");
        let good = o.required(r, "good_answer").and_then(|b| r.boolean(b, &o.at("good_answer")));
        let behaviour = o.req_id(r, "behaviour").and_then(|b| {
            let found = behaviours.iter().position(|x| x.id == b && x.rung == -1);
            if found.is_none() {
                r.problem(&o.at("behaviour"), format!("\"{b}\" is not a disappointment behaviour"));
            }
            found
        });
        o.finish(r, &["id", "question", "good_answer", "behaviour"]);
        if let (Some(id), Some(question), Some(good_answer), Some(behaviour)) = (id, question, good, behaviour) {
            handoff_checks.push(HandoffCheck { id, question, good_answer, behaviour });
        }
    }
    r.unique_ids("handoff_checks", handoff_checks.iter().map(|c| c.id.as_str()));
    root.finish(r, &["rungs", "behaviours", "handoff_checks"]);
    Some(Ladder { rungs, behaviours, handoff_checks })
}

fn read_scale(r: &mut Reader, root: &Obj<'_>, key: &str, ids: &[&str; 5]) -> Vec<ScalePoint> {
    let mut points = Vec::new();
    for (path, v) in root.req_list(r, key) {
        let Some(o) = r.object(v, &path) else { continue };
        let id = o.req_id(r, "id");
        let label = o.req_text(r, "label");
        o.finish(r, &["id", "label"]);
        if let (Some(id), Some(label)) = (id, label) {
            points.push(ScalePoint { id, label });
        }
    }
    if points.iter().map(|p| p.id.as_str()).collect::<Vec<_>>() != ids.as_slice() {
        r.problem(&root.at(key), format!("must list exactly these points in order: {}", ids.join(", ")));
    }
    points
}

fn read_assessment(r: &mut Reader, v: &Value, ladder: &Ladder) -> Option<Assessment> {
    let root = r.object(v, "")?;
    let (frequency, agreement) = match root.required(r, "scales").and_then(|v| r.object(v, "scales")) {
        Some(scales) => {
            let f = read_scale(r, &scales, "frequency", &FREQUENCY);
            let a = read_scale(r, &scales, "agreement", &AGREEMENT);
            scales.finish(r, &["frequency", "agreement"]);
            (f, a)
        }
        None => (Vec::new(), Vec::new()),
    };

    let mut qualities = Vec::new();
    // Ids are kept even for qualities with other problems, so items that
    // refer to them are not reported a second time.
    let mut quality_ids = Vec::new();
    for (path, v) in root.req_list(r, "qualities") {
        let Some(mut o) = r.object(v, &path) else { continue };
        let id = o.req_id(r, "id");
        if let Some(id) = &id {
            o.named(id);
            quality_ids.push(id.clone());
        }
        let name = o.req_text(r, "name");
        let about = o.req_text(r, "about");
        let recommendation = o.req_text(r, "recommendation");
        o.finish(r, &["id", "name", "about", "recommendation"]);
        if let (Some(id), Some(name), Some(about), Some(recommendation)) = (id, name, about, recommendation) {
            qualities.push(Quality { id, name, about, recommendation });
        }
    }
    if qualities.is_empty() {
        r.problem("qualities", "at least one quality is needed");
    }
    r.unique_ids("qualities", qualities.iter().map(|q| q.id.as_str()));

    let mut levels = Vec::new();
    for (path, v) in root.req_list(r, "levels") {
        let Some(mut o) = r.object(v, &path) else { continue };
        let id = o.req_id(r, "id");
        let level = id.as_deref().and_then(|id| {
            let level = Level::ALL.into_iter().find(|l| l.id() == id);
            if level.is_none() {
                r.problem(&o.at("id"), format!("unknown level \"{id}\" (use spontaneous, regulated or cultural)"));
            }
            level
        });
        if let Some(id) = &id {
            o.named(id);
        }
        let name = o.req_text(r, "name");
        let summary = o.req_text(r, "summary");
        let explanation = o.req_text(r, "explanation");
        let next_step = o.req_text(r, "next_step");
        o.finish(r, &["id", "name", "summary", "explanation", "next_step"]);
        if let (Some(level), Some(name), Some(summary), Some(explanation), Some(next_step)) =
            (level, name, summary, explanation, next_step)
        {
            levels.push(LevelInfo { level, name, summary, explanation, next_step });
        }
    }
    if levels.iter().map(|l| l.level).collect::<Vec<_>>() != Level::ALL {
        r.problem("levels", "must describe exactly the three levels in order: spontaneous, regulated, cultural");
    }

    let mut items = Vec::new();
    for (path, v) in root.req_list(r, "items") {
        if let Some(item) = read_item(r, v, &path, &quality_ids, &frequency, &agreement, ladder) {
            items.push(item);
        }
    }
    if items.is_empty() {
        r.problem("items", "at least one item is needed");
    }
    r.unique_ids("items", items.iter().map(|i| i.id.as_str()));
    check_coverage(r, "items", &qualities, &items);
    root.finish(r, &["scales", "qualities", "levels", "items"]);
    Some(Assessment { frequency, agreement, qualities, levels, items })
}

pub(crate) fn read_item(
    r: &mut Reader,
    v: &Value,
    path: &str,
    quality_ids: &[String],
    frequency: &[ScalePoint],
    agreement: &[ScalePoint],
    ladder: &Ladder,
) -> Option<Item> {
    let mut o = r.object(v, path)?;
    let id = o.req_id(r, "id");
    if let Some(id) = &id {
        o.named(id);
    }
    let kind = o.req_string(r, "kind").and_then(|k| {
        let kind = ItemKind::from_id(&k);
        if kind.is_none() {
            r.problem(
                &o.at("kind"),
                format!(
                    "unknown kind \"{}\" (use situation, frequency, reverse, mood, script or ownership)",
                    crate::decode::shorten(&k)
                ),
            );
        }
        kind
    });
    let text = o.req_text(r, "text");
    let kind = kind?;

    let mut item_qualities = Vec::new();
    if kind.is_ladder() {
        for (qpath, qv) in o.req_list(r, "qualities") {
            let Some(qid) = r.id(qv, &qpath) else { continue };
            match quality_ids.iter().position(|q| *q == qid) {
                Some(i) if !item_qualities.contains(&i) => item_qualities.push(i),
                Some(_) => r.problem(&qpath, format!("quality \"{qid}\" is listed twice")),
                None => r.problem(&qpath, format!("unknown quality \"{qid}\"")),
            }
        }
        if o.get("qualities").is_some() && item_qualities.is_empty() {
            r.problem(&o.at("qualities"), "a ladder item must measure at least one quality");
        }
    } else if o.get("qualities").is_some() {
        r.problem(&o.at("qualities"), format!("{} items measure a trait, not qualities; remove this field", kind.id()));
    }

    // The behaviour a frequency item asks about must sit on the matching rung.
    let behaviour_on = |r: &mut Reader, value: &Value, at: &str, rung: i8| -> Option<usize> {
        let bid = r.id(value, at)?;
        match ladder.behaviour_index(&bid) {
            Some(i) if ladder.behaviours[i].rung == rung => Some(i),
            Some(i) => {
                r.problem(
                    at,
                    format!("behaviour \"{bid}\" is on rung {}, this needs rung {rung}", ladder.behaviours[i].rung),
                );
                None
            }
            None => {
                r.problem(at, format!("unknown behaviour \"{bid}\""));
                None
            }
        }
    };

    let reversed = o.opt_bool(r, "reversed");
    if reversed.is_some() && kind.is_ladder() {
        r.problem(&o.at("reversed"), "only mood, script and ownership items can be reversed");
    }
    let item_behaviour = match (o.get("behaviour"), kind) {
        (None, _) => None,
        (Some(b), ItemKind::Frequency) => behaviour_on(r, b, &o.at("behaviour"), 1),
        (Some(b), ItemKind::Reverse) => behaviour_on(r, b, &o.at("behaviour"), -1),
        (Some(_), _) => {
            r.problem(
                &o.at("behaviour"),
                "only frequency and reverse items name a behaviour; situation options name theirs",
            );
            None
        }
    };

    let mut known = vec!["id", "kind", "text"];
    let choices = match kind {
        ItemKind::Situation => {
            known.extend(["qualities", "options"]);
            let mut choices = Vec::new();
            for (cpath, cv) in o.req_list(r, "options") {
                let Some(mut c) = r.object(cv, &cpath) else { continue };
                let cid = c.req_id(r, "id");
                if let Some(cid) = &cid {
                    c.named(cid);
                }
                let ctext = c.req_text(r, "text");
                let key = c.get("key").map(|k| r.integer(k, &c.at("key")));
                let key = match key {
                    None => {
                        r.problem(&c.at("key"), "option has no key (use -1, 0 or 1)");
                        None
                    }
                    Some(Some(k)) if (-1..=1).contains(&k) => Some(k as i8),
                    Some(Some(k)) => {
                        r.problem(&c.at("key"), format!("{k} is not a ladder key (use -1, 0 or 1)"));
                        None
                    }
                    Some(None) => None,
                };
                let behaviour = match (c.get("behaviour"), key) {
                    (Some(b), Some(k)) => behaviour_on(r, b, &c.at("behaviour"), k),
                    _ => None,
                };
                c.finish(r, &["id", "text", "key", "behaviour"]);
                if let (Some(id), Some(text), Some(key)) = (cid, ctext, key) {
                    choices.push(Choice { id, text, value: f64::from(key), behaviour });
                }
            }
            r.unique_ids(&o.at("options"), choices.iter().map(|c| c.id.as_str()));
            if choices.len() > 6 {
                r.problem(&o.at("options"), "at most 6 options");
            }
            for key in [-1i8, 0, 1] {
                if !choices.iter().any(|c| c.value == f64::from(key)) {
                    r.problem(
                        &o.at("options"),
                        format!("no option with key {key}; a situation needs a -1, a 0 and a +1 option"),
                    );
                }
            }
            choices
        }
        ItemKind::Frequency | ItemKind::Reverse => {
            known.extend(["qualities", "behaviour"]);
            // never … always map to −1 … +1; reverse items ask about a
            // disappointment behaviour, so the direction flips.
            let sign = if kind == ItemKind::Reverse { -1.0 } else { 1.0 };
            frequency
                .iter()
                .enumerate()
                .map(|(i, p)| Choice {
                    id: p.id.clone(),
                    text: p.label.clone(),
                    value: sign * (i as f64 - 2.0) / 2.0,
                    behaviour: None,
                })
                .collect()
        }
        ItemKind::Trait(_) => {
            known.push("reversed");
            let flip = reversed.unwrap_or(false);
            agreement
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let agree = i as f64 / 4.0;
                    Choice {
                        id: p.id.clone(),
                        text: p.label.clone(),
                        value: if flip { 1.0 - agree } else { agree },
                        behaviour: None,
                    }
                })
                .collect()
        }
    };
    o.finish(r, &known);
    Some(Item { id: id?, kind, qualities: item_qualities, text: text?, choices, behaviour: item_behaviour })
}

/// Every quality must be measured by at least two items.
pub(crate) fn check_coverage(r: &mut Reader, path: &str, qualities: &[Quality], items: &[Item]) {
    for (qi, q) in qualities.iter().enumerate() {
        let n = items.iter().filter(|i| i.qualities.contains(&qi)).count();
        if n < 2 {
            r.problem(path, format!("quality \"{}\" is measured by {n} item(s); it needs at least 2", q.id));
        }
    }
}

pub fn read_journeys(r: &mut Reader, v: &Value, key: &str) -> Option<Vec<Journey>> {
    let root = r.object(v, "")?;
    let mut journeys = Vec::new();
    for (path, jv) in root.req_list(r, key) {
        if let Some(j) = <Journey as crate::model::Model>::read(r, jv, &path) {
            journeys.push(j);
        }
    }
    r.unique_ids(key, journeys.iter().map(|j| j.id.as_str()));
    root.finish(r, &[key]);
    if journeys.is_empty() {
        r.problem(key, "at least one journey is needed");
    }
    Some(journeys)
}

/// Written as its id.
impl crate::model::Model for Level {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Level> {
        let id = r.id(v, path)?;
        let level = Level::ALL.into_iter().find(|l| l.id() == id);
        if level.is_none() {
            r.problem(path, format!("unknown level \"{id}\" (use spontaneous, regulated or cultural)"));
        }
        level
    }
    fn write(&self) -> Value {
        Value::from(self.id())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "string", "enum": Level::ALL.map(Level::id) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_content_loads() {
        let c = Content::shipped()
            .unwrap_or_else(|p| panic!("{}", p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")));
        assert!(c.assessment.items.len() >= 24);
    }
}
