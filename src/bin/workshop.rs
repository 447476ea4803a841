//! The workshop page (`workshop/`): the facilitator's own build, so that
//! none of its code is in the check's download.

/// Replaces the static shell with the app's first screen.
fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<litmus::WorkshopApp>::with_root(root).render();
        }
        None => {
            yew::Renderer::<litmus::WorkshopApp>::new().render();
        }
    }
}
