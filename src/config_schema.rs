//! The configuration's shape as Rust types, for generating its JSON Schema
//! (`docs/config.schema.json`, shipped in `dist/`). Validation itself is in
//! `config.rs`; `tests/config.rs` keeps the two in step by checking the
//! complete example against both.
#![allow(dead_code)]

use schemars::JsonSchema;
use serde::Deserialize;

/// A Service Ladder configuration: what a company changes for its staff.
#[derive(JsonSchema, Deserialize)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Service Ladder configuration")]
pub struct Configuration {
    /// Languages offered, in order. Default: both.
    languages: Option<Vec<LangCode>>,
    /// The language shown first when the browser's is not offered.
    default_language: Option<LangCode>,
    /// Which parts to show. Default: both.
    parts: Option<Parts>,
    /// Wording of the start screen's introduction.
    intro: Option<Text>,
    brand: Option<Brand>,
    /// Questionnaire items, added to the shipped ones (or replacing them).
    #[schemars(length(max = 500))]
    items: Option<Vec<Item>>,
    /// Replace the shipped items instead of adding to them.
    replace_items: Option<bool>,
    /// Customer-journey templates, added to the shipped ones (or replacing them).
    #[schemars(length(max = 50))]
    journeys: Option<Vec<Journey>>,
    replace_journeys: Option<bool>,
    /// Origins of host pages allowed to receive results through events.
    #[schemars(length(max = 20))]
    hosts: Option<Vec<Origin>>,
    /// The kind of work whose situations everyone gets (a role id of the
    /// shipped content: mixed, car_dealership, shop, hospitality, office);
    /// by default each person chooses.
    role: Option<Id>,
    /// The team view folds groups (labels) with fewer people than this into
    /// "other", so no one can be identified. Default: 3.
    #[schemars(range(min = 2, max = 1000))]
    team_threshold: Option<u32>,
}

#[derive(JsonSchema, Deserialize)]
#[serde(rename_all = "lowercase")]
enum LangCode {
    Ru,
    En,
}

#[derive(JsonSchema, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Parts {
    Both,
    Assessment,
    Walkthrough,
}

/// Text in the configured languages.
#[derive(JsonSchema, Deserialize)]
#[serde(deny_unknown_fields)]
struct Text {
    #[schemars(length(min = 1, max = 2000))]
    ru: Option<String>,
    #[schemars(length(min = 1, max = 2000))]
    en: Option<String>,
}

/// Branding is an allowlist: colours, a logo, a name. Never CSS or HTML.
#[derive(JsonSchema, Deserialize)]
#[serde(deny_unknown_fields)]
struct Brand {
    /// Buttons, links and focus. Needs 4.5:1 contrast with white, or the default is used.
    #[schemars(regex(pattern = r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"))]
    accent: Option<String>,
    /// Body text. Needs 4.5:1 contrast with white, or the default is used.
    #[schemars(regex(pattern = r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"))]
    text: Option<String>,
    /// An https:// image URL. The host page's CSP must allow its origin in img-src.
    #[schemars(regex(pattern = r"^https://[^\s@/]+(/\S*)?$"), length(max = 2000))]
    logo: Option<String>,
    /// The company's display name, shown in the header.
    name: Option<Text>,
}

#[derive(JsonSchema, Deserialize)]
#[serde(transparent)]
struct Origin(
    #[schemars(regex(pattern = r"^(https://[A-Za-z0-9.-]+|http://(localhost|127\.0\.0\.1))(:[0-9]{1,5})?$"))]
    String,
);

#[derive(JsonSchema, Deserialize)]
#[serde(transparent)]
struct Id(#[schemars(regex(pattern = "^[a-z0-9_-]{1,64}$"))] String);

/// One questionnaire item; `kind` decides its shape.
#[derive(JsonSchema, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
enum Item {
    /// A scene with options keyed −1 (disappointment), 0 (standard), +1 («wow»).
    /// With `pressure_of` it is the same scene "when you are rushed, tired or
    /// the client is rude": then only `id`, `text` and `pressure_of` are
    /// given, and the rest comes from that item.
    Situation {
        id: Id,
        text: Text,
        /// Id of the ordinary-day situation this one repeats under pressure.
        pressure_of: Option<Id>,
        /// Ids of the qualities it measures (not with `pressure_of`).
        #[schemars(length(min = 1))]
        qualities: Option<Vec<Id>>,
        /// Not with `pressure_of`. The shortest option should be at least 80 %
        /// of the longest, with no words that mark the expected answer.
        #[schemars(length(min = 3, max = 6))]
        options: Option<Vec<Choice>>,
        roles: Option<Vec<Id>>,
        allows_na: Option<bool>,
    },
    /// How often the person shows a «wow» behaviour (never … always).
    Frequency {
        id: Id,
        text: Text,
        #[schemars(length(min = 1))]
        qualities: Vec<Id>,
        /// Id of a «wow» behaviour of the ladder.
        behaviour: Option<Id>,
        roles: Option<Vec<Id>>,
        allows_na: Option<bool>,
    },
    /// How often the person shows a disappointment behaviour; high is bad.
    Reverse {
        id: Id,
        text: Text,
        #[schemars(length(min = 1))]
        qualities: Vec<Id>,
        /// Id of a disappointment behaviour of the ladder.
        behaviour: Option<Id>,
        roles: Option<Vec<Id>>,
        allows_na: Option<bool>,
    },
    /// An agreement statement on mood dependence.
    Mood { id: Id, text: Text, reversed: Option<bool>, roles: Option<Vec<Id>> },
    /// An agreement statement on reliance on scripts.
    Script { id: Id, text: Text, reversed: Option<bool>, roles: Option<Vec<Id>> },
    /// An agreement statement on service as one's own conviction.
    Ownership { id: Id, text: Text, reversed: Option<bool>, roles: Option<Vec<Id>> },
    /// A claim of an ideal nobody keeps every day ("I have never once been
    /// impatient with a client"); agreeing lowers the result's certainty.
    Candour { id: Id, text: Text, reversed: Option<bool>, roles: Option<Vec<Id>> },
}

#[derive(JsonSchema, Deserialize)]
#[serde(deny_unknown_fields)]
struct Choice {
    /// Any id but "na", which is kept for "does not happen in my job".
    id: Id,
    text: Text,
    /// −1, 0 or 1.
    #[schemars(range(min = -1, max = 1))]
    key: i8,
    /// Id of a ladder behaviour on the same rung.
    behaviour: Option<Id>,
}

#[derive(JsonSchema, Deserialize)]
#[serde(deny_unknown_fields)]
struct Journey {
    id: Id,
    name: Text,
    description: Option<Text>,
    #[schemars(length(min = 1, max = 40))]
    touchpoints: Vec<Touchpoint>,
}

#[derive(JsonSchema, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Channel {
    FaceToFace,
    Phone,
    Email,
    Web,
    Messenger,
}

#[derive(JsonSchema, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Client {
    External,
    Internal,
}

#[derive(JsonSchema, Deserialize)]
#[serde(deny_unknown_fields)]
struct Touchpoint {
    id: Id,
    name: Text,
    /// The department or person.
    who: Option<Text>,
    channel: Channel,
    client: Option<Client>,
    /// What the client expects here.
    expectation: Text,
    /// The client is handed to another department here.
    handoff: Option<bool>,
}

/// The JSON Schema, as shipped.
pub fn generate() -> String {
    let schema = schemars::schema_for!(Configuration);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}
