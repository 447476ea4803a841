use yew::prelude::*;

use crate::platform::scan;

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
    {
        let (video, on_code, on_error) =
            (video.clone(), props.on_code.clone(), props.on_error.clone());
        use_effect_with((), move |_| {
            let running = video
                .cast::<web_sys::HtmlVideoElement>()
                .map(|v| scan::start(v, on_code, on_error));
            // Dropping the scan stops the camera.
            move || drop(running)
        });
    }
    html! {
        <video class="scanner" ref={video} muted=true autoplay=true playsinline=true
            aria-label="Camera preview: hold a participant's QR code in view" />
    }
}
