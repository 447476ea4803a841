use yew::prelude::*;

use crate::hooks::use_camera_scan;

#[derive(Properties, PartialEq)]
pub struct QrScannerProps {
    /// Each new QR code's text.
    pub on_code: Callback<String>,
    /// The camera could not start (denied, missing).
    pub on_error: Callback<()>,
}

/// A camera preview that reads QR codes while it is shown.
#[component]
pub fn QrScanner(props: &QrScannerProps) -> Html {
    let video = use_node_ref();
    use_camera_scan(&video, props.on_code.clone(), props.on_error.clone());
    html! {
        <video class="scanner" ref={video} muted=true autoplay=true playsinline=true
            aria-label="Camera preview: hold a participant's QR code in view" />
    }
}
