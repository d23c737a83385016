//! Simulated populations of respondents, shared by the calibration tests
//! (`tests/respondents.rs`), `make calibrate` (`examples/calibrate.rs`),
//! which prints the table docs/scoring.md shows, and
//! `examples/populations.rs`, which writes the same people as JSON lines
//! for `make score`. Everything is seeded: the same code gives the same
//! table.
//!
//! The people answer as real respondents do (issue 18): statements lean
//! toward the flattering end by about half a scale point (more for some,
//! less for others), every person has their own liking or dislike for
//! particular items, and a retake redraws a fifth of the answers. Answers
//! are drawn on the scale the item is scored on (`Choice::value` already
//! holds the reversal), so nothing is flipped twice.

#![allow(dead_code)]

use service_ladder::check::scoring::{self, Answers, Scores};
use service_ladder::content::{Assessment, Content, Item, ItemKind, Level, NOT_APPLICABLE, Trait};
use std::collections::BTreeMap;

/// Respondents per population and kind of work.
pub const PER_ROLE: usize = 2_000;
/// The share of answers (and episodes) a retake draws afresh.
pub const RETAKE_REDRAWN: f64 = 0.2;
/// Episodes a person describes ("your last five clients").
pub const EPISODES: usize = 5;

/// xorshift64*: small, fast and repeatable.
#[derive(Clone)]
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

    /// A rough bell in [−1, 1] (sum of two uniforms).
    pub fn bell(&mut self) -> f64 {
        self.unit() + self.unit() - 1.0
    }
}

/// A number in [−1, 1] that depends only on the person and the item: the
/// person's own liking for that item, the same on a retake.
fn preference(person: u64, item: &str) -> f64 {
    let mut h: u64 = person ^ 0xcbf2_9ce4_8422_2325;
    for b in item.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let mut r = Rng::new(h);
    r.bell()
}

/// How one simulated person answers.
#[derive(Clone, Debug)]
pub enum Style {
    /// An honest person: situations, frequencies, episodes and statements
    /// from their own behaviour and traits.
    Person(Person),
    /// A uniformly random option everywhere; random episodes half the time.
    Random,
    /// Someone answering the way that looks best.
    Faker(Faker),
    /// The first option shown `p` of the time, else a random one, at a pace
    /// far quicker than the text can be read.
    FirstOption { p: f64 },
    /// The same rung everywhere: situations keyed `rung`, frequencies and
    /// statements at fixed points (the anchors of the scale).
    Fixed { rung: i8, traits: [f64; 4] },
}

#[derive(Clone, Debug)]
pub struct Person {
    /// Chances of disappointment, standard and «wow» on an ordinary day.
    pub rungs: [f64; 3],
    /// Under pressure: the chance of a rung lower, and of two rungs lower.
    pub drop: f64,
    pub drop2: f64,
    /// Levels 0…1 of mood dependence, script reliance, ownership and of
    /// claiming an ideal (candour), in `Trait::ALL` order.
    pub traits: [f64; 4],
    /// How far, in scale points, statements and frequencies lean toward
    /// the flattering end.
    pub lean: f64,
    /// The spread of each answer around the person's level, in scale points.
    pub noise: f64,
    /// How strongly the person's liking for particular items shows, in
    /// scale points.
    pub taste: f64,
    /// The chance of "does not happen in my job" where it is allowed.
    pub na: f64,
    /// Whether the person describes their last five clients, and the share
    /// of those met under pressure.
    pub episodes: bool,
    pub pressed_episodes: f64,
    /// Seconds per item are recorded (at a real reading pace).
    pub timed: bool,
    /// Identifies the person's own tastes.
    pub id: u64,
}

#[derive(Clone, Debug)]
pub struct Faker {
    /// The best option this often, the next best otherwise.
    pub best: f64,
    /// "Strongly" at the flattering end, or "rather" (one point in).
    pub strongly: bool,
    /// The level 0…1 at which the candour items are answered.
    pub candour: f64,
    /// Episodes: none, or each +1 with this chance (0 otherwise).
    pub episodes: Option<f64>,
}

/// One person's whole answer: what `make score` reads on one line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Respondent {
    pub answers: Answers,
    pub episodes: Vec<i8>,
    pub seconds: BTreeMap<String, f64>,
}

/// A population: its name, how it answers in words, and how to draw one
/// person from it.
pub struct Population {
    pub name: &'static str,
    pub how: &'static str,
    pub draw: fn(&mut Rng) -> Style,
}

struct Traits {
    mood: (f64, f64),
    script: (f64, f64),
    ownership: (f64, f64),
    candour: (f64, f64),
}

const TYPICAL: Traits =
    Traits { mood: (0.25, 0.5), script: (0.375, 0.625), ownership: (0.375, 0.75), candour: (0.125, 0.375) };

#[allow(clippy::too_many_arguments)]
fn honest(rng: &mut Rng, rungs: [f64; 3], drop: f64, drop2: f64, t: Traits, lean: (f64, f64), pressed: f64) -> Style {
    let mut draw = |(lo, hi): (f64, f64)| rng.between(lo, hi);
    let traits = [draw(t.mood), draw(t.script), draw(t.ownership), draw(t.candour)];
    let lean = draw(lean);
    Style::Person(Person {
        rungs,
        drop,
        drop2,
        traits,
        lean,
        noise: 0.6,
        taste: 0.5,
        na: 0.05,
        episodes: true,
        pressed_episodes: pressed,
        timed: rng.chance(0.5),
        id: rng.next(),
    })
}

/// About half a scale point toward the flattering end, varying by person.
const LEAN: (f64, f64) = (0.0, 1.0);

/// The same person without the episodes block: the questionnaire alone.
fn without_episodes(mut s: Style) -> Style {
    if let Style::Person(p) = &mut s {
        p.episodes = false;
    }
    s
}

pub const POPULATIONS: [Population; 15] = [
    Population {
        name: "always standard",
        how: "an anchor: every situation 0, frequencies «sometimes», lapses «never», moderate statements",
        draw: |_| Style::Fixed { rung: 0, traits: [0.25, 0.5, 0.5, 0.25] },
    },
    Population {
        name: "always wow, with ownership",
        how: "an anchor: every situation +1, frequencies «always», lapses «never», ownership agreed, mood denied, candour moderate",
        draw: |_| Style::Fixed { rung: 1, traits: [0.25, 0.25, 1.0, 0.25] },
    },
    Population {
        name: "always wow, without ownership",
        how: "as above, but ownership disagreed (\"because it is required\")",
        draw: |_| Style::Fixed { rung: 1, traits: [0.25, 0.75, 0.0, 0.25] },
    },
    Population {
        name: "honest, by the book",
        how: "situations 20/70/10 (wow/standard/below), a rung lower under pressure 10% of the time; typical statements with the lean; five episodes, 30% under pressure",
        draw: |rng| honest(rng, [0.1, 0.7, 0.2], 0.1, 0.0, TYPICAL, LEAN, 0.3),
    },
    Population {
        name: "honest, typical",
        how: "situations 40/52/8, a rung lower under pressure 10% of the time; otherwise as above",
        draw: |rng| honest(rng, [0.08, 0.52, 0.4], 0.1, 0.0, TYPICAL, LEAN, 0.3),
    },
    Population {
        name: "honest, typical under pressure",
        how: "as honest typical, but a rung lower under pressure 30% of the time",
        draw: |rng| honest(rng, [0.08, 0.52, 0.4], 0.3, 0.0, TYPICAL, LEAN, 0.3),
    },
    Population {
        name: "cultural, modest",
        how: "situations 75/23/2, steady (a rung lower under pressure 5%); ownership ¾–1, mood ⅛–⅜, candour ⅛–⅜; leans little (0–¼ point)",
        draw: |rng| {
            let t =
                Traits { mood: (0.125, 0.375), script: (0.25, 0.5), ownership: (0.75, 1.0), candour: (0.125, 0.375) };
            honest(rng, [0.02, 0.23, 0.75], 0.05, 0.0, t, (0.0, 0.25), 0.3)
        },
    },
    Population {
        name: "smart faker",
        how: "the best option everywhere, «often»/«always», lapses «never», statements at the flattering end, the candour items answered modestly; half give five episodes, all +1",
        draw: |rng| {
            Style::Faker(Faker {
                best: 1.0,
                strongly: true,
                candour: rng.between(0.25, 0.5),
                episodes: rng.chance(0.5).then_some(1.0),
            })
        },
    },
    Population {
        name: "plausible faker",
        how: "the best option 85% of the time, the next best otherwise; agrees rather than strongly; candour answered modestly; half give five episodes, +1 85% of the time",
        draw: |rng| {
            Style::Faker(Faker {
                best: 0.85,
                strongly: false,
                candour: rng.between(0.375, 0.625),
                episodes: rng.chance(0.5).then_some(0.85),
            })
        },
    },
    Population {
        name: "random clicking",
        how: "a uniformly random option everywhere; half also tap five random episodes",
        draw: |_| Style::Random,
    },
    Population {
        name: "mood-driven, admits it",
        how: "situations 45/35/20, a rung lower under pressure 45% of the time; mood ¾–1, typical otherwise; five episodes, half under pressure",
        draw: |rng| {
            let t = Traits { mood: (0.75, 1.0), ..TYPICAL };
            honest(rng, [0.2, 0.35, 0.45], 0.45, 0.0, t, LEAN, 0.5)
        },
    },
    Population {
        name: "wider swings",
        how: "as mood-driven, and also two rungs lower 20% of the time",
        draw: |rng| {
            let t = Traits { mood: (0.75, 1.0), ..TYPICAL };
            honest(rng, [0.2, 0.35, 0.45], 0.45, 0.2, t, LEAN, 0.5)
        },
    },
    Population {
        name: "honest, typical, no episodes",
        how: "as honest typical, without the episodes: the questionnaire alone",
        draw: |rng| without_episodes(honest(rng, [0.08, 0.52, 0.4], 0.1, 0.0, TYPICAL, LEAN, 0.3)),
    },
    Population {
        name: "mood-driven, no episodes",
        how: "as mood-driven, without the episodes",
        draw: |rng| {
            let t = Traits { mood: (0.75, 1.0), ..TYPICAL };
            without_episodes(honest(rng, [0.2, 0.35, 0.45], 0.45, 0.0, t, LEAN, 0.5))
        },
    },
    Population {
        name: "careless, first option",
        how: "the first option shown 60% of the time, a random one otherwise, at a fifth of the reading time",
        draw: |_| Style::FirstOption { p: 0.6 },
    },
];

/// The rung an ordinary-day answer lands on, −1…+1; `tilt` in [−1, 1]
/// moves the draw toward the lower or the higher rung (the person's taste
/// for this item).
fn rung(rng: &mut Rng, shares: [f64; 3], tilt: f64) -> i8 {
    let x = (rng.unit() + 0.15 * tilt).clamp(0.0, 0.999_999) * shares.iter().sum::<f64>();
    if x < shares[0] {
        -1
    } else if x < shares[0] + shares[1] {
        0
    } else {
        1
    }
}

/// Lower by `steps` rungs, not below −1.
fn lower(key: i8, steps: i8) -> i8 {
    (key - steps).max(-1)
}

fn pressed(rng: &mut Rng, p: &Person, key: i8) -> i8 {
    if rng.chance(p.drop2) {
        lower(key, 2)
    } else if rng.chance(p.drop) {
        lower(key, 1)
    } else {
        key
    }
}

/// The option of a situation with this key (the first, if several).
fn keyed(item: &Item, key: i8) -> Option<&str> {
    item.choices.iter().find(|c| c.value == f64::from(key)).map(|c| c.id.as_str())
}

/// The option whose scored value is nearest `value`.
fn nearest(item: &Item, value: f64) -> String {
    let mut best = &item.choices[0];
    for c in &item.choices {
        if (c.value - value).abs() < (best.value - value).abs() {
            best = c;
        }
    }
    best.id.clone()
}

/// Scale position 0…4 (never … always, strongly disagree … strongly
/// agree), rounded and kept on the scale.
fn point(x: f64) -> usize {
    x.round().clamp(0.0, 4.0) as usize
}

fn trait_of(item: &Item) -> Option<Trait> {
    match item.kind {
        ItemKind::Trait(t) => Some(t),
        _ => None,
    }
}

/// Whether agreeing with a trait looks good: ownership and claiming the
/// ideal do, depending on one's mood or on instructions do not.
fn flattering_up(t: Trait) -> bool {
    matches!(t, Trait::Ownership | Trait::Candour)
}

/// A statement's answer: the person's level of the trait (0…1) as a scale
/// point, moved by the lean, taste and noise, and then the option with
/// that value on the trait's scale (reversed statements included).
fn statement(item: &Item, level: f64, shift: f64) -> String {
    let p = point(level * 4.0 + shift) as f64 / 4.0;
    nearest(item, p)
}

/// A frequency or reverse item's answer as a scale position: how often the
/// person really does it, moved by the lean (toward «always» for a «wow»
/// behaviour, toward «never» for a lapse), taste and noise.
fn how_often(item: &Item, p: &Person, shift: f64) -> String {
    let [below, _, wow] = p.rungs;
    let (often, toward) = match item.kind {
        // A lapse happens on ordinary days and more under pressure.
        ItemKind::Reverse => (0.5 + 4.0 * (below + 0.3 * (p.drop + p.drop2)), -1.0),
        _ => (0.5 + 3.5 * wow, 1.0),
    };
    let i = point(often + toward * (p.lean + shift));
    // The scale's points are the item's choices, never … always.
    item.choices.get(i).map_or_else(|| item.choices[0].id.clone(), |c| c.id.clone())
}

/// Seconds a careful reader spends on an item: the words at 180 a minute
/// and a moment to choose.
pub fn reading_time(item: &Item) -> f64 {
    scoring::reading_words(item) as f64 / 3.0 + 1.5
}

/// One person's answers to a questionnaire (answers only).
pub fn respond(a: &Assessment, style: &Style, rng: &mut Rng) -> Answers {
    respond_all(a, style, rng).answers
}

/// One person's whole answer: items, episodes and times.
pub fn respond_all(a: &Assessment, style: &Style, rng: &mut Rng) -> Respondent {
    let mut out = Respondent::default();
    let mut ordinary: Vec<(String, i8)> = Vec::new();
    for item in &a.items {
        let id = match style {
            Style::Random => item.choices[rng.below(item.choices.len())].id.clone(),
            Style::FirstOption { p } => {
                if rng.chance(*p) {
                    item.choices[0].id.clone()
                } else {
                    item.choices[rng.below(item.choices.len())].id.clone()
                }
            }
            Style::Fixed { rung, traits } => match item.kind {
                ItemKind::Trait(t) => nearest(item, traits[t as usize]),
                ItemKind::Situation => keyed(item, *rung).unwrap_or(&item.choices[0].id).to_string(),
                ItemKind::Frequency => nearest(item, f64::from(*rung)),
                ItemKind::Reverse => item.choices[0].id.clone(),
            },
            Style::Faker(f) => faked(item, f, rng),
            Style::Person(person) => {
                if item.allows_na && rng.chance(person.na) {
                    out.answers.insert(item.id.clone(), NOT_APPLICABLE.to_string());
                    continue;
                }
                let taste = person.taste * preference(person.id, &item.id);
                let noise = person.noise * rng.bell();
                match item.kind {
                    ItemKind::Trait(t) => {
                        let toward = if flattering_up(t) { 1.0 } else { -1.0 };
                        statement(item, person.traits[t as usize], toward * person.lean + taste + noise)
                    }
                    ItemKind::Situation => {
                        let key = match &item.pressure_of {
                            Some(of) => {
                                let before = ordinary.iter().find(|(id, _)| id == of).map_or(0, |(_, k)| *k);
                                pressed(rng, person, before)
                            }
                            None => rung(rng, person.rungs, taste),
                        };
                        ordinary.push((item.id.clone(), key));
                        keyed(item, key).unwrap_or(&item.choices[0].id).to_string()
                    }
                    _ => how_often(item, person, taste + noise),
                }
            }
        };
        out.answers.insert(item.id.clone(), id);
    }
    match style {
        Style::Person(p) if p.episodes => {
            for _ in 0..EPISODES {
                let key = rung(rng, p.rungs, 0.0);
                let key = if rng.chance(p.pressed_episodes) { pressed(rng, p, key) } else { key };
                out.episodes.push(key);
            }
        }
        Style::Random if rng.chance(0.5) => {
            out.episodes = (0..EPISODES).map(|_| rng.below(3) as i8 - 1).collect();
        }
        Style::Faker(Faker { episodes: Some(p), .. }) => {
            out.episodes = (0..EPISODES).map(|_| i8::from(rng.chance(*p))).collect();
        }
        _ => {}
    }
    let timed = match style {
        Style::Person(p) => p.timed,
        Style::FirstOption { .. } => true,
        _ => false,
    };
    if timed {
        let pace = match style {
            Style::FirstOption { .. } => rng.between(0.1, 0.3),
            _ => rng.between(0.8, 1.6),
        };
        for item in &a.items {
            out.seconds.insert(item.id.clone(), reading_time(item) * pace * rng.between(0.8, 1.25));
        }
    }
    out
}

/// What a faker picks: the best option (or the next best), «often» or
/// «always», «never» for a lapse, the flattering end of a statement, and
/// the candour items at the faker's chosen modesty.
fn faked(item: &Item, f: &Faker, rng: &mut Rng) -> String {
    let best = rng.chance(f.best);
    match item.kind {
        ItemKind::Trait(Trait::Candour) => statement(item, f.candour, 0.0),
        ItemKind::Trait(t) => {
            let end = if flattering_up(t) { 1.0 } else { 0.0 };
            let inward = if f.strongly && best { 0.0 } else { 0.25 };
            statement(item, if end > 0.5 { end - inward } else { end + inward }, 0.0)
        }
        ItemKind::Situation => {
            let key = if best { 1 } else { 0 };
            keyed(item, key).unwrap_or(&item.choices[0].id).to_string()
        }
        ItemKind::Frequency => {
            let top = if best && f.strongly && rng.chance(0.5) { 4 } else { 3 };
            item.choices.get(top).map_or_else(|| item.choices[0].id.clone(), |c| c.id.clone())
        }
        ItemKind::Reverse => {
            let i = usize::from(!best);
            item.choices.get(i).map_or_else(|| item.choices[0].id.clone(), |c| c.id.clone())
        }
    }
}

/// A retake by the same person: a fifth of the answers and episodes drawn
/// afresh, the rest as before.
pub fn retake(a: &Assessment, style: &Style, first: &Respondent, rng: &mut Rng) -> Respondent {
    let fresh = respond_all(a, style, rng);
    let mut out = first.clone();
    for (id, answer) in &fresh.answers {
        if rng.chance(RETAKE_REDRAWN) {
            out.answers.insert(id.clone(), answer.clone());
        }
    }
    for (i, e) in fresh.episodes.iter().enumerate() {
        if rng.chance(RETAKE_REDRAWN)
            && let Some(slot) = out.episodes.get_mut(i)
        {
            *slot = *e;
        }
    }
    out.seconds = fresh.seconds;
    out
}

/// Scores one respondent with everything they gave.
pub fn score(a: &Assessment, r: &Respondent) -> Scores {
    scoring::score_with(a, &r.answers, &extra(r))
}

pub fn extra(r: &Respondent) -> scoring::Extra {
    scoring::Extra { episodes: r.episodes.clone(), seconds: r.seconds.clone(), colleagues: Vec::new(), seed: None }
}

/// What the result shows, in `make score`'s words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    On(Level),
    Between(Level, Level),
    NotClear,
}

pub fn shown(s: &Scores) -> Shown {
    if s.verdict.not_clear() {
        return Shown::NotClear;
    }
    match s.verdict.place() {
        scoring::Place::On(l) => Shown::On(l),
        scoring::Place::Between(a, b) => Shown::Between(a, b),
    }
}

/// Where one population lands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub respondents: usize,
    /// Clear or leaning verdicts per level, in `Level::ALL` order.
    pub levels: [usize; 3],
    /// Clear verdicts per level.
    pub clear: [usize; 3],
    pub between: usize,
    pub not_clear: usize,
    /// Any flag: too perfect, careless, few answers.
    pub flagged: usize,
    pub too_perfect: usize,
    /// A clear cultural level with no flag.
    pub clear_cultural_unflagged: usize,
    /// A level (or a pair) shown with confidence 70 or more.
    pub confident: usize,
    /// A retake shows the same level, the same pair, or not clear again.
    pub retake_same: usize,
    /// Confidence out of 100 of every respondent.
    pub certainty: Vec<u32>,
}

impl Outcome {
    pub fn share(&self, n: usize) -> f64 {
        n as f64 / self.respondents.max(1) as f64
    }

    pub fn level(&self, l: Level) -> f64 {
        self.share(self.levels[l.index()])
    }

    pub fn between(&self) -> f64 {
        self.share(self.between)
    }

    pub fn not_clear(&self) -> f64 {
        self.share(self.not_clear)
    }

    pub fn flagged(&self) -> f64 {
        self.share(self.flagged)
    }

    pub fn median_certainty(&self) -> u32 {
        let mut c = self.certainty.clone();
        c.sort_unstable();
        c.get(c.len() / 2).copied().unwrap_or(0)
    }

    fn add(&mut self, s: &Scores, again: &Scores) {
        self.respondents += 1;
        let flags = s.verdict.flags;
        match shown(s) {
            Shown::NotClear => self.not_clear += 1,
            Shown::Between(..) => self.between += 1,
            Shown::On(l) => {
                self.levels[l.index()] += 1;
                if s.verdict.confidence == scoring::Confidence::Clear {
                    self.clear[l.index()] += 1;
                    if l == Level::Cultural && flags.is_empty() {
                        self.clear_cultural_unflagged += 1;
                    }
                }
            }
        }
        let certainty = scoring::percent(s.verdict.certainty);
        self.flagged += usize::from(!flags.is_empty());
        self.too_perfect += usize::from(flags.too_perfect);
        self.confident += usize::from(shown(s) != Shown::NotClear && certainty >= 70);
        self.retake_same += usize::from(shown(s) == shown(again));
        self.certainty.push(certainty);
    }
}

/// Runs a population: `PER_ROLE` people in each kind of work, each also
/// retaking the check.
pub fn run(c: &Content, p: &Population, seed: u64) -> Outcome {
    let mut out = Outcome::default();
    let mut rng = Rng::new(seed);
    for role in &c.assessment.roles {
        let a = c.assessment.for_role(&role.id);
        for _ in 0..PER_ROLE {
            let style = (p.draw)(&mut rng);
            let first = respond_all(&a, &style, &mut rng);
            let again = retake(&a, &style, &first, &mut rng);
            out.add(&score(&a, &first), &score(&a, &again));
        }
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
        "| population | spontaneous | regulated | cultural | between | not clear | flagged | clear cultural, no flag | confidence ≥ 70 | median confidence | retake same |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for (p, o) in results {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            p.name,
            pct(o.level(Level::Spontaneous)),
            pct(o.level(Level::Regulated)),
            pct(o.level(Level::Cultural)),
            pct(o.between()),
            pct(o.not_clear()),
            pct(o.flagged()),
            pct(o.share(o.clear_cultural_unflagged)),
            pct(o.share(o.confident)),
            o.median_certainty(),
            pct(o.share(o.retake_same)),
        ));
    }
    out
}

/// How each population answers, as a Markdown list.
pub fn populations() -> String {
    POPULATIONS.iter().map(|p| format!("- **{}**: {}.\n", p.name, p.how)).collect()
}
