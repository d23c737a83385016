//! Per label (department, branch, shift): each group's level distribution
//! and quality profile, with groups smaller than a threshold folded into
//! "other" so that no one can be identified.
//!
//! Labels are grouped as people type them, give or take case (Latin and
//! Cyrillic) and spacing: "Sales", "sales" and " Sales " are one group,
//! shown as first written. Results without a label form a group of their own.
//!
//! Folding: every group under the threshold goes into "other". If "other"
//! then holds some people but fewer than the threshold, the smallest shown
//! groups join it until it reaches the threshold — otherwise the team's
//! totals minus the shown groups would give the small group's figures
//! away. When the whole team is under the threshold, no group is shown and
//! "other" is not drawn either: only the team's own figures remain.

use super::entry::Figures;
use super::level::{Confidence, LevelCounts, Standing};
use super::spread::Histogram;
use crate::content::Level;
use crate::text::lang::Lang;
use std::collections::BTreeMap;

pub use super::threshold::{DEFAULT_THRESHOLD, MAX_THRESHOLD, MIN_THRESHOLD, threshold};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum GroupName {
    Label(String),
    /// Results sent without a label.
    NoLabel,
    /// Groups folded together.
    Other,
}

impl GroupName {
    /// The group's name: the label as typed, or what stands for none.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            GroupName::Label(l) => l.clone(),
            GroupName::NoLabel => lang.t("team_groups.no_label").to_string(),
            GroupName::Other => lang.t("team_groups.other").to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub name: GroupName,
    pub counts: LevelCounts,
    /// The level most of the group is at, and how clearly.
    pub level: Option<(Level, Confidence)>,
    /// Median per quality, in content order; `None` where no one in the group has a score.
    pub qualities: Vec<Option<i16>>,
}

impl Group {
    pub fn people(&self) -> usize {
        self.counts.people()
    }

    /// The headline rule (`LevelCounts::standing`): a group with no clear
    /// majority is mixed, never its lowest level.
    pub fn standing(&self) -> Option<Standing> {
        self.counts.standing()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Groups {
    pub threshold: usize,
    /// Groups of at least `threshold` people, largest first (ties in the
    /// order they were first seen).
    pub shown: Vec<Group>,
    /// The folded groups together, when they hold at least `threshold` people.
    pub other: Option<Group>,
    /// The names of the groups folded into "other" (or hidden): the
    /// `joined` ones first, then those under the threshold, largest first.
    pub folded: Vec<GroupName>,
    /// Groups of at least the threshold folded all the same, so that
    /// "other" holds at least the threshold (smallest first).
    pub joined: Vec<GroupName>,
    /// People in folded groups not drawn at all (the whole team is under the threshold).
    pub hidden: usize,
}

impl Groups {
    /// The groups folded for being under the threshold (not `joined`).
    pub fn small(&self) -> impl Iterator<Item = &GroupName> {
        self.folded.iter().filter(|n| !self.joined.contains(n))
    }

    /// Which groups were folded and why, in sentences; empty when none was.
    pub fn fold_note(&self, lang: Lang) -> Vec<String> {
        let list = |names: &mut dyn Iterator<Item = &GroupName>| {
            names.map(|n| lang.f("team_groups.quoted", &[("name", &n.words(lang))])).collect::<Vec<_>>().join(", ")
        };
        let small: Vec<&GroupName> = self.small().collect();
        let mut out = Vec::new();
        if !small.is_empty() {
            let names = list(&mut small.iter().copied());
            let (n, args): (i64, [(&str, &dyn std::fmt::Display); 2]) =
                (small.len() as i64, [("names", &names), ("threshold", &self.threshold)]);
            out.push(match self.other {
                Some(_) => lang.p("team_groups.folded_small", n, &args),
                None => lang.p("team_groups.hidden_small", n, &args),
            });
        }
        if !self.joined.is_empty() {
            let names = list(&mut self.joined.iter());
            out.push(lang.p(
                "team_groups.folded_joined",
                self.joined.len() as i64,
                &[("names", &names), ("threshold", &self.threshold)],
            ));
        }
        out
    }

    /// Shown groups, then "other" when drawn.
    pub fn all(&self) -> impl Iterator<Item = &Group> {
        self.shown.iter().chain(&self.other)
    }
}

/// A label as groups compare it: in lower case (`text::clean::lower_char`:
/// full Unicode case tables would cost the wasm kilobytes).
pub fn fold(label: &str) -> String {
    label
        .split_whitespace()
        .flat_map(|w| std::iter::once(' ').chain(w.chars()))
        .skip(1)
        .map(crate::text::clean::lower_char)
        .collect()
}

/// Groups people (their label and figures, of one model version) with
/// groups under `threshold` folded. `qualities` is the content's number of qualities.
pub fn groups(people: &[(Option<&str>, &Figures)], threshold: usize, qualities: usize) -> Groups {
    let threshold = self::threshold(threshold);
    let mut index: BTreeMap<Option<String>, usize> = BTreeMap::new();
    let mut names: Vec<GroupName> = Vec::new();
    let mut members: Vec<Vec<u32>> = Vec::new();
    for (i, (label, _)) in people.iter().enumerate() {
        let key = label.map(fold).filter(|k| !k.is_empty());
        let g = *index.entry(key.clone()).or_insert_with(|| {
            names.push(match (key, label) {
                (Some(_), Some(l)) => GroupName::Label(l.trim().to_string()),
                _ => GroupName::NoLabel,
            });
            members.push(Vec::new());
            names.len() - 1
        });
        members[g].push(i as u32);
    }
    let mut order: Vec<u32> = (0..names.len() as u32).collect();
    let size = |g: u32| members.get(g as usize).map_or(0, Vec::len);
    crate::order::sort_indices(&mut order, &|a, b| size(b).cmp(&size(a)));

    let mut shown: Vec<u32> = order.iter().copied().filter(|g| size(*g) >= threshold).collect();
    let mut folded: Vec<u32> = order.iter().copied().filter(|g| size(*g) < threshold).collect();
    let mut other: usize = folded.iter().map(|g| size(*g)).sum();
    let mut joined: Vec<u32> = Vec::new();
    while other > 0 && other < threshold {
        let Some(g) = shown.pop() else { break };
        other += size(g);
        folded.insert(0, g);
        joined.push(g);
    }

    let mut h = Histogram::scores();
    let mut group = |name: GroupName, of: &mut dyn Iterator<Item = u32>| -> Group {
        let who: Vec<&Figures> = of.filter_map(|i| people.get(i as usize).map(|p| p.1)).collect();
        let mut counts = LevelCounts::default();
        for f in &who {
            counts.add(f.level);
        }
        let medians = (0..qualities)
            .map(|q| {
                h.clear();
                for f in &who {
                    if let Some(Some(v)) = f.qualities.get(q) {
                        h.add(i16::from(*v));
                    }
                }
                h.spread().map(|s| s.median)
            })
            .collect();
        Group { name, level: counts.level(), counts, qualities: medians }
    };
    let shown_groups: Vec<Group> =
        shown.iter().map(|g| group(names[*g as usize].clone(), &mut members[*g as usize].iter().copied())).collect();
    let (other_group, hidden) = if other >= threshold {
        let mut all = folded.iter().flat_map(|g| members[*g as usize].iter().copied());
        (Some(group(GroupName::Other, &mut all)), 0)
    } else {
        (None, other)
    };
    Groups {
        threshold,
        shown: shown_groups,
        other: other_group,
        folded: folded.iter().map(|g| names[*g as usize].clone()).collect(),
        joined: joined.iter().map(|g| names[*g as usize].clone()).collect(),
        hidden,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_fold_case_and_spacing() {
        assert_eq!(fold("Sales Team"), "sales team");
        assert_eq!(fold("Ωmega"), "ωmega", "Greek folds too, with the one lower-casing of text::clean");
        // Russian labels: tests/team.rs.
    }

    #[test]
    fn thresholds_stay_in_bounds() {
        assert_eq!(threshold(0), MIN_THRESHOLD);
        assert_eq!(threshold(5), 5);
        assert_eq!(threshold(usize::MAX), MAX_THRESHOLD);
    }
}
