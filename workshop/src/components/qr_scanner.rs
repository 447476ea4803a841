use yew::prelude::*;

use crate::hooks::use_camera_scan;
use crate::platform::scan::ScanProblem;

#[derive(Properties, PartialEq)]
pub struct QrScannerProps {
    /// Which camera: 0 is the back camera, where there is one.
    pub camera: usize,
    /// Each new QR code's text.
    pub on_code: Callback<String>,
    /// How many cameras there are, once the camera has started.
    pub on_cameras: Callback<usize>,
    /// Why the camera could not start or go on.
    pub on_problem: Callback<ScanProblem>,
}

/// A camera preview that reads QR codes while it is shown.
#[component]
pub fn QrScanner(props: &QrScannerProps) -> Html {
    let video = use_node_ref();
    use_camera_scan(
        &video,
        props.camera,
        props.on_code.clone(),
        props.on_cameras.clone(),
        props.on_problem.clone(),
    );
    html! {
        <video class="scanner" ref={video} muted=true autoplay=true playsinline=true
            aria-label={litmus::language::t(litmus::language::workshop::CAMERA_PREVIEW)} />
    }
}
