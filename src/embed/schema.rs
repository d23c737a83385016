//! The configuration's JSON Schema (`docs/config.schema.json`, shipped in
//! `dist/`), generated from the same declarations that read and check a
//! configuration (`config::ConfigDoc` and the types it is made of), so the
//! schema cannot drift from what the app accepts.

use crate::codec::model::Model;
use crate::embed::config::ConfigDoc;
use serde_json::{Value, json};

/// The schema as a JSON value.
pub fn schema() -> Value {
    let mut s = ConfigDoc::schema();
    if let Value::Object(m) = &mut s {
        let mut head = serde_json::Map::new();
        head.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
        head.insert("title".into(), json!("Service Ladder configuration"));
        head.append(m);
        return Value::Object(head);
    }
    s
}

/// The JSON Schema, as shipped.
pub fn generate() -> String {
    serde_json::to_string_pretty(&schema()).unwrap_or_default() + "\n"
}
