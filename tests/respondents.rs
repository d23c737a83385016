//! Simulated respondents hold the level model to what docs/scoring.md says:
//! the calibration populations land where they should, the table in the
//! docs is the one the code prints, every explanation sentence appears
//! exactly when its evidence holds, and "does not happen in my job" counts
//! for nothing.

mod calibration;

use calibration::{Outcome, Population, Rng, Style};
use service_ladder::check::explain::Reason;
use service_ladder::check::scoring::{self, Answers, Confidence, MainStep, Place};
use service_ladder::content::{Assessment, Content, Item, ItemKind, Level, NOT_APPLICABLE, Trait};
use service_ladder::text::language_file::native;
use std::sync::OnceLock;

const DOCS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/scoring.md");
const START: &str =
    "<!-- calibration: start (make calibrate prints it; UPDATE_DOCS=1 cargo test --test respondents rewrites it) -->\n";
const END: &str = "<!-- calibration: end -->";

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().unwrap_or_else(|p| panic!("shipped content must load: {p:?}")))
}

fn results() -> &'static Vec<(&'static Population, Outcome)> {
    static R: OnceLock<Vec<(&'static Population, Outcome)>> = OnceLock::new();
    R.get_or_init(|| calibration::run_all(content()))
}

fn outcome(name: &str) -> &'static Outcome {
    results().iter().find(|(p, _)| p.name == name).map(|(_, o)| o).unwrap_or_else(|| panic!("no population {name}"))
}

fn show(o: &Outcome) -> String {
    let [s, r, c] = o.levels;
    format!(
        "spontaneous {s}, regulated {r}, cultural {c}, between {}, not clear {}, flagged {}, clear cultural unflagged {}, confident {}, retake same {} of {}",
        o.between, o.not_clear, o.flagged, o.clear_cultural_unflagged, o.confident, o.retake_same, o.respondents
    )
}

#[test]
fn the_anchors_land_on_their_rungs() {
    let o = outcome("always standard");
    assert!(o.level(Level::Regulated) >= 0.99, "{}", show(o));
    // Every best option with ownership is the too-perfect pattern itself:
    // cultural, but never clear without another source.
    let o = outcome("always wow, with ownership");
    assert!(o.level(Level::Cultural) >= 0.99, "{}", show(o));
    assert_eq!(o.clear[Level::Cultural.index()], 0, "{}", show(o));
    let o = outcome("always wow, without ownership");
    assert_eq!(o.levels[Level::Cultural.index()], 0, "{}", show(o));
}

/// Issue 18's targets for fakers: a clear cultural level without a flag
/// for at most 10% of smart and 30% of plausible fakers.
#[test]
fn fakers_seldom_get_a_clear_cultural_level_without_a_flag() {
    let smart = outcome("smart faker");
    assert!(smart.share(smart.clear_cultural_unflagged) <= 0.10, "{}", show(smart));
    assert!(smart.flagged() >= 0.9, "{}", show(smart));
    let plausible = outcome("plausible faker");
    assert!(plausible.share(plausible.clear_cultural_unflagged) <= 0.30, "{}", show(plausible));
}

/// Issue 18: an honest typical employee is regulated or leaning regulated
/// (≥ 60%), seldom spontaneous (≤ 8%); by the book even more so.
#[test]
fn honest_employees_are_regulated_and_seldom_spontaneous() {
    for name in ["honest, by the book", "honest, typical"] {
        let o = outcome(name);
        assert!(o.level(Level::Regulated) >= 0.6, "{name}: {}", show(o));
        assert!(o.level(Level::Spontaneous) <= 0.08, "{name}: {}", show(o));
        assert!(o.between() + o.not_clear() <= 0.35, "{name}: {}", show(o));
        assert!(o.flagged() <= 0.12, "{name}: {}", show(o));
    }
    // Issue 18's target for the typical employee: between or not clear
    // for at most 30%.
    let o = outcome("honest, typical");
    assert!(o.between() + o.not_clear() <= 0.30, "{}", show(o));
    let o = outcome("honest, typical under pressure");
    assert!(o.level(Level::Cultural) <= 0.02, "{}", show(o));
}

#[test]
fn a_modest_cultural_person_is_seen_as_cultural() {
    let o = outcome("cultural, modest");
    assert!(o.level(Level::Cultural) >= 0.55, "{}", show(o));
    assert!(o.level(Level::Spontaneous) <= 0.02, "{}", show(o));
}

/// Issue 18: random clicking is shown with confidence 70 or more in at
/// most 5%; careless first-option answers are never given a level.
#[test]
fn random_and_careless_answers_get_no_confident_level() {
    let o = outcome("random clicking");
    assert!(o.share(o.confident) <= 0.05, "{}", show(o));
    assert!(o.level(Level::Cultural) <= 0.01, "{}", show(o));
    let o = outcome("careless, first option");
    assert!(o.not_clear() >= 0.95, "{}", show(o));
}

/// The seed's spontaneous level: the same person at −1 and +1
/// unpredictably, and saying that mood matters.
#[test]
fn mood_driven_people_land_on_spontaneous() {
    // Issue 18's target: spontaneous for at least 80% of them.
    let o = outcome("mood-driven, admits it");
    assert!(o.level(Level::Spontaneous) >= 0.80, "{}", show(o));
    assert!(o.level(Level::Cultural) <= 0.01, "{}", show(o));
    let o = outcome("wider swings");
    assert!(o.level(Level::Spontaneous) >= 0.85, "{}", show(o));
}

/// Issue 18: a retake with a fifth of the answers (and episodes) drawn
/// afresh shows the same level, or the same pair when between, for at
/// least 80% of every honest, cultural and mood-driven population.
#[test]
fn a_retake_mostly_agrees() {
    for name in [
        "honest, by the book",
        "honest, typical",
        "honest, typical under pressure",
        "cultural, modest",
        "mood-driven, admits it",
        "wider swings",
        "honest, typical, no episodes",
        "mood-driven, no episodes",
    ] {
        let o = outcome(name);
        assert!(o.share(o.retake_same) >= 0.80, "{name}: {}", show(o));
    }
}

/// docs/scoring.md shows the table `make calibrate` prints; they cannot
/// drift. To refresh the docs: `UPDATE_DOCS=1 cargo test --test respondents`.
#[test]
fn the_table_in_the_docs_is_the_one_the_code_prints() {
    let block = format!("{START}\n{}\n{}\n{END}", calibration::table(results()), calibration::populations());
    let docs = std::fs::read_to_string(DOCS).unwrap_or_default();
    let (Some(a), Some(b)) = (docs.find(START), docs.find(END)) else {
        panic!("docs/scoring.md has no calibration block");
    };
    let shown = &docs[a..b + END.len()];
    if std::env::var_os("UPDATE_DOCS").is_some() && shown != block {
        let updated = format!("{}{block}{}", &docs[..a], &docs[b + END.len()..]);
        std::fs::write(DOCS, updated).expect("write docs/scoring.md");
        return;
    }
    assert!(shown == block, "docs/scoring.md shows another table than the code prints:\n{block}");
}

// ---------------------------------------------------------------------------
// Explanations: each sentence exactly when its evidence holds.

/// The facts each reason speaks of, worked out here from the answers
/// themselves rather than through the model's evidence.
fn expected_reasons(a: &Assessment, answers: &Answers) -> Vec<&'static str> {
    fn chosen<'i>(item: &'i Item, answers: &Answers) -> Option<&'i service_ladder::content::Choice> {
        answers.get(&item.id).and_then(|id| item.choices.iter().find(|c| &c.id == id))
    }
    let chosen = |item| chosen(item, answers);
    let ladder: Vec<f64> =
        a.items.iter().filter(|i| i.kind.is_ladder()).filter_map(|i| chosen(i).map(|c| c.value)).collect();
    let trait_mean = |t: Trait| {
        let v: Vec<f64> = a
            .items
            .iter()
            .filter(|i| i.kind == ItemKind::Trait(t))
            .filter_map(|i| chosen(i).map(|c| c.value))
            .collect();
        (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
    };
    let na = a
        .items
        .iter()
        .filter(|i| i.kind.is_ladder() && i.allows_na && answers.get(&i.id).is_some_and(|x| x == NOT_APPLICABLE))
        .count();
    let allowed = a.items.iter().filter(|i| i.kind.is_ladder() && i.allows_na).count();
    let n = ladder.len() as f64;
    // Situations count twice as much as frequencies (docs/scoring.md).
    let of_kind = |situation: bool| -> Vec<f64> {
        a.items
            .iter()
            .filter(|i| i.kind.is_ladder() && (i.kind == ItemKind::Situation) == situation)
            .filter_map(|i| chosen(i).map(|c| c.value))
            .collect()
    };
    let share = |v: &[f64], f: fn(f64) -> f64| v.iter().map(|x| f(*x)).sum::<f64>() / v.len().max(1) as f64;
    let (sit, freq) = (of_kind(true), of_kind(false));
    let (ws, wf) = (if sit.is_empty() { 0.0 } else { 2.0 }, if freq.is_empty() { 0.0 } else { 1.0 });
    let weighed = |f: fn(f64) -> f64| (ws * share(&sit, f) + wf * share(&freq, f)) / (ws + wf).max(1.0);
    let wow = weighed(|v| v.max(0.0));
    let standard = weighed(|v| 1.0 - v.abs());
    let mut pairs = 0;
    let mut changed = 0;
    let mut worse = 0;
    for p in a.items.iter().filter(|i| i.pressure_of.is_some()) {
        let Some(o) = a.items.iter().find(|i| Some(&i.id) == p.pressure_of.as_ref()) else { continue };
        if let (Some(x), Some(y)) = (chosen(o), chosen(p)) {
            pairs += 1;
            changed += usize::from(x.value != y.value);
            worse += usize::from(y.value < x.value);
        }
    }
    let connection: Vec<f64> =
        a.items.iter().filter(|i| i.connection).filter_map(|i| chosen(i).map(|c| (c.value + 1.0) / 2.0)).collect();
    let agree = |x: Option<f64>| x.is_some_and(|x| x >= 0.625);
    let disagree = |x: Option<f64>| x.is_some_and(|x| x <= 0.375);
    let (mood, script, own, candour) =
        (trait_mean(Trait::Mood), trait_mean(Trait::Script), trait_mean(Trait::Ownership), trait_mean(Trait::Candour));
    let mut out = Vec::new();
    let mut say = |cond: bool, id: &'static str| {
        if cond {
            out.push(id)
        }
    };
    // Too perfect: nearly every best option and three more of: no lapse
    // anywhere, no change under pressure, mood denied, ownership at the top.
    let often: Vec<f64> =
        a.items.iter().filter(|i| i.kind == ItemKind::Frequency).filter_map(|i| chosen(i).map(|c| c.value)).collect();
    let signs = [
        !sit.is_empty()
            && share(&sit, |v| v.max(0.0)) >= 0.8
            && (often.is_empty() || often.iter().sum::<f64>() / often.len() as f64 >= 0.5),
        !ladder.is_empty() && ladder.iter().all(|v| *v >= 0.0),
        pairs > 0 && changed == 0,
        mood.is_some_and(|m| m <= 0.25),
        own.is_some_and(|o| o >= 0.75),
    ];
    let perfect = signs[0] && signs.iter().filter(|s| **s).count() >= 4;
    say(candour.is_some_and(|c| c >= 0.75) || perfect, "idealised");
    say(na >= 2 && na * 2 > allowed, "few_answers");
    say(worse > 0, "drops_under_pressure");
    say(pairs >= 2 && changed == 0, "steady_under_pressure");
    say(agree(mood), "mood_matters");
    say(disagree(mood), "mood_steady");
    say(n > 0.0 && standard >= 0.5, "mostly_standard");
    say(agree(script), "leans_on_rules");
    say(disagree(script), "beyond_rules");
    say(n > 0.0 && wow >= 0.5, "mostly_wow");
    say(agree(own), "owns_service");
    say(!connection.is_empty() && connection.iter().sum::<f64>() / connection.len() as f64 >= 0.75, "connection");
    say(n > 0.0 && wow >= 0.5 && !own.is_some_and(|o| o > 0.5), "wow_without_ownership");
    say(ladder.iter().any(|v| *v < 0.0), "some_disappointment");
    out
}

/// Answers of every kind of person, including "does not happen" and gaps.
fn varied_answers(a: &Assessment, rng: &mut Rng) -> Answers {
    let population = &calibration::POPULATIONS[rng.below(calibration::POPULATIONS.len())];
    let style = (population.draw)(rng);
    let mut answers = calibration::respond(a, &style, rng);
    // Now and then "does not happen" where it is allowed (for some people
    // nearly everywhere), or a gap.
    let na = if rng.chance(0.1) { 0.95 } else { 0.1 };
    for item in &a.items {
        if item.allows_na && rng.chance(na) {
            answers.insert(item.id.clone(), NOT_APPLICABLE.into());
        } else if rng.chance(0.02) {
            answers.remove(&item.id);
        }
    }
    answers
}

#[test]
fn every_sentence_appears_exactly_when_its_evidence_holds() {
    let c = content();
    let mut rng = Rng::new(77);
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..3_000 {
        let role = &c.assessment.roles[rng.below(c.assessment.roles.len())];
        let a = c.assessment.for_role(&role.id);
        let answers = varied_answers(&a, &mut rng);
        let s = scoring::score(&a, &answers);
        let mut given: Vec<&str> = s.reasons.iter().map(|r| r.id()).collect();
        given.sort_unstable();
        let mut expected = expected_reasons(&a, &answers);
        expected.sort_unstable();
        assert_eq!(given, expected, "role {}, answers {answers:?}", role.id);
        seen.extend(expected);
    }
    // Every sentence was put to the test at least once.
    for id in Reason::IDS {
        assert!(seen.contains(id), "no simulated answers ever backed \"{id}\"");
    }
}

#[test]
fn counts_in_sentences_are_the_answers_own() {
    let c = content();
    let a = c.assessment.for_role("car_dealership");
    // Ordinary days «wow», under pressure a disappointment, in every pair.
    let answers: Answers = a
        .items
        .iter()
        .map(|i| {
            let key = if i.pressure_of.is_some() { -1.0 } else { 1.0 };
            let id = i.choices.iter().find(|c| c.value == key).map_or(&i.choices[0].id, |c| &c.id);
            (i.id.clone(), id.clone())
        })
        .collect();
    let s = scoring::score(&a, &answers);
    let pairs = a.pairs().len();
    assert!(s.reasons.contains(&Reason::DropsUnderPressure { n: pairs, total: pairs }), "{:?}", s.reasons);
    let sentence = Reason::DropsUnderPressure { n: pairs, total: pairs }.sentence(&a, native("en"));
    assert!(sentence.ends_with(&format!("{pairs} of {pairs}.")), "{sentence}");
    for r in &s.reasons {
        for lang in [native("ru"), native("en")] {
            let text = r.sentence(&a, lang);
            assert!(!text.is_empty() && !text.contains('{'), "{}: {text}", r.id());
        }
    }
}

#[test]
fn someone_who_disagrees_with_every_mood_item_is_never_told_mood_matters() {
    let c = content();
    let a = &c.assessment.for_role("mixed");
    let mut rng = Rng::new(5);
    for _ in 0..200 {
        let mut answers = varied_answers(a, &mut rng);
        for item in a.items.iter().filter(|i| i.kind == ItemKind::Trait(Trait::Mood)) {
            // The option that says "my mood does not matter" most strongly.
            let low = item.choices.iter().min_by(|x, y| x.value.total_cmp(&y.value)).map(|c| c.id.clone());
            answers.insert(item.id.clone(), low.unwrap_or_default());
        }
        let s = scoring::score(a, &answers);
        assert!(!s.reasons.contains(&Reason::MoodMatters));
        assert!(s.reasons.contains(&Reason::MoodSteady));
    }
}

#[test]
fn qualifiers_come_first_then_the_reasons_for_the_level() {
    let c = content();
    let mut rng = Rng::new(9);
    for _ in 0..500 {
        let a = c.assessment.for_role("shop");
        let answers = varied_answers(&a, &mut rng);
        let s = scoring::score(&a, &answers);
        let first_other = s
            .reasons
            .iter()
            .position(|r| !matches!(r, Reason::Idealised | Reason::FewAnswers) && r.about() != Some(s.level));
        if let Some(i) = first_other {
            let rest = &s.reasons[i..];
            assert!(
                rest.iter().all(|r| !matches!(r, Reason::Idealised | Reason::FewAnswers)),
                "qualifiers first: {:?}",
                s.reasons
            );
            if s.verdict.confidence != Confidence::Mixed {
                assert!(rest.iter().all(|r| r.about() != Some(s.level)), "{:?}", s.reasons);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// The model's rules, on hand-made answers.

/// Answers every item of `a` with the option nearest `ladder(item)` or
/// `traits(trait)`.
fn answer_all(a: &Assessment, ladder: impl Fn(&Item) -> f64, traits: impl Fn(Trait) -> f64) -> Answers {
    a.items
        .iter()
        .map(|item| {
            let target = match item.kind {
                ItemKind::Trait(t) => traits(t),
                _ => ladder(item),
            };
            let mut best = &item.choices[0];
            for ch in &item.choices {
                if (ch.value - target).abs() < (best.value - target).abs() {
                    best = ch;
                }
            }
            (item.id.clone(), best.id.clone())
        })
        .collect()
}

fn moderate(t: Trait) -> f64 {
    match t {
        Trait::Candour => 0.25,
        _ => 0.5,
    }
}

#[test]
fn varying_between_situations_is_not_spontaneity_but_varying_within_pairs_is() {
    let c = content();
    let a = c.assessment.for_role("hospitality");
    // Strong in half the situations, average in the rest; each pair steady.
    let steady = answer_all(
        &a,
        |i| {
            let base = i.pressure_of.as_deref().unwrap_or(&i.id);
            if base.len() % 2 == 0 { 1.0 } else { 0.0 }
        },
        moderate,
    );
    let s = scoring::score(&a, &steady);
    assert_eq!(s.evidence.swing, 0.0);
    assert_ne!(s.level, Level::Spontaneous, "{:?}", s.levels);
    assert!(s.reasons.contains(&Reason::SteadyUnderPressure));
    // The same person, but a disappointment whenever under pressure.
    let pressed = answer_all(
        &a,
        |i| match &i.pressure_of {
            Some(_) => -1.0,
            None if i.id.len() % 2 == 0 => 1.0,
            None => 0.0,
        },
        |t| if t == Trait::Mood { 0.75 } else { moderate(t) },
    );
    let s = scoring::score(&a, &pressed);
    assert_eq!(s.level, Level::Spontaneous, "{:?}", s.levels);
}

#[test]
fn without_ownership_nobody_is_cultural() {
    let c = content();
    let mut rng = Rng::new(11);
    for _ in 0..1_000 {
        let a = c.assessment.for_role(&c.assessment.roles[rng.below(c.assessment.roles.len())].id);
        let mut answers = varied_answers(&a, &mut rng);
        for item in a.items.iter().filter(|i| i.kind == ItemKind::Trait(Trait::Ownership)) {
            // Disagree (or agree with "only because it is required").
            let low = item.choices.iter().filter(|c| c.value <= 0.25).nth(rng.below(2)).map(|c| c.id.clone());
            answers.insert(item.id.clone(), low.unwrap_or_default());
        }
        let s = scoring::score(&a, &answers);
        assert_eq!(s.strength(Level::Cultural), 0.0);
        assert!(s.level != Level::Cultural || s.levels.iter().all(|l| *l == 0.0));
    }
}

#[test]
fn mixed_is_a_place_between_two_steps() {
    let c = content();
    let mut rng = Rng::new(21);
    let mut mixed = 0;
    for _ in 0..1_000 {
        let a = c.assessment.for_role("office");
        let answers = varied_answers(&a, &mut rng);
        let s = scoring::score(&a, &answers);
        let v = s.verdict;
        match v.place() {
            // Careless answers show no level: their headline says so.
            _ if v.not_clear() => {
                assert_eq!(v.headline(&a, native("en")), native("en").t("check_result.not_clear_yet"));
            }
            Place::Between(low, high) => {
                mixed += 1;
                assert_eq!(v.confidence, Confidence::Mixed);
                assert!(low < high && [low, high].contains(&v.level) && [low, high].contains(&v.other));
                assert_eq!(s.runner_up, Some(v.other));
                let text = v.headline(&a, native("en"));
                assert!(
                    text.contains(a.short_name(low, native("en"))) && text.contains(a.short_name(high, native("en")))
                );
            }
            Place::On(l) => {
                assert_eq!(l, v.level);
                assert_ne!(v.confidence, Confidence::Mixed);
                assert!(v.headline(&a, native("ru")).contains(a.short_name(l, native("ru"))));
            }
        }
    }
    assert!(mixed > 0, "some simulated answers are between two levels");
}

#[test]
fn idealised_answers_lower_the_confidence_and_are_told_kindly() {
    let c = content();
    let a = c.assessment.for_role("mixed");
    // «Wow» in every situation, but lapses admitted now and then («rarely»)
    // and mood allowed to matter somewhat: a strong, believable pattern.
    let honest = answer_all(
        &a,
        |i| if i.kind == ItemKind::Reverse { -0.25 } else { 1.0 },
        |t| match t {
            Trait::Ownership => 1.0,
            Trait::Mood => 0.5,
            _ => 0.25,
        },
    );
    // The same with no lapse anywhere, mood denied, candour claims agreed.
    let idealised = answer_all(
        &a,
        |i| if i.kind == ItemKind::Reverse { 0.0 } else { 1.0 },
        |t| match t {
            Trait::Ownership | Trait::Candour => 1.0,
            _ => 0.0,
        },
    );
    let (h, i) = (scoring::score(&a, &honest), scoring::score(&a, &idealised));
    assert_eq!(h.verdict.confidence, Confidence::Clear);
    assert!(!h.evidence.idealised());
    assert!(i.evidence.idealised());
    assert_eq!(i.reasons.first(), Some(&Reason::Idealised), "said first");
    assert!(i.verdict.certainty <= h.verdict.certainty * 0.5 + 1e-9);
    assert_ne!(i.verdict.confidence, Confidence::Clear);
    for lang in [native("ru"), native("en")] {
        let text = Reason::Idealised.sentence(&a, lang).to_lowercase();
        for accusing in ["лж", "неправд", "обман", "ложь", "lie", "lying", "dishonest", "cheat"] {
            assert!(!text.contains(accusing), "kind wording: {text}");
        }
    }
}

// ---------------------------------------------------------------------------
// What the result offers to act on.

#[test]
fn the_main_step_is_the_weakest_behaviour_or_else_the_weakest_quality() {
    let c = content();
    let a = c.assessment.for_role("office");
    // A lapse in exactly one situation: its behaviour's fix is the step.
    let lapse = a.items.iter().position(|i| i.kind == ItemKind::Situation).expect("a situation");
    let answers = answer_all(&a, |i| if i.id == a.items[lapse].id { -1.0 } else { 1.0 }, |_| 0.75);
    let s = scoring::score(&a, &answers);
    let chosen = a.items[lapse].choice(&answers[&a.items[lapse].id]).and_then(|c| c.behaviour);
    match &s.main_step {
        Some(MainStep::Behaviour { behaviour, items }) => {
            assert_eq!(Some(*behaviour), chosen);
            assert_eq!(items, &vec![lapse]);
            let fix = s.main_step.as_ref().and_then(|m| m.text(c)).expect("a fix");
            assert_eq!(Some(fix), c.ladder.behaviours[*behaviour].fix.as_ref());
        }
        other => panic!("{other:?}"),
    }
    // No lapse: the weakest quality's step for the week.
    let answers = answer_all(&a, |i| if i.qualities.contains(&3) { 0.0 } else { 1.0 }, |_| 0.75);
    let s = scoring::score(&a, &answers);
    assert_eq!(s.main_step, Some(MainStep::Quality(3)), "{:?}", s.qualities);
    assert_eq!(s.main_step.as_ref().and_then(|m| m.text(c)), Some(&c.assessment.qualities[3].week_step));
    assert_eq!(s.growth.first(), Some(&3));
}

#[test]
fn at_most_two_strengths_and_two_growth_areas_from_the_right_ends() {
    let c = content();
    let mut rng = Rng::new(31);
    for _ in 0..1_000 {
        let a = c.assessment.for_role(&c.assessment.roles[rng.below(c.assessment.roles.len())].id);
        let answers = varied_answers(&a, &mut rng);
        let s = scoring::score(&a, &answers);
        assert!(s.strengths.len() <= 2 && s.growth.len() <= 2);
        let q = |i: &usize| s.qualities[*i].unwrap_or(0.0);
        // Strengths are the person's own best, above every growth area.
        assert!(s.strengths.iter().all(|i| s.growth.iter().all(|g| q(i) > q(g))));
        assert!(s.growth.iter().all(|i| q(i) < scoring::STRONG));
        // Two or more qualities scored apart: there is a strength, whatever the level.
        let distinct =
            s.qualities.iter().flatten().map(|v| (v * 1000.0) as i64).collect::<std::collections::BTreeSet<_>>();
        if distinct.len() > s.growth.len() {
            assert!(!s.strengths.is_empty(), "an ordinary profile has strengths too: {:?}", s.qualities);
        }
        for (i, v) in s.qualities.iter().enumerate() {
            let Some(v) = v else { continue };
            if s.growth.len() == 2 && !s.growth.contains(&i) {
                assert!(*v >= q(&s.growth[1]), "a weaker quality than a growth area is left out");
            }
            if s.strengths.len() == 2 && !s.strengths.contains(&i) {
                assert!(*v <= q(&s.strengths[1]), "a stronger quality than a strength is left out");
            }
        }
        if s.evidence.ladder_answers > 0 {
            assert!(s.main_step.is_some());
        }
    }
}

// ---------------------------------------------------------------------------
// "Does not happen in my job".

#[test]
fn not_applicable_counts_as_answered_only_where_allowed() {
    let c = content();
    let a = c.assessment.for_role("car_dealership");
    let allowed = a.items.iter().find(|i| i.allows_na).expect("an item that allows it");
    let other = a.items.iter().find(|i| !i.allows_na).expect("an item that does not");
    let answers: Answers =
        [(allowed.id.clone(), NOT_APPLICABLE.to_string()), (other.id.clone(), NOT_APPLICABLE.to_string())].into();
    assert!(scoring::is_answered(allowed, &answers));
    assert!(!scoring::is_answered(other, &answers));
    assert_eq!(scoring::answered(&a, &answers), 1);
    assert!(!allowed.choices.iter().any(|c| c.id == NOT_APPLICABLE), "never one of the options");
}

#[test]
fn not_applicable_lowers_no_score() {
    let c = content();
    let mut rng = Rng::new(41);
    for _ in 0..300 {
        let a = c.assessment.for_role(&c.assessment.roles[rng.below(c.assessment.roles.len())].id);
        let mut answers = varied_answers(&a, &mut rng);
        for item in &a.items {
            if answers.get(&item.id).is_some_and(|x| x == NOT_APPLICABLE) {
                answers.remove(&item.id);
            }
        }
        let Some(skip) = a.items.iter().filter(|i| i.allows_na && i.pressure_of.is_none()).nth(rng.below(3)) else {
            continue;
        };
        // "Does not happen" scores as if the item (and its pressure twin)
        // were not in the questionnaire at all.
        let mut na = answers.clone();
        let mut without = a.clone();
        for item in a.items.iter().filter(|i| i.id == skip.id || i.pressure_of.as_ref() == Some(&skip.id)) {
            na.insert(item.id.clone(), NOT_APPLICABLE.into());
            without.items.retain(|i| i.id != item.id);
        }
        let (with_na, left_out) = (scoring::score(&a, &na), scoring::score(&without, &answers));
        assert_eq!(with_na.qualities, left_out.qualities);
        if !with_na.evidence.few_answers() {
            assert_eq!(with_na.levels, left_out.levels);
            assert_eq!(with_na.verdict, left_out.verdict);
        }
    }
}

#[test]
fn most_situations_not_applicable_makes_the_result_uncertain() {
    let c = content();
    let a = c.assessment.for_role("hospitality");
    let mut answers = answer_all(&a, |_| 0.0, moderate);
    let ladder = a.items.iter().filter(|i| i.kind.is_ladder()).count();
    let mut marked = 0;
    for item in a.items.iter().filter(|i| i.allows_na) {
        answers.insert(item.id.clone(), NOT_APPLICABLE.into());
        marked += 1;
    }
    let s = scoring::score(&a, &answers);
    assert_eq!(s.evidence.not_applicable, marked);
    // More than half of what may be marked, in any kind of work (issue 18:
    // the old count of ladder items could never be reached in most sets).
    assert!(marked >= 2 && s.evidence.few_answers());
    assert!(s.reasons.contains(&Reason::FewAnswers));
    assert!(s.verdict.certainty <= 0.5);
    assert!(ladder > marked);
}

#[test]
fn every_answer_from_a_population_is_a_valid_one() {
    let c = content();
    let mut rng = Rng::new(3);
    for p in &calibration::POPULATIONS {
        let a = c.assessment.for_role("shop");
        let style: Style = (p.draw)(&mut rng);
        let answers = calibration::respond(&a, &style, &mut rng);
        assert_eq!(scoring::answered(&a, &answers), a.items.len(), "{}", p.name);
    }
}

/// Issue 18: «wow» on every ordinary day and the standard on every rushed
/// one is sensible triage, not spontaneity; a fall below the standard is.
#[test]
fn triage_under_pressure_is_not_spontaneity() {
    let c = content();
    for role in &c.assessment.roles {
        let a = c.assessment.for_role(&role.id);
        let traits = |t: Trait| if t == Trait::Mood { 0.5 } else { moderate(t) };
        let triage = answer_all(&a, |i| if i.pressure_of.is_some() { 0.0 } else { 1.0 }, traits);
        let s = scoring::score(&a, &triage);
        assert_eq!(s.evidence.swing, 0.0, "{}", role.id);
        assert_ne!(s.level, Level::Spontaneous, "{}: {:?}", role.id, s.levels);
        let lapse = answer_all(&a, |i| if i.pressure_of.is_some() { -1.0 } else { 1.0 }, traits);
        let s = scoring::score(&a, &lapse);
        assert_eq!(s.evidence.swing, 1.0, "{}", role.id);
        assert!(s.strength(Level::Spontaneous) > scoring::score(&a, &triage).strength(Level::Spontaneous));
    }
}

/// Issue 18: a too-perfect pattern is flagged and never shown as a clear
/// cultural level on its own; episodes that vary, or a colleague's view,
/// can carry it.
#[test]
fn too_perfect_is_never_clearly_cultural_without_another_source() {
    let c = content();
    let a = c.assessment.for_role("office");
    let perfect = answer_all(
        &a,
        |i| if i.kind == ItemKind::Reverse { 0.0 } else { 1.0 },
        |t| match t {
            Trait::Ownership => 1.0,
            Trait::Candour => 0.25,
            _ => 0.0,
        },
    );
    let alone = scoring::score(&a, &perfect);
    assert!(alone.verdict.flags.too_perfect);
    assert_eq!(alone.level, Level::Cultural);
    assert_ne!(alone.verdict.confidence, Confidence::Clear);
    let with = |extra: scoring::Extra| scoring::score_with(&a, &perfect, &extra);
    // Five +1 episodes are no other source: they do not vary.
    let steady = with(scoring::Extra { episodes: vec![1; 5], ..Default::default() });
    assert_ne!(steady.verdict.confidence, Confidence::Clear);
    let varied = with(scoring::Extra { episodes: vec![1, 1, 0, 1, 1], ..Default::default() });
    let colleague = with(scoring::Extra { colleagues: vec![vec![1, 1, 0, 1, 1]], ..Default::default() });
    for s in [&varied, &colleague] {
        assert!(s.verdict.flags.too_perfect);
        assert!(s.evidence.another_source());
        assert!(s.verdict.certainty > steady.verdict.certainty);
        assert_eq!((s.level, s.verdict.confidence), (Level::Cultural, Confidence::Clear));
    }
}
