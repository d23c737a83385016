//! Simulated respondents prove the level model on the shipped content:
//! each kind of person lands where docs/scoring.md says they should.

use service_ladder::content::{Assessment, Content, Item, ItemKind, Level, Trait};
use service_ladder::scoring::{self, Answers, Scores};

fn content() -> Content {
    Content::shipped().unwrap_or_else(|p| panic!("shipped content must load: {p:?}"))
}

/// The option whose value is nearest to `target`.
fn nearest(item: &Item, target: f64) -> String {
    let best = item
        .choices
        .iter()
        .min_by(|a, b| (a.value - target).abs().total_cmp(&(b.value - target).abs()))
        .expect("every item has options");
    best.id.clone()
}

/// A respondent answers ladder items with a value and trait items with a
/// self-reported strength per trait.
fn respond(a: &Assessment, ladder: impl Fn(usize, &Item) -> f64, traits: impl Fn(Trait) -> f64) -> Answers {
    a.items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let target = match item.kind {
                ItemKind::Trait(t) => traits(t),
                _ => ladder(i, item),
            };
            (item.id.clone(), nearest(item, target))
        })
        .collect()
}

/// A tiny deterministic generator so the random respondents are repeatable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn pct(s: &Scores) -> [u32; 3] {
    s.levels.map(scoring::percent)
}

#[test]
fn always_standard_lands_on_regulated() {
    let c = content();
    let answers = respond(
        &c.assessment,
        |_, _| 0.0,
        |t| match t {
            Trait::Mood => 0.25,
            Trait::Script => 0.75,
            Trait::Ownership => 0.5,
        },
    );
    let s = scoring::score(&c.assessment, &answers);
    assert_eq!(s.level, Level::Regulated, "{:?}", pct(&s));
    assert_eq!(s.runner_up, None, "a clear case: {:?}", pct(&s));
    assert_eq!(s.evidence.standard, 1.0);
    assert!(s.strength(Level::Regulated) > 0.8);
}

#[test]
fn always_wow_lands_on_cultural() {
    let c = content();
    let answers = respond(
        &c.assessment,
        |_, _| 1.0,
        |t| match t {
            Trait::Mood => 0.0,
            Trait::Script => 0.25,
            Trait::Ownership => 1.0,
        },
    );
    let s = scoring::score(&c.assessment, &answers);
    assert_eq!(s.level, Level::Cultural, "{:?}", pct(&s));
    assert_eq!(s.runner_up, None);
    assert!(s.strength(Level::Cultural) > 0.95);
    assert!(s.qualities.iter().all(|q| *q == Some(1.0)));
    assert!(s.strengths.len() == 3, "the best qualities are shown as strengths");
}

#[test]
fn mood_driven_lands_on_spontaneous() {
    let c = content();
    // Good days bring wow, bad days disappointment; the person says mood matters.
    let answers = respond(
        &c.assessment,
        |i, _| if i % 2 == 0 { 1.0 } else { -1.0 },
        |t| match t {
            Trait::Mood => 1.0,
            _ => 0.5,
        },
    );
    let s = scoring::score(&c.assessment, &answers);
    assert_eq!(s.level, Level::Spontaneous, "{:?}", pct(&s));
    assert!(s.strength(Level::Spontaneous) > 0.8);
}

#[test]
fn mood_driven_on_random_days_lands_on_spontaneous() {
    let c = content();
    for seed in 1..=200u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        // Two days in three are good ones.
        let days: Vec<bool> = (0..c.assessment.items.len()).map(|_| rng.below(3) > 0).collect();
        let answers = respond(
            &c.assessment,
            |i, _| if days[i] { 1.0 } else { -1.0 },
            |t| match t {
                Trait::Mood => 0.75 + 0.25 * (seed % 2) as f64,
                _ => 0.5,
            },
        );
        let s = scoring::score(&c.assessment, &answers);
        assert_eq!(s.level, Level::Spontaneous, "seed {seed}: {:?}", pct(&s));
    }
}

/// A random answerer can, by chance, produce a steady-looking pattern, so
/// this is a rate: at least 99% land on spontaneous, at most 0.2% on cultural.
#[test]
fn random_answers_land_on_spontaneous() {
    let c = content();
    let runs = 2_000u64;
    let mut landed = [0u32; 3];
    for seed in 1..=runs {
        let mut rng = Rng(seed.wrapping_mul(0x2545_F491_4F6C_DD1D) | 1);
        let answers: Answers = c
            .assessment
            .items
            .iter()
            .map(|item| (item.id.clone(), item.choices[rng.below(item.choices.len())].id.clone()))
            .collect();
        let s = scoring::score(&c.assessment, &answers);
        landed[s.level.index()] += 1;
    }
    let share = |l: Level| landed[l.index()] as f64 / runs as f64;
    eprintln!("random respondents by level (spontaneous, regulated, cultural): {landed:?} of {runs}");
    assert!(share(Level::Spontaneous) >= 0.99, "only {:.1}% land on spontaneous", share(Level::Spontaneous) * 100.0);
    assert!(share(Level::Cultural) <= 0.002, "{:.2}% land on cultural", share(Level::Cultural) * 100.0);
}

#[test]
fn mostly_wow_with_a_lapse_stays_cultural_but_shows_the_lapse() {
    let c = content();
    let answers = respond(
        &c.assessment,
        |i, _| if i == 3 { -1.0 } else { 1.0 },
        |t| match t {
            Trait::Mood => 0.25,
            Trait::Script => 0.25,
            Trait::Ownership => 0.75,
        },
    );
    let s = scoring::score(&c.assessment, &answers);
    assert_eq!(s.level, Level::Cultural, "{:?}", pct(&s));
    assert!(s.evidence.disappointment > 0.0);
    assert_eq!(
        scoring::disappointments(&c.assessment, &answers).len(),
        usize::from(c.assessment.items[3].kind.is_ladder())
    );
}

#[test]
fn growth_areas_are_the_weakest_qualities() {
    let c = content();
    let a = &c.assessment;
    // Weak (−1) on items of the first two qualities only.
    let answers = respond(a, |_, item| if item.qualities.iter().any(|&q| q < 2) { -1.0 } else { 1.0 }, |_| 0.5);
    let s = scoring::score(a, &answers);
    assert!((3..=5).contains(&s.growth.len()), "{:?}", s.growth);
    assert!(s.growth.contains(&0) && s.growth.contains(&1), "{:?} {:?}", s.growth, s.qualities);
    let worst = s.growth.iter().map(|&q| s.qualities[q].unwrap_or(0.0)).fold(0.0, f64::max);
    for (q, v) in s.qualities.iter().enumerate() {
        if !s.growth.contains(&q) {
            assert!(v.unwrap_or(0.0) >= worst, "quality {q} is weaker than a listed growth area");
        }
    }
    assert!(s.strengths.iter().all(|q| !s.growth.contains(q)));
}
