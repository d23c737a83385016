//! One shape per document type. A type declared with [`model!`] (or
//! [`choice!`]) gets, from that one declaration, its reader — which checks
//! shape, limits and characters and reports every problem with its path —
//! its writer, and (natively) its JSON Schema. Stored state, imported files,
//! share links, the configuration and the shipped content all come in
//! through these readers, so nothing from outside is used unchecked.
//!
//! Field limits are given by codecs: `name: String as Line<200>` reads a
//! single line of at most 200 characters. A field with `= default` is
//! optional: absent means the default, and the default is not written.

use crate::codec::reader::{Obj, Reader};
use crate::text::lang::Text;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::marker::PhantomData;

/// A type read from and written to JSON through one declared shape.
pub trait Model: Sized {
    /// Reads and checks a value, recording every problem in `r`.
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Self>;
    fn write(&self) -> Value;
    /// The shape as JSON Schema (generated for documentation, never shipped as code).
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value;
}

/// How one field is read, written and described: the type's own [`Model`],
/// or a codec that adds limits (`Line<200>`, `Range<-1, 1>`, `List<_, 0, 40>`).
pub trait Codec<T> {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<T>;
    fn write(t: &T) -> Value;
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value;
}

impl<T: Model> Codec<T> for T {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<T> {
        T::read(r, v, path)
    }
    fn write(t: &T) -> Value {
        t.write()
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        T::schema()
    }
}

/// Reads a whole document of type `T`; every problem at once, or the value.
pub fn read_as<T: Model>(mut r: Reader, v: &Value) -> Result<T, Vec<crate::codec::reader::Problem>> {
    let out = T::read(&mut r, v, "");
    r.into_result(out)
}

/// Whether a value would be accepted again as it is: the same reader every
/// document passes, applied to a value built in memory (from a share link,
/// say) before it is used or kept.
pub fn recheck<T: Model>(t: &T) -> Result<(), Vec<crate::codec::reader::Problem>> {
    read_as::<T>(Reader::lenient(), &t.write()).map(|_| ())
}

impl Model for bool {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<bool> {
        r.boolean(v, path)
    }
    fn write(&self) -> Value {
        Value::Bool(*self)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "boolean" })
    }
}

impl<T: Model> Model for Option<T> {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Option<T>> {
        if v.is_null() { Some(None) } else { T::read(r, v, path).map(Some) }
    }
    fn write(&self) -> Value {
        self.as_ref().map_or(Value::Null, Model::write)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        T::schema()
    }
}

/// An identifier: 1–64 lowercase ASCII letters, digits, `_` and `-`.
pub struct Id;

impl Codec<String> for Id {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<String> {
        r.id(v, path)
    }
    fn write(t: &String) -> Value {
        Value::String(t.clone())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "string", "pattern": "^[a-z0-9_-]{1,64}$" })
    }
}

/// One line of text, at most `N` characters; no control, invisible or
/// direction-changing characters.
pub struct Line<const N: usize>;

impl<const N: usize> Codec<String> for Line<N> {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<String> {
        r.bounded(v, path, N, false)
    }
    fn write(t: &String) -> Value {
        Value::String(t.clone())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "string", "maxLength": N })
    }
}

/// Text that may run over several lines (a note), at most `N` characters.
pub struct Para<const N: usize>;

impl<const N: usize> Codec<String> for Para<N> {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<String> {
        r.bounded(v, path, N, true)
    }
    fn write(t: &String) -> Value {
        Value::String(t.clone())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "string", "maxLength": N })
    }
}

/// A whole number from `MIN` to `MAX`.
pub struct Range<const MIN: i64, const MAX: i64>;

macro_rules! range_codec {
    ($($t:ty),*) => {$(
        impl<const MIN: i64, const MAX: i64> Codec<$t> for Range<MIN, MAX> {
            fn read(r: &mut Reader, v: &Value, path: &str) -> Option<$t> {
                let n = r.integer(v, path)?;
                match <$t>::try_from(n) {
                    Ok(x) if (MIN..=MAX).contains(&n) => Some(x),
                    _ => {
                        r.problem(path, format!("{n} is out of range ({MIN} to {MAX})"));
                        None
                    }
                }
            }
            fn write(t: &$t) -> Value {
                Value::from(*t)
            }
            #[cfg(not(target_arch = "wasm32"))]
            fn schema() -> Value {
                serde_json::json!({ "type": "integer", "minimum": MIN, "maximum": MAX })
            }
        }
    )*};
}
range_codec!(i8, u8, u16, u32, u64, i32, usize);

/// A list of `MIN` to `MAX` elements, each read with `C`.
pub struct List<C, const MIN: usize, const MAX: usize>(PhantomData<C>);

impl<T, C: Codec<T>, const MIN: usize, const MAX: usize> Codec<Vec<T>> for List<C, MIN, MAX> {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Vec<T>> {
        let before = r.problems.len();
        let items = r.list(v, path);
        if items.len() < MIN && v.is_array() {
            r.problem(path, format!("needs at least {MIN} (found {})", items.len()));
        }
        if items.len() > MAX {
            r.problem(path, format!("{} entries; the limit is {MAX}", items.len()));
            return None;
        }
        // What could be read is kept, so the checks after it still report
        // their problems too; the problems recorded refuse the document.
        let out: Vec<T> = items.into_iter().filter_map(|(p, v)| C::read(r, v, &p)).collect();
        (r.problems.len() == before || v.is_array()).then_some(out)
    }
    fn write(t: &Vec<T>) -> Value {
        Value::Array(t.iter().map(C::write).collect())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        let mut s = serde_json::json!({ "type": "array", "items": C::schema(), "maxItems": MAX });
        if MIN > 0 {
            s["minItems"] = Value::from(MIN);
        }
        s
    }
}

/// A set of at most `MAX` elements, kept as a JSON list.
pub struct Set<C, const MAX: usize>(PhantomData<C>);

impl<T: Ord, C: Codec<T>, const MAX: usize> Codec<BTreeSet<T>> for Set<C, MAX> {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<BTreeSet<T>> {
        // Inserted one by one: collecting sorts first, and each element
        // type would bring its own sort into the wasm.
        <List<C, 0, MAX> as Codec<Vec<T>>>::read(r, v, path).map(|v| {
            let mut set = BTreeSet::new();
            for x in v {
                set.insert(x);
            }
            set
        })
    }
    fn write(t: &BTreeSet<T>) -> Value {
        Value::Array(t.iter().map(C::write).collect())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        let mut s = <List<C, 0, MAX> as Codec<Vec<T>>>::schema();
        s["uniqueItems"] = Value::Bool(true);
        s
    }
}

/// A map from keys read with `K` to values read with `V`, at most `MAX`
/// entries, kept as a JSON object.
pub struct Dict<K, V, const MAX: usize>(PhantomData<(K, V)>);

impl<T, K: Codec<String>, V: Codec<T>, const MAX: usize> Codec<BTreeMap<String, T>> for Dict<K, V, MAX> {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<BTreeMap<String, T>> {
        let Value::Object(m) = v else {
            r.problem(path, "expected an object");
            return None;
        };
        if m.len() > MAX {
            r.problem(path, format!("{} entries; the limit is {MAX}", m.len()));
            return None;
        }
        let mut out = BTreeMap::new();
        for (k, v) in m {
            let at = format!("{path}.{}", crate::codec::reader::shorten(k));
            let key = K::read(r, &Value::String(k.clone()), &at);
            let value = V::read(r, v, &at);
            if let (Some(key), Some(value)) = (key, value) {
                out.insert(key, value);
            }
        }
        // As for lists: what was read is kept, the problems refuse the document.
        Some(out)
    }
    fn write(t: &BTreeMap<String, T>) -> Value {
        // Inserted one by one, as for `Set`: no sort per value type.
        let mut m = Map::new();
        for (k, v) in t {
            m.insert(k.clone(), V::write(v));
        }
        Value::Object(m)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        let mut s = serde_json::json!({
            "type": "object", "additionalProperties": V::schema(), "maxProperties": MAX
        });
        if let Some(p) = K::schema().get("pattern") {
            s["propertyNames"] = serde_json::json!({ "pattern": p });
        }
        s
    }
}

/// A fixed number of values, as a JSON list of exactly `N`.
pub struct Array<C>(PhantomData<C>);

impl<T: Copy + Default, C: Codec<T>, const N: usize> Codec<[T; N]> for Array<C> {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<[T; N]> {
        let items = r.list(v, path);
        if items.len() != N {
            r.problem(path, format!("needs exactly {N} entries (found {})", items.len()));
            return None;
        }
        let mut out = [T::default(); N];
        let mut ok = true;
        for (slot, (p, v)) in out.iter_mut().zip(items) {
            match C::read(r, v, &p) {
                Some(x) => *slot = x,
                None => ok = false,
            }
        }
        ok.then_some(out)
    }
    fn write(t: &[T; N]) -> Value {
        Value::Array(t.iter().map(C::write).collect())
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        serde_json::json!({ "type": "array", "items": C::schema(), "minItems": N, "maxItems": N })
    }
}

/// An optional field read with `C` when present.
pub struct Opt<C>(PhantomData<C>);

impl<T, C: Codec<T>> Codec<Option<T>> for Opt<C> {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Option<T>> {
        if v.is_null() { Some(None) } else { C::read(r, v, path).map(Some) }
    }
    fn write(t: &Option<T>) -> Value {
        t.as_ref().map_or(Value::Null, C::write)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        C::schema()
    }
}

/// Reads one field of an object: required when it has no default. An
/// optional field that cannot be read stands at its default, so the rest of
/// the document is still checked; its problem refuses the document.
#[doc(hidden)]
pub fn field<T, C: Codec<T>>(r: &mut Reader, o: &Obj<'_>, key: &str, default: Option<T>) -> Option<T> {
    match (o.get(key), default) {
        (Some(v), default) => C::read(r, v, &o.at(key)).or(default),
        (None, Some(d)) => Some(d),
        (None, None) => {
            r.problem(&o.at(key), "missing");
            None
        }
    }
}

/// Declares a struct whose shape is read, written and described once.
///
/// ```ignore
/// model! {
///     /// One touchpoint.
///     pub struct Touchpoint {
///         /// Its id within the journey.
///         pub id: String as Id,
///         pub handoff: bool = false,
///     }
///     check touchpoint_problems;
/// }
/// ```
/// `check f;` calls `f(&value, reader, path)` after the fields are read,
/// for rules across fields (unique ids, a level that follows from scores).
#[macro_export]
macro_rules! model {
    (
        $(#[doc = $doc:expr])*
        $(#[derive($($derive:path),*)])?
        $(#[cfg_attr($($cfg:tt)*)])*
        $vis:vis struct $name:ident {
            $(
                $(#[doc = $fdoc:expr])*
                $fvis:vis $field:ident : $fty:ty $(as $codec:ty)? $(= $default:expr)?
            ),* $(,)?
        }
        $(check $check:path;)?
    ) => {
        $(#[doc = $doc])*
        $(#[derive($($derive),*)])?
        $(#[cfg_attr($($cfg)*)])*
        $vis struct $name {
            $( $(#[doc = $fdoc])* $fvis $field: $fty, )*
        }

        impl $crate::codec::model::Model for $name {
            fn read(r: &mut $crate::codec::reader::Reader, v: &serde_json::Value, path: &str) -> Option<Self> {
                let mut o = r.object(v, path)?;
                let before = r.problems.len();
                const KNOWN: &[&str] = &[$(stringify!($field)),*];
                if KNOWN.contains(&"id") {
                    o.name_by_id();
                }
                $(
                    let $field = $crate::codec::model::field::<$fty, $crate::model!(@codec $fty $(, $codec)?)>(
                        r, &o, stringify!($field), $crate::model!(@default $($default)?),
                    );
                )*
                let at = o.path.clone();
                o.finish(r, KNOWN);
                let value = $name { $($field: $field?,)* };
                // Rules across fields run on sound fields only: on a
                // field that failed they would report its problem again.
                if r.problems.len() == before {
                    $( $check(&value, r, &at); )?
                }
                let _ = &at;
                Some(value)
            }

            #[allow(clippy::redundant_closure_call)]
            fn write(&self) -> serde_json::Value {
                let mut m = serde_json::Map::new();
                $(
                    let skip = $crate::model!(@skip self.$field, $fty $(, $default)?);
                    if !skip {
                        m.insert(
                            stringify!($field).into(),
                            <$crate::model!(@codec $fty $(, $codec)?) as $crate::codec::model::Codec<$fty>>::write(&self.$field),
                        );
                    }
                )*
                serde_json::Value::Object(m)
            }

            #[cfg(not(target_arch = "wasm32"))]
            fn schema() -> serde_json::Value {
                let mut props = serde_json::Map::new();
                let mut required: Vec<&str> = Vec::new();
                $(
                    let mut s = <$crate::model!(@codec $fty $(, $codec)?) as $crate::codec::model::Codec<$fty>>::schema();
                    let doc: Vec<&str> = vec![$($fdoc),*];
                    if !doc.is_empty() {
                        s["description"] = serde_json::Value::from(doc.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "));
                    }
                    props.insert(stringify!($field).into(), s);
                    if $crate::model!(@required $($default)?) {
                        required.push(stringify!($field));
                    }
                )*
                let mut s = serde_json::json!({
                    "type": "object", "properties": props, "additionalProperties": false,
                });
                if !required.is_empty() {
                    s["required"] = serde_json::Value::from(required);
                }
                let doc: Vec<&str> = vec![$($doc),*];
                if !doc.is_empty() {
                    s["description"] = serde_json::Value::from(doc.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "));
                }
                s
            }
        }
    };
    (@codec $fty:ty) => { $fty };
    (@codec $fty:ty, $codec:ty) => { $codec };
    (@default) => { None };
    (@default $default:expr) => { Some($default) };
    (@skip $value:expr, $fty:ty) => { false };
    (@skip $value:expr, $fty:ty, $default:expr) => {{
        let default: $fty = $default;
        $value == default
    }};
    (@required) => { true };
    (@required $default:expr) => { false };
}

/// Declares an enum written as one of a fixed set of ids.
///
/// ```ignore
/// choice! { pub enum Channel { FaceToFace = "face_to_face", Phone = "phone" } }
/// ```
#[macro_export]
macro_rules! choice {
    (
        $(#[doc = $doc:expr])*
        $vis:vis enum $name:ident { $( $(#[doc = $vdoc:expr])* $variant:ident = $id:literal ),* $(,)? }
    ) => {
        $(#[doc = $doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name { $( $(#[doc = $vdoc])* $variant ),* }

        #[allow(dead_code)]
        impl $name {
            pub const ALL: [$name; [$($id),*].len()] = [$($name::$variant),*];

            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),* }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                match id { $($id => Some($name::$variant),)* _ => None }
            }
        }

        impl $crate::codec::model::Model for $name {
            fn read(r: &mut $crate::codec::reader::Reader, v: &serde_json::Value, path: &str) -> Option<Self> {
                let s = r.string(v, path)?;
                let found = $name::from_id(&s);
                if found.is_none() {
                    r.problem(path, format!(
                        "unknown {} \"{}\" (use {})",
                        $crate::codec::model::words(stringify!($name)),
                        $crate::codec::reader::shorten(&s),
                        [$($id),*].join(", "),
                    ));
                }
                found
            }
            fn write(&self) -> serde_json::Value {
                serde_json::Value::from(self.id())
            }
            #[cfg(not(target_arch = "wasm32"))]
            fn schema() -> serde_json::Value {
                let mut s = serde_json::json!({ "type": "string", "enum": [$($id),*] });
                let doc: Vec<&str> = vec![$($doc),*];
                if !doc.is_empty() {
                    s["description"] = serde_json::Value::from(doc.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" "));
                }
                s
            }
        }
    };
}

/// Written as `{"ru": …, "en": …, "kk": …}`: keyed by language code; read
/// with the languages the reader requires (a company may offer only one).
impl Model for Text {
    fn read(r: &mut Reader, v: &Value, path: &str) -> Option<Self> {
        r.text(v, path)
    }
    fn write(&self) -> Value {
        let mut m = Map::new();
        for (code, s) in self.pairs() {
            m.insert(code.to_string(), Value::String(s.to_string()));
        }
        Value::Object(m)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn schema() -> Value {
        let one = serde_json::json!({ "type": "string", "minLength": 1, "maxLength": crate::codec::reader::MAX_STRING_CHARS });
        serde_json::json!({
            "type": "object",
            "description": "Text by language code (\"ru\", \"en\", or a language the configuration adds).",
            "propertyNames": { "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$" },
            "additionalProperties": one,
            "minProperties": 1,
        })
    }
}

/// A type name as words for messages: `ClientKind` → "client kind".
pub fn words(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() && !out.is_empty() {
            out.push(' ');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    crate::choice! {
        /// A colour.
        enum Colour { Red = "red", DarkBlue = "dark_blue" }
    }

    crate::model! {
        /// A thing.
        #[derive(Clone, Debug, PartialEq)]
        struct Thing {
            /// Its id.
            id: String as Id,
            name: String as Line<5>,
            colour: Colour = Colour::Red,
            tags: BTreeSet<String> as Set<Id, 3> = BTreeSet::new(),
            score: Option<i8> as Opt<Range<-1, 1>> = None,
        }
        check no_blue_b;
    }

    fn no_blue_b(t: &Thing, r: &mut Reader, path: &str) {
        if t.colour == Colour::DarkBlue && t.id == "b" {
            r.problem(path, "b cannot be blue");
        }
    }

    #[test]
    fn reads_writes_and_checks_one_shape() {
        let v = json!({"id": "a", "name": "hi", "score": -1});
        let t: Thing = read_as(Reader::default(), &v).unwrap();
        assert_eq!(t.score, Some(-1));
        assert_eq!(t.write(), json!({"id": "a", "name": "hi", "score": -1}));
        let bad =
            json!({"id": "b", "name": "toolong", "colour": "dark_blue", "score": 5, "tags": ["x", "Y"], "more": 1});
        let problems: Vec<String> =
            read_as::<Thing>(Reader::default(), &bad).unwrap_err().iter().map(|p| p.to_string()).collect();
        assert_eq!(
            problems,
            vec![
                "(b).name: text is 7 characters long; the limit is 5",
                "(b).tags[1]: \"Y\" is not a valid id (use 1–64 lowercase letters, digits, _ or -)",
                "(b).score: 5 is out of range (-1 to 1)",
                "(b).more: unknown field (expected one of: id, name, colour, tags, score)",
            ]
        );
        let blue = json!({"id": "b", "name": "x", "colour": "dark_blue"});
        let problems = read_as::<Thing>(Reader::default(), &blue).unwrap_err();
        assert_eq!(problems[0].to_string(), "(b): b cannot be blue");
        let unknown = json!({"id": "c", "name": "x", "colour": "green"});
        let problems = read_as::<Thing>(Reader::default(), &unknown).unwrap_err();
        assert_eq!(problems[0].to_string(), "(c).colour: unknown colour \"green\" (use red, dark_blue)");
    }

    #[test]
    fn the_schema_comes_from_the_same_declaration() {
        let s = <Thing as Model>::schema();
        assert_eq!(s["required"], json!(["id", "name"]));
        assert_eq!(s["properties"]["id"]["description"], json!("Its id."));
        assert_eq!(s["properties"]["colour"]["enum"], json!(["red", "dark_blue"]));
        assert_eq!(s["properties"]["score"]["minimum"], json!(-1));
        assert_eq!(s["additionalProperties"], json!(false));
        assert_eq!(s["description"], json!("A thing."));
    }
}
