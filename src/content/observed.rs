//! What a colleague can answer about a person: moments they have seen
//! (a rushed day, a hand-off, a complaint, a promise), each answered on
//! the seed's ladder — below what the client expected (−1), as expected
//! (0), beyond (+1) — or "haven't seen" (not counted). The shipped list is
//! in `content/assessment.json` (`observed`); a company's configuration may
//! replace it, and both are read and checked here.

use crate::codec::model::{Id, Model};
use crate::codec::reader::Reader;
use crate::text::lang::Text;

/// Fewest and most moments a colleague is asked about: enough for a
/// median to mean something, few enough to answer in a minute.
pub const MIN_OBSERVED: usize = 4;
pub const MAX_OBSERVED: usize = 16;

crate::model! {
    /// One moment a colleague may have seen the person in.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ObservedDoc {
        /// Unique among the observed moments.
        pub id: String as Id,
        /// The quality this moment shows (a quality id).
        pub quality: String as Id,
        /// The moment, as a colleague reads it: something they can see, not a trait.
        pub text: Text,
    }
}

/// A moment as the app uses it: its quality resolved to an index.
#[derive(Clone, Debug, PartialEq)]
pub struct Observed {
    pub id: String,
    /// Index into `Assessment::qualities`.
    pub quality: usize,
    pub text: Text,
}

/// Reads a list of moments under `key` of `v` (already an array) and
/// checks it against the qualities: known quality, unique ids, between
/// `MIN_OBSERVED` and `MAX_OBSERVED` of them.
pub fn read(r: &mut Reader, v: &Value, key: &str, quality_ids: &[String]) -> Vec<Observed> {
    let Some(list) = v.as_array() else {
        r.problem(key, "expected a list of moments a colleague can see");
        return Vec::new();
    };
    let docs: Vec<ObservedDoc> =
        list.iter().enumerate().filter_map(|(i, v)| ObservedDoc::read(r, v, &format!("{key}[{i}]"))).collect();
    resolve(r, key, &docs, quality_ids)
}

use serde_json::Value;

/// The rules across the list, for the shipped content and a company's
/// configuration alike.
pub fn resolve(r: &mut Reader, key: &str, docs: &[ObservedDoc], quality_ids: &[String]) -> Vec<Observed> {
    let mut out = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        match quality_ids.iter().position(|q| q == &d.quality) {
            Some(quality) => out.push(Observed { id: d.id.clone(), quality, text: d.text.clone() }),
            None => r.problem(
                &format!("{key}[{i}]({}).quality", d.id),
                format!("unknown quality \"{}\" (use one of: {})", d.quality, quality_ids.join(", ")),
            ),
        }
    }
    r.unique_ids(key, docs.iter().map(|d| d.id.as_str()));
    if !(MIN_OBSERVED..=MAX_OBSERVED).contains(&docs.len()) {
        r.problem(
            key,
            format!(
                "{} moments; a colleague is asked about {MIN_OBSERVED} to {MAX_OBSERVED} (about ten reads in a minute)",
                docs.len()
            ),
        );
    }
    out
}

/// An identity of the moments by id, in order: an answer made for other
/// moments (another company's, an older list) is refused.
pub fn fingerprint(observed: &[Observed]) -> u32 {
    let mut h = crate::text::hash::Fnv32::new();
    h.byte(observed.len() as u8);
    for o in observed {
        h.str(&o.id);
    }
    h.0
}

/// The median of what several colleagues gave one moment; `None` when
/// nobody saw it. With an even count the two middle values are averaged.
pub fn median(values: &[i8]) -> Option<f64> {
    let mut v: Vec<i8> = values.to_vec();
    v.sort_unstable();
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => v.get(n / 2).map(|x| f64::from(*x)),
        _ => Some((f64::from(*v.get(n / 2 - 1)?) + f64::from(*v.get(n / 2)?)) / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_a_moment() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[1]), Some(1.0));
        assert_eq!(median(&[-1, 1]), Some(0.0));
        assert_eq!(median(&[1, -1, 1]), Some(1.0));
        assert_eq!(median(&[0, 1, 1, -1]), Some(0.5));
    }
}
