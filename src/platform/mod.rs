//! Everything the app does to the browser besides rendering: storage, the
//! URL, clipboard, the system share sheet, printing, downloads, files and
//! randomness. Components and the reducer never touch web APIs directly;
//! effects and event handlers call these functions, which never throw.

#[cfg(feature = "file")]
pub mod instrument_file;
pub mod storage;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::Callback;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// Today, by the device's clock (UTC); `None` should the clock be set
/// outside 2000-9999.
pub fn today() -> Option<litmus_core::date::Date> {
    litmus_core::date::Date::from_unix_ms(js_sys::Date::now())
}

/// Moves keyboard and screen-reader focus to the element with this id.
pub fn focus(id: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(e) = element {
        let _ = e.focus();
    }
}

/// The page's URL fragment, with its `#` (empty when there is none).
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its fragment: the base of share links.
pub fn page_address() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    neutral_address(href.split('#').next().unwrap_or_default())
}

/// `address` (no fragment) as a link to share: the folder's page rather
/// than one language's (`index.de.html`), and no `lang` option, so whoever
/// opens it reads it in their own language.
fn neutral_address(address: &str) -> String {
    let (page, search) = address.split_once('?').unwrap_or((address, ""));
    let page = match page.rsplit_once('/') {
        Some((folder, file))
            if file.len() == 13 && file.starts_with("index.") && file.ends_with(".html") =>
        {
            [folder, "/"].concat()
        }
        _ => page.to_string(),
    };
    match options_but_lang(search).strip_suffix('&') {
        Some(options) => [&page, "?", options].concat(),
        None => page,
    }
}

/// Removes the fragment from the address bar without reloading.
pub fn clear_fragment() {
    if let Some(w) = window() {
        let path = w.location().pathname().unwrap_or_default();
        let search = w.location().search().unwrap_or_default();
        if let Ok(history) = w.history() {
            let _ = history.replace_state_with_url(
                &JsValue::NULL,
                "",
                Some(&format!("{path}{search}")),
            );
        }
    }
}

/// Calls `on_change` with the new fragment whenever it changes (a pasted
/// link in the same tab). Returns a function that stops listening.
pub fn on_fragment_change(on_change: Callback<String>) -> impl FnOnce() {
    let closure =
        wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || on_change.emit(fragment()));
    let w = window();
    if let Some(w) = &w {
        let _ = w.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = w {
            let _ = w.remove_event_listener_with_callback(
                "hashchange",
                closure.as_ref().unchecked_ref(),
            );
        }
        drop(closure);
    }
}

/// A random 32-bit number from the browser's cryptographic generator.
pub fn random_u32() -> u32 {
    // Every browser that runs WebAssembly has `crypto`; were it missing, the
    // nonce stays 0 and only two identical results would count as one.
    let mut bytes = [0u8; 4];
    if let Some(c) = window().and_then(|w| w.crypto().ok()) {
        let _ = c.get_random_values_with_u8_array(&mut bytes);
    }
    u32::from_le_bytes(bytes)
}

async fn resolve(promise: Option<js_sys::Promise>) -> bool {
    match promise {
        Some(p) => JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

/// Copies `text` to the clipboard; `on_done` says whether it worked.
pub fn copy_text(text: String, on_done: Callback<bool>) {
    let promise = window().map(|w| w.navigator().clipboard().write_text(&text));
    spawn_local(async move { on_done.emit(resolve(promise).await) });
}

/// Whether the browser offers a system share sheet (mostly phones).
pub fn can_share() -> bool {
    window().is_some_and(|w| {
        js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false)
    })
}

/// Opens the system share sheet; `on_done` says whether something was shared.
pub fn share(title: &str, text: &str, url: &str, on_done: Callback<bool>) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    let promise = window().map(|w| w.navigator().share_with_data(&data));
    spawn_local(async move { on_done.emit(resolve(promise).await) });
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> bool {
    let run = || -> Option<()> {
        let document = window()?.document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

/// Reads a file the user picked as text; `None` when it cannot be read.
pub fn read_text(file: web_sys::File, on_done: Callback<Option<String>>) {
    spawn_local(async move {
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string());
        on_done.emit(text);
    });
}

/// The page's query string, with its `?` (empty when there is none).
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Writes a warning to the browser console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Sets CSS custom properties on the document root (theme tokens). Values
/// must be validated first (see `litmus_core::embed`).
pub fn set_css_properties(properties: &[(&str, String)]) {
    let root = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        for (name, value) in properties {
            let _ = root.style().set_property(name, value);
        }
    }
}

/// Whether the page runs inside a frame.
pub fn in_frame() -> bool {
    window().is_some_and(|w| match w.parent() {
        Ok(Some(parent)) => !JsValue::from(parent).loose_eq(&JsValue::from(w)),
        _ => false,
    })
}

fn message(kind: &str, key: &str, value: &JsValue) -> JsValue {
    let m = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&m, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&m, &key.into(), value);
    m.into()
}

/// Posts `{type, key: value}` to the parent frame, only if it is at `origin`.
pub(crate) fn post_to_parent(origin: &str, kind: &str, key: &str, value: &JsValue) {
    if let Some(Ok(Some(parent))) = window().map(|w| w.parent()) {
        let _ = parent.post_message(&message(kind, key, value), origin);
    }
}

/// Tells the host page (only if it is at `origin`) which options were
/// ignored, so the embed builder can show them.
pub fn post_warnings(origin: &str, warnings: &[String]) {
    let list: js_sys::Array = warnings.iter().map(|w| JsValue::from_str(w)).collect();
    post_to_parent(origin, "litmus:warnings", "warnings", &list);
}

/// Keeps the host page (only if it is at `origin`) told of the page's
/// height, so it can size the frame with no inner scrollbar. Returns a
/// function that stops.
pub fn report_height(origin: String) -> impl FnOnce() {
    let document = window().and_then(|w| w.document());
    let post = {
        let document = document.clone();
        move || {
            if let Some(body) = document.as_ref().and_then(|d| d.body()) {
                let height = body.offset_height() + 1;
                post_to_parent(&origin, "litmus:height", "height", &JsValue::from(height));
            }
        }
    };
    post();
    let closure = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(post);
    let observer = web_sys::ResizeObserver::new(closure.as_ref().unchecked_ref()).ok();
    if let (Some(o), Some(body)) = (&observer, document.as_ref().and_then(|d| d.body())) {
        o.observe(&body);
    }
    move || {
        if let Some(o) = observer {
            o.disconnect();
        }
        drop(closure);
    }
}

/// Registers the service worker (`sw.js`, written by the build) so that
/// the app opens and works offline after one visit. Not in a frame: a
/// consultant's page is theirs to cache.
pub fn register_service_worker() {
    if in_frame() {
        return;
    }
    if let Some(w) = window() {
        let navigator = w.navigator();
        // Without service workers (an insecure page, an old browser) the app
        // simply runs without offline support.
        if js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
            let registering = navigator.service_worker().register("./sw.js");
            // A refused registration is not an error worth reporting.
            spawn_local(async move {
                let _ = JsFuture::from(registering).await;
            });
        }
    }
}

/// Resolves after `ms` milliseconds, in a task of its own (a timer): with 0,
/// at the next turn of the event loop, letting the page breathe between two
/// pieces of work.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Starts a page in three short tasks rather than one long one, so that a
/// slow phone's main thread is never blocked for long (Lighthouse's total
/// blocking time): after the glue and module, a warm-up render of `W` (the
/// first screen, with no side effects) off the page compiles its code, then
/// the app `A` replaces the static shell ([`mount`]). The workshop and the
/// compare page start this way.
pub fn start_warmed<W, A>()
where
    W: yew::BaseComponent,
    W::Properties: Default,
    A: yew::BaseComponent,
    A::Properties: Default,
{
    spawn_local(async {
        sleep(0).await;
        let scratch = render_off_page::<W>();
        sleep(0).await;
        if let Some(scratch) = scratch {
            scratch.destroy();
        }
        mount::<A>();
    });
}

/// Replaces the page's static shell (`#app`) with the app `C`'s first
/// screen; without a shell, renders into the body.
pub fn mount<C>()
where
    C: yew::BaseComponent,
    C::Properties: Default,
{
    mount_with::<C>(C::Properties::default());
}

/// [`mount`] with the app's properties.
pub fn mount_with<C: yew::BaseComponent>(props: C::Properties) {
    let root = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<C>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<C>::with_props(props).render();
        }
    }
}

/// The page's language (its `lang` attribute) and, on a page written in a
/// language other than English, the words its loader fetched and handed it
/// (`#litmus-lang`, see `scripts/languages.mjs`).
pub fn page_language() -> (String, Option<String>) {
    let document = window().and_then(|w| w.document());
    let lang = document
        .as_ref()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    let tables = document
        .and_then(|d| d.get_element_by_id("litmus-lang"))
        .and_then(|e| e.text_content());
    (lang, tables)
}

/// What follows a page's name in its address in every language: its
/// options but `lang`, each followed by `&` (then comes `lang=<code>`),
/// and its fragment.
pub fn language_address_parts() -> (String, String) {
    let Some(location) = window().map(|w| w.location()) else {
        return (String::new(), String::new());
    };
    let search = location.search().unwrap_or_default();
    (
        options_but_lang(&search),
        location.hash().unwrap_or_default(),
    )
}

/// An address's options (its search, with or without `?`) but `lang`,
/// each followed by `&`.
fn options_but_lang(search: &str) -> String {
    let mut out = String::new();
    for option in search.trim_start_matches('?').split('&') {
        if !option.is_empty() && !option.starts_with("lang=") {
            out.push_str(option);
            out.push('&');
        }
    }
    out
}

pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// A file the user picked.
pub type File = web_sys::File;

// The field helpers below are called only from handlers on `<input>`
// elements, so the event's target is one: no run-time type check is needed.

/// The `<input>` an event on one came from.
fn input_of(e: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    e.target().map(JsCast::unchecked_into)
}

/// The text in the field an `input` or `change` event came from.
pub fn field_value(e: &web_sys::Event) -> String {
    input_of(e).map(|input| input.value()).unwrap_or_default()
}

/// Whether the checkbox (or radio button) an event came from is ticked.
pub fn field_checked(e: &web_sys::Event) -> bool {
    input_of(e).is_some_and(|input| input.checked())
}

/// The file picked in the file field a `change` event came from, clearing
/// the field so that picking the same file again is noticed.
pub fn take_file(e: &web_sys::Event) -> Option<File> {
    let input = input_of(e)?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// The text in a text area, emptying it.
pub fn take_text(area: &yew::NodeRef) -> Option<String> {
    let area = area.cast::<web_sys::HtmlTextAreaElement>()?;
    let text = area.value();
    area.set_value("");
    Some(text)
}

/// Renders the component `C` once into an element that is not on the page,
/// and returns its handle (destroy it when done). Browsers compile
/// WebAssembly functions lazily, on their first call, on the main thread:
/// rendering a page's first screen this way, in a task of its own, compiles
/// its code (and Yew's) before the real first render needs it, so neither
/// task blocks the main thread for long. Nothing of it is ever shown.
pub fn render_off_page<C>() -> Option<yew::AppHandle<C>>
where
    C: yew::BaseComponent,
    C::Properties: Default,
{
    let scratch = window()?.document()?.create_element("div").ok()?;
    Some(yew::Renderer::<C>::with_root(scratch).render())
}
