//! The content model — qualities, levels, roles, questionnaire items, the
//! expectation ladder, journey templates and the seeds' concepts — and the
//! one typed, validated path that turns JSON into it. The shipped content
//! and a company's own configuration both come through here.

pub mod concepts;
pub mod cues;
pub mod keys;
pub mod level;
pub mod observed;
pub mod reason;
pub mod sequence;

pub use level::Level;

use crate::codec::model::{Id, List, Opt};
use crate::codec::reader::{Obj, Problem, Reader};
use crate::content::concepts::{Concepts, LazyConcepts};
use crate::text::lang::{Lang, Text};
use crate::walk::journey::Journey;
use serde_json::Value;

/// Point ids of the two answer scales, lowest first.
pub const FREQUENCY: [&str; 5] = ["never", "rarely", "sometimes", "often", "always"];
pub const AGREEMENT: [&str; 5] = ["strongly_disagree", "disagree", "neutral", "agree", "strongly_agree"];

/// The answer "this does not happen in my job". It is not one of an item's
/// choices: it is accepted only on items with `allows_na`, counts as
/// answered, and adds nothing to any score. No option may use this id.
pub const NOT_APPLICABLE: &str = "na";

/// The «wow» behaviours that make the emotional connection the seed puts at
/// the heart of the cultural level: emotional involvement and thanking the
/// client (003, the "ah" list). Items about them are marked `connection`.
pub const CONNECTION_BEHAVIOURS: [&str; 2] = ["emotional_involvement", "thanked"];

/// Texts of the level sentences; `{level}` and `{other}` stand for level names.
pub const CONFIDENCE: [&str; 3] = ["clear", "leaning", "mixed"];

/// A self-reported disposition measured by agreement statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trait {
    /// How much service depends on the person's mood (spontaneous level).
    Mood,
    /// Reliance on scripts, standards and instructions (regulated level).
    Script,
    /// Good service as the person's own conviction (cultural level).
    Ownership,
    /// Claims of an ideal nobody keeps every day ("I have never once been
    /// impatient with a client"): agreeing checks candour, not service.
    Candour,
}

impl Trait {
    pub const ALL: [Trait; 4] = [Trait::Mood, Trait::Script, Trait::Ownership, Trait::Candour];
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
            ItemKind::Trait(Trait::Candour) => "candour",
        }
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
    /// The point's value on the ladder (−1…+1) for a frequency item, and
    /// for a reverse item (a lapse: «never» is the standard, 0, never
    /// «wow»); for the agreement scale, the trait's strength 0…1 when the
    /// statement is not reversed. Written out in the content so that the
    /// scoring key is open.
    pub key: f64,
    pub lapse_key: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quality {
    pub id: String,
    pub name: Text,
    pub about: Text,
    pub recommendation: Text,
    /// One concrete step for this week, when this is the weakest quality.
    pub week_step: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LevelInfo {
    pub level: Level,
    pub name: Text,
    /// One or two words, for the ladder picture and the level sentences.
    pub short: Text,
    /// The seed's own words for the level.
    pub summary: Text,
    /// What the level means for the client and the company, in plain words;
    /// it claims nothing about the person's answers (reasons do that).
    pub explanation: Text,
    pub next_step: Text,
}

/// A kind of work with its own set of situations.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub id: String,
    pub name: Text,
}

/// The sentences that give a level with its confidence.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ConfidenceTexts {
    pub clear: Text,
    pub leaning: Text,
    pub mixed: Text,
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
    /// Ids of the roles whose sets hold this item; empty: every set.
    pub roles: Vec<String>,
    /// "Does not happen in my job" (`NOT_APPLICABLE`) is a valid answer.
    pub allows_na: bool,
    /// The ordinary-day situation this item repeats "when you are rushed,
    /// tired or the client is rude"; it shares that item's options,
    /// qualities, roles and `allows_na`. The difference between the two
    /// answers is what the spontaneous level is measured by.
    pub pressure_of: Option<String>,
    /// The item asks about emotional involvement or thanking the client
    /// (`CONNECTION_BEHAVIOURS`): a frequency item about one, or a situation
    /// whose +1 option shows one.
    pub connection: bool,
    /// A statement that says the opposite of this one (one of the two is
    /// reversed): answering both the same way is a contradiction.
    pub opposite: Option<String>,
    /// Words a reader goes through: the text and the options, in the
    /// shorter of the two languages (counted once, for the careless check).
    pub words: usize,
}

/// Words in an item's text and options, in the shorter language it has.
pub fn reading_words(text: &Text, choices: &[Choice]) -> usize {
    let words = |s: &str| s.split_whitespace().count();
    let count =
        |code: &str| words(text.for_code(code)) + choices.iter().map(|c| words(c.text.for_code(code))).sum::<usize>();
    text.pairs().map(|(code, _)| count(code)).min().unwrap_or(0)
}

impl Item {
    /// Whether the set of situations for `role` holds this item.
    pub fn in_role(&self, role: &str) -> bool {
        self.roles.is_empty() || self.roles.iter().any(|r| r == role)
    }

    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub frequency: Vec<ScalePoint>,
    pub agreement: Vec<ScalePoint>,
    /// The label of the `NOT_APPLICABLE` answer.
    pub not_applicable: Text,
    /// The first is the default: a mixed set for anyone.
    pub roles: Vec<Role>,
    pub qualities: Vec<Quality>,
    /// In `Level::ALL` order.
    pub levels: Vec<LevelInfo>,
    pub confidence: ConfidenceTexts,
    /// The explanation sentences, by reason id (`reason::Reason::IDS`);
    /// `{n}` and `{total}` stand for the counts a reason carries.
    pub reasons: Vec<(String, Text)>,
    pub items: Vec<Item>,
    /// What a colleague is asked about the person (`observed.rs`).
    pub observed: Vec<observed::Observed>,
}

impl Assessment {
    pub fn default_role(&self) -> Option<&Role> {
        self.roles.first()
    }

    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The questionnaire for one kind of work: only the items of its set,
    /// in the order they are asked (`sequence::questionnaire`).
    /// Everything that scores or stores answers takes the assessment it is
    /// given, so the set decides what counts.
    pub fn for_role(&self, role: &str) -> Assessment {
        let mut a = self.clone();
        a.items.retain(|i| i.in_role(role));
        a.items = sequence::questionnaire(a.items, |i| &i.id, |i| i.pressure_of.as_deref());
        a
    }

    /// The ordinary-day situation a pressure twin is paired with.
    pub fn ordinary_of(&self, item: &Item) -> Option<&Item> {
        let of = item.pressure_of.as_deref()?;
        self.items.iter().find(|i| i.id == of)
    }

    /// Pairs of items on the same situation, as (ordinary day, under
    /// pressure) indices into `items`; a pressure item whose ordinary twin
    /// is not in this questionnaire is left out.
    pub fn pairs(&self) -> Vec<(usize, usize)> {
        self.items
            .iter()
            .enumerate()
            .filter_map(|(p, item)| {
                let of = item.pressure_of.as_deref()?;
                self.items.iter().position(|i| i.id == of).map(|o| (o, p))
            })
            .collect()
    }

    /// The sentence for a reason id, in one language.
    pub fn reason_text(&self, id: &str) -> Option<&Text> {
        self.reasons.iter().find(|(r, _)| r == id).map(|(_, t)| t)
    }

    pub fn level(&self, level: Level) -> Option<&LevelInfo> {
        self.levels.iter().find(|l| l.level == level)
    }

    /// The short name of a level ("Regulated"), or its id if the content
    /// lacks it (validation makes sure it does not).
    pub fn short_name(&self, level: Level, lang: Lang) -> &str {
        self.level(level).map_or(level.id(), |l| l.short.get(lang))
    }
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
    /// The good outcome, e.g. "the client did not have to repeat themselves".
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
    /// The seeds' other concepts: service levels, principles, after-sales
    /// service and the rest (`content/concepts.json`); read on first use in
    /// the browser (see `LazyConcepts`).
    pub concepts: LazyConcepts,
    /// The identity of the items as loaded, before a company's
    /// configuration adds, replaces or filters them (`shipped_set`).
    pub loaded_items: u32,
}

/// The JSON documents content is made of.
pub struct Sources<'a> {
    pub assessment: &'a str,
    pub ladder: &'a str,
    pub journeys: &'a str,
}

/// The content shipped with the app.
pub const SHIPPED: Sources<'static> = Sources {
    assessment: include_str!("../../content/assessment.json"),
    ladder: include_str!("../../content/ladder.json"),
    journeys: include_str!("../../content/journeys.json"),
};

pub use concepts::SHIPPED_CONCEPTS;

impl Content {
    pub fn shipped() -> Result<Content, Vec<Problem>> {
        Content::load(&SHIPPED)
    }

    /// Whether the items are the set the app was loaded with, in order: no
    /// company items added, none replaced or left out by a fixed role. A
    /// share link of this set is read by position alone (`document::share`).
    pub fn shipped_set(&self) -> bool {
        items_identity(&self.assessment.items) == self.loaded_items
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
        let assessment_sound = problems.len() == before;
        // Only against an assessment read without problems: a quality with a
        // broken field is left out, and every link to it would be reported too.
        if let (Some(ladder), Some(assessment), true) = (&ladder, &assessment, assessment_sound) {
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
        // The concepts refer to the assessment's qualities and levels; a
        // broken assessment would make every reference look wrong too.
        let concepts = match &assessment {
            Some(a) if assessment_sound => {
                let qualities: Vec<String> = a.qualities.iter().map(|q| q.id.clone()).collect();
                // Checked here natively (the tests); in the browser, on first use.
                if cfg!(target_arch = "wasm32") {
                    Some(LazyConcepts::later(qualities))
                } else {
                    parse("concepts.json", SHIPPED_CONCEPTS, &mut problems, |r, v| Concepts::read(r, v, &qualities))
                        .map(LazyConcepts::read)
                }
            }
            _ => None,
        };
        match (assessment, ladder, journeys, concepts) {
            (Some(assessment), Some(ladder), Some(journeys), Some(concepts)) if problems.is_empty() => {
                let loaded_items = items_identity(&assessment.items);
                Ok(Content { assessment, ladder, journeys, concepts, loaded_items })
            }
            _ => Err(problems),
        }
    }
}

/// The items' ids, in order, as one figure.
fn items_identity(items: &[Item]) -> u32 {
    let mut h = crate::text::hash::Fnv32::new();
    for item in items {
        h.str(&item.id);
    }
    h.0
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
                && t.all().any(|s| s.ends_with('?'))
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
        let number = |r: &mut Reader, k: &str, lo: f64, hi: f64| -> Option<f64> {
            let v = o.get(k)?;
            match v.as_f64() {
                Some(x) if (lo..=hi).contains(&x) => Some(x),
                _ => {
                    r.problem(&o.at(k), format!("expected a number from {lo} to {hi}"));
                    None
                }
            }
        };
        let (lo, hi) = if key == "agreement" { (0.0, 1.0) } else { (-1.0, 1.0) };
        let value = number(r, "key", lo, hi);
        let lapse_key = if key == "frequency" { number(r, "lapse_key", -1.0, 0.0) } else { None };
        if value.is_none() && o.get("key").is_none() {
            r.problem(&o.at("key"), "missing");
        }
        if key == "frequency" && lapse_key.is_none() && o.get("lapse_key").is_none() {
            r.problem(&o.at("lapse_key"), "missing");
        }
        o.finish(r, if key == "frequency" { &["id", "label", "key", "lapse_key"] } else { &["id", "label", "key"] });
        if let (Some(id), Some(label), Some(key)) = (id, label, value) {
            points.push(ScalePoint { id, label, key, lapse_key });
        }
    }
    if points.iter().map(|p| p.id.as_str()).collect::<Vec<_>>() != ids.as_slice() {
        r.problem(&root.at(key), format!("must list exactly these points in order: {}", ids.join(", ")));
    }
    // Keys rise along the scale (lapse keys fall): «always» is never scored
    // below «often».
    let keys: Vec<f64> = points.iter().map(|p| p.key).collect();
    let lapses: Vec<f64> = points.iter().filter_map(|p| p.lapse_key).collect();
    if keys.windows(2).any(|w| w[0] >= w[1]) || lapses.windows(2).any(|w| w[0] <= w[1]) {
        r.problem(&root.at(key), "keys must rise (and lapse keys fall) from the first point to the last");
    }
    points
}

/// What items are read against: the names they may refer to.
pub struct Vocabulary<'a> {
    pub quality_ids: &'a [String],
    pub role_ids: &'a [String],
    pub frequency: &'a [ScalePoint],
    pub agreement: &'a [ScalePoint],
    pub ladder: &'a Ladder,
}

fn read_assessment(r: &mut Reader, v: &Value, ladder: &Ladder) -> Option<Assessment> {
    let root = r.object(v, "")?;
    let (frequency, agreement, not_applicable) = match root.required(r, "scales").and_then(|v| r.object(v, "scales")) {
        Some(scales) => {
            let f = read_scale(r, &scales, "frequency", &FREQUENCY);
            let a = read_scale(r, &scales, "agreement", &AGREEMENT);
            let na = scales.req_text(r, "not_applicable");
            scales.finish(r, &["frequency", "agreement", "not_applicable"]);
            (f, a, na.unwrap_or_default())
        }
        None => (Vec::new(), Vec::new(), Text::default()),
    };

    let mut roles = Vec::new();
    // Ids are kept even for entries with other problems, so items that
    // refer to them are not reported a second time.
    let mut role_ids = Vec::new();
    for (path, v) in root.req_list(r, "roles") {
        let Some(mut o) = r.object(v, &path) else { continue };
        let id = o.req_id(r, "id");
        if let Some(id) = &id {
            o.named(id);
            role_ids.push(id.clone());
        }
        let name = o.req_text(r, "name");
        o.finish(r, &["id", "name"]);
        if let (Some(id), Some(name)) = (id, name) {
            roles.push(Role { id, name });
        }
    }
    if roles.is_empty() {
        r.problem("roles", "at least one role is needed (the first is the default, mixed set)");
    }
    r.unique_ids("roles", roles.iter().map(|x| x.id.as_str()));

    let mut qualities = Vec::new();
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
        let week_step = o.req_text(r, "week_step");
        o.finish(r, &["id", "name", "about", "recommendation", "week_step"]);
        if let (Some(id), Some(name), Some(about), Some(recommendation), Some(week_step)) =
            (id, name, about, recommendation, week_step)
        {
            qualities.push(Quality { id, name, about, recommendation, week_step });
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
        let short = o.req_text(r, "short");
        let summary = o.req_text(r, "summary");
        let explanation = o.req_text(r, "explanation");
        let next_step = o.req_text(r, "next_step");
        o.finish(r, &["id", "name", "short", "summary", "explanation", "next_step"]);
        if let (Some(level), Some(name), Some(short), Some(summary), Some(explanation), Some(next_step)) =
            (level, name, short, summary, explanation, next_step)
        {
            levels.push(LevelInfo { level, name, short, summary, explanation, next_step });
        }
    }
    if levels.iter().map(|l| l.level).collect::<Vec<_>>() != Level::ALL {
        r.problem("levels", "must describe exactly the three levels in order: spontaneous, regulated, cultural");
    }

    let confidence = read_confidence(r, &root);
    let reasons = read_reasons(r, &root);

    let vocabulary = Vocabulary {
        quality_ids: &quality_ids,
        role_ids: &role_ids,
        frequency: &frequency,
        agreement: &agreement,
        ladder,
    };
    let mut items = Vec::new();
    let mut paths = Vec::new();
    let before = r.problems.len();
    for (path, v) in root.req_list(r, "items") {
        if let Some(item) = read_item(r, v, &path, &vocabulary) {
            items.push(item);
            paths.push(path);
        }
    }
    if items.is_empty() {
        r.problem("items", "at least one item is needed");
    }
    r.unique_ids("items", items.iter().map(|i| i.id.as_str()));
    // Pairs and coverage are checked on a sound list only: an item left
    // out for its own problem would be reported again through them.
    if r.problems.len() == before {
        link_pairs(r, &mut items, &paths, &[]);
        check_opposites(r, &items, &paths, &[]);
        check_sets(r, "items", &qualities, &roles, &items);
    }
    let observed = match root.required(r, "observed") {
        Some(v) => observed::read(r, v, "observed", &quality_ids),
        None => Vec::new(),
    };
    root.finish(r, &["scales", "roles", "qualities", "levels", "confidence", "reasons", "items", "observed"]);
    Some(Assessment {
        frequency,
        agreement,
        not_applicable,
        roles,
        qualities,
        levels,
        confidence,
        reasons,
        items,
        observed,
    })
}

fn read_confidence(r: &mut Reader, root: &Obj<'_>) -> ConfidenceTexts {
    let Some(o) = root.required(r, "confidence").and_then(|v| r.object(v, "confidence")) else {
        return ConfidenceTexts::default();
    };
    let mut text = |key: &str, needs_other: bool| {
        let t = o.req_text(r, key).unwrap_or_default();
        // In every language the text has (a missing one is the reader's problem).
        for (lang, s) in t.pairs() {
            let missing = !s.contains("{level}") || (needs_other && !s.contains("{other}"));
            if !s.is_empty() && missing {
                let wanted = if needs_other { "{level} and {other}" } else { "{level}" };
                r.problem(&format!("{}.{lang}", o.at(key)), format!("must name the level with {wanted}"));
            }
        }
        t
    };
    let clear = text("clear", false);
    let leaning = text("leaning", false);
    let mixed = text("mixed", true);
    o.finish(r, &CONFIDENCE);
    ConfidenceTexts { clear, leaning, mixed }
}

fn read_reasons(r: &mut Reader, root: &Obj<'_>) -> Vec<(String, Text)> {
    let mut reasons: Vec<(String, Text)> = Vec::new();
    for (path, v) in root.req_list(r, "reasons") {
        let Some(mut o) = r.object(v, &path) else { continue };
        let id = o.req_id(r, "id");
        if let Some(id) = &id {
            o.named(id);
            if !reason::Reason::IDS.contains(&id.as_str()) {
                r.problem(
                    &o.at("id"),
                    format!("unknown reason \"{id}\" (use one of: {})", reason::Reason::IDS.join(", ")),
                );
            }
        }
        let text = o.req_text(r, "text");
        if let (Some(id), Some(t)) = (&id, &text) {
            for placeholder in reason::Reason::placeholders(id) {
                for (lang, s) in t.pairs() {
                    if !s.contains(placeholder) {
                        r.problem(
                            &format!("{}.{lang}", o.at("text")),
                            format!("must show the count with {placeholder}"),
                        );
                    }
                }
            }
        }
        o.finish(r, &["id", "text"]);
        if let (Some(id), Some(text)) = (id, text) {
            reasons.push((id, text));
        }
    }
    r.unique_ids("reasons", reasons.iter().map(|(id, _)| id.as_str()));
    for id in reason::Reason::IDS {
        if !reasons.iter().any(|(r, _)| r == id) {
            r.problem("reasons", format!("no sentence for reason \"{id}\""));
        }
    }
    reasons
}

crate::choice! {
    /// What an item asks: a scene with keyed options, how often a «wow» or
    /// a disappointment behaviour happens, or agreement with a statement
    /// about mood, scripts, ownership or candour.
    pub enum Kind {
        Situation = "situation",
        Frequency = "frequency",
        Reverse = "reverse",
        Mood = "mood",
        Script = "script",
        Ownership = "ownership",
        Candour = "candour",
    }
}

crate::model! {
    /// One answer to a situation, keyed on the expectation ladder.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OptionDoc {
        /// Unique within the item; not "na" (kept for "does not happen in my job").
        pub id: String as Id,
        pub text: Text,
        /// −1 disappointment, 0 satisfaction, +1 «wow».
        pub key: i8 as LadderKey,
        /// The ladder behaviour this answer shows, on the rung of its key.
        pub behaviour: Option<String> as Opt<Id> = None,
    }
}

crate::model! {
    /// A questionnaire item as the content and a company's configuration
    /// write it. Which fields an item has depends on its kind: situations
    /// have options, frequency and reverse items name a behaviour,
    /// statements may be reversed; a "rushed" twin (`pressure_of`) takes
    /// everything but its text from its ordinary-day situation.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ItemDoc {
        /// Unique among all items.
        pub id: String as Id,
        pub kind: Kind,
        /// The question or statement.
        pub text: Text,
        /// The kinds of work (role ids) whose set includes the item; absent: every set.
        pub roles: Option<Vec<String>> as Opt<List<Id, 0, 20>> = None,
        /// "Does not happen in my job" is a valid answer (situations, frequency and reverse items).
        pub allows_na: Option<bool> = None,
        /// The situation this one repeats "when you are rushed, tired or the client is rude".
        pub pressure_of: Option<String> as Opt<Id> = None,
        /// The qualities a ladder item measures (quality ids).
        pub qualities: Option<Vec<String>> as Opt<List<Id, 0, 20>> = None,
        /// A situation's answers: one keyed −1, one 0 and one +1 at least; at most 6.
        pub options: Option<Vec<OptionDoc>> as Opt<List<OptionDoc, 0, 6>> = None,
        /// The behaviour a frequency (+1) or reverse (−1) item asks about.
        pub behaviour: Option<String> as Opt<Id> = None,
        /// For statements: agreeing means the opposite of the trait.
        pub reversed: Option<bool> = None,
        /// For statements: the end of the scale that counts toward the top
        /// of the ladder (for candour items, the end that claims an ideal);
        /// it follows from the kind and `reversed`, and is written out so
        /// that the scoring key is open.
        pub top: Option<End> = None,
        /// For statements: the id of the statement that says the opposite
        /// (the two are of the same kind, one of them reversed).
        pub opposite: Option<String> as Opt<Id> = None,
    }
}

crate::choice! {
    /// An end of the agreement scale.
    pub enum End {
        Agree = "agree",
        Disagree = "disagree",
    }
}

/// The end of a statement's scale that counts toward the top of the ladder
/// (for candour: the end that claims an ideal).
pub fn top_end(t: Trait, reversed: bool) -> End {
    let up = matches!(t, Trait::Ownership | Trait::Candour) != reversed;
    if up { End::Agree } else { End::Disagree }
}

/// A rung of the expectation ladder: −1, 0 or +1.
pub struct LadderKey;

impl crate::codec::model::Codec<i8> for LadderKey {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<i8> {
        let k = r.integer(v, path)?;
        if (-1..=1).contains(&k) {
            Some(k as i8)
        } else {
            r.problem(path, format!("{k} is not a ladder key (use -1, 0 or 1)"));
            None
        }
    }
    fn write(k: &i8) -> Value {
        Value::from(*k)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "integer", "enum": [-1, 0, 1] })
    }
}

impl Kind {
    fn item_kind(self) -> ItemKind {
        match self {
            Kind::Situation => ItemKind::Situation,
            Kind::Frequency => ItemKind::Frequency,
            Kind::Reverse => ItemKind::Reverse,
            Kind::Mood => ItemKind::Trait(Trait::Mood),
            Kind::Script => ItemKind::Trait(Trait::Script),
            Kind::Ownership => ItemKind::Trait(Trait::Ownership),
            Kind::Candour => ItemKind::Trait(Trait::Candour),
        }
    }
}

/// Reads an item through its one declared shape, then applies the rules
/// that depend on its kind and on the rest of the content.
pub(crate) fn read_item(r: &mut Reader, v: &Value, path: &str, vocabulary: &Vocabulary<'_>) -> Option<Item> {
    let before = r.problems.len();
    let doc = <ItemDoc as crate::codec::model::Model>::read(r, v, path)?;
    // An item with a problem of its own is not checked further: its
    // rules would only report that problem again.
    if r.problems.len() != before {
        return None;
    }
    doc.resolve(r, &format!("{path}({})", doc.id), vocabulary)
}

impl ItemDoc {
    /// The item this document describes, or `None` with every problem
    /// recorded under `path`.
    pub(crate) fn resolve(&self, r: &mut Reader, path: &str, vocabulary: &Vocabulary<'_>) -> Option<Item> {
        let ladder = vocabulary.ladder;
        let at = |key: &str| format!("{path}.{key}");
        let kind = self.kind.item_kind();
        let before = r.problems.len();

        if let Some(of) = &self.pressure_of {
            if kind != ItemKind::Situation {
                r.problem(&at("pressure_of"), "only situations come in pairs; remove this field");
                return None;
            }
            // The pair must differ only in its circumstances, so everything
            // else comes from the ordinary-day item (see `link_pairs`).
            let shared = [
                ("qualities", self.qualities.is_some()),
                ("options", self.options.is_some()),
                ("roles", self.roles.is_some()),
                ("allows_na", self.allows_na.is_some()),
            ];
            for (key, present) in shared {
                if present {
                    r.problem(&at(key), "a pressure item takes this from its ordinary-day twin; remove it here");
                }
            }
            for (key, present) in [
                ("behaviour", self.behaviour.is_some()),
                ("reversed", self.reversed.is_some()),
                ("top", self.top.is_some()),
                ("opposite", self.opposite.is_some()),
            ] {
                if present {
                    r.problem(&at(key), "a situation does not have this field; remove it");
                }
            }
            return (r.problems.len() == before).then(|| Item {
                id: self.id.clone(),
                kind,
                qualities: Vec::new(),
                text: self.text.clone(),
                choices: Vec::new(),
                behaviour: None,
                roles: Vec::new(),
                allows_na: false,
                pressure_of: Some(of.clone()),
                connection: false,
                opposite: None,
                words: 0,
            });
        }

        let mut roles = Vec::new();
        if let Some(list) = &self.roles {
            if list.is_empty() {
                r.problem(
                    &at("roles"),
                    "an empty list puts the item in no set; leave the field out to put it in every set",
                );
            }
            for (i, role) in list.iter().enumerate() {
                let rpath = format!("{path}.roles[{i}]");
                if !vocabulary.role_ids.contains(role) {
                    r.problem(
                        &rpath,
                        format!("unknown role \"{role}\" (use one of: {})", vocabulary.role_ids.join(", ")),
                    );
                } else if roles.contains(role) {
                    r.problem(&rpath, format!("role \"{role}\" is listed twice"));
                } else {
                    roles.push(role.clone());
                }
            }
        }
        let allows_na = self.allows_na.unwrap_or(false);
        if allows_na && !kind.is_ladder() {
            r.problem(
                &at("allows_na"),
                "statements about oneself always apply; only situations, frequency and reverse items allow \"does not happen in my job\"",
            );
        }

        let mut qualities = Vec::new();
        match (&self.qualities, kind.is_ladder()) {
            (Some(list), true) => {
                for (i, qid) in list.iter().enumerate() {
                    let qpath = format!("{path}.qualities[{i}]");
                    match vocabulary.quality_ids.iter().position(|q| q == qid) {
                        Some(q) if !qualities.contains(&q) => qualities.push(q),
                        Some(_) => r.problem(&qpath, format!("quality \"{qid}\" is listed twice")),
                        None => r.problem(&qpath, format!("unknown quality \"{qid}\"")),
                    }
                }
                if list.is_empty() {
                    r.problem(&at("qualities"), "a ladder item must measure at least one quality");
                }
            }
            (None, true) => r.problem(&at("qualities"), "missing"),
            (Some(_), false) => r.problem(
                &at("qualities"),
                format!("{} items measure a trait, not qualities; remove this field", kind.id()),
            ),
            (None, false) => {}
        }

        // A behaviour must sit on the rung its answer stands for.
        let behaviour_on = |r: &mut Reader, bid: &str, at: &str, rung: i8| -> Option<usize> {
            match ladder.behaviour_index(bid) {
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
        if self.reversed.is_some() && kind.is_ladder() {
            r.problem(&at("reversed"), "only mood, script, ownership and candour items can be reversed");
        }
        match (kind, self.top) {
            (ItemKind::Trait(t), Some(end)) if end != top_end(t, self.reversed.unwrap_or(false)) => r.problem(
                &at("top"),
                format!(
                    "a {} statement{} counts toward the top when the person answers \"{}\"",
                    kind.id(),
                    if self.reversed == Some(true) { " (reversed)" } else { "" },
                    top_end(t, self.reversed.unwrap_or(false)).id()
                ),
            ),
            (ItemKind::Trait(_), _) => {}
            (_, Some(_)) => r.problem(&at("top"), "only statements have an end that counts; remove this field"),
            (_, None) => {}
        }
        if self.opposite.is_some() && kind.is_ladder() {
            r.problem(&at("opposite"), "only statements have an opposite statement; remove this field");
        }
        let behaviour = match (&self.behaviour, kind) {
            (None, _) => None,
            (Some(b), ItemKind::Frequency) => behaviour_on(r, b, &at("behaviour"), 1),
            (Some(b), ItemKind::Reverse) => behaviour_on(r, b, &at("behaviour"), -1),
            (Some(_), _) => {
                r.problem(
                    &at("behaviour"),
                    "only frequency and reverse items name a behaviour; situation options name theirs",
                );
                None
            }
        };
        if self.options.is_some() && kind != ItemKind::Situation {
            r.problem(&at("options"), "only situations have options; the others use the answer scales");
        }

        let choices = match kind {
            ItemKind::Situation => {
                let Some(options) = &self.options else {
                    r.problem(&at("options"), "missing");
                    return None;
                };
                let mut choices = Vec::new();
                for (i, o) in options.iter().enumerate() {
                    let opath = format!("{path}.options[{i}]({})", o.id);
                    if o.id == NOT_APPLICABLE {
                        r.problem(
                            &format!("{opath}.id"),
                            format!("\"{NOT_APPLICABLE}\" is kept for \"does not happen in my job\"; use another id"),
                        );
                    }
                    let b = o.behaviour.as_ref().and_then(|b| behaviour_on(r, b, &format!("{opath}.behaviour"), o.key));
                    choices.push(Choice {
                        id: o.id.clone(),
                        text: o.text.clone(),
                        value: f64::from(o.key),
                        behaviour: b,
                    });
                }
                r.unique_ids(&at("options"), choices.iter().map(|c| c.id.as_str()));
                for key in [-1i8, 0, 1] {
                    if !choices.iter().any(|c| c.value == f64::from(key)) {
                        r.problem(
                            &at("options"),
                            format!("no option with key {key}; a situation needs a -1, a 0 and a +1 option"),
                        );
                    }
                }
                choices
            }
            // never … always map to −1 … +1; reverse items ask about a
            // disappointment behaviour, so the direction flips.
            ItemKind::Frequency => frequency_choices(vocabulary.frequency, false),
            ItemKind::Reverse => frequency_choices(vocabulary.frequency, true),
            ItemKind::Trait(_) => agreement_choices(vocabulary.agreement, self.reversed.unwrap_or(false)),
        };
        if r.problems.len() != before {
            return None;
        }
        let is_connection = |b: Option<usize>| {
            b.and_then(|b| ladder.behaviours.get(b)).is_some_and(|b| CONNECTION_BEHAVIOURS.contains(&b.id.as_str()))
        };
        let connection = match kind {
            ItemKind::Frequency => is_connection(behaviour),
            ItemKind::Situation => choices.iter().any(|c| c.value > 0.0 && is_connection(c.behaviour)),
            _ => false,
        };
        Some(Item {
            id: self.id.clone(),
            kind,
            qualities,
            text: self.text.clone(),
            behaviour,
            roles,
            allows_na,
            pressure_of: None,
            connection,
            opposite: self.opposite.clone(),
            words: reading_words(&self.text, &choices),
            choices,
        })
    }
}

/// A frequency item's options carry the scale's keys; a reverse item's its
/// lapse keys (the absence of a lapse is the standard, not «wow»).
fn frequency_choices(frequency: &[ScalePoint], lapse: bool) -> Vec<Choice> {
    frequency
        .iter()
        .map(|p| Choice {
            id: p.id.clone(),
            text: p.label.clone(),
            value: if lapse { p.lapse_key.unwrap_or(-p.key) } else { p.key },
            behaviour: None,
        })
        .collect()
}

fn agreement_choices(agreement: &[ScalePoint], reversed: bool) -> Vec<Choice> {
    agreement
        .iter()
        .map(|p| {
            let agree = p.key;
            Choice {
                id: p.id.clone(),
                text: p.label.clone(),
                value: if reversed { 1.0 - agree } else { agree },
                behaviour: None,
            }
        })
        .collect()
}

/// Gives each pressure item what it shares with its ordinary-day twin, which
/// is looked up among `items` and then `earlier` (the shipped items a
/// company's items are added to). `paths` are the items' paths, for messages.
pub(crate) fn link_pairs(r: &mut Reader, items: &mut [Item], paths: &[String], earlier: &[Item]) {
    for p in 0..items.len() {
        let Some(of) = items[p].pressure_of.clone() else { continue };
        let at = format!("{}({}).pressure_of", paths.get(p).map_or("items", |s| s.as_str()), items[p].id);
        let twin = items.iter().chain(earlier).find(|i| i.id == of);
        let twin = match twin {
            None => {
                r.problem(&at, format!("no item \"{of}\" to pair with"));
                continue;
            }
            Some(t) if t.kind != ItemKind::Situation => {
                r.problem(&at, format!("\"{of}\" is not a situation; pairs are situations"));
                continue;
            }
            Some(t) if t.pressure_of.is_some() => {
                r.problem(&at, format!("\"{of}\" is itself a pressure item; pair with the ordinary-day situation"));
                continue;
            }
            Some(t) => t.clone(),
        };
        let taken = items.iter().chain(earlier).filter(|i| i.pressure_of.as_deref() == Some(of.as_str())).count();
        if taken > 1 {
            r.problem(&at, format!("\"{of}\" already has a pressure item; each situation has at most one"));
        }
        let item = &mut items[p];
        item.qualities = twin.qualities;
        item.choices = twin.choices;
        item.roles = twin.roles;
        item.allows_na = twin.allows_na;
        item.connection = twin.connection;
        item.words = reading_words(&item.text, &item.choices);
    }
}

/// An opposite statement exists (among `items`, then `earlier`: the
/// shipped items a company's are added to), is of the same kind, differs in
/// `reversed` (so that a consistent person answers the two alike on the
/// trait), and is named by one item of the two only.
pub(crate) fn check_opposites(r: &mut Reader, items: &[Item], paths: &[String], earlier: &[Item]) {
    for (i, item) in items.iter().enumerate() {
        let Some(of) = &item.opposite else { continue };
        let at = format!("{}({}).opposite", paths.get(i).map_or("items", |s| s.as_str()), item.id);
        match items.iter().chain(earlier).find(|x| &x.id == of) {
            None => r.problem(&at, format!("no item \"{of}\"")),
            Some(o) if o.kind != item.kind => r.problem(&at, format!("\"{of}\" is not a {} statement", item.kind.id())),
            Some(o) if o.choices.first().map(|c| c.value) == item.choices.first().map(|c| c.value) => {
                r.problem(&at, format!("\"{of}\" says the same, not the opposite: one of the two must be reversed"))
            }
            Some(o) if o.opposite.is_some() => {
                r.problem(&at, format!("\"{of}\" names its own opposite; name the pair on one item only"))
            }
            Some(_) => {}
        }
        if items.iter().chain(earlier).filter(|x| x.opposite.as_deref() == Some(of.as_str())).count() > 1 {
            r.problem(&at, format!("\"{of}\" is already the opposite of another statement"));
        }
    }
}

/// Every role's set must measure each quality with at least two distinct
/// situations or frequency items (a pressure item repeats its twin's
/// situation, so it does not count again).
pub(crate) fn check_sets(r: &mut Reader, path: &str, qualities: &[Quality], roles: &[Role], items: &[Item]) {
    let any_roles = items.iter().any(|i| !i.roles.is_empty());
    let sets: Vec<Option<&str>> =
        if any_roles { roles.iter().map(|x| Some(x.id.as_str())).collect() } else { vec![None] };
    for set in sets {
        for (qi, q) in qualities.iter().enumerate() {
            let n = items
                .iter()
                .filter(|i| {
                    set.is_none_or(|role| i.in_role(role)) && i.pressure_of.is_none() && i.qualities.contains(&qi)
                })
                .count();
            if n < 2 {
                let within = set.map(|role| format!(" in the set for role \"{role}\"")).unwrap_or_default();
                r.problem(
                    path,
                    format!("quality \"{}\" is measured by {n} item(s){within}; it needs at least 2", q.id),
                );
            }
        }
    }
}

pub fn read_journeys(r: &mut Reader, v: &Value, key: &str) -> Option<Vec<Journey>> {
    let root = r.object(v, "")?;
    let mut journeys = Vec::new();
    for (path, jv) in root.req_list(r, key) {
        if let Some(j) = <Journey as crate::codec::model::Model>::read(r, jv, &path) {
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
impl crate::codec::model::Model for Level {
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

    fn shipped() -> Content {
        Content::shipped()
            .unwrap_or_else(|p| panic!("{}", p.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")))
    }

    #[test]
    fn shipped_content_loads() {
        let c = shipped();
        assert!(c.assessment.items.len() >= 24);
    }

    #[test]
    fn a_pressure_item_shares_its_twins_options_qualities_and_roles() {
        let c = shipped();
        let a = &c.assessment;
        let pairs = a.pairs();
        assert!(!pairs.is_empty());
        for (o, p) in pairs {
            let (ordinary, pressure) = (&a.items[o], &a.items[p]);
            assert_eq!(pressure.pressure_of.as_deref(), Some(ordinary.id.as_str()));
            assert_eq!(pressure.choices, ordinary.choices);
            assert_eq!(pressure.qualities, ordinary.qualities);
            assert_eq!(pressure.roles, ordinary.roles);
            assert_eq!(pressure.allows_na, ordinary.allows_na);
        }
    }

    #[test]
    fn a_role_keeps_its_own_set_and_every_pair_whole() {
        let c = shipped();
        for role in &c.assessment.roles {
            let set = c.assessment.for_role(&role.id);
            assert!(set.items.iter().all(|i| i.in_role(&role.id)));
            assert!(set.items.len() < c.assessment.items.len(), "{} is a subset", role.id);
            let pressure = set.items.iter().filter(|i| i.pressure_of.is_some()).count();
            assert_eq!(set.pairs().len(), pressure, "{}: no pressure item without its twin", role.id);
        }
    }

    #[test]
    fn connection_items_are_the_ones_about_involvement_and_thanks() {
        let c = shipped();
        let about = |i: &Item| {
            let ids =
                i.behaviour.into_iter().chain(i.choices.iter().filter(|c| c.value > 0.0).filter_map(|c| c.behaviour));
            ids.into_iter().any(|b| CONNECTION_BEHAVIOURS.contains(&c.ladder.behaviours[b].id.as_str()))
        };
        for item in &c.assessment.items {
            assert_eq!(
                item.connection,
                item.kind.is_ladder() && item.kind != ItemKind::Reverse && about(item),
                "{}",
                item.id
            );
        }
    }
}
