//! A colleague's view: the asking and answer links (round trips, and the
//! refusal of anything forged, stuffed, out of range, made for other
//! moments or empty), the moments' validation, the median rule, the views
//! kept in the document and in the history, and share links that carry them.

use service_ladder::check::scoring::{self, Answers, Extra};
use service_ladder::check::side_by_side::{Gap, side_by_side};
use service_ladder::codec::model::{Model, read_as};
use service_ladder::codec::reader::Reader;
use service_ladder::content::{Content, SHIPPED, Sources};
use service_ladder::document::colleague::{
    self, ANSWER_PREFIX, ASK_PREFIX, Answer, Ask, ColleagueError, ColleagueView, Kept, MAX_VIEWS,
};
use service_ladder::document::history::AssessmentRecord;
use service_ladder::document::saved::Saved;
use service_ladder::document::share::{self, base64url, from_base64url};
use service_ladder::team::entry::Entry;
use std::sync::OnceLock;

fn content() -> &'static Content {
    static C: OnceLock<Content> = OnceLock::new();
    C.get_or_init(|| Content::shipped().expect("shipped content loads"))
}

const TODAY: u16 = 20_500;
const PAGE: &str = "https://staff.example.com/service-ladder/";

fn answer(values: Vec<Option<i8>>) -> Answer {
    Answer { request: 0xdead_beef, answer: 7, day: TODAY, values }
}

fn all(v: i8) -> Vec<Option<i8>> {
    vec![Some(v); content().assessment.observed.len()]
}

/// A payload with its checksum made again, as a forger would.
fn reseal(mut body: Vec<u8>) -> String {
    let mut h = service_ladder::text::hash::Fnv32::new();
    h.bytes(&body);
    body.extend_from_slice(&h.0.to_le_bytes());
    base64url(&body)
}

fn body_of(payload: &str) -> Vec<u8> {
    let mut bytes = from_base64url(payload).expect("base64url");
    bytes.truncate(bytes.len() - 4);
    bytes
}

#[test]
fn the_shipped_moments_are_about_ten_each_of_a_known_quality() {
    let a = &content().assessment;
    assert!((8..=12).contains(&a.observed.len()), "{} moments", a.observed.len());
    for o in &a.observed {
        assert!(o.quality < a.qualities.len());
        assert!(!o.text.in_code("ru").unwrap_or("").is_empty() && !o.text.in_code("en").unwrap_or("").is_empty());
    }
    // Every moment a quality of its own or shared, and most qualities seen.
    let seen: std::collections::BTreeSet<usize> = a.observed.iter().map(|o| o.quality).collect();
    assert!(seen.len() >= 6, "{seen:?}");
}

/// The shipped assessment with its `observed` list changed by `f`.
fn load_with(f: impl FnOnce(&mut serde_json::Value)) -> Result<Content, Vec<String>> {
    let mut v: serde_json::Value = serde_json::from_str(SHIPPED.assessment).unwrap();
    f(&mut v);
    let text = v.to_string();
    Content::load(&Sources { assessment: &text, ..SHIPPED })
        .map_err(|ps| ps.iter().map(|p| format!("{}: {}", p.path, p.message)).collect())
}

#[test]
fn moments_with_an_unknown_quality_a_repeated_id_or_too_few_are_refused() {
    let unknown = load_with(|v| v["observed"][0]["quality"] = "charm".into()).unwrap_err();
    assert!(
        unknown.iter().any(|p| p.contains("observed[0]") && p.contains("unknown quality \"charm\"")),
        "{unknown:?}"
    );
    let twice = load_with(|v| v["observed"][1]["id"] = v["observed"][0]["id"].clone()).unwrap_err();
    assert!(twice.iter().any(|p| p.contains("observed") && p.contains("rushed_day")), "{twice:?}");
    let few = load_with(|v| v["observed"].as_array_mut().unwrap().truncate(2)).unwrap_err();
    assert!(few.iter().any(|p| p.contains("observed") && p.contains("2 moments")), "{few:?}");
    let missing = load_with(|v| {
        v.as_object_mut().unwrap().remove("observed");
    })
    .unwrap_err();
    assert!(missing.iter().any(|p| p.contains("observed") && p.contains("missing")), "{missing:?}");
    let no_english = load_with(|v| {
        v["observed"][3]["text"].as_object_mut().unwrap().remove("en");
    })
    .unwrap_err();
    assert!(no_english.iter().any(|p| p.contains("observed[3]")), "{no_english:?}");
    assert!(load_with(|_| {}).is_ok());
}

#[test]
fn a_company_configuration_may_replace_the_moments_and_is_checked_the_same_way() {
    use service_ladder::embed::config;
    let moment =
        |id: &str, q: &str| serde_json::json!({"id": id, "quality": q, "text": {"ru": "Момент", "en": "A moment"}});
    let good: Vec<_> = ["a", "b", "c", "d", "e"].iter().map(|id| moment(id, "reliability")).collect();
    let applied = config::read(&serde_json::json!({ "observed": good }).to_string(), content()).expect("read");
    let ids: Vec<&str> = applied.content.assessment.observed.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    let mut bad = good.clone();
    bad[2] = moment("c", "charm");
    let problems = config::read(&serde_json::json!({ "observed": bad }).to_string(), content()).unwrap_err();
    assert!(problems.iter().any(|p| p.path.starts_with("observed[2]") && p.message.contains("charm")), "{problems:?}");
    let few = config::read(&serde_json::json!({ "observed": &good[..2] }).to_string(), content()).unwrap_err();
    assert!(few.iter().any(|p| p.path == "observed"), "{few:?}");
    // Without its own list the shipped moments stand.
    let none = config::read("{}", content()).expect("read");
    assert_eq!(none.content.assessment.observed, content().assessment.observed);
}

#[test]
fn an_asking_link_round_trips_with_and_without_a_name() {
    let o = &content().assessment.observed;
    for name in [None, Some("Аня".to_string()), Some("Jo".to_string())] {
        let ask = Ask { request: 42, name: name.clone() };
        let payload = colleague::encode_ask(&ask, o);
        assert_eq!(colleague::decode_ask(&format!("#{ASK_PREFIX}{payload}"), o), Ok(ask.clone()));
        // The whole link, as a colleague might paste it.
        assert_eq!(colleague::decode_ask(&format!("{PAGE}#{ASK_PREFIX}{payload}"), o), Ok(ask));
    }
    // A name is one short line without invisible characters.
    let long = Ask { request: 1, name: Some(format!("  Ann\u{202e}a{}  ", "x".repeat(80))) };
    let back = colleague::decode_ask(&format!("#{ASK_PREFIX}{}", colleague::encode_ask(&long, o)), o).unwrap();
    let name = back.name.unwrap();
    assert!(name.starts_with("Anna") && name.chars().count() == colleague::MAX_NAME, "{name}");
    let blank = Ask { request: 1, name: Some("   ".into()) };
    assert_eq!(
        colleague::decode_ask(&format!("#{ASK_PREFIX}{}", colleague::encode_ask(&blank, o)), o).unwrap().name,
        None
    );
}

#[test]
fn an_answer_link_round_trips() {
    let o = &content().assessment.observed;
    let mut values = all(0);
    values[0] = Some(-1);
    values[1] = None;
    values[2] = Some(1);
    let a = answer(values);
    let payload = colleague::encode_answer(&a, o);
    assert_eq!(colleague::decode_answer(&format!("#{ANSWER_PREFIX}{payload}"), o, TODAY), Ok(a.clone()));
    assert_eq!(colleague::decode_answer(&format!("{PAGE}#{ANSWER_PREFIX}{payload}"), o, TODAY), Ok(a.clone()));
    // From a file that holds the link among other lines.
    let file = format!("Service Ladder\n{PAGE}#{ANSWER_PREFIX}{payload}\n");
    assert_eq!(colleague::answer_from_file(&file, o, TODAY), Ok(a.clone()));
    let view = a.view(o);
    assert_eq!(view.answers.len(), o.len() - 1);
    assert_eq!(view.values(o), a.values);
    assert_eq!(view.episodes(o).len(), o.len() - 1);
}

#[test]
fn forged_stuffed_out_of_range_foreign_and_empty_answers_are_refused_with_the_reason() {
    let o = &content().assessment.observed;
    let good = colleague::encode_answer(&answer(all(1)), o);
    let open = |p: &str| colleague::decode_answer(&format!("#{ANSWER_PREFIX}{p}"), o, TODAY);
    // Forged: a value flipped without the checksum made again.
    let mut bytes = from_base64url(&good).unwrap();
    let at = bytes.len() - 6;
    bytes[at] ^= 0b01;
    assert_eq!(open(&base64url(&bytes)), Err(ColleagueError::Damaged));
    // Cut short.
    assert_eq!(open(&good[..good.len() - 3]), Err(ColleagueError::Damaged));
    // Stuffed: bytes added after the answers, checksum made again.
    let mut stuffed = body_of(&good);
    stuffed.extend_from_slice(&[0xff; 8]);
    assert_eq!(open(&reseal(stuffed)), Err(ColleagueError::Damaged));
    // Stuffed into the unused bits of the last byte.
    let n = o.len();
    if !n.is_multiple_of(4) {
        let mut high = body_of(&good);
        *high.last_mut().unwrap() |= 0b1100_0000;
        assert_eq!(open(&reseal(high)), Err(ColleagueError::Damaged));
    }
    // Out of range: more moments than there are, or a day in the future.
    let more = colleague::encode_answer(&answer([all(0), vec![Some(0)]].concat()), o);
    assert_eq!(open(&more), Err(ColleagueError::OutOfRange));
    let future = colleague::encode_answer(&Answer { day: TODAY + 30, ..answer(all(0)) }, o);
    assert_eq!(open(&future), Err(ColleagueError::OutOfRange));
    // Other moments: the fingerprint differs.
    let mut other = o.clone();
    other[0].id = "something_else".into();
    let foreign = colleague::encode_answer(&answer(all(0)), &other);
    assert_eq!(open(&foreign), Err(ColleagueError::OtherContent));
    // A newer version.
    let mut newer = body_of(&good);
    newer[0] = colleague::VERSION + 1;
    assert_eq!(open(&reseal(newer)), Err(ColleagueError::NewerVersion));
    // Nothing seen.
    let empty = colleague::encode_answer(&answer(vec![None; n]), o);
    assert_eq!(open(&empty), Err(ColleagueError::Empty));
    // Not a colleague's answer at all.
    assert_eq!(colleague::decode_answer("#share=abc", o, TODAY), Err(ColleagueError::Foreign));
    assert_eq!(colleague::decode_answer("", o, TODAY), Err(ColleagueError::Foreign));
    assert_eq!(colleague::decode_answer(&format!("#{ANSWER_PREFIX}"), o, TODAY), Err(ColleagueError::Damaged));
    assert_eq!(colleague::decode_answer(&format!("#{ANSWER_PREFIX}a+b/"), o, TODAY), Err(ColleagueError::Damaged));
    // An asking link is not an answer, and the other way round.
    let ask = colleague::encode_ask(&Ask { request: 1, name: None }, o);
    assert_eq!(colleague::decode_answer(&format!("#{ASK_PREFIX}{ask}"), o, TODAY), Err(ColleagueError::Foreign));
    assert_eq!(colleague::decode_ask(&format!("#{ANSWER_PREFIX}{good}"), o), Err(ColleagueError::Foreign));
    // A stuffed asking link.
    let mut asking = body_of(&ask);
    asking.push(0);
    assert_eq!(colleague::decode_ask(&format!("#{ASK_PREFIX}{}", reseal(asking)), o), Err(ColleagueError::Damaged));
    // Every reason reads differently, in each language.
    for code in ["ru", "en"] {
        let lang = service_ladder::text::language_file::native(code);
        let all = [
            ColleagueError::Foreign,
            ColleagueError::Damaged,
            ColleagueError::NewerVersion,
            ColleagueError::OtherContent,
            ColleagueError::OutOfRange,
            ColleagueError::Empty,
        ];
        let said: std::collections::BTreeSet<&str> = all.iter().map(|e| e.words(lang)).collect();
        assert_eq!(said.len(), all.len(), "{code}");
    }
}

#[test]
fn any_text_is_refused_or_read_without_panicking() {
    let o = &content().assessment.observed;
    let good = colleague::encode_answer(&answer(all(0)), o);
    for cut in 0..good.len() {
        let _ = colleague::decode_answer(&format!("#{ANSWER_PREFIX}{}", &good[..cut]), o, TODAY);
        let _ = colleague::decode_ask(&format!("#{ASK_PREFIX}{}", &good[..cut]), o);
    }
    for text in ["#answer=ÿÿÿ", "answer=answer=", "#ask=%%%", &"A".repeat(10_000)] {
        assert!(colleague::decode_answer(text, o, TODAY).is_err());
        assert!(colleague::decode_ask(text, o).is_err());
    }
}

#[test]
fn the_same_view_is_kept_once_and_at_most_ten() {
    let o = &content().assessment.observed;
    let mut views = Vec::new();
    let v = |answer: u32, day: u16| Answer { answer, day, ..answer_of() }.view(o);
    fn answer_of() -> Answer {
        answer(all(0))
    }
    assert_eq!(colleague::keep(&mut views, v(1, 100)), Kept::New);
    assert_eq!(colleague::keep(&mut views, v(1, 100)), Kept::Known);
    for i in 2..=MAX_VIEWS as u32 {
        assert_eq!(colleague::keep(&mut views, v(i, 200 + i as u16)), Kept::New);
    }
    assert_eq!(views.len(), MAX_VIEWS);
    assert_eq!(colleague::keep(&mut views, v(99, 300)), Kept::NewDroppedOldest);
    assert_eq!(views.len(), MAX_VIEWS);
    assert!(!views.iter().any(|x| x.day == 100), "the oldest went");
}

#[test]
fn older_documents_read_with_no_views_and_views_are_kept_in_the_document_and_the_history() {
    let o = &content().assessment.observed;
    // A document written before the field existed.
    let old = Saved::new().write();
    assert!(old.get("colleagues").is_none(), "an empty list is not written");
    let back: Saved = read_as(Reader::default(), &old).unwrap();
    assert!(back.colleagues.is_empty());
    let mut s = Saved::new();
    s.colleagues.push(answer(all(1)).view(o));
    let again: Saved = read_as(Reader::default(), &s.write()).unwrap();
    assert_eq!(again.colleagues, s.colleagues);
    // A view with a value off the ladder, or seeing nothing, is a problem.
    let mut v = s.write();
    v["colleagues"][0]["answers"]["rushed_day"] = 2.into();
    assert!(read_as::<Saved>(Reader::default(), &v).is_err());
    v["colleagues"][0]["answers"] = serde_json::json!({});
    assert!(read_as::<Saved>(Reader::default(), &v).is_err());
    // More than ten views are not read.
    let mut many = Saved::new();
    many.colleagues = (0..11).map(|i| Answer { answer: i, ..answer(all(0)) }.view(o)).collect();
    assert!(read_as::<Saved>(Reader::default(), &many.write()).is_err());

    // A record scored with views keeps them and its figures follow them.
    let a = &content().assessment;
    let answers = honest(a);
    let at = "2026-12-07T10:00:00Z".to_string();
    let own = AssessmentRecord::new(a, None, &answers, at.clone(), None);
    assert!(own.colleagues.is_empty());
    let views = vec![answer(all(-1)).view(o), Answer { answer: 8, ..answer(all(-1)) }.view(o)];
    let seen = AssessmentRecord::with_colleagues(a, None, &answers, &views, at, None);
    assert_eq!(seen.colleagues, views);
    assert_ne!(seen.levels, own.levels, "the colleagues' view counts in the figures");
    let record = service_ladder::document::history::Record::Assessment(seen.clone());
    let read: service_ladder::document::history::Record = read_as(Reader::default(), &record.write()).unwrap();
    assert_eq!(read, record);
    // An old record without the field reads with none.
    let plain = service_ladder::document::history::Record::Assessment(own.clone()).write();
    assert!(plain["assessment"].get("colleagues").is_none());
}

/// Answers a steady person gives: the standard option where there is one.
fn honest(a: &service_ladder::content::Assessment) -> Answers {
    let role = a.default_role().map(|r| r.id.clone()).unwrap_or_default();
    a.for_role(&role)
        .items
        .iter()
        .map(|i| {
            let c = i.choices.iter().min_by(|x, y| x.value.abs().total_cmp(&y.value.abs())).unwrap();
            (i.id.clone(), c.id.clone())
        })
        .collect()
}

#[test]
fn several_colleagues_count_as_their_median_never_one_apart() {
    let a = &content().assessment;
    let o = &a.observed;
    let answers = honest(a);
    let view = |answer: u32, v: i8| Answer { answer, ..self::answer(all(v)) }.view(o);
    // One colleague far off, two alike: the median is the two alike.
    let three = vec![view(1, 1), view(2, 1), view(3, -1)];
    let s = side_by_side(a, &answers, &three).expect("views");
    assert_eq!(s.colleagues, 3);
    assert_eq!(s.seen, [0, 0, 100], "median per rung");
    for (q, (_, seen)) in s.qualities.iter().enumerate() {
        let has = o.iter().any(|m| m.quality == q);
        assert_eq!(seen.is_some(), has, "quality {q}");
        if has {
            assert_eq!(*seen, Some(100), "the median of +1, +1, −1 is +1");
        }
    }
    // Swapping which colleague said what changes nothing.
    let shuffled = vec![view(3, -1), view(1, 1), view(2, 1)];
    assert_eq!(side_by_side(a, &answers, &shuffled), Some(s.clone()));
    // The verdict takes the same median.
    let extra = Extra { colleagues: colleague::episodes(&three, o), ..Extra::default() };
    let with = scoring::score_with(a, &answers, &extra);
    let alike = Extra { colleagues: colleague::episodes(&[view(1, 1), view(2, 1)], o), ..Extra::default() };
    assert_eq!(with.evidence.colleagues.wow, scoring::score_with(a, &answers, &alike).evidence.colleagues.wow);
    // Two colleagues who disagree: the median per moment sits between.
    let two = side_by_side(a, &answers, &[view(1, 1), view(2, -1)]).unwrap();
    for (q, (_, seen)) in two.qualities.iter().enumerate() {
        if o.iter().any(|m| m.quality == q) {
            assert_eq!(*seen, Some(50));
        }
    }
    // A steady person rated beyond by colleagues: colleagues see more.
    assert_eq!(s.gap, Gap::ColleaguesHigher);
    let low = side_by_side(a, &answers, &[view(1, -1), view(2, -1)]).unwrap();
    assert_eq!(low.gap, Gap::SelfHigher);
    let same = side_by_side(a, &answers, &[view(1, 0)]).unwrap();
    assert_eq!(same.gap, Gap::Agree);
    // No view: nothing to set beside.
    assert_eq!(side_by_side(a, &answers, &[]), None);
}

#[test]
fn share_links_carry_the_views_and_old_links_still_open() {
    let c = content();
    let o = &c.assessment.observed;
    let answers = honest(&c.assessment);
    let fp = share::fingerprint(c);
    let plain = share::Shared::build(c, Some(&answers), None, false, "ru");
    let (url, _) = share::link(PAGE, &plain, fp);
    let fragment = url.split_once('#').unwrap().1;
    // Without views: written as version 2, as before.
    assert_eq!(from_base64url(fragment.strip_prefix(share::PREFIX).unwrap()).unwrap()[0], 2);
    let opened = share::open(fragment, c).unwrap();
    assert!(opened.colleagues.is_empty());
    let views = vec![answer(all(1)).view(o), Answer { answer: 9, ..answer(all(0)) }.view(o)];
    let with = plain.clone().with_colleagues(c, &views);
    let (url, _) = share::link(PAGE, &with, fp);
    let fragment = url.split_once('#').unwrap().1;
    assert_eq!(from_base64url(fragment.strip_prefix(share::PREFIX).unwrap()).unwrap()[0], 3);
    let opened = share::open(fragment, c).unwrap();
    assert_eq!(opened.colleagues.len(), 2);
    let mut got: Vec<Vec<Option<i8>>> = opened.colleagues.iter().map(|v| v.values(o)).collect();
    got.sort();
    let mut want: Vec<Vec<Option<i8>>> = views.iter().map(|v| v.values(o)).collect();
    want.sort();
    assert_eq!(got, want);
    // The team view scores with them, as the person's own result does.
    let entry = Entry::from_shared(c, fp, &with).unwrap();
    let figures = entry.assessment.unwrap();
    assert_eq!(figures.colleagues, 2);
    let record = AssessmentRecord::with_colleagues(&c.assessment, None, &answers, &views, "2026-12-07".into(), None);
    assert_eq!(figures.levels.map(u32::from), record.levels);
    let own = Entry::from_shared(c, fp, &plain).unwrap().assessment.unwrap();
    assert_eq!(own.colleagues, 0);
    // A version-2 link claiming views was altered.
    let mut body = body_of(fragment.strip_prefix(share::PREFIX).unwrap());
    body[0] = 2;
    assert_eq!(share::decode(&format!("#{}{}", share::PREFIX, reseal(body)), fp), Err(share::LinkError::Damaged));
    // Views made for other moments are refused, not misread.
    let mut other = with.clone();
    if let Some(v) = &mut other.colleagues {
        v.moments ^= 1;
    }
    let (url, _) = share::link(PAGE, &other, fp);
    assert_eq!(share::open(url.split_once('#').unwrap().1, c), Err(share::LinkError::OtherContent));
    // A view of the wrong length is refused.
    let mut short = with.clone();
    if let Some(v) = &mut short.colleagues {
        v.views[0].pop();
    }
    let (url, _) = share::link(PAGE, &short, fp);
    assert!(matches!(share::open(url.split_once('#').unwrap().1, c), Err(share::LinkError::Unusable(_))));
}

#[test]
fn link_sizes() {
    let o = &content().assessment.observed;
    let ask = format!(
        "{PAGE}#{ASK_PREFIX}{}",
        colleague::encode_ask(&Ask { request: u32::MAX, name: Some("Александра".into()) }, o)
    );
    let answer = format!("{PAGE}#{ANSWER_PREFIX}{}", colleague::encode_answer(&answer(all(1)), o));
    eprintln!(
        "asking link: {} characters; answer link: {} characters (page {} characters)",
        ask.chars().count(),
        answer.chars().count(),
        PAGE.len()
    );
    assert!(ask.len() < 200 && answer.len() < 200);
}

#[test]
fn a_view_round_trips_through_its_model() {
    let o = &content().assessment.observed;
    let v: ColleagueView = answer(all(0)).view(o);
    assert_eq!(read_as::<ColleagueView>(Reader::default(), &v.write()), Ok(v.clone()));
    assert!(colleague::fits(&v, o));
}

#[test]
fn two_tabs_merge_their_views_once_each_and_a_removal_holds() {
    use service_ladder::document::merge::{Prefer, merge};
    let o = &content().assessment.observed;
    let v = |id: u32| Answer { answer: id, ..answer(all(0)) }.view(o);
    let mut base = Saved::new();
    base.colleagues = vec![v(1), v(2)];
    let mut mine = base.clone();
    mine.colleagues.push(v(3));
    let mut theirs = base.clone();
    theirs.colleagues.retain(|x| x.id != v(2).id);
    theirs.colleagues.push(v(4));
    let merged = merge(&base, &mine, &theirs, Prefer::Mine).doc;
    let mut ids: Vec<String> = merged.colleagues.iter().map(|x| x.id.clone()).collect();
    ids.sort();
    let mut want: Vec<String> = [1, 3, 4].iter().map(|i| v(*i).id).collect();
    want.sort();
    assert_eq!(ids, want);
}
