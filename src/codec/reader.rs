//! A small reader over parsed JSON that checks shape and collects every
//! problem with its path, so an author sees all mistakes at once
//! (`items[3](s04).options[1](b).key: missing`) instead of the first one only.

pub use crate::text::clean::{clean, is_hidden, is_unwanted};
use crate::text::lang::Text;
use crate::text::lang::is_code;
use serde_json::{Map, Value};
use std::fmt;

/// Longest string accepted anywhere in content or configuration.
pub const MAX_STRING_CHARS: usize = 2_000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() { f.write_str(&self.message) } else { write!(f, "{}: {}", self.path, self.message) }
    }
}

/// Collects problems while a document is read.
#[derive(Debug)]
pub struct Reader {
    pub problems: Vec<Problem>,
    /// Codes of the languages every text must have (content and
    /// configuration); a reader of another language is shown the nearest.
    pub langs: Vec<String>,
    /// How a person's own data is read (stored state, their files, links):
    /// invisible and control characters are removed rather than refused,
    /// and texts may be empty. Content and configuration are read strictly,
    /// so their authors see every such problem.
    pub lenient: bool,
}

impl Default for Reader {
    fn default() -> Self {
        Reader { problems: Vec::new(), langs: vec!["ru".into(), "en".into()], lenient: false }
    }
}

impl Reader {
    /// A reader for a person's own data.
    pub fn lenient() -> Reader {
        Reader { lenient: true, ..Reader::default() }
    }

    pub fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem { path: path.to_string(), message: message.into() });
    }

    pub fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<Obj<'v>> {
        match value {
            Value::Object(map) => Some(Obj { map, path: path.to_string() }),
            other => {
                self.problem(path, format!("expected an object, found {}", kind(other)));
                None
            }
        }
    }

    /// Reads a list, giving each element its indexed path.
    pub fn list<'v>(&mut self, value: &'v Value, path: &str) -> Vec<(String, &'v Value)> {
        match value {
            Value::Array(items) => items.iter().enumerate().map(|(i, v)| (format!("{path}[{i}]"), v)).collect(),
            other => {
                self.problem(path, format!("expected a list, found {}", kind(other)));
                Vec::new()
            }
        }
    }

    /// Text of at most `MAX_STRING_CHARS`, on one line or several.
    pub fn string(&mut self, value: &Value, path: &str) -> Option<String> {
        self.bounded(value, path, MAX_STRING_CHARS, true)
    }

    /// Text of at most `max` characters. Control, invisible and
    /// direction-changing characters are refused (strict) or removed
    /// (lenient); line breaks are allowed only when `multiline`.
    pub fn bounded(&mut self, value: &Value, path: &str, max: usize, multiline: bool) -> Option<String> {
        let Value::String(s) = value else {
            self.problem(path, format!("expected text, found {}", kind(value)));
            return None;
        };
        let s = if self.lenient {
            clean(s, multiline)
        } else if let Some((at, c)) = s.chars().enumerate().find(|(_, c)| is_unwanted(*c, multiline)) {
            self.problem(
                path,
                format!(
                    "contains an invisible, control or text-direction character (U+{:04X} at character {}); remove it",
                    c as u32,
                    at + 1
                ),
            );
            return None;
        } else {
            s.clone()
        };
        let chars = s.chars().count();
        if chars > max {
            self.problem(path, format!("text is {chars} characters long; the limit is {max}"));
            return None;
        }
        Some(s)
    }

    /// Text keyed by language code (`{"ru": …, "en": …}`). Strictly read,
    /// every required language must be there; leniently (a person's own
    /// data) a field may be blank.
    pub fn text(&mut self, value: &Value, path: &str) -> Option<Text> {
        let Value::Object(map) = value else {
            self.problem(path, format!("expected an object, found {}", kind(value)));
            return None;
        };
        let mut text = Text::default();
        for (code, v) in map {
            let at = format!("{path}.{}", shorten(code));
            if !is_code(code) {
                self.problem(&at, "not a language code (use e.g. \"ru\", \"en\", \"kk\")");
                continue;
            }
            let Some(s) = self.string(v, &at) else { continue };
            // A person's own words are kept exactly as typed (a backup must
            // import back identical); an author's are trimmed.
            if self.lenient {
                text.set(code, s);
            } else if !s.trim().is_empty() {
                text.set(code, s.trim());
            }
        }
        if !self.lenient {
            let langs = self.langs.clone();
            for code in langs.iter().filter(|c| text.in_code(c).is_none()) {
                self.problem(&format!("{path}.{code}"), "missing translation");
            }
        }
        if text.pairs().next().is_none() && !self.lenient {
            return None;
        }
        Some(text)
    }

    /// An identifier: short, lowercase ASCII letters, digits, `_` and `-`.
    pub fn id(&mut self, value: &Value, path: &str) -> Option<String> {
        let Value::String(s) = value else {
            self.problem(path, format!("expected an id, found {}", kind(value)));
            return None;
        };
        if is_plain_id(s) {
            Some(s.clone())
        } else {
            self.problem(
                path,
                format!("\"{}\" is not a valid id (use 1–64 lowercase letters, digits, _ or -)", shorten(s)),
            );
            None
        }
    }

    pub fn boolean(&mut self, value: &Value, path: &str) -> Option<bool> {
        match value {
            Value::Bool(b) => Some(*b),
            other => {
                self.problem(path, format!("expected true or false, found {}", kind(other)));
                None
            }
        }
    }

    pub fn integer(&mut self, value: &Value, path: &str) -> Option<i64> {
        match value.as_i64() {
            Some(n) => Some(n),
            None => {
                self.problem(path, format!("expected a whole number, found {}", kind(value)));
                None
            }
        }
    }

    /// Reports ids that occur more than once in a list.
    pub fn unique_ids<'a>(&mut self, path: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen: Vec<&str> = Vec::new();
        for id in ids {
            if seen.contains(&id) {
                self.problem(path, format!("id \"{id}\" is used more than once"));
            } else {
                seen.push(id);
            }
        }
    }

    pub fn into_result<T>(self, value: Option<T>) -> Result<T, Vec<Problem>> {
        match value {
            Some(v) if self.problems.is_empty() => Ok(v),
            _ if self.problems.is_empty() => {
                Err(vec![Problem { path: String::new(), message: "could not be read".into() }])
            }
            _ => Err(self.problems),
        }
    }
}

/// An object being read; `finish` reports fields nobody asked for.
pub struct Obj<'v> {
    map: &'v Map<String, Value>,
    pub path: String,
}

impl<'v> Obj<'v> {
    pub fn get(&self, key: &str) -> Option<&'v Value> {
        self.map.get(key)
    }

    pub fn at(&self, key: &str) -> String {
        if self.path.is_empty() { key.to_string() } else { format!("{}.{key}", self.path) }
    }

    /// Names this object by its id in every later path, so messages say
    /// which item they are about.
    pub fn named(&mut self, id: &str) {
        self.path = format!("{}({id})", self.path);
    }

    /// Names this object by its `id` field when that is a plausible id.
    pub fn name_by_id(&mut self) {
        if let Some(id) = self.map.get("id").and_then(Value::as_str).filter(|s| is_plain_id(s)) {
            self.named(id);
        }
    }

    pub fn required(&self, r: &mut Reader, key: &str) -> Option<&'v Value> {
        let v = self.map.get(key);
        if v.is_none() {
            r.problem(&self.at(key), "missing");
        }
        v
    }

    pub fn req_id(&self, r: &mut Reader, key: &str) -> Option<String> {
        self.required(r, key).and_then(|v| r.id(v, &self.at(key)))
    }

    pub fn req_string(&self, r: &mut Reader, key: &str) -> Option<String> {
        self.required(r, key).and_then(|v| r.string(v, &self.at(key)))
    }

    pub fn opt_string(&self, r: &mut Reader, key: &str) -> Option<String> {
        self.get(key).and_then(|v| r.string(v, &self.at(key)))
    }

    pub fn req_text(&self, r: &mut Reader, key: &str) -> Option<Text> {
        self.required(r, key).and_then(|v| r.text(v, &self.at(key)))
    }

    pub fn opt_text(&self, r: &mut Reader, key: &str) -> Option<Text> {
        self.get(key).and_then(|v| r.text(v, &self.at(key)))
    }

    pub fn opt_bool(&self, r: &mut Reader, key: &str) -> Option<bool> {
        self.get(key).and_then(|v| r.boolean(v, &self.at(key)))
    }

    pub fn req_list(&self, r: &mut Reader, key: &str) -> Vec<(String, &'v Value)> {
        match self.required(r, key) {
            Some(v) => r.list(v, &self.at(key)),
            None => Vec::new(),
        }
    }

    pub fn opt_list(&self, r: &mut Reader, key: &str) -> Option<Vec<(String, &'v Value)>> {
        self.get(key).map(|v| r.list(v, &self.at(key)))
    }

    pub fn finish(self, r: &mut Reader, known: &[&str]) {
        for key in self.map.keys() {
            if !known.contains(&key.as_str()) {
                r.problem(&self.at(&shorten(key)), format!("unknown field (expected one of: {})", known.join(", ")));
            }
        }
    }
}

fn is_plain_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Keeps hostile or huge input out of messages.
pub fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    let clean: String = s.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX {
        let head: String = clean.chars().take(MAX).collect();
        format!("{head}…")
    } else {
        clean
    }
}

/// The first few problems, for a message.
pub fn problem_summary(problems: &[Problem]) -> String {
    let mut lines: Vec<String> = problems.iter().take(3).map(|p| p.to_string()).collect();
    if problems.len() > 3 {
        lines.push(format!("and {} more", problems.len() - 3));
    }
    lines.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn collects_every_problem_with_its_path() {
        let v = json!({"a": {"ru": "", "en": "x"}, "b": 3, "extra": 1});
        let mut r = Reader::default();
        let obj = r.object(&v, "root").unwrap();
        let a = obj.req_text(&mut r, "a");
        let b = obj.req_string(&mut r, "b");
        let c = obj.req_string(&mut r, "c");
        obj.finish(&mut r, &["a", "b", "c"]);
        assert_eq!(a, Some(Text::from_pairs([("en".to_string(), "x".to_string())])));
        assert!(b.is_none() && c.is_none());
        let msgs: Vec<String> = r.problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            msgs,
            vec![
                "root.a.ru: missing translation",
                "root.b: expected text, found a number",
                "root.c: missing",
                "root.extra: unknown field (expected one of: a, b, c)",
            ]
        );
    }

    #[test]
    fn a_language_that_is_not_required_borrows_the_other() {
        let v = json!({"ru": "Privet"});
        let mut r = Reader { langs: vec!["ru".into()], ..Reader::default() };
        let t = r.text(&v, "t").unwrap();
        assert_eq!(t.for_code("en"), "Privet", "a reader of another language is shown the words there are");
        assert!(r.problems.is_empty());
    }

    #[test]
    fn long_strings_and_bad_ids_are_refused() {
        let long = "x".repeat(MAX_STRING_CHARS + 1);
        let mut r = Reader::default();
        assert!(r.string(&json!(long), "s").is_none());
        assert!(r.id(&json!("Bad Id"), "i").is_none());
        assert!(r.id(&json!("ok_id-2"), "i").is_some());
        assert_eq!(r.problems.len(), 2);
        assert!(r.problems[0].message.contains("limit is 2000"));
    }
}
