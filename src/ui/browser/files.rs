//! Files in and out of the browser: downloads made from text, files read
//! back as text, the clipboard, printing. Each step can fail in a locked-down
//! browser; failures come back as `false`/`None`, never as a panic.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// Offers `text` as a file download. Returns whether the browser took it.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return false };
    download_blob(name, &blob)
}

/// Offers a blob as a file download.
fn download_blob(name: &str, blob: &web_sys::Blob) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return false };
    let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Draws an SVG document scaled onto a canvas of `width` × `height` and offers it
/// as a PNG download — on the device, with no network (the SVG goes in as
/// a `data:` URL, which the app's own policy allows for images).
pub fn download_png(name: &str, svg: &str, width: u32, height: u32) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(canvas) =
        document.create_element("canvas").ok().and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return;
    };
    canvas.set_width(width);
    canvas.set_height(height);
    let Ok(image) = web_sys::HtmlImageElement::new() else { return };
    let name = name.to_string();
    let img = image.clone();
    let onload = Closure::once_into_js(move || {
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        if context
            .draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, f64::from(width), f64::from(height))
            .is_err()
        {
            return;
        }
        let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                download_blob(&name, &blob);
            }
        });
        let _ = canvas.to_blob_with_type(done.unchecked_ref(), "image/png");
    });
    image.set_onload(Some(onload.unchecked_ref()));
    let encoded = String::from(js_sys::encode_uri_component(svg));
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}

pub enum Read {
    Text(String),
    TooBig,
    Failed,
}

/// Reads the first file chosen in an `<input type="file">` as text and
/// hands it to `done`.
pub fn read_chosen(input: &web_sys::HtmlInputElement, done: impl FnOnce(Read) + 'static) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else { return done(Read::Failed) };
    if file.size() > crate::document::export::MAX_IMPORT_BYTES as f64 {
        return done(Read::TooBig);
    }
    let Ok(reader) = web_sys::FileReader::new() else { return done(Read::Failed) };
    let r = reader.clone();
    let onload = Closure::once_into_js(move || {
        done(r.result().ok().and_then(|v| v.as_string()).map_or(Read::Failed, Read::Text))
    });
    reader.set_onloadend(Some(onload.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        reader.set_onloadend(None);
    }
}

/// Copies text to the clipboard; the promise's outcome is not awaited, so
/// callers also show the text selected for a manual copy.
pub fn copy(text: &str) -> bool {
    match web_sys::window() {
        Some(w) => {
            // A refusal (no permission, no focus) is not an error to report:
            // the link is on screen, selected, for a manual copy.
            let refused = Closure::once(|_: wasm_bindgen::JsValue| {});
            let _ = w.navigator().clipboard().write_text(text).catch(&refused);
            refused.forget();
            true
        }
        None => false,
    }
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The app's own page, which share links point at: its address without
/// query or fragment, except a configuration file the results depend on.
pub fn own_page(options: &crate::embed::options::Options) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let base = format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default());
    match &options.config {
        crate::embed::options::ConfigSource::File(name) => format!("{base}?config={name}"),
        _ => base,
    }
}

/// Calls `f` whenever the page's fragment changes (a new link opened in
/// the same tab).
pub fn on_hash_change(f: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let listener = Closure::<dyn Fn()>::new(f);
    let _ = window.add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// The fragment the page was opened with, if any.
pub fn fragment() -> Option<String> {
    web_sys::window().and_then(|w| w.location().hash().ok()).filter(|h| h.len() > 1)
}

/// Now, as an ISO 8601 date-time.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Days since 1970-01-01, for a share link's date.
pub fn today() -> u16 {
    (js_sys::Date::now() / 86_400_000.0) as u16
}

/// How sharing a link went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    /// Handed to the system's share sheet.
    Shared,
    /// The person closed the share sheet.
    Cancelled,
    /// No share sheet (or it failed): copied to the clipboard.
    Copied,
    /// Neither: the caller shows the link to copy by hand.
    Failed,
}

/// Offers `url` through the phone's share sheet (`navigator.share`), where
/// the browser has one, else copies it. Must be called from a click (the
/// share sheet needs the person's gesture). `done` hears how it went.
pub fn share_or_copy(title: &str, text: &str, url: &str, done: impl FnOnce(Sent) + 'static) {
    use js_sys::Reflect;
    let Some(window) = web_sys::window() else { return done(Sent::Failed) };
    let navigator = window.navigator();
    let share = Reflect::get(&navigator, &"share".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let url = url.to_string();
    if let Some(share) = share {
        let data = js_sys::Object::new();
        for (k, v) in [("title", title), ("text", text), ("url", url.as_str())] {
            let _ = Reflect::set(&data, &k.into(), &v.into());
        }
        if let Some(promise) = share.call1(&navigator, &data).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
            wasm_bindgen_futures::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => done(Sent::Shared),
                    Err(e) if e.dyn_ref::<web_sys::DomException>().is_some_and(|d| d.name() == "AbortError") => {
                        done(Sent::Cancelled)
                    }
                    Err(_) => done(copy_awaited(&url).await),
                }
            });
            return;
        }
    }
    wasm_bindgen_futures::spawn_local(async move { done(copy_awaited(&url).await) });
}

async fn copy_awaited(text: &str) -> Sent {
    let Some(w) = web_sys::window() else { return Sent::Failed };
    match wasm_bindgen_futures::JsFuture::from(w.navigator().clipboard().write_text(text)).await {
        Ok(_) => Sent::Copied,
        Err(_) => Sent::Failed,
    }
}

/// A file of the app or of the company, as text (a configuration, a table of words).
pub async fn fetch_text(name: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(name)).await.map_err(|_| "could not be fetched")?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response")?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text().map_err(|_| "unreadable")?)
        .await
        .map_err(|_| "unreadable")?;
    text.as_string().ok_or_else(|| "not text".into())
}
