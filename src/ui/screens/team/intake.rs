//! Adding results on the team screen: a paste of any size (a whole chat
//! export), JSON and CSV files chosen or dropped (several at once), and QR
//! codes from the camera where the browser has `BarcodeDetector` (hidden
//! otherwise; never needed). The text is read a slice per animation frame
//! (`Intake::step`), with the slice sized to keep each frame short, and
//! progress in the status region, so a 10,000-line paste never freezes
//! the page. Then every item is listed with what became of it.

use crate::document::seal::{self, SealError};
use crate::team::intake::{
    Intake, MAX_SOURCE_BYTES, Origin, Progress, Refusal, SealedItem, Verdict, place_why, read_sealed,
};
use crate::team::stored::{self, MAX_FILE_BYTES};
use crate::text::lang::{Lang, Text};
use crate::ui::browser::seal as sealing;
use crate::ui::screens::team::work::{keep_if_saved, mark, measure, with_work};
use crate::ui::state::team::{MAX_ROWS, Report, Row, RowKind, Running};
use crate::ui::state::{AppState, use_state};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// The progress signal's value while nothing is being read (else 0–100).
const IDLE: u32 = u32::MAX;

/// Milliseconds, for sizing slices.
fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or_else(js_sys::Date::now, |p| p.now())
}

fn progress_text(lang: Lang, p: &Progress) -> String {
    let args: [(&str, &dyn std::fmt::Display); 4] =
        [("percent", &p.percent()), ("taken", &p.taken), ("duplicates", &p.duplicates), ("refused", &p.refused)];
    lang.f("team_intake.progress", &args)
}

/// A row's words in every language offered, so that the report follows a
/// switch of language.
fn in_every(st: AppState, words: impl Fn(Lang) -> String) -> Text {
    Text::from_pairs(st.languages().iter().map(|l| (l.code().to_string(), words(*l))))
}

/// "Pasted text, line 3: why", in every language offered.
fn joined(st: AppState, origin: &Origin, why: impl Fn(Lang) -> String) -> Text {
    in_every(st, |l| place_why(l, &origin.words(l), &why(l)))
}

/// Queues texts and files and starts reading them, a slice per frame.
pub fn start(st: AppState, sources: Vec<(Origin, Result<String, ReadProblem>)>, progress: RwSignal<u32>) {
    let fingerprint = st.fingerprint();
    let mut early = Vec::new();
    let mut texts = Vec::new();
    for (origin, text) in sources {
        match text {
            Err(problem) => early.push(Row {
                kind: RowKind::Refused,
                text: joined(st, &origin, |l| problem.words(l)),
                entry: None,
                counted: false,
            }),
            Ok(text) if stored::is_team_file(&text) => {
                early.push(take_collection_file(st, &origin, &text, fingerprint))
            }
            Ok(text) => texts.push((origin, text)),
        }
    }
    // Sealed links are opened first (WebCrypto answers asynchronously),
    // then read with the rest.
    if texts.iter().any(|(_, t)| t.contains(seal::SEALED_PREFIX)) {
        wasm_bindgen_futures::spawn_local(async move {
            let mut opened = Vec::new();
            for (origin, text) in texts {
                let sealed = open_sealed(st, &text).await;
                opened.push((origin, text, sealed));
            }
            begin(st, opened, early, progress);
        });
    } else {
        begin(st, texts.into_iter().map(|(o, t)| (o, t, Vec::new())).collect(), early, progress);
    }
}

/// The sealed links in a text, each opened with this device's team key
/// or refused with the reason.
async fn open_sealed(st: AppState, text: &str) -> Vec<SealedItem> {
    let found = crate::team::links::all_sealed(text);
    if found.is_empty() {
        return Vec::new();
    }
    let fingerprint = st.fingerprint();
    let opener = match sealing::kept_key(st.env.options.instance.as_deref()) {
        Some(k) => sealing::Opener::new(k).await.ok(),
        None => None,
    };
    let mut out = Vec::new();
    for f in found {
        let shared = match (read_sealed(&f), &opener) {
            (Err(e), _) => Err(e),
            (Ok(_), None) => Err(SealError::NoTeamKey),
            (Ok(envelope), Some(o)) => match o.open(&envelope).await {
                Ok(bytes) => seal::Inside::decode(&bytes).and_then(|inside| inside.shared(fingerprint)),
                Err(e) => Err(e),
            },
        };
        out.push(SealedItem { line: f.line, excerpt: f.sealed_excerpt(), shared: shared.map_err(Refusal::Sealed) });
    }
    out
}

fn begin(st: AppState, texts: Vec<(Origin, String, Vec<SealedItem>)>, early: Vec<Row>, progress: RwSignal<u32>) {
    let running = with_work(st, |w| {
        if w.intake.is_some() {
            return false;
        }
        let mut intake = Intake::new(st.content, w.collection.ids());
        intake.known_answers(w.collection.entries().iter().filter_map(|e| e.answers));
        intake.set_today(crate::ui::browser::files::today());
        for (origin, text, sealed) in texts {
            intake.add_with_sealed(origin, text, sealed);
        }
        w.intake = Some(Running { intake, budget: 100, said: 0, early });
        true
    });
    if running != Some(true) {
        st.say(st.t("team_intake.please_wait_the_previous_results"));
        return;
    }
    mark("team:intake:start");
    progress.try_set(0);
    st.say(st.t("team_intake.reading"));
    request_animation_frame(move || step(st, progress));
}

fn step(st: AppState, progress: RwSignal<u32>) {
    let lang = st.lang.get_untracked();
    let t0 = now();
    let Some(Some((p, say))) = with_work(st, |w| {
        let r = w.intake.as_mut()?;
        let p = r.intake.step(r.budget);
        let spent = now() - t0;
        // Aim at a few milliseconds of reading per frame.
        if spent < 4.0 {
            r.budget = (r.budget * 2).min(20_000);
        } else if spent > 10.0 {
            r.budget = (r.budget / 2).max(10);
        }
        let tenth = p.percent() / 10;
        let say = (tenth > r.said && !p.finished).then(|| {
            r.said = tenth;
            progress_text(lang, &p)
        });
        Some((p, say))
    }) else {
        return;
    };
    progress.try_set(p.percent());
    if let Some(text) = say {
        st.say(text);
    }
    if p.finished {
        finish(st, progress);
    } else {
        request_animation_frame(move || step(st, progress));
    }
}

/// Takes what was read into the collection and lists every item.
fn finish(st: AppState, progress: RwSignal<u32>) {
    let lang = st.lang.get_untracked();
    let done = with_work(st, |w| {
        let running = w.intake.take()?;
        let intake = running.intake;
        let p = intake.progress();
        let mut rows = running.early;
        let refused_early = rows.iter().filter(|r| r.kind == RowKind::Refused).count();
        let collections = rows.iter().filter(|r| r.kind == RowKind::Collection).count();
        let mut taken_rows = Vec::new();
        let mut more = 0;
        // A paste that looks like one sender's is said first.
        for (source, flag) in intake.one_senders() {
            let Some(origin) = intake.origin(source).cloned() else { continue };
            rows.push(Row {
                kind: RowKind::Sender,
                text: joined(st, &origin, |l| flag.words(l)),
                entry: None,
                counted: false,
            });
        }
        for (k, o) in intake.outcomes().iter().enumerate() {
            let (kind, entry) = match &o.verdict {
                Verdict::Taken(_) => (RowKind::Taken, None),
                Verdict::Duplicate { entry, .. } => (RowKind::Duplicate, Some(entry.clone())),
                Verdict::SameAnswers { entry, .. } => (RowKind::Flagged, Some(entry.clone())),
                Verdict::Careless { entry } => (RowKind::OneOption, Some(entry.clone())),
                Verdict::Refused(_) => (RowKind::Refused, None),
            };
            let list = if kind == RowKind::Taken { &mut taken_rows } else { &mut rows };
            if list.len() >= MAX_ROWS {
                more += 1;
                continue;
            }
            let text = in_every(st, |l| intake.explain(k, l).unwrap_or_default());
            list.push(Row { kind, text, entry, counted: false });
        }
        rows.extend(taken_rows);
        let added = w.collection.add_all(intake.into_entries());
        w.report = Some(Report {
            rows,
            taken: added.added,
            duplicates: p.duplicates + added.duplicates,
            refused: p.refused + refused_early + added.full,
            flagged: p.flagged,
            one_option: p.one_option,
            more,
        });
        Some((added.added, p.duplicates + added.duplicates, p.refused + refused_early + added.full, collections))
    })
    .flatten();
    measure("team:intake", "team:intake:start");
    progress.try_set(IDLE);
    let Some((taken, duplicates, refused, collections)) = done else { return };
    keep_if_saved(st);
    st.redraw();
    let args: [(&str, &dyn std::fmt::Display); 3] =
        [("taken", &taken), ("duplicates", &duplicates), ("refused", &refused)];
    st.say(match collections {
        0 => lang.f("team_intake.done", &args),
        _ => lang.f("team_intake.done_collections_kept", &args),
    });
    st.focus_later("team-intake-title");
}

/// A collection file: kept on this device (joined with the kept one of the
/// same id), and opened when nothing unsaved is open.
fn take_collection_file(st: AppState, origin: &Origin, text: &str, fingerprint: u32) -> Row {
    let refused = |text: Text| Row { kind: RowKind::Refused, text, entry: None, counted: false };
    let record = match stored::read_file(text) {
        Ok(r) => r,
        Err(e) => return refused(joined(st, origin, |l| e.words(l))),
    };
    if !record.fits(fingerprint) {
        return refused(joined(st, origin, |l| Refusal::OtherContent.words(l)));
    }
    let kept_now = crate::ui::screens::team::work::teams(st);
    let full = !kept_now.iter().any(|t| t.id == record.id) && !stored::room_for_one(&kept_now);
    if full {
        let max = stored::MAX_TEAMS as i64;
        return refused(joined(st, origin, |l| l.p("team_intake.too_many_collections", max, &[])));
    }
    let mut kept = record.clone();
    crate::ui::screens::team::work::update_teams(st, &mut |ts| match ts.iter_mut().find(|t| t.id == record.id) {
        Some(t) => {
            let mut c = t.collection();
            let _ = c.merge(&record.collection());
            *t = stored::TeamRecord::of(&t.id, &c);
            kept = t.clone();
        }
        None => ts.push(record.clone()),
    });
    with_work(st, |w| {
        if w.saved_as.is_none() && w.collection.is_empty() || w.saved_as.as_deref() == Some(kept.id.as_str()) {
            w.collection = kept.collection();
            w.saved_as = Some(kept.id.clone());
        }
    });
    let n = kept.people.len();
    Row {
        kind: RowKind::Collection,
        text: joined(st, origin, |l| l.p("team_intake.collection_kept", n as i64, &[("name", &kept.name)])),
        entry: None,
        counted: false,
    }
}

/// Why a chosen file was not read at all.
#[derive(Clone, Copy, Debug)]
pub enum ReadProblem {
    TooBig,
    Failed,
}

impl ReadProblem {
    fn words(self, lang: Lang) -> String {
        match self {
            ReadProblem::TooBig => Refusal::TooBig.words(lang),
            ReadProblem::Failed => lang.t("team_intake.file_not_read").to_string(),
        }
    }
}

/// Reads every file of a list as text, then hands them all over at once.
fn read_files(files: web_sys::FileList, done: impl FnOnce(Vec<(Origin, Result<String, ReadProblem>)>) + 'static) {
    let list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    if list.is_empty() {
        return;
    }
    let total = list.len();
    let results = std::rc::Rc::new(std::cell::RefCell::new(Vec::with_capacity(total)));
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    for (i, file) in list.into_iter().enumerate() {
        let origin = Origin::File(file.name());
        let (results, done) = (results.clone(), done.clone());
        let finish = move |i: usize, origin: Origin, r: Result<String, ReadProblem>| {
            results.borrow_mut().push((i, origin, r));
            if results.borrow().len() == total {
                let mut all = std::mem::take(&mut *results.borrow_mut());
                crate::order::sort_by(&mut all, |a, b| a.0.cmp(&b.0));
                if let Some(done) = done.borrow_mut().take() {
                    done(all.into_iter().map(|(_, o, r)| (o, r)).collect());
                }
            }
        };
        // A results text past the intake's cap is still read when it may be
        // a collection file, which can be larger.
        if file.size() > MAX_FILE_BYTES.max(MAX_SOURCE_BYTES) as f64 {
            finish(i, origin, Err(ReadProblem::TooBig));
            continue;
        }
        let Ok(reader) = web_sys::FileReader::new() else {
            finish(i, origin, Err(ReadProblem::Failed));
            continue;
        };
        let r = reader.clone();
        let cell = std::rc::Rc::new(std::cell::RefCell::new(Some((origin, finish))));
        let once = cell.clone();
        let onload = Closure::once_into_js(move || {
            if let Some((origin, finish)) = once.borrow_mut().take() {
                let text = r.result().ok().and_then(|v| v.as_string());
                finish(i, origin, text.ok_or(ReadProblem::Failed));
            }
        });
        reader.set_onloadend(Some(onload.unchecked_ref()));
        if reader.read_as_text(&file).is_err() {
            reader.set_onloadend(None);
            if let Some((origin, finish)) = cell.borrow_mut().take() {
                finish(i, origin, Err(ReadProblem::Failed));
            }
        }
    }
}

/// Whether this browser can read QR codes from the camera.
fn camera_available() -> bool {
    let Some(w) = web_sys::window() else { return false };
    let has = |o: &wasm_bindgen::JsValue, k: &str| js_sys::Reflect::has(o, &k.into()).unwrap_or(false);
    has(&w, "BarcodeDetector") && has(&w.navigator(), "mediaDevices")
}

#[component]
pub fn AddResults() -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let textarea = NodeRef::<leptos::html::Textarea>::new();
    let progress = RwSignal::new(IDLE);
    let dragging = RwSignal::new(false);
    let file_input = NodeRef::<leptos::html::Input>::new();
    let running = with_work(st, |w| w.intake.is_some()).unwrap_or(false);
    if running {
        // Rebuilt mid-way (a language switch): follow the reading again.
        progress.set(0);
    }

    let add_pasted = move |_| {
        let Some(el) = textarea.get() else { return };
        let text = el.value();
        if text.trim().is_empty() {
            st.say(st.t("team_intake.paste_links_or_a_text"));
            st.focus_later("team-paste");
            return;
        }
        el.set_value("");
        start(st, vec![(Origin::Pasted, Ok(text))], progress);
    };
    let from_files = move |_| {
        let Some(input) = file_input.get() else { return };
        let Some(files) = input.files() else { return };
        let input = input.clone();
        read_files(files, move |sources| {
            input.set_value("");
            start(st, sources, progress);
        });
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let Some(data) = ev.data_transfer() else { return };
        match data.files().filter(|f| f.length() > 0) {
            Some(files) => read_files(files, move |sources| start(st, sources, progress)),
            None => {
                if let Ok(text) = data.get_data("text")
                    && !text.trim().is_empty()
                {
                    start(st, vec![(Origin::Pasted, Ok(text))], progress);
                }
            }
        }
    };

    view! {
        <section class="block team-add no-print" aria-labelledby="team-add-title"
            class:dragging=move || dragging.get()
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <h3 id="team-add-title">{t("team_intake.add_results")}</h3>
            <div class="field">
                <label for="team-paste">{t("team_intake.paste_links_one_per_line")}</label>
                <textarea id="team-paste" rows="5" spellcheck="false" node_ref=textarea></textarea>
            </div>
            <button type="button" class="primary" on:click=add_pasted>{t("team_intake.add_from_the_text")}</button>
            <div class="field team-files">
                <label for="team-file">{t("team_intake.or_choose_files_exported_from")}</label>
                <input id="team-file" type="file" multiple accept=".json,.csv,.txt,application/json,text/csv,text/plain"
                    node_ref=file_input on:change=from_files/>
            </div>
            {camera_available().then(|| view! { <Camera progress=progress/> })}
            <div class="team-progress" hidden=move || progress.get() == IDLE>
                <label for="team-progress">{t("team_intake.reading_2")}</label>
                <progress id="team-progress" max="100" prop:value=move || progress.get().min(100)></progress>
            </div>
        </section>
    }
}

/// QR codes from the camera, through the browser's own `BarcodeDetector`.
#[component]
fn Camera(progress: RwSignal<u32>) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let video = NodeRef::<leptos::html::Video>::new();
    let scanning = RwSignal::new(false);
    let stream = StoredValue::new_local(None::<wasm_bindgen::JsValue>);

    let stop = move || {
        scanning.try_set(false);
        if let Some(Some(s)) = stream.try_update_value(Option::take) {
            stop_tracks(&s);
        }
    };
    let begin = move |_| {
        let Some(el) = video.get() else { return };
        scanning.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            match open_camera().await {
                Ok(s) => {
                    let _ = js_sys::Reflect::set(&el, &"srcObject".into(), &s);
                    let _ = el.play();
                    stream.set_value(Some(s));
                    st.say(st.t("team_intake.the_camera_is_on_point"));
                    scan(st, el.clone(), scanning, progress, Vec::new());
                }
                Err(()) => {
                    scanning.set(false);
                    st.say(st.t("team_intake.the_camera_is_not_available"));
                }
            }
        });
    };
    on_cleanup(stop);
    view! {
        <div class="team-camera">
            <button type="button" hidden=move || scanning.get() on:click=begin>{t("team_intake.read_a_qr_code_with")}</button>
            <button type="button" hidden=move || !scanning.get() on:click=move |_| {
                stop();
                st.say(st.t("team_intake.the_camera_is_off"));
            }>{t("team_intake.turn_the_camera_off")}</button>
            <video node_ref=video class="team-video" muted=true playsinline=true hidden=move || !scanning.get()
                aria-label=t("team_intake.camera_view")></video>
        </div>
    }
}

async fn open_camera() -> Result<wasm_bindgen::JsValue, ()> {
    use js_sys::{Function, Object, Reflect};
    let w = web_sys::window().ok_or(())?;
    let devices = Reflect::get(&w.navigator(), &"mediaDevices".into()).map_err(|_| ())?;
    let get = Reflect::get(&devices, &"getUserMedia".into()).map_err(|_| ())?.dyn_into::<Function>().map_err(|_| ())?;
    let video = Object::new();
    let _ = Reflect::set(&video, &"facingMode".into(), &"environment".into());
    let constraints = Object::new();
    let _ = Reflect::set(&constraints, &"video".into(), &video);
    let _ = Reflect::set(&constraints, &"audio".into(), &false.into());
    let promise = get.call1(&devices, &constraints).map_err(|_| ())?.dyn_into::<js_sys::Promise>().map_err(|_| ())?;
    wasm_bindgen_futures::JsFuture::from(promise).await.map_err(|_| ())
}

fn stop_tracks(stream: &wasm_bindgen::JsValue) {
    use js_sys::{Function, Reflect};
    let Ok(tracks) = Reflect::get(stream, &"getTracks".into())
        .and_then(|f| f.dyn_into::<Function>().map_err(|_| wasm_bindgen::JsValue::NULL))
    else {
        return;
    };
    if let Ok(list) =
        tracks.call0(stream).and_then(|l| l.dyn_into::<js_sys::Array>().map_err(|_| wasm_bindgen::JsValue::NULL))
    {
        for track in list.iter() {
            if let Ok(stop) = Reflect::get(&track, &"stop".into())
                .and_then(|f| f.dyn_into::<Function>().map_err(|_| wasm_bindgen::JsValue::NULL))
            {
                let _ = stop.call0(&track);
            }
        }
    }
}

/// Looks for QR codes a few times a second while the camera is on; each
/// new link is taken in as it is read.
fn scan(
    st: AppState,
    el: web_sys::HtmlVideoElement,
    scanning: RwSignal<bool>,
    progress: RwSignal<u32>,
    mut seen: Vec<String>,
) {
    use js_sys::{Array, Function, Object, Reflect};
    if scanning.try_get_untracked() != Some(true) {
        return;
    }
    let Some(w) = web_sys::window() else { return };
    let detector =
        Reflect::get(&w, &"BarcodeDetector".into()).ok().and_then(|c| c.dyn_into::<Function>().ok()).and_then(|c| {
            let options = Object::new();
            let _ = Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into()));
            Reflect::construct(&c, &Array::of1(&options)).ok()
        });
    let Some(detector) = detector else { return };
    let detect = Reflect::get(&detector, &"detect".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
    let Some(promise) =
        detect.and_then(|d| d.call1(&detector, &el).ok()).and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if let Ok(found) = wasm_bindgen_futures::JsFuture::from(promise).await {
            let found = Array::from(&found);
            for code in found.iter() {
                let raw = Reflect::get(&code, &"rawValue".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
                let ours = raw.contains(crate::document::share::PREFIX) || raw.contains(seal::SEALED_PREFIX);
                if ours && !seen.contains(&raw) {
                    seen.push(raw.clone());
                    start(st, vec![(Origin::Camera, Ok(raw))], progress);
                }
            }
        }
        set_timeout(move || scan(st, el, scanning, progress, seen), std::time::Duration::from_millis(300));
    });
}

/// What the last intake found: counts, then every refused and duplicate
/// item with its reason (a duplicate can be counted anyway), then the
/// results taken.
/// `folded`: inside the intake's one-line fold, whose summary then carries
/// the `team-intake-title` id (focus goes there after reading).
#[component]
pub fn IntakeReport(#[prop(optional)] folded: bool) -> impl IntoView {
    let st = use_state();
    let lang = st.lang.get_untracked();
    let t = move |key: &str| lang.t(key);
    let data = with_work(st, |w| {
        w.report.as_ref().map(|r| {
            let rows: Vec<(usize, RowKind, String, bool)> = r
                .rows
                .iter()
                .enumerate()
                .map(|(i, row)| (i, row.kind, row.text.get(lang).to_string(), row.counted))
                .collect();
            (rows, r.taken, r.duplicates, r.refused, (r.flagged, r.one_option), r.more)
        })
    })
    .flatten();
    let (rows, taken, duplicates, refused, (flagged, one_option), more) = data?;
    let args: [(&str, &dyn std::fmt::Display); 3] =
        [("taken", &taken), ("duplicates", &duplicates), ("refused", &refused)];
    let summary = lang.f("team_intake.summary", &args);
    let flagged = (flagged > 0)
        .then(|| view! { <p class="team-summary team-flagged">{lang.f("team_intake.flagged_summary", &[("flagged", &flagged)])}</p> });
    let one_option = (one_option > 0).then(|| {
        view! { <p class="team-summary team-one-option">{lang.f("team_intake.one_option_summary", &[("count", &one_option)])}</p> }
    });
    let count_anyway = move |i: usize| {
        let added = with_work(st, |w| {
            let report = w.report.as_mut()?;
            let row = report.rows.get_mut(i)?;
            let entry = row.entry.take()?;
            row.counted = true;
            let added = matches!(w.collection.add_anyway(*entry), crate::team::collection::Added::New(_));
            if added {
                report.taken += 1;
                if row.kind == RowKind::Flagged {
                    report.flagged = report.flagged.saturating_sub(1);
                } else if row.kind == RowKind::OneOption {
                    report.one_option = report.one_option.saturating_sub(1);
                } else {
                    report.duplicates = report.duplicates.saturating_sub(1);
                }
            }
            Some(added)
        })
        .flatten();
        if added == Some(true) {
            keep_if_saved(st);
            st.redraw();
            st.say(st.t("team_intake.counted_again_as_another_person"));
            st.focus_later("team-intake-title");
        }
    };
    let (listed, taken_rows): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.1 != RowKind::Taken);
    let items = listed
        .into_iter()
        .map(|(i, kind, text, counted)| {
            let class = match kind {
                RowKind::Refused => "team-row refused",
                RowKind::Duplicate => "team-row duplicate",
                RowKind::Flagged => "team-row duplicate flagged",
                RowKind::OneOption => "team-row duplicate flagged one-option",
                RowKind::Sender => "team-row refused sender",
                _ => "team-row taken",
            };
            let label = match kind {
                RowKind::Refused => t("team_intake.refused"),
                RowKind::Duplicate if counted => t("team_intake.counted_again"),
                RowKind::Duplicate => t("team_intake.duplicate"),
                RowKind::Flagged if counted => t("team_intake.counted_again"),
                RowKind::Flagged => t("team_intake.same_answers"),
                RowKind::OneOption if counted => t("team_intake.counted_again"),
                RowKind::OneOption => t("team_intake.one_option"),
                RowKind::Sender => t("team_intake.one_sender"),
                RowKind::Collection => t("team_intake.collection"),
                RowKind::Taken => t("team_intake.taken"),
            };
            let button =
                (matches!(kind, RowKind::Duplicate | RowKind::Flagged | RowKind::OneOption) && !counted).then(|| {
                    view! {
                        <button type="button" aria-label=lang.f("team_intake.count_anyway_what", &[("what", &text)])
                            on:click=move |_| count_anyway(i)>{t("team_intake.count_anyway")}</button>
                    }
                });
            view! { <li class=class><span class="team-row-kind">{label}</span>" "<span>{text}</span>{button}</li> }
        })
        .collect_view();
    let taken_list = (!taken_rows.is_empty()).then(|| {
        let n = taken_rows.len();
        let items = taken_rows.into_iter().map(|(_, _, text, _)| view! { <li>{text}</li> }).collect_view();
        view! {
            <details class="team-taken">
                <summary>{lang.f("team_intake.show_the_results_taken_n", &[("n", &n)])}</summary>
                <ul>{items}</ul>
            </details>
        }
    });
    let more = (more > 0).then(|| {
        view! { <p class="meta">{lang.p("team_intake.more_rows_not_shown", more as i64, &[])}</p> }
    });
    Some(view! {
        <section class="block team-intake no-print" aria-labelledby=if folded { "team-intake-list" } else { "team-intake-title" }>
            <h3 id=if folded { "team-intake-list" } else { "team-intake-title" } tabindex="-1">{t("team_intake.what_was_read")}</h3>
            <p class="team-summary">{summary}</p>
            {flagged}
            {one_option}
            <ul class="team-rows">{items}</ul>
            {more}
            {taken_list}
        </section>
    })
}
