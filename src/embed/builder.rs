//! The configuration builder's draft: a company's configuration as it is
//! being written, changed by one method per thing a setup person does.
//!
//! The draft is the configuration file's own JSON, kept as it is (an
//! invalid file opens with nothing lost: every field stays, right or wrong),
//! and it is checked by the same `config::read` the app runs on it; each
//! problem is mapped to the field it belongs to. Colours are the one thing
//! refused at once: a pair below WCAG AA gets the nearest colour that passes.

use crate::codec::model::Model;
use crate::codec::reader::Problem;
use crate::embed::colour::{self, Rgb, SURFACE, WHITE};
use crate::embed::config::{self, MIN_CONTRAST, Parts};
use crate::team::threshold::{DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD};
use crate::walk::journey::Journey;
use serde_json::{Map, Value};

/// Where the work in progress is kept on the device (its own key).
pub const STORAGE_KEY: &str = "service-ladder:builder";

/// The built-in languages a configuration can offer.
pub const LANGUAGES: [&str; 2] = ["ru", "en"];

/// A configuration being written.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    doc: Map<String, Value>,
}

/// Which brand colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Colour {
    /// Buttons, links and focus, against the white page.
    Accent,
    /// Body text, against the page's light surfaces.
    Text,
}

impl Colour {
    pub fn key(self) -> &'static str {
        match self {
            Colour::Accent => "accent",
            Colour::Text => "text",
        }
    }

    /// What the colour sits on.
    fn ground(self) -> Rgb {
        match self {
            Colour::Accent => WHITE,
            Colour::Text => SURFACE,
        }
    }
}

/// Why a colour was not taken.
#[derive(Clone, Debug, PartialEq)]
pub enum ColourRefused {
    /// Not `#rrggbb` or `#rgb`.
    NotAColour,
    /// Too little contrast (the ratio as people quote it), and the nearest
    /// colour that has enough.
    TooLight { ratio: String, nearest: Rgb },
}

/// A file that could not be opened at all (not JSON, or not an object).
#[derive(Clone, Debug, PartialEq)]
pub struct NotOpened(pub Problem);

/// One problem at the field it belongs to: `brand.accent`, `intro`,
/// `items`, `team_threshold`, or `` for the file as a whole.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    pub field: String,
    /// The full path `config::read` gave (e.g. `items[2](c01).text`).
    pub path: String,
    pub message: String,
}

/// The field a problem's path belongs to: the top-level key, or the
/// brand's own field (`brand.accent`).
pub fn field_of(path: &str) -> String {
    let head = path.split(['[', '(']).next().unwrap_or("");
    let mut parts = head.split('.');
    let first = parts.next().unwrap_or("");
    match (first, parts.next()) {
        ("brand", Some(f)) => format!("brand.{f}"),
        _ => first.to_string(),
    }
}

/// Problems (and warnings) at their fields, in the order given.
pub fn at_fields(problems: &[Problem]) -> Vec<FieldProblem> {
    problems
        .iter()
        .map(|p| FieldProblem { field: field_of(&p.path), path: p.path.clone(), message: p.message.clone() })
        .collect()
}

/// The colour nearest to `c` that has enough contrast on what it sits on:
/// `c` darkened step by step towards black (both grounds are light, so
/// black always passes); `c` itself if it passes.
pub fn nearest_passing(c: Rgb, which: Colour) -> Rgb {
    let ground = which.ground();
    for step in 0..=255u16 {
        let keep = 255 - step;
        let scale = |x: u8| ((u16::from(x) * keep + 127) / 255) as u8;
        let candidate = Rgb(scale(c.0), scale(c.1), scale(c.2));
        if colour::contrast(candidate, ground) >= MIN_CONTRAST {
            return candidate;
        }
    }
    Rgb(0, 0, 0)
}

impl Default for Draft {
    fn default() -> Draft {
        Draft::new()
    }
}

impl Draft {
    /// The shipped defaults: an empty configuration.
    pub fn new() -> Draft {
        Draft { doc: Map::new() }
    }

    /// Starting from a kind of work (role id), fixed for everyone.
    pub fn for_role(role: &str) -> Draft {
        let mut d = Draft::new();
        d.set_role(Some(role));
        d
    }

    /// An existing file, every field kept as written (right or wrong);
    /// only text that is not a JSON object cannot be opened.
    pub fn open(text: &str) -> Result<Draft, NotOpened> {
        let not = |message: String| NotOpened(Problem { path: String::new(), message });
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(doc)) => Ok(Draft { doc }),
            Ok(_) => Err(not("a configuration is a JSON object ({ … })".into())),
            Err(e) => Err(not(format!("not valid JSON ({e})"))),
        }
    }

    /// The configuration file's text.
    pub fn text(&self) -> String {
        serde_json::to_string_pretty(&Value::Object(self.doc.clone())).unwrap_or_else(|_| "{}".into())
    }

    /// The document as JSON.
    pub fn json(&self) -> &Map<String, Value> {
        &self.doc
    }

    fn set(&mut self, key: &str, value: Option<Value>) {
        match value {
            Some(v) => {
                self.doc.insert(key.to_string(), v);
            }
            None => {
                self.doc.remove(key);
            }
        }
    }

    fn brand(&mut self) -> &mut Map<String, Value> {
        let slot = self.doc.entry("brand").or_insert_with(|| Value::Object(Map::new()));
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        match slot {
            Value::Object(m) => m,
            _ => unreachable!("made an object just above"),
        }
    }

    fn tidy_brand(&mut self) {
        if self.doc.get("brand").and_then(Value::as_object).is_some_and(Map::is_empty) {
            self.doc.remove("brand");
        }
    }

    /// A string field's value.
    pub fn string(&self, key: &str) -> Option<&str> {
        self.doc.get(key).and_then(Value::as_str)
    }

    /// A text's words in one language (`intro`, or `brand.name` with `in_brand`).
    pub fn words(&self, key: &str, in_brand: bool, lang: &str) -> String {
        let holder = if in_brand { self.doc.get("brand").and_then(|b| b.get(key)) } else { self.doc.get(key) };
        holder.and_then(|t| t.get(lang)).and_then(Value::as_str).unwrap_or("").to_string()
    }

    fn set_words(map: &mut Map<String, Value>, key: &str, lang: &str, words: &str) {
        let slot = map.entry(key).or_insert_with(|| Value::Object(Map::new()));
        if !slot.is_object() {
            *slot = Value::Object(Map::new());
        }
        if let Value::Object(t) = slot {
            if words.trim().is_empty() {
                t.remove(lang);
            } else {
                t.insert(lang.to_string(), Value::from(words));
            }
            if t.is_empty() {
                map.remove(key);
            }
        }
    }

    /// The company's name in one language (empty removes it).
    pub fn set_name(&mut self, lang: &str, name: &str) {
        Draft::set_words(self.brand(), "name", lang, name);
        self.tidy_brand();
    }

    /// The start screen's introduction in one language (empty removes it).
    pub fn set_intro(&mut self, lang: &str, words: &str) {
        Draft::set_words(&mut self.doc, "intro", lang, words);
    }

    /// A brand colour, if it can be read on what it sits on; `None` clears
    /// it (the app's own colour).
    pub fn set_colour(&mut self, which: Colour, hex: Option<&str>) -> Result<(), ColourRefused> {
        let Some(hex) = hex.map(str::trim).filter(|h| !h.is_empty()) else {
            self.brand().remove(which.key());
            self.tidy_brand();
            return Ok(());
        };
        let rgb = Rgb::parse(hex).ok_or(ColourRefused::NotAColour)?;
        let ratio = colour::contrast(rgb, which.ground());
        if ratio < MIN_CONTRAST {
            return Err(ColourRefused::TooLight {
                ratio: colour::ratio_text(ratio),
                nearest: nearest_passing(rgb, which),
            });
        }
        self.brand().insert(which.key().into(), Value::from(rgb.hex()));
        Ok(())
    }

    /// A brand colour as written.
    pub fn colour(&self, which: Colour) -> Option<&str> {
        self.doc.get("brand").and_then(|b| b.get(which.key())).and_then(Value::as_str)
    }

    /// The logo's https:// address (empty removes it); checked with the rest.
    pub fn set_logo(&mut self, url: &str) {
        let url = url.trim();
        if url.is_empty() {
            self.brand().remove("logo");
            self.tidy_brand();
        } else {
            self.brand().insert("logo".into(), Value::from(url));
        }
    }

    pub fn logo(&self) -> Option<&str> {
        self.doc.get("brand").and_then(|b| b.get("logo")).and_then(Value::as_str)
    }

    /// Both parts (the default, left out of the file) or one.
    pub fn set_parts(&mut self, parts: Parts) {
        self.set("parts", (parts != Parts::Both).then(|| Value::from(parts.id())));
    }

    pub fn parts(&self) -> Parts {
        self.string("parts").and_then(Parts::from_id).unwrap_or_default()
    }

    /// The kind of work fixed for everyone, or `None`: each person chooses.
    pub fn set_role(&mut self, role: Option<&str>) {
        self.set("role", role.map(Value::from));
    }

    pub fn role(&self) -> Option<&str> {
        self.string("role")
    }

    /// The built-in languages offered, in order (both when none are
    /// listed); the default language follows when it is no longer offered.
    pub fn set_languages(&mut self, codes: &[&str]) {
        let own: Vec<Value> = self
            .doc
            .get("languages")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter(|l| l.is_object())
            .cloned()
            .collect();
        let mut list: Vec<Value> = codes.iter().map(|c| Value::from(*c)).collect();
        list.extend(own);
        let all_built_in = list.len() == LANGUAGES.len() && LANGUAGES.iter().zip(&list).all(|(c, v)| v == *c);
        self.set("languages", (!list.is_empty() && !all_built_in).then_some(Value::Array(list)));
        if let Some(d) = self.string("default_language")
            && !codes.contains(&d)
        {
            self.doc.remove("default_language");
        }
    }

    /// The built-in languages offered, in order.
    pub fn languages(&self) -> Vec<String> {
        match self.doc.get("languages").and_then(Value::as_array) {
            Some(list) => list.iter().filter_map(Value::as_str).map(str::to_string).collect(),
            None => LANGUAGES.iter().map(|c| c.to_string()).collect(),
        }
    }

    /// The team view's privacy threshold; the default (5) is left out of the file.
    pub fn set_threshold(&mut self, n: usize) -> Result<(), usize> {
        if !(MIN_THRESHOLD..=MAX_THRESHOLD).contains(&n) {
            return Err(n.clamp(MIN_THRESHOLD, MAX_THRESHOLD));
        }
        self.set("team_threshold", (n != DEFAULT_THRESHOLD).then(|| Value::from(n)));
        Ok(())
    }

    pub fn threshold(&self) -> usize {
        self.doc
            .get("team_threshold")
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok())
            .unwrap_or(DEFAULT_THRESHOLD)
    }

    /// Origins of the company's pages that embed the widget (one per line
    /// or separated by spaces or commas); checked with the rest.
    pub fn set_hosts(&mut self, text: &str) {
        let hosts: Vec<Value> =
            text.split(|c: char| c.is_whitespace() || c == ',').filter(|s| !s.is_empty()).map(Value::from).collect();
        self.set("hosts", (!hosts.is_empty()).then_some(Value::Array(hosts)));
    }

    pub fn hosts(&self) -> Vec<String> {
        self.doc
            .get("hosts")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect()
    }

    fn items(&self) -> &[Value] {
        self.doc.get("items").and_then(Value::as_array).map_or(&[], Vec::as_slice)
    }

    fn item_mut(&mut self, at: usize) -> Option<&mut Map<String, Value>> {
        self.doc
            .get_mut("items")
            .and_then(Value::as_array_mut)
            .and_then(|l| l.get_mut(at))
            .and_then(Value::as_object_mut)
    }

    /// Where the company's own situations are among its items.
    pub fn situations(&self) -> Vec<usize> {
        self.items()
            .iter()
            .enumerate()
            .filter(|(_, i)| i.get("kind").and_then(Value::as_str) == Some("situation"))
            .map(|(at, _)| at)
            .collect()
    }

    /// A new situation of the company's own, with its three answers keyed
    /// −1, 0 and +1 still to be written (for the fixed kind of work, if
    /// one is). Returns where it is among the items.
    pub fn add_situation(&mut self) -> usize {
        let taken: Vec<String> =
            self.items().iter().filter_map(|i| i.get("id").and_then(Value::as_str)).map(str::to_string).collect();
        let id = (1..).map(|n| format!("own{n}")).find(|id| !taken.contains(id)).unwrap_or_default();
        let option = |id: &str, key: i8| serde_json::json!({ "id": id, "key": key, "text": {} });
        let mut item = serde_json::json!({
            "id": id,
            "kind": "situation",
            "qualities": [],
            "text": {},
            "options": [option("a", -1), option("b", 0), option("c", 1)],
        });
        if let (Some(role), Some(m)) = (self.role(), item.as_object_mut()) {
            m.insert("roles".into(), serde_json::json!([role]));
        }
        let list = self.doc.entry("items").or_insert_with(|| Value::Array(Vec::new()));
        if !list.is_array() {
            *list = Value::Array(Vec::new());
        }
        match list.as_array_mut() {
            Some(l) => {
                l.push(item);
                l.len() - 1
            }
            None => 0,
        }
    }

    /// An item removed (the list too, once empty).
    pub fn remove_item(&mut self, at: usize) {
        if let Some(l) = self.doc.get_mut("items").and_then(Value::as_array_mut)
            && at < l.len()
        {
            l.remove(at);
            if l.is_empty() {
                self.doc.remove("items");
            }
        }
    }

    /// An item's id.
    pub fn item_id(&self, at: usize) -> String {
        self.items().get(at).and_then(|i| i.get("id")).and_then(Value::as_str).unwrap_or("").to_string()
    }

    /// A situation's words in one language.
    pub fn situation_words(&self, at: usize, lang: &str) -> String {
        let item = self.items().get(at);
        item.and_then(|i| i.get("text")).and_then(|t| t.get(lang)).and_then(Value::as_str).unwrap_or("").to_string()
    }

    pub fn set_situation_words(&mut self, at: usize, lang: &str, words: &str) {
        if let Some(item) = self.item_mut(at) {
            Draft::set_words(item, "text", lang, words);
            // The text is required: an empty one stays, to be reported.
            item.entry("text").or_insert_with(|| Value::Object(Map::new()));
        }
    }

    fn option_mut(&mut self, at: usize, key: i8) -> Option<&mut Map<String, Value>> {
        self.item_mut(at)?
            .get_mut("options")?
            .as_array_mut()?
            .iter_mut()
            .find(|o| o.get("key").and_then(Value::as_i64) == Some(i64::from(key)))?
            .as_object_mut()
    }

    /// The words of a situation's answer keyed `key` (−1, 0, +1).
    pub fn option_words(&self, at: usize, key: i8, lang: &str) -> String {
        let options = self.items().get(at).and_then(|i| i.get("options")).and_then(Value::as_array);
        let option =
            options.into_iter().flatten().find(|o| o.get("key").and_then(Value::as_i64) == Some(i64::from(key)));
        option.and_then(|o| o.get("text")).and_then(|t| t.get(lang)).and_then(Value::as_str).unwrap_or("").to_string()
    }

    pub fn set_option_words(&mut self, at: usize, key: i8, lang: &str, words: &str) {
        if let Some(option) = self.option_mut(at, key) {
            Draft::set_words(option, "text", lang, words);
            option.entry("text").or_insert_with(|| Value::Object(Map::new()));
        }
    }

    /// The qualities a situation measures (quality ids).
    pub fn qualities(&self, at: usize) -> Vec<String> {
        let list = self.items().get(at).and_then(|i| i.get("qualities")).and_then(Value::as_array);
        list.into_iter().flatten().filter_map(Value::as_str).map(str::to_string).collect()
    }

    pub fn set_qualities(&mut self, at: usize, ids: &[&str]) {
        if let Some(item) = self.item_mut(at) {
            item.insert("qualities".into(), Value::Array(ids.iter().map(|q| Value::from(*q)).collect()));
        }
    }

    fn journeys(&self) -> &[Value] {
        self.doc.get("journeys").and_then(Value::as_array).map_or(&[], Vec::as_slice)
    }

    /// How many journeys of the company's own.
    pub fn journey_count(&self) -> usize {
        self.journeys().len()
    }

    /// A copy of a shipped journey to edit, with an id of its own
    /// (`own-<template>`, numbered if taken). Returns where it is.
    pub fn copy_journey(&mut self, template: &Journey) -> usize {
        let taken: Vec<String> = self
            .journeys()
            .iter()
            .filter_map(|j| j.get("id").and_then(Value::as_str))
            .map(str::to_string)
            .chain(std::iter::once(template.id.clone()))
            .collect();
        let base: String = format!("own-{}", template.id).chars().take(58).collect();
        let id = std::iter::once(base.clone())
            .chain((2..).map(|n| format!("{base}-{n}")))
            .find(|id| !taken.contains(id))
            .unwrap_or(base);
        let mut copy = template.write();
        if let Some(m) = copy.as_object_mut() {
            m.insert("id".into(), Value::from(id));
        }
        let list = self.doc.entry("journeys").or_insert_with(|| Value::Array(Vec::new()));
        if !list.is_array() {
            *list = Value::Array(Vec::new());
        }
        match list.as_array_mut() {
            Some(l) => {
                l.push(copy);
                l.len() - 1
            }
            None => 0,
        }
    }

    /// A journey of the company's own removed (the list too, once empty).
    pub fn remove_journey(&mut self, at: usize) {
        if let Some(l) = self.doc.get_mut("journeys").and_then(Value::as_array_mut)
            && at < l.len()
        {
            l.remove(at);
            if l.is_empty() {
                self.doc.remove("journeys");
            }
        }
    }

    fn journey_mut(&mut self, at: usize) -> Option<&mut Map<String, Value>> {
        self.doc
            .get_mut("journeys")
            .and_then(Value::as_array_mut)
            .and_then(|l| l.get_mut(at))
            .and_then(Value::as_object_mut)
    }

    fn touchpoints_mut(&mut self, at: usize) -> Option<&mut Vec<Value>> {
        self.journey_mut(at)?.get_mut("touchpoints")?.as_array_mut()
    }

    /// A journey's id.
    pub fn journey_id(&self, at: usize) -> String {
        self.journeys().get(at).and_then(|j| j.get("id")).and_then(Value::as_str).unwrap_or("").to_string()
    }

    /// A journey's name in one language.
    pub fn journey_name(&self, at: usize, lang: &str) -> String {
        let j = self.journeys().get(at);
        j.and_then(|j| j.get("name")).and_then(|t| t.get(lang)).and_then(Value::as_str).unwrap_or("").to_string()
    }

    pub fn set_journey_name(&mut self, at: usize, lang: &str, words: &str) {
        if let Some(j) = self.journey_mut(at) {
            Draft::set_words(j, "name", lang, words);
            j.entry("name").or_insert_with(|| Value::Object(Map::new()));
        }
    }

    /// How many touchpoints a journey has.
    pub fn touchpoint_count(&self, at: usize) -> usize {
        let j = self.journeys().get(at);
        j.and_then(|j| j.get("touchpoints")).and_then(Value::as_array).map_or(0, Vec::len)
    }

    /// A touchpoint's words (`name`, `who` or `expectation`) in one language.
    pub fn touchpoint_words(&self, at: usize, t: usize, field: &str, lang: &str) -> String {
        let tp = self.journeys().get(at).and_then(|j| j.get("touchpoints")).and_then(|l| l.get(t));
        tp.and_then(|tp| tp.get(field)).and_then(|x| x.get(lang)).and_then(Value::as_str).unwrap_or("").to_string()
    }

    pub fn set_touchpoint_words(&mut self, at: usize, t: usize, field: &str, lang: &str, words: &str) {
        if let Some(tp) = self.touchpoints_mut(at).and_then(|l| l.get_mut(t)).and_then(Value::as_object_mut) {
            Draft::set_words(tp, field, lang, words);
            if field != "who" {
                tp.entry(field).or_insert_with(|| Value::Object(Map::new()));
            }
        }
    }

    /// Whether the client is handed to another department at a touchpoint.
    pub fn handoff(&self, at: usize, t: usize) -> bool {
        let tp = self.journeys().get(at).and_then(|j| j.get("touchpoints")).and_then(|l| l.get(t));
        tp.and_then(|tp| tp.get("handoff")).and_then(Value::as_bool).unwrap_or(false)
    }

    pub fn set_handoff(&mut self, at: usize, t: usize, on: bool) {
        if let Some(tp) = self.touchpoints_mut(at).and_then(|l| l.get_mut(t)).and_then(Value::as_object_mut) {
            if on {
                tp.insert("handoff".into(), Value::Bool(true));
            } else {
                tp.remove("handoff");
            }
        }
    }

    /// A touchpoint moved one place earlier (`earlier`) or later; false at either end.
    pub fn move_touchpoint(&mut self, at: usize, t: usize, earlier: bool) -> bool {
        let Some(l) = self.touchpoints_mut(at) else { return false };
        let to = if earlier { t.checked_sub(1) } else { Some(t + 1).filter(|n| *n < l.len()) };
        match to {
            Some(to) if t < l.len() => {
                l.swap(t, to);
                true
            }
            _ => false,
        }
    }

    /// A touchpoint removed; the last one stays (a journey needs one).
    pub fn remove_touchpoint(&mut self, at: usize, t: usize) -> bool {
        match self.touchpoints_mut(at) {
            Some(l) if l.len() > 1 && t < l.len() => {
                l.remove(t);
                true
            }
            _ => false,
        }
    }

    /// The draft checked as the app checks a configuration: its problems,
    /// or its warnings, each at its field.
    pub fn check(&self, shipped: &crate::content::Content) -> Checked {
        Checked::from(config::read(&self.text(), shipped))
    }
}

/// What checking a draft found.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Checked {
    /// The app would refuse the configuration for these (and run without it).
    pub problems: Vec<FieldProblem>,
    /// The app runs with it, but says these.
    pub warnings: Vec<FieldProblem>,
}

impl<T> From<Result<T, Vec<Problem>>> for Checked
where
    T: Warned,
{
    fn from(result: Result<T, Vec<Problem>>) -> Checked {
        match result {
            Ok(a) => Checked { problems: Vec::new(), warnings: at_fields(a.warnings()) },
            Err(p) => Checked { problems: at_fields(&p), warnings: Vec::new() },
        }
    }
}

/// A checked configuration's warnings.
pub trait Warned {
    fn warnings(&self) -> &[Problem];
}

impl Warned for config::Applied {
    fn warnings(&self) -> &[Problem] {
        &self.warnings
    }
}

impl Checked {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }

    /// Problems then warnings at one field.
    pub fn at<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a FieldProblem> + 'a {
        self.problems.iter().chain(&self.warnings).filter(move |p| p.field == field)
    }

    /// Problems then warnings about one item (by its place among the items).
    pub fn at_item(&self, at: usize) -> impl Iterator<Item = &FieldProblem> + '_ {
        let own = format!("items[{at}]");
        self.problems.iter().chain(&self.warnings).filter(move |p| {
            p.path.strip_prefix(&own).is_some_and(|rest| rest.is_empty() || rest.starts_with(['(', '.']))
        })
    }

    /// Problems at fields the builder has no place for (shown together).
    pub fn elsewhere<'a>(&'a self, known: &'a [&'a str]) -> impl Iterator<Item = &'a FieldProblem> + 'a {
        self.problems.iter().chain(&self.warnings).filter(move |p| !known.contains(&p.field.as_str()))
    }
}

/// How the widget is put on a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Iframe,
    Direct,
}

/// What the snippet asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct Snippet {
    /// The app's folder, ending in `/` (where `embed.js` is).
    pub app: String,
    pub mode: Mode,
    /// A language to start in (one of the offered), or none.
    pub lang: Option<String>,
    /// The configuration file's name next to the app.
    pub file: String,
    /// No title bar of the widget's own.
    pub no_header: bool,
}

fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

impl Snippet {
    /// The two lines the host page gets (docs/embedding.md).
    pub fn html(&self, parts: Parts) -> String {
        let mut div = String::from("<div data-service-ladder");
        if self.mode == Mode::Direct {
            div.push_str(" data-mode=\"direct\"");
        }
        div.push_str(&format!(" data-config=\"{}\"", attr(&self.file)));
        if let Some(l) = &self.lang {
            div.push_str(&format!(" data-lang=\"{}\"", attr(l)));
        }
        if parts != Parts::Both {
            div.push_str(&format!(" data-parts=\"{}\"", parts.id()));
        }
        if self.no_header {
            div.push_str(" data-header=\"none\"");
        }
        div.push_str("></div>");
        format!("{div}\n<script src=\"{}embed.js\" async></script>", attr(&self.app))
    }

    /// The app's origin (`https://host[:port]`).
    pub fn app_origin(&self) -> String {
        let rest = self.app.split_once("://").map_or("", |(_, r)| r);
        let scheme = self.app.split_once("://").map_or("https", |(s, _)| s);
        format!("{scheme}://{}", rest.split('/').next().unwrap_or(""))
    }

    /// The Content-Security-Policy directives a host page needs for the widget.
    pub fn host_policy(&self) -> String {
        let app = self.app_origin();
        match self.mode {
            Mode::Iframe => format!("script-src {app}; frame-src {app}"),
            Mode::Direct => format!("script-src {app} 'wasm-unsafe-eval'; style-src {app}; connect-src {app}"),
        }
    }

    /// The app's own pages' policy (docs/embedding.md), with the company's
    /// pages allowed to frame it and the logo's origin allowed as an image
    /// (`frame-src 'self'`: builder.html's preview frames the app).
    pub fn app_policy(&self, hosts: &[String], logo: Option<&str>) -> String {
        let mut img = String::from("'self' data:");
        if let Some(l) = logo.filter(|l| config::is_https_url(l)) {
            let origin = l.splitn(4, '/').take(3).collect::<Vec<_>>().join("/");
            img.push(' ');
            img.push_str(&origin);
        }
        let mut ancestors = String::from("'self'");
        for h in hosts.iter().filter(|h| config::is_origin(h)) {
            ancestors.push(' ');
            ancestors.push_str(h);
        }
        format!(
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src {img}; worker-src 'self'; frame-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'; frame-ancestors {ancestors}"
        )
    }
}
