//! The order the items of a questionnaire are asked in: the content order,
//! except that a pressure twin never comes right after its ordinary item
//! (answering both in one breath is what made triage in a queue read as
//! spontaneity, issue 18). Generic over the item, so that it needs nothing
//! of the content model that uses it.

/// Items in the order they are asked: a twin (`pair(item)` names its
/// ordinary item) that would come right after its ordinary item waits for
/// the next item, and comes at the end if there is none.
pub fn questionnaire<T>(items: Vec<T>, id: impl Fn(&T) -> &str, pair: impl Fn(&T) -> Option<&str>) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    let mut waiting: Vec<T> = Vec::new();
    let after_its_ordinary = |out: &[T], item: &T| pair(item).is_some_and(|of| out.last().is_some_and(|l| id(l) == of));
    for item in items {
        if after_its_ordinary(&out, &item) {
            waiting.push(item);
            continue;
        }
        out.push(item);
        // One other item has come between: the waiting twins follow it,
        // except one whose ordinary item is the one just asked.
        for w in std::mem::take(&mut waiting) {
            if after_its_ordinary(&out, &w) {
                waiting.push(w);
            } else {
                out.push(w);
            }
        }
    }
    out.extend(waiting);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(items: &[(&'static str, Option<&'static str>)]) -> Vec<&'static str> {
        questionnaire(items.to_vec(), |i| i.0, |i| i.1).into_iter().map(|i| i.0).collect()
    }

    #[test]
    fn a_twin_waits_one_item_and_a_lone_pair_stays_whole() {
        assert_eq!(order(&[("a", None), ("a2", Some("a"))]), ["a", "a2"]);
        assert_eq!(
            order(&[("a", None), ("a2", Some("a")), ("b", None), ("b2", Some("b")), ("c", None)]),
            ["a", "b", "a2", "b2", "c"]
        );
        // A twin listed apart from its ordinary item keeps its place.
        assert_eq!(order(&[("a", None), ("b", None), ("a2", Some("a"))]), ["a", "b", "a2"]);
    }
}
