//! The workshop page (`workshop/`): the facilitator's own build, so that
//! none of its code is in the check's download.

use litmus::components::combine_panel::{CombinePanel, CombinePanelProps};
use litmus::platform;
use yew::{component, html, AttrValue, Callback, Html};

// Starting the page is three short tasks rather than one long one, so that
// a slow phone's main thread is never blocked for long (Lighthouse's total
// blocking time): the glue and module, a warm-up render of the collecting
// screen off the page, then the first render.

/// The collecting screen with nothing in it, for the warm-up.
#[component]
fn WarmUp() -> Html {
    let props = CombinePanelProps {
        valid: 0,
        duplicates: 0,
        rejected: std::rc::Rc::from([]),
        paste_error: None,
        ready: false,
        missing: AttrValue::Static(""),
        scanning: false,
        camera: 0,
        cameras: 0,
        scan_status: None,
        scan_note: None,
        on_toggle_scan: Callback::noop(),
        on_switch_camera: Callback::noop(),
        on_code: Callback::noop(),
        on_cameras: Callback::noop(),
        on_scan_problem: Callback::noop(),
        on_scan_photo: Callback::noop(),
        on_paste: Callback::noop(),
        on_open_file: Callback::noop(),
        on_reveal: Callback::noop(),
        check: AttrValue::Static(""),
    };
    html! { <CombinePanel ..props /> }
}

fn main() {
    wasm_bindgen_futures::spawn_local(async {
        platform::sleep(0).await;
        let scratch = platform::render_off_page::<WarmUp>();
        platform::sleep(0).await;
        if let Some(scratch) = scratch {
            scratch.destroy();
        }
        platform::mount::<litmus::WorkshopApp>();
    });
}
