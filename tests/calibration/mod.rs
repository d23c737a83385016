//! Simulated populations of respondents, shared by the calibration tests
//! (`tests/respondents.rs`) and `make calibrate`
//! (`examples/calibrate.rs`), which prints the table that
//! docs/scoring.md shows. Everything is seeded: the same code gives the
//! same table.

#![allow(dead_code)]

use service_ladder::check::scoring::{self, Answers, Confidence, Scores};
use service_ladder::content::{Assessment, Content, Item, ItemKind, Level, NOT_APPLICABLE, Trait};

/// Respondents per population.
pub const RESPONDENTS: usize = 2_000;

/// xorshift64*: small, fast and repeatable.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Uniform in [lo, hi].
    pub fn between(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
}

/// How one simulated person answers.
#[derive(Clone, Debug)]
pub enum Style {
    /// Situations, frequency and reverse items from the rung shares, trait
    /// items around the person's own levels.
    Person(Person),
    /// A uniformly random option everywhere.
    Random,
    /// The option a naive reader would think best, `p` of the time; the
    /// next best otherwise.
    BestOption { p: f64 },
    /// The first option shown `p` of the time, else a random one.
    Careless { p: f64 },
}

#[derive(Clone, Debug)]
pub struct Person {
    /// Chances of disappointment, standard and «wow» on an ordinary day.
    pub rungs: [f64; 3],
    /// The chance that under pressure the answer is a rung lower (and,
    /// half of those times, two rungs lower when there is room).
    pub drop: f64,
    /// Levels 0…1 of mood dependence, script reliance, ownership and
    /// agreement with the candour claims, in `Trait::ALL` order.
    pub traits: [f64; 4],
    /// Spread of trait answers around those levels, in scale points.
    pub noise: f64,
    /// The chance of "does not happen in my job" where it is allowed.
    pub na: f64,
}

/// A population: its name, how it answers in words, and how to draw one
/// person from it.
pub struct Population {
    pub name: &'static str,
    pub how: &'static str,
    pub draw: fn(&mut Rng) -> Style,
}

fn person(rng: &mut Rng, rungs: [f64; 3], drop: f64, traits: [(f64, f64); 4], na: f64) -> Style {
    Style::Person(Person { rungs, drop, traits: traits.map(|(lo, hi)| rng.between(lo, hi)), noise: 0.6, na })
}

pub const POPULATIONS: [Population; 10] = [
    Population {
        name: "always standard",
        how: "every situation 0; frequencies «sometimes»; mood ¼–½, script ½–¾, ownership ¼–¾, candour ¼–½",
        draw: |rng| person(rng, [0.0, 1.0, 0.0], 0.0, [(0.25, 0.5), (0.5, 0.75), (0.25, 0.75), (0.25, 0.5)], 0.0),
    },
    Population {
        name: "always wow, with ownership",
        how: "every situation +1, frequencies «often» or «always»; mood 0–¼, script ¼–½, ownership ¾–1, candour ¼–½",
        draw: |rng| person(rng, [0.0, 0.0, 1.0], 0.0, [(0.0, 0.25), (0.25, 0.5), (0.75, 1.0), (0.25, 0.5)], 0.0),
    },
    Population {
        name: "always wow, without ownership",
        how: "as above, but ownership 0–¼ (\"because it is required\") and script ½–¾",
        draw: |rng| person(rng, [0.0, 0.0, 1.0], 0.0, [(0.0, 0.25), (0.5, 0.75), (0.0, 0.25), (0.25, 0.5)], 0.0),
    },
    Population {
        name: "mood-driven",
        how: "60/30/10 (wow/standard/disappointment, in situations and frequencies alike); under pressure a rung or two lower 85% of the time; mood ¾–1",
        draw: |rng| person(rng, [0.1, 0.3, 0.6], 0.85, [(0.75, 1.0), (0.25, 0.75), (0.25, 0.75), (0.25, 0.5)], 0.0),
    },
    Population {
        name: "honest ordinary employee",
        how: "30/60/10, steady pairs (a rung lower under pressure 10% of the time); moderate traits (mood ¼–½, script ⅜–⅝, ownership ⅜–¾, candour ⅛–½); 5% \"does not happen\"",
        draw: |rng| person(rng, [0.1, 0.6, 0.3], 0.1, [(0.25, 0.5), (0.375, 0.625), (0.375, 0.75), (0.125, 0.5)], 0.05),
    },
    Population { name: "random", how: "a uniformly random option everywhere", draw: |_| Style::Random },
    Population {
        name: "best-option picker",
        how: "the option a naive reader thinks best (+1, «always», «never» for lapses, the flattering end of every statement) 90% of the time, the next best otherwise",
        draw: |_| Style::BestOption { p: 0.9 },
    },
    Population {
        name: "idealising",
        how: "70/30/0, steady pairs; mood 0–¼, ownership ¾–1, agrees with the candour claims (⅝–1)",
        draw: |rng| person(rng, [0.0, 0.3, 0.7], 0.05, [(0.0, 0.25), (0.25, 0.5), (0.75, 1.0), (0.625, 1.0)], 0.0),
    },
    Population {
        name: "moody",
        how: "40/50/10, a rung lower under pressure half the time; mood ½–⅞, ownership ⅜–¾",
        draw: |rng| person(rng, [0.1, 0.5, 0.4], 0.5, [(0.5, 0.875), (0.25, 0.75), (0.375, 0.75), (0.25, 0.5)], 0.05),
    },
    Population {
        name: "careless",
        how: "the first option shown 60% of the time, a random one otherwise",
        draw: |_| Style::Careless { p: 0.6 },
    },
];

/// The rung an ordinary-day answer lands on, −1…+1.
fn rung(rng: &mut Rng, shares: [f64; 3]) -> i8 {
    let x = rng.unit() * shares.iter().sum::<f64>();
    if x < shares[0] {
        -1
    } else if x < shares[0] + shares[1] {
        0
    } else {
        1
    }
}

/// The option of a situation with this key (the first, if several).
fn keyed(item: &Item, key: i8) -> Option<&str> {
    item.choices.iter().find(|c| c.value == f64::from(key)).map(|c| c.id.as_str())
}

/// A frequency or reverse item's point for a rung: the ends now and then.
fn on_scale(rng: &mut Rng, item: &Item, key: i8) -> String {
    let good = if item.kind == ItemKind::Reverse { -1.0 } else { 1.0 };
    let target = match key {
        1 if rng.chance(0.3) => good,
        1 => 0.5 * good,
        -1 if rng.chance(0.3) => -good,
        -1 => -0.5 * good,
        _ => 0.0,
    };
    nearest(item, target)
}

fn nearest(item: &Item, value: f64) -> String {
    let mut best = &item.choices[0];
    for c in &item.choices {
        if (c.value - value).abs() < (best.value - value).abs() {
            best = c;
        }
    }
    best.id.clone()
}

/// A trait item's answer for a level 0…1 of the trait.
fn agreement(rng: &mut Rng, item: &Item, level: f64, noise: f64) -> String {
    // Sum of two uniforms: a rough bell around the level.
    let jitter = (rng.unit() + rng.unit() - 1.0) * noise;
    let point = (level * 4.0 + jitter).round().clamp(0.0, 4.0) / 4.0;
    nearest(item, point)
}

fn trait_of(item: &Item) -> Option<Trait> {
    match item.kind {
        ItemKind::Trait(t) => Some(t),
        _ => None,
    }
}

/// The answer a naive reader thinks best, and the next best.
fn best_options(item: &Item) -> (String, String) {
    // For statements the flattering end: low mood dependence and script
    // reliance, high ownership, and the ideal the candour items claim.
    let flattering = match trait_of(item) {
        Some(Trait::Mood | Trait::Script) => 0.0,
        Some(Trait::Ownership | Trait::Candour) => 1.0,
        None => 1.0,
    };
    let best = nearest(item, flattering);
    let next = match trait_of(item) {
        Some(_) => nearest(item, if flattering > 0.5 { 0.75 } else { 0.25 }),
        None if item.kind == ItemKind::Situation => keyed(item, 0).unwrap_or(&best).to_string(),
        None => nearest(item, 0.5),
    };
    (best, next)
}

/// One person's answers to a questionnaire.
pub fn respond(a: &Assessment, style: &Style, rng: &mut Rng) -> Answers {
    let mut answers = Answers::new();
    let mut ordinary: Vec<(String, i8)> = Vec::new();
    for item in &a.items {
        let id = match style {
            Style::Random => item.choices[rng.below(item.choices.len())].id.clone(),
            Style::Careless { p } => {
                if rng.chance(*p) {
                    item.choices[0].id.clone()
                } else {
                    item.choices[rng.below(item.choices.len())].id.clone()
                }
            }
            Style::BestOption { p } => {
                let (best, next) = best_options(item);
                if rng.chance(*p) { best } else { next }
            }
            Style::Person(person) => {
                if item.allows_na && rng.chance(person.na) {
                    answers.insert(item.id.clone(), NOT_APPLICABLE.to_string());
                    continue;
                }
                match item.kind {
                    ItemKind::Trait(t) => agreement(rng, item, person.traits[t as usize], person.noise),
                    ItemKind::Situation => {
                        let key = match &item.pressure_of {
                            Some(of) => {
                                let before = ordinary.iter().find(|(id, _)| id == of).map_or(0, |(_, k)| *k);
                                if before > -1 && rng.chance(person.drop) {
                                    let steps = if before == 1 && rng.chance(0.5) { 2 } else { 1 };
                                    before - steps
                                } else {
                                    before
                                }
                            }
                            None => rung(rng, person.rungs),
                        };
                        ordinary.push((item.id.clone(), key));
                        keyed(item, key).unwrap_or(&item.choices[0].id).to_string()
                    }
                    _ => {
                        let key = rung(rng, person.rungs);
                        on_scale(rng, item, key)
                    }
                }
            }
        };
        answers.insert(item.id.clone(), id);
    }
    answers
}

/// Where one population lands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub respondents: usize,
    /// Clear or leaning verdicts per level, in `Level::ALL` order.
    pub levels: [usize; 3],
    /// Verdicts between two levels.
    pub mixed: usize,
    pub flagged: usize,
    /// Certainty out of 100 of every respondent.
    pub certainty: Vec<u32>,
}

impl Outcome {
    pub fn share(&self, n: usize) -> f64 {
        n as f64 / self.respondents.max(1) as f64
    }

    pub fn level(&self, l: Level) -> f64 {
        self.share(self.levels[l.index()])
    }

    pub fn mixed(&self) -> f64 {
        self.share(self.mixed)
    }

    pub fn flagged(&self) -> f64 {
        self.share(self.flagged)
    }

    pub fn median_certainty(&self) -> u32 {
        let mut c = self.certainty.clone();
        c.sort_unstable();
        c.get(c.len() / 2).copied().unwrap_or(0)
    }

    fn add(&mut self, s: &Scores) {
        self.respondents += 1;
        match s.verdict.confidence {
            Confidence::Mixed => self.mixed += 1,
            _ => self.levels[s.verdict.level.index()] += 1,
        }
        self.flagged += usize::from(s.evidence.idealised());
        self.certainty.push(scoring::percent(s.verdict.certainty));
    }
}

/// Runs a population: each respondent gets a role's set at random.
pub fn run(c: &Content, p: &Population, seed: u64) -> Outcome {
    let sets: Vec<Assessment> = c.assessment.roles.iter().map(|r| c.assessment.for_role(&r.id)).collect();
    let mut out = Outcome::default();
    let mut rng = Rng::new(seed);
    for _ in 0..RESPONDENTS {
        let a = &sets[rng.below(sets.len())];
        let style = (p.draw)(&mut rng);
        let answers = respond(a, &style, &mut rng);
        out.add(&scoring::score(a, &answers));
    }
    out
}

/// Every population, each with its own seed.
pub fn run_all(c: &Content) -> Vec<(&'static Population, Outcome)> {
    POPULATIONS.iter().enumerate().map(|(i, p)| (p, run(c, p, 1 + i as u64))).collect()
}

fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

/// The calibration table, as Markdown.
pub fn table(results: &[(&'static Population, Outcome)]) -> String {
    let mut out = String::from(
        "| population | spontaneous | regulated | cultural | mixed | flagged by candour | median confidence |\n\
         |---|---:|---:|---:|---:|---:|---:|\n",
    );
    for (p, o) in results {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            p.name,
            pct(o.level(Level::Spontaneous)),
            pct(o.level(Level::Regulated)),
            pct(o.level(Level::Cultural)),
            pct(o.mixed()),
            pct(o.flagged()),
            o.median_certainty()
        ));
    }
    out
}

/// How each population answers, as a Markdown list.
pub fn populations() -> String {
    POPULATIONS.iter().map(|p| format!("- **{}**: {}.\n", p.name, p.how)).collect()
}
