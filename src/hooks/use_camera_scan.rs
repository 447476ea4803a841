use yew::prelude::*;

use crate::platform::scan;

/// Scans QR codes with the camera into the `video` element while the
/// component that holds it is shown; the camera stops when it goes.
#[hook]
pub fn use_camera_scan(video: &NodeRef, on_code: Callback<String>, on_error: Callback<()>) {
    let video = video.clone();
    use_effect_with((), move |_| {
        let running = scan::start(&video, on_code, on_error);
        // Dropping the scan stops the camera.
        move || drop(running)
    });
}
