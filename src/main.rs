// The check (`/`). The workshop page is `src/bin/workshop.rs`.
use litmus::components::welcome_step::{welcome_step, WelcomeStepProps};
use litmus::platform;
use yew::{component, AppHandle, AttrValue, Callback, Html};

// Starting the app is three short tasks rather than one long one, so that a
// slow phone's main thread is never blocked for long (Lighthouse's total
// blocking time): loading the saved state, a warm-up, then the first render.

/// The welcome screen with nothing in it, rendered once off the page.
#[component]
fn WarmUp() -> Html {
    welcome_step(WelcomeStepProps {
        title: AttrValue::Static(""),
        intro: AttrValue::Static(""),
        resuming: false,
        on_start: Callback::noop(),
        on_open_file: Callback::noop(),
        workshop: AttrValue::Static(""),
        others: vec![(1, AttrValue::Static(""))],
        on_choose: Callback::noop(),
    })
}

/// Renders the welcome screen once into an element that is not on the page.
/// Browsers compile WebAssembly functions lazily, on their first call, on the
/// main thread; this compiles the screen's code (and Yew's) in a task of its
/// own, before the real first render needs it. Nothing of it is ever shown.
fn warm_up() -> Option<AppHandle<WarmUp>> {
    let scratch = web_sys::window()?.document()?.create_element("div").ok()?;
    Some(yew::Renderer::<WarmUp>::with_root(scratch).render())
}

/// Replaces the static shell with the app's identical first screen.
fn mount() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<litmus::CheckApp>::with_root(root).render();
        }
        None => {
            yew::Renderer::<litmus::CheckApp>::new().render();
        }
    }
}

fn main() {
    litmus::check::state::preload();
    wasm_bindgen_futures::spawn_local(async {
        platform::sleep(0).await;
        let scratch = warm_up();
        platform::sleep(0).await;
        if let Some(scratch) = scratch {
            scratch.destroy();
        }
        mount();
    });
}
