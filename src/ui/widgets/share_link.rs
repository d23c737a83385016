//! Sharing a finished result in one tap: the phone's share sheet
//! (`navigator.share`) with a short summary and a link whose fragment
//! carries the result; where there is no share sheet (or it is not
//! allowed, as in an iframe), the link is copied and shown with a QR code
//! for passing it from a phone.

use crate::check::scoring::Answers;
use crate::document::qr;
use crate::document::share::{self, Shared};
use crate::text::lang::Lang;
use crate::ui::browser::files;
use crate::ui::state::{AppState, use_state};
use crate::walk::journey::Journey;
use crate::walk::record::Walk;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// What a Share button sends: a finished result and one line about it for
/// the share sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareWhat {
    pub answers: Option<Answers>,
    pub walk: Option<(Journey, Walk)>,
    pub summary: String,
}

/// One Share button's state: the link once made, and whether notes go in it.
#[derive(Clone, Copy)]
pub struct Sharing {
    st: AppState,
    what: StoredValue<ShareWhat>,
    notes: RwSignal<bool>,
    link: RwSignal<Option<(String, share::Trimmed)>>,
    /// The link is shown (the share sheet was not there or not allowed).
    shown: RwSignal<bool>,
}

impl Sharing {
    pub fn new(what: ShareWhat) -> Sharing {
        Sharing {
            st: use_state(),
            what: StoredValue::new(what),
            notes: RwSignal::new(false),
            link: RwSignal::new(None),
            shown: RwSignal::new(false),
        }
    }

    fn make_link(self) -> String {
        let st = self.st;
        let lang = st.lang.get_untracked();
        let shared = self.what.with_value(|w| {
            let walk = w.walk.as_ref().map(|(j, w)| (j, w));
            let mut s = Shared::build(st.content, w.answers.as_ref(), walk, self.notes.get_untracked(), lang.code());
            s.day = Some(files::today());
            s.label = st.env.options.label.clone();
            // Answers of another set than the shipped one name the kind of
            // work they were asked for, so that another setup reads them
            // for it (links of the shipped set stay as they were).
            if s.items.is_some() {
                s = s.in_role(st.content, st.role().as_deref());
            }
            // The person's own result travels with their colleagues' views.
            if w.answers.as_ref().is_some_and(|a| st.answers.with_untracked(|own| own == a)) {
                s = s.with_colleagues(st.content, &st.colleagues());
            }
            s
        });
        let made = share::link(&st.env.page, &shared, share::fingerprint(st.content));
        let url = made.0.clone();
        self.link.set(Some(made));
        url
    }

    /// Share in one tap: the share sheet where there is one, else copy.
    pub fn share(self) {
        let st = self.st;
        let url = self.make_link();
        let text = self.what.with_value(|w| w.summary.clone());
        let title = st.t("widgets_share_link.service_ladder");
        let navigator = web_sys::window().map(|w| w.navigator());
        let sheet = navigator.filter(|n| js_sys::Reflect::has(n, &"share".into()).unwrap_or(false));
        let Some(navigator) = sheet else { return self.copy(&url) };
        let data = web_sys::ShareData::new();
        data.set_title(title);
        data.set_text(&text);
        data.set_url(&url);
        let promise = navigator.share_with_data(&data);
        let done = Closure::once(move |_: wasm_bindgen::JsValue| {
            st.say(st.t("widgets_share_link.the_link_was_shared"));
        });
        let failed = Closure::once(move |e: wasm_bindgen::JsValue| {
            // The person closed the sheet: nothing to do. Not allowed here
            // (an iframe, say): copy instead.
            let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
            if name != "AbortError" {
                self.copy(&url);
            }
        });
        let _ = promise.then2(&done, &failed);
        // Each runs at most once; the pair lives until then.
        done.forget();
        failed.forget();
    }

    fn copy(self, url: &str) {
        let st = self.st;
        files::copy(url);
        self.shown.set(true);
        st.say(st.t("widgets_share_link.link_copied_paste_it_into"));
        st.focus_later("share-link");
    }

    /// The button, "Share".
    pub fn button(self, primary: bool) -> impl IntoView {
        let lang = self.st.lang.get_untracked();
        view! {
            <button type="button" class="share-button" class:primary=primary on:click=move |_| self.share()>
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"></path>
                </svg>
                {lang.t("widgets_share_link.share")}
            </button>
        }
    }

    /// Whether to include notes (only offered when there are some), the
    /// link once copied, and its QR code.
    pub fn output(self) -> impl IntoView {
        let st = self.st;
        let lang = st.lang.get_untracked();
        let t = move |key: &str| lang.t(key);
        let has_notes = self
            .what
            .with_value(|w| w.walk.as_ref().is_some_and(|(_, w)| w.audits.values().any(|a| !a.note.trim().is_empty())));
        let url = move || self.link.with(|l| l.as_ref().map(|(u, _)| u.clone()).unwrap_or_default());
        let trimmed = move || {
            self.link.with(|l| match l.as_ref().map(|(_, t)| *t) {
                Some(share::Trimmed { notes: true, .. }) => t("widgets_share_link.your_notes_did_not_fit"),
                Some(share::Trimmed { names: true, .. }) => t("widgets_share_link.touchpoint_names_were_shortened_so"),
                _ => "",
            })
        };
        let code = move || {
            self.link.with(|l| l.as_ref().and_then(|(u, _)| qr::svg(u))).map(|q| {
                let n = q.size.to_string();
                let view_box = format!("0 0 {n} {n}");
                view! {
                    <svg class="qr" viewBox=view_box role="img" aria-label=t("widgets_share_link.qr_code_of_the_link")>
                        <rect class="qr-light" width=n.clone() height=n></rect>
                        <path class="qr-dark" d=q.path></path>
                    </svg>
                }
            })
        };
        view! {
            {has_notes.then(|| view! {
                <label class="check share-notes">
                    <input type="checkbox" on:change=move |ev| {
                        self.notes.set(event_target_checked(&ev));
                        self.link.set(None);
                        self.shown.set(false);
                    }/>
                    <span>{t("widgets_share_link.include_my_notes_in_the")}</span>
                </label>
            })}
            <div class="share-out" hidden=move || !self.shown.get() || self.link.with(Option::is_none)>
                <div class="field">
                    <label for="share-link">{t("widgets_share_link.link_to_the_result")}</label>
                    <input id="share-link" type="text" readonly prop:value=url
                        on:focus=move |ev| {
                            if let Some(input) = event_target::<web_sys::EventTarget>(&ev).dyn_ref::<web_sys::HtmlInputElement>() {
                                input.select();
                            }
                        }/>
                </div>
                <p class="meta">{trimmed}</p>
                <p class="meta">{t("widgets_share_link.whoever_opens_the_link_sees")}</p>
                {code}
            </div>
        }
    }
}

/// A result's one-line summary for the share sheet when the screen gives
/// none: the level of a self-check, the balance of a walk.
pub fn summary_of(st: AppState, answers: Option<&Answers>, walk: Option<(&Journey, &Walk)>, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(a) = answers {
        let assessment = st.assessment();
        // Named as the result's heading names it: a level, between two, or not clear.
        let verdict = crate::check::scoring::score_with(assessment, a, &st.extra()).verdict;
        let name = verdict.place_words(assessment, lang);
        parts.push(lang.f("widgets_share_link.my_client_orientation_level_name", &[("name", &name)]));
    }
    if let Some((j, w)) = walk {
        parts.push(walk_summary(st, j, w, lang));
    }
    parts.join(". ")
}

/// "Journey “Car dealership”: balance index +20 (−1: 2, 0: 1, +1: 2)".
pub fn walk_summary(st: AppState, j: &Journey, w: &Walk, lang: Lang) -> String {
    let m = crate::walk::map::map(j, w, &st.content.ladder);
    let balance = m.balance.map_or_else(|| "—".to_string(), crate::walk::slide::signed);
    let c = m.counts;
    let (bad, zero, wow) = (c.disappointment, c.standard, c.wow);
    let journey = j.name.get(lang);
    let args: &[(&str, &dyn std::fmt::Display)] =
        &[("journey", &journey), ("balance", &balance), ("bad", &bad), ("zero", &zero), ("wow", &wow)];
    lang.f("widgets_share_link.walk_summary", args)
}
