//! A company's own configuration: languages, parts, intro wording, brand
//! colours, logo and name, their own journeys and questionnaire items, and
//! the host pages allowed to receive results, and the kind of work (role)
//! whose situations everyone gets. Validation is strict and bounded,
//! reports every problem at once with its path, and goes through the same
//! readers as the shipped content.

use crate::codec::model::{Codec, Id, List, Model, Opt};
use crate::codec::reader::{Problem, Reader, shorten};
use crate::content::cues::Cues;
use crate::content::observed::{Observed, ObservedDoc};
use crate::content::{self, Content, Item, ItemDoc, ItemKind, Trait, Vocabulary};
use crate::embed::colour::{self, Rgb, WHITE};
use crate::embed::languages::{self, Language, OwnLanguage};
use crate::text::lang::Text;
use crate::text::language_file::{Code, LanguageFile};
use crate::walk::journey::Journey;
use serde_json::Value;
#[cfg(not(target_arch = "wasm32"))]
use serde_json::json;

pub const MAX_CONFIG_BYTES: usize = 256 * 1024;
pub const MAX_ITEMS: usize = 500;
pub const MAX_JOURNEYS: usize = 50;
pub const MAX_HOSTS: usize = 20;
/// Contrast the brand colours need against the white page: text and the
/// white text on accent-coloured buttons are both text (WCAG 1.4.3).
/// (Messages spell it "4.5:1": formatting a float would pull kilobytes of
/// float printing into the wasm.)
pub const MIN_CONTRAST: f64 = 4.5;

crate::choice! {
    /// Which parts of the app to show.
    pub enum Parts { Both = "both", Assessment = "assessment", Walkthrough = "walkthrough" }
}

#[allow(clippy::derivable_impls)] // the enum comes from choice!
impl Default for Parts {
    fn default() -> Parts {
        Parts::Both
    }
}

impl Parts {
    pub fn assessment(self) -> bool {
        self != Parts::Walkthrough
    }

    pub fn walkthrough(self) -> bool {
        self != Parts::Assessment
    }
}

/// A colour written `#rrggbb` or `#rgb`.
pub struct Colour;

impl Codec<Rgb> for Colour {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Rgb> {
        let s = r.bounded(v, path, 7, false)?;
        let rgb = Rgb::parse(&s);
        if rgb.is_none() {
            r.problem(path, format!("\"{}\" is not a colour (use #rrggbb or #rgb)", shorten(&s)));
        }
        rgb
    }
    fn write(c: &Rgb) -> Value {
        Value::from(c.hex())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        json!({ "type": "string", "pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$" })
    }
}

/// An `https://` URL with nothing that could smuggle a second meaning.
pub struct HttpsUrl;

impl Codec<String> for HttpsUrl {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<String> {
        let s = r.string(v, path)?;
        if is_https_url(&s) {
            Some(s)
        } else {
            r.problem(path, format!("\"{}\" is not an https:// URL", shorten(&s)));
            None
        }
    }
    fn write(s: &String) -> Value {
        Value::from(s.as_str())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        json!({ "type": "string", "pattern": "^https://[^\\s@/]+(/\\S*)?$", "maxLength": crate::codec::reader::MAX_STRING_CHARS })
    }
}

/// A web origin: `https://host[:port]` (or a local test origin).
pub struct Origin;

impl Codec<String> for Origin {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<String> {
        let s = r.bounded(v, path, 300, false)?;
        if is_origin(&s) {
            Some(s)
        } else {
            r.problem(
                path,
                format!("\"{}\" is not an origin (https://host or https://host:port, nothing after it)", shorten(&s)),
            );
            None
        }
    }
    fn write(s: &String) -> Value {
        Value::from(s.as_str())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        json!({ "type": "string", "pattern": "^(https://[A-Za-z0-9.-]+|http://(localhost|127\\.0\\.0\\.1))(:[0-9]{1,5})?$" })
    }
}

crate::model! {
    /// Branding is an allowlist: colours, a logo, a name. Never CSS or HTML.
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct Brand {
        /// Buttons, links and focus. Needs 4.5:1 contrast with white, or the default is used.
        pub accent: Option<Rgb> as Opt<Colour> = None,
        /// Body text. Needs 4.5:1 contrast with white, or the default is used.
        pub text: Option<Rgb> as Opt<Colour> = None,
        /// An https:// image URL. The host page's CSP must allow its origin in img-src.
        pub logo: Option<String> as Opt<HttpsUrl> = None,
        /// The company's display name, shown in the header.
        pub name: Option<Text> = None,
    }
}

crate::model! {
    /// A Service Ladder configuration: what a company changes for its staff.
    #[derive(Clone, Debug, PartialEq, Default)]
    pub struct ConfigDoc {
        /// Languages offered, in order: built-in ones by code ("ru", "en") and a company's own
        /// ({"code": "kk", "name": "Қазақша", "file": "kk.json", "fallback": "ru"}, or the words
        /// inline). Default: both built-in ones.
        pub languages: Option<Vec<Language>> as Opt<List<Language, 1, 8>> = None,
        /// The language shown first when the browser's is not offered.
        pub default_language: Option<String> as Opt<Code> = None,
        /// Which parts to show. Default: both.
        pub parts: Parts = Parts::Both,
        /// Wording of the start screen's introduction.
        pub intro: Option<Text> = None,
        pub brand: Brand = Brand::default(),
        /// The kind of work (role id) whose situations everyone gets; nobody is asked to choose.
        pub role: Option<String> as Opt<Id> = None,
        /// Questionnaire items, added to the shipped ones (or replacing them).
        pub items: Vec<ItemDoc> as List<ItemDoc, 0, MAX_ITEMS> = Vec::new(),
        /// Replace the shipped items instead of adding to them.
        pub replace_items: bool = false,
        /// Customer-journey templates, added to the shipped ones (or replacing them).
        pub journeys: Vec<Journey> as List<Journey, 0, MAX_JOURNEYS> = Vec::new(),
        /// Replace the shipped journeys instead of adding to them.
        pub replace_journeys: bool = false,
        /// What a colleague is asked about a person (moments they can have seen, each answered
        /// below / as / beyond what the client expected); replaces the shipped list when given.
        pub observed: Vec<ObservedDoc> as List<ObservedDoc, 0, { crate::content::observed::MAX_OBSERVED }> = Vec::new(),
        /// Origins of host pages allowed to receive results through events.
        pub hosts: Vec<String> as List<Origin, 0, MAX_HOSTS> = Vec::new(),
        /// Where share links open: an https page of the company's where the widget runs with this
        /// configuration. Needed when the configuration is inline and changes the questions or
        /// journeys (a configuration file needs none: links carry its name).
        pub share_page: Option<String> as Opt<HttpsUrl> = None,
        /// The team view's privacy threshold, 3 to 10 (default 5): a collection with fewer people
        /// shows no team figures at all, groups (labels) with fewer are folded into "other", and a
        /// comparison where fewer people differ between the two sides is not shown.
        pub team_threshold: Option<usize> as Opt<GroupSize> = None,
    }
}

/// The smallest group the team view shows on its own.
pub struct GroupSize;

impl Codec<usize> for GroupSize {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<usize> {
        use crate::team::threshold::{MAX_THRESHOLD as HI, MIN_THRESHOLD as LO};
        let n = r.integer(v, path)?;
        match usize::try_from(n) {
            Ok(n) if (LO..=HI).contains(&n) => Some(n),
            _ => {
                r.problem(
                    path,
                    format!(
                        "{n} is out of range: {LO} to {HI} people (fewer than {LO} would let colleagues tell one person's answers)"
                    ),
                );
                None
            }
        }
    }
    fn write(n: &usize) -> Value {
        Value::from(*n)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        use crate::team::threshold::{MAX_THRESHOLD, MIN_THRESHOLD};
        json!({ "type": "integer", "minimum": MIN_THRESHOLD, "maximum": MAX_THRESHOLD })
    }
}

/// A configuration in force: its document, and what it was resolved to.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Config {
    /// As the company wrote it; written back by `to_json`.
    pub doc: ConfigDoc,
    /// Codes of the languages offered, in order; empty means both built-in ones.
    pub languages: Vec<String>,
    /// The company's own languages as configured (a file still to fetch, or inline words).
    pub own: Vec<OwnLanguage>,
    /// The company's own languages' words, read (inline, or from their files).
    pub words: Vec<LanguageFile>,
    pub default_language: Option<String>,
    pub parts: Parts,
    pub intro: Option<Text>,
    /// Colours that fail contrast are left out (with a warning).
    pub brand: Brand,
    pub items: Vec<Item>,
    /// The company's items replace the shipped ones (otherwise they are added).
    pub replace_items: bool,
    pub journeys: Vec<Journey>,
    pub replace_journeys: bool,
    /// The company's moments for a colleague's view, when it gave its own.
    pub observed: Option<Vec<Observed>>,
    /// Origins of host pages that may receive results.
    pub hosts: Vec<String>,
    /// The role (kind of work) whose set of situations everyone gets; the
    /// person is then not asked to choose one.
    pub role: Option<String>,
    /// Where share links open, when not on the app's own page.
    pub share_page: Option<String>,
    /// The team view's privacy threshold (see `team::threshold`).
    pub team_threshold: Option<usize>,
}

impl Config {
    /// The team view's privacy threshold, 3 to 10.
    pub fn team_threshold(&self) -> usize {
        crate::team::threshold::threshold(self.team_threshold.unwrap_or(crate::team::threshold::DEFAULT_THRESHOLD))
    }
}

/// A valid configuration, the content it makes, and what was set aside
/// (colours that fail contrast) with the reason.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub config: Config,
    pub content: Content,
    pub warnings: Vec<Problem>,
}

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
    // Texts need only the built-in languages the company offers (its own
    // take their words from their files, or their fallback's).
    let required = languages::required_codes(&value);
    if !required.is_empty() {
        r.langs = required;
    }
    let doc = <ConfigDoc as Model>::read(&mut r, &value, "");
    let mut warnings = Vec::new();
    let config = doc.and_then(|doc| resolve(&mut r, doc, shipped, &mut warnings));
    if !r.problems.is_empty() {
        return Err(r.problems);
    }
    let Some(config) = config else {
        return Err(vec![Problem { path: String::new(), message: "could not be read".into() }]);
    };
    let mut content = apply(shipped, &config);
    let mut config = config;
    // Inline languages now; those in files once fetched (`add_files`).
    for (i, own) in config.own.clone().iter().enumerate() {
        if own.file.is_none() {
            let file = own.with_file(None);
            warnings.extend(use_words(&mut content, &file, i, &config));
            config.words.push(file);
        }
    }
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

/// The rules across fields and against the shipped content.
fn resolve(r: &mut Reader, doc: ConfigDoc, shipped: &Content, warnings: &mut Vec<Problem>) -> Option<Config> {
    let (languages, own) = languages::check(r, doc.languages.as_deref().unwrap_or_default());
    if let Some(d) = &doc.default_language
        && !languages.is_empty()
        && !languages.contains(d)
    {
        r.problem("default_language", format!("\"{d}\" is not among the configured languages"));
    }
    let mut brand = doc.brand.clone();
    for (key, slot) in [("accent", &mut brand.accent), ("text", &mut brand.text)] {
        let Some(rgb) = *slot else { continue };
        // Text also sits on the light surfaces of cards and chips.
        let (ratio, page) = match key {
            "text" => (colour::contrast(rgb, colour::SURFACE), "the page's light surfaces"),
            _ => (colour::contrast(rgb, WHITE), "the white page"),
        };
        if ratio < MIN_CONTRAST {
            *slot = None;
            warnings.push(Problem {
                path: format!("brand.{key}"),
                message: format!(
                    "{} has a contrast of {} with {page}; it needs 4.5:1 to stay readable, so the default colour is used",
                    rgb.hex(),
                    colour::ratio_text(ratio)
                ),
            });
        }
    }
    let a = &shipped.assessment;
    let quality_ids: Vec<String> = a.qualities.iter().map(|q| q.id.clone()).collect();
    let role_ids: Vec<String> = a.roles.iter().map(|x| x.id.clone()).collect();
    if let Some(role) = &doc.role
        && !role_ids.contains(role)
    {
        r.problem("role", format!("unknown role \"{}\" (use one of: {})", shorten(role), role_ids.join(", ")));
    }
    let mut items = Vec::new();
    if !doc.items.is_empty() {
        let vocabulary = Vocabulary {
            quality_ids: &quality_ids,
            role_ids: &role_ids,
            frequency: &a.frequency,
            agreement: &a.agreement,
            ladder: &shipped.ladder,
        };
        let before = r.problems.len();
        let mut paths = Vec::new();
        for (i, d) in doc.items.iter().enumerate() {
            // An item with a problem of its own is not checked further.
            let own = format!("items[{i}]");
            if r.problems.iter().any(|p| p.path.strip_prefix(&own).is_some_and(|rest| rest.starts_with(['(', '.']))) {
                continue;
            }
            if let Some(item) = d.resolve(r, &format!("items[{i}]({})", d.id), &vocabulary) {
                items.push(item);
                paths.push(format!("items[{i}]"));
            }
        }
        let mut ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
        if !doc.replace_items {
            ids.extend(a.items.iter().map(|i| i.id.as_str()));
        }
        r.unique_ids("items", ids);
        // Pairs are checked on sound items only (see content::read_assessment).
        if r.problems.len() == before {
            let earlier: &[Item] = if doc.replace_items { &[] } else { &a.items };
            content::link_pairs(r, &mut items, &paths, earlier);
            content::check_opposites(r, &items, &paths, earlier);
        }
        // Options that give the answer away still work; the web developer
        // is told which to reword.
        // Each language's cue words are in its table (a company language's
        // file is read later: its options are checked for length only).
        // (In the browser the tables are fetched apart: there the options
        // are checked for length only; `make test` checks a configuration
        // natively with every check.)
        #[cfg(not(target_arch = "wasm32"))]
        let table = |c: &str| crate::text::language_file::built_in(c, crate::text::words::native_plural);
        #[cfg(target_arch = "wasm32")]
        let table = |_: &str| None;
        let codes: Vec<String> = r.langs.clone();
        let langs: Vec<Cues> = codes.iter().map(|c| Cues::new(c, table(c))).collect();
        for (item, path) in items.iter().zip(&paths) {
            warnings.extend(crate::content::cues::check(item, path, &langs));
        }
    } else if doc.replace_items {
        r.problem("replace_items", "replacing the items needs a list of items");
    }
    let observed = (!doc.observed.is_empty())
        .then(|| crate::content::observed::resolve(r, "observed", &doc.observed, &quality_ids));
    if !doc.journeys.is_empty() {
        let mut ids: Vec<&str> = doc.journeys.iter().map(|j| j.id.as_str()).collect();
        if !doc.replace_journeys {
            ids.extend(shipped.journeys.iter().map(|j| j.id.as_str()));
        }
        r.unique_ids("journeys", ids);
    } else if doc.replace_journeys {
        r.problem("replace_journeys", "replacing the journeys needs a list of journeys");
    }
    Some(Config {
        languages,
        own,
        words: Vec::new(),
        default_language: doc.default_language.clone(),
        parts: doc.parts,
        intro: doc.intro.clone(),
        brand,
        items,
        replace_items: doc.replace_items,
        journeys: doc.journeys.clone(),
        replace_journeys: doc.replace_journeys,
        observed,
        hosts: doc.hosts.clone(),
        role: doc.role.clone(),
        share_page: doc.share_page.clone(),
        team_threshold: doc.team_threshold,
        doc,
    })
}

/// A company language's content texts set on the content, and what it
/// lacks, as a notice for the preview (the index is the language's among
/// the company's own).
fn use_words(content: &mut Content, file: &LanguageFile, own_at: usize, config: &Config) -> Vec<Problem> {
    crate::content::keys::overlay(content, &file.code, &file.content);
    let at = config.languages.iter().position(|c| *c == file.code).unwrap_or(own_at);
    let (messages, texts) = languages::missing(file, content);
    let fallback = file.fallback.as_deref().unwrap_or("en");
    let mut out = Vec::new();
    for (what, keys) in [("messages", messages), ("content texts", texts)] {
        if !keys.is_empty() {
            out.push(Problem {
                path: format!("languages[{at}]({})", file.code),
                message: format!("{} {what} missing, shown in \"{fallback}\": {}", keys.len(), keys.join(", ")),
            });
        }
    }
    out
}

/// The company languages' files, as fetched (by code: the file's text, or
/// why it could not be fetched), added to a configuration read by `read`:
/// each checked like every document, its content texts set; a file with a
/// problem makes the configuration's problems (the app then runs with the
/// built-in languages and content).
pub fn add_files(mut applied: Applied, fetched: &[(String, Result<String, String>)]) -> Result<Applied, Vec<Problem>> {
    let mut problems = Vec::new();
    let config = applied.config.clone();
    for own in &config.own {
        let Some(name) = &own.file else { continue };
        let at = format!("languages[{}]", config.languages.iter().position(|c| *c == own.code).unwrap_or(0));
        let text = fetched.iter().find(|(c, _)| *c == own.code).map(|(_, t)| t.clone());
        match text {
            Some(Ok(text)) => match languages::read_file(&at, name, &own.code, &text) {
                Ok(file) => {
                    let file = own.with_file(Some(file));
                    let notes = use_words(&mut applied.content, &file, 0, &config);
                    applied.warnings.extend(notes);
                    applied.config.words.push(file);
                }
                Err(p) => problems.extend(p),
            },
            Some(Err(why)) => problems
                .push(Problem { path: format!("{at}.file"), message: format!("{name} could not be loaded: {why}") }),
            None => problems.push(Problem { path: format!("{at}.file"), message: format!("{name} was not fetched") }),
        }
    }
    if problems.is_empty() { Ok(applied) } else { Err(problems) }
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
    if let Some(observed) = &c.observed {
        content.assessment.observed = observed.clone();
    }
    if c.replace_journeys {
        content.journeys = c.journeys.clone();
    } else {
        content.journeys.extend(c.journeys.iter().cloned());
    }
    content
}

/// The configuration as JSON again, as the company wrote it; reading it
/// back gives the same configuration.
pub fn to_json(cfg: &Config, _c: &Content) -> Value {
    cfg.doc.write()
}
