//! Reconciling two copies of the saved document — this tab's and what
//! another tab or widget stored meanwhile — against the version both
//! started from. What only one side changed is taken from that side; the
//! history is joined by record id; where both sides changed the same thing
//! differently, the person chooses, so neither copy silently overwrites the
//! other.

use crate::document::colleague::ColleagueView;
use crate::document::history::Record;
use crate::document::saved::{MAX_HISTORY, Saved};
use crate::team::stored::{Person, TeamRecord};
use crate::walk::journey::Journey;
use crate::walk::record::Walk;
use std::collections::{BTreeMap, BTreeSet};

/// Which side wins where both changed the same thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prefer {
    /// This tab's version.
    Mine,
    /// What was stored by the other copy.
    Theirs,
}

/// A part both sides changed differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conflict {
    Language,
    /// An answer, by item id.
    Answer(String),
    /// One of the person's own journeys, by id.
    Journey(String),
    /// The walk as a whole (two different journeys walked).
    Walk,
    /// What was recorded at one touchpoint of the walk, by touchpoint id.
    Touchpoint(String),
    /// A kept team collection (its name, date or threshold, or it was
    /// deleted on one side and changed on the other), by collection id.
    Team(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub doc: Saved,
    pub conflicts: Vec<Conflict>,
}

/// Three-way choice for one value: `None` where both changed it differently.
fn pick<T: PartialEq + Clone>(base: &T, mine: &T, theirs: &T) -> Option<T> {
    if mine == theirs || theirs == base {
        Some(mine.clone())
    } else if mine == base {
        Some(theirs.clone())
    } else {
        None
    }
}

fn pick_or<T: PartialEq + Clone>(
    base: &T,
    mine: &T,
    theirs: &T,
    prefer: Prefer,
    conflict: impl FnOnce() -> Conflict,
    conflicts: &mut Vec<Conflict>,
) -> T {
    pick(base, mine, theirs).unwrap_or_else(|| {
        conflicts.push(conflict());
        match prefer {
            Prefer::Mine => mine.clone(),
            Prefer::Theirs => theirs.clone(),
        }
    })
}

/// Merges maps key by key; a key missing on one side was removed there.
fn merge_map<V: PartialEq + Clone>(
    base: &BTreeMap<String, V>,
    mine: &BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
    prefer: Prefer,
    conflict: impl Fn(&str) -> Conflict,
    conflicts: &mut Vec<Conflict>,
) -> BTreeMap<String, V> {
    let keys: BTreeSet<&String> = base.keys().chain(mine.keys()).chain(theirs.keys()).collect();
    let mut out = BTreeMap::new();
    for k in keys {
        let v = pick_or(&base.get(k), &mine.get(k), &theirs.get(k), prefer, || conflict(k), conflicts);
        if let Some(v) = v {
            out.insert(k.clone(), v.clone());
        }
    }
    out
}

fn merge_journeys(
    base: &[Journey],
    mine: &[Journey],
    theirs: &[Journey],
    prefer: Prefer,
    conflicts: &mut Vec<Conflict>,
) -> Vec<Journey> {
    let by_id = |js: &[Journey]| js.iter().map(|j| (j.id.clone(), j.clone())).collect::<BTreeMap<_, _>>();
    let merged =
        merge_map(&by_id(base), &by_id(mine), &by_id(theirs), prefer, |k| Conflict::Journey(k.into()), conflicts);
    // Keep the order the person sees: theirs, then journeys new in this tab.
    let mut out: Vec<Journey> = theirs.iter().filter_map(|j| merged.get(&j.id).cloned()).collect();
    for j in mine {
        if !out.iter().any(|o| o.id == j.id)
            && let Some(j) = merged.get(&j.id)
        {
            out.push(j.clone());
        }
    }
    out
}

fn merge_walk(
    base: &Option<Walk>,
    mine: &Option<Walk>,
    theirs: &Option<Walk>,
    prefer: Prefer,
    conflicts: &mut Vec<Conflict>,
) -> Option<Walk> {
    if let Some(w) = pick(base, mine, theirs) {
        return w;
    }
    match (mine, theirs) {
        // Both went on with the same journey: merge touchpoint by touchpoint.
        (Some(m), Some(t)) if m.journey == t.journey && m.target == t.target => {
            let empty = BTreeMap::new();
            let b = base.as_ref().filter(|b| b.journey == m.journey).map_or(&empty, |b| &b.audits);
            let audits = merge_map(b, &m.audits, &t.audits, prefer, |k| Conflict::Touchpoint(k.into()), conflicts);
            Some(Walk { journey: m.journey.clone(), audits, finished: m.finished || t.finished, target: m.target })
        }
        _ => {
            conflicts.push(Conflict::Walk);
            match prefer {
                Prefer::Mine => mine.clone(),
                Prefer::Theirs => theirs.clone(),
            }
        }
    }
}

/// Records from both sides, once each; a record the base had that one side
/// no longer has was deleted there. Oldest first, the newest `MAX_HISTORY`.
fn merge_history(base: &[Record], mine: &[Record], theirs: &[Record]) -> Vec<Record> {
    let in_base = |id: &str| base.iter().any(|r| r.id() == id);
    let kept = |r: &&Record, other: &[Record]| !in_base(r.id()) || other.iter().any(|o| o.id() == r.id());
    let mut out: Vec<Record> = Vec::new();
    for r in theirs.iter().filter(|r| kept(r, mine)).chain(mine.iter().filter(|r| kept(r, theirs))) {
        if !out.iter().any(|o| o.id() == r.id()) {
            out.push(r.clone());
        }
    }
    crate::order::sort_by(&mut out, |a, b| a.at().cmp(b.at()));
    let extra = out.len().saturating_sub(MAX_HISTORY);
    out.drain(..extra);
    out
}

/// People of one collection from both sides, once each by identity; one
/// the base had that a side no longer has was removed there. Theirs first,
/// then those new in this tab.
fn merge_people(base: &[Person], mine: &[Person], theirs: &[Person]) -> Vec<Person> {
    let ids = |ps: &[Person]| ps.iter().map(|p| p.id.clone()).collect::<BTreeSet<String>>();
    let (b, m, t) = (ids(base), ids(mine), ids(theirs));
    let kept = |p: &Person, other: &BTreeSet<String>| !b.contains(&p.id) || other.contains(&p.id);
    let mut seen = BTreeSet::new();
    theirs
        .iter()
        .filter(|p| kept(p, &m))
        .chain(mine.iter().filter(|p| kept(p, &t)))
        .filter(|p| seen.insert(p.id.clone()))
        .cloned()
        .collect()
}

/// Colleagues' views from both sides, once each by id; one the base had
/// that a side no longer has was removed there. At most `MAX_VIEWS`, the
/// newest kept.
fn merge_views(base: &[ColleagueView], mine: &[ColleagueView], theirs: &[ColleagueView]) -> Vec<ColleagueView> {
    let ids = |vs: &[ColleagueView]| vs.iter().map(|v| v.id.clone()).collect::<BTreeSet<String>>();
    let (b, m, t) = (ids(base), ids(mine), ids(theirs));
    let kept = |v: &ColleagueView, other: &BTreeSet<String>| !b.contains(&v.id) || other.contains(&v.id);
    let mut out: Vec<ColleagueView> = Vec::new();
    for v in theirs.iter().filter(|v| kept(v, &m)).chain(mine.iter().filter(|v| kept(v, &t))) {
        crate::document::colleague::keep(&mut out, v.clone());
    }
    out
}

/// Collections by id. One changed on one side only is taken from there;
/// changed on both, its people are joined (results added in one tab and
/// removed in the other both count) and its name, date and threshold
/// chosen three-way, and so is its team focus. Deleted on one side and changed on the other is a conflict.
fn merge_teams(
    base: &[TeamRecord],
    mine: &[TeamRecord],
    theirs: &[TeamRecord],
    prefer: Prefer,
    conflicts: &mut Vec<Conflict>,
) -> Vec<TeamRecord> {
    let find = |ts: &[TeamRecord], id: &str| ts.iter().find(|t| t.id == id).cloned();
    let mut order: Vec<&str> = theirs.iter().map(|t| t.id.as_str()).collect();
    for t in mine {
        if !order.contains(&t.id.as_str()) {
            order.push(&t.id);
        }
    }
    for t in base {
        if !order.contains(&t.id.as_str()) {
            order.push(&t.id);
        }
    }
    let mut out = Vec::new();
    for id in order {
        let (b, m, t) = (find(base, id), find(mine, id), find(theirs, id));
        let merged = match pick(&b, &m, &t) {
            Some(x) => x,
            None => match (&m, &t) {
                (Some(m), Some(t)) if m.content == t.content => {
                    let empty = TeamRecord { people: Vec::new(), ..m.clone() };
                    let b = b.as_ref().filter(|b| b.content == m.content).unwrap_or(&empty);
                    let c = &mut *conflicts;
                    let name = pick_or(&b.name, &m.name, &t.name, prefer, || Conflict::Team(id.into()), c);
                    let day = pick_or(&b.day, &m.day, &t.day, prefer, || Conflict::Team(id.into()), c);
                    let threshold =
                        pick_or(&b.threshold, &m.threshold, &t.threshold, prefer, || Conflict::Team(id.into()), c);
                    let focus = pick_or(&b.focus, &m.focus, &t.focus, prefer, || Conflict::Team(id.into()), c);
                    conflicts.dedup();
                    Some(TeamRecord {
                        id: id.to_string(),
                        name,
                        day,
                        threshold,
                        content: m.content,
                        people: merge_people(&b.people, &m.people, &t.people),
                        focus,
                    })
                }
                _ => {
                    conflicts.push(Conflict::Team(id.into()));
                    match prefer {
                        Prefer::Mine => m,
                        Prefer::Theirs => t,
                    }
                }
            },
        };
        out.extend(merged);
    }
    out
}

/// The seed of the option order: the side that changed it wins; when both
/// did (two tabs began at once), the larger, so both tabs show one order.
fn merge_seed(base: u32, mine: u32, theirs: u32) -> u32 {
    match (mine == base, theirs == base) {
        (_, true) => mine,
        (true, false) => theirs,
        (false, false) => mine.max(theirs),
    }
}

/// Merges this tab's document (`mine`) with what another copy stored
/// (`theirs`), both descended from `base`. Where they conflict, `prefer`
/// decides and the conflict is listed. The screen stays this tab's own.
pub fn merge(base: &Saved, mine: &Saved, theirs: &Saved, prefer: Prefer) -> Merged {
    let mut conflicts = Vec::new();
    let c = &mut conflicts;
    let doc = Saved {
        schema: mine.schema,
        rev: mine.rev.max(theirs.rev),
        prefs: pick_or(&base.prefs, &mine.prefs, &theirs.prefs, prefer, || Conflict::Language, c),
        screen: mine.screen.clone(),
        answers: merge_map(&base.answers, &mine.answers, &theirs.answers, prefer, |k| Conflict::Answer(k.into()), c),
        episodes: merge_map(
            &base.episodes,
            &mine.episodes,
            &theirs.episodes,
            prefer,
            |k| Conflict::Answer(k.into()),
            c,
        ),
        // Time spent is added up on both sides: the longer count is the truer.
        tenths: {
            let mut t = mine.tenths.clone();
            for (k, v) in &theirs.tenths {
                let e = t.entry(k.clone()).or_insert(0);
                *e = (*e).max(*v);
            }
            t
        },
        seed: merge_seed(base.seed, mine.seed, theirs.seed),
        journeys: merge_journeys(&base.journeys, &mine.journeys, &theirs.journeys, prefer, c),
        walk: merge_walk(&base.walk, &mine.walk, &theirs.walk, prefer, c),
        history: merge_history(&base.history, &mine.history, &theirs.history),
        teams: merge_teams(&base.teams, &mine.teams, &theirs.teams, prefer, c),
        colleagues: merge_views(&base.colleagues, &mine.colleagues, &theirs.colleagues),
    };
    Merged { doc, conflicts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use crate::document::history::{AssessmentRecord, Record};
    use crate::walk::record::Audit;

    fn answered(pairs: &[(&str, &str)]) -> Saved {
        let mut s = Saved::new();
        for (k, v) in pairs {
            s.answers.insert(k.to_string(), v.to_string());
        }
        s
    }

    #[test]
    fn a_tab_that_was_behind_keeps_the_other_tabs_finished_check() {
        let c = Content::shipped().expect("content");
        let items = &c.assessment.items;
        let (first, second) = (&items[0], &items[1]);
        let base = answered(&[(&first.id, &first.choices[0].id)]);
        // Tab A finished: every answer, and a record.
        let mut a = base.clone();
        for item in items {
            a.answers.insert(item.id.clone(), item.choices[0].id.clone());
        }
        let record = AssessmentRecord::new(&c.assessment, None, &a.answers, "2026-11-23T10:00:00Z".into(), None);
        a.history.push(Record::Assessment(record));
        // Tab B, opened earlier, answers the second question otherwise.
        let mut b = base.clone();
        b.answers.insert(second.id.clone(), second.choices[1].id.clone());
        let m = merge(&base, &b, &a, Prefer::Mine);
        assert_eq!(m.conflicts, vec![Conflict::Answer(second.id.clone())], "both answered it differently");
        assert_eq!(m.doc.history.len(), 1, "the finished result survives");
        assert_eq!(m.doc.answers.len(), items.len());
        assert_eq!(m.doc.answers[&second.id], second.choices[1].id);
        assert_eq!(merge(&base, &b, &a, Prefer::Theirs).doc.answers[&second.id], second.choices[0].id);
    }

    #[test]
    fn changes_to_different_things_merge_without_asking() {
        let base = answered(&[("s01", "a")]);
        let mine = answered(&[("s01", "a"), ("s02", "b")]);
        let theirs = answered(&[("s03", "c")]);
        let m = merge(&base, &mine, &theirs, Prefer::Mine);
        assert!(m.conflicts.is_empty());
        let keys: Vec<&str> = m.doc.answers.keys().map(String::as_str).collect();
        assert_eq!(keys, ["s02", "s03"], "s01 was removed there, s02 added here");
    }

    #[test]
    fn walks_of_one_journey_merge_by_touchpoint() {
        let mut base = Saved::new();
        base.walk = Some(Walk::new("car_dealership"));
        let mut mine = base.clone();
        let mut theirs = base.clone();
        let rate = |s: &mut Saved, tp: &str, r: i8| {
            if let Some(w) = &mut s.walk {
                w.audits.insert(tp.into(), Audit { rating: Some(r), ..Audit::default() });
            }
        };
        rate(&mut mine, "reception", 1);
        rate(&mut theirs, "credit", -1);
        rate(&mut mine, "sale", 0);
        rate(&mut theirs, "sale", 1);
        let m = merge(&base, &mine, &theirs, Prefer::Theirs);
        assert_eq!(m.conflicts, vec![Conflict::Touchpoint("sale".into())]);
        let w = m.doc.walk.expect("walk");
        assert_eq!(w.audits.len(), 3);
        assert_eq!(w.audits["sale"].rating, Some(1));
    }

    #[test]
    fn history_joins_by_id_and_honours_deletions() {
        let c = Content::shipped().expect("content");
        let rec = |at: &str, item: &str| {
            let mut answers = crate::check::scoring::Answers::new();
            answers.insert(item.into(), "a".into());
            Record::Assessment(AssessmentRecord::new(&c.assessment, None, &answers, at.into(), None))
        };
        let (r1, r2, r3) = (rec("2026-01-01", "s01"), rec("2026-01-02", "s02"), rec("2026-01-03", "s03"));
        let mut base = Saved::new();
        base.history = vec![r1.clone(), r2.clone()];
        let mut mine = base.clone();
        mine.history.retain(|r| r.id() != r1.id()); // deleted here
        let mut theirs = base.clone();
        theirs.history.push(r3.clone()); // added there
        let m = merge(&base, &mine, &theirs, Prefer::Mine);
        assert_eq!(m.doc.history, vec![r2, r3]);
    }
}
