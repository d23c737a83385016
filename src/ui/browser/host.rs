//! Talking to the page the app is embedded in. In the snippet's iframe,
//! events go to the parent with `postMessage` and an explicit target origin
//! (never "*"), only to a host the configuration allows; incoming messages
//! are accepted only from that origin and the parent window itself. In
//! direct mode, events go to the callback the snippet handed over. Each
//! widget has its own `Host`: two widgets on one page never hear each
//! other's events.

use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[derive(Clone, Default)]
pub enum Host {
    /// Opened in its own tab: nobody to tell.
    #[default]
    Alone,
    /// In an iframe; `origin` is the verified host page origin.
    Frame { origin: String },
    /// Mounted into the host page; events go to this function.
    Direct { emit: js_sys::Function },
}

impl Host {
    pub fn is_framed(&self) -> bool {
        matches!(self, Host::Frame { .. })
    }
}

fn parent() -> Option<web_sys::Window> {
    let w = web_sys::window()?;
    let p = w.parent().ok().flatten()?;
    // A page opened on its own is its own parent.
    (!js_sys::Object::is(&p, &w)).then_some(p)
}

/// Whether `origin` may receive results: it must be the origin the browser
/// reports for the embedding page (where it reports one) and, when the
/// configuration lists hosts, one of them. Returns why not.
pub fn check_origin(origin: &str, allowed: &[String]) -> Result<(), String> {
    if !allowed.is_empty() && !allowed.iter().any(|a| a == origin) {
        return Err(format!(
            "the page at {origin} is not among the configuration's hosts, so no events are sent to it"
        ));
    }
    // `location.ancestorOrigins` (where the browser has it) is the truth
    // about who embeds this frame; the snippet's word is only a claim.
    let actual = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.location(), &"ancestorOrigins".into()).ok())
        .filter(|list| !list.is_undefined())
        .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
        .and_then(|first| first.as_string());
    match actual {
        Some(actual) if actual != origin => {
            Err(format!("the snippet says the host is {origin}, but the page is {actual}; no events are sent"))
        }
        _ => Ok(()),
    }
}

pub fn framed(origin: Option<&str>, allowed: &[String]) -> Result<Host, String> {
    parent().ok_or_else(|| String::from("not in a frame"))?;
    let origin =
        origin.ok_or_else(|| String::from("the snippet did not say which page embeds the app; no events are sent"))?;
    check_origin(origin, allowed)?;
    Ok(Host::Frame { origin: origin.to_string() })
}

/// Tells the host page something happened: `type` and a JSON `detail`.
pub fn emit(host: &Host, kind: &str, detail: &serde_json::Value) {
    let Ok(detail) = js_sys::JSON::parse(&detail.to_string()) else { return };
    match host {
        Host::Alone => {}
        Host::Frame { origin } => {
            let Some(p) = parent() else { return };
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"source".into(), &"service-ladder".into());
            let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
            let _ = js_sys::Reflect::set(&message, &"detail".into(), &detail);
            let _ = p.post_message(&message, origin);
        }
        Host::Direct { emit } => {
            let _ = emit.call2(&JsValue::NULL, &kind.into(), &detail);
        }
    }
}

/// Asks the embedding page for the configuration and hands the first
/// valid answer to `done` (`None` after a few seconds without one).
pub fn request_config(origin: String, done: impl FnOnce(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else { return done(None) };
    let Some(p) = parent() else { return done(None) };
    let done = std::rc::Rc::new(RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |text: Option<String>| {
            if let Some(f) = done.borrow_mut().take() {
                f(text);
            }
        }
    };
    let on_message = {
        let finish = finish.clone();
        let expected = origin.clone();
        let parent_window = p.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            // Only the embedding page itself, from its own origin.
            let from_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, &parent_window));
            if ev.origin() != expected || !from_parent {
                return;
            }
            let data = ev.data();
            let field = |k: &str| js_sys::Reflect::get(&data, &k.into()).ok().and_then(|v| v.as_string());
            if field("source").as_deref() == Some("service-ladder-host") && field("type").as_deref() == Some("config") {
                finish(field("config"));
            }
        })
    };
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
    let timeout = Closure::once_into_js(move || finish(None));
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(timeout.unchecked_ref(), 5_000);
    emit_to(&p, &origin, "config-request");
}

fn emit_to(p: &web_sys::Window, origin: &str, kind: &str) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"source".into(), &"service-ladder".into());
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = p.post_message(&message, origin);
}

/// Keeps the host's iframe as tall as the app (iframe mode only).
pub fn watch_height(host: &Host, root: &web_sys::Element) {
    if !host.is_framed() {
        return;
    }
    let host = host.clone();
    let report = Closure::<dyn FnMut()>::new(move || {
        let height =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()).map(|b| b.scroll_height()).unwrap_or(0);
        emit(&host, "resize", &serde_json::json!({ "height": height }));
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(root);
    }
    report.forget();
}
