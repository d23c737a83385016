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

/// The ladder's rungs in the one order the app uses everywhere: −1, 0, +1.
pub const RUNGS: [i8; 3] = [-1, 0, 1];

/// About this many behaviours of a rung are shown at first when the
/// content marks none of them as common.
pub const CHIPS_FIRST: usize = 6;

#[derive(Clone, Debug, PartialEq)]
pub struct Behaviour {
    pub id: String,
    pub rung: i8,
    pub text: Text,
    /// Shown first among its rung's chips; the others wait behind "more…".
    pub common: bool,
    /// Ids of the qualities (in `Assessment::qualities`) this behaviour
    /// shows — or, for a disappointment, shows a lack of. `Content::load`
    /// checks them against the assessment.
    pub qualities: Vec<String>,
    /// For a disappointment: the «wow» behaviours that are its remedy
    /// (indices; the seed's −1 and +1 lists mirror each other).
    pub opposite: Vec<usize>,
    /// What to do instead; present exactly for disappointment behaviours.
    pub fix: Option<Text>,
}

/// A hand-off check, phrased as a good outcome and answered yes / no /
/// not sure: "yes" is always the good answer.
#[derive(Clone, Debug, PartialEq)]
pub struct HandoffCheck {
    pub id: String,
    /// The good outcome, e.g. «Клиенту не пришлось повторяться».
    pub outcome: Text,
    /// The same outcome having failed, as a statement for the map.
    pub failed: Text,
    /// What to do when it failed.
    pub fix: Text,
    /// The disappointment behaviour a failed check shows: it links the
    /// check to qualities and to the self-check's situations.
    pub behaviour: usize,
}

/// What a hand-off is, for the map's legend.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HandoffInfo {
    pub name: Text,
    pub meaning: Text,
}

/// The behaviours of one rung as chips: those shown first, then the rest.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Chips {
    pub first: Vec<usize>,
    pub more: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ladder {
    /// Keys −1, 0, +1 in that order.
    pub rungs: Vec<Rung>,
    pub handoff: HandoffInfo,
    pub behaviours: Vec<Behaviour>,
    pub handoff_checks: Vec<HandoffCheck>,
}

impl Ladder {
    pub fn behaviour_index(&self, id: &str) -> Option<usize> {
        self.behaviours.iter().position(|b| b.id == id)
    }

    pub fn check_index(&self, id: &str) -> Option<usize> {
        self.handoff_checks.iter().position(|c| c.id == id)
    }

    pub fn rung(&self, key: i8) -> &Rung {
        // Validation guarantees the three rungs in order.
        &self.rungs[(key.clamp(-1, 1) + 1) as usize]
    }

    /// Indices of the behaviours on a rung, in content order.
    pub fn on_rung(&self, rung: i8) -> Vec<usize> {
        self.behaviours.iter().enumerate().filter(|(_, b)| b.rung == rung).map(|(i, _)| i).collect()
    }

    /// A rung's behaviours as chips: the common ones first (in content
    /// order), the rest behind "more…". Content that marks none as common
    /// shows the first `CHIPS_FIRST`.
    pub fn chips(&self, rung: i8) -> Chips {
        let all = self.on_rung(rung);
        let any_common = all.iter().any(|&i| self.behaviours[i].common);
        let (first, more): (Vec<usize>, Vec<usize>) = if any_common {
            all.into_iter().partition(|&i| self.behaviours[i].common)
        } else {
            let split = all.len().min(CHIPS_FIRST);
            (all[..split].to_vec(), all[split..].to_vec())
        };
        Chips { first, more }
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
        let before = problems.len();
        let assessment = match &ladder {
            Some(ladder) => {
                parse("assessment.json", sources.assessment, &mut problems, |r, v| read_assessment(r, v, ladder))
            }
            None => None,
        };
        // Only against an assessment read without problems: a quality with a
        // broken field is left out, and every link to it would be reported too.
        if let (Some(ladder), Some(assessment), true) = (&ladder, &assessment, problems.len() == before) {
            let ids: Vec<&str> = assessment.qualities.iter().map(|q| q.id.as_str()).collect();
            let mut r = Reader::default();
            check_ladder_qualities(&mut r, ladder, &ids);
            problems.extend(
                r.problems
                    .into_iter()
                    .map(|p| Problem { path: format!("ladder.json: {}", p.path), message: p.message }),
            );
        }
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
    if rungs.iter().map(|r| r.key).collect::<Vec<_>>() != RUNGS {
        r.problem("rungs", "must list exactly the three rungs with keys -1, 0 and 1, in that order");
    }
    let handoff = match root.required(r, "handoff").and_then(|v| r.object(v, "handoff")) {
        Some(o) => {
            let name = o.req_text(r, "name");
            let meaning = o.req_text(r, "meaning");
            o.finish(r, &["name", "meaning"]);
            HandoffInfo { name: name.unwrap_or_default(), meaning: meaning.unwrap_or_default() }
        }
        None => HandoffInfo::default(),
    };
    let mut behaviours = Vec::new();
    // Opposites may name behaviours listed later: resolved once all are read.
    let mut opposites: Vec<(usize, Vec<(String, String)>)> = Vec::new();
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
        let common = o.opt_bool(r, "common").unwrap_or(false);
        let mut qualities = Vec::new();
        for (qpath, qv) in o.req_list(r, "qualities") {
            let Some(q) = r.id(qv, &qpath) else { continue };
            if qualities.contains(&q) {
                r.problem(&qpath, format!("quality \"{q}\" is listed twice"));
            } else {
                qualities.push(q);
            }
        }
        if o.get("qualities").is_some() && qualities.is_empty() {
            r.problem(&o.at("qualities"), "name at least one quality this behaviour shows (see assessment.json)");
        }
        let fix = o.opt_text(r, "fix");
        match (rung, fix.is_some()) {
            (Some(-1), false) => r.problem(&o.at("fix"), "a disappointment behaviour needs a fix: what to do instead"),
            (Some(0 | 1), true) => r.problem(&o.at("fix"), "only disappointment behaviours (rung -1) have a fix"),
            _ => {}
        }
        let opposite: Vec<(String, String)> = match o.opt_list(r, "opposite") {
            Some(_) if rung.is_some_and(|k| k != -1) => {
                r.problem(&o.at("opposite"), "only disappointment behaviours (rung -1) have an opposite");
                Vec::new()
            }
            Some(list) => list.into_iter().filter_map(|(p, v)| r.id(v, &p).map(|id| (p, id))).collect(),
            None => Vec::new(),
        };
        o.finish(r, &["id", "rung", "text", "common", "qualities", "opposite", "fix"]);
        if let (Some(id), Some(rung), Some(text)) = (id, rung, text) {
            opposites.push((behaviours.len(), opposite));
            let rung = rung.clamp(-1, 1) as i8;
            behaviours.push(Behaviour { id, rung, text, common, qualities, opposite: Vec::new(), fix });
        }
    }
    for (i, list) in opposites {
        for (path, id) in list {
            match behaviours.iter().position(|b| b.id == id && b.rung == 1) {
                Some(j) if !behaviours[i].opposite.contains(&j) => behaviours[i].opposite.push(j),
                Some(_) => r.problem(&path, format!("\"{id}\" is listed twice")),
                None => r.problem(&path, format!("\"{id}\" is not a «wow» behaviour (rung 1)")),
            }
        }
    }
    r.unique_ids("behaviours", behaviours.iter().map(|b| b.id.as_str()));
    for rung in RUNGS {
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
        let outcome = o.req_text(r, "outcome");
        let failed = o.req_text(r, "failed");
        // The map lists failed checks as statements, never as questions.
        for (key, text) in [("outcome", &outcome), ("failed", &failed)] {
            if let Some(t) = text
                && (t.ru.ends_with('?') || t.en.ends_with('?'))
            {
                r.problem(&o.at(key), "write a statement, not a question: \"yes\" must mean the good outcome");
            }
        }
        let fix = o.req_text(r, "fix");
        let behaviour = o.req_id(r, "behaviour").and_then(|b| {
            let found = behaviours.iter().position(|x| x.id == b && x.rung == -1);
            if found.is_none() {
                r.problem(&o.at("behaviour"), format!("\"{b}\" is not a disappointment behaviour"));
            }
            found
        });
        o.finish(r, &["id", "outcome", "failed", "fix", "behaviour"]);
        if let (Some(id), Some(outcome), Some(failed), Some(fix), Some(behaviour)) =
            (id, outcome, failed, fix, behaviour)
        {
            handoff_checks.push(HandoffCheck { id, outcome, failed, fix, behaviour });
        }
    }
    r.unique_ids("handoff_checks", handoff_checks.iter().map(|c| c.id.as_str()));
    root.finish(r, &["rungs", "handoff", "behaviours", "handoff_checks"]);
    Some(Ladder { rungs, handoff, behaviours, handoff_checks })
}

/// Every quality a behaviour names must exist in the assessment. Checked
/// after both documents are read, since the ladder is read first.
fn check_ladder_qualities(r: &mut Reader, ladder: &Ladder, quality_ids: &[&str]) {
    for (i, b) in ladder.behaviours.iter().enumerate() {
        for (j, q) in b.qualities.iter().enumerate() {
            if !quality_ids.contains(&q.as_str()) {
                r.problem(&format!("behaviours[{i}]({}).qualities[{j}]", b.id), format!("unknown quality \"{q}\""));
            }
        }
    }
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
