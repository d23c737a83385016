//! The app's state in one typed place, shared with every component through
//! context: the saved document as one store (its operations are methods of
//! the pure core), what is on screen, and this widget's own connections to
//! its page and its storage — no global state, so several widgets can share
//! a page. Keeping the document on the device is `keep/`.
//! Nothing here reaches a screen: the merge of two copies comes in
//! through `Env::merge`, and the team screen's session is plain data
//! (`team.rs`) its parts work on.

pub mod env;
pub mod keep;
pub mod storage;
pub mod team;

use crate::check::scoring::Answers;
use crate::content::Content;
use crate::document::colleague::{self, Answer, ColleagueError, ColleagueView, Kept};
use crate::document::history::{AssessmentRecord, Record, WalkRecord, is_latest_assessment, is_latest_walk};
use crate::document::saved::{Saved, SavedStoreFields, Screen};
use crate::document::share::{self, LinkError, Opened};
use crate::embed::events;
use crate::text::lang::Lang;
use crate::ui::browser::host::Host;
use crate::ui::state::keep::{Keeper, Notice};
use crate::walk::journey::{self, Journey};
use crate::walk::record::Walk;
use leptos::prelude::*;
use reactive_stores::{Field, Store};

/// What belongs to this widget alone and lives only in the browser.
pub struct Local {
    pub host: Host,
    /// The element the app is mounted in; in direct mode it sits in the
    /// host page's shadow root, where `document.getElementById` cannot see.
    pub root: web_sys::Element,
    pub keeper: Keeper,
    /// A share link from the page's address, decoded by the screen that
    /// shows it (in a later part of the wasm).
    pub link: Option<String>,
    /// A colleague's answer link from the page's address, kept by the
    /// result screen (in a later part of the wasm, with the scoring).
    pub answer: Option<String>,
    /// What the last answer link opened here came to: said on the result.
    pub received: Option<Result<Kept, ColleagueError>>,
}

/// A result shown read-only: from a share link or from the history.
#[derive(Clone, Debug, PartialEq)]
pub struct Viewing {
    pub answers: Option<Answers>,
    pub walk: Option<(Journey, Walk)>,
    /// The day it was made, "YYYY-MM-DD".
    pub day: Option<String>,
    /// The sender's own words about who answered.
    pub label: Option<String>,
    /// The sender's name, when their link carries one (never kept).
    pub name: Option<String>,
    /// From a link (can be saved here) rather than this device's history.
    pub from_link: bool,
    /// From the history, but first received as a link.
    pub received: bool,
    /// The figures a history record was given (an earlier model's, say).
    pub record: Option<AssessmentRecord>,
    /// The kind of work the questions were chosen for.
    pub role: Option<String>,
    /// What was given besides the answers (last clients, times, the
    /// option order).
    pub extra: crate::check::scoring::Extra,
    /// Colleagues' views of the person who answered.
    pub colleagues: Vec<ColleagueView>,
    /// From a link made with another setup: what was kept of it.
    pub foreign: Option<share::Foreign>,
}

impl Viewing {
    pub fn from_link(o: Opened) -> Viewing {
        Viewing {
            answers: o.answers,
            walk: o.walk,
            day: o.shared.day.map(share::date),
            label: o.shared.label,
            name: o.shared.name,
            from_link: true,
            received: false,
            record: None,
            role: o.role,
            extra: o.extra,
            colleagues: o.colleagues,
            foreign: o.foreign,
        }
    }

    pub fn from_record(r: &Record) -> Viewing {
        let role = match r {
            Record::Assessment(a) => a.role.clone(),
            Record::Walkthrough(_) => None,
        };
        let (extra, colleagues) = match r {
            Record::Assessment(a) => (a.extra(), a.colleagues.clone()),
            Record::Walkthrough(_) => Default::default(),
        };
        let (answers, walk, record) = match r {
            Record::Assessment(a) => (Some(a.answers.clone()), None, Some(a.clone())),
            Record::Walkthrough(w) => (None, Some((w.journey.clone(), w.walk())), None),
        };
        Viewing {
            answers,
            walk,
            day: Some(crate::document::history::day(r.at()).to_string()),
            label: r.label().map(str::to_string),
            name: None,
            from_link: false,
            received: r.source() == crate::document::history::Source::Link,
            record,
            role,
            extra,
            colleagues,
            foreign: None,
        }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub env: &'static crate::ui::state::env::Env,
    pub content: &'static Content,
    /// Everything kept on the device, as one document.
    pub doc: Store<Saved>,
    /// Parts of the document, each tracked on its own.
    pub screen: Field<Screen>,
    pub answers: Field<Answers>,
    /// The person's own journeys.
    pub journeys: Field<Vec<Journey>>,
    pub walk: Field<Option<Walk>>,
    pub history: Field<Vec<Record>>,
    /// The language shown (the person's choice is kept in the document).
    pub lang: RwSignal<Lang>,
    /// What the Shared screen shows, or why a link was refused.
    pub viewing: RwSignal<Option<Result<Viewing, LinkError>>>,
    /// A colleague's asking link opened here (its fragment, read by the
    /// answering screen in a later part): that screen shows instead of this
    /// person's own, and nothing of it is kept.
    pub asking: RwSignal<Option<String>>,
    /// The text of the one `role="status"` region.
    pub status: RwSignal<String>,
    /// The status is for screen readers only (what the screen already
    /// shows, like the question count, is not repeated to the eye).
    pub quiet: RwSignal<bool>,
    /// What the person should know about how their data is kept.
    pub notice: RwSignal<Option<Notice>>,
    /// Bumped on every move between steps. A step heading takes focus only
    /// for a new value: not on first load (an embedding page must not
    /// scroll) and not when a screen is redrawn in another language.
    pub moves: RwSignal<u32>,
    pub focused_move: RwSignal<u32>,
    /// Bumped to build the current screen afresh after a change to its
    /// structure (screens are built once, not patched).
    pub redraws: RwSignal<u32>,
    pub local: StoredValue<Local, LocalStorage>,
    /// The team screen's collection for this session (made on first visit).
    pub team: StoredValue<Option<Box<crate::ui::state::team::Work>>, LocalStorage>,
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// The language a widget opens in, among those offered: the snippet's
/// wins, then the person's saved choice, then the browser's, then the
/// company's default, then the first. Runs before the state exists too
/// (src/ui/mod.rs fetches its words before mounting).
pub fn first_lang(offered: &[Lang], snippet: Option<&str>, saved: Option<&str>, default: Option<&str>) -> Option<Lang> {
    let pick = |c: Option<&str>| c.and_then(|c| crate::text::lang::pick(c, offered));
    pick(snippet)
        .or_else(|| pick(saved))
        .or_else(|| pick(Some(&browser_tag())))
        .or_else(|| pick(default))
        .or_else(|| offered.first().copied())
}

/// The browser's language tag (`ru-RU`, `kk`).
fn browser_tag() -> String {
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default()
}

impl AppState {
    /// The kind of work the questions are chosen for: the company's, else
    /// the person's choice, else the default set.
    pub fn role(self) -> Option<String> {
        let roles = &self.content.assessment.roles;
        let known = |r: &String| roles.iter().any(|x| &x.id == r);
        self.env
            .config
            .role
            .clone()
            .filter(known)
            .or_else(|| self.doc.prefs().with_untracked(|p| p.role.clone()).filter(known))
            .or_else(|| roles.first().map(|r| r.id.clone()))
    }

    /// The questionnaire of that kind of work.
    pub fn assessment(self) -> &'static crate::content::Assessment {
        self.assessment_of(self.role().as_deref())
    }

    /// The questionnaire of a kind of work (someone else's shared result,
    /// say); the default set when `role` names none this content has.
    pub fn assessment_of(self, role: Option<&str>) -> &'static crate::content::Assessment {
        let roles = &self.content.assessment.roles;
        let at = role.and_then(|r| roles.iter().position(|x| x.id == r)).unwrap_or(0);
        self.env.by_role.get(at).unwrap_or(&self.content.assessment)
    }

    /// The person picks the kind of work; answers to questions of other
    /// sets are kept (a later switch back finds them).
    pub fn choose_role(self, role: &str) {
        self.doc.prefs().update(|p| p.role = Some(role.to_string()));
    }

    /// The languages this deployment offers.
    pub fn languages(self) -> &'static [Lang] {
        &self.env.langs
    }

    /// The offered language with this code (or the nearest: `ru-RU` → `ru`).
    pub fn offered(self, code: Option<&str>) -> Option<Lang> {
        code.and_then(|c| crate::text::lang::pick(c, self.languages()))
    }

    /// Shows the language with this code: at once if its words are in,
    /// else once they are fetched (the switch is busy meanwhile; a failure
    /// is said in the status region and the language stays as it was).
    /// `remember`: the person chose it (kept in the document once shown).
    /// The language with its words in: a company's own always (its file
    /// came with the configuration), a built-in one once fetched.
    fn ready(self, lang: Lang) -> Option<Lang> {
        let built_in = crate::text::language_file::BUILT_IN_NAMES.iter().any(|(c, _)| *c == lang.code());
        if built_in { self.env.tables.get(lang.code()) } else { Some(lang) }
    }

    pub fn show_lang(self, code: &str, remember: bool) {
        let tables = &self.env.tables;
        let Some(lang) = self.offered(Some(code)) else { return };
        let code = lang.code();
        let shown = move |lang: Lang| {
            self.lang.set(lang);
            if remember {
                self.doc.prefs().update(|p| p.lang = Some(lang.code().to_string()));
            }
        };
        if let Some(lang) = self.ready(lang) {
            return shown(lang);
        }
        if tables.busy.get_untracked().is_some() {
            return;
        }
        tables.busy.set(Some(code));
        wasm_bindgen_futures::spawn_local(async move {
            let got = tables.fetch(code).await;
            tables.busy.set(None);
            match got {
                Ok(lang) => shown(lang),
                Err(why) => {
                    web_sys::console::warn_2(&"service-ladder".into(), &format!("{code}.json: {why}").into());
                    self.status.set(self.t("app.language_not_loaded").to_string());
                }
            }
        });
    }

    pub fn new(env: &'static crate::ui::state::env::Env, host: Host, root: web_sys::Element) -> AppState {
        let content = &env.content;
        let (keeper, saved, notice) = Keeper::open(env.options.instance.as_deref(), content);
        let doc = Store::new(saved);
        let state = AppState {
            env,
            content,
            doc,
            screen: doc.screen().into(),
            answers: doc.answers().into(),
            journeys: doc.journeys().into(),
            walk: doc.walk().into(),
            history: doc.history().into(),
            lang: RwSignal::new(env.tables.first()),
            viewing: RwSignal::new(None),
            asking: RwSignal::new(None),
            status: RwSignal::new(String::new()),
            quiet: RwSignal::new(false),
            notice: RwSignal::new(notice),
            moves: RwSignal::new(0),
            focused_move: RwSignal::new(0),
            redraws: RwSignal::new(0),
            local: StoredValue::new_local(Local { host, root, keeper, link: None, answer: None, received: None }),
            team: StoredValue::new_local(None),
        };
        state.settle_screen();
        let chosen = state.doc.prefs().with_untracked(|p| p.lang.clone());
        let first = first_lang(
            &env.langs,
            env.options.lang.as_deref(),
            chosen.as_deref(),
            env.config.default_language.as_deref(),
        );
        // Its words were fetched before mounting (src/ui/mod.rs); any other is fetched now.
        match first.and_then(|l| state.ready(l)) {
            Some(lang) => state.lang.set(lang),
            None => state.show_lang(first.map_or("", |l| l.code()), false),
        }
        // A share link in the page's own address opens that result (not in
        // direct mode: there the address is the host page's), and so does
        // every new link opened in the same tab.
        if env.mode != crate::ui::state::env::Mode::Direct {
            state.open_fragment();
            crate::ui::browser::files::on_hash_change(move || state.open_fragment());
        }
        state.start_keeping();
        state
    }

    /// Opens the result of a share link in the page's fragment, if any; a
    /// colleague's asking link shows the answering screen, and an answer
    /// link keeps the colleague's view.
    fn open_fragment(self) {
        let Some(fragment) = crate::ui::browser::files::fragment() else { return };
        if fragment.starts_with(&format!("#{}", colleague::ASK_PREFIX)) {
            self.asking.set(Some(fragment));
            return;
        }
        if fragment.starts_with(&format!("#{}", colleague::ANSWER_PREFIX)) {
            self.asking.set(None);
            self.local.update_value(|l| l.answer = Some(fragment));
            let again = self.screen.get_untracked() == Screen::Result;
            self.go(Screen::Result);
            if again {
                self.redraw();
            }
            return;
        }
        // Share links, sealed results and teams' "send here" links are
        // all read by the Shared screen, in a later part.
        let linked = [share::PREFIX, crate::document::seal::SEALED_PREFIX, crate::document::seal::TEAM_PREFIX]
            .iter()
            .any(|p| fragment.get(1..).is_some_and(|f| f.starts_with(p)));
        if !linked {
            return;
        }
        self.local.update_value(|l| l.link = Some(fragment));
        // Already on the shared screen (a second link in the same tab):
        // the screen is drawn again for the new result.
        let again = self.screen.get_untracked() == Screen::Shared;
        self.go(Screen::Shared);
        if again {
            self.redraw();
        }
    }

    /// Keeps a colleague's answer with the person's result (the same view
    /// twice once) and scores the latest result again with it; a refused
    /// one is said with its reason, and nothing is lost. The caller shows
    /// the result afresh.
    pub fn keep_view(self, got: Result<Answer, ColleagueError>) {
        let outcome = got.map(|a| {
            let view = a.view(&self.content.assessment.observed);
            let mut kept = Kept::Known;
            self.doc.colleagues().update(|v| kept = colleague::keep(v, view));
            if kept != Kept::Known {
                self.rescore_latest();
            }
            kept
        });
        let said = match &outcome {
            Ok(Kept::Known) => self.t("colleague.already_kept"),
            Ok(_) => self.t("colleague.view_kept"),
            Err(e) => e.words(self.lang.get_untracked()),
        };
        self.local.update_value(|l| l.received = Some(outcome));
        self.say(said);
    }

    /// The colleagues' views kept with the person's result.
    pub fn colleagues(self) -> Vec<ColleagueView> {
        self.doc.colleagues().get_untracked()
    }

    /// The newest record of the current answers, scored again with the
    /// colleagues' views (its day and label kept).
    fn rescore_latest(self) {
        let answers = self.answers.get_untracked();
        let views = self.colleagues();
        let (a, role) = (self.assessment(), self.role());
        self.history.update(|h| {
            let latest = h.iter_mut().rev().find_map(|r| match r {
                Record::Assessment(x) => Some(x),
                Record::Walkthrough(_) => None,
            });
            if let Some(r) = latest.filter(|r| r.answers == answers) {
                let mut again = AssessmentRecord::with_colleagues(
                    a,
                    role.as_deref(),
                    &answers,
                    &views,
                    r.at.clone(),
                    r.label.clone(),
                );
                again.source = r.source;
                *r = again;
            }
        });
        self.flush();
    }

    /// After loading a document: a screen that no longer exists becomes
    /// the nearest one that does.
    pub fn settle_screen(self) {
        let items = self.assessment().items.len();
        let settled = match self.screen.get_untracked() {
            Screen::Question { index } if index >= items => Screen::Review,
            // A shared result is not kept; without its link, start over.
            Screen::Shared => Screen::Home,
            Screen::Touchpoint { .. } | Screen::Map if self.walked().is_none() => Screen::Journeys,
            Screen::Editor { journey } if !self.is_own(&journey) => Screen::Journeys,
            s => s,
        };
        if settled != self.screen.get_untracked() {
            self.screen.set(settled);
        }
    }

    /// Replaces the whole document (an import), keeping this tab's language.
    pub fn load(self, saved: Saved) {
        let rev = self.doc.rev().get_untracked();
        self.doc.set(Saved { rev, ..saved });
        if let Some(code) = self.doc.prefs().with_untracked(|p| p.lang.clone()) {
            self.show_lang(&code, false);
        }
        self.settle_screen();
    }

    /// The person picks the language: shown now and remembered.
    pub fn choose_lang(self, lang: Lang) {
        self.show_lang(lang.code(), true);
    }

    /// Everything as one document, as it is stored and exported.
    pub fn snapshot(self) -> Saved {
        self.doc.get_untracked()
    }

    /// Tells the embedding page something happened (this widget's page only).
    pub fn emit(self, kind: &str, detail: &serde_json::Value) {
        self.local.with_value(|l| crate::ui::browser::host::emit(&l.host, kind, detail));
    }

    /// An element of this widget by id.
    pub fn by_id(self, id: &str) -> Option<web_sys::HtmlElement> {
        let el = self.local.with_value(|l| l.root.query_selector(&format!("#{id}")).ok().flatten())?;
        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()
    }

    /// Focuses an element once the view has caught up with a change (after a
    /// move, a deletion or a redraw the old focus target may be gone).
    pub fn focus_later(self, id: impl Into<String>) {
        let id = id.into();
        request_animation_frame(move || {
            if let Some(el) = self.by_id(&id) {
                let _ = el.focus();
            }
        });
    }

    /// Moves to another step. A move is a natural moment to write what
    /// was entered (typing in between is written after a pause).
    pub fn go(self, screen: Screen) {
        self.moves.update(|n| *n += 1);
        self.status.set(String::new());
        self.screen.set(screen);
        self.flush();
    }

    pub fn redraw(self) {
        self.redraws.update(|n| *n += 1);
    }

    pub fn say(self, text: impl Into<String>) {
        self.quiet.set(false);
        self.status.set(text.into());
    }

    /// Says it to screen readers only: the screen already shows it.
    pub fn announce(self, text: impl Into<String>) {
        self.quiet.set(true);
        self.status.set(text.into());
    }

    pub fn answer(self, item: &str, choice: &str) {
        self.answers.update(|a| {
            a.insert(item.to_string(), choice.to_string());
        });
    }

    /// The seed of this person's option order (`check::order`), made the
    /// first time a question is shown and kept with the answers.
    pub fn seed(self) -> u32 {
        let seed = self.doc.seed().get_untracked();
        if seed != 0 {
            return seed;
        }
        // Any non-zero number: 0 means "not made yet".
        let seed = ((js_sys::Math::random() * f64::from(u32::MAX)) as u32).max(1);
        self.doc.seed().set(seed);
        // Stored at once: another copy of the widget starting its check
        // now takes this order instead of making its own.
        self.flush();
        seed
    }

    /// Adds the time an item's screen was open before an answer.
    pub fn spent(self, item: &str, tenths: u32) {
        self.doc.tenths().update(|t| {
            let e = t.entry(item.to_string()).or_insert(0);
            *e = e.saturating_add(tenths).min(crate::document::saved::MAX_TENTHS);
        });
    }

    /// Rates one of the last clients (1-based), or clears the rating.
    pub fn rate_client(self, client: usize, rung: Option<i8>) {
        self.doc.episodes().update(|e| match rung {
            Some(r) => {
                e.insert(client.to_string(), r.clamp(-1, 1));
            }
            None => {
                e.remove(&client.to_string());
            }
        });
    }

    /// What the person gave besides the answers, for the scoring.
    pub fn extra(self) -> crate::check::scoring::Extra {
        self.doc.with_untracked(|d| d.extra())
    }

    /// A new check: the answers, the last clients, the times and the
    /// option order all go (kept results stay in the history).
    pub fn start_over(self) {
        self.answers.set(Answers::new());
        self.doc.episodes().set(Default::default());
        self.doc.tenths().set(Default::default());
        self.doc.seed().set(0);
    }

    /// Records a finished self-assessment in the history and tells the
    /// page — once per set of answers, however often the result is opened.
    pub fn finish_assessment(self) {
        let answers = self.answers.get_untracked();
        if self.history.with_untracked(|h| is_latest_assessment(h, &answers)) {
            return;
        }
        let record = AssessmentRecord::new_with(
            self.assessment(),
            self.role().as_deref(),
            &answers,
            &self.extra(),
            &self.colleagues(),
            crate::ui::browser::files::now(),
            self.env.options.label.clone(),
        );
        let link = result_link(self, Some(&answers), None, self.env.options.label.clone(), None);
        self.emit("assessment-completed", &events::assessment(self.content, &record, &link));
        self.remember(Record::Assessment(record));
    }

    /// Records a finished walk in the history and tells the page — once per
    /// walk: reaching the map again records nothing new.
    pub fn finish_walk(self) {
        let (Some(journey), Some(walk)) = (self.walked(), self.walk.get_untracked()) else { return };
        if self.history.with_untracked(|h| is_latest_walk(h, &journey, &walk)) {
            return;
        }
        let record = WalkRecord::new(
            &journey,
            &walk,
            &self.content.ladder,
            crate::ui::browser::files::now(),
            self.env.options.label.clone(),
        );
        let link = result_link(self, None, Some((&journey, &walk)), self.env.options.label.clone(), None);
        self.emit("walkthrough-completed", &events::walkthrough(&record, &walk, &self.content.ladder, &link));
        self.remember(Record::Walkthrough(record));
    }

    /// Adds a result to the history; whether it was new (the same result
    /// is kept once).
    /// A finished result is written at once, not after a pause.
    pub fn remember(self, record: Record) -> bool {
        let mut added = false;
        self.history.update(|h| added = crate::document::saved::remember(h, record));
        self.flush();
        added
    }

    /// A journey by id: one of the person's own, or a template.
    pub fn journey(self, id: &str) -> Option<Journey> {
        self.journeys
            .with_untracked(|own| own.iter().find(|j| j.id == id).cloned())
            .or_else(|| self.content.journeys.iter().find(|j| j.id == id).cloned())
    }

    pub fn is_own(self, id: &str) -> bool {
        self.journeys.with_untracked(|own| own.iter().any(|j| j.id == id))
    }

    /// The journey being walked, if any.
    pub fn walked(self) -> Option<Journey> {
        let id = self.walk.with_untracked(|w| w.as_ref().map(|w| w.journey.clone()))?;
        self.journey(&id)
    }

    /// A fresh id for a journey of the person's own.
    pub fn new_journey_id(self) -> String {
        self.journeys.with_untracked(|own| {
            journey::own_id(
                own.iter().map(|j| j.id.as_str()).chain(self.content.journeys.iter().map(|j| j.id.as_str())),
            )
        })
    }

    /// Changes one of the person's own journeys; the walk forgets
    /// touchpoints that no longer exist.
    pub fn edit_journey(self, id: &str, f: impl FnOnce(&mut Journey)) {
        let mut ids: Option<Vec<String>> = None;
        self.journeys.update(|own| {
            if let Some(j) = own.iter_mut().find(|j| j.id == id) {
                f(j);
                ids = Some(j.touchpoints.iter().map(|t| t.id.clone()).collect());
            }
        });
        if let Some(ids) = ids {
            let stale = self.walk.with_untracked(|w| {
                w.as_ref().is_some_and(|w| w.journey == id && w.audits.keys().any(|k| !ids.contains(k)))
            });
            if stale {
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                self.walk.update(|w| {
                    if let Some(w) = w {
                        w.retain(&ids);
                    }
                });
            }
        }
    }

    pub fn t(self, key: &str) -> &'static str {
        self.lang.get().t(key)
    }
}

/// The share link of a finished result, made today, with `label` (and the
/// sender's `name` when they typed one): what the completed events carry
/// (never a name) and what is sent to a manager (the staff side of the team
/// screen sends it too). Notes never travel here.
pub fn result_link(
    st: AppState,
    answers: Option<&Answers>,
    walk: Option<(&Journey, &Walk)>,
    label: Option<String>,
    name: Option<String>,
) -> String {
    let mut s = share::Shared::build(st.content, answers, walk, false, st.lang.get_untracked().code());
    if answers.is_some() {
        s = s.in_role(st.content, st.role().as_deref());
    }
    // The person's own result travels with their colleagues' views.
    // and the rest of what its verdict rests on.
    if answers.is_some_and(|a| st.answers.with_untracked(|own| own == a)) {
        s = s.with_colleagues(st.content, &st.colleagues()).with_evidence(st.content, &st.extra());
    }
    s.day = Some(crate::ui::browser::files::today());
    s.label = label.as_deref().and_then(crate::embed::options::clean_label);
    s.name = name.as_deref().and_then(crate::embed::options::clean_label);
    share::link(&st.env.page, &s, share::fingerprint(st.content)).0
}
