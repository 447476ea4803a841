use yew::prelude::*;

use crate::platform::scan::{self, ScanProblem};

/// Scans QR codes with camera number `camera` (0: the back camera) into
/// the `video` element while the component that holds it is shown; the
/// camera stops when it goes, and restarts when `camera` changes.
#[hook]
pub fn use_camera_scan(
    video: &NodeRef,
    camera: usize,
    on_code: Callback<String>,
    on_cameras: Callback<usize>,
    on_problem: Callback<ScanProblem>,
) {
    let video = video.clone();
    use_effect_with(camera, move |&camera| {
        let running = scan::start(&video, camera, on_code, on_cameras, on_problem);
        // Dropping the scan stops the camera.
        move || drop(running)
    });
}
