//! Share links: round trips, the size bound, and refusal of anything
//! damaged, edited, truncated or foreign — without ever panicking.

use proptest::prelude::*;
use service_ladder::check::scoring::Answers;
use service_ladder::content::Content;
use service_ladder::document::share::{
    self, LinkError, Shared, SharedAudit, SharedJourney, SharedTouchpoint, SharedWalk,
};
use service_ladder::text::lang::Text;
use service_ladder::text::language_file::native;
use service_ladder::walk::journey::{Channel, ClientKind, Journey};
use service_ladder::walk::record::{CheckAnswer, Walk};
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

fn fp() -> u32 {
    share::fingerprint(content())
}

const PAGE: &str = "https://staff.example.com/tools/service-ladder/index.html";

/// The biggest result the app can make from shipped content: every item
/// answered, the longest template walked with every box ticked and every
/// check answered, a department label.
fn largest() -> Shared {
    let c = content();
    let answers: Answers =
        c.assessment.items.iter().map(|i| (i.id.clone(), i.choices.last().unwrap().id.clone())).collect();
    let journey = c.journeys.iter().max_by_key(|j| j.touchpoints.len()).unwrap();
    let mut walk = Walk::new(&journey.id);
    for t in &journey.touchpoints {
        let a = walk.audit_mut(&t.id);
        a.rating = Some(-1);
        a.ticks = c.ladder.behaviours.iter().map(|b| b.id.clone()).collect();
        a.checks = c.ladder.handoff_checks.iter().map(|k| (k.id.clone(), CheckAnswer::NotSure)).collect();
    }
    let mut s = Shared::build(c, Some(&answers), Some((journey, &walk)), false, "ru");
    s.label = Some("Отдел продаж, смена 2".into());
    s.day = Some(20_415);
    s
}

#[test]
fn the_largest_result_fits_in_2000_characters_and_round_trips() {
    let s = largest();
    let (url, trimmed) = share::link(PAGE, &s, fp());
    eprintln!("largest share link: {} characters", url.chars().count());
    assert!(url.chars().count() <= share::MAX_LINK_CHARS, "{} characters", url.len());
    assert_eq!(trimmed, Default::default(), "nothing had to be left out");
    let fragment = url.split_once('#').unwrap().1;
    assert_eq!(share::decode(fragment, fp()).as_ref(), Ok(&s));
}

#[test]
fn answers_and_walk_come_back_as_they_were() {
    let c = content();
    let answers: Answers =
        c.assessment.items.iter().step_by(2).map(|i| (i.id.clone(), i.choices[1].id.clone())).collect();
    let mut journey = c.journeys[1].clone();
    journey.id = "my-1".into();
    journey.name = Text::same("Ужин в ресторане");
    let mut walk = Walk::new("my-1");
    let a = walk.audit_mut(&journey.touchpoints[1].id);
    a.rating = Some(1);
    a.ticks.insert("thanked".into());
    a.note = "Спасибо за столик у окна".into();
    let s = Shared::build(c, Some(&answers), Some((&journey, &walk)), true, "ru");
    let back = share::decode(&share::encode(&s, fp()), fp());
    // `encode` gives the payload only; the prefix marks it as ours.
    assert_eq!(back, Err(LinkError::Foreign));
    let back = share::decode(&format!("#share={}", share::encode(&s, fp())), fp()).unwrap();
    assert_eq!(back.answers(c), Some(answers));
    let (j, w) = back.journey_and_walk(c).unwrap();
    assert_eq!(j.name, Text::same("Ужин в ресторане"));
    assert_eq!(j.touchpoints.len(), journey.touchpoints.len());
    let audit = w.audit(&j.touchpoints[1].id).unwrap();
    assert_eq!(audit.rating, Some(1));
    assert_eq!(audit.note, "Спасибо за столик у окна");
    assert!(audit.ticks.contains("thanked"));
    // Without the opt-in, notes stay on the device.
    let private = Shared::build(c, None, Some((&journey, &walk)), false, "ru");
    let (_, w) =
        share::decode(&format!("share={}", share::encode(&private, fp())), fp()).unwrap().journey_and_walk(c).unwrap();
    assert_eq!(w.audits.values().next().unwrap().note, "");
}

#[test]
fn a_huge_custom_journey_is_trimmed_to_fit() {
    let c = content();
    let mut journey = Journey::blank("my-1".into(), Text::same("Ж".repeat(200)), Text::same("Я".repeat(200)));
    for i in 0..39 {
        journey.add_touchpoint(None, Text::same(format!("{i} {}", "Щ".repeat(190))));
    }
    let mut walk = Walk::new("my-1");
    for t in &journey.touchpoints {
        let a = walk.audit_mut(&t.id);
        a.rating = Some(0);
        a.note = "Заметка ".repeat(100);
    }
    let s = Shared::build(c, None, Some((&journey, &walk)), true, "ru");
    let (url, trimmed) = share::link(PAGE, &s, fp());
    assert!(url.chars().count() <= share::MAX_LINK_CHARS, "{}", url.chars().count());
    assert!(trimmed.notes && trimmed.names);
    let back = share::decode(url.split_once('#').unwrap().1, fp()).unwrap();
    assert_eq!(back.walk.unwrap().audits.len(), 40, "every rating survives");
}

#[test]
fn refusals_say_why() {
    let (url, _) = share::link(PAGE, &largest(), fp());
    let fragment = url.split_once('#').unwrap().1.to_string();
    assert_eq!(share::decode("#top", fp()), Err(LinkError::Foreign));
    assert_eq!(share::decode("", fp()), Err(LinkError::Foreign));
    assert_eq!(share::decode(&fragment[..fragment.len() - 5], fp()), Err(LinkError::Damaged), "truncated");
    let mut edited = fragment.clone().into_bytes();
    let i = edited.len() / 2;
    edited[i] = if edited[i] == b'A' { b'B' } else { b'A' };
    assert_eq!(share::decode(std::str::from_utf8(&edited).unwrap(), fp()), Err(LinkError::Damaged), "edited");
    assert_eq!(share::decode(&fragment, fp() ^ 1), Err(LinkError::OtherContent));
    assert_eq!(share::decode(&format!("share={}", "A".repeat(9_000)), fp()), Err(LinkError::TooLong));
    assert_eq!(share::decode("share=!!!", fp()), Err(LinkError::Damaged));
    for e in [
        LinkError::Foreign,
        LinkError::Damaged,
        LinkError::OtherContent,
        LinkError::TooLong,
        LinkError::NewerVersion(2),
    ] {
        for lang in [native("ru"), native("en")] {
            assert!(e.words(lang).len() > 40, "a message a person can act on: {e:?}");
        }
    }
}

/// What a link's texts become on arrival: invisible and direction-changing
/// characters removed, an empty label no label.
fn cleaned(mut s: Shared) -> Shared {
    use service_ladder::codec::reader::clean;
    s.label = s.label.map(|l| clean(&l, false)).filter(|l| !l.trim().is_empty());
    s.name = s.name.map(|l| clean(&l, false)).filter(|l| !l.trim().is_empty());
    if let Some(w) = &mut s.walk {
        if let SharedJourney::Custom { name, touchpoints } = &mut w.journey {
            *name = clean(name, false);
            for t in touchpoints {
                t.name = clean(&t.name, false);
            }
        }
        for a in &mut w.audits {
            a.note = a.note.as_ref().map(|n| clean(n, true)).filter(|n| !n.is_empty());
        }
    }
    s
}

#[test]
fn hidden_characters_in_a_link_are_removed_on_arrival() {
    let c = content();
    let mut s = Shared::build(c, None, Some((&c.journeys[0], &Walk::new(c.journeys[0].id.clone()))), true, "en");
    s.label = Some("Sales\u{202E}evil\u{200B}".into());
    let payload = share::encode(&s, fp());
    assert_eq!(share::decode(&payload_fragment(&payload), fp()).map(|d| d.label), Ok(Some("Salesevil".into())));
}

fn payload_fragment(payload: &str) -> String {
    format!("#share={payload}")
}

fn audit(b: usize, k: usize, notes: bool) -> impl Strategy<Value = SharedAudit> {
    (
        proptest::option::of(-1i8..=1),
        proptest::collection::vec(any::<bool>(), b),
        proptest::collection::vec(proptest::option::of(proptest::sample::select(CheckAnswer::ALL.to_vec())), k),
        if notes { proptest::option::of("\\PC{1,30}").boxed() } else { Just(None).boxed() },
    )
        .prop_map(|(rating, ticks, checks, note)| SharedAudit { rating, ticks, checks, note })
}

fn shared() -> impl Strategy<Value = Shared> {
    let c = content();
    let (b, k, n, t) =
        (c.ladder.behaviours.len(), c.ladder.handoff_checks.len(), c.assessment.items.len(), c.journeys.len());
    let touchpoint =
        ("\\PC{0,20}", 0usize..5, any::<bool>(), any::<bool>()).prop_map(|(name, ch, internal, handoff)| {
            SharedTouchpoint {
                name,
                channel: Channel::ALL[ch],
                client: if internal { ClientKind::Internal } else { ClientKind::External },
                handoff,
            }
        });
    let journey = prop_oneof![
        (0..t).prop_map(SharedJourney::Template),
        ("\\PC{0,20}", proptest::collection::vec(touchpoint, 1..8))
            .prop_map(|(name, touchpoints)| SharedJourney::Custom { name, touchpoints }),
    ];
    let walk = (journey, any::<bool>()).prop_flat_map(move |(journey, notes)| {
        proptest::collection::vec(audit(b, k, notes), 1..8)
            .prop_map(move |audits| SharedWalk { journey: journey.clone(), audits })
    });
    let roles = c.assessment.roles.len() as u8;
    (
        proptest::option::of(any::<u16>()),
        proptest::option::of("\\PC{0,30}"),
        proptest::option::of(0..roles),
        proptest::option::of(proptest::collection::vec(
            proptest::option::of(prop_oneof![0u8..7, Just(share::NA_PICK)]),
            n,
        )),
        proptest::option::of(walk),
        // The last clients, the option order and the pace (issue 18).
        proptest::option::of(
            (proptest::collection::vec(-1i8..=1, 0..=20), any::<u32>(), proptest::collection::vec(0u8..=2, 0..80))
                .prop_map(|(episodes, seed, pace)| share::SharedEvidence { episodes, seed, pace }),
        ),
        // The answers' items named, as a company's set carries them (issue 19).
        proptest::option::of((proptest::collection::vec(any::<u16>(), n), proptest::option::of(any::<u16>()))),
        // The sender's name (version 5).
        proptest::option::of("\\PC{0,30}"),
    )
        .prop_map(|(day, label, role, answers, walk, evidence, named, name)| {
            let items = answers.as_ref().and(named.as_ref()).map(|(ids, _)| ids.clone());
            let role_short = items.as_ref().and(role).and(named.and_then(|(_, r)| r));
            Shared {
                day,
                label,
                role,
                answers,
                walk,
                colleagues: None,
                evidence,
                items,
                role_short,
                name,
                foreign: None,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn decode_of_encode_is_identity_for_clean_text(s in shared()) {
        let payload = share::encode(&s, fp());
        prop_assert_eq!(share::decode(&format!("#share={payload}"), fp()), Ok(cleaned(s)));
    }

    #[test]
    fn any_text_is_refused_or_read_without_panicking(text in "\\PC{0,300}") {
        let _ = share::decode(&text, fp());
        let _ = share::decode(&format!("share={text}"), fp());
    }

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = share::decode(&format!("share={}", share::base64url(&bytes)), fp());
        let _ = share::open(&format!("share={}", share::base64url(&bytes)), company());
    }

    /// Bodies with a correct checksum reach every part of the reader,
    /// version 4 and the reading by short ids on another setup included.
    #[test]
    fn any_intact_body_is_refused_or_opened_without_panicking(
        version in 1u8..=6, head in any::<bool>(), body in proptest::collection::vec(any::<u8>(), 0..200),
    ) {
        let made = if head { share::fingerprint(company()) } else { fp() };
        let mut bytes = vec![version];
        bytes.extend_from_slice(&made.to_le_bytes());
        bytes.extend_from_slice(&body);
        let fragment = format!("#share={}", share::base64url(&with_checksum(bytes)));
        for c in [content(), company()] {
            let _ = share::open(&fragment, c);
            let _ = share::decode_countable(&fragment, c);
        }
    }

    #[test]
    fn a_named_link_round_trips_on_either_setup_without_panicking(s in shared()) {
        let fragment = format!("#share={}", share::encode(&s, share::fingerprint(company())));
        let _ = share::open(&fragment, content());
        let _ = share::open(&fragment, company());
    }

    #[test]
    fn mutated_links_are_refused_never_panic(s in shared(), at in any::<usize>(), to in 0usize..64, cut in any::<usize>()) {
        let payload = share::encode(&s, fp());
        let mut bytes = payload.clone().into_bytes();
        let i = at % bytes.len();
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        if bytes[i] != alphabet[to] {
            bytes[i] = alphabet[to];
            let mutated = String::from_utf8(bytes).unwrap();
            // One changed character is either refused or (when it only
            // touched padding bits of the last character) reads the same.
            match share::decode(&format!("share={mutated}"), fp()) {
                Err(_) => {}
                Ok(back) => prop_assert_eq!(back, cleaned(s.clone())),
            }
        }
        let truncated = &payload[..cut % payload.len()];
        let refused = share::decode(&format!("share={truncated}"), fp()).is_err();
        prop_assert!(refused, "a truncated link must be refused");
    }
}

#[test]
fn an_intact_but_empty_link_is_refused_with_the_reason() {
    // A day and a label, but no answers and no walk: it decodes (nothing
    // in it is damaged) but holds no result to show or keep.
    let empty = Shared { day: Some(20_000), label: Some("Продажи".into()), ..Shared::default() };
    let fragment = format!("#share={}", share::encode(&empty, fp()));
    assert_eq!(share::decode(&fragment, fp()).map(|s| s.label), Ok(Some("Продажи".into())));
    let refused = share::open(&fragment, content());
    assert_eq!(refused, Err(LinkError::Empty));
    assert!(LinkError::Damaged.words(native("ru")).starts_with("Ссылка повреждена"));
    let why = LinkError::Empty.words(native("en"));
    assert!(why.contains("no answers and no walk") && why.ends_with('.'), "{why}");
    // With a result in it, the same link opens.
    let role = content().assessment.default_role().map(|r| r.id.clone()).unwrap_or_default();
    let answers: Answers =
        content().assessment.for_role(&role).items.iter().map(|i| (i.id.clone(), i.choices[0].id.clone())).collect();
    let answered = Shared { answers: Shared::build(content(), Some(&answers), None, false, "en").answers, ..empty };
    let opened = share::open(&format!("#share={}", share::encode(&answered, fp())), content());
    assert!(opened.is_ok(), "{opened:?}");
}

/// The content a company's configuration makes (docs/config.example.json:
/// its own items, a fixed role, its own colleague moments).
fn company() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/config.example.json")).unwrap();
        service_ladder::embed::config::read(&text, content()).unwrap_or_else(|p| panic!("{p:?}")).content
    })
}

fn with_checksum(mut bytes: Vec<u8>) -> Vec<u8> {
    let mut h = 0x811c_9dc5u32;
    for b in &bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    bytes.extend_from_slice(&h.to_le_bytes());
    bytes
}

/// Every item of a role's set answered with its first option.
fn all_first(c: &Content) -> (Answers, Option<String>) {
    let role = c.assessment.default_role().map(|r| r.id.clone());
    let set = role.as_deref().map_or_else(|| c.assessment.clone(), |r| c.assessment.for_role(r));
    (set.items.iter().map(|i| (i.id.clone(), i.choices[0].id.clone())).collect(), role)
}

#[test]
fn links_of_the_shipped_set_keep_their_length_and_version() {
    assert!(content().shipped_set() && !company().shipped_set());
    // Measured with the build before issue 19: 234 characters.
    let (url, _) = share::link(PAGE, &largest(), fp());
    assert_eq!(url.chars().count(), 234, "{url}");
    let (answers, role) = all_first(content());
    let s = Shared::build(content(), Some(&answers), None, false, "en").in_role(content(), role.as_deref());
    assert_eq!((s.items.as_ref(), s.role_short), (None, None));
    let bytes = share::from_base64url(&share::encode(&s, fp())).unwrap();
    // version · fingerprint · flags · role · count · a nibble per item · checksum
    let n = content().assessment.items.len();
    assert_eq!(bytes[0], 2);
    assert_eq!(bytes.len(), 1 + 4 + 1 + 1 + 1 + n.div_ceil(2) + 4);
}

#[test]
fn a_company_link_opens_on_the_plain_app_with_the_answers_it_knows() {
    let (answers, role) = all_first(company());
    let s = Shared::build(company(), Some(&answers), None, false, "ru").in_role(company(), role.as_deref());
    let (url, _) = share::link(PAGE, &s, share::fingerprint(company()));
    let plain =
        share::link(PAGE, &Shared { items: None, role_short: None, ..s.clone() }, share::fingerprint(company())).0;
    eprintln!("company link: {} characters (without the items named: {})", url.chars().count(), plain.chars().count());
    let fragment = url.split_once('#').unwrap().1;
    let bytes = share::from_base64url(fragment.trim_start_matches("share=")).unwrap();
    assert_eq!(bytes[0], 4, "a named link is version 4");
    // On its own setup: exactly as any link.
    let own = share::open(fragment, company()).unwrap();
    assert_eq!((own.foreign, own.answers.as_ref()), (None, Some(&answers)));
    // On the plain app: the shipped questions' answers kept, the company's dropped.
    let opened = share::open(fragment, content()).unwrap();
    let f = opened.foreign.expect("read as another setup's");
    let known: Answers = answers
        .iter()
        .filter(|(item, _)| content().assessment.items.iter().any(|i| &i.id == *item))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    assert!(!known.is_empty() && known.len() < answers.len());
    assert_eq!((f.kept, f.dropped), (known.len(), answers.len() - known.len()));
    assert_eq!(opened.answers, Some(known));
    assert_eq!(opened.role, role, "the role is named by its short id");
    assert!(!f.too_few, "{f:?}");
    // A team view counts it.
    assert!(share::decode_countable(fragment, content()).is_ok());
    // The same with no role chosen (a configuration's fixed role): the
    // link names the content's default, not the plain app's.
    let unchosen = Shared::build(company(), Some(&answers), None, false, "ru").in_role(company(), None);
    let fragment2 = format!("#share={}", share::encode(&unchosen, share::fingerprint(company())));
    let again = share::open(&fragment2, content()).unwrap();
    assert_eq!((again.foreign, again.role.as_ref()), (Some(f), role.as_ref()));
    // And as the share button builds it, without `in_role` (the e2e's link).
    let button = Shared::build(company(), Some(&answers), None, false, "ru");
    let fragment3 = format!("#share={}", share::encode(&button, share::fingerprint(company())));
    let again = share::open(&fragment3, content()).unwrap();
    assert_eq!((again.foreign, again.role.as_ref()), (Some(f), role.as_ref()));
    // A plain decode still refuses it as another setup's.
    assert_eq!(share::decode(fragment, fp()), Err(LinkError::OtherContent));
    // An older build (version 3 at most) refuses it as newer, never misreads
    // it: the version byte comes first and is checked before anything else,
    // as this build refuses the next version.
    assert!(bytes[0] > 3);
    let mut next = bytes[..bytes.len() - 4].to_vec();
    next[0] = share::VERSION + 1;
    let next = format!("#share={}", share::base64url(&with_checksum(next)));
    assert_eq!(share::open(&next, content()), Err(LinkError::NewerVersion(share::VERSION + 1)));
    assert_eq!(share::open(&next, company()), Err(LinkError::NewerVersion(share::VERSION + 1)));
    // The sentence, in both languages.
    let en = native("en").p("check_viewing.foreign_answers", f.dropped as i64, &[("known", &f.kept)]);
    assert!(en.starts_with(&format!("{} of the answers came from another setup", f.dropped)), "{en}");
    let ru = native("ru").p("check_viewing.foreign_answers", f.dropped as i64, &[("known", &f.kept)]);
    assert!(ru.contains("другой настройки") && ru.contains(&f.kept.to_string()), "{ru}");
}

#[test]
fn a_company_link_with_too_few_known_answers_says_so() {
    // Only the company's own questions answered: nothing the plain app knows.
    let own: Answers = company()
        .assessment
        .items
        .iter()
        .filter(|i| !content().assessment.items.iter().any(|x| x.id == i.id))
        .map(|i| (i.id.clone(), i.choices[0].id.clone()))
        .collect();
    assert!(!own.is_empty());
    let s = Shared::build(company(), Some(&own), None, false, "ru");
    let fragment = format!("#share={}", share::encode(&s, share::fingerprint(company())));
    let opened = share::open(&fragment, content()).unwrap();
    let f = opened.foreign.unwrap();
    assert!(f.too_few && f.kept == 0 && f.dropped == own.len(), "{f:?}");
    assert_eq!(share::decode_countable(&fragment, content()), Err(LinkError::TooFewKnown));
    assert!(LinkError::TooFewKnown.words(native("en")).contains("another setup of the app"));
}

#[test]
fn a_plain_app_link_opens_on_a_company_setup_only_when_it_names_its_items() {
    // The shipped set names nothing: refused there as today.
    let (answers, _) = all_first(content());
    let s = Shared::build(content(), Some(&answers), None, false, "en");
    let fragment = format!("#share={}", share::encode(&s, fp()));
    assert_eq!(share::open(&fragment, company()), Err(LinkError::OtherContent));
    // A set with an item left out (as a fixed role leaves) names its items,
    // and the company's setup reads those it has.
    let mut fewer = content().clone();
    fewer.assessment.items.remove(0);
    assert!(!fewer.shipped_set());
    let (answers, _) = all_first(&fewer);
    let s = Shared::build(&fewer, Some(&answers), None, false, "en");
    let fragment = format!("#share={}", share::encode(&s, share::fingerprint(&fewer)));
    let opened = share::open(&fragment, company()).unwrap();
    let f = opened.foreign.unwrap();
    let here = |id: &String| company().assessment.items.iter().any(|i| &i.id == id);
    assert_eq!(f.kept, answers.keys().filter(|k| here(k)).count());
    assert_eq!(f.kept + f.dropped, answers.len());
}

#[test]
fn a_short_id_two_answers_share_is_dropped_not_guessed() {
    let (answers, _) = all_first(company());
    let mut s = Shared::build(company(), Some(&answers), None, false, "ru");
    let ids = s.items.as_mut().unwrap();
    let first_known = content().assessment.items.iter().position(|i| answers.contains_key(&i.id)).unwrap();
    let at =
        company().assessment.items.iter().position(|i| i.id == content().assessment.items[first_known].id).unwrap();
    let other = (0..ids.len()).find(|k| *k != at && s.answers.as_ref().unwrap()[*k].is_some()).unwrap();
    ids[other] = ids[at];
    let fragment = format!("#share={}", share::encode(&s, share::fingerprint(company())));
    let without = share::open(
        &format!(
            "#share={}",
            share::encode(&Shared::build(company(), Some(&answers), None, false, "ru"), share::fingerprint(company()))
        ),
        content(),
    )
    .unwrap();
    let with = share::open(&fragment, content()).unwrap();
    let id = &content().assessment.items[first_known].id;
    assert!(without.answers.as_ref().unwrap().contains_key(id));
    assert!(!with.answers.as_ref().unwrap().contains_key(id), "an id two answers share is unknown");
}

/// "Send to my manager" with the optional name (issue 19): the name
/// travels only when typed (version 5), is cleaned like a label, never
/// changes a link without one, and never goes into a sealed result.
#[test]
fn a_name_travels_only_when_typed_and_never_sealed() {
    let (answers, role) = all_first(content());
    let plain = Shared::build(content(), Some(&answers), None, false, "en").in_role(content(), role.as_deref());
    let without = share::from_base64url(&share::encode(&plain, fp())).unwrap();
    assert_eq!(without[0], 2, "no name: the version of a plain link");
    let named = Shared { name: Some("Anna\u{200B} K.\u{202E}".into()), ..plain.clone() };
    let with = share::from_base64url(&share::encode(&named, fp())).unwrap();
    assert_eq!(with[0], 5);
    let fragment = format!("#share={}", share::encode(&named, fp()));
    let opened = share::open(&fragment, content()).expect("a named link opens");
    assert_eq!(opened.shared.name.as_deref(), Some("Anna K."));
    assert_eq!(
        opened.answers,
        share::open(&format!("#share={}", share::encode(&plain, fp())), content()).unwrap().answers
    );
    // A blank name is no name: the link stays as it was.
    let blank = Shared { name: Some("  ".into()), ..plain.clone() };
    assert_eq!(share::encode(&blank, fp()), share::encode(&plain, fp()));
    // The team view's duplicate rule sees the same answers.
    assert_eq!(
        service_ladder::team::entry::answers_digest(&named, fp()),
        service_ladder::team::entry::answers_digest(&plain, fp())
    );
    // Sealed: the inside carries the answers, never the name.
    let inside = service_ladder::document::seal::Inside::of(&named, 20_400, fp());
    let sealed_plain = service_ladder::document::seal::Inside::of(&plain, 20_400, fp());
    assert_eq!(inside.encode(), sealed_plain.encode());
    // Built by hand: a name with no answers and no walk is still empty.
    let empty = Shared { name: Some("Anna".into()), day: Some(20_000), ..Shared::default() };
    assert_eq!(
        share::open(&format!("#share={}", share::encode(&empty, fp())), content()).map(|_| ()),
        Err(LinkError::Empty)
    );
}
