//! Scanning QR codes with the camera, where the browser offers a
//! `BarcodeDetector` (not yet in stable web-sys, so reached through
//! `js_sys::Reflect`). Paste stays the fallback everywhere.

use std::cell::Cell;
use std::collections::HashSet;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::Callback;

/// Whether this browser can scan QR codes with a camera.
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| {
        Reflect::has(&w, &JsValue::from_str("BarcodeDetector")).unwrap_or(false)
            && w.navigator().media_devices().is_ok()
    })
}

/// A running scan; dropping it stops the camera.
pub struct Scan {
    stop: Rc<Cell<bool>>,
}

impl Drop for Scan {
    fn drop(&mut self) {
        self.stop.set(true);
    }
}

fn stop_tracks(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

async fn run(
    video: web_sys::HtmlVideoElement,
    stop: Rc<Cell<bool>>,
    on_code: Callback<String>,
) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let constraints = web_sys::MediaStreamConstraints::new();
    let video_options = Object::new();
    Reflect::set(&video_options, &"facingMode".into(), &"environment".into())?;
    constraints.set_video(&video_options);
    let devices = window.navigator().media_devices()?;
    let stream: web_sys::MediaStream =
        JsFuture::from(devices.get_user_media_with_constraints(&constraints)?)
            .await?
            .dyn_into()?;
    video.set_src_object(Some(&stream));
    let _ = video.play();

    let ctor: Function = Reflect::get(&window, &"BarcodeDetector".into())?.dyn_into()?;
    let options = Object::new();
    Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into()))?;
    let detector = Reflect::construct(&ctor, &Array::of1(&options))?;
    let detect: Function = Reflect::get(&detector, &"detect".into())?.dyn_into()?;
    let mut seen = HashSet::new();
    while !stop.get() {
        if let Ok(promise) = detect
            .call1(&detector, &video)
            .and_then(|p| p.dyn_into::<Promise>())
        {
            if let Ok(found) = JsFuture::from(promise).await {
                for code in Array::from(&found).iter() {
                    let raw = Reflect::get(&code, &"rawValue".into())
                        .ok()
                        .and_then(|v| v.as_string());
                    // A code held in view is detected again and again:
                    // pass each one on once per scan.
                    if let Some(raw) = raw.filter(|r| seen.insert(r.clone())) {
                        on_code.emit(raw);
                    }
                }
            }
        }
        super::sleep(250).await;
    }
    stop_tracks(&stream);
    video.set_src_object(None);
    Ok(())
}

/// Starts the camera into `video` and passes each new QR code's text to
/// `on_code`; `on_error` hears why the camera could not start.
pub fn start(video: &yew::NodeRef, on_code: Callback<String>, on_error: Callback<()>) -> Scan {
    let stop = Rc::new(Cell::new(false));
    let Some(video) = video.cast::<web_sys::HtmlVideoElement>() else {
        on_error.emit(());
        return Scan { stop };
    };
    let running = stop.clone();
    spawn_local(async move {
        if run(video, running, on_code).await.is_err() {
            on_error.emit(());
        }
    });
    Scan { stop }
}
