//! Fails the build when the built-in languages do not carry the same
//! message keys: a word missing in one language would otherwise show the
//! other's only at run time. (The native tests check the rest: placeholders,
//! and that every key the code names exists.)

use serde_json::Value;
use std::collections::BTreeSet;

fn keys(v: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    if let Value::Object(m) = v {
        let plural = m.contains_key("other")
            && m.keys().all(|k| matches!(k.as_str(), "zero" | "one" | "two" | "few" | "many" | "other"));
        if plural {
            out.insert(prefix.to_string());
            return;
        }
        for (k, v) in m {
            let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
            keys(v, &key, out);
        }
    } else {
        out.insert(prefix.to_string());
    }
}

fn main() {
    let mut sets = Vec::new();
    let mut names = Vec::new();
    for code in ["ru", "en"] {
        let path = format!("locales/{code}.json");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not valid JSON: {e}"));
        let mut set = BTreeSet::new();
        keys(&doc["messages"], "", &mut set);
        names.push((code, doc["name"].as_str().unwrap_or(code).to_string()));
        sets.push((code, set));
    }
    // Each built-in language's name in itself, from its table: the switch
    // shows it before that table is fetched (text::language_file).
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    let list: Vec<String> = names.iter().map(|(c, n)| format!("({c:?}, {n:?})")).collect();
    let code = format!("pub const BUILT_IN_NAMES: [(&str, &str); {}] = [{}];\n", names.len(), list.join(", "));
    std::fs::write(format!("{out}/built_in_names.rs"), code).unwrap_or_else(|e| panic!("{out}: {e}"));
    let (a, b) = (&sets[0], &sets[1]);
    let only_a: Vec<_> = a.1.difference(&b.1).collect();
    let only_b: Vec<_> = b.1.difference(&a.1).collect();
    if !only_a.is_empty() || !only_b.is_empty() {
        panic!(
            "the built-in languages differ in their message keys:\n  only in {}: {:?}\n  only in {}: {:?}",
            a.0, only_a, b.0, only_b
        );
    }
}
