//! A company's own configuration: languages, parts, intro wording, brand
//! colours, logo and name, their own journeys and questionnaire items, and
//! the host pages allowed to receive results, and the kind of work (role)
//! whose situations everyone gets. Validation is strict and bounded,
//! reports every problem at once with its path, and goes through the same
//! readers as the shipped content.

use crate::colour::{self, Rgb, WHITE};
use crate::content::{self, Content, Item, ItemKind, Trait, Vocabulary};
use crate::decode::{Obj, Problem, Reader, shorten};
use crate::journey::Journey;
use crate::lang::{Lang, Text};
use serde_json::{Value, json};

pub const MAX_CONFIG_BYTES: usize = 256 * 1024;
pub const MAX_ITEMS: usize = 500;
pub const MAX_JOURNEYS: usize = 50;
pub const MAX_HOSTS: usize = 20;
/// Contrast the brand colours need against the white page: text and the
/// white text on accent-coloured buttons are both text (WCAG 1.4.3).
/// (Messages spell it "4.5:1": formatting a float would pull kilobytes of
/// float printing into the wasm.)
pub const MIN_CONTRAST: f64 = 4.5;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Parts {
    #[default]
    Both,
    Assessment,
    Walkthrough,
}

impl Parts {
    pub fn id(self) -> &'static str {
        match self {
            Parts::Both => "both",
            Parts::Assessment => "assessment",
            Parts::Walkthrough => "walkthrough",
        }
    }

    pub fn from_id(id: &str) -> Option<Parts> {
        [Parts::Both, Parts::Assessment, Parts::Walkthrough].into_iter().find(|p| p.id() == id)
    }

    pub fn assessment(self) -> bool {
        self != Parts::Walkthrough
    }

    pub fn walkthrough(self) -> bool {
        self != Parts::Assessment
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Brand {
    pub accent: Option<Rgb>,
    pub text: Option<Rgb>,
    /// An https URL.
    pub logo: Option<String>,
    /// The company's display name.
    pub name: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Config {
    /// Languages offered; empty means both.
    pub languages: Vec<Lang>,
    pub default_language: Option<Lang>,
    pub parts: Parts,
    pub intro: Option<Text>,
    pub brand: Brand,
    pub items: Vec<Item>,
    /// The company's items replace the shipped ones (otherwise they are added).
    pub replace_items: bool,
    pub journeys: Vec<Journey>,
    pub replace_journeys: bool,
    /// Origins of host pages that may receive results.
    pub hosts: Vec<String>,
    /// The role (kind of work) whose set of situations everyone gets; the
    /// person is then not asked to choose one.
    pub role: Option<String>,
}

/// A valid configuration, the content it makes, and what was set aside
/// (colours that fail contrast) with the reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub config: Config,
    pub content: Content,
    pub warnings: Vec<Problem>,
}

const TOP: [&str; 11] = [
    "languages",
    "default_language",
    "parts",
    "intro",
    "brand",
    "items",
    "replace_items",
    "journeys",
    "replace_journeys",
    "hosts",
    "role",
];
const BRAND: [&str; 4] = ["accent", "text", "logo", "name"];

/// Reads and checks a configuration against the shipped content, and
/// builds the content it describes.
pub fn read(text: &str, shipped: &Content) -> Result<Applied, Vec<Problem>> {
    if text.len() > MAX_CONFIG_BYTES {
        return Err(vec![Problem {
            path: String::new(),
            message: format!(
                "the configuration is {} KiB; the limit is {} KiB",
                text.len() / 1024,
                MAX_CONFIG_BYTES / 1024
            ),
        }]);
    }
    let value: Value = serde_json::from_str(text)
        .map_err(|e| vec![Problem { path: String::new(), message: format!("not valid JSON ({e})") }])?;
    let mut r = Reader::default();
    let mut warnings = Vec::new();
    let config = read_value(&mut r, &value, shipped, &mut warnings);
    if !r.problems.is_empty() {
        return Err(r.problems);
    }
    let Some(config) = config else {
        return Err(vec![Problem { path: String::new(), message: "could not be read".into() }]);
    };
    let content = apply(shipped, &config);
    // The merged questionnaire must still measure every quality.
    let mut check = Reader::default();
    let a = &content.assessment;
    content::check_sets(&mut check, "items", &a.qualities, &a.roles, &a.items);
    if !check.problems.is_empty() {
        return Err(check.problems);
    }
    warnings.extend(instrument_warnings(&content));
    Ok(Applied { config, content, warnings })
}

fn lang(r: &mut Reader, v: &Value, path: &str) -> Option<Lang> {
    let s = r.string(v, path)?;
    let l = Lang::from_code(&s);
    if l.is_none() {
        r.problem(path, format!("unknown language \"{}\" (use ru or en)", shorten(&s)));
    }
    l
}

fn read_value(r: &mut Reader, v: &Value, shipped: &Content, warnings: &mut Vec<Problem>) -> Option<Config> {
    let root = r.object(v, "")?;
    let mut c = Config::default();
    if let Some(list) = root.opt_list(r, "languages") {
        for (path, v) in list {
            if let Some(l) = lang(r, v, &path)
                && !c.languages.contains(&l)
            {
                c.languages.push(l);
            }
        }
        if c.languages.is_empty() {
            r.problem("languages", "list at least one language (ru, en)");
        }
    }
    // Texts need only the languages the company offers.
    if !c.languages.is_empty() {
        r.langs = c.languages.clone();
    }
    c.default_language = root.get("default_language").and_then(|v| lang(r, v, "default_language"));
    if let Some(d) = c.default_language
        && !c.languages.is_empty()
        && !c.languages.contains(&d)
    {
        r.problem("default_language", format!("\"{}\" is not among the configured languages", d.code()));
    }
    if let Some(p) = root.opt_string(r, "parts") {
        match Parts::from_id(&p) {
            Some(p) => c.parts = p,
            None => {
                r.problem("parts", format!("unknown parts \"{}\" (use both, assessment or walkthrough)", shorten(&p)))
            }
        }
    }
    c.intro = root.opt_text(r, "intro");
    if let Some(b) = root.get("brand").and_then(|v| r.object(v, "brand")) {
        c.brand = read_brand(r, b, warnings);
    }
    c.replace_items = root.opt_bool(r, "replace_items").unwrap_or(false);
    c.replace_journeys = root.opt_bool(r, "replace_journeys").unwrap_or(false);
    let a = &shipped.assessment;
    let quality_ids: Vec<String> = a.qualities.iter().map(|q| q.id.clone()).collect();
    let role_ids: Vec<String> = a.roles.iter().map(|x| x.id.clone()).collect();
    if let Some(role) = root.opt_string(r, "role") {
        if role_ids.contains(&role) {
            c.role = Some(role);
        } else {
            r.problem("role", format!("unknown role \"{}\" (use one of: {})", shorten(&role), role_ids.join(", ")));
        }
    }
    if let Some(list) = root.opt_list(r, "items") {
        if list.len() > MAX_ITEMS {
            r.problem("items", format!("{} items; the limit is {MAX_ITEMS}", list.len()));
        }
        let vocabulary = Vocabulary {
            quality_ids: &quality_ids,
            role_ids: &role_ids,
            frequency: &a.frequency,
            agreement: &a.agreement,
            ladder: &shipped.ladder,
        };
        let mut paths = Vec::new();
        for (path, v) in list.into_iter().take(MAX_ITEMS) {
            if let Some(item) = content::read_item(r, v, &path, &vocabulary) {
                c.items.push(item);
                paths.push(path);
            }
        }
        let mut ids: Vec<&str> = c.items.iter().map(|i| i.id.as_str()).collect();
        if !c.replace_items {
            ids.extend(a.items.iter().map(|i| i.id.as_str()));
        }
        r.unique_ids("items", ids);
        let earlier: &[Item] = if c.replace_items { &[] } else { &a.items };
        content::link_pairs(r, &mut c.items, &paths, earlier);
        // Options that give the answer away still work; the web developer
        // is told which to reword.
        let langs = if c.languages.is_empty() { Lang::ALL.to_vec() } else { c.languages.clone() };
        for (item, path) in c.items.iter().zip(&paths) {
            warnings.extend(crate::cues::check(item, path, &langs));
        }
    } else if c.replace_items {
        r.problem("replace_items", "replacing the items needs a list of items");
    }
    if let Some(list) = root.opt_list(r, "journeys") {
        if list.len() > MAX_JOURNEYS {
            r.problem("journeys", format!("{} journeys; the limit is {MAX_JOURNEYS}", list.len()));
        }
        for (path, v) in list.into_iter().take(MAX_JOURNEYS) {
            if let Some(j) = <Journey as crate::model::Model>::read(r, v, &path) {
                c.journeys.push(j);
            }
        }
        let mut ids: Vec<&str> = c.journeys.iter().map(|j| j.id.as_str()).collect();
        if !c.replace_journeys {
            ids.extend(shipped.journeys.iter().map(|j| j.id.as_str()));
        }
        r.unique_ids("journeys", ids);
        if c.journeys.is_empty() && c.replace_journeys {
            r.problem("journeys", "replacing the journeys needs at least one journey");
        }
    } else if c.replace_journeys {
        r.problem("replace_journeys", "replacing the journeys needs a list of journeys");
    }
    if let Some(list) = root.opt_list(r, "hosts") {
        if list.len() > MAX_HOSTS {
            r.problem("hosts", format!("{} hosts; the limit is {MAX_HOSTS}", list.len()));
        }
        for (path, v) in list.into_iter().take(MAX_HOSTS) {
            let Some(s) = r.string(v, &path) else { continue };
            if is_origin(&s) {
                c.hosts.push(s);
            } else {
                r.problem(
                    &path,
                    format!(
                        "\"{}\" is not an origin (https://host or https://host:port, nothing after it)",
                        shorten(&s)
                    ),
                );
            }
        }
    }
    root.finish(r, &TOP);
    Some(c)
}

fn read_brand(r: &mut Reader, b: Obj<'_>, warnings: &mut Vec<Problem>) -> Brand {
    let mut brand = Brand::default();
    for (key, slot) in [("accent", &mut brand.accent), ("text", &mut brand.text)] {
        let Some(s) = b.opt_string(r, key) else { continue };
        let at = b.at(key);
        match Rgb::parse(&s) {
            None => r.problem(&at, format!("\"{}\" is not a colour (use #rrggbb or #rgb)", shorten(&s))),
            Some(rgb) => {
                // Text also sits on the light surfaces of cards and chips.
                let (ratio, page) = match key {
                    "text" => (colour::contrast(rgb, colour::SURFACE), "the page's light surfaces"),
                    _ => (colour::contrast(rgb, WHITE), "the white page"),
                };
                if ratio >= MIN_CONTRAST {
                    *slot = Some(rgb);
                } else {
                    warnings.push(Problem {
                        path: at,
                        message: format!(
                            "{} has a contrast of {} with {page}; it needs 4.5:1 to stay readable, so the default colour is used",
                            rgb.hex(),
                            colour::ratio_text(ratio)
                        ),
                    });
                }
            }
        }
    }
    if let Some(url) = b.opt_string(r, "logo") {
        if is_https_url(&url) {
            brand.logo = Some(url);
        } else {
            r.problem(&b.at("logo"), format!("\"{}\" is not an https:// URL", shorten(&url)));
        }
    }
    brand.name = b.opt_text(r, "name");
    b.finish(r, &BRAND);
    brand
}

/// What a questionnaire made of a company's items cannot measure: without
/// ownership items nobody can be cultural, without pairs spontaneity rests
/// on the mood items alone, without candour items idealised answers go
/// unnoticed. The questionnaire still works, so these are warnings.
fn instrument_warnings(c: &Content) -> Vec<Problem> {
    let a = &c.assessment;
    let mut warnings = Vec::new();
    for role in &a.roles {
        let set = a.for_role(&role.id);
        let has = |k: ItemKind| set.items.iter().any(|i| i.kind == k);
        let within = if a.roles.len() > 1 { format!(" in the set for role \"{}\"", role.id) } else { String::new() };
        let mut warn = |message: String| warnings.push(Problem { path: "items".into(), message });
        if !has(ItemKind::Trait(Trait::Ownership)) {
            warn(format!("no ownership items{within}: without them nobody can reach the cultural level"));
        }
        if set.pairs().is_empty() {
            warn(format!(
                "no pair of situations (pressure_of){within}: spontaneity is then measured by the mood items alone"
            ));
        }
        if !has(ItemKind::Trait(Trait::Candour)) {
            warn(format!("no candour items{within}: idealised answers cannot be noticed"));
        }
    }
    warnings
}

/// `https://host/path…`, with nothing that could smuggle a second meaning.
pub fn is_https_url(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://") else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.contains('@')
        && s.chars().all(|c| c.is_ascii_graphic())
        && !s.contains(['"', '\'', '<', '>', '\\', '`'])
}

/// `https://host[:port]`, or `http://localhost[:port]` / `http://127.0.0.1[:port]` for testing.
pub fn is_origin(s: &str) -> bool {
    let rest = if let Some(r) = s.strip_prefix("https://") {
        r
    } else if let Some(r) = s.strip_prefix("http://") {
        let host = r.split(':').next().unwrap_or("");
        if host != "localhost" && host != "127.0.0.1" {
            return false;
        }
        r
    } else {
        return false;
    };
    let (host, port) = match rest.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    };
    !host.is_empty()
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The content a configuration makes: the company's items and journeys
/// added to the shipped ones, or replacing them.
pub fn apply(shipped: &Content, c: &Config) -> Content {
    let mut content = shipped.clone();
    if c.replace_items {
        content.assessment.items = c.items.clone();
    } else {
        content.assessment.items.extend(c.items.iter().cloned());
    }
    // A fixed role leaves one set: its items, and no choice to offer.
    if let Some(role) = &c.role {
        content.assessment = content.assessment.for_role(role);
        content.assessment.roles.retain(|x| &x.id == role);
    }
    if c.replace_journeys {
        content.journeys = c.journeys.clone();
    } else {
        content.journeys.extend(c.journeys.iter().cloned());
    }
    content
}

fn text_json(t: &Text, langs: &[Lang]) -> Value {
    let mut m = serde_json::Map::new();
    for l in if langs.is_empty() { &Lang::ALL[..] } else { langs } {
        m.insert(l.code().into(), Value::from(t.get(*l)));
    }
    Value::Object(m)
}

fn item_json(item: &Item, c: &Content, langs: &[Lang]) -> Value {
    let a = &c.assessment;
    let mut m = serde_json::Map::new();
    m.insert("id".into(), json!(item.id));
    m.insert("kind".into(), json!(item.kind.id()));
    m.insert("text".into(), text_json(&item.text, langs));
    // A pressure item is its circumstances only; the rest is its twin's.
    if let Some(of) = &item.pressure_of {
        m.insert("pressure_of".into(), json!(of));
        return Value::Object(m);
    }
    if !item.roles.is_empty() {
        m.insert("roles".into(), json!(item.roles));
    }
    if item.allows_na {
        m.insert("allows_na".into(), json!(true));
    }
    if item.kind.is_ladder() {
        m.insert(
            "qualities".into(),
            json!(item.qualities.iter().map(|&q| a.qualities[q].id.as_str()).collect::<Vec<_>>()),
        );
    }
    if let Some(b) = item.behaviour {
        m.insert("behaviour".into(), json!(c.ladder.behaviours[b].id));
    }
    match item.kind {
        ItemKind::Situation => {
            let options: Vec<Value> = item
                .choices
                .iter()
                .map(|ch| {
                    let mut o = serde_json::Map::new();
                    o.insert("id".into(), json!(ch.id));
                    o.insert("text".into(), text_json(&ch.text, langs));
                    o.insert("key".into(), json!(ch.value as i64));
                    if let Some(b) = ch.behaviour {
                        o.insert("behaviour".into(), json!(c.ladder.behaviours[b].id));
                    }
                    Value::Object(o)
                })
                .collect();
            m.insert("options".into(), Value::Array(options));
        }
        ItemKind::Trait(_) => {
            // The first agreement point scores 1 when the statement is reversed.
            let reversed = item.choices.first().is_some_and(|ch| ch.value > 0.5);
            m.insert("reversed".into(), json!(reversed));
        }
        _ => {}
    }
    Value::Object(m)
}

/// The configuration as JSON again; reading it back gives the same
/// configuration.
pub fn to_json(cfg: &Config, c: &Content) -> Value {
    let langs = &cfg.languages;
    let mut m = serde_json::Map::new();
    if !langs.is_empty() {
        m.insert("languages".into(), json!(langs.iter().map(|l| l.code()).collect::<Vec<_>>()));
    }
    if let Some(d) = cfg.default_language {
        m.insert("default_language".into(), json!(d.code()));
    }
    m.insert("parts".into(), json!(cfg.parts.id()));
    if let Some(t) = &cfg.intro {
        m.insert("intro".into(), text_json(t, langs));
    }
    let mut brand = serde_json::Map::new();
    if let Some(x) = cfg.brand.accent {
        brand.insert("accent".into(), json!(x.hex()));
    }
    if let Some(x) = cfg.brand.text {
        brand.insert("text".into(), json!(x.hex()));
    }
    if let Some(x) = &cfg.brand.logo {
        brand.insert("logo".into(), json!(x));
    }
    if let Some(x) = &cfg.brand.name {
        brand.insert("name".into(), text_json(x, langs));
    }
    if !brand.is_empty() {
        m.insert("brand".into(), Value::Object(brand));
    }
    if !cfg.items.is_empty() || cfg.replace_items {
        m.insert("items".into(), Value::Array(cfg.items.iter().map(|i| item_json(i, c, langs)).collect()));
        m.insert("replace_items".into(), json!(cfg.replace_items));
    }
    if !cfg.journeys.is_empty() || cfg.replace_journeys {
        let journeys: Vec<Value> = cfg
            .journeys
            .iter()
            .map(|j| {
                // Optional texts left empty are left out, as they came in.
                let optional = |t: &Text| (*t != Text::default()).then(|| text_json(t, langs));
                let tps: Vec<Value> = j
                    .touchpoints
                    .iter()
                    .map(|t| {
                        let mut v = json!({
                            "id": t.id, "name": text_json(&t.name, langs),
                            "channel": t.channel.id(), "client": t.client.id(),
                            "expectation": text_json(&t.expectation, langs), "handoff": t.handoff,
                        });
                        if let Some(who) = optional(&t.who) {
                            v["who"] = who;
                        }
                        v
                    })
                    .collect();
                let mut v = json!({ "id": j.id, "name": text_json(&j.name, langs), "touchpoints": tps });
                if let Some(d) = optional(&j.description) {
                    v["description"] = d;
                }
                v
            })
            .collect();
        m.insert("journeys".into(), Value::Array(journeys));
        m.insert("replace_journeys".into(), json!(cfg.replace_journeys));
    }
    if !cfg.hosts.is_empty() {
        m.insert("hosts".into(), json!(cfg.hosts));
    }
    if let Some(role) = &cfg.role {
        m.insert("role".into(), json!(role));
    }
    Value::Object(m)
}
