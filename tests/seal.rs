//! Sealed results and team links (`document::seal`): the formats round
//! trip byte for byte, and anything forged, truncated, oversized, of
//! another version or another team is refused with a typed error —
//! without ever panicking. The cryptography is WebCrypto's (tested in
//! tests/e2e/team-sealed.test.mjs); here the ciphertext is fixed bytes.

use proptest::prelude::*;
use service_ladder::check::scoring::Answers;
use service_ladder::content::Content;
use service_ladder::document::seal::{
    self, Envelope, IV_BYTES, Inside, KEY_BYTES, KeyFile, SEALED_PREFIX, SealError, TEAM_PREFIX, Team,
};
use service_ladder::document::share::{self, LinkError, Shared};
use service_ladder::team::intake::{Intake, Origin, Refusal, SealedItem, Verdict};
use service_ladder::team::sheet;
use service_ladder::team::stored::{self, TeamRecord};
use service_ladder::text::base64url::{base64url, from_base64url};
use service_ladder::text::language_file::native;
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

fn fp() -> u32 {
    share::fingerprint(content())
}

const PAGE: &str = "https://staff.example.com/tools/service-ladder/index.html";

fn key(seed: u8) -> [u8; KEY_BYTES] {
    let mut k = [0u8; KEY_BYTES];
    for (i, b) in k.iter_mut().enumerate() {
        *b = (i as u8).wrapping_mul(31).wrapping_add(seed);
    }
    k[0] = 4;
    k
}

fn envelope() -> Envelope {
    Envelope {
        key: seal::key_id(&key(1)),
        ephemeral: key(2),
        iv: [7; IV_BYTES],
        ciphertext: (0..120u8).map(|i| i.wrapping_mul(13)).collect(),
    }
}

fn fragment(url: &str) -> &str {
    url.split_once('#').map_or("", |(_, f)| f)
}

/// Every item answered; each `seed` gives another answer set.
fn answered(seed: usize) -> Answers {
    content()
        .assessment
        .items
        .iter()
        .enumerate()
        .map(|(k, i)| (i.id.clone(), i.choices[(k * (seed + 1) + seed) % i.choices.len()].id.clone()))
        .collect()
}

#[test]
fn an_envelope_round_trips_byte_for_byte() {
    let e = envelope();
    let url = e.link(PAGE);
    assert!(url.starts_with(&format!("{PAGE}#{SEALED_PREFIX}")));
    assert_eq!(Envelope::decode(fragment(&url)), Ok(e.clone()));
    // The layout: version, key id, ephemeral key, IV, ciphertext, checksum.
    let bytes = from_base64url(&e.encode()).unwrap();
    assert_eq!(bytes.len(), 1 + 4 + KEY_BYTES + IV_BYTES + 120 + 4);
    assert_eq!(bytes[0], seal::VERSION);
    assert_eq!(&bytes[1..5], &e.key.to_le_bytes());
    assert_eq!(&bytes[5..5 + KEY_BYTES], &e.ephemeral);
    assert_eq!(e.header(), bytes[..1 + 4 + KEY_BYTES + IV_BYTES].to_vec());
    assert_eq!(e.for_team(&key(1)), Ok(()));
    assert_eq!(e.for_team(&key(3)), Err(SealError::OtherTeam));
}

#[test]
fn a_team_link_round_trips_and_names_the_team() {
    let t = Team { public: key(9), name: "Отдел продаж".into() };
    let url = t.link(PAGE);
    assert!(url.starts_with(&format!("{PAGE}#{TEAM_PREFIX}")));
    assert_eq!(Team::decode(fragment(&url)), Ok(t.clone()));
    assert_eq!(t.id(), seal::key_id(&key(9)));
    // A share link is not a team link, nor the other way round.
    assert_eq!(Team::decode(&format!("#{SEALED_PREFIX}{}", envelope().encode())), Err(SealError::Foreign));
    assert_eq!(Envelope::decode(fragment(&url)), Err(SealError::Foreign));
}

/// Bytes with a valid checksum, as a forger who read this file would write them.
fn forged(prefix: &str, mut bytes: Vec<u8>) -> String {
    let mut h = service_ladder::text::hash::Fnv32::new();
    h.bytes(&bytes);
    bytes.extend_from_slice(&h.0.to_le_bytes());
    format!("#{prefix}{}", base64url(&bytes))
}

#[test]
fn forged_truncated_oversized_and_newer_envelopes_are_refused_with_their_reason() {
    let e = envelope();
    let text = e.encode();
    // Truncated, or one character changed: the checksum says so.
    assert_eq!(Envelope::decode(&format!("#{SEALED_PREFIX}{}", &text[..text.len() - 6])), Err(SealError::Damaged));
    let mut changed = text.clone().into_bytes();
    changed[40] = if changed[40] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(changed).unwrap();
    assert_eq!(Envelope::decode(&format!("#{SEALED_PREFIX}{changed}")), Err(SealError::Damaged));
    // A newer version, with a valid checksum.
    let mut newer = from_base64url(&text).unwrap();
    newer.truncate(newer.len() - 4);
    newer[0] = seal::VERSION + 1;
    assert_eq!(
        Envelope::decode(&forged(SEALED_PREFIX, newer.clone())),
        Err(SealError::NewerVersion(seal::VERSION + 1))
    );
    newer[0] = 0;
    assert_eq!(Envelope::decode(&forged(SEALED_PREFIX, newer.clone())), Err(SealError::Damaged));
    // An ephemeral key that is no uncompressed point.
    newer[0] = seal::VERSION;
    newer[5] = 2;
    assert_eq!(Envelope::decode(&forged(SEALED_PREFIX, newer)), Err(SealError::BadKey));
    // Too little ciphertext to hold a tag and a result; too much.
    let short = Envelope { ciphertext: vec![1; 10], ..e.clone() };
    assert_eq!(Envelope::decode(&short.encode_fragment()), Err(SealError::Damaged));
    let big = Envelope { ciphertext: vec![1; seal::MAX_CIPHERTEXT + 1], ..e.clone() };
    assert_eq!(Envelope::decode(&big.encode_fragment()), Err(SealError::TooLong));
    let huge = format!("#{SEALED_PREFIX}{}", "A".repeat(seal::MAX_INPUT + 1));
    assert_eq!(Envelope::decode(&huge), Err(SealError::TooLong));
    assert_eq!(Envelope::decode("#sealed=!!"), Err(SealError::Damaged));
    assert_eq!(Envelope::decode("#sealed="), Err(SealError::Damaged));
    assert_eq!(Envelope::decode("https://x/#share=AAAA"), Err(SealError::Foreign));
}

trait Fragment {
    fn encode_fragment(&self) -> String;
}
impl Fragment for Envelope {
    fn encode_fragment(&self) -> String {
        format!("#{SEALED_PREFIX}{}", self.encode())
    }
}

#[test]
fn inside_carries_the_result_the_group_and_the_month_only() {
    let c = content();
    let mut s = Shared::build(c, Some(&answered(1)), None, false, "ru");
    s.label = Some("Касса".into());
    s.day = Some(20_415);
    let inside = Inside::of(&s, 20_415, fp());
    let back = Inside::decode(&inside.encode()).unwrap();
    assert_eq!(back, inside);
    let opened = back.shared(fp()).unwrap();
    // The day is gone: the first of its month stands for it.
    assert_eq!(share::date(opened.day.unwrap()), "2025-11-01");
    assert_eq!(opened.label.as_deref(), Some("Касса"));
    assert_eq!(opened.answers, s.answers);
    // Another setup's questions: refused with the link's own reason.
    assert_eq!(inside.shared(fp() ^ 1), Err(SealError::Inside(LinkError::OtherContent)));
    // A day inside is refused: a sealed result is dated by month only.
    let dated = Inside { month: 1, share: from_base64url(&share::encode(&s, fp())).unwrap() };
    assert!(matches!(dated.shared(fp()), Err(SealError::Inside(LinkError::Unusable(_)))));
    assert_eq!(Inside::decode(&[seal::VERSION + 1, 0, 0, 1]), Err(SealError::NewerVersion(seal::VERSION + 1)));
    assert_eq!(Inside::decode(&[seal::VERSION]), Err(SealError::Damaged));
}

#[test]
fn a_team_key_file_reads_back_and_refuses_what_is_not_one() {
    let k = KeyFile { name: "Смена 2".into(), public: key(5), d: [3; 32] };
    assert_eq!(KeyFile::read(&k.text()), Ok(k.clone()));
    assert_eq!(k.team(), Team { public: key(5), name: "Смена 2".into() });
    let jwk = k.jwk();
    assert_eq!(jwk["kty"], "EC");
    assert_eq!(jwk["crv"], "P-256");
    assert_eq!(KeyFile::from_jwk("Смена 2", &jwk), Ok(k.clone()));
    assert_eq!(KeyFile::read("{}"), Err(SealError::KeyFile));
    assert_eq!(KeyFile::read("not json"), Err(SealError::KeyFile));
    let other_curve = k.text().replace("P-256", "P-384");
    assert_eq!(KeyFile::read(&other_curve), Err(SealError::KeyFile));
    let newer = k.text().replace("\"version\": 1", "\"version\": 7");
    assert_eq!(KeyFile::read(&newer), Err(SealError::NewerVersion(7)));
}

/// Five sealed results and one open: the figures count six, the per-row
/// CSV holds the open one only, and the team file none of the sealed.
#[test]
fn sealed_results_count_in_aggregates_and_are_no_row_anywhere() {
    let c = content();
    let sealed: Vec<SealedItem> = (0..5)
        .map(|i| {
            let mut s = Shared::build(c, Some(&answered(i)), None, false, "ru");
            s.label = Some(format!("Группа {i}"));
            let inside = Inside::of(&s, 20_415 + i as u16 * 40, fp());
            SealedItem {
                line: i + 1,
                excerpt: "#sealed=…".into(),
                shared: inside.shared(fp()).map_err(Refusal::Sealed),
            }
        })
        .chain([SealedItem {
            line: 9,
            excerpt: "#sealed=…".into(),
            shared: Err(Refusal::Sealed(SealError::CannotOpen)),
        }])
        .collect();
    let mut open = Shared::build(c, Some(&answered(7)), None, false, "ru");
    open.day = Some(20_400);
    open.label = Some("Открытые".into());
    let text = share::link(PAGE, &open, fp()).0;
    let mut intake = Intake::new(c, []);
    intake.add_with_sealed(Origin::Pasted, text, sealed);
    let p = intake.run();
    assert_eq!((p.taken, p.refused), (6, 1), "{:?}", intake.outcomes());
    let refused = intake.outcomes().iter().find_map(|o| match &o.verdict {
        Verdict::Refused(r) => Some(r.words(native("en"))),
        _ => None,
    });
    assert_eq!(refused.as_deref(), Some(SealError::CannotOpen.words(native("en"))));
    let entries = intake.into_entries();
    assert_eq!(entries.iter().filter(|e| e.sealed).count(), 5);
    // Dated by month: the first day of each.
    assert!(entries.iter().filter(|e| e.sealed).all(|e| share::date(e.day.unwrap()).ends_with("-01")));
    let o = service_ladder::team::overview::overview(c, &entries, 5);
    assert_eq!(o.level.people(), 6);
    // At a threshold of 1 the open result is a row; the sealed never are.
    let rows = sheet::csv(c, &entries, 2, native("en"));
    assert_eq!(rows.lines().count(), 1, "one open result is under the threshold: header only\n{rows}");
    let mut more = entries.clone();
    for i in 0..4 {
        let mut e = entries.iter().find(|e| !e.sealed).unwrap().clone();
        e.id.copy = i + 1;
        more.push(e);
    }
    let rows = sheet::csv(c, &more, 5, native("en"));
    assert_eq!(rows.lines().count(), 1 + 5, "five open rows, no sealed one\n{rows}");
    for g in 0..5 {
        assert!(!rows.contains(&format!("Группа {g}")), "{rows}");
    }
    // Kept on the device with the mark; never in a team file.
    let mut collection = service_ladder::team::collection::Collection::new("T", 20_415, fp());
    collection.add_all(more);
    let record = TeamRecord::of("t1", &collection);
    assert_eq!(record.people.iter().filter(|p| p.sealed).count(), 5);
    assert_eq!(record.collection().entries().iter().filter(|e| e.sealed).count(), 5);
    let file = stored::read_file(&stored::file(&record)).unwrap();
    assert_eq!(file.people.len(), 5);
    assert!(file.people.iter().all(|p| !p.sealed));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_envelope_round_trips(
        key_id in any::<u32>(),
        eph in proptest::collection::vec(any::<u8>(), KEY_BYTES - 1),
        iv in proptest::array::uniform12(any::<u8>()),
        ciphertext in proptest::collection::vec(any::<u8>(), 20..600),
    ) {
        let mut ephemeral = [4u8; KEY_BYTES];
        ephemeral[1..].copy_from_slice(&eph);
        let e = Envelope { key: key_id, ephemeral, iv, ciphertext };
        prop_assert_eq!(Envelope::decode(&format!("#{SEALED_PREFIX}{}", e.encode())), Ok(e));
    }

    #[test]
    fn changing_any_byte_of_an_envelope_is_refused(at in any::<prop::sample::Index>(), to in 1..=255u8) {
        let mut bytes = from_base64url(&envelope().encode()).unwrap();
        let i = at.index(bytes.len());
        bytes[i] ^= to;
        let link = format!("#{SEALED_PREFIX}{}", base64url(&bytes));
        prop_assert!(Envelope::decode(&link).is_err());
    }

    #[test]
    fn any_text_decodes_to_an_error_or_a_value_without_panic(s in "\\PC{0,400}") {
        let _ = Envelope::decode(&s);
        let _ = Envelope::decode(&format!("#{SEALED_PREFIX}{s}"));
        let _ = Team::decode(&format!("#{TEAM_PREFIX}{s}"));
        let _ = KeyFile::read(&s);
        let _ = Inside::decode(s.as_bytes());
    }

    #[test]
    fn any_bytes_with_a_valid_checksum_decode_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = Envelope::decode(&forged(SEALED_PREFIX, bytes.clone()));
        let _ = Team::decode(&forged(TEAM_PREFIX, bytes.clone()));
        if let Ok(inside) = Inside::decode(&bytes) {
            let _ = inside.shared(fp());
        }
    }
}
