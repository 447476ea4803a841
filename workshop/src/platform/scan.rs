//! Reading participants' QR codes, continuously from the camera or from a
//! photo, in every browser that can open a camera or a picture (not only
//! where `BarcodeDetector` exists). Each frame is drawn into a canvas, at
//! most [`FRAME_MAX`] pixels on its long side ([`PHOTO_MAX`] for photos),
//! and its pixels go to the QR reader in a worker (`scripts/scan-worker.js`
//! over the `scan/` crate, that is `litmus_core::qr_read`), which the page
//! fetches the first time it is needed: decoding never blocks the page.

use std::cell::Cell;
use std::collections::HashSet;
use std::rc::Rc;

use js_sys::{Array, Object, Promise, Reflect, Uint8ClampedArray};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, MediaDevices};
use yew::Callback;

/// The long side of a camera frame as read: 640 x 480 for a 4:3 camera.
pub const FRAME_MAX: u32 = 640;
/// The long side of a photo as read: enough for several codes in one.
pub const PHOTO_MAX: u32 = 1600;

/// Why scanning could not go on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScanProblem {
    /// No camera at all, or none that fits.
    NoCamera,
    /// The person or the browser refused the camera.
    Denied,
    /// Another app or tab holds the camera.
    InUse,
    /// This page cannot use a camera here (not a secure address, or a
    /// frame not allowed the camera).
    NotHere,
    /// The QR reader could not load (offline before it was ever fetched).
    ReaderFailed,
    /// The chosen file is not a picture this browser can open.
    NotAPicture,
}

/// A running camera scan; dropping it stops the camera.
pub struct Scan {
    stop: Rc<Cell<bool>>,
}

impl Drop for Scan {
    fn drop(&mut self) {
        self.stop.set(true);
    }
}

/// The QR reader's worker, ended when dropped.
struct Reader {
    worker: web_sys::Worker,
}

impl Drop for Reader {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

impl Reader {
    /// Starts the worker the page names in `<meta name=litmus-scan>`.
    fn start() -> Result<Self, ScanProblem> {
        let url = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("meta[name=litmus-scan]").ok().flatten())
            .and_then(|m| m.get_attribute("content"))
            .ok_or(ScanProblem::ReaderFailed)?;
        let worker = web_sys::Worker::new(&url).map_err(|_| ScanProblem::ReaderFailed)?;
        Ok(Reader { worker })
    }

    /// The texts of the QR codes in the canvas's `width` x `height` pixels.
    async fn read(
        &self,
        context: &CanvasRenderingContext2d,
        width: u32,
        height: u32,
    ) -> Result<Vec<String>, ScanProblem> {
        let failed = |_| ScanProblem::ReaderFailed;
        let image = context
            .get_image_data(0.0, 0.0, width.into(), height.into())
            .map_err(failed)?;
        // The pixels stay a JavaScript array, handed to the worker without
        // a copy (`ImageData::data` would copy them into this module).
        let pixels: Uint8ClampedArray = Reflect::get(&image, &"data".into())
            .map_err(failed)?
            .unchecked_into();
        let buffer = pixels.buffer();
        let message = Object::new();
        Reflect::set(&message, &"width".into(), &width.into()).map_err(failed)?;
        Reflect::set(&message, &"height".into(), &height.into()).map_err(failed)?;
        Reflect::set(&message, &"pixels".into(), &buffer).map_err(failed)?;
        let worker = &self.worker;
        let reply = Promise::new(&mut |resolve, _| {
            worker.set_onmessage(Some(&resolve));
            // A worker that cannot load answers with an error event.
            worker.set_onerror(Some(&resolve));
        });
        worker
            .post_message_with_transfer(&message, &Array::of1(&buffer))
            .map_err(failed)?;
        let event = JsFuture::from(reply).await.map_err(failed)?;
        let codes = Reflect::get(&event, &"data".into())
            .and_then(|data| Reflect::get(&data, &"codes".into()))
            .map_err(failed)?;
        if !Array::is_array(&codes) {
            return Err(ScanProblem::ReaderFailed);
        }
        Ok(Array::from(&codes)
            .iter()
            .filter_map(|c| c.as_string())
            .collect())
    }
}

/// `width` x `height` scaled down so its long side is at most `limit`.
fn fit(width: u32, height: u32, limit: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= limit {
        return (width, height);
    }
    let scale = |side: u32| (u64::from(side) * u64::from(limit) / u64::from(long)).max(1) as u32;
    (scale(width), scale(height))
}

/// A canvas off the page and its 2D context, set up for reading pixels.
fn canvas() -> Option<(HtmlCanvasElement, CanvasRenderingContext2d)> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    let options = Object::new();
    Reflect::set(&options, &"willReadFrequently".into(), &true.into()).ok()?;
    let context = canvas
        .get_context_with_context_options("2d", &options)
        .ok()??
        .dyn_into()
        .ok()?;
    Some((canvas, context))
}

fn media_devices() -> Result<MediaDevices, ScanProblem> {
    let navigator = web_sys::window().ok_or(ScanProblem::NotHere)?.navigator();
    // Absent outside secure contexts.
    if !Reflect::has(&navigator, &"mediaDevices".into()).unwrap_or(false) {
        return Err(ScanProblem::NotHere);
    }
    navigator.media_devices().map_err(|_| ScanProblem::NotHere)
}

/// The ids of the cameras, once permission is given (before, browsers
/// list them without ids).
async fn cameras(devices: &MediaDevices) -> Vec<String> {
    let Ok(promise) = devices.enumerate_devices() else {
        return Vec::new();
    };
    let Ok(list) = JsFuture::from(promise).await else {
        return Vec::new();
    };
    Array::from(&list)
        .iter()
        .filter_map(|d| d.dyn_into::<web_sys::MediaDeviceInfo>().ok())
        .filter(|d| d.kind() == web_sys::MediaDeviceKind::Videoinput)
        .map(|d| d.device_id())
        .collect()
}

/// What a refused `getUserMedia` means, by the error's name.
fn camera_problem(error: &JsValue) -> ScanProblem {
    let name = Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" => ScanProblem::Denied,
        "NotFoundError" | "OverconstrainedError" => ScanProblem::NoCamera,
        "NotReadableError" | "AbortError" => ScanProblem::InUse,
        _ => ScanProblem::NotHere,
    }
}

fn stop_tracks(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// Opens camera number `camera` (0: the back camera, where there is one).
async fn open_camera(
    devices: &MediaDevices,
    camera: usize,
) -> Result<web_sys::MediaStream, ScanProblem> {
    let video = Object::new();
    let set = |o: &Object, k: &str, v: &JsValue| Reflect::set(o, &k.into(), v).map(|_| ());
    if camera == 0 {
        set(&video, "facingMode", &"environment".into()).map_err(|_| ScanProblem::NotHere)?;
    } else {
        let ids = cameras(devices).await;
        if let Some(id) = ids.get(camera % ids.len().max(1)) {
            let exact = Object::new();
            set(&exact, "exact", &id.into()).map_err(|_| ScanProblem::NotHere)?;
            set(&video, "deviceId", &exact).map_err(|_| ScanProblem::NotHere)?;
        }
    }
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_video(&video);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|e| camera_problem(&e))?;
    JsFuture::from(promise)
        .await
        .map_err(|e| camera_problem(&e))?
        .dyn_into()
        .map_err(|_| ScanProblem::NotHere)
}

async fn run(
    video: web_sys::HtmlVideoElement,
    camera: usize,
    stop: Rc<Cell<bool>>,
    on_code: Callback<String>,
    on_cameras: Callback<usize>,
) -> Result<(), ScanProblem> {
    let devices = media_devices()?;
    let reader = Reader::start()?;
    let (canvas, context) = canvas().ok_or(ScanProblem::NotHere)?;
    let stream = open_camera(&devices, camera).await?;
    on_cameras.emit(cameras(&devices).await.len());
    video.set_src_object(Some(&stream));
    let _ = video.play();
    // A code held in view is read again and again: pass each on once per
    // scan (the combination counts one scanned again later as a duplicate).
    let mut seen = HashSet::new();
    let outcome = loop {
        if stop.get() {
            break Ok(());
        }
        let (width, height) = fit(video.video_width(), video.video_height(), FRAME_MAX);
        if width == 0 || height == 0 {
            litmus::platform::sleep(100).await;
            continue;
        }
        if canvas.width() != width || canvas.height() != height {
            canvas.set_width(width);
            canvas.set_height(height);
        }
        let drawn = context.draw_image_with_html_video_element_and_dw_and_dh(
            &video,
            0.0,
            0.0,
            width.into(),
            height.into(),
        );
        if drawn.is_ok() {
            match reader.read(&context, width, height).await {
                Ok(codes) => {
                    for code in codes {
                        if !stop.get() && seen.insert(code.clone()) {
                            on_code.emit(code);
                        }
                    }
                }
                Err(problem) => break Err(problem),
            }
        }
        // Let the page breathe between frames: about 20 a second at most.
        litmus::platform::sleep(50).await;
    };
    stop_tracks(&stream);
    video.set_src_object(None);
    outcome
}

/// Starts camera number `camera` (0: the back camera) into `video` and
/// passes each new QR code's text to `on_code`, until the returned scan is
/// dropped; `on_cameras` hears how many cameras there are, `on_problem`
/// why scanning could not start or go on.
pub fn start(
    video: &yew::NodeRef,
    camera: usize,
    on_code: Callback<String>,
    on_cameras: Callback<usize>,
    on_problem: Callback<ScanProblem>,
) -> Scan {
    let stop = Rc::new(Cell::new(false));
    let Some(video) = video.cast::<web_sys::HtmlVideoElement>() else {
        on_problem.emit(ScanProblem::NotHere);
        return Scan { stop };
    };
    let running = stop.clone();
    spawn_local(async move {
        if let Err(problem) = run(video, camera, running.clone(), on_code, on_cameras).await {
            if !running.get() {
                on_problem.emit(problem);
            }
        }
    });
    Scan { stop }
}

async fn photo(file: web_sys::File) -> Result<Vec<String>, ScanProblem> {
    let window = web_sys::window().ok_or(ScanProblem::NotHere)?;
    let not_a_picture = |_| ScanProblem::NotAPicture;
    let bitmap: web_sys::ImageBitmap = JsFuture::from(
        window
            .create_image_bitmap_with_blob(&file)
            .map_err(not_a_picture)?,
    )
    .await
    .map_err(not_a_picture)?
    .dyn_into()
    .map_err(not_a_picture)?;
    let (width, height) = fit(bitmap.width(), bitmap.height(), PHOTO_MAX);
    if width == 0 || height == 0 {
        return Err(ScanProblem::NotAPicture);
    }
    let (canvas, context) = canvas().ok_or(ScanProblem::NotHere)?;
    canvas.set_width(width);
    canvas.set_height(height);
    context
        .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, width.into(), height.into())
        .map_err(not_a_picture)?;
    bitmap.close();
    Reader::start()?.read(&context, width, height).await
}

/// Reads every QR code in a photo (any picture the browser can open) and
/// passes their texts, or why it could not, to `on_done`.
pub fn read_photo(file: web_sys::File, on_done: Callback<Result<Vec<String>, ScanProblem>>) {
    spawn_local(async move { on_done.emit(photo(file).await) });
}
